"""The case list's data: every known case summarised from real .imwu files, never failing."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from imwu_desktop.domain.case import State, StatusEvent
from imwu_desktop.domain.tracking import last_opinion
from imwu_desktop.errors import UserError
from imwu_desktop.services import case_index, casefile
from imwu_desktop.services.paths import cases_dir, data_dir

SENT_ON = date(2026, 11, 2)


def write_case(path: Path, family: str, code: str = "C12", *, sent: date | None = None,
               docs: tuple[str, ...] = ()) -> Path:
    """A real case file made with the case-file API."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with casefile.new_store() as store:
        store.case.worker.family_name = family
        store.case.worker.given_names = "Ana"
        store.case.exemption.code = code
        store.case.employer.legal_name = "Maple Robotics"
        store.case.job.title = "Engineer"
        for item in docs:
            src = path.parent / f"{family}-{item}.pdf"
            src.write_bytes(f"%PDF-1.4 {family} {item}\n".encode() + os.urandom(64))
            store.case.documents.append(store.add_attachment(src, item=item))
        if sent is not None:
            store.case.add_status(StatusEvent(
                state=State.SENT, at=datetime(sent.year, sent.month, sent.day, 12, tzinfo=UTC),
                follow_up=sent + timedelta(days=14)))
        casefile.save_case(store, path)
    return path


@pytest.fixture
def folder() -> Path:
    path = cases_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


def remember(path: Path) -> None:
    """Put a case on the recent list, as opening it in the app does."""
    with casefile.open_case(path, lock=False) as opened:
        casefile.add_recent(path, opened.case)


def by_name(rows: list[case_index.CaseSummaryRow]) -> dict[str, case_index.CaseSummaryRow]:
    return {Path(r.path).name: r for r in rows}


def test_index_lists_recent_and_folder_cases_and_survives_an_unreadable_file(
        folder: Path, tmp_path: Path) -> None:
    inside = write_case(folder / "dupont.imwu", "Dupont", sent=SENT_ON)
    nested = write_case(folder / "2026" / "lee.imwu", "Lee", "T24")
    elsewhere = write_case(tmp_path / "elsewhere" / "khan.imwu", "Khan", "C10")
    remember(elsewhere)
    (folder / "broken.imwu").write_bytes(b"PK\x03\x04 this is not a whole zip")
    locked_out = folder / "noaccess.imwu"
    locked_out.write_bytes(inside.read_bytes())
    locked_out.chmod(0)

    try:
        rows = by_name(case_index.load_index())
    finally:
        locked_out.chmod(0o600)

    assert set(rows) == {"dupont.imwu", "lee.imwu", "khan.imwu", "broken.imwu",
                         "noaccess.imwu"}
    assert case_index.load_index()[0].path == str(elsewhere)  # recent first
    assert (rows["dupont.imwu"].worker, rows["dupont.imwu"].code, rows["dupont.imwu"].state,
            rows["dupont.imwu"].sent) == ("DUPONT, Ana", "C12", "sent", SENT_ON)
    assert rows["lee.imwu"].path == str(nested) and rows["lee.imwu"].state == "draft"
    broken = rows["broken.imwu"]
    assert not broken.readable and broken.path == str(folder / "broken.imwu")
    assert "broken.imwu" in broken.error
    if os.geteuid() != 0:  # root reads anything
        assert not rows["noaccess.imwu"].readable


def test_a_recent_case_whose_file_is_gone_is_shown_with_a_reason(folder: Path) -> None:
    path = write_case(folder / "gone.imwu", "Gone")
    remember(path)
    path.unlink()
    (row,) = case_index.load_index()
    assert row.path == str(path) and "no longer there" in row.error


