"""IMM 5686: the prepared form, the copy list, filling an official AcroForm, refusing XFA."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from reportlab.pdfgen import canvas
from test_letters_cover import pdf_text

from imwu_desktop.errors import UserError
from imwu_desktop.services.letters.imm5686 import build_imm5686
from imwu_desktop.services.letters.imm5686_fill import (
    Imm5686FillError,
    XfaFormError,
    fill_official,
    inspect_form,
    read_values,
)
from imwu_desktop.services.letters.imm5686_spec import copy_pairs, copy_text
from imwu_desktop.services.letters.sample import sample_case

TODAY = date(2026, 11, 25)

TEXT_FIELDS = ["Family_Name", "Given_names", "Date_of_birth", "Page1.Gender[0]", "Job_Title",
               "NOC_code", "From", "To", "Total_Duration", "Name_of_Business",
               "EmploymentLocation", "Unrelated_Field"]
BOXES = ["InCanada_Yes", "InCanada_No", "LMIA_Exemption", "WP_Exemption"]


def make_acroform(path: Path) -> Path:
    """A small AcroForm PDF with some field names the official form is known to use."""
    pdf = canvas.Canvas(str(path))
    y = 780
    for name in TEXT_FIELDS:
        pdf.drawString(40, y, name)
        pdf.acroForm.textfield(name=name, x=220, y=y - 4, width=320, height=16)
        y -= 24
    for name in BOXES:
        pdf.drawString(40, y, name)
        pdf.acroForm.checkbox(name=name, x=220, y=y - 4, size=14)
        y -= 24
    pdf.save()
    return path


def test_prepared_form_has_the_sections_in_order_and_the_values(tmp_path: Path) -> None:
    path = build_imm5686(sample_case("en"), tmp_path / "imm5686.pdf", today=TODAY)
    text = pdf_text(path)
    assert "Prepared from the questions of IMM 5686 (01-2018)" in text
    titles = ["EMPLOYER CONTACT INFORMATION", "FOREIGN WORKER INFORMATION",
              "DETAILS OF INTENDED WORK IN CANADA", "SUPPORTING DOCUMENTATION", "DECLARATION"]
    positions = [text.index(title) for title in titles]
    assert positions == sorted(positions)
    for expected in ["Maple Robotics Inc. (Maple Robotics)", "Ňoño-Gößler", "Łukasz",
                     "1988-03-14", "Male", "Senior Robotics Engineer", "21301",
                     "2027-02-01", "2029-01-31", "2 years", "☒ LMIA exemption",
                     "☐ Work permit exemption", "C63", "anne.tremblay@maplerobotics.example",
                     "Is the foreign worker currently in Canada? ☐ Yes ☒ No",
                     "☒ Copy of the identification page of the passport",
                     "☐ Business licence", "☒ Proof of one year with the parent company",
                     "I, Anne Tremblay-Côté, declare", "2026-11-25"]:
        assert expected in text, expected
    assert len(PdfReader(str(path)).pages) == 2


def test_french_case_gives_the_french_questions(tmp_path: Path) -> None:
    text = pdf_text(build_imm5686(sample_case("fr"), tmp_path / "f.pdf", today=TODAY))
    for expected in ["Préparé à partir des questions de l'IMM 5686 (01-2018)",
                     "COORDONNÉES DE L'EMPLOYEUR", "Nom de famille", "Ňoño-Gößler",
                     "☒ Dispense d'EIMT", "DÉCLARATION", "Masculin", "2 ans"]:
        assert expected in text, expected


def test_copy_list_follows_the_form_order() -> None:
    pairs = copy_pairs(sample_case("en"))
    questions = [q for q, _ in pairs]
    assert questions[0] == "Name of business"
    assert questions.index("Family name") < questions.index("Job title")
    answers = dict(pairs)
    assert answers["Family name"] == "Ňoño-Gößler"
    assert answers["Is the foreign worker currently in Canada?"] == "No"
    assert answers["Type of exemption requested"] == "LMIA exemption"
    assert answers["NOC code"] == "21301"
    french = dict(copy_pairs(sample_case("fr")))
    assert french["Prénom(s)"] == "Łukasz"
    text = copy_text(sample_case("en"))
    assert "Family name\n    Ňoño-Gößler\n" in text
    assert "UCI (if known)\n    —\n" in text  # unanswered questions are marked, not dropped


def test_official_acroform_is_filled_and_read_back(tmp_path: Path) -> None:
    src = make_acroform(tmp_path / "IMM5686E.pdf")
    out = tmp_path / "IMM5686E-filled.pdf"
    report = fill_official(src, sample_case("en"), out)
    values = read_values(out)
    assert values["Family_Name"] == "Ňoño-Gößler"
    assert values["Given_names"] == "Łukasz"
    assert values["Date_of_birth"] == "1988-03-14"
    assert values["Page1.Gender[0]"] == "Male"  # designer-style names match their last part
    assert values["Job_Title"] == "Senior Robotics Engineer"
    assert values["EmploymentLocation"] == "Toronto, Ontario"  # matched by the label
    assert values["Total_Duration"] == "2 years"
    assert values["InCanada_No"] == "/Yes" and values["InCanada_Yes"] == "/Off"
    assert values["LMIA_Exemption"] == "/Yes" and values["WP_Exemption"] == "/Off"
    assert report.unmatched == ["Unrelated_Field"]
    assert src.read_bytes() != out.read_bytes()  # the user's own file is left untouched
    assert read_values(src)["Family_Name"] == ""


def test_xfa_form_is_refused_plainly(tmp_path: Path) -> None:
    src = make_acroform(tmp_path / "plain.pdf")
    writer = PdfWriter(clone_from=PdfReader(str(src)))
    acroform = writer._root_object["/AcroForm"].get_object()
    acroform[NameObject("/XFA")] = TextStringObject("<xdp:xdp/>")
    xfa = tmp_path / "IMM5686E-xfa.pdf"
    with open(xfa, "wb") as handle:
        writer.write(handle)
    out = tmp_path / "never.pdf"
    with pytest.raises(XfaFormError) as caught:
        fill_official(xfa, sample_case("en"), out)
    message = str(caught.value)
    assert "XFA" in message and "prepared IMM 5686" in message
    assert isinstance(caught.value, UserError) and message.count(".") == 1
    assert not out.exists()


@pytest.mark.parametrize("kind", ["not_pdf", "no_fields", "encrypted", "missing"])
def test_unusable_official_files_get_one_plain_sentence(tmp_path: Path, kind: str) -> None:
    src = tmp_path / "form.pdf"
    if kind == "not_pdf":
        src.write_bytes(b"GIF89a this is an image, not a form")
    elif kind in ("no_fields", "encrypted"):
        pdf = canvas.Canvas(str(src))
        pdf.drawString(72, 720, "IMM 5686 printed and scanned")
        pdf.save()
        if kind == "encrypted":
            writer = PdfWriter(clone_from=PdfReader(str(src)))
            writer.encrypt("secret")
            with open(src, "wb") as handle:
                writer.write(handle)
    with pytest.raises(Imm5686FillError) as caught:
        inspect_form(src)
    expected = {"not_pdf": "not a readable PDF", "no_fields": "no fillable fields",
                "encrypted": "password-protected", "missing": "could not be read"}[kind]
    assert expected in str(caught.value)
