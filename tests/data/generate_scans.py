"""Generators for the documents tests and benchmark: realistic scans, photos and bad PDFs.

Everything is made on the fly (deterministic, seeded) so no big binary is committed:
- a 10-page 300-dpi scanned package (JPEG pages in one PDF, ~2-3 MB a page),
- a phone photo of a passport data page (colour, stored sideways with EXIF orientation 6),
- a scanned diploma (300 dpi, cream paper, a red seal), three text PDFs made with reportlab,
- malformed PDFs: encrypted, truncated, zero-byte, not-really-a-PDF, enormous page.
"""

from __future__ import annotations

import random
import zlib
from functools import cache
from io import BytesIO

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

A4_300 = (2480, 3508)
LETTER_LANDSCAPE_300 = (3300, 2550)
_WORDS = ("the", "employer", "confirms", "that", "worker", "will", "perform", "duties",
          "described", "in", "offer", "employment", "contract", "salary", "period", "Canada",
          "service", "agreement", "company", "schedule", "experience", "education",
          "engineering", "installation", "support", "technical")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


@cache
def _grain(size: tuple[int, int], strength: float) -> tuple[Image.Image, Image.Image]:
    """Scanner/camera noise: a luminance grain and a weaker colour grain (made once)."""
    grey = Image.new("L", size, 128)
    luma = Image.blend(grey, Image.effect_noise(size, 40.0), strength)
    chroma = Image.blend(grey, Image.effect_noise(size, 40.0), strength / 3)
    return luma, chroma


def _add_grain(base: Image.Image, strength: float = 0.25) -> Image.Image:
    """Add noise the way sensors do: mostly brightness, a little colour."""
    luma, chroma = _grain(base.size, strength)
    r, g, b = base.split()
    r = ImageChops.add(r, luma, offset=-128)
    g = ImageChops.add(g, ImageChops.add(luma, chroma, offset=-128), offset=-128)
    b = ImageChops.add(b, luma, offset=-128)
    return Image.merge("RGB", (r, g, b))


def _text_lines(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], size: int,
                rng: random.Random, fill: tuple[int, int, int] = (25, 25, 30)) -> None:
    left, top, right, bottom = box
    font = _font(size)
    y = top
    while y < bottom - size:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 14))]
        draw.text((left, y), " ".join(words)[: (right - left) // (size // 2)], font=font,
                  fill=fill)
        y += int(size * 1.5)


def scanned_page(index: int, size: tuple[int, int] = A4_300) -> Image.Image:
    """A grey-ish office scan of a typed page at 300 dpi (10-point type = 42 px)."""
    page = _typed_page(index % 3, size).copy()
    draw = ImageDraw.Draw(page)
    draw.rectangle((180, 160, 900, 280), fill=(244, 242, 236))
    draw.text((200, 180), f"Page {index + 1}", font=_font(70), fill=(20, 20, 20))
    return page


@cache
def _typed_page(variant: int, size: tuple[int, int]) -> Image.Image:
    """Three distinct page bodies are enough; making each costs ~0.4 s."""
    page = Image.new("RGB", size, (246, 244, 238))
    draw = ImageDraw.Draw(page)
    _text_lines(draw, (200, 400, size[0] - 200, size[1] - 300), 42, random.Random(variant))
    return _add_grain(page.filter(ImageFilter.BoxBlur(1)))


def jpeg_bytes(image: Image.Image, quality: int = 92, dpi: int = 300,
               exif: Image.Exif | None = None) -> bytes:
    out = BytesIO()
    extra = {"exif": exif} if exif is not None else {}
    image.save(out, "JPEG", quality=quality, dpi=(dpi, dpi), **extra)
    return out.getvalue()


@cache
def scanned_package_pdf(pages: int = 10) -> bytes:
    """One PDF of `pages` 300-dpi colour JPEG scans (Pillow writes the JPEGs as DCTDecode)."""
    images = [scanned_page(i) for i in range(pages)]
    out = BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=300.0,
                   quality=92)
    return out.getvalue()


@cache
def passport_photo() -> bytes:
    """A 12 MP phone photo of a passport data page: colour, stored sideways (EXIF 6), 72 dpi."""
    width, height = 4032, 3024
    photo = Image.new("RGB", (width, height), (70, 60, 50))  # the table under the passport
    page = Image.linear_gradient("L").resize((3400, 2400)).convert("RGB")
    tint = Image.new("RGB", page.size, (200, 120, 160))
    page = Image.blend(page, tint, 0.7)
    draw = ImageDraw.Draw(page)
    for x in range(0, page.width, 60):  # guilloche-like colour lines
        draw.arc((x - 400, 200, x + 400, 1200), 0, 180, fill=(60, 110, 190), width=3)
    draw.rectangle((150, 500, 1050, 1700), fill=(150, 120, 100))  # the portrait
    draw.ellipse((350, 650, 850, 1300), fill=(230, 190, 160))
    font = _font(70)
    for row, text in enumerate(("PASSPORT / PASSEPORT", "DUPONT", "CLAIRE MARIE",
                                "FRANCAISE", "12 MAR 1990", "P123456789")):
        draw.text((1250, 350 + row * 170), text, font=font, fill=(20, 20, 60))
    mono = _font(80)
    draw.text((150, 1950), "P<FRADUPONT<<CLAIRE<MARIE<<<<<<<<<<<<<<<<<<<", font=mono,
              fill=(10, 10, 10))
    draw.text((150, 2100), "12AB345678FRA9003128F3011255<<<<<<<<<<<<<<02", font=mono,
              fill=(10, 10, 10))
    photo.paste(page, (316, 312))
    photo = _add_grain(photo.filter(ImageFilter.BoxBlur(1)), 0.35)
    stored = photo.transpose(Image.Transpose.ROTATE_90)  # the camera held upright
    exif = Image.Exif()
    exif[0x0112] = 6
    return jpeg_bytes(stored, quality=90, dpi=72, exif=exif)


