"""Find the images of a PDF and the size each is shown at, hence its true resolution.

A scan's resolution is not in the image: it is pixels divided by the size the page draws it
at. We follow the content stream's transformation matrix (q/Q/cm) to each `Do`, through form
XObjects (bounded depth), and keep the largest size an image is drawn at (its lowest dpi).
Pages whose resources hold no image are not parsed at all (text PDFs cost nothing).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.generic import ContentStream, DictionaryObject, IndirectObject, StreamObject

from imwu_desktop.services.documents.pdfread import forget_images_since, objects_read

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
MAX_FORM_DEPTH = 4
MAX_OPERATIONS = 200_000  # per page; beyond this a page is not worth analysing
MAX_CONTENT_BYTES = 2_000_000  # parsing is pure Python: larger pages are left as they are


@dataclass
class PdfImageInfo:
    """One image XObject: where it lives, its pixels and its lowest resolution on a page."""

    idnum: int
    generation: int
    width: int
    height: int
    dpi: float  # pixels per inch along its width and height, the lower of the two
    page: int  # first page (1-based) that shows it
    filters: tuple[str, ...]
    colorspace: str  # "/DeviceRGB", "/DeviceGray", "/ICCBased3", ... or "other"
    bits: int
    raw_size: int  # bytes of the encoded stream
    simple: bool  # no /Decode, /Mask, /ImageMask: safe to re-encode


def find_images(reader: PdfReader) -> list[PdfImageInfo]:
    """Every image shown on a page. The images' bytes are read one page at a time and not
    kept by the reader (a scan package is mostly image bytes)."""
    found: dict[int, PdfImageInfo] = {}
    for number, page in enumerate(reader.pages, start=1):
        mark = objects_read(reader)
        try:
            _describe_page(page, number, found)
        finally:
            forget_images_since(reader, mark)
    return list(found.values())


def _describe_page(page: PageObject, number: int, found: dict[int, PdfImageInfo]) -> None:
    if not _has_images(page.get("/Resources"), 0):
        return
    unit = float(page.get("/UserUnit", 1) or 1)
    for ref, image, width_pt, height_pt in _placements(page):
        info = _describe(ref, image, width_pt * unit, height_pt * unit, number)
        if info is None:
            continue
        old = found.get(info.idnum)
        if old is None or info.dpi < old.dpi:
            if old is not None:
                info.page = old.page
            found[info.idnum] = info


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _has_images(resources: Any, depth: int) -> bool:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject) or depth > MAX_FORM_DEPTH:
        return False
    xobjects = _resolve(resources.get("/XObject"))
    if not isinstance(xobjects, DictionaryObject):
        return False
    for value in xobjects.values():
        obj = _resolve(value)
        subtype = obj.get("/Subtype") if isinstance(obj, DictionaryObject) else None
        if subtype == "/Image" or (subtype == "/Form" and _has_images(
                obj.get("/Resources"), depth + 1)):
            return True
    return False


def _placements(page: PageObject) -> list[tuple[IndirectObject, StreamObject, float, float]]:
    out: list[tuple[IndirectObject, StreamObject, float, float]] = []
    contents = page.get_contents()  # pypdf caps decompression (75 MB by default)
    if contents is None or len(contents.get_data()) > MAX_CONTENT_BYTES:
        return out  # not a scan (a scanned page draws its image in a few bytes): leave it
    _walk(contents, page.get("/Resources"), IDENTITY, page.pdf, out, 0)
    return out


def _walk(stream: Any, resources: Any, ctm: Matrix, pdf: Any,
          out: list[tuple[IndirectObject, StreamObject, float, float]], depth: int) -> None:
    resources = _resolve(resources)
    xobjects = _resolve(resources.get("/XObject")) if isinstance(resources,
                                                                 DictionaryObject) else None
    if not isinstance(xobjects, DictionaryObject):
        return
    operations = ContentStream(stream, pdf).operations
    stack: list[Matrix] = []
    for count, (operands, operator) in enumerate(operations):
        if count > MAX_OPERATIONS:
            return
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop() if stack else ctm
        elif operator == b"cm" and len(operands) == 6:
            ctm = _multiply(_matrix(operands), ctm)
        elif operator == b"Do" and operands:
            ref = xobjects.raw_get(operands[0]) if operands[0] in xobjects else None
            obj = _resolve(ref)
            if not isinstance(obj, StreamObject):
                continue
            subtype = obj.get("/Subtype")
            if subtype == "/Image" and isinstance(ref, IndirectObject):
                out.append((ref, obj, math.hypot(ctm[0], ctm[1]), math.hypot(ctm[2], ctm[3])))
            elif subtype == "/Form" and depth < MAX_FORM_DEPTH:
                matrix = obj.get("/Matrix")
                inner = _multiply(_matrix(matrix), ctm) if isinstance(matrix, list) and len(
                    matrix) == 6 else ctm
                _walk(obj, obj.get("/Resources") or resources, inner, pdf, out, depth + 1)


def _matrix(values: Any) -> Matrix:
    a, b, c, d, e, f = (float(v) for v in values)
    return (a, b, c, d, e, f)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m × n in PDF's row-vector convention (m applied first)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _describe(ref: IndirectObject, image: StreamObject, width_pt: float, height_pt: float,
              page: int) -> PdfImageInfo | None:
    try:
        width, height = int(_resolve(image["/Width"])), int(_resolve(image["/Height"]))
    except (KeyError, TypeError, ValueError):
        return None
    if width <= 0 or height <= 0 or width_pt <= 0 or height_pt <= 0:
        return None
    dpi = min(width / (width_pt / 72), height / (height_pt / 72))
    filters = image.get("/Filter")
    if filters is None:
        names: tuple[str, ...] = ()
    elif isinstance(filters, list):
        names = tuple(str(_resolve(f)) for f in filters)
    else:
        names = (str(_resolve(filters)),)
    simple = not any(key in image for key in ("/Decode", "/Mask", "/ImageMask"))
    bits = int(_resolve(image.get("/BitsPerComponent", 8)) or 8)
    return PdfImageInfo(ref.idnum, ref.generation, width, height, dpi, page, names,
                        _colorspace(image.get("/ColorSpace")), bits,
                        len(image._data or b""), simple)


def _colorspace(value: Any) -> str:
    value = _resolve(value)
    if isinstance(value, str) and value in ("/DeviceRGB", "/DeviceGray"):
        return value
    if isinstance(value, list) and value and value[0] == "/ICCBased":
        profile = _resolve(value[1])
        n = int(profile.get("/N", 0)) if isinstance(profile, DictionaryObject) else 0
        return {1: "/ICCBased1", 3: "/ICCBased3"}.get(n, "other")
    return "other"
