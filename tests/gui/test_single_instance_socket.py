"""The single-instance socket: there while the app runs, gone when it quits, so that the next
start knows at once that no app is running (without loading QtNetwork to find out)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QDir

from imwu_desktop.gui import app


def test_the_app_listens_and_leaves_no_socket_file_when_it_quits(tmp_path: Path) -> None:
    env = dict(os.environ)  # this test's temporary IMWU_*_DIR folders
    env.update(QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:",
               IMWU_STARTUP_PROBE="1")  # the app quits by itself once its lists are filled
    socket_file = Path(QDir.tempPath()) / app.server_name()
    assert not socket_file.exists()
    # the probe quits after the window listened: the log says so, and the socket is gone
    done = subprocess.run([sys.executable, "-m", "imwu_desktop"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "IMWU-LOADED" in done.stdout
    assert not socket_file.exists()
    assert not app.server_may_be_running()


def test_a_stale_socket_file_is_replaced_by_the_next_start(tmp_path: Path) -> None:
    """A crash leaves the file behind: the next start finds no app on it and takes it over."""
    socket_file = Path(QDir.tempPath()) / app.server_name()
    socket_file.write_bytes(b"")  # stands in for the socket a crashed app left
    try:
        assert app.server_may_be_running()
        assert app.hand_over(None) is False  # nobody answers: this process becomes the app
    finally:
        socket_file.unlink(missing_ok=True)
