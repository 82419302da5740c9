"""Autosave copies are offered back after a crash; the recent-cases list."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from imwu_desktop.domain.case import Case
from imwu_desktop.services.casefile import (
    CaseFileLocked,
    add_recent,
    discard_recovery,
    find_recoveries,
    list_recent,
    new_store,
    open_case,
    open_recovery,
    remove_recent,
    save_case,
    write_recovery,
)
from imwu_desktop.services.casefile.recent import MAX_RECENT
from imwu_desktop.services.paths import data_dir


def test_unsaved_case_is_recovered_with_its_attachments(tmp_path: Path) -> None:
    scan = tmp_path / "passport.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + os.urandom(5000))
    store = new_store()
    store.case.worker.family_name = "DUPONT"
    store.case.exemption.code = "C63"
    store.case.documents.append(store.add_attachment(scan, item="passport"))
    write_recovery(store)
    store.close()  # the app crashed; the store's temporary folder is gone
    (found,) = find_recoveries()
    assert (found.worker, found.code, found.case_path) == ("DUPONT", "C63", None)
    with open_recovery(found) as recovered:
        assert recovered.path is None
        assert recovered.case.worker.family_name == "DUPONT"
        with recovered.open_attachment(recovered.case.documents[0].sha256) as stream:
            assert stream.read() == scan.read_bytes()
        save_case(recovered, tmp_path / "saved.imwu")
    assert find_recoveries() == []  # saving makes the copy pointless


def test_recovery_of_a_saved_case_saves_back_to_its_file(tmp_path: Path) -> None:
    path = tmp_path / "c.imwu"
    with new_store() as store:
        save_case(store, path)
        store.case.worker.family_name = "EDITED"
        write_recovery(store)
    (found,) = find_recoveries()
    assert found.case_path == path
    with open_recovery(found) as recovered:
        with pytest.raises(CaseFileLocked):
            open_case(path)
        save_case(recovered)
    with open_case(path) as reopened:
        assert reopened.case.worker.family_name == "EDITED"


def test_recovery_older_than_the_case_file_is_not_offered(tmp_path: Path) -> None:
    path = tmp_path / "c.imwu"
    with new_store() as store:
        save_case(store, path)
        copy = write_recovery(store)
    stamp = copy.stat().st_mtime_ns
    os.utime(path, ns=(stamp + 10**9, stamp + 10**9))  # saved later by another window
    assert find_recoveries() == []
    path.unlink()  # the case file is gone: the copy is all that is left
    assert len(find_recoveries()) == 1


def test_discarded_and_garbled_recoveries_are_not_offered() -> None:
    with new_store() as store:
        write_recovery(store)
        discard_recovery(store.case.case_id)
    (data_dir() / "recovery" / "junk.json").write_text("{not json")
    assert find_recoveries() == []


def test_case_id_from_a_file_cannot_steer_the_recovery_path() -> None:
    case = Case(case_id="../../outside")
    with new_store(case) as store:
        written = write_recovery(store)
    assert written.parent == data_dir() / "recovery"
    assert find_recoveries()[0].case_id == "../../outside"


def test_recent_cases_newest_first_without_duplicates(tmp_path: Path) -> None:
    first, second = Case(), Case()
    first.worker.family_name, second.worker.family_name = "A", "B"
    add_recent(tmp_path / "a.imwu", first)
    add_recent(tmp_path / "b.imwu", second)
    add_recent(tmp_path / "a.imwu", first)
    assert [(r.worker, r.status) for r in list_recent()] == [("A", "draft"), ("B", "draft")]
    assert not list_recent()[0].exists
    remove_recent(tmp_path / "b.imwu")
    assert [r.worker for r in list_recent()] == ["A"]
    for i in range(MAX_RECENT + 5):
        add_recent(tmp_path / f"{i}.imwu", first)
    assert len(list_recent()) == MAX_RECENT


def test_damaged_recent_list_is_treated_as_empty() -> None:
    (data_dir() / "recent.json").write_text(json.dumps({"cases": [{"path": 1}]}))
    assert list_recent() == []
    add_recent("x.imwu", Case())
    assert len(list_recent()) == 1


def test_copy_still_written_by_another_running_app_is_not_offered() -> None:
    with new_store() as store:
        write_recovery(store)
        meta = data_dir() / "recovery" / f"{store.case.case_id}.json"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        data = json.loads(meta.read_text())
        meta.write_text(json.dumps({**data, "pid": other.pid}))
        assert find_recoveries() == []  # that window is still open
    finally:
        other.kill()
        other.wait()
    assert len(find_recoveries()) == 1  # it crashed: offer the copy
