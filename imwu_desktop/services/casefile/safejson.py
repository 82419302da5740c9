"""Strict, bounded JSON parsing for data that comes from files (case.json, imports)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import CaseFileError
from .limits import Limits


def parse_json(raw: bytes, path: Path, limits: Limits,
               error: Callable[[str], CaseFileError]) -> Any:
    """Strict JSON (no NaN, bounded depth), with one-sentence errors made by ``error``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise error("its case data is not UTF-8 text") from None

    def reject_constant(name: str) -> Any:
        raise ValueError(f"{name} is not allowed")

    try:
        data = json.loads(text, parse_constant=reject_constant)
    except RecursionError:
        raise error("its case data is nested too deeply") from None
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        where = f" at line {line}" if line else ""
        raise error(f"its case data is not valid JSON{where}") from None
    if _depth_exceeds(data, limits.json_depth):
        raise error("its case data is nested too deeply")
    return data


def _depth_exceeds(data: Any, bound: int) -> bool:
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > bound:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
