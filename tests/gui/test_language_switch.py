"""View > Language shows the new language at once in the open window, without closing the case
or losing anything the user typed; a page busy in the background keeps working."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import type_text
from gui_sample import tiny_pdf
from i18n_support import close_case, english_reason, french_case, settle, visible_texts
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from imwu_desktop.domain.case import Language
from imwu_desktop.gui import i18n
from imwu_desktop.gui.main_window import MainWindow
from imwu_desktop.gui.session import CaseSession

FILE_MENU = {"en": "&File", "fr": "&Fichier"}


@pytest.fixture
def ui_language(qapp: QApplication) -> Iterator[None]:
    """The test starts and ends in English, whatever it chose in between."""
    i18n.install_translators(qapp, "en")
    yield
    i18n.set_stretch(None)
    i18n.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


def choose_language(qtbot: QtBot, window: MainWindow, choice: str) -> None:
    """Pick the language in View > Language, as a user does, and let the window redraw."""
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    language = next(a.menu() for m in menus for a in m.actions()
                    if isinstance(a.menu(), i18n.LanguageMenu))
    next(a for a in language.actions() if a.data() == choice).trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == FILE_MENU[choice])
    qtbot.wait(10)


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def english_on_screen(window: MainWindow) -> list[str]:
    """English texts in view, leaving out the case's own words: the sample case's document
    labels, and the e-mail preview (written in the case's language, English here)."""
    session = window.session
    labels = [d.label for d in session.case.documents if d.label] if session else []
    return [f"{type(w).__name__} {what}: {text[:80]!r} ({english_reason(text)})"
            for w, what, text in visible_texts(window)
            if english_reason(text) and not any(label in text for label in labels)
            and not (w.objectName() == "previewText" and what == "text")]


def heading(page: Any) -> str:
    return str(page.findChildren(QLabel)[0].text())


def open_case(qtbot: QtBot, window: MainWindow, path: Path, step: str) -> CaseSession:
    assert window.open_path(path)
    window.go_to(step)
    settle(qtbot, window)
    assert window.session is not None
    return window.session


def test_start_screen_menus_and_buttons_switch_at_once_and_back(
        qtbot: QtBot, window: MainWindow, ui_language: None,
        shown_messages: list[tuple[str, str]]) -> None:
    qtbot.waitUntil(lambda: window.start.is_loaded)
    assert menu_titles(window)[0] == "&File"
    assert window.start.new_button.text() == "&New case"
    choose_language(qtbot, window, "fr")
    assert i18n.saved_language() == "fr"
    assert menu_titles(window) == ["&Fichier", "&Aller", "Affic&hage", "A&ide"]
    assert window.start.new_button.text() == "&Nouveau dossier"
    assert window.start.isVisible() and window.start.is_loaded
    assert window.windowTitle() == "IMWU Desktop"
    found = english_on_screen(window)
    assert not found, "\n".join(found)
    assert not shown_messages  # no "restart" message any more
    choose_language(qtbot, window, "en")
    assert menu_titles(window) == ["&File", "&Go", "&View", "&Help"]
    assert window.start.new_button.text() == "&New case"
    # the rebuilt actions still work: Ctrl+N's action opens a new case
    window.menus.new_action.trigger()
    assert window.session is not None and window.current_step() == "eligibility"
    close_case(qtbot, window)


def test_open_case_keeps_typing_step_and_session_and_shows_french(
        qtbot: QtBot, window: MainWindow, ui_language: None, sample_case: Path) -> None:
    session = open_case(qtbot, window, sample_case, "job")
    case = session.case
    old_page = window.pages["job"]
    duties: QPlainTextEdit = old_page.duties  # type: ignore[attr-defined]
    typed = duties.toPlainText() + " Also trains the Montréal team."
    type_text(qtbot, duties, typed)
    assert window.isWindowModified()
    title = window.windowTitle()
    assert "[*]" in title
    old_heading = heading(old_page)
    try:
        choose_language(qtbot, window, "fr")
        assert window.session is session and session.case is case
        assert session.modified and window.isWindowModified() and window.windowTitle() == title
        assert window.autosave_timer.isActive()
        assert window.current_step() == "job"
        page = window.pages["job"]
        assert page is not old_page
        assert heading(page) == QCoreApplication.translate("JobPage", old_heading) != old_heading
        new_duties: QPlainTextEdit = page.duties  # type: ignore[attr-defined]
        assert new_duties.toPlainText() == typed == case.job.duties
        assert QApplication.focusWidget() is new_duties  # the cursor is where it was
        assert new_duties.textCursor().position() == len(typed)
        assert window.wizard.position.text().startswith("Étape 4 sur 8")
        assert window.steps.currentItem().text().startswith("4. Emploi")
        found = english_on_screen(window)
        assert not found, "\n".join(found)
        # other steps are built in French from the same case
        window.go_to("employer")
        settle(qtbot, window)
        employer = window.pages["employer"]
        assert employer.legal_name.text() == case.employer.legal_name  # type: ignore[attr-defined]
        assert not english_on_screen(window), english_on_screen(window)
        window.go_to("documents")
        settle(qtbot, window)
        assert heading(window.pages["documents"]) == "Documents"
        assert not english_on_screen(window), english_on_screen(window)
        window.go_to("job")
        assert window.pages["job"].duties.toPlainText() == typed  # type: ignore[attr-defined]
        assert session.modified and case.job.duties == typed
    finally:
        close_case(qtbot, window)


@pytest.mark.parametrize(("correspondence", "ui"), [(Language.EN, "fr"), (Language.FR, "en")])
def test_the_cases_correspondence_language_does_not_follow(
        qtbot: QtBot, window: MainWindow, ui_language: None, correspondence: Language,
        ui: str) -> None:
    if ui == "en":
        choose_language(qtbot, window, "fr")
    case = french_case()
    case.language = correspondence
    window.set_session(CaseSession.new(case), "review")
    try:
        choose_language(qtbot, window, ui)
        assert window.session is not None and window.session.case.language == correspondence
        assert window.menuBar().actions()[0].text() == FILE_MENU[ui]
    finally:
        close_case(qtbot, window)


def test_a_clean_case_stays_clean_and_a_half_typed_country_stays(
        qtbot: QtBot, window: MainWindow, ui_language: None, sample_case: Path) -> None:
    """Leaving the old page must not write anything: the case stays unmodified, and a name
    typed in a search list but not chosen yet is still there to finish."""
    session = open_case(qtbot, window, sample_case, "worker")
    assert not session.modified
    citizenship = window.pages["worker"].fields["worker.citizenship"].editor
    chosen = session.case.worker.citizenship
    citizenship.setFocus()
    citizenship.setEditText("Fran")
    try:
        choose_language(qtbot, window, "fr")
        assert not session.modified and not window.isWindowModified()
        assert session.case.worker.citizenship == chosen
        combo = window.pages["worker"].fields["worker.citizenship"].editor
        assert combo is not citizenship and combo.currentText() == "Fran"
        assert combo.hasFocus()
    finally:
        close_case(qtbot, window)


def test_a_page_attaching_in_the_background_is_kept_until_it_is_done(
        qtbot: QtBot, window: MainWindow, ui_language: None, sample_case: Path,
        tmp_path: Path) -> None:
    """The Documents page is busy attaching when the language changes: it stays (in English)
    and finishes the attach; coming back to the step once it is idle shows it in French."""
    session = open_case(qtbot, window, sample_case, "documents")
    page = window.pages["documents"]
    qtbot.waitUntil(lambda: not window.page_busy("documents"), timeout=30_000)
    gate = threading.Event()
    real_prepare = session.prepare_document

    def held(source: Path, item: str, label: str = "") -> Any:
        gate.wait(20)  # the copy starts when the test lets it
        return real_prepare(source, item, label)

    session.prepare_document = held  # type: ignore[method-assign]
    letter = tmp_path / "extra-letter.pdf"
    letter.write_bytes(tiny_pdf("extra letter"))
    count = len(session.case.documents)
    try:
        page.attach_files("company_letter", [str(letter)])
        assert window.page_busy("documents")
        choose_language(qtbot, window, "fr")
        assert window.pages["documents"] is page  # kept: its attach is still running
        assert page.findChildren(QLabel)[1].text().startswith("Attach the documents")
        assert "revenez" in window.statusBar().currentMessage()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: len(session.case.documents) == count + 1, timeout=20_000)
    qtbot.waitUntil(lambda: not window.page_busy("documents"), timeout=30_000)
    assert session.case.documents[-1].file_name == letter.name
    window.go_to("job")
    window.go_to("documents")
    try:
        rebuilt = window.pages["documents"]
        assert rebuilt is not page
        assert not english_on_screen(window), english_on_screen(window)
        assert any(letter.name in label.text() for label in rebuilt.findChildren(QLabel))
    finally:
        qtbot.waitUntil(lambda: not window.page_busy("documents"), timeout=30_000)
        close_case(qtbot, window)


