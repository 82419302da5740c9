"""The double-click path on a real X display: `imwu-desktop CASE.imwu` shows a window whose title
names the worker; a second launch with another case opens it in the running app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_process import text_of, wait_until
from gui_sample import make_sample_case

from imwu_desktop.services import casefile

pytestmark = pytest.mark.xvfb

APP = [sys.executable, "-m", "imwu_desktop"]


def _windows(name: str) -> list[str]:
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name],
                         capture_output=True, text=True, timeout=10)
    return out.stdout.split()


def _wait_for_window(name: str, timeout: float = 20.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _windows(name)
        if found:
            return found
        time.sleep(0.2)
    return []


def _has_icon(window_id: str) -> bool:
    """The window manager's icon property holds our pixels (set once the window is up)."""
    out = subprocess.run(["xprop", "-id", window_id, "_NET_WM_ICON"], capture_output=True,
                         text=True, timeout=10)
    return out.returncode == 0 and "Icon (48 x 48)" in out.stdout


@pytest.fixture
def app_env() -> dict[str, str]:
    for tool in ("xdotool", "xprop"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    env = dict(os.environ)  # the IMWU_*_DIR of this test's temporary home
    env["QT_QPA_PLATFORM"] = "xcb"
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    return env


@pytest.fixture
def running(app_env: dict[str, str]) -> Iterator[list[subprocess.Popen[bytes]]]:
    procs: list[subprocess.Popen[bytes]] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_double_click_opens_the_case_and_a_second_launch_joins(
        tmp_path: Path, app_env: dict[str, str],
        running: list[subprocess.Popen[bytes]]) -> None:
    first_case = make_sample_case(tmp_path / "one")
    # a second case for another worker
    opened = casefile.open_case(first_case, lock=False)
    opened.case.worker.family_name, opened.case.worker.given_names = "NGUYEN", "Minh"
    opened.case.case_id = "second-case"
    other_case = tmp_path / "nguyen.imwu"
    casefile.save_case(opened, other_case)
    opened.close()

    first = subprocess.Popen([*APP, str(first_case)], env=app_env, cwd=tmp_path)
    running.append(first)
    assert _wait_for_window("DUPONT, Claire Marie"), "no window names the worker"
    window_id = _wait_for_window("DUPONT, Claire Marie")[0]
    wait_until(lambda: _has_icon(window_id), "the window has no icon")
    log_file = Path(app_env["IMWU_LOG_DIR"]) / "imwu-desktop.log"
    wait_until(lambda: "started; interface language en" in text_of(log_file),
               "no start-up line in the log")

    second = subprocess.run([*APP, str(other_case)], env=app_env, cwd=tmp_path, timeout=30)
    assert second.returncode == 0  # handed over to the running app, then exited
    assert _wait_for_window("NGUYEN, Minh"), "the running app did not open the second case"
    assert first.poll() is None  # one app, two windows
    assert _windows("DUPONT, Claire Marie")


def test_a_missing_case_file_is_explained_in_the_window(
        tmp_path: Path, app_env: dict[str, str],
        running: list[subprocess.Popen[bytes]]) -> None:
    """A double-clicked shortcut to a case since moved: the app opens and says so."""
    proc = subprocess.Popen([*APP, str(tmp_path / "nope.imwu")], env=app_env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    running.append(proc)
    assert _wait_for_window("Could not open the case"), "no message in a window"
    assert _windows("IMWU Desktop"), "the start screen is not there to open another case"
    assert proc.poll() is None  # still running: the user can go on
