"""Countries and territories: names, visa exemption (IRPR s.190) and conditional eTA (s.7.01).

The list lives in ``resources/data/countries.json``; it covers every ISO 3166-1 alpha-2
code so the country pickers are complete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from imwu_desktop.domain.datafiles import (
    DataFileError,
    flag,
    fold,
    load_data_file,
    parse_date,
    text,
)


@dataclass(frozen=True)
class Country:
    """One ISO 3166-1 entry as the eligibility rules see it."""

    iso2: str
    name: str
    name_fr: str
    visa_exempt: bool  # exempt from the temporary resident visa under IRPR s.190
    conditional_eta: bool  # on the IRPR s.7.01 list: eTA by air only, under conditions
    note: str
    # Additions beyond the shared API (defaulted):
    note_fr: str = ""
    territory: bool = False  # a territory, not a nationality shown in passports

    def display_name(self, lang: str = "en") -> str:
        return self.name_fr if lang == "fr" else self.name

    def display_note(self, lang: str = "en") -> str:
        return self.note_fr if lang == "fr" and self.note_fr else self.note


class Countries:
    """All entries, looked up by ISO code (case-insensitive)."""

    def __init__(self, countries: list[Country], version: str, as_of: date) -> None:
        self.version = version
        self.as_of = as_of
        self._countries = list(countries)
        self._by_code = {c.iso2: c for c in countries}

    def get(self, iso2: str) -> Country | None:
        return self._by_code.get(iso2.strip().upper())

    def all(self) -> list[Country]:
        """Every entry in alphabetical order of the English name (as a picker lists them)."""
        return self.sorted_for("en")

    def sorted_for(self, lang: str = "en") -> list[Country]:
        """Entries in alphabetical order of their name in ``lang`` (accents ignored)."""
        return sorted(self._countries, key=lambda c: fold(c.display_name(lang)))

    def find(self, name: str) -> Country | None:
        """The entry whose ISO code, English or French name equals ``name`` (accents ignored)."""
        wanted = fold(name.strip())
        if not wanted:
            return None
        by_code = self.get(name)
        if by_code is not None:
            return by_code
        for country in self._countries:
            if wanted in (fold(country.name), fold(country.name_fr)):
                return country
        return None


def _parse_country(raw: dict[str, Any]) -> Country:
    iso2 = text(raw, "iso2", "countries.json: an entry")
    where = f"countries.json: {iso2}"
    if len(iso2) != 2 or not iso2.isalpha() or not iso2.isupper():
        raise DataFileError(f"{where}: iso2 must be two capital letters.")
    exempt = flag(raw, "visa_exempt", where)
    conditional = flag(raw, "conditional_eta", where)
    if exempt and conditional:
        raise DataFileError(f"{where}: cannot be both visa-exempt and conditional-eTA.")
    return Country(iso2=iso2, name=text(raw, "name", where), name_fr=text(raw, "name_fr", where),
                   visa_exempt=exempt, conditional_eta=conditional,
                   note=text(raw, "note", where, allow_empty=True),
                   note_fr=text(raw, "note_fr", where, allow_empty=True),
                   territory=flag(raw, "territory", where))


def countries_from_dict(raw: dict[str, Any]) -> Countries:
    """Build Countries from the parsed countries.json (used by the loader and by tests)."""
    rows = raw.get("countries")
    if not isinstance(rows, list) or not rows:
        raise DataFileError("countries.json: the countries list is missing.")
    countries = [_parse_country(row) for row in rows]
    codes = [c.iso2 for c in countries]
    if len(set(codes)) != len(codes):
        raise DataFileError("countries.json: a country code is listed twice.")
    return Countries(countries, version=str(raw["version"]),
                     as_of=parse_date(raw["as_of"], "countries.json: as_of"))


@cache
def load_countries() -> Countries:
    """The country list shipped with the application (read once)."""
    return countries_from_dict(load_data_file("countries.json"))
