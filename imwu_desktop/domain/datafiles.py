"""Read the versioned reference-data files in resources/data/.

Every file is a JSON object with at least ``version`` (text), ``as_of`` (YYYY-MM-DD) and
``sources`` (a non-empty list). Loaders in this package go through here so a damaged or
missing file gives one plain sentence instead of a traceback deep in a page.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from typing import Any

from imwu_desktop.resources import resource_path

#: File types a document may have (matched against the detected content type).
DEFAULT_FILE_TYPES: tuple[str, ...] = ("pdf", "jpeg", "png", "tiff", "heic")

NEEDS: tuple[str, ...] = ("required", "recommended", "if_applicable")


class DataFileError(Exception):
    """A reference-data file is missing or damaged (a packaging fault, not the user's)."""


def load_data_file(name: str) -> dict[str, Any]:
    """The parsed ``resources/data/<name>``, checked for version, as_of and sources."""
    path = resource_path("data", name)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataFileError(
            f"The reference data file {name} is missing; reinstall the application.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError(
            f"The reference data file {name} cannot be read ({exc}); reinstall the application."
        ) from exc
    if not isinstance(raw, dict):
        raise DataFileError(
            f"The reference data file {name} is damaged; reinstall the application.")
    check_header(raw, name)
    return raw


def check_header(raw: dict[str, Any], name: str) -> None:
    """Raise DataFileError unless version, as_of and sources are present and well formed.

    A source is a sentence naming it, or an object with at least a ``title`` (our files
    add ``id`` and ``url``).
    """
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, str | int) or not str(version):
        raise DataFileError(f"The reference data file {name} has no version.")
    parse_date(raw.get("as_of"), f"{name}: as_of")
    sources = raw.get("sources")
    if not isinstance(sources, list) or not sources or not all(
            (isinstance(s, str) and s.strip()) or (isinstance(s, dict) and s.get("title"))
            for s in sources):
        raise DataFileError(f"The reference data file {name} does not list its sources.")


def parse_date(value: object, where: str) -> date:
    """A YYYY-MM-DD string as a date, or DataFileError naming ``where``."""
    if not isinstance(value, str):
        raise DataFileError(f"{where} should be a date written YYYY-MM-DD.")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(f"{where} should be a date written YYYY-MM-DD, not {value!r}.") from exc


def text(entry: dict[str, Any], key: str, where: str, *, allow_empty: bool = False) -> str:
    """A string field of a data entry; DataFileError if absent, not text, or empty."""
    value = entry.get(key)
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise DataFileError(f"{where}: field {key!r} is missing or empty.")
    return value


def flag(entry: dict[str, Any], key: str, where: str) -> bool:
    """A boolean field of a data entry; DataFileError if absent or not true/false."""
    value = entry.get(key)
    if not isinstance(value, bool):
        raise DataFileError(f"{where}: field {key!r} must be true or false.")
    return value


def fold(value: str) -> str:
    """Lower-case text without accents, for searches that ignore case and accents."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
