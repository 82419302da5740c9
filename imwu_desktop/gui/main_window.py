"""The main window: start screen, or the wizard (step list, one page per step, Back/Next).

Not a modal QWizard: Esc does nothing destructive, pages are never reset, and a case can be
reopened at any step. One CaseSession per window is the single source of truth.

The window coordinates: the wizard's frame (step list, page area, Back/Next) and how a page is
built are in wizard_view.py, loaded with the first case; the actions and menus are built by
window_menus.WindowMenus; the Help commands live with their texts in about.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressBar, QStackedWidget, QWidget

from imwu_desktop.errors import UserError
from imwu_desktop.gui import domain_access
from imwu_desktop.gui.start_screen import StartScreen
from imwu_desktop.gui.window_menus import WindowMenus
from imwu_desktop.services import paths

if TYPE_CHECKING:  # the wizard, its pages and the case session load when a case opens
    from imwu_desktop.gui.pages.base import StepPage
    from imwu_desktop.gui.session import CaseSession
    from imwu_desktop.gui.steplist import StepList
    from imwu_desktop.gui.wizard_view import WizardView

log = logging.getLogger(__name__)

AUTOSAVE_MS = 60_000
STEPS = domain_access.STEPS


class MainWindow(QMainWindow):
    """Start-up stays quick: the first frame shows the start screen's frame only; its lists
    are filled right after that frame is painted, and the wizard is built for the first case.

    A new interface language (View > Language) shows at once: see `retranslate`.
    """

    firstPainted = Signal()
    closed = Signal()  # the window accepted a close (the app then deletes it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self._after_frame: list[Callable[[], object]] = []  # see after_first_frame
        self._wizard: WizardView | None = None
        self.session: CaseSession | None = None
        self.pages: dict[str, StepPage] = {}
        self._stale: set[str] = set()  # pages still in the previous language (busy then)
        self.resize(1280, 900)
        self.setMinimumSize(QSize(900, 600))
        self.screens = QStackedWidget(self)
        self.setCentralWidget(self.screens)
        self.start = self._make_start_screen()
        self.screens.addWidget(self.start)
        self.menus = WindowMenus(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self._retranslate_timer = QTimer(self)  # one rebuild for a burst of LanguageChange
        self._retranslate_timer.setSingleShot(True)
        self._retranslate_timer.setInterval(0)
        self._retranslate_timer.timeout.connect(self.retranslate)
        self._show_start_screen()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        work, self._after_frame = self._after_frame, []
        for job in work:
            job()
        if self.session is None and not self.start.is_loaded:
            self.start.refresh()

    def after_first_frame(self, job: Callable[[], object]) -> None:
        """Run ``job`` once the window's first frame is on screen (in the event loop's next
        turn when it is already): a figure that can wait must not delay that frame."""
        if self._painted:
            QTimer.singleShot(0, job)
        else:
            self._after_frame.append(job)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # translators installed or removed
            self._retranslate_timer.start()

    # --- building -----------------------------------------------------------------------

    def _make_start_screen(self) -> StartScreen:
        start = StartScreen(self)
        start.newRequested.connect(self.new_case)
        start.openRequested.connect(self.open_dialog)
        start.openPath.connect(lambda p: self.open_path(Path(p)))
        start.recoverRequested.connect(self.recover)
        return start

    @property
    def wizard(self) -> WizardView:
        """The step list and pages, built when the first case opens."""
        if self._wizard is None:
            self._wizard = self._build_wizard()
            self.screens.addWidget(self._wizard)
        return self._wizard

    @property
    def steps(self) -> StepList:
        return self.wizard.steps

    def _build_wizard(self) -> WizardView:
        from imwu_desktop.gui.wizard_view import WizardView

        wizard = WizardView(self)
        wizard.steps.currentRowChanged.connect(self._on_step_row)
        wizard.back_button.clicked.connect(self.go_back)
        wizard.next_button.clicked.connect(self.go_next)
        return wizard

    # --- screens and title --------------------------------------------------------------

    def show_start(self) -> None:
        self.start.refresh()
        self._show_start_screen()

    def _show_start_screen(self) -> None:
        self.screens.setCurrentWidget(self.start)
        self._update_actions()
        self.update_title()
        self.start.new_button.setFocus()

    def update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(self.tr("IMWU Desktop"))
            self.setWindowModified(False)
            return
        name = self.session.case.worker_display_name() or self.tr("New case")
        self.setWindowTitle(f"{name}[*] – IMWU Desktop")
        self.setWindowModified(self.session.modified)
        if self.session.path is not None:
            self.setWindowFilePath(str(self.session.path))

    def _update_actions(self) -> None:
        if self.session is None:
            self.menus.enable(False)
            return
        row = self.steps.currentRow()
        self.wizard.enable_buttons(row)
        self.menus.enable(True, row, len(STEPS) - 1)

    # --- the case in this window --------------------------------------------------------

    def set_session(self, session: CaseSession, step: str | None = None) -> None:
        self._drop_pages()
        self.session = session
        session.setParent(self)
        session.changed.connect(self._on_case_changed)
        session.modifiedChanged.connect(lambda _m: self.update_title())
        session.pathChanged.connect(self.update_title)
        self.screens.setCurrentWidget(self.wizard)
        self.refresh_states()
        self.steps.setCurrentRow(-1)
        self.go_to(step or self._first_open_step())
        self.autosave_timer.start()
        self.update_title()

    def _first_open_step(self) -> str:
        from imwu_desktop.gui.steplist import STEP_ROLE

        for row in range(self.steps.count()):
            item = self.steps.item(row)
            if self.steps.state_of(item.data(STEP_ROLE)) != "complete":
                return str(item.data(STEP_ROLE))
        return "review"

    def _drop_pages(self) -> None:
        for step in list(self.pages):
            self._drop_page(step)
        if self.session is not None:
            self.session.changed.disconnect(self._on_case_changed)
            self.session.deleteLater()
        self.session = None
        self.autosave_timer.stop()

    def _drop_page(self, step: str) -> None:
        page = self.pages.pop(step)
        page.shutdown()
        self.wizard.scrolls[step].takeWidget()
        page.deleteLater()
        self._stale.discard(step)

    def _on_case_changed(self) -> None:
        self.refresh_states()
        self.update_title()

    def refresh_states(self) -> None:
        if self.session is None:
            return
        try:
            states = domain_access.step_statuses(self.session.case)
        except Exception:
            log.exception("step flow failed")
            return
        self.steps.set_states(states)

    def page(self, step: str) -> StepPage:
        """The page for a step, built on first use."""
        assert self.session is not None
        if step not in self.pages:
            from imwu_desktop.gui.wizard_view import build_page

            page = build_page(step, self.session)
            if step == "review":
                page.problemActivated.connect(self.go_to_field)  # type: ignore[attr-defined]
            if step == "send":
                page.reviewRequested.connect(  # type: ignore[attr-defined]
                    lambda: self.go_to("review"))
            self._watch_busy(page)
            self.pages[step] = page
            self.wizard.scrolls[step].setWidget(page)
        return self.pages[step]

    def _watch_busy(self, page: StepPage) -> None:
        """Show the busy bar while a page works in the background (attaching, sending)."""
        for source in (getattr(page, "tasks", None), getattr(page, "panel", None)):
            signal = getattr(source, "busyChanged", None)
            if signal is not None:
                signal.connect(self._set_busy)

    def page_busy(self, step: str) -> bool:
        """True while the step's page works in the background (attaching, measuring, sending,
        reading a passport scan)."""
        from imwu_desktop.gui.workers import TaskRunner

        page = self.pages.get(step)
        if page is None:
            return False
        if any(runner.busy for runner in page.findChildren(TaskRunner)):
            return True
        panel = getattr(page, "panel", None)  # the Send step's own thread: a private flag
        return bool(getattr(panel, "busy", None) or getattr(panel, "_busy", None))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.statusBar().showMessage(self.tr("Working"))
        else:
            self.statusBar().clearMessage()

    def current_step(self) -> str:
        from imwu_desktop.gui.steplist import STEP_ROLE

        if self._wizard is None:
            return ""
        item = self.steps.currentItem()
        return str(item.data(STEP_ROLE)) if item is not None else ""

    def go_to(self, step: str) -> None:
        if self.session is None or step not in STEPS:
            return
        self.steps.setCurrentRow(STEPS.index(step))

    def _on_step_row(self, row: int) -> None:
        if self.session is None or row < 0:
            return
        step = STEPS[row]
        self.autosave()  # every step change leaves a recovery copy behind
        if step in self._stale and not self.page_busy(step):
            self._drop_page(step)  # built before a language switch: build it again now
        page = self.page(step)
        page.load()
        self.wizard.page_stack.setCurrentWidget(self.wizard.scrolls[step])
        self.wizard.scrolls[step].verticalScrollBar().setValue(0)
        self.wizard.show_position(row)
        self._update_actions()

    def go_next(self) -> None:
        if self.session is None:
            return
        row = self.steps.currentRow()
        if row < len(STEPS) - 1:
            self.steps.setCurrentRow(row + 1)
            self.wizard.next_button.setFocus() if self.wizard.next_button.isEnabled() else None

    def go_back(self) -> None:
        if self.session is None:
            return
        row = self.steps.currentRow()
        if row > 0:
            self.steps.setCurrentRow(row - 1)

    def go_to_field(self, step: str, field: str) -> None:
        self.go_to(step)
        if step in self.pages and field:
            page = self.pages[step]
            if page.focus_field(field) or page.focus_field(f"{step}.{field}"):
                focused = self.focusWidget()
                if focused is not None and page.isAncestorOf(focused):
                    self.wizard.scrolls[step].ensureWidgetVisible(focused)

    # --- a new interface language -------------------------------------------------------

    def retranslate(self) -> None:
        """Show the interface language just installed, at once, keeping the case as it is.

        Qt sends LanguageChange when the translators change (View > Language, in any
        window). The texts are built again: menus and actions, the start screen (its lists
        reloaded when they had been loaded), the step list, Back/Next and the title. The case
        is not touched: same session and case, file, modified flag, autosave timer and step;
        the case's correspondence language is its own and does not follow.

        Pages keep no data of their own (every edit is already in the case), so they are
        dropped and built again from the session when next shown. The page on screen is built
        again at once, with its scroll position, the input that had the cursor (and text
        typed in a search list but not chosen yet) and the messages shown under fields.

        A page busy in the background (attaching, measuring the e-mail, sending, reading a
        passport scan) is kept as it is, in the previous language, so that its work, progress
        and outcome are neither interrupted nor lost; it is built again the next time the user
        comes to its step once that work is over. Dialogs already open keep their language.
        """
        if self.menus.in_current_language():
            return  # the same texts (e.g. "System" chosen and it is the language shown)
        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            focus = None
        self.menus.rebuild()
        self.busy.setAccessibleName(self.tr("Working"))
        self._replace_start_screen(focus)
        if self._wizard is not None:
            self._replace_step_list(focus)
            self.wizard.name_buttons()
            if self.session is not None:
                self._rebuild_pages(focus)
                if self.steps.currentRow() >= 0:
                    self.wizard.show_position(self.steps.currentRow())
        self._update_actions()
        self.update_title()

    def _replace_start_screen(self, focus: QWidget | None) -> None:
        from imwu_desktop.gui.view_state import FocusSpot, retire

        old = self.start
        spot = FocusSpot.of(old, focus)
        new = self._make_start_screen()
        self.screens.insertWidget(self.screens.indexOf(old), new)
        if old.is_loaded and self.isVisible():  # a hidden window loads them when shown
            new.refresh()
            new.cases.search.setText(old.cases.search.text())
            new.cases.show_archived.setChecked(old.cases.show_archived.isChecked())
            new.cases.only_due.setChecked(old.cases.only_due.isChecked())
        if self.screens.currentWidget() is old:
            self.screens.setCurrentWidget(new)
        self.start = new
        self.screens.removeWidget(old)
        retire(old)
        spot.restore(new)

    def _replace_step_list(self, focus: QWidget | None) -> None:
        old = self.wizard.replace_step_list()
        new = self.steps
        self.refresh_states()
        new.setCurrentRow(old.currentRow())
        new.currentRowChanged.connect(self._on_step_row)
        old.hide()
        old.deleteLater()
        if focus is old or (focus is not None and old.isAncestorOf(focus)):
            new.setFocus()

    def _rebuild_pages(self, focus: QWidget | None) -> None:
        from imwu_desktop.gui.view_state import PageView

        current = self.current_step()
        shown = self.pages.get(current)
        scrolls = self.wizard.scrolls
        view = PageView.of(scrolls[current], shown, focus) if shown is not None else None
        for step in list(self.pages):
            if self.page_busy(step):
                self._stale.add(step)
            elif step == current and view is not None:
                view.let_go(shown)  # type: ignore[arg-type]
                self._drop_page(step)
            else:
                self._drop_page(step)
        if not current:
            return
        if current in self._stale:
            self.statusBar().showMessage(self.tr(
                "This step changes language when you come back to it once its work is done."),
                10_000)
            return
        page = self.page(current)
        page.load()
        if view is not None:
            view.restore(scrolls[current], page)

    # --- file commands ------------------------------------------------------------------

    def new_case(self) -> None:
        if not self.maybe_discard():
            return
        from imwu_desktop.gui.session import CaseSession
        from imwu_desktop.services import profile

        session = CaseSession.new()
        reused = profile.apply_profile(session.case)  # the employer is usually the same
        self.set_session(session, "eligibility")
        if reused:
            self.statusBar().showMessage(self.tr(
                "Employer details filled in from your employer profile."), 10_000)

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs load when used, not at start-up

        start_dir = str(paths.cases_dir()) if paths.cases_dir().is_dir() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open case"), start_dir, self.tr("IMWU cases (*.imwu);;All files (*)"))
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        if self.session is not None and self.session.path is not None \
                and self.session.path.resolve() == path.resolve():
            return True
        if not self.maybe_discard():
            return False
        from imwu_desktop.gui.session import CaseSession

        try:
            session = CaseSession.open(path)
        except UserError as exc:
            self.error(self.tr("Could not open the case"), domain_access.error_text(exc))
            return False
        except OSError as exc:
            self.error(self.tr("Could not open the case"), self.tr(
                "The file could not be read ({0}); check that it exists and try again.")
                .replace("{0}", exc.strerror or str(exc)))
            return False
        self.set_session(session)
        return True

    def recover(self, recovery: object) -> None:
        if not self.maybe_discard():
            return
        from imwu_desktop.gui.session import CaseSession

        try:
            session = CaseSession.recover(recovery)
        except UserError as exc:
            self.error(self.tr("Could not recover the case"), domain_access.error_text(exc))
            return
        self.set_session(session)
        self.statusBar().showMessage(self.tr(
            "Recovered the autosaved copy; save it to keep it."), 10_000)

    def save(self) -> bool:
        if self.session is None:
            return False
        if self.session.path is None:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        if self.session is None:
            return False
        from PySide6.QtWidgets import QFileDialog

        folder = paths.cases_dir()
        name = self.session.case.worker_display_name().replace(",", "").strip() or "case"
        suggestion = str(self.session.path or folder / f"{name}.imwu")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save case as"), suggestion, self.tr("IMWU cases (*.imwu)"))
        if not target:
            return False
        path = Path(target)
        if path.suffix.lower() != ".imwu":
            path = path.with_name(path.name + ".imwu")
        return self._save_to(path, overwrite=True)

    def _save_to(self, path: Path | None, overwrite: bool = False) -> bool:
        assert self.session is not None
        try:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            saved = self.session.save(path, overwrite=overwrite)
        except UserError as exc:
            self.error(self.tr("Could not save the case"), domain_access.error_text(exc))
            return False
        except OSError as exc:
            self.error(self.tr("Could not save the case"), self.tr(
                "The case could not be written ({0}); choose another folder with Save As.")
                .replace("{0}", exc.strerror or str(exc)))
            return False
        self.statusBar().showMessage(self.tr("Saved {0}").replace("{0}", str(saved)), 5000)
        return True

    def autosave(self) -> None:
        if self.session is not None and self.session.autosave():
            self.statusBar().showMessage(self.tr("Autosaved a recovery copy."), 3000)

    def maybe_discard(self) -> bool:
        """Ask about unsaved changes; True when the window may drop its case."""
        if self.session is None:
            return True
        if self.session.modified:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The case of {0} has changes that are not saved. Save them?")
                .replace("{0}", self.session.case.worker_display_name() or self.tr("a new case")),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return False
        self.session.close()
        self._drop_pages()
        return True

    def close_case(self) -> None:
        if self.maybe_discard():
            self.show_start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_discard():
            event.accept()
            self.closed.emit()
        else:
            event.ignore()

    def error(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, message)