def test_the_send_step_preparing_in_the_background_is_kept_and_finishes(
        qtbot: QtBot, window: MainWindow, ui_language: None, sample_case: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The Send step gathers the documents in its own thread (as it sends): switching the
    language meanwhile neither stops nor crashes it; its outcome stays on screen."""
    from imwu_desktop.gui import send_panel

    gate = threading.Event()
    real_gather = send_panel.request.request_attachments

    def held(*args: Any, **kwargs: Any) -> Any:
        gate.wait(20)
        return real_gather(*args, **kwargs)

    monkeypatch.setattr(send_panel.request, "request_attachments", held)
    assert window.open_path(sample_case)
    try:
        window.go_to("send")
        page = window.pages["send"]
        panel: Any = page.panel  # type: ignore[attr-defined]
        assert window.page_busy("send")
        choose_language(qtbot, window, "fr")
        assert window.pages["send"] is page and window.page_busy("send")
        assert window.menuBar().actions()[0].text() == "&Fichier"
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.page_busy("send"), timeout=30_000)
    assert panel.message is not None and panel.preview.toPlainText()  # prepared, not lost
    window.go_to("review")
    window.go_to("send")
    settle(qtbot, window)
    try:
        assert window.pages["send"] is not page
        assert not english_on_screen(window), english_on_screen(window)
    finally:
        close_case(qtbot, window)
