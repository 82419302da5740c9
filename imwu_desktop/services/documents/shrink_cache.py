"""The disk cache of shrunk copies: its format version and its size bound."""

from __future__ import annotations

from pathlib import Path

CACHE_VERSION = 1
CACHE_MAX_BYTES = 200_000_000


def prune_cache(folder: Path, max_bytes: int = CACHE_MAX_BYTES) -> None:
    """Delete the least recently made shrunk copies beyond `max_bytes` (they can be re-made)."""
    try:
        entries = sorted((p.stat().st_mtime, p.stat().st_size, p) for p in folder.iterdir()
                         if p.suffix in (".pdf", ".json"))
    except OSError:
        return
    total = sum(size for _, size, _ in entries)
    for _, size, path in entries:
        if total <= max_bytes:
            break
        path.unlink(missing_ok=True)
        total -= size