@cache
def scanned_diploma() -> bytes:
    """A 300-dpi colour scan of a diploma (Letter, landscape) with a red seal."""
    rng = random.Random(11)
    page = Image.new("RGB", LETTER_LANDSCAPE_300, (250, 240, 215))
    draw = ImageDraw.Draw(page)
    draw.rectangle((100, 100, 3200, 2450), outline=(120, 90, 40), width=25)
    draw.text((700, 300), "UNIVERSITÉ DE LYON", font=_font(150), fill=(60, 40, 20))
    draw.text((800, 600), "Diplôme d'ingénieur", font=_font(110), fill=(60, 40, 20))
    _text_lines(draw, (400, 900, 2900, 1700), 50, rng, fill=(50, 40, 30))
    draw.ellipse((2400, 1750, 2900, 2250), fill=(190, 30, 40))
    return jpeg_bytes(_add_grain(page.filter(ImageFilter.BoxBlur(1))), quality=92, dpi=300)


def text_pdf(title: str, paragraphs: int = 6, pages: int = 1) -> bytes:
    """A typed letter made with reportlab (vector text, a few KB)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    rng = random.Random(title)
    out = BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter)
    for number in range(pages):
        pdf.setFont("Helvetica-Bold", 14)
        pdf.drawString(72, 720, f"{title} ({number + 1}/{pages})")
        pdf.setFont("Helvetica", 10)
        y = 690.0
        for _ in range(paragraphs):
            for _ in range(5):
                pdf.drawString(72, y, " ".join(rng.choice(_WORDS) for _ in range(14)))
                y -= 14
            y -= 10
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def text_pdfs() -> dict[str, bytes]:
    return {"company_letter": text_pdf("Company letter"),
            "job_offer": text_pdf("Job offer", pages=2),
            "cv": text_pdf("Curriculum vitae", paragraphs=8)}


# --- malformed PDFs ----------------------------------------------------------------------

def encrypted_pdf(user_password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(text_pdf("Locked letter"))))
    writer.encrypt(user_password=user_password, owner_password="owner-" + user_password,
                   algorithm="AES-256")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def owner_only_encrypted_pdf() -> bytes:
    """Opens without a password (restrictions only): must pass, unlocked."""
    return encrypted_pdf(user_password="")


def truncated_pdf() -> bytes:
    data = text_pdf("Truncated", pages=3)
    return data[: len(data) // 2]


def zero_byte_pdf() -> bytes:
    return b""


def not_really_pdf() -> bytes:
    """A Word document (a ZIP with word/document.xml) that someone renamed to .pdf."""
    import zipfile

    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


@cache
def enormous_page_pdf(side_pt: int = 14400, user_unit: int = 10,
                      image_px: int = 20000) -> bytes:
    """A 200-inch page magnified 10x (UserUnit), showing a 20000x20000 grey image whose
    compressed data is tiny (a decompression bomb of 400 MB)."""
    raw = zlib.compress(b"\xff" * image_px * image_px, 6)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {side_pt} {side_pt}] "
         f"/UserUnit {user_unit} /Resources << /XObject << /Im0 4 0 R >> >> "
         "/Contents 5 0 R >>").encode(),
        (f"<< /Type /XObject /Subtype /Image /Width {image_px} /Height {image_px} "
         f"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode "
         f"/Length {len(raw)} >>\nstream\n").encode() + raw + b"\nendstream",
        _content_stream(f"q {side_pt} 0 0 {side_pt} 0 0 cm /Im0 Do Q".encode()),
    ]
    return _assemble(objects)


def _content_stream(data: bytes) -> bytes:
    return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def _assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.6\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


def broken_xref_pdf() -> bytes:
    """A whole PDF whose cross-reference offset is wrong: a reader can rebuild it."""
    data = text_pdf("Repairable", pages=2)
    head, _, tail = data.rpartition(b"startxref")
    return head + b"startxref\n999999" + tail[tail.index(b"\n", 1):]


def pdf_with_script_and_attachment() -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(BytesIO(text_pdf("With extras"))))
    writer.root_object[NameObject("/OpenAction")] = DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"),
        NameObject("/JS"): TextStringObject("app.alert('hello');")})
    writer.add_attachment("invoice.xml", b"<invoice/>")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_form_fields() -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter)
    pdf.drawString(72, 720, "Family name:")
    pdf.acroForm.textfield(name="family_name", value="DUPONT", x=160, y=712, width=200,
                           height=20)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def content_bomb_pdf(megabytes: int = 60) -> bytes:
    """A page showing a small image, whose content stream inflates to `megabytes` MB of
    harmless operators: parsing it all would take minutes."""
    image = scans_image_stream()
    filler = zlib.compress(b"q Q\n" * (megabytes * 1024 * 256), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents [5 0 R 6 0 R] >>",
        image,
        _content_stream(b"q 612 0 0 792 0 0 cm /Im0 Do Q\n"),
        f"<< /Length {len(filler)} /Filter /FlateDecode >>\nstream\n".encode() + filler
        + b"\nendstream",
    ]
    return _assemble(objects)


def scans_image_stream() -> bytes:
    data = jpeg_bytes(Image.new("RGB", (850, 1100), (240, 240, 235)), dpi=100)
    return (b"<< /Type /XObject /Subtype /Image /Width 850 /Height 1100 /ColorSpace /DeviceRGB "
            b"/BitsPerComponent 8 /Filter /DCTDecode /Length " + str(len(data)).encode()
            + b" >>\nstream\n" + data + b"\nendstream")
