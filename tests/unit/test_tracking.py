"""After sending: when to follow up, recording IMWU's opinion, a case for another worker."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from imwu_desktop.domain.case import (
    Case,
    Document,
    Language,
    Representative,
    State,
    StatusEvent,
)
from imwu_desktop.domain.tracking import (
    CaseSummaryRow,
    TrackingError,
    copy_for_another_worker,
    follow_up_date,
    follow_up_due,
    is_follow_up_due,
    record_opinion,
)

SENT_ON = date(2026, 11, 2)


def sent_case(sent_on: date = SENT_ON, *, follow_up: bool = True) -> Case:
    case = Case()
    case.worker.family_name = "Dupont"
    case.worker.given_names = "Claire"
    case.exemption.code = "C12"
    at = datetime(sent_on.year, sent_on.month, sent_on.day, 12, tzinfo=UTC)
    case.add_status(StatusEvent(
        state=State.SENT, at=at, recipient="imwu@example.org",
        follow_up=sent_on + timedelta(days=14) if follow_up else None))
    return case


def doc(item: str, sha: str) -> Document:
    return Document(item=item, sha256=sha * 64, file_name=f"{item}.pdf", size=10)


# --- follow-up ------------------------------------------------------------------------------


@pytest.mark.parametrize("with_follow_up_field", [True, False])
def test_follow_up_is_due_on_day_15_not_day_13_or_14(with_follow_up_field: bool) -> None:
    case = sent_case(follow_up=with_follow_up_field)
    assert not is_follow_up_due(case, SENT_ON + timedelta(days=13))
    assert not is_follow_up_due(case, SENT_ON + timedelta(days=14))  # "no answer by" that day
    assert is_follow_up_due(case, SENT_ON + timedelta(days=15))
    assert follow_up_due(case, SENT_ON + timedelta(days=15)) == SENT_ON + timedelta(days=14)
    assert follow_up_due(case, SENT_ON + timedelta(days=13)) is None


def test_no_follow_up_for_drafts_opinions_or_archived_cases() -> None:
    late = SENT_ON + timedelta(days=40)
    assert follow_up_date(Case()) is None and not is_follow_up_due(Case(), late)
    answered = sent_case()
    record_opinion(answered, "positive", "", datetime(2026, 11, 10, tzinfo=UTC))
    assert not is_follow_up_due(answered, late)
    archived = sent_case()
    archived.archived = True
    assert not is_follow_up_due(archived, late)


def test_sending_again_after_an_opinion_waits_for_the_new_answer() -> None:
    case = sent_case()
    record_opinion(case, "negative", "", datetime(2026, 11, 10, tzinfo=UTC))
    again = date(2026, 12, 1)
    case.add_status(StatusEvent(state=State.SENT, at=datetime(2026, 12, 1, 9, tzinfo=UTC),
                                follow_up=again + timedelta(days=14)))
    assert not is_follow_up_due(case, again + timedelta(days=10))
    assert is_follow_up_due(case, again + timedelta(days=15))


# --- recording the opinion --------------------------------------------------------------------


def test_record_opinion_appends_the_result_and_the_letter() -> None:
    case = sent_case()
    at = datetime(2026, 11, 12, 8, tzinfo=UTC)
    event = record_opinion(case, "positive", "ab" * 32, at, note="reply.pdf")
    assert case.state == State.OPINION_RECEIVED
    assert case.history[-1] is event
    assert (event.result, event.letter_sha256, event.at, event.note) == \
        ("positive", "ab" * 32, at, "reply.pdf")


def test_record_opinion_refuses_a_case_never_sent() -> None:
    case = Case()
    with pytest.raises(TrackingError, match="never sent") as info:
        record_opinion(case, "positive", "", datetime.now(UTC))
    assert str(info.value).count(".") == 1  # one plain sentence
    assert case.history == []


def test_record_opinion_refuses_an_unknown_result() -> None:
    case = sent_case()
    with pytest.raises(TrackingError, match="positive or negative"):
        record_opinion(case, "maybe", "", datetime.now(UTC))
    assert case.state == State.SENT


# --- a case for another worker --------------------------------------------------------------


def test_copy_for_another_worker_keeps_employer_and_job_and_clears_the_worker() -> None:
    case = sent_case()
    case.language = Language.FR
    case.employer.legal_name = "Érable Robotique inc."
    case.employer.logo_sha256 = "c" * 64
    case.contact.name = "Marie Tremblay"
    case.representative = Representative(name="Paul Rep", membership_number="R123")
    case.job.title = "Robotics engineer"
    case.job.noc = "21301"
    case.exemption.explanation = "Transfer within the company."
    case.imwu_address = "imwu@example.org"
    case.worker.passport_number = "X1234567"
    case.archived = True
    case.documents = [doc("passport", "1"), doc("company_letter", "2"), doc("job_offer", "3"),
                      doc("cv", "4"), doc("corporate_relationship", "5"),
                      doc("proof_of_employment_abroad", "6"), doc("imm5686", "7"),
                      doc("other", "8")]

    new = copy_for_another_worker(case)

    assert new.case_id != case.case_id
    assert new.language == Language.FR
    assert new.employer == case.employer and new.employer is not case.employer
    assert new.contact.name == "Marie Tremblay"
    assert new.representative == case.representative
    assert new.job.title == "Robotics engineer" and new.job.noc == "21301"
    assert (new.exemption.code, new.exemption.explanation) == \
        ("C12", "Transfer within the company.")
    assert new.imwu_address == "imwu@example.org"
    assert new.worker.family_name == "" and new.worker.passport_number == ""
    assert new.history == [] and new.state == State.DRAFT and not new.archived
    assert [d.item for d in new.documents] == ["company_letter", "job_offer",
                                               "corporate_relationship"]
    new.job.title = "Changed"  # editing the copy leaves the original alone
    assert case.job.title == "Robotics engineer"


# --- summary rows ---------------------------------------------------------------------------


def test_summary_row_from_a_case_and_through_json() -> None:
    case = sent_case()
    row = CaseSummaryRow.from_case("/cases/a.imwu", case)
    assert (row.worker, row.code, row.state, row.sent, row.follow_up, row.opinion) == \
        ("DUPONT, Claire", "C12", "sent", SENT_ON, SENT_ON + timedelta(days=14), "")
    assert row.follow_up_due(SENT_ON + timedelta(days=15))
    record_opinion(case, "negative", "", datetime(2026, 11, 20, tzinfo=UTC))
    answered = CaseSummaryRow.from_case("/cases/a.imwu", case)
    assert (answered.opinion, answered.opinion_at, answered.follow_up) == \
        ("negative", date(2026, 11, 20), None)
    assert CaseSummaryRow.from_json(answered.to_json()) == answered


def test_unreadable_row_keeps_its_path_and_is_never_due() -> None:
    row = CaseSummaryRow.unreadable("/cases/broken.imwu", "It is damaged.")
    assert row.path == "/cases/broken.imwu" and not row.readable
    assert not row.follow_up_due(date(2030, 1, 1))
    assert CaseSummaryRow.from_json(row.to_json()) == row
