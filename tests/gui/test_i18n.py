"""French interface: a complete translation, French on every step, Qt's own dialogs in French,
the saved language choice, the stretch mode, and no clipped text."""

from __future__ import annotations

import ast
import json
import logging
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from i18n_support import close_case, english_reason, french_case, go_to, visible_texts
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from imwu_desktop import resources
from imwu_desktop.domain.case import Language
from imwu_desktop.gui import i18n, i18n_build
from imwu_desktop.gui.main_window import STEPS, MainWindow
from imwu_desktop.gui.session import CaseSession

ROOT = Path(__file__).resolve().parents[2]
TS = i18n_build.ts_path("fr")
GLOSSARY = json.loads((ROOT / "resources" / "i18n" / "fr_glossary.json").read_text("utf-8"))
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d|<[^>]+>|\(\*[^)]*\)")


@pytest.fixture
def ui_language(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs, the next test starts in English with no stretch."""
    yield
    i18n.set_stretch(None)
    i18n.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def french(qapp: QApplication, ui_language: None) -> str:
    return i18n.install_translators(qapp, "fr")


def show_case(qtbot: QtBot, case_language: Language = Language.EN) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    case = french_case()
    case.language = case_language
    window.set_session(CaseSession.new(case), "eligibility")
    return window




# --- the .ts file -------------------------------------------------------------------------


def test_every_string_in_the_code_has_a_finished_french_translation(tmp_path: Path) -> None:
    """Extract the strings again (as `make translations` would): nothing new, nothing empty."""
    shutil.copy(TS, tmp_path / TS.name)
    i18n_build.update_ts("fr", tmp_path)
    missing = i18n_build.todo(tmp_path / TS.name)
    assert not missing, ("untranslated strings (run python -m imwu_desktop.gui.i18n_build "
                         f"--update --todo, translate, --fill): {json.dumps(missing)[:2000]}")
    entries = [e for e in i18n_build.read_entries(tmp_path / TS.name)
               if e.kind not in ("vanished", "obsolete")]
    assert len(entries) > 300


def test_translations_keep_placeholders_mnemonics_and_markup() -> None:
    problems = []
    for entry in i18n_build.read_entries(TS):
        if entry.kind in ("vanished", "obsolete"):
            continue
        for form in entry.translation.split("|"):
            if sorted(PLACEHOLDER.findall(entry.source)) != sorted(PLACEHOLDER.findall(form)):
                problems.append(f"placeholders differ: {entry.source!r} -> {form!r}")
            source_marks = entry.source.replace("&&", "").count("&")
            marks = form.replace("&&", "").count("&")
            if marks != source_marks:
                problems.append(f"mnemonic differs: {entry.source!r} -> {form!r}")
    assert not problems, "\n".join(problems)


def test_built_catalogue_translates_in_every_context(qapp: QApplication, french: str) -> None:
    assert french == "fr"
    assert QCoreApplication.translate("WindowMenus", "&File") == "&Fichier"
    # module helpers (_tr) are extracted without a class; they are found from their module
    assert QCoreApplication.translate("domain_access", "Eligibility") == "Admissibilité"
    assert QCoreApplication.translate("ReviewPage", "Legal name") == "Dénomination sociale"


def _tr_calls(source: Path) -> Iterator[tuple[set[str], str, str]]:
    """(class and base names, receiver, text) for every tr("literal") call, f-strings too."""
    tree = ast.parse(source.read_text("utf-8"))
    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        for node in ast.walk(cls):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "tr" and node.args \
                    and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                receiver = node.func.value.id if isinstance(node.func.value, ast.Name) else "?"
                names = {cls.name} | {b.id for b in cls.bases if isinstance(b, ast.Name)}
                yield names, receiver, node.args[0].value


def test_every_tr_call_is_found_under_the_context_qt_asks_for() -> None:
    """self.tr() in class C is looked up under C (or a base class); lupdate must have put the
    text there (or in the context-free part), else the French never shows."""
    contexts: dict[str, set[str]] = {}
    for entry in i18n_build.read_entries(TS):
        if entry.kind not in ("vanished", "obsolete"):
            contexts.setdefault(entry.source, set()).add(entry.context)
    missing = []
    calls = 0
    for source in i18n_build.gui_sources():
        for cls, receiver, text in _tr_calls(source):
            calls += 1
            found = contexts.get(text, set())
            if receiver == "self":  # Qt walks the class and its bases
                ok = bool(cls & found) or "" in found
            else:
                ok = any(c[:1].isupper() for c in found) or "" in found
            if not ok:
                missing.append(f"{source.name}: {sorted(cls)} {receiver}.tr({text!r}) -> {found}")
    assert calls > 300
    assert not missing, "\n".join(missing)


# --- one set of terms everywhere ----------------------------------------------------------


def _french_dict_values(path: Path) -> Iterator[str]:
    """French texts of the domain/letters/mail code: values of "fr" keys in dict literals."""
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "fr":
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        yield value.value
                    elif isinstance(value, ast.JoinedStr):
                        yield "".join(v.value for v in value.values
                                      if isinstance(v, ast.Constant) and isinstance(v.value, str))


def _french_data_values(value: object, key: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _french_data_values(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from _french_data_values(item, key)
    elif isinstance(value, str) and (key.endswith("_fr") or key == "fr"):
        yield value


def all_french_texts() -> Iterator[tuple[str, str]]:
    for entry in i18n_build.read_entries(TS):
        if entry.kind not in ("vanished", "obsolete"):
            yield "resources/i18n (" + entry.source[:40] + ")", entry.translation
    for data in sorted((ROOT / "resources" / "data").glob("*.json")):
        for text in _french_data_values(json.loads(data.read_text("utf-8"))):
            yield f"resources/data/{data.name}", text
    for folder in ("imwu_desktop/domain", "imwu_desktop/services/letters",
                   "imwu_desktop/services/mail"):
        for source in sorted((ROOT / folder).rglob("*.py")):
            for text in _french_dict_values(source):
                yield str(source.relative_to(ROOT)), text


def test_french_texts_use_the_glossary_terms_everywhere() -> None:
    """Screens, data descriptions, letters and messages: courriel, EIMT, UMIT, CNP... and
    never e-mail, LMIA, IMWU, NOC, port d'entrée..."""
    avoid = [(re.compile(a["pattern"]), a["use"]) for a in GLOSSARY["avoid"]]
    problems = []
    count = 0
    for where, text in all_french_texts():
        count += 1
        for pattern, use in avoid:
            match = pattern.search(ALLOWED_IN_FRENCH.sub("", text))
            if match:
                problems.append(f"{where}: {match.group(0)!r} (use {use}) in {text[:90]!r}")
    assert count > 500  # the scan really read the translations, data and message tables
    assert not problems, "\n".join(problems[:40])


ALLOWED_IN_FRENCH = re.compile(r"IMWU Desktop|\(\*\.\w+\)|\.imwu|\.eml|[\w.+-]+@[\w.-]+")


def test_each_english_term_is_translated_by_its_french_term() -> None:
    problems = []
    for entry in i18n_build.read_entries(TS):
        if entry.kind in ("vanished", "obsolete"):
            continue
        for term in GLOSSARY["terms"]:
            if re.search(term["en"], entry.source):
                french_text = entry.translation.replace("&", "").lower()
                if not any(f.lower() in french_text for f in term["fr"]):
                    problems.append(f"{entry.source!r} -> {entry.translation!r}: "
                                    f"expected {' or '.join(term['fr'])}")
    assert not problems, "\n".join(problems)


# --- the interface in French --------------------------------------------------------------


def test_every_step_shows_french_only(qtbot: QtBot, french: str) -> None:
    """Every visible label, button, title, placeholder, list, tooltip and accessible text on
    the start screen and on each step, for a case whose own correspondence language is
    English (the UI language does not follow the case)."""
    window = show_case(qtbot)
    found: list[str] = []
    preview = ""
    try:
        for step in STEPS:
            go_to(qtbot, window, step)
            for widget, what, text in visible_texts(window):
                if widget.objectName() == "previewText" and what == "text":
                    preview = text  # the message to IMWU: the case's language, not the UI's
                    continue
                reason = english_reason(text)
                if reason:
                    found.append(f"[{step}] {type(widget).__name__} {what}: {text[:100]!r} "
                                 f"({reason})")
        close_case(qtbot, window)
        window.show_start()
        for widget, what, text in visible_texts(window):
            reason = english_reason(text)
            if reason:
                found.append(f"[start] {type(widget).__name__} {what}: {text[:100]!r} ({reason})")
    finally:
        close_case(qtbot, window)
    assert window.session is None
    assert english_reason(preview), "the email preview should stay in the case's English"
    assert not found, f"{len(found)} English texts in French mode:\n" + "\n".join(
        dict.fromkeys(found))


def test_qt_standard_dialog_buttons_are_french(qapp: QApplication, french: str) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Discard
                           | QDialogButtonBox.StandardButton.Cancel)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    box.deleteLater()
    assert "Enregistrer" in texts and "Annuler" in texts, texts
    dialog = QFileDialog(None, "Joindre des documents")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as under Linux
    shown = [w.text() for w in dialog.findChildren(QWidget)
             if isinstance(w, QLabel | QPushButton) and w.text()]
    dialog.deleteLater()
    english = [t for t in shown if english_reason(t)]
    assert not english, english


