"""The case summary: one page for the employer's file and the worker (what, to whom, when)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from imwu_desktop.domain.case import Case, State, StatusEvent
from imwu_desktop.services.letters import lookups
from imwu_desktop.services.letters.common import (
    code_phrase,
    employer_name,
    noc_text,
    period_text,
    worker_prose_name,
)
from imwu_desktop.services.letters.layout import (
    BAND,
    CONTENT_WIDTH,
    RULE,
    PdfMeta,
    markup,
    styles,
    table_style,
    write_pdf,
)
from imwu_desktop.services.letters.texts import (
    file_size,
    lang_of,
    long_date,
    number,
    t,
)


@dataclass(frozen=True)
class SummaryItem:
    """One file of the email."""

    label: str
    file_name: str
    pages: int | None
    size: int
    sha256: str


def build_summary(case: Case, path: Path, items: Sequence[SummaryItem],
                  today: date | None = None, exemption_name: str | None = None) -> Path:
    """Write the one-page case summary PDF and return path."""
    lang = lang_of(case.language)
    meta = PdfMeta(title=t("summary_title", lang), author=employer_name(case),
                   subject=f"{case.exemption.code} – {worker_prose_name(case)}", lang=lang)
    story = _story(case, lang, items, today or date.today(), exemption_name)
    return write_pdf(path, story, meta, footer_left=t("summary_title", lang),
                     margins=(54, 54, 48, 54))


def _sent_event(case: Case) -> StatusEvent | None:
    sent = [event for event in case.history if event.state == State.SENT]
    return sent[-1] if sent else None


def _story(case: Case, lang: str, items: Sequence[SummaryItem], today: date,
           exemption_name: str | None) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    st = styles()
    sent = _sent_event(case)
    story: list[Any] = [Paragraph(markup(t("summary_title", lang)), st["title"]),
                        Paragraph(markup(employer_name(case)), st["muted"]), Spacer(1, 10),
                        Paragraph(markup(t("summary_intro_sent" if sent else
                                           "summary_intro_draft", lang)), st["body"])]
    story.append(_facts(case, lang, sent, exemption_name, st))
    story.append(Spacer(1, 12))
    story.append(Paragraph(markup(t("s_documents", lang)), st["heading"]))
    story.append(_documents(items, lang, st))
    total = sum(item.size for item in items)
    story.append(Spacer(1, 4))
    story.append(Paragraph(markup(t("s_total", lang, count=len(items),
                                    size=file_size(total, lang))), st["small"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph(markup(t("s_hash_note", lang)), st["muted"]))
    story.append(Paragraph(markup(t("s_generated", lang, date=long_date(today, lang))),
                           st["muted"]))
    return story


def _facts(case: Case, lang: str, sent: StatusEvent | None, exemption_name: str | None,
           st: dict[str, Any]) -> Any:
    from reportlab.platypus import Paragraph, Table

    state = case.state.value
    rows: list[tuple[str, str]] = [(t("s_status", lang), t(f"state_{state}", lang))]
    if sent is not None:
        local = sent.at.astimezone() if sent.at.tzinfo else sent.at
        when = f"{long_date(local.date(), lang)}, {local:%H:%M}"
        rows += [(t("s_to", lang), sent.recipient or lookups.imwu_address(case)),
                 (t("s_when", lang), when)]
        if sent.message_id:
            rows.append((t("s_message_id", lang), sent.message_id))
        if sent.follow_up:
            rows.append((t("s_follow_up", lang), long_date(sent.follow_up, lang)))
    else:
        rows.append((t("s_will_go_to", lang), lookups.imwu_address(case)))
    rows += [
        (t("f_code", lang), code_phrase(case, lang, exemption_name)),
        (t("f_employer", lang), case.employer.legal_name or employer_name(case)),
        (t("f_worker", lang), worker_prose_name(case)),
        (t("f_job", lang), case.job.title),
        (t("f_noc", lang), noc_text(case.job.noc, lang)),
        (t("f_location", lang), case.job.location),
        (t("f_period", lang), period_text(case, lang)),
    ]
    data = [[Paragraph(markup(label), st["label"]), Paragraph(markup(value), st["cell"])]
            for label, value in rows if value.strip()]
    table = Table(data, colWidths=[130, CONTENT_WIDTH - 130], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
                               ("LEFTPADDING", (0, 0), (0, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _documents(items: Sequence[SummaryItem], lang: str, st: dict[str, Any]) -> Any:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table

    head = ParagraphStyle("head", parent=st["label"], fontSize=8, textColor="#ffffff")
    right = ParagraphStyle("right", parent=st["cell"], alignment=TA_RIGHT, fontSize=8.5)
    mono = ParagraphStyle("sha", parent=st["mono"], fontSize=6, leading=8)
    rows: list[list[Any]] = [[Paragraph("#", head), Paragraph(markup(t("s_doc", lang)), head),
                              Paragraph(markup(t("s_pages", lang)), head),
                              Paragraph(markup(t("s_size", lang)), head),
                              Paragraph(markup(t("s_sha", lang)), head)]]
    for number_, item in enumerate(items, start=1):
        doc = [Paragraph(markup(item.label), st["cell"]),
               Paragraph(markup(item.file_name), st["muted"])]
        rows.append([Paragraph(str(number_), st["cell"]), doc,
                     Paragraph("" if item.pages is None else number(item.pages, lang), right),
                     Paragraph(markup(file_size(item.size, lang)), right),
                     Paragraph(item.sha256.lower(), mono)])
    widths = [18, CONTENT_WIDTH - 18 - 40 - 46 - 248, 40, 46, 248]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style([("BACKGROUND", (0, 0), (-1, 0), BAND),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table
