"""Bounds that make opening an untrusted case file safe (zip bombs, huge JSON)."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What the app accepts from a case file or an import; generous for real cases."""

    case_json_bytes: int = 8 * MB  # the stored case data, uncompressed
    json_depth: int = 64  # nesting of objects/lists in case.json
    member_bytes: int = 512 * MB  # one attachment or output, uncompressed
    total_bytes: int = 2048 * MB  # all members together, uncompressed
    members: int = 5000
    # A member larger than ratio_floor must not unpack to more than ratio x its stored size.
    ratio: int = 100
    ratio_floor: int = 1 * MB


DEFAULT_LIMITS = Limits()
