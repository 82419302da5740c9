"""The cover letter: the employer's business letter asking IMWU for an opinion on one code."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from imwu_desktop.domain.case import Case
from imwu_desktop.services.letters import lookups
from imwu_desktop.services.letters.common import (
    address_lines,
    code_phrase,
    employer_name,
    hours_text,
    noc_text,
    period_text,
    wage_text,
    worker_prose_name,
)
from imwu_desktop.services.letters.layout import (
    CONTENT_WIDTH,
    RULE,
    PdfMeta,
    markup,
    styles,
    table_style,
    write_pdf,
)
from imwu_desktop.services.letters.texts import lang_of, long_date, page_count, t

log = logging.getLogger(__name__)

Enclosure = tuple[str, int | None]  # (label, pages)

LOGO_MAX_W = 130.0
LOGO_MAX_H = 60.0


def build_cover_letter(case: Case, path: Path, enclosures: Sequence[Enclosure],
                       logo: bytes | None = None, today: date | None = None,
                       exemption_name: str | None = None) -> Path:
    """Write the cover letter PDF to path and return path."""
    lang = lang_of(case.language)
    code = case.exemption.code.strip()
    meta = PdfMeta(title=t("letter_title", lang, code=code), author=employer_name(case),
                   subject=_subject(case, lang), lang=lang)
    story = _story(case, lang, enclosures, logo, today or date.today(), exemption_name)
    return write_pdf(path, story, meta, footer_left=f"{employer_name(case)} – {code}")


def _subject(case: Case, lang: str) -> str:
    info = lookups.code_info(case.exemption.code, lang)
    key = "subject_work_permit" if info.kind == "work_permit" else "subject_lmia"
    return t(key, lang, code=info.code, worker=worker_prose_name(case))


def _story(case: Case, lang: str, enclosures: Sequence[Enclosure], logo: bytes | None,
           today: date, exemption_name: str | None) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    st = styles()
    info = lookups.code_info(case.exemption.code, lang)
    story: list[Any] = [_letterhead(case, lang, logo, st), Spacer(1, 18)]
    story.append(Paragraph(markup(long_date(today, lang)), st["body"]))
    story.append(Spacer(1, 6))
    recipient = [t("imwu_name", lang), t("ircc_name", lang),
                 t("by_email", lang, address=lookups.imwu_address(case))]
    story.append(Paragraph("<br/>".join(markup(x) for x in recipient), st["body"]))
    story.append(Paragraph(f"{markup(t('subject_label', lang))} {markup(_subject(case, lang))}",
                           st["subject"]))
    story.append(Paragraph(markup(t("salutation", lang)), st["body"]))
    kind = t("kind_work_permit" if info.kind == "work_permit" else "kind_lmia", lang)
    story.append(Paragraph(markup(t(
        "intro", lang, employer=case.employer.legal_name.strip() or employer_name(case),
        worker=worker_prose_name(case), kind=kind,
        code=code_phrase(case, lang, exemption_name))), st["body"]))
    story.append(Paragraph(markup(_situation(case, lang, info.kind)), st["body"]))
    story.append(Paragraph(markup(t("facts_heading", lang)), st["heading"]))
    story.append(_facts_table(case, lang, st))
    story.append(Spacer(1, 6))
    story.append(Paragraph(markup(t("why_heading", lang, code=info.code)), st["heading"]))
    explanation = case.exemption.explanation.strip() or t("no_explanation", lang)
    for paragraph in _paragraphs(explanation):
        story.append(Paragraph(markup(paragraph), st["body"]))
    if case.job.duties.strip():
        story.append(Paragraph(markup(t("duties_heading", lang)), st["heading"]))
        for paragraph in _paragraphs(case.job.duties):
            story.append(Paragraph(markup(paragraph), st["body"]))
    if enclosures:
        story.append(KeepTogether(_enclosure_list(enclosures, lang, st)))
    story.append(Spacer(1, 4))
    for sentence in (_contact_sentence(case, lang), _representative_sentence(case, lang)):
        if sentence:
            story.append(Paragraph(markup(sentence), st["body"]))
    story.append(KeepTogether([Paragraph(markup(t("thanks", lang)), st["body"]),
                               Paragraph(markup(t("closing", lang)), st["body"]),
                               *_signature(case, st)]))
    return story


def _paragraphs(text: str) -> list[str]:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [b for b in blocks if b]


def _situation(case: Case, lang: str, kind: str) -> str:
    worker = case.worker
    citizenship = lookups.country_name(worker.citizenship, lang)
    residence = lookups.country_name(worker.country_of_residence or worker.citizenship, lang)
    text = t("situation", lang, worker=worker_prose_name(case), citizenship=citizenship,
             residence=residence)
    if worker.in_canada is False:
        key = "outside_work_permit" if kind == "work_permit" else "outside_lmia"
        text = f"{text} {t(key, lang)}"
    return text


def _facts_table(case: Case, lang: str, st: dict[str, Any]) -> Any:
    from reportlab.platypus import Paragraph, Spacer, Table

    worker, job, employer = case.worker, case.job, case.employer
    rows = [
        ("f_worker", worker_prose_name(case)),
        ("f_birth", long_date(worker.date_of_birth, lang)),
        ("f_citizenship", lookups.country_name(worker.citizenship, lang)),
        ("f_residence", lookups.country_name(worker.country_of_residence, lang)),
        ("f_passport", worker.passport_number),
        ("f_employer", employer.legal_name),
        ("f_bn", employer.business_number),
        ("f_job", job.title),
        ("f_noc", noc_text(job.noc, lang)),
        ("f_location", job.location),
        ("f_period", period_text(case, lang)),
        ("f_wage", wage_text(case, lang)),
        ("f_hours", hours_text(case, lang)),
        ("f_code", lookups.code_info(case.exemption.code, lang).code),
    ]
    data = [[Paragraph(markup(t(key, lang)), st["label"]), Paragraph(markup(value), st["cell"])]
            for key, value in rows if value and value.strip()]
    if not data:  # a draft with nothing typed yet: no table rather than an error
        return Spacer(1, 0)
    table = Table(data, colWidths=[130, CONTENT_WIDTH - 130], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return table


def _enclosure_list(enclosures: Sequence[Enclosure], lang: str, st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph

    items: list[Any] = [Paragraph(markup(t("enclosures", lang)), st["heading"])]
    for number, (label, pages) in enumerate(enclosures, start=1):
        count = page_count(pages, lang)
        text = markup(label) + (f" ({markup(count)})" if count else "")
        items.append(Paragraph(text, st["list"], bulletText=f"{number}."))
    return items


def _means(email: str, phone: str, lang: str) -> str:
    """'by email at a@b.ca or by telephone at 555' (either part may be missing)."""
    parts = []
    if email.strip():
        parts.append(t("by_mail", lang, email=email.strip()))
    if phone.strip():
        parts.append(t("by_phone", lang, phone=phone.strip()))
    return t("or", lang).join(parts)


def _contact_sentence(case: Case, lang: str) -> str:
    contact = case.contact
    who = contact.name.strip()
    if who and contact.title.strip():
        who = f"{who}, {contact.title.strip()},"
    means = _means(contact.email, contact.phone or case.employer.phone, lang)
    if not who or not means:
        return ""
    return t("contact", lang, who=who, means=means)


def _representative_sentence(case: Case, lang: str) -> str:
    rep = case.representative
    if rep is None or not rep.name.strip():
        return ""
    parts = [rep.name.strip()]
    if rep.organization.strip():
        parts.append(rep.organization.strip())
    if rep.membership_number.strip():
        parts.append(t("membership", lang, number=rep.membership_number.strip()))
    text = t("representative", lang, who=", ".join(parts))
    means = _means(rep.email, rep.phone, lang)
    return f"{text} {t('representative_reach', lang, means=means)}" if means else text


def _signature(case: Case, st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    lines = [markup(x) for x in (case.contact.name, case.contact.title,
                                 case.employer.legal_name or employer_name(case)) if x.strip()]
    return [Spacer(1, 34), Paragraph("<br/>".join(lines), st["body"])]


def _letterhead(case: Case, lang: str, logo: bytes | None, st: dict[str, Any]) -> Any:
    from reportlab.platypus import Paragraph, Table

    employer = case.employer
    lines = address_lines(employer.address, lang)
    contact_bits = []
    if employer.phone.strip():
        contact_bits.append(f"{t('phone_label', lang)} {employer.phone.strip()}")
    if employer.website.strip():
        contact_bits.append(employer.website.strip())
    if contact_bits:
        lines.append("  ·  ".join(contact_bits))
    left: list[Any] = [Paragraph(markup(employer_name(case)), st["company"])]
    if employer.operating_name.strip() and employer.legal_name.strip() and \
            employer.operating_name.strip() != employer.legal_name.strip():
        left.append(Paragraph(markup(employer.legal_name), st["muted"]))
    left.append(Paragraph("<br/>".join(markup(x) for x in lines), st["muted"]))
    image = _logo_flowable(logo)
    widths = [CONTENT_WIDTH - LOGO_MAX_W - 10, LOGO_MAX_W + 10]
    table = Table([[left, image or ""]], colWidths=widths)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
    ]))
    return table


def _logo_flowable(logo: bytes | None) -> Any | None:
    """The employer's logo scaled into the letterhead box; None when absent or unreadable."""
    if not logo:
        return None
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        reader = ImageReader(BytesIO(logo))
        width, height = reader.getSize()
    except Exception as exc:  # an unreadable logo must not stop the letter
        log.warning("Logo skipped: %s", exc)
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(LOGO_MAX_W / width, LOGO_MAX_H / height)
    image = Image(BytesIO(logo), width=width * scale, height=height * scale)
    image.hAlign = "RIGHT"
    return image
