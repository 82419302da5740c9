"""Strings the GUI translates where lupdate cannot see them, declared here for extraction.

lupdate reads literal `self.tr("...")` calls. It misses a call inside an f-string
(`f"{self.tr('Source:')}"`) and files `page.tr("...")` under a context named "page", while at
run time Qt looks the text up under the page's class. Until those calls are rewritten, the
strings are declared here with the context Qt asks for; so are a few labels of Qt's own
dialogs that Qt's French catalogue leaves in English. Never imported: extraction only.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DECLARED = (
    # pages/exemption.py: self.tr() inside f-strings
    QT_TRANSLATE_NOOP("ExemptionPage", "Legal basis:"),
    QT_TRANSLATE_NOOP("ExemptionPage", "IMWU:"),
    QT_TRANSLATE_NOOP("ExemptionPage", "Documents:"),
    QT_TRANSLATE_NOOP("ExemptionPage", "Source:"),
    QT_TRANSLATE_NOOP("ExemptionPage", "checked"),
    # pages/documents.py: ChecklistRow calls page.tr(), which Qt looks up as DocumentsPage
    QT_TRANSLATE_NOOP("DocumentsPage", "Attach…"),
    QT_TRANSLATE_NOOP("DocumentsPage", "Attach a file for {0}"),
    QT_TRANSLATE_NOOP("DocumentsPage", "Open"),
    QT_TRANSLATE_NOOP("DocumentsPage", "Replace…"),
    QT_TRANSLATE_NOOP("DocumentsPage", "Remove"),
    # Qt's own file dialog: labels that Qt's French catalogue leaves in English
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
