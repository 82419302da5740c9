"""A complete sample case (the contract's example) with small generated documents.

Used by the GUI tests and by docs/screenshots/take.py. Documents are made here, never committed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

CONTRACT = Path(__file__).resolve().parents[1] / "data" / "contract" / "case.json"


def tiny_pdf(title: str) -> bytes:
    """A one-page PDF with a line of text (hand-written objects, valid xref)."""
    stream = f"BT /F1 18 Tf 72 720 Td ({title}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def tiny_jpeg(path: Path) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 400), "white")
    ImageDraw.Draw(image).text((20, 20), "PASSPORT / PASSEPORT - DUPONT Claire Marie", fill="black")
    image.save(path, "JPEG", quality=80)


def write_sources(folder: Path) -> Path:
    """The contract JSON and its documents in `folder`; returns the JSON's path."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = folder / "docs"
    docs.mkdir(exist_ok=True)
    shutil.copy(CONTRACT, folder / "case.json")
    data = json.loads(CONTRACT.read_text(encoding="utf-8"))
    for entry in data["documents"]:
        target = folder / entry["path"]
        if target.suffix == ".jpg":
            tiny_jpeg(target)
        else:
            target.write_bytes(tiny_pdf(target.stem))
    return folder / "case.json"


def make_sample_case(folder: Path, name: str = "DUPONT Claire.imwu") -> Path:
    """A saved .imwu of the contract's example case, with its documents."""
    from imwu_desktop.services import casefile

    opened = casefile.import_case_json(write_sources(folder / "sources"))
    target = folder / name
    try:
        casefile.save_case(opened, target)
    finally:
        opened.close()
    return target