def test_index_reuses_the_cache_until_the_file_changes(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_case(folder / "a.imwu", "Alpha")
    assert by_name(case_index.load_index())["a.imwu"].worker == "ALPHA, Ana"
    cache = json.loads((data_dir() / case_index.CACHE_NAME).read_text("utf-8"))
    assert str(path) in cache["cases"]

    opened: list[Path] = []
    real_open = casefile.open_case

    def counting_open(p: Path | str, **kwargs: object) -> casefile.OpenedCase:
        opened.append(Path(p))
        return real_open(p, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(casefile, "open_case", counting_open)
    assert by_name(case_index.load_index())["a.imwu"].worker == "ALPHA, Ana"
    assert opened == []  # nothing changed: nothing read

    write_case(folder / "b.imwu", "Beta")
    case_index.set_archived(path, True)  # changes a.imwu
    opened.clear()
    rows = by_name(case_index.load_index())
    assert rows["a.imwu"].archived and rows["b.imwu"].worker == "BETA, Ana"
    assert sorted(p.name for p in opened if p.name.endswith(".imwu")).count("a.imwu") == 1


def test_a_damaged_cache_is_ignored(folder: Path) -> None:
    write_case(folder / "a.imwu", "Alpha")
    (data_dir() / case_index.CACHE_NAME).write_text("{not json", "utf-8")
    assert by_name(case_index.load_index())["a.imwu"].worker == "ALPHA, Ana"


def test_archive_round_trip_is_saved_in_the_file(folder: Path) -> None:
    path = write_case(folder / "a.imwu", "Alpha", docs=("passport",))
    row = case_index.set_archived(path, True)
    assert row.archived
    with casefile.open_case(path, lock=False) as opened:
        assert opened.case.archived and len(opened.case.documents) == 1
    assert path.with_name("a.imwu.bak").exists()  # saved the safe way
    assert not case_index.set_archived(path, False).archived
    with casefile.open_case(path, lock=False) as opened:
        assert not opened.case.archived


def test_opinion_is_recorded_with_its_letter_and_reads_back(
        folder: Path, tmp_path: Path) -> None:
    path = write_case(folder / "a.imwu", "Alpha", sent=SENT_ON, docs=("passport",))
    letter = tmp_path / "IMWU reply.pdf"
    letter.write_bytes(b"%PDF-1.4\n% the opinion letter\n" + os.urandom(500))

    row = case_index.record_opinion_in_file(path, "positive", letter)

    assert (row.state, row.opinion, row.follow_up) == ("opinion_received", "positive", None)
    assert case_index.opinion_letter(path) == letter.read_bytes()
    with casefile.open_case(path, lock=False) as opened:
        event = last_opinion(opened.case)
        assert event is not None and event.note == "IMWU reply.pdf"
        # the reply is kept for the border, not added to the documents sent to IMWU
        assert [d.item for d in opened.case.documents] == ["passport"]
    assert not case_index.due_follow_ups(SENT_ON + timedelta(days=30))


def test_opinion_on_a_draft_is_refused_and_the_file_is_unchanged(
        folder: Path, tmp_path: Path) -> None:
    path = write_case(folder / "a.imwu", "Alpha")
    before = path.read_bytes()
    letter = tmp_path / "reply.pdf"
    letter.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(UserError, match="never sent"):
        case_index.record_opinion_in_file(path, "positive", letter)
    assert path.read_bytes() == before


def test_opinion_with_a_missing_letter_file_is_refused(folder: Path, tmp_path: Path) -> None:
    path = write_case(folder / "a.imwu", "Alpha", sent=SENT_ON)
    with pytest.raises(UserError, match="could not be read"):
        case_index.record_opinion_in_file(path, "negative", tmp_path / "nowhere.pdf")
    assert by_name(case_index.load_index())["a.imwu"].state == "sent"


def test_due_follow_ups_on_day_15_not_day_13(folder: Path) -> None:
    write_case(folder / "waiting.imwu", "Waiting", sent=SENT_ON)
    write_case(folder / "draft.imwu", "Draft")
    archived = write_case(folder / "archived.imwu", "Old", sent=SENT_ON)
    case_index.set_archived(archived, True)
    assert case_index.due_follow_ups(SENT_ON + timedelta(days=13)) == []
    due = case_index.due_follow_ups(SENT_ON + timedelta(days=15))
    assert [Path(r.path).name for r in due] == ["waiting.imwu"]


def test_new_case_for_another_worker_copies_employer_documents_with_their_bytes(
        folder: Path, tmp_path: Path) -> None:
    path = write_case(folder / "a.imwu", "Alpha", sent=SENT_ON,
                      docs=("passport", "company_letter", "job_offer", "cv"))
    with casefile.open_case(path, lock=False) as source:
        letter_bytes = source.open_attachment(
            source.case.documents_for("company_letter")[0].sha256).read()

    with case_index.new_case_for_another_worker(path) as store:
        case = store.case
        assert case.employer.legal_name == "Maple Robotics" and case.worker.family_name == ""
        assert [d.item for d in case.documents] == ["company_letter", "job_offer"]
        assert case.documents[0].file_name == "Alpha-company_letter.pdf"
        saved = casefile.save_case(store, tmp_path / "next.imwu")
        assert saved.path == tmp_path / "next.imwu"
    with casefile.open_case(tmp_path / "next.imwu", lock=False) as again:
        doc = again.case.documents_for("company_letter")[0]
        assert again.open_attachment(doc.sha256).read() == letter_bytes
        assert again.case.history == []
