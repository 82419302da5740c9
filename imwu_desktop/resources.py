"""Find the resources/ folder from a source checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get("IMWU_RESOURCES")
    if override:
        found.append(Path(override))
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:  # PyInstaller bundle
        found.append(Path(bundle_root) / "resources")
    found.append(_PACKAGE_DIR / "_resources")  # installed wheel
    found.append(_PACKAGE_DIR.parent / "resources")  # source checkout / editable install
    return found


@cache
def resources_dir() -> Path:
    """The folder holding data/, fonts/, icons/, i18n/ and linux/."""
    for candidate in _candidates():
        if (candidate / "data").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(f"The application's resources are missing (looked in: {tried}).")


def resource_path(*parts: str) -> Path:
    """Path of a file inside resources/, e.g. resource_path("data", "codes.json")."""
    return resources_dir().joinpath(*parts)
