"""Fit the whole package under the email budget with the gentlest reduction that works.

The ladder (shrink_plan.py) goes from "as received" to the legibility floor. Each rung is
applied to every document at once; the passport (and any document marked protected) lags
behind on its own gentler ladder and never loses colour. The floor is tried first (when even
it is too big there is nothing to search); then we take the first rung whose message fits
(binary search: the rungs only ever remove detail), then give documents back detail one at a
time while the whole still fits (the passport first), verify with the exact size, and never go
below the floor: when even the floor is too big, the result says which document is the problem
and what to do, and the caller decides.

Rules that keep it fast and safe:
- originals are never modified; images are re-encoded only when that makes them smaller, and a
  JPEG already at or below the target resolution and quality is left alone;
- JPEGs are decoded in draft mode at the size needed; images are encoded on both cores, with
  a bound on the pixels decoded at once (PIXELS_AT_ONCE);
- each image's encodings are cached in memory for the run (binary search revisits them),
  finished documents on disk by (SHA-256 of the input, settings), and the chosen settings by
  (all inputs, the message, the budget), so a rebuild with the same inputs skips the search
  and a changed input is re-made;
- progress is reported and a cancel token is checked between images.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    StreamObject,
)

from imwu_desktop.domain.i18n_text import say
from imwu_desktop.services.documents import budget, recode
from imwu_desktop.services.documents.errors import Cancelled
from imwu_desktop.services.documents.image_swap import can_recode, replace_image
from imwu_desktop.services.documents.messages import SHRINK, decimal
from imwu_desktop.services.documents.pdfimage import PdfImage
from imwu_desktop.services.documents.pdfread import forget, open_pdf, quiet_pypdf
from imwu_desktop.services.documents.pdfscan import PdfImageInfo, find_images
from imwu_desktop.services.documents.private_files import write_private
from imwu_desktop.services.documents.recode import Look, Target
from imwu_desktop.services.documents.shrink_cache import CACHE_MAX_BYTES, CACHE_VERSION, prune_cache
from imwu_desktop.services.documents.shrink_plan import (
    FLOOR_DPI,
    FLOOR_QUALITY,
    LADDER,
    PIXELS_AT_ONCE,
    PROJECTION_MARGIN,
    CancelToken,
    DocOutcome,
    PackageDoc,
    Progress,
    Rung,
    ShrinkResult,
)

__all__ = [  # the shrink's public face; the plan and the cache live in their own modules
    "CACHE_MAX_BYTES", "FLOOR_DPI", "FLOOR_QUALITY", "LADDER", "CancelToken", "DocOutcome",
    "PackageDoc", "Progress", "Rung", "ShrinkResult", "prune_cache", "shrink_to_fit",
]

@dataclass
class _Image:
    info: PdfImageInfo
    key: str  # unique within one run: document number and object number (no hashing)
    is_jpeg: bool
    quality: int | None
    look: Look | None = None
    refused: str = ""

    @property
    def raw_size(self) -> int:
        """Bytes of the image's encoded stream in the original."""
        return self.info.raw_size


@dataclass
class _Doc:
    source: PackageDoc
    images: list[_Image]
    _reader: PdfReader | None = None

    @functools.cached_property
    def cache_key(self) -> str:
        """Identifies the input for the disk cache (hashed only when a cache is used)."""
        return self.source.source_key or hashlib.sha256(self.source.pdf).hexdigest()

    def raw(self, image: _Image) -> bytes | None:
        """The image's encoded stream (None: unreadable), read from the original each time it
        is needed: keeping every image's bytes for the whole run would hold a scan package in
        memory twice. Called from the searching thread only (pypdf and quiet_pypdf are not
        thread-safe); the workers get the bytes with their job."""
        try:
            with quiet_pypdf():
                if self._reader is None:
                    self._reader = open_pdf(self.source.pdf)
                obj = self._reader.get_object(image.info.idnum)
                data = bytes(obj._data or b"") if isinstance(obj, StreamObject) else None
                forget(self._reader, image.info.idnum, image.info.generation)
        except Exception:  # damaged structure (pypdf can raise anything): the worker says so
            return None
        return data


@dataclass
class _Encoded:
    image: PdfImage | None  # None: keep the original
    size: int


