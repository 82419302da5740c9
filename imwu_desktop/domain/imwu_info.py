"""Contact data and limits of the IMWU, read from ``resources/data/imwu.json``.

The address has changed at least once, so every known spelling is kept with where and
when it was seen; the default is the one on the current canada.ca page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from imwu_desktop.domain.datafiles import (
    DataFileError,
    flag,
    load_data_file,
    parse_date,
    text,
)


class ImwuAddress(NamedTuple):
    """One known address: (address, where_seen, when_seen, note); French note via ImwuInfo."""

    address: str
    where_seen: str
    when_seen: str
    note: str


@dataclass(frozen=True)
class ImwuInfo:
    default_address: str
    addresses: list[ImwuAddress]
    size_limit_bytes: int
    service_days: int
    service_confirmed: bool
    imm5686_edition: str
    imm5686_url: str
    as_of: date
    page_url: str
    page_url_fr: str
    version: str
    notes_fr: dict[str, str] = field(default_factory=dict)  # address -> French note

    def address_info(self, address: str) -> ImwuAddress | None:
        """The known entry for ``address`` (case-insensitive), or None for a typed one."""
        wanted = address.strip().casefold()
        return next((a for a in self.addresses if a.address.casefold() == wanted), None)

    def address_note(self, address: ImwuAddress, lang: str = "en") -> str:
        """The address's note in ``lang`` (English when no French note exists)."""
        return self.notes_fr.get(address.address, address.note) if lang == "fr" else address.note


def _positive_int(raw: dict[str, Any], key: str) -> int:
    value = raw.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise DataFileError(f"imwu.json: {key} must be a positive whole number.")
    return value


def imwu_info_from_dict(raw: dict[str, Any]) -> ImwuInfo:
    """Build ImwuInfo from the parsed imwu.json (used by the loader and by tests)."""
    rows = raw.get("addresses")
    if not isinstance(rows, list) or not rows:
        raise DataFileError("imwu.json: the addresses list is missing.")
    addresses = []
    notes_fr = {}
    for row in rows:
        where = "imwu.json: an address"
        address = text(row, "address", where)
        addresses.append(ImwuAddress(
            address=address, where_seen=text(row, "where_seen", where),
            when_seen=text(row, "when_seen", where), note=text(row, "note", where)))
        notes_fr[address] = text(row, "note_fr", where)
    default = text(raw, "default_address", "imwu.json")
    if default not in {a.address for a in addresses}:
        raise DataFileError("imwu.json: the default address is not among the known addresses.")
    return ImwuInfo(
        default_address=default, addresses=addresses,
        size_limit_bytes=_positive_int(raw, "size_limit_bytes"),
        service_days=_positive_int(raw, "service_days"),
        service_confirmed=flag(raw, "service_confirmed", "imwu.json"),
        imm5686_edition=text(raw, "imm5686_edition", "imwu.json"),
        imm5686_url=text(raw, "imm5686_url", "imwu.json"),
        as_of=parse_date(raw.get("as_of"), "imwu.json: as_of"),
        page_url=text(raw, "page_url", "imwu.json"),
        page_url_fr=text(raw, "page_url_fr", "imwu.json"),
        version=str(raw["version"]), notes_fr=notes_fr,
    )


@cache
def load_imwu_info() -> ImwuInfo:
    """The IMWU contact data shipped with the application (read once)."""
    return imwu_info_from_dict(load_data_file("imwu.json"))
