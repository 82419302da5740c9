"""One document's images for the shrink: what they are, and encoding one for a target.

The search (shrink.py) decides which target each document gets; this module reads a
document's images once (analyse) and encodes one image in a worker thread (encode_image).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import StreamObject

from imwu_desktop.domain.i18n_text import say
from imwu_desktop.services.documents import recode
from imwu_desktop.services.documents.image_swap import can_recode
from imwu_desktop.services.documents.messages import SHRINK
from imwu_desktop.services.documents.pdfimage import PdfImage
from imwu_desktop.services.documents.pdfread import forget, open_pdf, quiet_pypdf
from imwu_desktop.services.documents.pdfscan import PdfImageInfo, find_images
from imwu_desktop.services.documents.recode import Look, Target
from imwu_desktop.services.documents.shrink_plan import CancelToken, PackageDoc


@dataclass
class SourceImage:
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
class SourceDoc:
    source: PackageDoc
    images: list[SourceImage]
    _reader: PdfReader | None = None

    @functools.cached_property
    def cache_key(self) -> str:
        """Identifies the input for the disk cache (hashed only when a cache is used)."""
        return self.source.source_key or hashlib.sha256(self.source.pdf).hexdigest()

    def raw(self, image: SourceImage) -> bytes | None:
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
class Encoded:
    image: PdfImage | None  # None: keep the original
    size: int


def analyse(number: int, source: PackageDoc, lang: str = "en") -> SourceDoc:
    """The document's recodable images (none when its structure is damaged: sent as is)."""
    try:
        return SourceDoc(source, _images(number, source, lang))
    except Exception:  # damaged structure (pypdf can raise anything): send it as it is
        return SourceDoc(source, [])

def _images(number: int, source: PackageDoc, lang: str) -> list[SourceImage]:
    images: list[SourceImage] = []
    with quiet_pypdf():
        reader = open_pdf(source.pdf)
        for info in find_images(reader):
            raw = reader.get_object(info.idnum)
            if not isinstance(raw, StreamObject):
                continue
            is_jpeg = info.filters == ("/DCTDecode",)
            image = SourceImage(info, f"{number}:{info.idnum}", is_jpeg,
                           recode.jpeg_quality(bytes(raw._data or b"")) if is_jpeg
                           else None)
            del raw
            forget(reader, info.idnum, info.generation)
            if info.width * info.height > recode.MAX_PIXELS:
                image.refused = say(SHRINK, "huge_image", lang, page=info.page,
                                    title=source.title, width=info.width,
                                    height=info.height)
            elif not can_recode(info):
                continue
            images.append(image)
    return images

def encode_image(doc: SourceDoc, image: SourceImage, target: Target, raw: bytes | None,
                 bilevel: dict[str, Encoded], cancel: CancelToken | None, lang: str
                 ) -> Encoded:
    """The image encoded for `target` (a worker thread's job: `raw` is the JPEG's bytes,
    read by the searching thread), or the original when that is no smaller. A black and
    white result is also kept in `bilevel` by image key (it ignores dpi and quality)."""
    if cancel is not None and cancel.is_set():
        return Encoded(None, image.raw_size)
    try:
        return _encode_checked(doc, image, target, raw, bilevel)
    except Exception:  # a damaged image (Pillow or pypdf can raise anything): keep it
        image.refused = say(SHRINK, "unreadable_image", lang, page=image.info.page,
                            title=doc.source.title)
        return Encoded(None, image.raw_size)

def _encode_checked(doc: SourceDoc, image: SourceImage, target: Target, raw: bytes | None,
                    bilevel_cache: dict[str, Encoded]) -> Encoded:
    info = image.info
    decoded = None
    if image.look is None:  # first sight: one decode serves the look and the encoding
        most = max(target.max_dpi, recode.BILEVEL_DPI if target.bilevel else 0.0)
        decoded = _decode(doc, image, most, raw)
        image.look = recode.look_at(decoded)
    look = image.look
    bilevel = target.bilevel and look.text
    fits_already = (info.dpi <= target.max_dpi * 1.05 and image.quality is not None
                    and image.quality <= target.quality + 2
                    and not (target.grey and look.grey and info.colorspace != "/DeviceGray")
                    and not bilevel)
    if fits_already or (info.bits == 1 and not bilevel):
        return Encoded(None, image.raw_size)
    need = recode.BILEVEL_DPI if bilevel else target.max_dpi
    pdf_image = recode.encode(decoded or _decode(doc, image, need, raw), target, look)
    if len(pdf_image.data) >= image.raw_size:
        result = Encoded(None, image.raw_size)
    else:
        result = Encoded(pdf_image, len(pdf_image.data))
    if bilevel:
        bilevel_cache[image.key] = result
    return result

def _decode(doc: SourceDoc, image: SourceImage, min_dpi: float, raw: bytes | None
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


def pixels(image: SourceImage) -> int:
    """How many pixels decoding the image takes."""
    return image.info.width * image.info.height
