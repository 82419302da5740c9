"""Case values written the same way in every generated document."""

from __future__ import annotations

from imwu_desktop.domain.case import Address, Case
from imwu_desktop.services.letters import lookups
from imwu_desktop.services.letters.texts import duration, long_date, money, t


def employer_name(case: Case) -> str:
    employer = case.employer
    return (employer.operating_name or employer.legal_name).strip()


def worker_prose_name(case: Case) -> str:
    """'Łukasz Ňoño-Gößler': given names then family name, exactly as typed.

    Not upper-cased: str.upper() turns 'ß' into 'SS', and a letter should spell the name
    the way the employer wrote it.
    """
    worker = case.worker
    return " ".join(p for p in (worker.given_names.strip(), worker.family_name.strip()) if p)


def address_lines(address: Address, lang: str) -> list[str]:
    """Canada Post order: street / City PROV  A1A 1A1 / country (when not Canada)."""
    lines = [line.strip() for line in address.street.splitlines() if line.strip()]
    locality = " ".join(p for p in (address.city.strip(), address.province.strip()) if p)
    if address.postal_code.strip():
        locality = f"{locality}  {address.postal_code.strip().upper()}".strip()
    if locality:
        lines.append(locality)
    country = address.country.strip().upper()
    if country and country != "CA":
        lines.append(lookups.country_name(country, lang))
    return lines


def noc_text(noc: str, lang: str) -> str:
    teer = lookups.teer_of(noc)
    if teer is None:
        return noc.strip()
    return f"{noc.strip()} ({t('teer', lang, teer=teer)})"


def period_text(case: Case, lang: str) -> str:
    job = case.job
    if job.start and job.end and job.end >= job.start:
        return t("period", lang, start=long_date(job.start, lang), end=long_date(job.end, lang),
                 duration=duration(job.start, job.end, lang))
    if job.start:
        return t("period_open", lang, start=long_date(job.start, lang))
    return ""


def wage_text(case: Case, lang: str) -> str:
    wage = case.job.wage
    return money(wage.amount, wage.currency, wage.per, lang)


def hours_text(case: Case, lang: str) -> str:
    hours = case.job.hours_per_week
    if hours is None:
        return ""
    figure = f"{hours:g}".replace(".", "," if lang == "fr" else ".")
    return t("hours", lang, hours=figure)


def code_phrase(case: Case, lang: str, name: str | None = None) -> str:
    """'C63 (Intra-company transferees)'; name, when given, wins over the catalogue's."""
    info = lookups.code_info(case.exemption.code, lang)
    label = name if name else info.name
    return f"{info.code} ({label})" if label else info.code
