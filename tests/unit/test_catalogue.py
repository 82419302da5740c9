"""The exemption catalogue as a user of the wizard or the CLI meets it."""

from __future__ import annotations

import copy
import json
from dataclasses import fields
from typing import Any

import pytest

from imwu_desktop.domain.catalogue import (
    Catalogue,
    ExemptionCode,
    catalogue_from_dict,
    code_to_dict,
    compact_code,
    load_catalogue,
)
from imwu_desktop.domain.datafiles import DataFileError
from imwu_desktop.resources import resource_path


def raw_codes() -> dict[str, Any]:
    return json.loads(resource_path("data", "codes.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def codes_of(entries: list[ExemptionCode]) -> list[str]:
    return [e.code for e in entries]


def test_every_entry_has_every_field_filled(catalogue: Catalogue) -> None:
    text_fields = [f.name for f in fields(ExemptionCode) if f.type == "str"]
    assert "description_fr" in text_fields and "imwu_note" in text_fields
    for entry in catalogue.all():
        for name in text_fields:
            assert getattr(entry, name).strip(), f"{entry.code}: {name} is empty"
        assert entry.kind in ("lmia", "work_permit"), entry.code
        assert entry.imwu_fit in ("yes", "possible", "no"), entry.code
        assert entry.keywords, f"{entry.code}: no keywords"
        assert entry.source.startswith("https://"), entry.code


def test_descriptions_are_two_to_four_sentences(catalogue: Catalogue) -> None:
    for entry in catalogue.all():
        for text in (entry.description, entry.description_fr):
            sentences = [s for s in text.replace("e.g.", "eg").split(". ") if s.strip()]
            assert 2 <= len(sentences) <= 4, f"{entry.code}: {text!r}"


def test_codes_that_fit_imwu_name_the_documents_they_call_for(catalogue: Catalogue) -> None:
    for entry in catalogue.all():
        if entry.imwu_fit == "yes":
            assert entry.documents, f"{entry.code} fits IMWU but lists no documents"
        for doc in entry.documents:
            assert doc.need in ("required", "recommended", "if_applicable")
            assert doc.name and doc.name_fr and doc.why and doc.why_fr
            assert "pdf" in doc.file_types


def test_open_permit_codes_never_fit_an_employer_request(catalogue: Catalogue) -> None:
    open_codes = [e for e in catalogue.all() if e.open_permit]
    assert {"C43", "C41", "T25", "A75"} <= set(codes_of(open_codes))
    for entry in open_codes:
        assert entry.imwu_fit == "no"
        assert not entry.portal_and_fee
        assert "open" in entry.imwu_note.lower() and "ouvert" in entry.imwu_note_fr.lower()


def test_the_full_table_is_there(catalogue: Catalogue) -> None:
    codes = set(codes_of(catalogue.all()))
    assert len(codes) >= 60
    expected = {"C10", "C11", "C13", "C14", "C16", "C20", "C21", "C22", "C23", "C24", "C31",
                "C43", "C44", "C45", "C50", "C51", "C61", "C62", "C63", "T11", "T13", "T33",
                "T34", "T35", "T36", "T37", "T38", "T41", "T42", "T43", "T44", "T45", "T46",
                "T47", "T48", "T50", "T51", "T52", "T53", "T54", "T55", "F10", "F15", "F20",
                "F24", "F30", "F36", "F42", "F50", "F55", "F60", "F67", "F70", "F74", "R01",
                "R02", "S61", "S62", "A70", "A72", "H81", "H82", "R186(a)", "R186(g)",
                "R186(x)", "R186(e.1)", "PP-GSS", "PP-RES120"}
    assert expected <= codes
    assert not {"C12", "T21", "T22", "T23", "T24", "C25", "A79"} & codes


def test_legal_bases_match_the_regulation_sections(catalogue: Catalogue) -> None:
    basis = {e.code: e.basis for e in catalogue.all()}
    assert basis["C63"] == "R205(a)"
    assert basis["T36"] == "R204(a)"
    assert basis["C16"] == "R205(c)(ii)"
    assert basis["C31"] == "R205(c)(i)"
    assert basis["C50"] == "R205(d)"
    assert basis["A72"] == "R207.1"
    assert basis["R186(g)"] == "R186(g)"


def test_fee_exceptions_are_explained(catalogue: Catalogue) -> None:
    c31 = catalogue.get("C31")
    c23 = catalogue.get("C23")
    g = catalogue.get("R186(g)")
    assert c31 is not None and c23 is not None and g is not None
    assert c31.portal_and_fee and "exempt" in c31.fee_note
    assert "690" in c23.fee_note
    assert not g.portal_and_fee and g.kind == "work_permit"


def test_lookup_ignores_case_spaces_and_brackets(catalogue: Catalogue) -> None:
    for typed in ("c63", " C63 ", "C 63"):
        found = catalogue.get(typed)
        assert found is not None and found.code == "C63"
    for typed in ("r186(g)", "R186 (g)", "R186g"):
        found = catalogue.get(typed)
        assert found is not None and found.code == "R186(g)"
    assert catalogue.get("") is None
    assert catalogue.get("Z99") is None
    assert compact_code("R186(e.1)") == "R186E1"


@pytest.mark.parametrize(("text", "must_find"), [
    ("artist", {"R186(g)", "C23"}),
    ("ARTISTE", {"R186(g)", "C23"}),
    ("intra-company", {"C61", "C62", "C63", "T37", "T38"}),
    ("intra company", {"C61", "C62", "C63"}),
    ("CUSMA", {"T34", "T35", "T36", "T37", "T38"}),
    ("aceum", {"T36"}),
    ("francophone", {"C16"}),
    ("Mobilité francophone", {"C16"}),
    ("mobilite francophone", {"C16"}),
    ("professeur", {"C22"}),
    ("PROFESSEUR", {"C22"}),
    ("spécialisées", {"C63"}),
    ("specialisees", {"C63"}),
    ("chercheur", {"PP-RES120", "C31"}),
])
def test_search_is_case_and_accent_insensitive(catalogue: Catalogue, text: str,
                                               must_find: set[str]) -> None:
    found = set(codes_of(catalogue.search(text)))
    assert must_find <= found, f"{text}: {sorted(found)}"


def test_search_does_not_return_everything(catalogue: Catalogue) -> None:
    assert len(catalogue.search("francophone")) < 5
    assert "C43" not in codes_of(catalogue.search("artist"))
    assert catalogue.search("no such thing xyz") == []
    assert len(catalogue.search("")) == len(catalogue.all())


def test_search_by_exact_code_gives_that_code_only(catalogue: Catalogue) -> None:
    assert codes_of(catalogue.search("c63")) == ["C63"]
    assert codes_of(catalogue.search("R186 g")) == ["R186(g)"]


def test_search_puts_codes_that_fit_imwu_first(catalogue: Catalogue) -> None:
    found = catalogue.search("spouse")
    assert found
    assert all(e.imwu_fit == "no" for e in found)  # spouses get open permits
    ict = codes_of(catalogue.search("intra-company"))
    first_no_fit = ict.index("F13")  # Colombia: citizens need a visa
    assert all(ict.index(code) < first_no_fit for code in ("C61", "C62", "C63", "T37"))


def test_retired_codes_point_to_their_replacements(catalogue: Catalogue) -> None:
    c12 = catalogue.retired("c12")
    assert c12 is not None
    assert c12.replacements == ("C61", "C62", "C63")
    assert str(c12.retired_on) == "2022-12-15"
    assert "C61" in c12.note and "C61" in c12.note_fr
    t23 = catalogue.retired("T23")
    t24 = catalogue.retired("T24")
    assert t23 is not None and "T36" in t23.replacements
    assert t24 is not None and {"T37", "T38"} <= set(t24.replacements)
    assert catalogue.retired("C63") is None
    assert catalogue.get("C12") is None
    assert codes_of(catalogue.search("C12")) == ["C61", "C62", "C63"]


def test_unconfirmed_entries_are_flagged(catalogue: Catalogue) -> None:
    c26 = catalogue.get("C26")
    c16 = catalogue.get("C16")
    c63 = catalogue.get("C63")
    assert c26 is not None and not c26.confirmed
    assert c16 is not None and c16.name_fr_confirmed  # IRCC uses "Mobilité francophone"
    assert c63 is not None and c63.confirmed and not c63.name_fr_confirmed


def test_code_to_dict_has_the_public_fields(catalogue: Catalogue) -> None:
    entry = catalogue.get("C63")
    assert entry is not None
    data = code_to_dict(entry)
    for key in ("code", "name", "name_fr", "basis", "description", "documents",
                "portal_and_fee", "open_permit"):
        assert key in data
    assert [d["key"] for d in data["documents"]] == [
        "corporate_relationship", "proof_of_employment_abroad", "specialized_knowledge_proof"]
    json.dumps(data)


def _damaged(edit: Any) -> dict[str, Any]:
    raw = copy.deepcopy(raw_codes())
    edit(raw)
    return raw


@pytest.mark.parametrize(("edit", "message"), [
    (lambda r: r["codes"][0].update(description=""), "description"),
    (lambda r: r["codes"][0].pop("name_fr"), "name_fr"),
    (lambda r: r["codes"][0].update(kind="other"), "kind"),
    (lambda r: r["codes"][0].update(checked="24/11/2026"), "YYYY-MM-DD"),
    (lambda r: r["codes"][1].update(code=r["codes"][0]["code"]), "twice"),
    (lambda r: r["codes"][5].update(documents=["no_such_doc"]), "unknown document"),
    (lambda r: r["retired"][0].update(replacements=["Z99"]), "not in the catalogue"),
])
def test_a_damaged_entry_is_refused_with_a_plain_message(edit: Any, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        catalogue_from_dict(_damaged(edit))
