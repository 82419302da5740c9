"""The MRZ reader on generated passport pages: orientation, containers, refusals, safety."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from imwu_desktop.domain.mrz import check_digit, parse_td3
from imwu_desktop.resources import resources_dir
from imwu_desktop.services.passport_ocr import ocr_available, read_mrz_from_file
from imwu_desktop.services.passport_ocr.classify import Reading, template_families
from imwu_desktop.services.passport_ocr.decode import CLEAR_MARGIN, NAME_MARGIN, decode
from imwu_desktop.services.passport_ocr.templates import load_templates
from tests.data.passport_pages import MrzTruth, passport_page, pdf_bytes, png_bytes

TODAY = date(2026, 11, 25)


def _line2(number: str, nat: str, born: str, sex: str, expiry: str, optional: str) -> str:
    number, optional = number.ljust(9, "<"), optional.ljust(14, "<")
    body = (f"{number}{check_digit(number)}{nat}{born}{check_digit(born)}{sex}{expiry}"
            f"{check_digit(expiry)}{optional}{check_digit(optional)}")
    return body + check_digit(body[0:10] + body[13:20] + body[21:43])


GOOD = MrzTruth("P<CHLGARCIA<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<<",
                _line2("X4827316", "CHL", "850417", "F", "310923", "12345678"))


def _page(truth: MrzTruth = GOOD, turn: int = 0, dpi: int = 200) -> Image.Image:
    page = passport_page(truth, random.Random(7), dpi=dpi)
    return page.rotate(turn, expand=True) if turn else page


def test_a_clean_page_gives_every_field_as_the_passport_writes_it() -> None:
    result = read_mrz_from_file(png_bytes(_page()), today=TODAY)
    assert result.ok, result.reason
    assert result.lines == (GOOD.line1, GOOD.line2)
    assert result.fields["passport_number"] == "X4827316"
    assert result.fields["date_of_birth"] == date(1985, 4, 17)
    assert result.fields["passport_expiry"] == date(2031, 9, 23)
    assert result.fields["citizenship"] == "CL"
    assert result.fields["sex"] == "F"
    assert result.fields["family_name"] == "GARCIA"
    assert result.fields["given_names"] == "ANNA MARIA"
    assert result.fields["mrz"] == f"{GOOD.line1}\n{GOOD.line2}"


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_sideways_and_upside_down_pages_are_read(turn: int) -> None:
    result = read_mrz_from_file(png_bytes(_page(turn=turn)), today=TODAY)
    assert result.ok, result.reason
    assert result.lines == (GOOD.line1, GOOD.line2)


def test_a_tilted_page_in_a_pdf_from_a_file_path(tmp_path: Path) -> None:
    path = tmp_path / "passport.pdf"
    path.write_bytes(pdf_bytes(_page().rotate(-4, expand=True, fillcolor="white")))
    result = read_mrz_from_file(str(path), today=TODAY)
    assert result.ok, result.reason
    assert result.fields["passport_number"] == "X4827316"


@pytest.mark.parametrize("fmt", ["TIFF", "HEIF", "JPEG"])
def test_phone_and_scanner_formats(fmt: str) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    out = BytesIO()
    if fmt == "TIFF":  # a flatbed scan
        _page().save(out, fmt)
    else:  # a phone photo, taken upside down
        _page(turn=180).save(out, fmt, quality=90)
    result = read_mrz_from_file(out.getvalue(), today=TODAY)
    assert result.ok, result.reason
    assert result.fields["passport_number"] == "X4827316"


def test_a_wrong_check_digit_on_the_page_is_refused_with_the_group_named() -> None:
    bad = MrzTruth(GOOD.line1, GOOD.line2[:9] + str((int(GOOD.line2[9]) + 1) % 10)
                   + GOOD.line2[10:])
    result = read_mrz_from_file(png_bytes(_page(bad)), today=TODAY)
    assert not result.ok
    assert result.fields == {}
    assert "check digits fail at the passport number" in result.reason


def test_a_page_without_mrz_says_none_was_found() -> None:
    blank = Image.new("RGB", (1600, 1200), (200, 190, 180))
    result = read_mrz_from_file(png_bytes(blank))
    assert not result.ok and result.fields == {}
    assert result.reason.startswith("No machine-readable zone")


@pytest.mark.parametrize(("data", "start"), [
    (b"", "The file is empty"),
    (b"PK\x03\x04 not an image at all", "This file is not a picture or PDF"),
    (b"%PDF-1.4\n garbage", "The PDF could not be read"),
])
def test_unreadable_files_give_one_plain_sentence(data: bytes, start: str) -> None:
    result = read_mrz_from_file(data)
    assert not result.ok
    assert result.reason.startswith(start)
    assert result.reason.endswith(".")


def test_a_missing_file_and_a_pdf_without_pictures(tmp_path: Path) -> None:
    result = read_mrz_from_file(tmp_path / "gone.jpg")
    assert not result.ok and result.reason.startswith("The file could not be opened")
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 72, "only text")
    canvas.save()
    result = read_mrz_from_file(out.getvalue())
    assert not result.ok and "holds no scanned picture" in result.reason


def test_progress_is_reported_and_cancel_stops() -> None:
    seen: list[tuple[int, int]] = []
    result = read_mrz_from_file(png_bytes(_page()), progress=lambda d, t: seen.append((d, t)),
                                today=TODAY)
    assert result.ok and seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    cancelled = read_mrz_from_file(png_bytes(_page()), cancel=lambda: True)
    assert cancelled.cancelled and not cancelled.ok and cancelled.fields == {}


def test_cancel_pressed_while_reading_stops_at_the_next_candidate() -> None:
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 1  # the user presses Cancel after reading started

    result = read_mrz_from_file(png_bytes(_page(turn=180)), cancel=cancel, today=TODAY)
    assert result.cancelled and not result.ok and result.fields == {}
    assert result.reason == "Reading the passport scan was cancelled."


def test_the_reader_is_available_offline() -> None:
    available, sentence = ocr_available()
    assert available and "offline" in sentence


@pytest.fixture
def own_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of resources/ the test may damage (the loaders' caches are cleared around it)."""
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    monkeypatch.setenv("IMWU_RESOURCES", str(copy))
    caches = (resources_dir, load_templates, template_families)
    for cached in caches:
        cached.cache_clear()
    yield copy
    monkeypatch.delenv("IMWU_RESOURCES")
    for cached in caches:
        cached.cache_clear()


