"""Step flow: per-step state and problems, readiness, documents from the checklist."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from imwu_desktop.domain.case import Case, Document, Language, Representative, State, StatusEvent
from imwu_desktop.domain.case_json import case_from_import
from imwu_desktop.domain.checklist import checklist_for
from imwu_desktop.domain.stepflow import (
    STEPS,
    all_problems,
    case_path,
    is_ready,
    size_problem,
    step_statuses,
)

TODAY = date(2026, 11, 25)
CONTRACT = Path(__file__).parents[1] / "data" / "contract" / "case.json"


def contract_case() -> Case:
    case, sources = case_from_import(json.loads(CONTRACT.read_text(encoding="utf-8")))
    case.documents = [Document(s.item, f"{i:064x}", Path(s.path).name, 1000, s.label)
                      for i, s in enumerate(sources)]
    return case


def complete_case() -> Case:
    """The contract case with every document its checklist requires attached."""
    case = contract_case()
    for entry in checklist_for(case):
        if entry.status == "missing":
            case.documents.append(Document(entry.spec.key, "f" * 64, f"{entry.spec.key}.pdf", 10))
    return case


def states(case: Case, email_bytes: int | None = None) -> dict[str, str]:
    return {s.step: s.state for s in step_statuses(case, TODAY, email_bytes)}


def problems_of(case: Case, step: str) -> list[tuple[str, str, str]]:
    return [(p.id, p.field or p.item, p.severity) for p in all_problems(case, TODAY)
            if p.step == step]


def test_steps_in_order() -> None:
    assert tuple(s.step for s in step_statuses(Case(), TODAY)) == STEPS


def test_new_case_is_not_started_everywhere() -> None:
    assert set(states(Case()).values()) == {"not_started"}
    assert not is_ready(Case(), TODAY)


def test_complete_case_is_ready() -> None:
    case = complete_case()
    assert states(case) == {step: "complete" for step in STEPS} | {"send": "not_started"}
    assert [p for p in all_problems(case, TODAY) if p.blocking] == []
    assert is_ready(case, TODAY)


def test_contract_case_misses_the_code_documents() -> None:
    case = contract_case()
    missing = [p.item for p in all_problems(case, TODAY) if p.id == "document_missing"]
    assert missing == ["corporate_relationship", "proof_of_employment_abroad",
                       "specialized_knowledge_proof"]
    assert states(case)["documents"] == "incomplete"
    assert states(case)["review"] == "incomplete"
    assert not is_ready(case, TODAY)


def test_missing_field_makes_step_incomplete_with_a_message() -> None:
    case = complete_case()
    case.employer.activity = ""
    assert states(case)["employer"] == "incomplete"
    assert problems_of(case, "employer") == [("missing", "activity", "error")]
    assert not is_ready(case, TODAY)


def test_invalid_values_are_problems_with_field_names() -> None:
    case = complete_case()
    case.employer.business_number = "123456783"
    case.employer.address.postal_code = "H2X 1Y4"  # a Quebec code with an Ontario address
    case.contact.email = "anne.tremblay@"
    case.job.noc = "2130"
    case.job.hours_per_week = 90
    assert states(case)["employer"] == "problems"
    assert {f for _, f, _ in problems_of(case, "employer")} == {
        "business_number", "address.postal_code", "contact.email"}
    assert {f for _, f, _ in problems_of(case, "job")} == {"noc", "hours_per_week"}
    assert states(case)["job"] == "problems"


def test_worker_dates_checked_against_today() -> None:
    case = complete_case()
    case.worker.passport_expiry = date(2026, 11, 1)
    case.worker.date_of_birth = date(2019, 1, 1)
    fields = {(i, f) for i, f, _ in problems_of(case, "worker")}
    assert ("invalid", "passport_expiry") in fields
    assert ("invalid", "date_of_birth") in fields
    # the expired passport also expires before the job ends: a warning on the same field
    assert ("passport_expires_before_job_end", "passport_expiry") in fields


def test_passport_warning_does_not_block() -> None:
    case = complete_case()
    case.worker.passport_expiry = date(2028, 6, 1)
    assert problems_of(case, "worker") == [
        ("passport_expires_before_job_end", "passport_expiry", "warning")]
    assert states(case)["worker"] == "complete"
    assert is_ready(case, TODAY)


def test_unanswered_eligibility_question_per_field() -> None:
    case = complete_case()
    case.worker.iec_participant = None
    case.job.seasonal_agricultural = None
    assert problems_of(case, "eligibility") == [
        ("unanswered", "iec_participant", "error"),
        ("unanswered", "seasonal_agricultural", "error")]
    assert states(case)["eligibility"] == "incomplete"
    assert not is_ready(case, TODAY)


def test_blocking_reason_is_an_eligibility_problem() -> None:
    case = complete_case()
    case.worker.citizenship = "IN"
    assert problems_of(case, "eligibility") == [("not_visa_exempt", "citizenship", "error")]
    assert states(case)["eligibility"] == "problems"
    assert states(case)["review"] == "incomplete"
    assert not is_ready(case, TODAY)


def test_exemption_step_problems() -> None:
    case = complete_case()
    case.exemption.code = "C12"
    assert problems_of(case, "exemption") == [("retired_code", "code", "error")]
    case.exemption.code = ""
    case.exemption.explanation = ""
    assert states(case)["exemption"] == "not_started"
    assert problems_of(case, "exemption") == [("no_exemption", "code", "error"),
                                              ("missing", "explanation", "error")]


def test_mrz_mismatch_shows_on_worker_step() -> None:
    case = complete_case()
    case.worker.mrz = ("P<FRADUPONT<<CLAIRE<MARIE<<<<<<<<<<<<<<<<<<<\n"
                       "19AB123454FRA8803148F2906014<<<<<<<<<<<<<<<4")
    assert problems_of(case, "worker") == []
    case.worker.passport_number = "19AB12354"
    assert problems_of(case, "worker") == [
        ("mrz_mismatch_passport_number", "passport_number", "error")]
    assert states(case)["worker"] == "problems"


def test_representative_needs_name_and_email() -> None:
    case = complete_case()
    case.representative = Representative(name="Paul Roy", email="paul@", phone="")
    assert problems_of(case, "employer") == [("invalid", "representative.email", "error")]


def test_job_start_soon_warns() -> None:
    case = complete_case()
    case.job.start = date(2026, 12, 1)
    assert problems_of(case, "job") == [("job_start_soon", "start", "warning")]
    (problem,) = [p for p in all_problems(case, TODAY) if p.id == "job_start_soon"]
    assert "2026-12-01" in problem.message and "check with IRCC" in problem.message


def test_size_problem_on_send_step() -> None:
    case = complete_case()
    assert size_problem(3_900_000) is None
    too_big = size_problem(4_300_000, "fr")
    assert too_big is not None and too_big.step == "send" and "4.3 Mo" in too_big.message
    assert states(case, email_bytes=4_300_000)["send"] == "problems"
    assert not is_ready(case, TODAY, email_bytes=4_300_000)
    assert is_ready(case, TODAY, email_bytes=3_900_000)


def test_sent_case_send_step_complete() -> None:
    case = complete_case()
    case.add_status(StatusEvent(State.SENT, at=datetime(2026, 11, 20, 9, 30)))
    assert states(case)["send"] == "complete"


@pytest.mark.parametrize(("lang", "text"), [(Language.EN, "Fill in the business's legal name."),
                                            (Language.FR, "Indiquez la dénomination sociale.")])
def test_missing_messages_follow_case_language(lang: Language, text: str) -> None:
    case = complete_case()
    case.language = lang
    case.employer.legal_name = ""
    assert [p.message for p in all_problems(case, TODAY) if p.field == "legal_name"] == [text]


def test_paid_representative_needs_a_licence_number() -> None:
    case = complete_case()
    case.representative = Representative(name="Paul Roy", email="paul@roy.example", paid=True)
    assert problems_of(case, "employer") == [
        ("paid_representative_licence", "representative.membership_number", "error")]
    case.representative.membership_number = "R512345"
    assert problems_of(case, "employer") == []


def test_wage_period_must_be_known() -> None:
    case = complete_case()
    case.job.wage.per = "fortnight"
    assert problems_of(case, "job") == [("invalid", "wage.per", "error")]


def test_imm5686_questions_on_the_eligibility_step() -> None:
    case = complete_case()
    case.worker.charged_or_convicted = None
    assert problems_of(case, "eligibility") == [("missing", "charged_or_convicted", "error")]
    assert states(case)["eligibility"] == "incomplete"


def test_case_path_of_each_kind_of_problem() -> None:
    case = complete_case()
    case.worker.iec_participant = None
    case.job.seasonal_agricultural = None
    case.contact.email = "x@"
    case.employer.phone = "12"
    case.worker.passport_number = "1"
    case.job.wage.amount = 0
    case.exemption.explanation = ""
    case.imwu_address = "imwu@"
    paths = {case_path(p) for p in all_problems(case, TODAY) if p.step != "documents"}
    assert paths == {"worker.iec_participant", "job.seasonal_agricultural", "contact.email",
                     "employer.phone", "worker.passport_number", "job.wage.amount",
                     "exemption.explanation", "imwu_address"}
