"""The list of known cases: the recent list plus the case files in the cases folder.

Each case is summarised (worker, code, state, sent, follow-up, opinion) by reading its file
without locking it. Summaries are cached in data_dir()/case_index.json by path, modification
time and size, so start-up reads only the files that changed. A file that cannot be read gives
a row that says why and keeps its path: the list never fails because of one bad file.

Also the actions of the case list: archive/unarchive, record IMWU's opinion with its letter,
and start a case for another worker from an existing one. All file work goes through the
case-file service (atomic saves, locks).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from imwu_desktop.domain.case import Case
from imwu_desktop.domain.tracking import (
    CaseSummaryRow,
    copy_for_another_worker,
    record_opinion,
)
from imwu_desktop.services import casefile
from imwu_desktop.services.paths import cases_dir, data_dir

log = logging.getLogger(__name__)

CACHE_NAME = "case_index.json"
CACHE_VERSION = 1
OPINION_ITEM = "imwu_opinion"
MAX_SCAN = 2000  # case files looked at in the cases folder (and one level of subfolders)
SUFFIX = ".imwu"


# --- which files ----------------------------------------------------------------------------


def _scan(folder: Path, limit: int = MAX_SCAN) -> list[Path]:
    """*.imwu in the folder and its direct subfolders, at most ``limit``; never raises."""
    found: list[Path] = []
    pending = [(folder, 0)]
    while pending and len(found) < limit:
        current, depth = pending.pop(0)
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    if len(found) >= limit:
                        break
                    if entry.name.startswith("."):  # locks, temps, hidden files
                        continue
                    with contextlib.suppress(OSError):
                        if entry.is_dir(follow_symlinks=False) and depth == 0:
                            pending.append((Path(entry.path), 1))
                        elif entry.name.lower().endswith(SUFFIX) and entry.is_file():
                            found.append(Path(entry.path))
        except OSError:
            continue
    return sorted(found)


def known_paths(folder: Path | None = None) -> list[Path]:
    """Recent cases first (even when their file is gone), then the others in the folder."""
    seen: set[str] = set()
    result: list[Path] = []
    recent = [Path(r.path) for r in casefile.list_recent()]
    for path in [*recent, *_scan(folder if folder is not None else cases_dir())]:
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            result.append(Path(os.path.abspath(path)))
    return result


# --- the cache ------------------------------------------------------------------------------


def _cache_file() -> Path:
    return data_dir() / CACHE_NAME


def _read_cache() -> dict[str, dict[str, Any]]:
    """path -> {"mtime_ns", "size", "row"}; anything unreadable counts as empty."""
    try:
        data = json.loads(_cache_file().read_text(encoding="utf-8"))
        if data.get("version") != CACHE_VERSION or not isinstance(data.get("cases"), dict):
            return {}
        return {str(k): v for k, v in data["cases"].items() if isinstance(v, dict)}
    except (OSError, ValueError, AttributeError):
        return {}


def _write_cache(entries: dict[str, dict[str, Any]]) -> None:
    """Atomic replace; a failure only costs speed next time, so it is logged, not raised."""
    target = _cache_file()
    body = json.dumps({"version": CACHE_VERSION, "cases": entries}, ensure_ascii=False)
    try:
        fd, temp = tempfile.mkstemp(prefix=".case_index.", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(body)
        os.replace(temp, target)
    except OSError as exc:
        log.warning("could not write the case index cache: %s", exc.strerror or exc)
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temp)


# --- summaries ------------------------------------------------------------------------------


def _changed(st: os.stat_result) -> datetime:
    return datetime.fromtimestamp(st.st_mtime, UTC).replace(microsecond=0)


def summarise(path: Path) -> CaseSummaryRow:
    """Read one case file (unlocked) into a row; never raises."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return CaseSummaryRow.unreadable(
            str(path), "The file is no longer there; it may have been moved or deleted.")
    except OSError as exc:
        return CaseSummaryRow.unreadable(str(path), f"The file cannot be read ({exc.strerror}).")
    try:
        with casefile.open_case(path, lock=False) as opened:
            return CaseSummaryRow.from_case(str(path), opened.case, _changed(st))
    except casefile.CaseFileError as exc:
        return CaseSummaryRow.unreadable(str(path), str(exc), _changed(st))
    except Exception as exc:  # the list must show every other case even so
        log.warning("could not summarise a case file: %s", type(exc).__name__)
        return CaseSummaryRow.unreadable(
            str(path), "The file cannot be read; open it to see what is wrong.", _changed(st))


