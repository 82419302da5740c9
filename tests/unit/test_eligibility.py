"""Eligibility for an IMWU opinion: each rule, its reason id, and messages in en/fr."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from imwu_desktop.domain.case import Case, Language
from imwu_desktop.domain.case_json import case_from_import
from imwu_desktop.domain.eligibility import assess, unanswered_questions

CONTRACT = Path(__file__).parents[1] / "data" / "contract" / "case.json"


def contract_case(**worker: object) -> Case:
    case, _ = case_from_import(json.loads(CONTRACT.read_text(encoding="utf-8")))
    for key, value in worker.items():
        setattr(case.worker, key, value)
    return case


def ids(case: Case) -> list[str]:
    return [r.id for r in assess(case).reasons]


def test_french_worker_abroad_with_c63_is_eligible() -> None:
    result = assess(contract_case())
    assert result.verdict == "eligible"
    assert result.reasons == []


@pytest.mark.parametrize(("changes", "reason"), [
    ({"in_canada": True}, "in_canada"),
    ({"holds_canadian_work_permit": True}, "holds_work_permit"),
    ({"work_permit_application_pending": True}, "application_pending"),
    ({"iec_participant": True}, "iec_participant"),
    ({"needs_medical_exam": True, "has_medical_certificate": False}, "medical_exam_needed"),
    ({"citizenship": "IN"}, "not_visa_exempt"),
    ({"citizenship": "MX"}, "conditional_eta"),
    ({"citizenship": "BR"}, "conditional_eta"),
])
def test_each_blocking_situation(changes: dict[str, object], reason: str) -> None:
    result = assess(contract_case(**changes))
    assert result.verdict == "not_eligible"
    assert [r.id for r in result.reasons] == [reason]
    assert result.reasons[0].message and result.reasons[0].way_forward


def test_us_iec_participant_is_eligible() -> None:
    assert assess(contract_case(citizenship="US", iec_participant=True)).verdict == "eligible"


def test_medical_exam_with_certificate_is_eligible() -> None:
    case = contract_case(needs_medical_exam=True, has_medical_certificate=True)
    assert assess(case).verdict == "eligible"


def test_medical_certificate_question_asked_when_exam_needed() -> None:
    case = contract_case(needs_medical_exam=True)
    assert unanswered_questions(case) == ["has_medical_certificate"]
    assert assess(case).verdict == "attention"


def test_seasonal_agricultural_work_needs_lmia() -> None:
    case = contract_case()
    case.job.seasonal_agricultural = True
    assert ids(case) == ["lmia_required"]
    assert assess(case).verdict == "not_eligible"


def test_unanswered_questions_give_attention() -> None:
    case = contract_case(in_canada=None, iec_participant=None)
    case.job.seasonal_agricultural = None
    result = assess(case)
    assert result.verdict == "attention"
    assert [r.id for r in result.reasons] == ["unanswered"]
    assert "whether the worker is in Canada" in result.reasons[0].message
    assert "seasonal agricultural" in result.reasons[0].message


def test_new_case_needs_attention_not_a_refusal() -> None:
    result = assess(Case())
    assert result.verdict == "attention"
    assert {r.id for r in result.reasons} == {"unanswered", "no_exemption"}


def test_conditional_eta_message_names_country_and_says_check_with_ircc() -> None:
    (reason,) = assess(contract_case(citizenship="MX")).reasons
    assert "Mexico" in reason.message and "check with IRCC" in reason.message
    case = contract_case(citizenship="MX")
    case.language = Language.FR
    (reason_fr,) = assess(case).reasons
    assert "Mexique" in reason_fr.message and "vérifiez auprès d'IRCC" in reason_fr.message


def test_conditional_visa_exemption_is_a_warning() -> None:
    result = assess(contract_case(citizenship="RO"))
    assert result.verdict == "eligible"
    assert [(r.id, r.kind) for r in result.reasons] == [("visa_exempt_condition", "warning")]
    assert "chip" in result.reasons[0].message


def test_territory_is_not_a_citizenship() -> None:
    result = assess(contract_case(citizenship="AQ"))
    assert result.verdict == "attention"
    assert ids(contract_case(citizenship="AQ")) == ["citizenship_territory"]


def test_retired_code_names_its_replacements() -> None:
    case = contract_case()
    case.exemption.code = "C12"
    (reason,) = assess(case).reasons
    assert reason.id == "retired_code"
    assert "C61, C62 or C63" in reason.message and "2022-12-15" in reason.message
    assert assess(case).verdict == "attention"


def test_open_permit_code_is_not_an_employer_request() -> None:
    case = contract_case()
    case.exemption.code = "C43"
    result = assess(case)
    assert result.verdict == "not_eligible"
    assert [r.id for r in result.reasons] == ["open_permit_code"]
    assert "open work permit" in result.reasons[0].message


def test_code_typed_loosely_is_recognised() -> None:
    case = contract_case(citizenship="GB")
    case.exemption.code = "r186 (g)"
    assert assess(case).verdict == "eligible"


def test_unknown_and_several_codes() -> None:
    case = contract_case()
    case.exemption.code = "Z99"
    assert ids(case) == ["unknown_code"]
    case.exemption.code = "C63, T36"
    assert ids(case) == ["several_exemptions"]
    assert "C63, T36" in assess(case).reasons[0].message
    case.exemption.code = ""
    assert ids(case) == ["no_exemption"]


def test_passport_expiring_before_job_end_is_a_warning() -> None:
    case = contract_case(passport_expiry=date(2028, 6, 1))
    result = assess(case)
    assert result.verdict == "eligible"
    (reason,) = result.reasons
    assert (reason.id, reason.kind, reason.step) == (
        "passport_expires_before_job_end", "warning", "worker")
    assert "2028-06-01" in reason.message and "2029-01-31" in reason.message


def test_several_reasons_are_all_listed_in_french() -> None:
    case = contract_case(in_canada=True, citizenship="IN", holds_canadian_work_permit=True)
    case.language = Language.FR
    result = assess(case)
    assert [r.id for r in result.reasons] == ["in_canada", "not_visa_exempt", "holds_work_permit"]
    assert result.reasons[0].message.startswith("Le travailleur est au Canada")
    assert "Inde" in result.reasons[1].message
    assert result.to_dict()["verdict"] == "not_eligible"


def test_canadian_citizen_needs_no_request() -> None:
    result = assess(contract_case(citizenship="CA"))
    assert result.verdict == "not_eligible"
    assert [r.id for r in result.reasons] == ["canadian_citizen"]
    assert "no work permit" in result.reasons[0].message


def test_unknown_country_code_asks_to_choose() -> None:
    result = assess(contract_case(citizenship="ZZ"))
    assert result.verdict == "attention"
    assert [r.id for r in result.reasons] == ["unknown_country"]


def test_visa_way_forward_mentions_us_permanent_residents() -> None:
    (reason,) = assess(contract_case(citizenship="IN")).reasons
    assert "green card" in reason.way_forward and "check with IRCC" in reason.way_forward
