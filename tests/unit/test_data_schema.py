"""Every reference-data file: header (version, as_of, sources) and the shape of its entries."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from imwu_desktop.domain.datafiles import DataFileError, check_header, load_data_file
from imwu_desktop.domain.imwu_info import load_imwu_info
from imwu_desktop.resources import resource_path

DATA_DIR = resource_path("data")
OUR_FILES = ["codes.json", "countries.json", "imwu.json", "checklist.json"]


def load(name: str) -> dict[str, Any]:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.json")), ids=lambda p: p.name)
def test_every_data_file_has_version_date_and_sources(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    check_header(raw, path.name)
    assert date.fromisoformat(raw["as_of"]) <= date.today()
    if path.name in OUR_FILES:
        for source in raw["sources"]:
            assert source.get("title"), f"{path.name}: a source has no title"
            assert "url" in source, f"{path.name}: a source has no url key"


def test_our_files_are_present_and_documented() -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    for name in OUR_FILES:
        assert (DATA_DIR / name).is_file(), name
        assert f"## {name}" in readme, f"README.md does not describe {name}"


def test_missing_header_fields_are_refused() -> None:
    with pytest.raises(DataFileError, match="version"):
        check_header({"as_of": "2026-01-01", "sources": [{}]}, "x.json")
    with pytest.raises(DataFileError, match="YYYY-MM-DD"):
        check_header({"version": "1", "as_of": "soon", "sources": [{}]}, "x.json")
    with pytest.raises(DataFileError, match="sources"):
        check_header({"version": "1", "as_of": "2026-01-01", "sources": []}, "x.json")
    with pytest.raises(DataFileError, match="sources"):
        check_header({"version": "1", "as_of": "2026-01-01", "sources": [{"url": "x"}]},
                     "x.json")


def test_a_missing_file_says_to_reinstall() -> None:
    with pytest.raises(DataFileError, match="missing; reinstall"):
        load_data_file("no-such-file.json")


CODE_KEYS = {"code", "kind", "name", "name_fr", "name_fr_confirmed", "basis", "description",
             "description_fr", "portal_and_fee", "fee_note", "fee_note_fr", "open_permit",
             "imwu_fit", "imwu_note", "imwu_note_fr", "documents", "relaxes", "keywords",
             "old_codes", "source", "checked", "confirmed"}


def test_codes_entries_have_exactly_the_documented_keys() -> None:
    raw = load("codes.json")
    assert set(raw) >= {"document_specs", "codes", "retired"}
    for entry in raw["codes"]:
        assert set(entry) == CODE_KEYS, entry["code"]
        assert re.fullmatch(r"[A-Z]\d\d|R186\([a-z](\.\d)?\)|PP-[A-Z0-9]+", entry["code"]), \
            entry["code"]
        date.fromisoformat(entry["checked"])
    for key, spec in raw["document_specs"].items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", key)
        assert set(spec) == {"name", "name_fr", "why", "why_fr", "need", "file_types"}
    for retired in raw["retired"]:
        assert set(retired) == {"code", "replacements", "retired_on", "note", "note_fr"}


def test_every_document_spec_is_used_by_some_code() -> None:
    raw = load("codes.json")
    used = {d if isinstance(d, str) else d["key"] for e in raw["codes"] for d in e["documents"]}
    assert used == set(raw["document_specs"])


def test_checklist_and_code_document_keys_do_not_clash() -> None:
    checklist_keys = {item["key"] for item in load("checklist.json")["items"]}
    assert not checklist_keys & set(load("codes.json")["document_specs"])


def test_imwu_info_matches_what_irccs_page_says() -> None:
    info = load_imwu_info()
    assert info.default_address == "IRCC.IMWU-UMIT.IRCC@cic.gc.ca"
    assert [a.address for a in info.addresses] == [
        "IRCC.IMWU-UMIT.IRCC@cic.gc.ca", "IRCC.DNIMWU-UMITRN.IRCC@cic.gc.ca",
        "IRCC.DNIMWU-UMITRN.IRCC@ic.gc.ca"]
    for address, where_seen, when_seen, note in info.addresses:
        assert where_seen and when_seen and note
        assert info.address_note(info.addresses[0], "fr") != info.addresses[0].note
        assert address.endswith(".gc.ca")
    assert info.size_limit_bytes == 4_000_000
    assert info.service_days == 14 and not info.service_confirmed
    assert info.imm5686_edition == "01-2018"
    assert info.page_url.startswith("https://www.canada.ca/")
    found = info.address_info("ircc.imwu-umit.ircc@CIC.gc.ca")
    assert found is not None and found.where_seen.startswith("current")
    assert info.address_info("someone@example.com") is None
