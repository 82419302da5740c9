"""Strict, bounded JSON parsing for data that comes from files (case.json, imports)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import CaseFileError
from .limits import Limits
from .messages import Reason


def parse_json(raw: bytes, path: Path, limits: Limits,
               error: Callable[[Reason], CaseFileError]) -> Any:
    """Strict JSON (no NaN, bounded depth), with one-sentence errors made by ``error``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise error(Reason("not_utf8")) from None

    def reject_constant(name: str) -> Any:
        raise ValueError(f"{name} is not allowed")

    try:
        data = json.loads(text, parse_constant=reject_constant)
    except RecursionError:
        raise error(Reason("nested")) from None
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        why = Reason("not_json_at", line=line) if line else Reason("not_json")
        raise error(why) from None
    if _depth_exceeds(data, limits.json_depth):
        raise error(Reason("nested"))
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
