"""What the shrink tells the user: each document's outcome, measured from the output, and
why a package that cannot fit does not (worded in the interface's language)."""

from __future__ import annotations

from collections.abc import Sequence

from imwu_desktop.domain.i18n_text import say
from imwu_desktop.services.documents.messages import SHRINK, decimal
from imwu_desktop.services.documents.pdfread import open_pdf, quiet_pypdf
from imwu_desktop.services.documents.pdfscan import PdfImageInfo, find_images
from imwu_desktop.services.documents.shrink_images import SourceDoc
from imwu_desktop.services.documents.shrink_plan import DocOutcome


def outcome(doc: SourceDoc, pdf: bytes, lang: str) -> DocOutcome:
    """What is really in the output (measured from it, cached or fresh)."""
    outcome = DocOutcome(doc.source.title, len(doc.source.pdf), len(pdf), None, True,
                         doc.source.protected)
    outcome.warnings = [image.refused for image in doc.images if image.refused]
    if pdf is doc.source.pdf:
        images = [image.info for image in doc.images]
    else:
        try:
            with quiet_pypdf():
                images = find_images(open_pdf(pdf))
        except Exception:  # our own output; should it not parse, report no details
            images = []
    if images:
        outcome.min_dpi = min(info.dpi for info in images)
    had_colour = any(image.info.colorspace != "/DeviceGray" and image.info.bits > 1
                     for image in doc.images)
    outcome.colour_kept = not had_colour or any(
        info.colorspace != "/DeviceGray" and info.bits > 1 for info in images)
    if len(pdf) < len(doc.source.pdf):
        kinds = {say(SHRINK, _kind(info), lang, dpi=f"{info.dpi:.0f}")
                 for info in images}
        outcome.changes.append(say(
            SHRINK, "change", lang,
            what=", ".join(sorted(kinds)) or say(SHRINK, "cleaned", lang),
            before=decimal(outcome.original_size / 1_000_000, 1, lang),
            after=decimal(outcome.size / 1_000_000, 2, lang)))
    return outcome

def problem(size: int, budget_bytes: int, extra: Sequence[tuple[str, int]],
            outcomes: list[DocOutcome], lang: str) -> str:
    """Why even the floor does not fit, and what to do (the largest document named)."""
    worst = max(outcomes, key=lambda o: o.size, default=None)
    over = decimal((size - budget_bytes) / 1_000_000, 2, lang)
    largest_extra = max((size for _, size in extra), default=0)
    if worst is None or worst.size < largest_extra:
        return say(SHRINK, "letters_too_big", lang, over=over)
    todo = say(SHRINK, "todo_protected" if worst.protected else "todo_other", lang)
    return say(SHRINK, "floor", lang, over=over, title=worst.title,
               size=decimal(worst.size / 1_000_000, 1, lang), todo=todo)


def _kind(info: PdfImageInfo) -> str:
    """The SHRINK key that describes an image of the output."""
    if info.bits == 1:
        return "bilevel"
    return "greyscale" if info.colorspace == "/DeviceGray" else "colour"
