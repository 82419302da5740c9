"""The Help menu's commands and texts: About (versions and data dates), the IMWU page, where
files are kept, the diagnostic report. Imported when a Help command is first used."""

from __future__ import annotations

import html
import platform
from collections.abc import Callable
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from imwu_desktop import __version__
from imwu_desktop.services import paths

#: Used only when the IMWU data file cannot be read.
FALLBACK_IMWU_PAGE = ("https://www.canada.ca/en/immigration-refugees-citizenship/corporate/"
                      "publications-manuals/operational-bulletins-manuals/temporary-residents/"
                      "foreign-workers/international-mobility-workers-unit.html")


def _tr(text: str) -> str:
    return QCoreApplication.translate("about", text)


def _data_date(loader: Callable[[], Any]) -> str:
    try:
        return str(loader().as_of.isoformat())
    except Exception:
        return _tr("not available")


def _imwu_info() -> Any:
    from imwu_desktop.domain.imwu_info import load_imwu_info

    return load_imwu_info()


def _catalogue() -> Any:
    from imwu_desktop.domain.catalogue import load_catalogue

    return load_catalogue()


def _countries() -> Any:
    from imwu_desktop.domain.countries import load_countries

    return load_countries()


def imwu_page_url() -> str:
    try:
        return str(_imwu_info().page_url) or FALLBACK_IMWU_PAGE
    except Exception:
        return FALLBACK_IMWU_PAGE


def about_text() -> str:
    rows = [
        (_tr("IMWU Desktop"), __version__),
        (_tr("Qt / PySide6"), f"{qVersion()} / {pyside_version}"),
        (_tr("Python"), platform.python_version()),
        (_tr("Exemption codes as of"), _data_date(_catalogue)),
        (_tr("Countries as of"), _data_date(_countries)),
        (_tr("IMWU information as of"), _data_date(_imwu_info)),
    ]
    table = "".join(f"<tr><td>{html.escape(k)}:</td><td><b>{html.escape(v)}</b></td></tr>"
                    for k, v in rows)
    note = _tr("This app helps prepare a request; only IRCC's officers decide. Check the "
               "official pages before relying on a code.")
    return f"<p><b>IMWU Desktop</b></p><table>{table}</table><p>{html.escape(note)}</p>"


def folders_text() -> str:
    rows = [
        (_tr("Case files (suggested folder)"), str(paths.cases_dir())),
        (_tr("Settings and employer profile"), str(paths.config_dir())),
        (_tr("Autosave copies and recent cases"), str(paths.data_dir())),
        (_tr("Logs"), str(paths.log_dir())),
    ]
    items = "".join(f"<li>{html.escape(k)}: <code>{html.escape(v)}</code></li>" for k, v in rows)
    note = html.escape(_tr("Passwords are kept only in the system keyring."))
    return f"<ul>{items}</ul><p>{note}</p>"


# --- the Help commands (each takes the window it was chosen in) ---------------------------


def show_about(window: QMainWindow) -> None:
    QMessageBox.about(window, _tr("About IMWU Desktop"), about_text())


def open_imwu_page(_window: QMainWindow) -> None:
    QDesktopServices.openUrl(QUrl(imwu_page_url()))


def show_folders(window: QMainWindow) -> None:
    QMessageBox.information(window, _tr("Where files are kept"), folders_text())


def copy_diagnostic_report(window: QMainWindow) -> None:
    """Versions, folders and the scrubbed end of the log, for a support request."""
    from imwu_desktop.services.diagnostics import diagnostic_report

    QApplication.clipboard().setText(diagnostic_report())
    window.statusBar().showMessage(_tr(
        "The diagnostic report is on the clipboard: paste it into your message. It holds "
        "no passwords and no personal data."), 8000)
