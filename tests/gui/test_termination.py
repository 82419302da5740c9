"""Logging out or Ctrl+C (SIGTERM, SIGHUP, SIGINT): the open cases keep their work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from app_process import text_of, wait_until
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from imwu_desktop.gui import app, termination
from imwu_desktop.gui.main_window import MainWindow
from imwu_desktop.services import casefile
from imwu_desktop.services.casefile.lock import lock_path_for

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def test_unsaved_changes_become_a_recovery_copy_and_the_file_is_released(
        qtbot: QtBot, sample_case: Path, shown_messages: list[tuple[str, str]]) -> None:
    edited, untouched, empty = MainWindow(), MainWindow(), MainWindow()
    for window in (edited, untouched, empty):
        qtbot.addWidget(window)
    assert edited.open_path(sample_case)
    other = sample_case.with_name("other.imwu")
    other.write_bytes(sample_case.read_bytes())
    assert untouched.open_path(other)
    assert edited.session is not None
    edited.session.case.job.title = "Chef de cuisine"
    edited.session.touch()
    assert lock_path_for(sample_case).exists()

    assert termination.keep_work([edited, untouched, empty]) == 1

    assert not lock_path_for(sample_case).exists() and not lock_path_for(other).exists()
    recoveries = casefile.find_recoveries()
    assert [r.case_path for r in recoveries] == [sample_case]
    recovered = casefile.open_recovery(recoveries[0])
    assert recovered.case.job.title == "Chef de cuisine"
    recovered.close()


@posix_only
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_the_app_quits_cleanly_on_a_signal(number: int, sample_case: Path,
                                           tmp_path: Path) -> None:
    env = dict(os.environ)  # this test's temporary IMWU_*_DIR folders
    env.update(QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:")
    log_file = Path(env["IMWU_LOG_DIR"]) / "imwu-desktop.log"
    socket_file = Path(QDir.tempPath()) / app.server_name()
    proc = subprocess.Popen([sys.executable, "-m", "imwu_desktop", str(sample_case)], env=env,
                            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # the start-up line is logged once the handlers are set up
        wait_until(lambda: "started;" in text_of(log_file), "the app did not start")
        assert lock_path_for(sample_case).exists()  # the case is open
        proc.send_signal(number)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert f"signal {signal.Signals(number).name}: quitting" in log_file.read_text("utf-8")
    assert not lock_path_for(sample_case).exists()  # the case file is free again
    assert not socket_file.exists()