def load_index(paths: Iterable[Path] | None = None) -> list[CaseSummaryRow]:
    """Rows for every known case (or the given paths), reading only files that changed."""
    cache = _read_cache()
    fresh: dict[str, dict[str, Any]] = {}
    rows: list[CaseSummaryRow] = []
    for path in (known_paths() if paths is None else list(paths)):
        key = str(path)
        try:
            st = os.stat(path)
        except OSError:
            rows.append(summarise(path))
            continue
        stamp = {"mtime_ns": st.st_mtime_ns, "size": st.st_size}
        cached = cache.get(key)
        row = None
        if cached and all(cached.get(k) == v for k, v in stamp.items()):
            try:
                row = CaseSummaryRow.from_json(cached["row"])
            except (KeyError, TypeError, ValueError):
                row = None
        if row is None:
            row = summarise(path)
        rows.append(row)
        fresh[key] = {**stamp, "row": row.to_json()}
    if fresh != cache:
        _write_cache(fresh)
    return rows


def due_follow_ups(today: date, rows: Iterable[CaseSummaryRow] | None = None) \
        -> list[CaseSummaryRow]:
    """Cases sent more than the service time ago with no opinion recorded (not archived)."""
    return [r for r in (load_index() if rows is None else rows) if r.follow_up_due(today)]


# --- actions --------------------------------------------------------------------------------


def _save_and_summarise(opened: casefile.OpenedCase) -> CaseSummaryRow:
    casefile.save_case(opened)
    assert opened.path is not None
    with contextlib.suppress(casefile.CaseFileError, OSError):
        casefile.add_recent(opened.path, opened.case)
    return CaseSummaryRow.from_case(str(opened.path), opened.case,
                                    _changed(os.stat(opened.path)))


def set_archived(path: Path | str, archived: bool) -> CaseSummaryRow:
    """Archive (or bring back) a case: saved atomically; raises a one-sentence UserError."""
    with casefile.open_case(path) as opened:
        if opened.case.archived == archived:
            return CaseSummaryRow.from_case(str(opened.path), opened.case,
                                            _changed(os.stat(Path(path))))
        opened.case.archived = archived
        return _save_and_summarise(opened)


def record_opinion_in_file(path: Path | str, result: str, letter_pdf_path: Path | str | None,
                           at: datetime | None = None, note: str = "") -> CaseSummaryRow:
    """Store IMWU's reply in the case file (item ``imwu_opinion``) and record the opinion.

    Nothing is saved when the case cannot take an opinion (never sent, bad result) or the
    letter cannot be read: the error says so in one sentence.
    """
    with casefile.open_case(path) as opened:
        sha256 = ""
        if letter_pdf_path is not None:
            letter = opened.add_attachment(letter_pdf_path, item=OPINION_ITEM)
            opened.pin_attachment(letter.sha256)
            sha256 = letter.sha256
            note = note or letter.file_name
        record_opinion(opened.case, result, sha256,
                       at or datetime.now(UTC).replace(microsecond=0), note)
        return _save_and_summarise(opened)


def opinion_letter(path: Path | str) -> bytes | None:
    """The bytes of IMWU's last recorded reply letter, if one was attached."""
    from imwu_desktop.domain.tracking import last_opinion

    with casefile.open_case(path, lock=False) as opened:
        event = last_opinion(opened.case)
        if event is None or not event.letter_sha256:
            return None
        with opened.open_attachment(event.letter_sha256) as stream:
            return stream.read()


def new_case_for_another_worker(path: Path | str) -> casefile.OpenedCase:
    """A new, unsaved case (a working store) for another worker of the same employer and job.

    The employer's documents and logo are copied into the new store. The caller owns (and
    closes) the returned store.
    """
    with casefile.open_case(path, lock=False) as source:
        case: Case = copy_for_another_worker(source.case)
        store = casefile.new_store(case)
        try:
            wanted = {d.sha256 for d in case.documents}
            if case.employer.logo_sha256:
                wanted.add(case.employer.logo_sha256)
            for sha256 in sorted(wanted):
                copied = store.add_attachment(source.attachment_path(sha256))
                if copied.sha256 != sha256:  # the store hashes what it copied
                    raise casefile.DamagedCaseFile(Path(path), "an attachment changed on reading")
        except BaseException:
            store.close()
            raise
    return store


__all__ = [
    "CACHE_NAME", "MAX_SCAN", "OPINION_ITEM", "due_follow_ups", "known_paths", "load_index",
    "new_case_for_another_worker", "opinion_letter", "record_opinion_in_file", "set_archived",
    "summarise",
]
