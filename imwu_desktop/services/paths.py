"""Where the app keeps its files (per user, per OS), via platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="IMWU Desktop", appauthor=False, roaming=False)


def _dir(env: str, default: str) -> Path:
    """An IMWU_* environment variable overrides the default (tests, portable use)."""
    path = Path(os.environ.get(env) or default)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def config_dir() -> Path:
    """Settings and mail accounts (never passwords: those go to the OS keyring)."""
    return _dir("IMWU_CONFIG_DIR", _DIRS.user_config_dir)


def data_dir() -> Path:
    """Autosave/recovery copies and the recent-cases list."""
    return _dir("IMWU_DATA_DIR", _DIRS.user_data_dir)


def log_dir() -> Path:
    return _dir("IMWU_LOG_DIR", _DIRS.user_log_dir)


def cases_dir() -> Path:
    """Default folder offered for saving case files: Documents/IMWU cases."""
    override = os.environ.get("IMWU_CASES_DIR")
    return Path(override) if override else Path(_DIRS.user_documents_dir) / "IMWU cases"
