"""The single-instance socket: there while the app runs, gone when it quits."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from imwu_desktop.gui import app


def test_the_socket_file_is_removed_when_the_app_quits(qapp: QApplication) -> None:
    qt_app = qapp
    application = app.Application(qt_app)
    assert not app.server_may_be_running()
    application.listen()
    assert application.server is not None and application.server.isListening()
    assert app.server_may_be_running()
    qt_app.aboutToQuit.emit()  # what quitting does, without ending the test session
    assert not application.server.isListening()
    assert not app.server_may_be_running()  # the next start skips QtNetwork
