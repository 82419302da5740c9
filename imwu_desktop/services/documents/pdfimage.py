"""A minimal PDF writer for pages that each show one image (scans and photos).

Writing the few objects ourselves lets a JPEG go into the PDF byte for byte (no re-encoding,
no quality loss) and lets EXIF orientation be a page transform instead of a re-encode.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class PdfImage:
    """Encoded pixel data ready to be a PDF image XObject."""

    data: bytes
    width: int
    height: int
    colorspace: str  # "DeviceRGB" | "DeviceGray" | "DeviceCMYK"
    bits: int  # bits per component: 8, or 1 for bilevel scans
    filter: str  # "DCTDecode" (JPEG) | "FlateDecode" (zlib of rows) | "CCITTFaxDecode"
    decode: str = ""  # e.g. "[1 0 1 0 1 0 1 0]" for Adobe CMYK JPEGs
    decode_parms: str = ""  # e.g. the CCITT parameters


@dataclass(frozen=True)
class ImagePage:
    """One page: its size in points and how the image is placed (a PDF `cm` matrix)."""

    width_pt: float
    height_pt: float
    image: PdfImage
    matrix: tuple[float, float, float, float, float, float]


def flate_image(raw: bytes, width: int, height: int, colorspace: str, bits: int) -> PdfImage:
    return PdfImage(zlib.compress(raw, 6), width, height, colorspace, bits, "FlateDecode")


def build_pdf(pages: list[ImagePage]) -> bytes:
    """A complete PDF file with one image per page.

    Objects are kept as lists of parts and joined once at the end, so the images' bytes are
    copied once (a phone photo is several MB; concatenating as we go copied it three times).
    """
    objects: list[list[bytes]] = []  # object n is objects[n - 1]

    def add(body: list[bytes]) -> int:
        objects.append(body)
        return len(objects)

    catalog = add([])  # filled in once the page tree exists
    tree = add([])
    kids: list[int] = []
    for page in pages:
        img = page.image
        decode = f"/Decode {img.decode} " if img.decode else ""
        decode += f"/DecodeParms {img.decode_parms} " if img.decode_parms else ""
        image_id = add(_stream(
            f"<< /Type /XObject /Subtype /Image /Width {img.width} /Height {img.height} "
            f"/ColorSpace /{img.colorspace} /BitsPerComponent {img.bits} {decode}"
            f"/Filter /{img.filter}", img.data))
        content = ("q " + " ".join(_num(v) for v in page.matrix) + " cm /Im0 Do Q").encode()
        content_id = add(_stream("<<", content))
        kids.append(add([
            f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {_num(page.width_pt)} "
            f"{_num(page.height_pt)}] /Resources << /XObject << /Im0 {image_id} 0 R >> >> "
            f"/Contents {content_id} 0 R >>".encode()]))
    objects[catalog - 1] = [f"<< /Type /Catalog /Pages {tree} 0 R >>".encode()]
    refs = " ".join(f"{k} 0 R" for k in kids)
    objects[tree - 1] = [f"<< /Type /Pages /Kids [{refs}] /Count {len(kids)} >>".encode()]
    return _assemble(objects, catalog)


def _stream(dict_start: str, data: bytes) -> list[bytes]:
    return [f"{dict_start} /Length {len(data)} >>\nstream\n".encode(), data, b"\nendstream"]


def _assemble(objects: list[list[bytes]], root: int) -> bytes:
    parts = [b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"]
    size = len(parts[0])
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(size)
        for part in (f"{number} 0 obj\n".encode(), *body, b"\nendobj\n"):
            parts.append(part)
            size += len(part)
    parts.append(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    parts.extend(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    parts.append((f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\n"
                  f"startxref\n{size}\n%%EOF\n").encode())
    return b"".join(parts)


def _num(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"
