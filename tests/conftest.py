"""Test set-up shared by every suite.

Offscreen Qt and no D-Bus by default; the real parts (SMTP, keyring, CUPS, Xvfb) are
reached through markers: a test marked with a part that is missing is skipped with the
reason, or fails when IMWU_REQUIRE_REAL=1 (CI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keyring tests set their own bus; everything else must not start a dbus-daemon.
_REAL_DBUS = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
os.environ["IMWU_REAL_DBUS"] = _REAL_DBUS
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"

REQUIRE_REAL = os.environ.get("IMWU_REQUIRE_REAL") == "1"


def _smtp_available() -> str | None:
    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        return "aiosmtpd is not installed"
    return None


def _keyring_available() -> str | None:
    if not _REAL_DBUS or _REAL_DBUS.startswith("disabled"):
        return "no D-Bus session with an unlocked gnome-keyring (run under dbus-run-session)"
    return None


def _cups_available() -> str | None:
    if not shutil.which("lpstat"):
        return "CUPS client tools are not installed"
    try:
        out = subprocess.run(["lpstat", "-p", "CUPS-PDF"], capture_output=True, text=True,
                             timeout=10)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"lpstat failed: {exc}"
    if out.returncode != 0:
        return "no running CUPS with the CUPS-PDF printer"
    return None


def _xvfb_available() -> str | None:
    if not os.environ.get("DISPLAY"):
        return "no X display (start Xvfb and set DISPLAY)"
    return None


_PARTS = {"smtp": _smtp_available, "keyring": _keyring_available,
          "cups": _cups_available, "xvfb": _xvfb_available}
_part_status: dict[str, str | None] = {}


def pytest_runtest_setup(item: pytest.Item) -> None:
    for part, probe in _PARTS.items():
        if item.get_closest_marker(part) is None:
            continue
        if part not in _part_status:
            _part_status[part] = probe()
        reason = _part_status[part]
        if reason is None:
            continue
        if REQUIRE_REAL:
            pytest.fail(f"real part '{part}' is required (IMWU_REQUIRE_REAL=1): {reason}")
        pytest.skip(f"{part}: {reason}")


@pytest.fixture(autouse=True)
def isolated_app_dirs(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, data, logs and cases of every test go to a fresh temporary home."""
    home = tmp_path_factory.mktemp("home")
    for name in ("CONFIG", "DATA", "LOG", "CASES"):
        folder = home / name.lower()
        monkeypatch.setenv(f"IMWU_{name}_DIR", str(folder))
    return home


@pytest.fixture
def real_dbus_env(monkeypatch: pytest.MonkeyPatch) -> str:
    """Point this test at the real D-Bus session (keyring tests)."""
    if not _REAL_DBUS or _REAL_DBUS.startswith("disabled"):
        pytest.skip("no real D-Bus session")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", _REAL_DBUS)
    return _REAL_DBUS


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """GUI tests run on the app's own application class, as the app does (pytest-qt)."""
    from imwu_desktop.gui.app import DesktopApplication

    return DesktopApplication
