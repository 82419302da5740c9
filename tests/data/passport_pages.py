"""Generated passport pages for the MRZ reader's tests and benchmark (nothing committed).

Each page is a passport-like biographic page (tinted paper with a guilloche-like pattern,
printed labels and values, a photo block) with a random but valid TD3 MRZ at the bottom,
rendered in DejaVu Sans Mono (fonts-dejavu-core; a free OCR-B-like monospace stand-in —
OCR-B itself is used for the reader's templates, see docs/ocr-choice.md). The page is then
photographed: laid on a noisy table, tilted a few degrees, possibly sideways or upside
down, lit unevenly, blurred, grained and JPEG-compressed, at a chosen resolution.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from imwu_desktop.domain.mrz import check_digit

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
_FAMILIES = ("GARCIA", "NGUYEN", "OCONNOR", "MUELLER", "DUBOIS", "SMITH", "KOWALSKI",
             "ROSSI", "SILVA", "TANAKA", "OKONKWO", "VAN<DER<BERG", "ZZYZX", "BOOTH",
             "QUINTERO<GOMEZ", "IBRAHIMOVIC", "DE<LA<CRUZ<OLIVEIRA<SANTOS")
_GIVEN = ("ANNA<MARIA", "JOSE", "LI", "OLUWASEUN", "ZOE", "BJORN", "SIOBHAN", "XAVIER",
          "MARIE<CLAIRE", "IOANNIS", "QUENTIN", "GUSTAVO<ADOLFO<JOSE<MARIA")
_NATIONALITIES = ("FRA", "GBR", "MEX", "JPN", "AUS", "IRL", "DEU", "ITA", "BRA", "KOR",
                  "NZL", "CHL", "POL", "ESP", "NLD", "ISR", "SWE", "GRC")


@dataclass(frozen=True)
class MrzTruth:
    line1: str
    line2: str

    @property
    def text(self) -> str:
        return f"{self.line1}\n{self.line2}"


def random_mrz(rng: random.Random) -> MrzTruth:
    """A valid passport MRZ with confusable characters (O/0, I/1, B/8...) on purpose."""
    nat = rng.choice(_NATIONALITIES)
    line1 = f"P<{nat}{rng.choice(_FAMILIES)}<<{rng.choice(_GIVEN)}".ljust(44, "<")[:44]
    pool = "0123456789ABOISZ8"
    number = "".join(rng.choice(pool) for _ in range(rng.choice((8, 9)))).ljust(9, "<")
    born = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    expiry = f"{rng.randint(27, 36):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    optional = "".join(rng.choice("0123456789OIB<") for _ in range(rng.randint(0, 14)))
    optional = optional.strip("<").ljust(14, "<")
    opt_digit = check_digit(optional) if optional.strip("<") else "<"
    body = (f"{number}{check_digit(number)}{nat}{born}{check_digit(born)}"
            f"{rng.choice('MFX').replace('X', '<')}{expiry}{check_digit(expiry)}"
            f"{optional}{opt_digit}")
    composite = body[0:10] + body[13:20] + body[21:43]
    return MrzTruth(line1, body + check_digit(composite))


def passport_page(truth: MrzTruth, rng: random.Random, dpi: int = 300,
                  font_path: str = MONO) -> Image.Image:
    """A clean passport biographic page (125 x 88 mm) at `dpi`."""
    mm = dpi / 25.4
    w, h = round(125 * mm), round(88 * mm)
    page = Image.new("RGB", (w, h), (rng.randint(225, 245), rng.randint(225, 240),
                                      rng.randint(205, 235)))
    draw = ImageDraw.Draw(page)
    for k in range(0, w + h, max(3, round(2.2 * mm))):  # guilloche-like fine lines
        shade = (rng.randint(190, 215), rng.randint(200, 225), rng.randint(205, 230))
        draw.arc((k - h, -h // 2, k + h // 3, h * 3 // 2), 200, 340, fill=shade, width=1)
    label = ImageFont.truetype(SANS, max(8, round(2.0 * mm)))
    value = ImageFont.truetype(SANS_BOLD, max(8, round(2.8 * mm)))
    draw.text((5 * mm, 4 * mm), "PASSPORT / PASSEPORT", font=value, fill=(40, 40, 90))
    draw.rectangle((5 * mm, 12 * mm, 33 * mm, 48 * mm), fill=(150, 140, 135))
    draw.ellipse((11 * mm, 16 * mm, 27 * mm, 34 * mm), fill=(110, 95, 90))
    family, _, given = truth.line1[5:].partition("<<")
    rows = (("Surname / Nom", family.replace("<", " ").strip()),
            ("Given names / Prénoms", given.replace("<", " ").strip()),
            ("Nationality", truth.line2[10:13]), ("Date of birth", truth.line2[13:19]),
            ("Passport No.", truth.line2[0:9].strip("<")))
    for i, (lab, val) in enumerate(rows):
        y = (12 + i * 7.5) * mm
        draw.text((38 * mm, y), lab, font=label, fill=(90, 90, 110))
        draw.text((38 * mm, y + 2.6 * mm), val, font=value, fill=(30, 30, 30))
    mrz_font = _mrz_font(font_path, mm)
    for i, line in enumerate((truth.line1, truth.line2)):
        draw.text((6 * mm, (70.5 + i * 6.0) * mm), line, font=mrz_font, fill=(25, 25, 30))
    return page


def _mrz_font(font_path: str, mm: float) -> ImageFont.FreeTypeFont:
    """The font at the size whose advance is ICAO's 2.54 mm pitch (10 characters per inch)."""
    probe = ImageFont.truetype(font_path, 100)
    size = 100 * 2.54 * mm / probe.getlength("M")
    return ImageFont.truetype(font_path, max(6, round(size)))


