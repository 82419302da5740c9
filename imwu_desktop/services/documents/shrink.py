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

import hashlib
import json
import os
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from io import BytesIO
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import (
    StreamObject,
)

from imwu_desktop.services.documents import budget
from imwu_desktop.services.documents.errors import Cancelled
from imwu_desktop.services.documents.image_swap import replace_image
from imwu_desktop.services.documents.pdfimage import PdfImage
from imwu_desktop.services.documents.pdfread import open_pdf, quiet_pypdf
from imwu_desktop.services.documents.private_files import write_private
from imwu_desktop.services.documents.recode import Target
from imwu_desktop.services.documents.shrink_cache import CACHE_MAX_BYTES, CACHE_VERSION, prune_cache
from imwu_desktop.services.documents.shrink_images import (
    Encoded,
    SourceDoc,
    SourceImage,
    analyse,
    encode_image,
    pixels,
)
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
from imwu_desktop.services.documents.shrink_report import outcome, problem

__all__ = [  # the shrink's public face; the plan and the cache live in their own modules
    "CACHE_MAX_BYTES", "FLOOR_DPI", "FLOOR_QUALITY", "LADDER", "CancelToken", "DocOutcome",
    "PackageDoc", "Progress", "Rung", "ShrinkResult", "prune_cache", "shrink_to_fit",
]

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
        self.encoded: dict[tuple[str, Target], Encoded] = {}
        self.bilevel: dict[str, Encoded] = {}  # black and white ignores dpi caps and quality
        self.docs: list[SourceDoc] = []
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

    def _target(self, doc: SourceDoc, rung: int) -> Target | None:
        step = LADDER[rung]
        return step.protected if doc.source.protected else step.normal

    # --- analysis and encoding -------------------------------------------------------------

    def _analyse(self, number: int, source: PackageDoc) -> SourceDoc:
        return analyse(number, source, self.lang)

    def _encode_all(self, targets: list[Target | None], label: str,
                    stop_over_budget: bool = False) -> bool:
        """Encode every image for its document's target; False when abandoned as clearly
        over budget."""
        jobs: list[tuple[SourceDoc, SourceImage, Target]] = []
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
        pending: dict[Future[Encoded], tuple[SourceImage, Target]] = {}
        with ThreadPoolExecutor(max_workers=self.workers) as pool:

            def submit_next() -> bool:
                """One job per free worker (so a stop is a stop), and no more than
                PIXELS_AT_ONCE decoded at once unless the job runs alone."""
                if not waiting or len(pending) >= self.workers:
                    return False
                doc, image, target = waiting[0]
                running = sum(pixels(running) for running, _ in pending.values())
                if pending and running + pixels(image) > PIXELS_AT_ONCE:
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

    def _encode_one(self, doc: SourceDoc, image: SourceImage, target: Target,
                    raw: bytes | None) -> Encoded:
        return encode_image(doc, image, target, raw, self.bilevel, self.cancel, self.lang)

    # --- output ----------------------------------------------------------------------------

    def _build(self, targets: list[Target | None]) -> list[bytes]:
        self._encode_all(targets, "the final documents")
        return [self._build_doc(doc, target)
                for doc, target in zip(self.docs, targets, strict=True)]

    def _build_doc(self, doc: SourceDoc, target: Target | None) -> bytes:
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

    def _write_doc(self, doc: SourceDoc, swaps: dict[int, PdfImage]) -> bytes:
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

    def _cache_path(self, doc: SourceDoc, target: Target) -> Path | None:
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
        outcomes = [outcome(doc, pdf, self.lang)
                    for doc, pdf in zip(self.docs, pdfs, strict=True)]
        self._save_plan(levels, pdfs)
        fits = self._fits(size)
        problem_text = "" if fits else problem(size, self.budget, self.extra, outcomes, self.lang)
        self._report(1.0, "Done")
        return ShrinkResult(pdfs, rung, LADDER[rung].label, size, fits, outcomes, problem_text)

    def _report(self, fraction: float, text: str) -> None:
        if self.progress is not None:
            overall = min(0.99, (self._phase + fraction) / 4) if fraction < 1.0 or text != (
                "Done") else 1.0
            self.progress(overall, text)
