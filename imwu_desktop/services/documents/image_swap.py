"""Swap the pixels of an image inside a PDF for re-encoded ones, keeping its placement."""

from __future__ import annotations

from pypdf.generic import BooleanObject, DictionaryObject, NameObject, NumberObject, StreamObject

from imwu_desktop.services.documents.pdfimage import PdfImage
from imwu_desktop.services.documents.pdfscan import PdfImageInfo


def can_recode(info: PdfImageInfo) -> bool:
    """Images we can decode and replace without changing how they look."""
    if not info.simple or info.colorspace == "other" or info.bits not in (1, 8):
        return False
    return info.filters in (("/DCTDecode",), ("/FlateDecode",), ())


def replace_image(obj: StreamObject, image: PdfImage) -> None:
    """Put new pixels into an existing image object (same object number, same placement)."""
    obj._data = image.data
    if hasattr(obj, "decoded_self"):
        obj.decoded_self = None
    for key in ("/DecodeParms", "/Decode", "/Length"):
        obj.pop(NameObject(key), None)
    obj[NameObject("/Width")] = NumberObject(image.width)
    obj[NameObject("/Height")] = NumberObject(image.height)
    obj[NameObject("/ColorSpace")] = NameObject(f"/{image.colorspace}")
    obj[NameObject("/BitsPerComponent")] = NumberObject(image.bits)
    obj[NameObject("/Filter")] = NameObject(f"/{image.filter}")
    if image.filter == "CCITTFaxDecode":
        parms = DictionaryObject({
            NameObject("/K"): NumberObject(-1),
            NameObject("/Columns"): NumberObject(image.width),
            NameObject("/Rows"): NumberObject(image.height),
            NameObject("/BlackIs1"): BooleanObject(True)})
        obj[NameObject("/DecodeParms")] = parms
