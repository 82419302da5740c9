"""Start the GUI: the application object, one window per case, and single-instance hand-over.

A second `imwu-desktop CASE.imwu` while the app runs hands the path to the running app (over a
QLocalSocket), which opens it in a new window (or raises the window that already has it); the
second process then exits. If no app answers, the second process becomes the app itself.

Start-up stays quick: QtNetwork loads only when a running app may be there (its socket file
exists) or after the first window is painted, when this app starts listening.
"""

from __future__ import annotations

import logging
import os
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDir, QEvent, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from imwu_desktop import __version__
from imwu_desktop.gui.main_window import MainWindow
from imwu_desktop.services import paths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

HANDOVER_TIMEOUT_MS = 1500


def server_name() -> str:
    """One name per user and settings folder (tests with their own folders don't collide)."""
    key = f"{os.getuid() if hasattr(os, 'getuid') else os.getlogin()}:{paths.config_dir()}"
    return f"imwu-desktop-{zlib.crc32(key.encode()):08x}-{len(key)}"


def server_may_be_running() -> bool:
    """False when no app can be listening: on Unix its socket file (in Qt's temporary
    folder, where QLocalServer puts a plain name) does not exist."""
    if sys.platform == "win32":
        return True  # a named pipe: only connecting tells
    return os.path.exists(os.path.join(QDir.tempPath(), server_name()))


def hand_over(case_path: str | None) -> bool:
    """Give the path to an app already running; True when it took it."""
    if not server_may_be_running():
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(HANDOVER_TIMEOUT_MS):
        return False
    message = (str(Path(case_path).absolute()) if case_path else "").encode() + b"\n"
    socket.write(QByteArray(message))
    ok = socket.waitForBytesWritten(HANDOVER_TIMEOUT_MS) and socket.waitForReadyRead(
        HANDOVER_TIMEOUT_MS)
    socket.disconnectFromServer()
    return bool(ok)


class Application:
    """Owns the windows; a window closes itself, the app quits after the last one."""

    def __init__(self, qt_app: QApplication) -> None:
        self.qt_app = qt_app
        self.windows: list[MainWindow] = []
        self.server: QLocalServer | None = None

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self.qt_app)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(server_name()):
            QLocalServer.removeServer(server_name())  # a stale socket from a crash
            if not server.listen(server_name()):
                log.warning("single-instance server unavailable: %s", server.errorString())
                return
        server.newConnection.connect(self._on_connection)
        # closing removes the socket file: the next start then knows at once that no app
        # is running, without loading QtNetwork to find out (a crash leaves it: see above)
        self.qt_app.aboutToQuit.connect(server.close)
        self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        if socket is None:
            return

        def read() -> None:
            if not socket.canReadLine():
                return
            line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
            socket.write(QByteArray(b"ok\n"))
            socket.flush()
            socket.disconnectFromServer()
            self.open(line or None)

        socket.readyRead.connect(read)
        read()

    def window_for(self, case_path: Path) -> MainWindow | None:
        for window in self.windows:
            session = window.session
            if session is not None and session.path is not None:
                try:
                    if session.path.resolve() == case_path.resolve():
                        return window
                except OSError:
                    continue
        return None

    def open(self, case_path: str | None) -> MainWindow:
        """Show a window for the case (new window unless one has it or one is empty)."""
        if case_path:
            existing = self.window_for(Path(case_path))
            if existing is not None:
                existing.raise_()
                existing.activateWindow()
                return existing
        window = next((w for w in self.windows if w.session is None and w.isVisible()), None)
        if window is None or not case_path:
            window = MainWindow()
            window.closed.connect(window.deleteLater)  # not WA_DeleteOnClose: see MainWindow
            window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
            self.windows.append(window)
        window.show()
        window.raise_()
        window.activateWindow()
        if case_path:
            window.open_path(Path(case_path))
        return window

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)


