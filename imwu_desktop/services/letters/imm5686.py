"""IMM 5686 prepared from the case: a form-faithful PDF with the form's sections and questions.

Filling IRCC's own file lives in imm5686_fill.py; both read the same questions and answers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from imwu_desktop.domain.case import Case
from imwu_desktop.services.letters.common import employer_name
from imwu_desktop.services.letters.imm5686_spec import (
    FormSpec,
    Question,
    answers,
    declaration_date,
    display_answer,
    load_form_spec,
    pick,
)
from imwu_desktop.services.letters.layout import (
    BAND,
    CONTENT_WIDTH,
    MUTED,
    PdfMeta,
    markup,
    styles,
    table_style,
    write_pdf,
)
from imwu_desktop.services.letters.texts import lang_of

BOX = "☐"
TICK = "☒"
GRID = "#7f7f7f"
SHADE = "#eef1f4"

_WORDS = {
    "agency": ("Immigration, Refugees and Citizenship Canada",
               "Immigration, Réfugiés et Citoyenneté Canada"),
    "protected": ("PROTECTED B WHEN COMPLETED", "PROTÉGÉ B UNE FOIS REMPLI"),
    "title": ("Request for an Opinion on Work Permit or LMIA Exemption",
              "Demande d'avis sur une dispense de permis de travail ou d'EIMT"),
    "prepared": ("Prepared from the questions of {edition}",
                 "Préparé à partir des questions de l'{edition}"),
    "prepared_note": (
        "This document was prepared by the employer with IMWU Desktop from the questions of "
        "{edition}, in the form's order. It is not IRCC's form file.",
        "Ce document a été préparé par l'employeur avec IMWU Desktop à partir des questions de "
        "l'{edition}, dans l'ordre du formulaire. Il ne s'agit pas du fichier de formulaire "
        "d'IRCC."),
    "other_docs": ("Other documents enclosed", "Autres documents joints"),
    "name": ("Name", "Nom"),
    "signature": ("Signature", "Signature"),
    "date": ("Date (YYYY-MM-DD)", "Date (AAAA-MM-JJ)"),
}


def _w(key: str, lang: str, **values: str) -> str:
    return pick(_WORDS[key], lang).format(**values)


def build_imm5686(case: Case, path: Path, today: date | None = None,
                  exemption_name: str | None = None) -> Path:
    """Write the prepared IMM 5686 PDF (two pages, US Letter) and return path."""
    lang = lang_of(case.language)
    spec = load_form_spec()
    meta = PdfMeta(title=f"IMM 5686 – {_w('title', lang)}", author=employer_name(case),
                   subject=_w("prepared", lang, edition=spec.edition), lang=lang)
    story = _story(case, lang, spec, today, exemption_name)
    return write_pdf(path, story, meta, footer_left=_w("prepared", lang, edition=spec.edition),
                     margins=(54, 54, 40, 54))


def _story(case: Case, lang: str, spec: FormSpec, today: date | None,
           exemption_name: str | None) -> list[Any]:
    from reportlab.platypus import CondPageBreak, Spacer

    st = _form_styles()
    raw = answers(case, lang, exemption_name)
    story: list[Any] = [*_header(lang, spec, st)]
    for section in spec.sections:
        story.append(_grid(pick((section.title, section.title_fr), lang), section.questions,
                           raw, lang, st))
        story.append(Spacer(1, 8))
    story.append(CondPageBreak(260))
    story.append(_band(pick(spec.documents_title, lang), st))
    story.append(_checklist(case, lang, spec, st))
    story.append(Spacer(1, 6))
    story.append(_detail_box(case, lang, spec, st))
    story.append(Spacer(1, 10))
    story.append(_band(pick(spec.declaration_title, lang), st))
    story.extend(_declaration(case, lang, spec, st, today))
    return story


def _form_styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    st = styles()
    st["q"] = ParagraphStyle("q", parent=st["small"], fontSize=7, leading=8.5, textColor=MUTED)
    st["a"] = ParagraphStyle("a", parent=st["cell"], fontSize=9.5, leading=12)
    st["para"] = ParagraphStyle("para", parent=st["a"], spaceBefore=3)
    st["band"] = ParagraphStyle("band", parent=st["label"], fontSize=9.5, leading=12,
                                textColor="#ffffff")
    st["form_title"] = ParagraphStyle("form_title", parent=st["title"], fontSize=14,
                                      leading=17)
    return st


def _header(lang: str, spec: FormSpec, st: dict[str, Any]) -> list[Any]:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table

    right = ParagraphStyle("right", parent=st["label"], alignment=TA_RIGHT, fontSize=8)
    top = Table([[Paragraph(markup(_w("agency", lang)), st["label"]),
                  Paragraph(markup(_w("protected", lang)), right)]],
                colWidths=[CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4])
    top.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    note = Table([[Paragraph(markup(_w("prepared_note", lang, edition=spec.edition)),
                             st["small"])]], colWidths=[CONTENT_WIDTH])
    note.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), SHADE),
                              ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                              ("TOPPADDING", (0, 0), (-1, -1), 4),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return [top, Spacer(1, 8), Paragraph(markup(_w("title", lang)), st["form_title"]),
            Paragraph(markup(_w("prepared", lang, edition=spec.edition)), st["label"]),
            Spacer(1, 4), note, Spacer(1, 8)]


def _band(title: str, st: dict[str, Any]) -> Any:
    from reportlab.platypus import Paragraph, Table

    band = Table([[Paragraph(markup(title), st["band"])]], colWidths=[CONTENT_WIDTH])
    band.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), BAND),
                              ("TOPPADDING", (0, 0), (-1, -1), 3),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    band.keepWithNext = True
    return band


def _answer_markup(question: Question, raw: str, lang: str) -> str:
    """Check boxes for yes/no and choices, plain text otherwise."""
    if question.kind == "yes_no":
        yes, no = display_answer(question, "yes", lang), display_answer(question, "no", lang)
        return (f"{TICK if raw == 'yes' else BOX} {markup(yes)}&nbsp;&nbsp;&nbsp;&nbsp;"
                f"{TICK if raw == 'no' else BOX} {markup(no)}")
    if question.kind == "choice":
        return "&nbsp;&nbsp;&nbsp;&nbsp;".join(
            f"{TICK if raw == c.value else BOX} {markup(c.label_fr if lang == 'fr' else c.label)}"
            for c in question.choices)
    return markup(raw) if raw else "&nbsp;"


def _grid(title: str, questions: tuple[Question, ...], raw: dict[str, str], lang: str,
          st: dict[str, Any]) -> Any:
    """A section: its title band, then its questions in a four-column grid (question above
    answer). The band repeats when the section runs onto the next page."""
    from reportlab.platypus import Paragraph, Table

    column = CONTENT_WIDTH / 4
    rows: list[list[Any]] = [[Paragraph(markup(title), st["band"]), "", "", ""]]
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = [((0, 0), (3, 0))]
    row: list[Any] = []
    used = 0
    for question in questions:
        span = max(1, min(4, question.span))
        if used + span > 4:
            row.extend([""] * (4 - used))
            rows.append(row)
            row, used = [], 0
        cell = [Paragraph(markup(question.text(lang)), st["q"]),
                Paragraph(_answer_markup(question, raw.get(question.key, ""), lang), st["a"])]
        if span > 1:
            spans.append(((used, len(rows)), (used + span - 1, len(rows))))
        row.extend([cell] + [""] * (span - 1))
        used += span
    if row:
        row.extend([""] * (4 - used))
        rows.append(row)
    table = Table(rows, colWidths=[column] * 4, repeatRows=1)
    commands: list[Any] = [("GRID", (0, 1), (-1, -1), 0.5, GRID),
                           ("BACKGROUND", (0, 0), (-1, 0), BAND),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    commands.extend(("SPAN", start, end) for start, end in spans)
    table.setStyle(table_style(commands))
    return table


def _checklist(case: Case, lang: str, spec: FormSpec, st: dict[str, Any]) -> Any:
    from reportlab.platypus import Paragraph, Table

    present = {doc.item for doc in case.documents}
    covered: set[str] = set()
    rows: list[list[Any]] = []
    for group in spec.document_groups:
        rows.append([Paragraph(markup(pick((group.title, group.title_fr), lang)),
                               st["label"]), ""])
        for line in group.lines:
            ticked = bool(present.intersection(line.items))
            covered.update(line.items)
            rows.append([Paragraph(TICK if ticked else BOX, st["a"]),
                         Paragraph(markup(pick((line.label, line.label_fr), lang)), st["a"])])
    others = [doc for doc in case.documents
              if doc.item not in covered and doc.item != "imm5686"]
    if others:
        rows.append([Paragraph(markup(_w("other_docs", lang)), st["label"]), ""])
        for doc in others:
            rows.append([Paragraph(TICK, st["a"]),
                         Paragraph(markup(doc.label or _item_name(doc.item, lang)), st["a"])])
    table = Table(rows, colWidths=[22, CONTENT_WIDTH - 22])
    commands: list[Any] = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                           ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for index, row in enumerate(rows):
        if row[1] == "":
            commands.append(("SPAN", (0, index), (1, index)))
            commands.append(("TOPPADDING", (0, index), (-1, index), 6))
    table.setStyle(table_style(commands))
    return table


def _item_name(item: str, lang: str) -> str:
    from imwu_desktop.services.letters.lookups import document_name

    return document_name(item, lang)


def _detail_box(case: Case, lang: str, spec: FormSpec, st: dict[str, Any]) -> Any:
    from reportlab.platypus import Paragraph, Table

    text = case.exemption.explanation.strip()
    body = [Paragraph(markup(part), st["para"]) for part in text.split("\n\n") if part.strip()]
    table = Table([[[Paragraph(markup(pick(spec.detail_label, lang)), st["q"]), *body]]],
                  colWidths=[CONTENT_WIDTH])
    table.setStyle(table_style([("BOX", (0, 0), (-1, -1), 0.5, GRID),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _declaration(case: Case, lang: str, spec: FormSpec, st: dict[str, Any],
                 today: date | None) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer, Table

    name = case.contact.name.strip()
    text = pick(spec.declaration_text, lang).format(name=name or "…")
    column = CONTENT_WIDTH / 4
    cells = [[[Paragraph(markup(_w("name", lang)), st["q"]), Paragraph(markup(name), st["a"])],
              "",
              [Paragraph(markup(_w("signature", lang)), st["q"]), Spacer(1, 22)],
              [Paragraph(markup(_w("date", lang)), st["q"]),
               Paragraph(markup(declaration_date(today)), st["a"])]]]
    table = Table(cells, colWidths=[column] * 4)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, GRID),
                               ("SPAN", (0, 0), (1, 0)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 4), Paragraph(markup(text), st["para"]), Spacer(1, 6), table]
