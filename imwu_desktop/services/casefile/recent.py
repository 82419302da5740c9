"""The recent-cases list (data_dir()/recent.json) shown on the start screen."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from imwu_desktop.domain.case import Case
from imwu_desktop.services.paths import data_dir

from . import fsutil

MAX_RECENT = 30


@dataclass(frozen=True)
class RecentCase:
    path: str
    worker: str
    code: str
    status: str
    changed: str  # ISO 8601, UTC

    @property
    def exists(self) -> bool:
        return Path(self.path).is_file()


def _file() -> Path:
    return data_dir() / "recent.json"


def list_recent() -> list[RecentCase]:
    """Most recent first; an unreadable list is treated as empty (it is only a convenience)."""
    try:
        data: Any = json.loads(_file().read_text(encoding="utf-8"))
        return [RecentCase(**{k: str(item[k]) for k in RecentCase.__dataclass_fields__})
                for item in data["cases"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def _write(entries: list[RecentCase]) -> None:
    body = json.dumps({"cases": [asdict(e) for e in entries[:MAX_RECENT]]}, ensure_ascii=False,
                      indent=1)
    fsutil.atomic_write_bytes(_file(), body.encode("utf-8"))


def add_recent(path: Path | str, case: Case) -> None:
    """Put the case at the top of the list (after opening or saving it)."""
    key = str(Path(path).absolute())
    entry = RecentCase(path=key, worker=case.worker_display_name(), code=case.exemption.code,
                       status=case.state.value,
                       changed=datetime.now(UTC).isoformat(timespec="seconds"))
    _write([entry, *(e for e in list_recent() if e.path != key)])


def remove_recent(path: Path | str) -> None:
    key = str(Path(path).absolute())
    _write([e for e in list_recent() if e.path != key])
