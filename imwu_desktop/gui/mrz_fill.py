"""Fill the worker's fields from typed MRZ lines (the rules live in domain.mrz)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from imwu_desktop.domain.case import Case


def _tr(text: str) -> str:
    return QCoreApplication.translate("mrz_fill", text)


def apply_mrz(case: Case, text: str, lang: str) -> str:
    """Copy the MRZ's fields into the case; returns one sentence telling what happened.

    Fields are filled even when a check digit fails (the user sees which part to re-read);
    a text that is not an MRZ at all changes nothing.
    """
    from imwu_desktop.domain import mrz

    try:
        parsed = mrz.parse_td3(text, lang)
    except mrz.MrzFormatError as exc:
        return str(exc)
    worker = case.worker
    worker.mrz = "\n".join((parsed.line1, parsed.line2))
    worker.family_name = parsed.family_name or worker.family_name
    worker.given_names = parsed.given_names or worker.given_names
    worker.passport_number = parsed.document_number or worker.passport_number
    worker.sex = parsed.sex or worker.sex
    if parsed.birth_date is not None:
        worker.date_of_birth = parsed.birth_date
    if parsed.expiry_date is not None:
        worker.passport_expiry = parsed.expiry_date
    country = mrz.alpha2_of_nationality(parsed.nationality)
    if country:
        worker.citizenship = country
    if parsed.failures:
        return _tr("Filled in, but check these parts: {0}").replace(
            "{0}", " ".join(f.message for f in parsed.failures))
    return _tr("Filled in from the MRZ; check the names' accents and the date of issue.")
