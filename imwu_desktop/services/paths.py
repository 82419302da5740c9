"""Where the app keeps its files (per user, per OS).

On Linux the folders follow the XDG Base Directory rules directly (the same folders as
platformdirs gives, which tests/unit/test_paths.py checks): these are needed before the
first window appears, and importing platformdirs then costs it ~5 ms. Other systems, and
the Documents folder everywhere, come from platformdirs.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

APP_NAME = "IMWU Desktop"

#: XDG variable and the default under the home folder, per kind of folder (Linux).
_XDG: dict[str, tuple[str, str]] = {
    "config": ("XDG_CONFIG_HOME", ".config"),
    "data": ("XDG_DATA_HOME", ".local/share"),
    "state": ("XDG_STATE_HOME", ".local/state"),
}


@cache
def _platform_dirs() -> PlatformDirs:
    from platformdirs import PlatformDirs

    return PlatformDirs(appname=APP_NAME, appauthor=False, roaming=False)


def home_folder() -> str:
    """$HOME when it is an absolute path, else the user's home from the password database
    (an empty or relative HOME would put the app's folders under the working folder)."""
    home = os.environ.get("HOME", "")
    if os.path.isabs(home):
        return home
    import pwd

    return pwd.getpwuid(os.getuid()).pw_dir


def xdg_app_dir(kind: str) -> str:
    """The app's folder of this kind under XDG rules: $XDG_*_HOME when it is an absolute
    path (the specification says to ignore a relative one), else the default under the home
    folder."""
    variable, default = _XDG[kind]
    base = os.environ.get(variable, "")
    if not os.path.isabs(base):
        base = os.path.join(home_folder(), default)
    return os.path.join(base, APP_NAME)


def _default(kind: str) -> str:
    if sys.platform.startswith("linux"):
        return xdg_app_dir(kind) if kind != "log" else os.path.join(xdg_app_dir("state"), "log")
    dirs = _platform_dirs()
    return {"config": dirs.user_config_dir, "data": dirs.user_data_dir,
            "log": dirs.user_log_dir}[kind]


def _dir(env: str, kind: str) -> Path:
    """An IMWU_* environment variable overrides the default (tests, portable use)."""
    path = Path(os.environ.get(env) or _default(kind))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def config_dir() -> Path:
    """Settings and mail accounts (never passwords: those go to the OS keyring)."""
    return _dir("IMWU_CONFIG_DIR", "config")


def data_dir() -> Path:
    """Autosave/recovery copies and the recent-cases list."""
    return _dir("IMWU_DATA_DIR", "data")


def log_dir() -> Path:
    return _dir("IMWU_LOG_DIR", "log")


def cases_dir() -> Path:
    """Default folder offered for saving case files: Documents/IMWU cases."""
    override = os.environ.get("IMWU_CASES_DIR")
    return Path(override) if override else Path(_platform_dirs().user_documents_dir) / "IMWU cases"