@dataclass(frozen=True)
class Shot:
    """How the page is photographed."""

    long_side: int = 2000  # pixels of the photo's longer side
    tilt: float = 0.0  # degrees, counter-clockwise
    quarter_turns: int = 0  # 0..3: the photo stored sideways or upside down
    blur: float = 0.6
    noise: float = 12.0
    jpeg_quality: int = 85
    fill: float = 0.7  # share of the photo's width the page covers


def photograph(page: Image.Image, shot: Shot, rng: random.Random) -> Image.Image:
    """The page laid on a textured table, tilted, lit unevenly, blurred and grainy."""
    long_side = shot.long_side
    w, h = long_side, round(long_side * 3 / 4)
    scale = shot.fill * w / page.width
    shown = page.resize((round(page.width * scale), round(page.height * scale)),
                        Image.Resampling.LANCZOS)
    shown = shown.rotate(shot.tilt, expand=True, resample=Image.Resampling.BICUBIC,
                         fillcolor=(0, 0, 0))
    mask = Image.new("L", (round(page.width * scale), round(page.height * scale)), 255)
    mask = mask.rotate(shot.tilt, expand=True)
    table = _table(w, h, rng)
    x = max(0, (w - shown.width) // 2 + rng.randint(-w // 20, w // 20))
    y = max(0, (h - shown.height) // 2 + rng.randint(-h // 20, h // 20))
    table.paste(shown, (x, y), mask)
    photo = _light(table, rng)
    if shot.blur:
        photo = photo.filter(ImageFilter.GaussianBlur(shot.blur * long_side / 2000))
    photo = _grain(photo, shot.noise, rng)
    if shot.quarter_turns:
        photo = photo.rotate(90 * shot.quarter_turns, expand=True)
    return photo


def _table(w: int, h: int, rng: random.Random) -> Image.Image:
    base = (rng.randint(60, 140), rng.randint(50, 110), rng.randint(30, 90))
    small = Image.effect_noise((max(8, w // 16), max(8, h // 16)), 50).convert("RGB")
    tint = Image.new("RGB", small.size, base)
    wood = Image.blend(tint, small, 0.35).resize((w, h), Image.Resampling.BICUBIC)
    return wood


def _light(img: Image.Image, rng: random.Random) -> Image.Image:
    """A soft light gradient (a lamp on one side)."""
    w, h = img.size
    angle = rng.uniform(0, 2 * math.pi)
    grad = Image.linear_gradient("L").resize((w, h)).rotate(math.degrees(angle))
    dark = Image.new("RGB", (w, h), (0, 0, 0))
    return Image.composite(img, Image.blend(img, dark, 0.35), grad.point(lambda v: 140 + v // 3))


def _grain(img: Image.Image, sigma: float, rng: random.Random) -> Image.Image:
    if sigma <= 0:
        return img
    noise = Image.effect_noise(img.size, sigma).convert("RGB")
    grey = Image.new("RGB", img.size, (128, 128, 128))
    return Image.blend(img, Image.blend(grey, noise, 1.0), 0.12)


def jpeg_bytes(img: Image.Image, quality: int = 85) -> bytes:
    out = BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    out = BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def pdf_bytes(img: Image.Image, quality: int = 85) -> bytes:
    """The photo as the single image of a one-page PDF (as a scanner app would save it)."""
    out = BytesIO()
    img.convert("RGB").save(out, "PDF", resolution=150.0, quality=quality)
    return out.getvalue()


def suite(seed: int = 1, count: int = 24) -> list[tuple[MrzTruth, Shot, str]]:
    """The cases of the generated suite: (truth, shot, container) with varied conditions."""
    rng = random.Random(seed)
    cases = []
    for i in range(count):
        shot = Shot(long_side=rng.choice((1400, 2000, 3000)),
                    tilt=rng.uniform(-5, 5),
                    quarter_turns=(0, 0, 2, 1, 3)[i % 5],
                    blur=rng.uniform(0.3, 1.2), noise=rng.uniform(6, 20),
                    jpeg_quality=rng.randint(70, 92), fill=rng.uniform(0.55, 0.85))
        cases.append((random_mrz(rng), shot, ("jpeg", "jpeg", "png", "pdf")[i % 4]))
    return cases


def render_case(truth: MrzTruth, shot: Shot, container: str, seed: int,
                font_path: str = MONO) -> bytes:
    rng = random.Random(seed)
    photo = photograph(passport_page(truth, rng, font_path=font_path), shot, rng)
    if container == "png":
        return png_bytes(photo)
    if container == "pdf":
        return pdf_bytes(photo, shot.jpeg_quality)
    return jpeg_bytes(photo, shot.jpeg_quality)