@pytest.mark.parametrize("damage", [
    "missing", "not json", "other cell size", "a character missing", "not hex"])
def test_damaged_character_data_turns_the_reader_off_with_a_sentence(
        own_resources: Path, damage: str) -> None:
    path = own_resources / "ocr" / "mrz_templates.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    if damage == "missing":
        path.unlink()
    elif damage == "not json":
        path.write_bytes(b"\xff\xfe{")
    else:
        if damage == "other cell size":
            raw["glyph"]["width"] = 16
        elif damage == "a character missing":
            del raw["templates"]["ocrb"]["Q"]
        else:
            raw["templates"]["dejavu_mono"]["A"] = "zz"
        path.write_text(json.dumps(raw), encoding="utf-8")
    available, sentence = ocr_available()
    assert not available and "reinstall the app" in sentence and "MRZ lines" in sentence
    result = read_mrz_from_file(png_bytes(passport_page(GOOD, random.Random(7))), today=TODAY)
    assert not result.ok and result.reason == sentence


def test_the_committed_character_data_loads(own_resources: Path) -> None:
    templates = load_templates()
    assert set(templates) == {"ocrb", "ocrb_soft", "dejavu_mono", "dejavu_mono_soft"}
    assert all(len(glyphs) == 37 for glyphs in templates.values())
    assert set(template_families()) == {"ocrb", "dejavu_mono"}


# --- decoding: only what the check digits settle is accepted --------------------------------

def _readings(text: str, margin: int = 100) -> list[Reading]:
    return [Reading(ch, 10, "<" if ch != "<" else "A", 10 + margin) for ch in text]


def test_an_unclear_character_is_settled_by_the_check_digits() -> None:
    line2 = _readings(GOOD.line2)
    line2[1] = Reading("8", 40, "4", 40 + CLEAR_MARGIN - 1)  # X[4]827316 read as X8...
    decoded = decode(_readings(GOOD.line1), line2, TODAY)
    assert decoded is not None and decoded.accepted
    assert decoded.mrz.line2 == GOOD.line2


def test_a_clear_misreading_is_not_corrected() -> None:
    line2 = _readings(GOOD.line2)
    line2[1] = Reading("8", 10, "4", 10 + CLEAR_MARGIN)
    decoded = decode(_readings(GOOD.line1), line2, TODAY)
    assert decoded is not None and not decoded.accepted and decoded.mrz.failed("document")


def test_two_readings_that_both_pass_are_refused() -> None:
    """If another plausible reading also passes every check digit, we cannot tell them apart."""
    base = GOOD.line2
    found = None
    for alt in "0123456789":  # a second digit in the optional data that keeps all checks
        for other in "0123456789":
            changed = base[:29] + alt + base[30:31] + other + base[32:]
            if changed != base and parse_td3(f"{GOOD.line1}\n{changed}", today=TODAY).valid:
                found = changed
                break
        if found:
            break
    assert found is not None
    line2 = _readings(base)
    for i in (29, 31):
        line2[i] = Reading(base[i], 30, found[i], 30 + CLEAR_MARGIN - 1)
    decoded = decode(_readings(GOOD.line1), line2, TODAY)
    assert decoded is not None and decoded.mrz.valid and not decoded.accepted


def test_unclear_names_are_left_for_the_user() -> None:
    line1 = _readings(GOOD.line1)
    line1[7] = Reading("R", 30, "B", 30 + NAME_MARGIN - 1)
    decoded = decode(line1, _readings(GOOD.line2), TODAY)
    assert decoded is not None and decoded.accepted and not decoded.names_clear
    assert decoded.sex_clear and decoded.nationality_clear


def test_cell_shifts_move_ink_like_pillow_and_drop_what_leaves() -> None:
    from PIL import ImageChops

    from imwu_desktop.services.passport_ocr.lines import GLYPH_H, GLYPH_W, _shift

    def bits(img: Image.Image) -> int:
        return int.from_bytes(img.convert("1").tobytes(), "big")

    rng = random.Random(3)
    cell = Image.new("L", (GLYPH_W, GLYPH_H), 0)
    for _ in range(60):
        cell.putpixel((rng.randrange(1, GLYPH_W - 1), rng.randrange(1, GLYPH_H - 1)), 255)
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            assert _shift(bits(cell), dx, dy) == bits(ImageChops.offset(cell, dx, dy))
    edge = Image.new("L", (GLYPH_W, GLYPH_H), 0)
    edge.putpixel((GLYPH_W - 1, 0), 255)
    assert _shift(bits(edge), 1, 0) == 0 and _shift(bits(edge), 0, -1) == 0