class DesktopApplication(QApplication):
    """The Qt application object.

    macOS delivers a double-clicked .imwu as a FileOpen event sent to the application, not as
    an argument: `event` passes it on as `fileOpenRequested`. An override sees only the
    application's own events; an application-wide event filter written in Python would see
    every event of every widget, and each crossing into Python slows the whole interface
    (on the first frame alone it cost ~15 ms of Python wrappers for Qt's internal widgets).
    """

    fileOpenRequested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self.fileOpenRequested.emit(path)
                return True
        return super().event(event)


def make_qt_app(argv: list[str] | None = None, *, defer_icon: bool = False) -> QApplication:
    """The application object (the existing one in tests). With ``defer_icon`` the caller
    sets the windows' icon itself, later (run_gui: once the first frame is on screen; the
    icon's ~2.5 ms would delay it, and the executable's or desktop entry's icon shows
    until then)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = DesktopApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName("IMWU Desktop")
    app.setOrganizationName("IMWU Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ca.imwudesktop.IMWUDesktop")  # resources/linux/*.desktop
    from imwu_desktop.gui.i18n import install_translators

    install_translators(app)  # system language, or the one chosen in View > Language
    if not defer_icon:
        set_app_icon(app)
    return app


def set_app_icon(app: QApplication) -> None:
    """The windows' icon, in every size we ship (the window manager and taskbar pick)."""
    from PySide6.QtGui import QIcon

    from imwu_desktop.resources import resource_path

    try:
        icon = QIcon()
        for size in (16, 24, 32, 48, 64, 128, 256):
            png = resource_path("icons", f"imwu-desktop-{size}.png")
            if png.is_file():
                icon.addFile(str(png))
        if not icon.isNull():
            app.setWindowIcon(icon)
    except FileNotFoundError:
        log.warning("application icons not found")


def run_gui(case_path: str | None) -> int:
    """The GUI entry point (cli.py): open the case given on the command line, or the start.

    A case that cannot be opened (a shortcut to a file since moved, a damaged file) is
    explained in the window, in the interface's language: whoever double-clicked never sees
    a terminal. The start screen stays, to open another case."""
    if case_path and not Path(case_path).exists():
        print(f"imwu-desktop: There is no file {case_path}.", file=sys.stderr)
    qt_app = make_qt_app(defer_icon=True)
    if hand_over(case_path):
        log.info("handed %s over to the running app", case_path)
        return 0
    application = Application(qt_app)
    if isinstance(qt_app, DesktopApplication):
        qt_app.fileOpenRequested.connect(application.open)
    window = application.open(case_path)
    if os.environ.get("IMWU_STARTUP_PROBE"):
        _probe_start_up(qt_app, window)
    window.after_first_frame(lambda: _once_the_window_is_up(qt_app, application))
    return int(qt_app.exec())


def _once_the_window_is_up(qt_app: QApplication, application: Application) -> None:
    """What the first frame does without: the single-instance server, the windows' icon,
    keeping the work on log-out or Ctrl+C, and one line in the log for support (written
    last: once it is there, the rest is set up)."""
    from imwu_desktop.gui import termination
    from imwu_desktop.gui.i18n import current_language, saved_language, stretch_enabled

    application.listen()
    set_app_icon(qt_app)
    termination.install(qt_app, lambda: list(application.windows))
    log.info("IMWU Desktop %s started; interface language %s (choice %s%s)", __version__,
             current_language(), saved_language(), ", stretched" if stretch_enabled() else "")


def _probe_start_up(qt_app: QApplication, window: MainWindow) -> None:
    """Benchmarks: print IMWU-READY when the first frame is painted and the event loop is
    idle again, IMWU-LOADED when the start screen's lists are filled too, then quit."""
    def loaded() -> None:
        print("IMWU-LOADED", flush=True)
        qt_app.quit()

    def ready() -> None:
        print("IMWU-READY", flush=True)
        if window.session is not None or window.start.is_loaded:
            loaded()
        else:
            window.start.loaded.connect(lambda: QTimer.singleShot(0, loaded))

    window.firstPainted.connect(lambda: QTimer.singleShot(0, ready))
