"""The main window's commands: its actions (with their keys) and menu bar (File, Go, View, Help).

The window keeps the logic (new, open, save, go to a step); this module names the commands,
binds their keys and puts them in the menus, in the interface's language, and builds them all
again when that language changes. Only Qt is imported here: it is built at every start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from imwu_desktop.gui import domain_access

if TYPE_CHECKING:
    from imwu_desktop.gui.main_window import MainWindow


class WindowMenus(QObject):
    """The window's actions and menus; `rebuild()` shows them in a new interface language."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._own_actions: list[QAction] = []
        self._file_title = ""  # the File menu's title as built: tells a new language apart
        self.build()

    @property
    def _window(self) -> MainWindow:
        # asked of Qt, not kept: a Python reference back would make a cycle that keeps the
        # window's wrapper alive after Qt deleted the window
        return cast("MainWindow", self.parent())

    def build(self) -> None:
        self._build_actions()
        self._build_menus()

    def rebuild(self) -> None:
        """Drop the menus and actions and build them again (texts in the current language)."""
        window = self._window
        bar = window.menuBar()
        menus = [a.menu() for a in bar.actions() if a.menu() is not None]
        bar.clear()
        for menu in menus:
            menu.deleteLater()
        for action in self._own_actions:
            window.removeAction(action)
            action.deleteLater()
        self._own_actions.clear()
        self.build()

    def in_current_language(self) -> bool:
        """True when the menus already show the texts the installed translators give."""
        return self.tr("&File") == self._file_title

    def enable(self, has_case: bool, row: int = -1, last_row: int = -1) -> None:
        """Case commands only with a case; Back/Next only where there is a step to go to."""
        for action in (self.save_action, self.save_as_action, self.close_action,
                       self.back_action, self.next_action, *self.step_actions):
            action.setEnabled(has_case)
        if has_case:
            self.back_action.setEnabled(row > 0)
            self.next_action.setEnabled(row < last_row)

    # --- building -----------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self._window)
        # setShortcuts, not setShortcut: the latter's overloads make PySide build the whole Qt
        # namespace (~15 ms at start-up); a standard key also gets all its platform bindings
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        self._own_actions.append(action)
        return action

    def _build_actions(self) -> None:
        window = self._window
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New case"), window.new_case, keys.New)
        self.open_action = self._action(self.tr("&Open…"), window.open_dialog, keys.Open)
        self.save_action = self._action(self.tr("&Save"), window.save, keys.Save)
        self.save_as_action = self._action(self.tr("Save &as…"), window.save_as, "Ctrl+Shift+S")
        self.close_action = self._action(self.tr("&Close case"), window.close_case, "Ctrl+W")
        self.quit_action = self._action(self.tr("&Quit"), QApplication.closeAllWindows, keys.Quit)
        self.back_action = self._action(self.tr("&Back"), window.go_back, "Alt+Left")
        self.next_action = self._action(self.tr("&Next"), window.go_next, "Alt+Right")
        self.step_actions = []
        titles = domain_access.step_titles()
        for number, step in enumerate(domain_access.STEPS, start=1):
            action = self._action(f"&{number} {titles[step]}",
                                  lambda s=step: window.go_to(s), f"Ctrl+{number}")
            self.step_actions.append(action)
        self.about_action = self._action(self.tr("&About IMWU Desktop"),
                                         self._help("show_about"))
        self.imwu_page_action = self._action(self.tr("IMWU &web page"),
                                             self._help("open_imwu_page"))
        self.files_action = self._action(self.tr("&Where files are kept"),
                                         self._help("show_folders"))
        self.diagnostics_action = self._action(self.tr("Copy &diagnostic report"),
                                               self._help("copy_diagnostic_report"))

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addAction(self.back_action)
        go_menu.addAction(self.next_action)
        go_menu.addSeparator()
        for action in self.step_actions:
            go_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.imwu_page_action)
        help_menu.addAction(self.files_action)
        help_menu.addAction(self.diagnostics_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        from imwu_desktop.gui.i18n import add_language_menu

        add_language_menu(self._window)  # View > Language, before Help
        self._file_title = file_menu.title()

    def _fill_recent_menu(self) -> None:
        from imwu_desktop.services import casefile

        window = self._window
        self.recent_menu.clear()
        entries = casefile.list_recent()[:10]
        for number, entry in enumerate(entries, start=1):
            text = f"&{number % 10} {entry.worker or Path(entry.path).stem} – {entry.path}"
            action = self.recent_menu.addAction(text)
            action.triggered.connect(lambda _c=False, p=entry.path: window.open_path(Path(p)))
        if not entries:
            self.recent_menu.addAction(self.tr("(no recent cases)")).setEnabled(False)

    def _help(self, command: str) -> Callable[[], None]:
        """A Help command of about.py (with its texts), imported when first used."""
        def run() -> None:
            from imwu_desktop.gui import about

            getattr(about, command)(self._window)
        return run
