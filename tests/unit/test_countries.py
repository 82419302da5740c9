"""Country list: visa exemption (IRPR s.190) and conditional eTA (s.7.01) as users rely on it."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from imwu_desktop.domain.countries import Countries, countries_from_dict, load_countries
from imwu_desktop.domain.datafiles import DataFileError
from imwu_desktop.resources import resource_path


@pytest.fixture(scope="module")
def countries() -> Countries:
    return load_countries()


def raw_countries() -> dict[str, Any]:
    return json.loads(resource_path("data", "countries.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("iso2", ["FR", "US", "GB", "DE", "JP", "AU", "KR", "CL", "IE", "QA",
                                  "AE", "CH", "NZ", "fr"])
def test_visa_exempt_nationalities(countries: Countries, iso2: str) -> None:
    country = countries.get(iso2)
    assert country is not None
    assert country.visa_exempt and not country.conditional_eta


@pytest.mark.parametrize("iso2", ["MX", "BR", "AR", "PH", "TH", "ID", "MY", "MA", "PA", "CR",
                                  "UY", "TT", "SC", "AG", "KN", "LC", "VC"])
def test_conditional_eta_citizens_are_not_visa_exempt(countries: Countries, iso2: str) -> None:
    country = countries.get(iso2)
    assert country is not None
    assert country.conditional_eta and not country.visa_exempt
    assert "port of entry" in country.note


@pytest.mark.parametrize("iso2", ["IN", "CN", "CO", "NG", "PE", "UA", "VN", "PK", "RU", "EG"])
def test_visa_required_nationalities(countries: Countries, iso2: str) -> None:
    country = countries.get(iso2)
    assert country is not None
    assert not country.visa_exempt and not country.conditional_eta


def test_passport_specific_cases_carry_a_note(countries: Countries) -> None:
    for iso2, words in {"IL": "national Israeli passport", "TW": "identification number",
                        "RO": "electronic", "HK": "Hong Kong SAR", "GB": "British National",
                        "VA": "Holy See"}.items():
        country = countries.get(iso2)
        assert country is not None and country.visa_exempt, iso2
        assert words in country.note, iso2
        assert country.note_fr, iso2


def test_british_overseas_territories_are_exempt(countries: Countries) -> None:
    for iso2 in ("BM", "KY", "GI", "VG", "TC"):
        country = countries.get(iso2)
        assert country is not None and country.visa_exempt and country.territory


def test_the_list_is_complete_with_french_names(countries: Countries) -> None:
    everyone = countries.all()
    assert len(everyone) == 250  # ISO 3166-1 plus XK (Kosovo)
    kosovo = countries.get("XK")
    assert kosovo is not None and not kosovo.visa_exempt
    france = countries.get("FR")
    germany = countries.get("DE")
    assert france is not None and germany is not None
    assert (france.name, france.name_fr) == ("France", "France")
    assert germany.name_fr == "Allemagne"
    us = countries.get("US")
    assert us is not None and us.name_fr == "États-Unis"
    assert sum(c.visa_exempt for c in everyone) == 64
    assert sum(c.conditional_eta for c in everyone) == 17
    assert str(countries.as_of) == "2026-07-23"


def test_all_lists_countries_alphabetically_for_a_picker(countries: Countries) -> None:
    names = [c.name for c in countries.all()]
    assert names[0] == "Afghanistan"
    assert names.index("Åland Islands") < names.index("Albania")
    assert names.index("France") < names.index("Germany") < names.index("United States")


def test_sorting_and_finding_by_name_ignore_accents(countries: Countries) -> None:
    french = [c.name_fr for c in countries.sorted_for("fr")]
    assert french.index("Égypte") < french.index("Espagne") < french.index("États-Unis")
    found = countries.find("etats-unis")
    assert found is not None and found.iso2 == "US"
    by_code = countries.find("mx")
    assert by_code is not None and by_code.iso2 == "MX"
    assert countries.find("Atlantis") is None
    assert countries.get("ZZ") is None
    assert countries.get("") is None


@pytest.mark.parametrize(("edit", "message"), [
    (lambda r: r["countries"][0].update(iso2="fra"), "two capital letters"),
    (lambda r: r["countries"][0].update(visa_exempt="yes"), "true or false"),
    (lambda r: r["countries"][1].update(iso2=r["countries"][0]["iso2"]), "twice"),
    (lambda r: r["countries"][0].update(visa_exempt=True, conditional_eta=True), "both"),
    (lambda r: r["countries"][0].update(name_fr=""), "name_fr"),
])
def test_a_damaged_entry_is_refused(edit: Any, message: str) -> None:
    raw = copy.deepcopy(raw_countries())
    edit(raw)
    with pytest.raises(DataFileError, match=message):
        countries_from_dict(raw)