def test_english_is_back_when_the_user_chooses_it(qapp: QApplication, ui_language: None,
                                                 qtbot: QtBot) -> None:
    assert i18n.set_ui_language("fr", qapp) == "fr"
    assert i18n.saved_language() == "fr"
    assert i18n.current_language() == "fr"
    assert i18n.set_ui_language("en", qapp) == "en"
    assert i18n.saved_language() == "en"
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"
    assert i18n.current_language() == "en"


def test_system_choice_follows_the_system_locale(qapp: QApplication, ui_language: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.QLocale, "system",
                        staticmethod(lambda: QLocale(QLocale.Language.French,
                                                     QLocale.Country.Canada)))
    assert i18n.install_translators(qapp, "system") == "fr"
    assert QCoreApplication.translate("WindowMenus", "&Help") == "A&ide"
    monkeypatch.setattr(i18n.QLocale, "system",
                        staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert i18n.install_translators(qapp, "system") == "en"
    assert QCoreApplication.translate("WindowMenus", "&Help") == "&Help"


def test_unreadable_setting_means_system(ui_language: None) -> None:
    from imwu_desktop.services import paths

    (paths.config_dir() / i18n.SETTINGS_FILE).write_text("{not json", encoding="utf-8")
    assert i18n.saved_language() == "system"
    (paths.config_dir() / i18n.SETTINGS_FILE).write_text('{"language": "de"}', encoding="utf-8")
    assert i18n.saved_language() == "system"
    # saved as "Unicode" by a Windows editor: UTF-16 with its byte order mark
    (paths.config_dir() / i18n.SETTINGS_FILE).write_text('{"language": "fr"}', encoding="utf-16")
    assert i18n.saved_language() == "system"
    i18n.save_language("fr")
    assert i18n.saved_language() == "fr"


def test_language_menu_switches_and_saves(qtbot: QtBot, qapp: QApplication, ui_language: None,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    i18n.install_translators(qapp, "en")
    window = MainWindow()
    qtbot.addWidget(window)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    language = view.actions()[0].menu()
    french_action = next(a for a in language.actions() if a.data() == "fr")
    french_action.trigger()
    assert i18n.saved_language() == "fr"
    assert i18n.current_language() == "fr"
    # this window shows it at once (tests/gui/test_language_switch.py): no restart message
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Fichier")
    assert not told
    new_window = MainWindow()
    qtbot.addWidget(new_window)
    assert new_window.menuBar().actions()[0].text() == "&Fichier"  # new windows: French


# --- a fresh checkout without the built .qm -----------------------------------------------


@pytest.fixture
def checkout_without_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    fake = tmp_path / "resources"
    (fake / "i18n").mkdir(parents=True)
    (fake / "data").symlink_to(ROOT / "resources" / "data")
    shutil.copy(TS, fake / "i18n" / TS.name)
    monkeypatch.setenv("IMWU_RESOURCES", str(fake))
    resources.resources_dir.cache_clear()
    yield fake
    resources.resources_dir.cache_clear()


def test_missing_qm_is_compiled_into_the_cache(qapp: QApplication, ui_language: None,
                                               checkout_without_qm: Path) -> None:
    qm = i18n.app_qm("fr")
    assert qm is not None and qm.is_file()
    assert checkout_without_qm not in qm.parents  # the resources folder stays untouched
    assert i18n.install_translators(qapp, "fr") == "fr"
    assert QCoreApplication.translate("WindowMenus", "&File") == "&Fichier"


def test_without_lrelease_the_interface_stays_english_and_says_why(
        qapp: QApplication, ui_language: None, checkout_without_qm: Path,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(i18n_build, "_tool", lambda name: [str(checkout_without_qm / "none")])
    with caplog.at_level(logging.WARNING, logger="imwu_desktop.gui.i18n"):
        i18n.install_translators(qapp, "fr")
    assert QCoreApplication.translate("WindowMenus", "&File") == "&File"
    assert any("stays in English" in r.getMessage() for r in caplog.records)


# --- stretch mode and clipping ------------------------------------------------------------


def test_stretch_lengthens_by_40_percent_and_keeps_placeholders() -> None:
    for text in ("Save", "Step {0} of {1}: {2}", "&Fichier", "Un texte assez long pour voir"):
        stretched = i18n.stretch(text)
        assert stretched.startswith(text)
        assert len(stretched) >= round(len(text) * 1.4)
    assert i18n.stretch("IMWU cases (*.imwu)") == "IMWU cases (*.imwu)"  # file filters intact
    assert i18n.stretch("") == ""


def clipped_texts(window: MainWindow) -> list[str]:
    """Visible labels and buttons whose text needs more room than they have."""
    found = [f"page wider than the window ({area.widget().minimumSizeHint().width()} px)"
             for area in window.findChildren(QScrollArea)
             if area.isVisible() and area.horizontalScrollBar().isVisible()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed_height = widget.heightForWidth(widget.width())
                if needed_height > widget.height() + 2:
                    found.append(f"label {widget.text()[:60]!r}: needs {needed_height} px high, "
                                 f"has {widget.height()}")
            elif widget.minimumSizeHint().width() > widget.width() + 2:
                found.append(f"label {widget.text()[:60]!r}: needs "
                             f"{widget.minimumSizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text() \
                and widget.sizeHint().width() > widget.width() + 2:
            found.append(f"{type(widget).__name__} {widget.text()[:60]!r}: needs "
                         f"{widget.sizeHint().width()} px, has {widget.width()}")
    return found


def walk_clipping(qtbot: QtBot, window: MainWindow) -> list[str]:
    found = []
    for step in STEPS:
        go_to(qtbot, window, step)
        found += [f"[{step}] {text}" for text in clipped_texts(window)]
    return list(dict.fromkeys(found))


def test_french_text_is_never_clipped_at_1280x900(qtbot: QtBot, french: str) -> None:
    window = show_case(qtbot)
    try:
        found = walk_clipping(qtbot, window)
    finally:
        close_case(qtbot, window)
    assert not found, "clipped in French at 1280x900:\n" + "\n".join(found)


def test_stretched_text_is_never_clipped_at_1280x900(qtbot: QtBot, qapp: QApplication,
                                                     ui_language: None) -> None:
    """Pseudo-translation 40 % longer than the French: room for longer wording later."""
    i18n.set_stretch(True)
    i18n.install_translators(qapp, "fr")
    assert QCoreApplication.translate("WindowMenus", "&File").startswith("&Fichier~")
    window = show_case(qtbot)
    try:
        found = walk_clipping(qtbot, window)
    finally:
        close_case(qtbot, window)
    assert not found, "clipped with 40 % longer texts at 1280x900:\n" + "\n".join(found)


def test_clipping_check_sees_a_clipped_label(qtbot: QtBot) -> None:
    """The check above is not blind: a label narrower than its text is reported."""
    window = MainWindow()
    qtbot.addWidget(window)
    label = QLabel("Une étiquette bien trop longue pour sa place", window)
    label.setFixedWidth(40)
    button = QPushButton("Un bouton trop long pour sa place", window)
    button.setFixedWidth(40)
    window.show()
    qtbot.waitExposed(window)
    found = clipped_texts(window)
    assert any("Une étiquette" in f for f in found)
    assert any("Un bouton" in f for f in found)


def test_large_system_font_in_french_is_not_clipped(qtbot: QtBot, qapp: QApplication,
                                                    french: str) -> None:
    """A user who set a 150 % system font: every French text still fits at 1280x900."""
    normal = qapp.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.5)
    qapp.setFont(large)
    try:
        window = show_case(qtbot)
        try:
            assert window.pages["eligibility"].font().pointSizeF() == large.pointSizeF()
            found = walk_clipping(qtbot, window)
        finally:
            close_case(qtbot, window)
    finally:
        qapp.setFont(normal)
    assert not found, "clipped in French with a 150 % font:\n" + "\n".join(found)


def test_stretch_mode_from_the_environment_keeps_base_class_strings(
        qapp: QApplication, ui_language: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """IMWU_PSEUDO_STRETCH=1: the Yes/No of a page (translated under its base class) are
    French and stretched, not English."""
    monkeypatch.setenv(i18n.STRETCH_ENV, "1")
    i18n.install_translators(qapp, "fr")
    from imwu_desktop.gui.pages.base import StepPage

    class SomePage(StepPage):
        pass

    page = SomePage(CaseSession.new())
    assert page.tr("Yes").startswith("Oui~")
    assert QCoreApplication.translate("WindowMenus", "&File").startswith("&Fichier~")
    i18n.install_translators(qapp, "en")
    assert QCoreApplication.translate("WindowMenus", "&File").startswith("&File~")
    page.deleteLater()


def test_help_texts_are_french(french: str) -> None:
    """About and "where files are kept": module-level texts, found through the empty context."""
    from imwu_desktop.gui import about

    for text in (about.about_text(), about.folders_text()):
        plain_lines = [line for line in re.split(r"<[^>]+>|\n", text) if line.strip()]
        english = [line for line in plain_lines if english_reason(line)]
        assert not english, english
    assert "UMIT" in about.about_text() or "dispense" in about.about_text()