def shrink_to_fit(docs: Sequence[PackageDoc], *, extra: Sequence[tuple[str, int]] = (),
                  body: str = "", headers: Mapping[str, str] | None = None,
                  budget_bytes: int = budget.BUDGET_BYTES, progress: Progress | None = None,
                  cancel: CancelToken | None = None, cache_dir: Path | None = None,
                  workers: int | None = None, lang: str = "en") -> ShrinkResult:
    """The package at the gentlest rung that fits (or at the floor, with `problem` set).

    `extra` lists the other attachments (generated letters) by name and size; `body` and
    `headers` are the email's, so the size compared with the budget is the message's.
    The problem, changes and warnings are worded in `lang` (the titles come in it already).
    """
    job = _Job(docs, extra, body, dict(headers or {}), budget_bytes, progress, cancel,
               cache_dir, workers or min(2, os.cpu_count() or 1))
    job.lang = lang
    return job.run()


class _Job:
    def __init__(self, docs: Sequence[PackageDoc], extra: Sequence[tuple[str, int]], body: str,
                 headers: dict[str, str], budget_bytes: int, progress: Progress | None,
                 cancel: CancelToken | None, cache_dir: Path | None, workers: int) -> None:
        self.sources = list(docs)
        self.extra = list(extra)
        self.body, self.headers, self.budget = body, headers, budget_bytes
        self.progress, self.cancel, self.cache_dir = progress, cancel, cache_dir
        self.workers = workers
        self.encoded: dict[tuple[str, Target], _Encoded] = {}
        self.bilevel: dict[str, _Encoded] = {}  # black and white ignores dpi caps and quality
        self.docs: list[_Doc] = []
        self._phase = 0
        self.lang = "en"

    # --- the search ------------------------------------------------------------------------

    def run(self) -> ShrinkResult:
        self._report(0.0, "Looking at the documents")
        self.docs = [self._analyse(number, doc) for number, doc in enumerate(self.sources)]
        if self._fits(self._estimate(0)):
            return self._result(0, [0] * len(self.docs), [d.pdf for d in self.sources])
        planned = self._planned()
        if planned is not None:  # the same inputs were shrunk before: reuse that result
            return self._result(*planned)
        floor = len(LADDER) - 1
        floor_fits = self._fits(self._estimate(floor))  # if not, nothing gentler can fit
        low, high = (1 if floor_fits else floor), floor
        while low < high:
            middle = (low + high) // 2
            if self._fits(self._estimate(middle)):
                high = middle
            else:
                low = middle + 1
        if floor_fits:
            levels = self._refine(low)
            pdfs = self._build(self._targets(levels))
            if self._fits(self._message_size([len(p) for p in pdfs])):
                return self._result(low, levels, pdfs)
        for rung in range(low, len(LADDER)):
            levels = [rung] * len(self.docs)
            pdfs = self._build(self._targets(levels))
            if self._fits(self._message_size([len(p) for p in pdfs])) or rung == floor:
                return self._result(rung, levels, pdfs)
        raise AssertionError("unreachable: the floor rung always returns")

    def _refine(self, rung: int) -> list[int]:
        """From the uniform `rung` that fits, give documents back detail one at a time while
        the whole still fits: protected ones (the passport) first, then in email order."""
        levels = [rung] * len(self.docs)
        order = sorted(range(len(self.docs)), key=lambda i: not self.docs[i].source.protected)
        for index in order:
            while levels[index] > 0:
                trial = levels.copy()
                trial[index] -= 1
                if self._targets(trial) == self._targets(levels):
                    levels = trial  # same settings for this document: nothing to try
                    continue
                if not self._fits(self._estimate_targets(self._targets(trial))):
                    break
                levels = trial
        return levels

    def _targets(self, levels: list[int]) -> list[Target | None]:
        return [self._target(doc, level) for doc, level in zip(self.docs, levels, strict=True)]

    def _fits(self, size: int) -> bool:
        return size <= self.budget

    def _message_size(self, sizes: Iterable[int]) -> int:
        attachments = [(d.file_name, s) for d, s in zip(self.sources, sizes, strict=True)]
        return budget.estimate_encoded_size(attachments + self.extra, self.body, self.headers)

    def _estimate(self, rung: int) -> int:
        """The message size at `rung` for every document."""
        return self._estimate_targets(self._targets([rung] * len(self.docs)), LADDER[rung].label)

    def _estimate_targets(self, targets: list[Target | None], label: str = "gentler settings"
                          ) -> int:
        """The message size with these per-document targets. Encoding stops early once the
        images done so far, extrapolated to the rest, make the message clearly too big
        (see PROJECTION_MARGIN)."""
        complete = self._encode_all(targets, label, stop_over_budget=True)
        return self._sizes_known(targets, projected=not complete)

    def _sizes_known(self, targets: list[Target | None], projected: bool = False) -> int:
        """Message size with each image not encoded yet counted as zero bytes (a lower
        bound), or, when `projected`, shrunk by the ratio seen on the images already done."""
        done_raw = done_new = 0
        pending_raw = 0
        sizes = []
        for doc, target in zip(self.docs, targets, strict=True):
            size = len(doc.source.pdf)
            if target is not None:
                for image in doc.images:
                    found = self.encoded.get((image.key, target))
                    if found is None and not image.refused:
                        size -= image.raw_size
                        pending_raw += image.raw_size
                    elif found is not None:
                        done_raw += image.raw_size
                        done_new += found.size
                        size += found.size - image.raw_size
            sizes.append(size)
        size = self._message_size(sizes)
        if projected and done_raw:
            size += budget.base64_size(int(pending_raw * done_new / done_raw))
        return size

    def _target(self, doc: _Doc, rung: int) -> Target | None:
        step = LADDER[rung]
        return step.protected if doc.source.protected else step.normal

    # --- analysis and encoding -------------------------------------------------------------

    def _analyse(self, number: int, source: PackageDoc) -> _Doc:
        try:
            return _Doc(source, self._images(number, source))
        except Exception:  # damaged structure (pypdf can raise anything): send it as it is
            return _Doc(source, [])

    def _images(self, number: int, source: PackageDoc) -> list[_Image]:
        images: list[_Image] = []
        with quiet_pypdf():
            reader = open_pdf(source.pdf)
            for info in find_images(reader):
                raw = reader.get_object(info.idnum)
                if not isinstance(raw, StreamObject):
                    continue
                is_jpeg = info.filters == ("/DCTDecode",)
                image = _Image(info, f"{number}:{info.idnum}", is_jpeg,
                               recode.jpeg_quality(bytes(raw._data or b"")) if is_jpeg
                               else None)
                del raw
                forget(reader, info.idnum, info.generation)
                if info.width * info.height > recode.MAX_PIXELS:
                    image.refused = say(SHRINK, "huge_image", self.lang, page=info.page,
                                        title=source.title, width=info.width,
                                        height=info.height)
                elif not can_recode(info):
                    continue
                images.append(image)
        return images

    def _encode_all(self, targets: list[Target | None], label: str,
                    stop_over_budget: bool = False) -> bool:
        """Encode every image for its document's target; False when abandoned as clearly
        over budget."""
        jobs: list[tuple[_Doc, _Image, Target]] = []
        for doc, target in zip(self.docs, targets, strict=True):
            if target is None:
                continue
            for image in doc.images:
                if image.refused or (image.key, target) in self.encoded:
                    continue
                if target.bilevel and image.key in self.bilevel:
                    self.encoded[(image.key, target)] = self.bilevel[image.key]
                    continue
                jobs.append((doc, image, target))
        if not jobs:
            return True
        complete = True
        waiting = deque(jobs)
        pending: dict[Future[_Encoded], tuple[_Image, Target]] = {}
        with ThreadPoolExecutor(max_workers=self.workers) as pool:

            def submit_next() -> bool:
                """One job per free worker (so a stop is a stop), and no more than
                PIXELS_AT_ONCE decoded at once unless the job runs alone."""
                if not waiting or len(pending) >= self.workers:
                    return False
                doc, image, target = waiting[0]
                running = sum(_pixels(running) for running, _ in pending.values())
                if pending and running + _pixels(image) > PIXELS_AT_ONCE:
                    return False
                waiting.popleft()
                raw = doc.raw(image) if image.is_jpeg else None
                pending[pool.submit(self._encode_one, doc, image, target, raw)] = (image,
                                                                                  target)
                return True

            while submit_next():
                pass
            done_count = 0
            while pending:
                if self.cancel is not None and self.cancel.is_set():
                    for future in pending:
                        future.cancel()
                    raise Cancelled("cancelled")
                done, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                for future in done:
                    image, target = pending.pop(future)
                    self.encoded[(image.key, target)] = future.result()
                    done_count += 1
                    self._report(done_count / len(jobs), f"Trying {label}")
                if stop_over_budget and done_count < len(jobs) and (
                        self._sizes_known(targets, projected=True)
                        > PROJECTION_MARGIN * self.budget):
                    complete = False
                    break
                while submit_next():
                    pass
        self._phase += 1
        return complete

    def _encode_one(self, doc: _Doc, image: _Image, target: Target, raw: bytes | None
                    ) -> _Encoded:
        if self.cancel is not None and self.cancel.is_set():
            return _Encoded(None, image.raw_size)
        try:
            return self._encode_checked(doc, image, target, raw)
        except Exception:  # a damaged image (Pillow or pypdf can raise anything): keep it
            image.refused = say(SHRINK, "unreadable_image", self.lang, page=image.info.page,
                                title=doc.source.title)
            return _Encoded(None, image.raw_size)

    def _encode_checked(self, doc: _Doc, image: _Image, target: Target, raw: bytes | None
                        ) -> _Encoded:
        info = image.info
        decoded = None
        if image.look is None:  # first sight: one decode serves the look and the encoding
            most = max(target.max_dpi, recode.BILEVEL_DPI if target.bilevel else 0.0)
            decoded = self._decode(doc, image, most, raw)
            image.look = recode.look_at(decoded)
        look = image.look
        bilevel = target.bilevel and look.text
        fits_already = (info.dpi <= target.max_dpi * 1.05 and image.quality is not None
                        and image.quality <= target.quality + 2
                        and not (target.grey and look.grey and info.colorspace != "/DeviceGray")
                        and not bilevel)
        if fits_already or (info.bits == 1 and not bilevel):
            return _Encoded(None, image.raw_size)
        need = recode.BILEVEL_DPI if bilevel else target.max_dpi
        pdf_image = recode.encode(decoded or self._decode(doc, image, need, raw), target, look)
        if len(pdf_image.data) >= image.raw_size:
            result = _Encoded(None, image.raw_size)
        else:
            result = _Encoded(pdf_image, len(pdf_image.data))
        if bilevel:
            self.bilevel[image.key] = result
        return result

    def _decode(self, doc: _Doc, image: _Image, min_dpi: float, raw: bytes | None
                ) -> recode.Decoded:
        info = image.info
        if image.is_jpeg:
            if raw is None:
                raise ValueError("the image's bytes could not be read")
            return recode.decode_jpeg(raw, info.width, info.height, info.dpi, min_dpi)
        with quiet_pypdf():
            reader = open_pdf(doc.source.pdf)
            obj: Any = reader.get_object(info.idnum)
            pixels = obj.decode_as_image()
        return recode.from_pixels(pixels, info.dpi)

    # --- output ----------------------------------------------------------------------------

    def _build(self, targets: list[Target | None]) -> list[bytes]:
        self._encode_all(targets, "the final documents")
        return [self._build_doc(doc, target)
                for doc, target in zip(self.docs, targets, strict=True)]

    def _build_doc(self, doc: _Doc, target: Target | None) -> bytes:
        if target is None:
            return doc.source.pdf
        swaps = {image.info.idnum: found.image for image in doc.images
                 if (found := self.encoded.get((image.key, target))) and found.image}
        if not swaps:
            return doc.source.pdf
        cached = self._cache_path(doc, target)
        if cached is not None and cached.is_file():
            return cached.read_bytes()
        try:
            data = self._write_doc(doc, swaps)
        except Exception:  # pypdf could not rewrite this damaged file: send it as it is
            return doc.source.pdf
        if cached is not None:
            write_private(cached, data)
            prune_cache(cached.parent)
        return data

    def _write_doc(self, doc: _Doc, swaps: dict[int, PdfImage]) -> bytes:
        with quiet_pypdf():
            reader = open_pdf(doc.source.pdf)
            for idnum, pdf_image in swaps.items():
                obj = reader.get_object(idnum)
                if isinstance(obj, StreamObject):
                    replace_image(obj, pdf_image)
            writer = PdfWriter(clone_from=reader)
            writer.compress_identical_objects()
            out = BytesIO()
            writer.write(out)
        return out.getvalue()

    def _cache_path(self, doc: _Doc, target: Target) -> Path | None:
        if self.cache_dir is None:
            return None
        settings = json.dumps([target.max_dpi, target.quality, target.grey, target.bilevel,
                               CACHE_VERSION])
        key = hashlib.sha256(f"{doc.cache_key}:{settings}".encode()).hexdigest()[:32]
        return self.cache_dir / f"{key}.pdf"

    def _plan_path(self) -> Path | None:
        """Where the levels chosen for exactly these inputs and this message are kept."""
        if self.cache_dir is None:
            return None
        inputs = json.dumps([[d.cache_key, d.source.protected, d.source.file_name]
                             for d in self.docs] + [self.extra, self.body,
                                                    sorted(self.headers.items()), self.budget,
                                                    repr(LADDER), CACHE_VERSION])
        return self.cache_dir / f"plan-{hashlib.sha256(inputs.encode()).hexdigest()[:32]}.json"

    def _save_plan(self, levels: list[int], pdfs: list[bytes]) -> None:
        path = self._plan_path()
        if path is None or not self._fits(self._message_size([len(p) for p in pdfs])):
            return
        unchanged = [pdf is doc.source.pdf for doc, pdf in zip(self.docs, pdfs, strict=True)]
        write_private(path, json.dumps({"levels": levels, "unchanged": unchanged}).encode())

    def _planned(self) -> tuple[int, list[int], list[bytes]] | None:
        """The result of an earlier identical run, when every shrunk copy is still cached."""
        path = self._plan_path()
        if path is None:
            return None
        try:
            plan = json.loads(path.read_bytes())
            levels, unchanged = list(plan["levels"]), list(plan["unchanged"])
            if len(levels) != len(self.docs) or len(unchanged) != len(self.docs):
                return None
            pdfs = []
            for doc, target, same in zip(self.docs, self._targets(levels), unchanged,
                                         strict=True):
                cached = self._cache_path(doc, target) if target is not None else None
                if same or cached is None:
                    pdfs.append(doc.source.pdf)
                else:
                    pdfs.append(cached.read_bytes())
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            return None  # no plan yet, or a copy was pruned: search again
        return max(levels), levels, pdfs

    def _result(self, rung: int, levels: list[int], pdfs: list[bytes]) -> ShrinkResult:
        size = self._message_size([len(p) for p in pdfs])
        outcomes = [self._outcome(doc, pdf) for doc, pdf in zip(self.docs, pdfs, strict=True)]
        self._save_plan(levels, pdfs)
        fits = self._fits(size)
        problem = "" if fits else self._problem(size, outcomes)
        self._report(1.0, "Done")
        return ShrinkResult(pdfs, rung, LADDER[rung].label, size, fits, outcomes, problem)

    def _outcome(self, doc: _Doc, pdf: bytes) -> DocOutcome:
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
            kinds = {say(SHRINK, _kind(info), self.lang, dpi=f"{info.dpi:.0f}")
                     for info in images}
            outcome.changes.append(say(
                SHRINK, "change", self.lang,
                what=", ".join(sorted(kinds)) or say(SHRINK, "cleaned", self.lang),
                before=decimal(outcome.original_size / 1_000_000, 1, self.lang),
                after=decimal(outcome.size / 1_000_000, 2, self.lang)))
        return outcome

    def _problem(self, size: int, outcomes: list[DocOutcome]) -> str:
        worst = max(outcomes, key=lambda o: o.size, default=None)
        over = decimal((size - self.budget) / 1_000_000, 2, self.lang)
        largest_extra = max((size for _, size in self.extra), default=0)
        if worst is None or worst.size < largest_extra:
            return say(SHRINK, "letters_too_big", self.lang, over=over)
        todo = say(SHRINK, "todo_protected" if worst.protected else "todo_other", self.lang)
        return say(SHRINK, "floor", self.lang, over=over, title=worst.title,
                   size=decimal(worst.size / 1_000_000, 1, self.lang), todo=todo)

    def _report(self, fraction: float, text: str) -> None:
        if self.progress is not None:
            overall = min(0.99, (self._phase + fraction) / 4) if fraction < 1.0 or text != (
                "Done") else 1.0
            self.progress(overall, text)


def _pixels(image: _Image) -> int:
    return image.info.width * image.info.height


def _kind(info: PdfImageInfo) -> str:
    """The SHRINK key that describes an image of the output."""
    if info.bits == 1:
        return "bilevel"
    return "greyscale" if info.colorspace == "/DeviceGray" else "colour"
