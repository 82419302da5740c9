"""The member names of a case file, and the checks that keep paths out of them."""

from __future__ import annotations

import re

from .messages import Reason

CASE_JSON = "case.json"
ATTACHMENTS = "attachments/"
OUTPUTS = "outputs/"

_SHA256 = re.compile(r"[0-9a-f]{64}")
_OUTPUT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,119}")


def is_sha256(value: str) -> bool:
    return _SHA256.fullmatch(value) is not None


def is_output_name(value: str) -> bool:
    """Output names are plain file names: no folders, no leading dot, short."""
    return _OUTPUT_NAME.fullmatch(value) is not None and ".." not in value


def attachment_member(sha256: str) -> str:
    return ATTACHMENTS + sha256


def output_member(name: str) -> str:
    return OUTPUTS + name


def unsafe_reason(name: str) -> Reason | None:
    """Why a member name could escape a folder if used as a path, or None when harmless.

    The store never builds a filesystem path from a member name; this check exists so that
    a tampered file is refused outright instead of being half-trusted.
    """
    if not name:
        return Reason("empty_member")
    if "\\" in name or "\x00" in name or ":" in name:
        return Reason("odd_member", part=name[:60])
    if name.startswith("/"):
        return Reason("absolute_member", part=name[:60])
    if any(part in ("..", ".") for part in name.split("/")):
        return Reason("climbing_member", part=name[:60])
    return None


def classify(name: str) -> tuple[str, str] | None:
    """('case', '') | ('attachment', sha256) | ('output', name), or None when unknown."""
    if name == CASE_JSON:
        return ("case", "")
    if name.startswith(ATTACHMENTS) and is_sha256(name[len(ATTACHMENTS):]):
        return ("attachment", name[len(ATTACHMENTS):])
    if name.startswith(OUTPUTS) and is_output_name(name[len(OUTPUTS):]):
        return ("output", name[len(OUTPUTS):])
    return None
