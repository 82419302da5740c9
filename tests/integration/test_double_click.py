"""The double-click path, for real: the frozen Linux bundle is installed with install.sh into a
temporary home, a case file is opened the way a file manager opens it (`gio open`, or
`xdg-open`), and the installed app must start on that case under Xvfb; then it is closed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # installers/ is a folder of the checkout, not of the package
    sys.path.insert(0, str(ROOT))

from installers import bundle_tools  # noqa: E402

WINDOW_TIMEOUT_S = 40.0
EXIT_TIMEOUT_S = 10.0

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


def _missing(reason: str) -> None:
    if os.environ.get("IMWU_REQUIRE_REAL") == "1":
        pytest.fail(f"required for the double-click test (IMWU_REQUIRE_REAL=1): {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not bundle_tools.pyinstaller_available():
        _missing("PyInstaller is not installed (pip install -e '.[bundle]')")
    return bundle_tools.ensure_bundle()


def _tools() -> dict[str, str]:
    found = {name: shutil.which(name) for name in ("xdotool", "gio", "xdg-open",
                                                    "update-mime-database")}
    if not found["xdotool"] or not found["update-mime-database"]:
        _missing("xdotool and shared-mime-info are needed")
    if not (found["gio"] or found["xdg-open"]):
        _missing("neither gio nor xdg-open is installed")
    return {name: path for name, path in found.items() if path}


def _windows_named(xdotool: str, text: str, env: dict[str, str]) -> list[str]:
    found = subprocess.run([xdotool, "search", "--name", text], env=env, capture_output=True,
                           text=True, timeout=10, check=False)
    return found.stdout.split()


def _wait_for_window(xdotool: str, text: str, env: dict[str, str]) -> str:
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while time.monotonic() < deadline:
        windows = _windows_named(xdotool, text, env)
        if windows:
            return windows[0]
        time.sleep(0.3)
    pytest.fail(f"no window naming {text!r} appeared within {WINDOW_TIMEOUT_S:.0f} s")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[-1].startswith("Z"))


def _wait_exit(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.2)
    return not _alive(pid)


def test_double_clicking_a_case_opens_the_installed_app_on_it(
        bundle: Path, tmp_path: Path) -> None:
    tools = _tools()
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("XDG_") and k not in {"PREFIX", "IMWU_RESOURCES", "PYTHONPATH"}}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_DIRS=f"{home / '.local/share'}:/usr/local/share:/usr/share",
               XDG_CURRENT_DESKTOP="GNOME",  # xdg-open then hands over to gio, as on a desktop
               QT_QPA_PLATFORM="xcb", DBUS_SESSION_BUS_ADDRESS="disabled:")

    installed = subprocess.run(["sh", str(ROOT / "installers/linux/install.sh"),
                                str(bundle.parent)], env=env, capture_output=True, text=True,
                               timeout=120, check=False)
    assert installed.returncode == 0, installed.stderr
    app_dir = home / ".local/lib/imwu-desktop"

    case, worker = bundle_tools.make_sample_case(bundle, tmp_path, env)
    assert _windows_named(tools["xdotool"], worker, env) == []

    opener = [tools["gio"], "open"] if "gio" in tools else [tools["xdg-open"]]
    log = tmp_path / "opener.log"
    with log.open("wb") as output:  # a file, not a pipe: the app inherits it and lives on
        opened = subprocess.run([*opener, str(case)], env=env, stdout=output, stderr=output,
                                timeout=30, check=False)
    assert opened.returncode == 0, log.read_text(errors="replace")

    window = _wait_for_window(tools["xdotool"], worker, env)
    pid = int(subprocess.run([tools["xdotool"], "getwindowpid", window], env=env,
                             capture_output=True, text=True, timeout=10, check=True).stdout)
    try:
        # The window belongs to the installed copy, started on this very case file.
        assert Path(f"/proc/{pid}/exe").resolve() == (app_dir / "imwu-desktop").resolve()
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        assert str(case).encode() in argv
        title = subprocess.run([tools["xdotool"], "getwindowname", window], env=env,
                               capture_output=True, text=True, timeout=10, check=True).stdout
        assert worker in title and "IMWU Desktop" in title

        # Close it as a user would (Quit); the app must go away.
        subprocess.run([tools["xdotool"], "windowfocus", "--sync", window], env=env,
                       timeout=10, check=False)
        subprocess.run([tools["xdotool"], "key", "--window", window, "ctrl+q"], env=env,
                       timeout=10, check=False)
        closed = _wait_exit(pid, EXIT_TIMEOUT_S)
    finally:
        if _alive(pid):
            os.kill(pid, signal.SIGTERM)
            if not _wait_exit(pid, 5):
                os.kill(pid, signal.SIGKILL)
    assert closed, "the app did not quit on Ctrl+Q"
    assert _windows_named(tools["xdotool"], worker, env) == []
