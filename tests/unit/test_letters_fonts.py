"""Names with any Latin accent survive into the PDFs; a broken font install is explained."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_letters_cover import pdf_text

from imwu_desktop.services.letters import fonts
from imwu_desktop.services.letters.cover_letter import build_cover_letter
from imwu_desktop.services.letters.sample import sample_case

NAMES = [("Çağrı", "Ørsted-Ñúñez"), ("Đorđe", "Đorđević-Łęcka"), ("Ægir", "Þórsdóttir"),
         ("Zoë", "Ōtsuka-Şahin"), ("Grzegorz", "Brzęczyszczykiewicz")]


@pytest.mark.parametrize(("given", "family"), NAMES)
def test_accented_names_are_written_and_the_font_is_embedded(tmp_path: Path, given: str,
                                                             family: str) -> None:
    case = sample_case("en")
    case.worker.given_names, case.worker.family_name = given, family
    path = build_cover_letter(case, tmp_path / "l.pdf", [], today=date(2026, 11, 25))
    assert f"{given} {family}" in pdf_text(path)
    embedded: dict[str, bool] = {}
    for page in PdfReader(str(path)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded[str(font["/BaseFont"])] = (
                descriptor is not None and "/FontFile2" in descriptor.get_object())
    ours = {name: flag for name, flag in embedded.items() if "Courier" not in name}
    assert ours and all(ours.values()), embedded  # every glyph comes from the bundled font


def test_missing_font_file_gives_one_plain_sentence(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(fonts.FontError, match="is missing or damaged; reinstall the application"):
        fonts.register_fonts.__wrapped__()
