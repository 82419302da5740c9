"""The documents checklist a user sees for a case."""

from __future__ import annotations

from imwu_desktop.domain import checklist
from imwu_desktop.domain.case import Case, Document
from imwu_desktop.domain.checklist import ChecklistEntry, checklist_for, missing_required


def doc(item: str, name: str = "file.pdf", label: str = "") -> Document:
    return Document(item=item, sha256=(item * 64)[:64], file_name=name, size=1000, label=label)


def case_with(code: str = "", *documents: Document) -> Case:
    case = Case()
    case.exemption.code = code
    case.documents.extend(documents)
    return case


def by_key(entries: list[ChecklistEntry]) -> dict[str, ChecklistEntry]:
    return {e.spec.key: e for e in entries}


def test_base_items_are_the_seven_contract_items() -> None:
    keys = [spec.key for spec in checklist.BASE_ITEMS]
    assert keys == ["passport", "company_letter", "job_offer", "cv", "diploma", "imm5686",
                    "other"]
    for spec in checklist.BASE_ITEMS:
        assert spec.why and spec.why_fr and spec.name_fr
        assert set(spec.file_types) == {"pdf", "jpeg", "png", "tiff", "heic"}


def test_an_empty_case_lists_what_is_missing_and_generates_the_form() -> None:
    entries = by_key(checklist_for(case_with()))
    assert entries["passport"].status == "missing"
    assert entries["company_letter"].status == "missing"
    assert entries["diploma"].status == "optional_missing"
    assert entries["imm5686"].spec.need == "required"
    assert entries["imm5686"].status == "generated"
    assert entries["other"].status == "optional_missing"
    assert list(entries)[-1] == "other"
    missing = {e.spec.key for e in missing_required(case_with())}
    assert missing == {"passport", "company_letter", "job_offer", "cv"}


def test_imm5686_page_two_items_are_offered() -> None:
    entries = by_key(checklist_for(case_with()))
    for key in ("business_licence", "incorporation_proof", "related_companies",
                "certification", "pay_stubs"):
        assert key in entries
        assert entries[key].spec.need in ("if_applicable", "recommended")
        assert entries[key].status == "optional_missing"


def test_a_code_adds_its_own_items() -> None:
    entries = by_key(checklist_for(case_with("C63")))
    assert entries["corporate_relationship"].spec.need == "required"
    assert entries["corporate_relationship"].status == "missing"
    assert "specialized_knowledge_proof" in entries
    assert "performance_contract" not in entries
    keys = [e.spec.key for e in checklist_for(case_with("C63"))]
    assert len(keys) == len(set(keys))


def test_attached_documents_are_counted_and_the_users_form_replaces_the_generated_one() -> None:
    case = case_with("C63", doc("passport", "p.jpg"), doc("corporate_relationship"),
                     doc("imm5686"), doc("other", label="Org chart"),
                     doc("other", label="Payslips"))
    entries = by_key(checklist_for(case))
    assert entries["passport"].status == "attached"
    assert [d.file_name for d in entries["passport"].documents] == ["p.jpg"]
    assert entries["corporate_relationship"].status == "attached"
    assert entries["imm5686"].status == "attached"
    assert len(entries["other"].documents) == 2


def test_a_work_permit_exemption_without_employment_relaxes_the_job_offer() -> None:
    entries = by_key(checklist_for(case_with("R186(g)")))
    assert entries["job_offer"].spec.need == "if_applicable"
    assert entries["job_offer"].status == "optional_missing"
    assert entries["performance_contract"].status == "missing"


def test_a_licensed_job_makes_the_certification_required() -> None:
    case = case_with("C63")
    case.job.licensing = "Professional Engineers Ontario"
    entries = by_key(checklist_for(case))
    assert entries["certification"].spec.need == "required"
    assert entries["certification"].status == "missing"


def test_documents_of_a_previous_code_stay_visible() -> None:
    case = case_with("R186(g)", doc("corporate_relationship"), doc("mystery_item"))
    entries = by_key(checklist_for(case))
    assert entries["corporate_relationship"].status == "attached"
    assert entries["mystery_item"].status == "attached"


def test_retired_or_unknown_codes_give_the_base_checklist() -> None:
    base = [e.spec.key for e in checklist_for(case_with())]
    assert [e.spec.key for e in checklist_for(case_with("C12"))] == base
    assert [e.spec.key for e in checklist_for(case_with("Z99"))] == base
