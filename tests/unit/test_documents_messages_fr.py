"""The documents service speaks the reader's language: every message in English and French.

The tables are checked as text (both languages, same fields, French that is French, Canadian
typography); then real bad files (a text file named .pdf, a damaged PDF, a locked PDF, an
image with too many pixels, a request that cannot fit) are refused or reported in French
when asked, naming the file, and stay English by default (the CLI).
"""

from __future__ import annotations

import hashlib
import re
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from imwu_desktop.domain.case import Case, Document
from imwu_desktop.services.documents.convert import image_to_pdf
from imwu_desktop.services.documents.errors import (
    DamagedDocument,
    PasswordRequired,
    TooLargeDocument,
    UnsupportedDocument,
)
from imwu_desktop.services.documents.inspect import inspect_pdf
from imwu_desktop.services.documents.messages import TABLES, decimal, quoted, title_for
from imwu_desktop.services.documents.prepare import examine, prepare_attachments
from imwu_desktop.services.documents.shrink import PackageDoc, shrink_to_fit
from imwu_desktop.services.documents.sniff import sniff
from tests.data import generate_scans as scans
from tests.unit.message_tables import (
    NBSP,
    check_both_languages,
    check_french_words,
    check_typography,
    entries,
)

ENTRIES = entries(TABLES)

#: words that only English has (none of them is a French word or a name we keep)
ENGLISH_WORDS = re.compile(
    r"\b(the|and|your|you|file|files|is|are|was|has|have|not|with|for|this|"
    r"that|it|its|of|or|to|again|scan|add|open|save|print|then|copy|password|locked|damaged|"
    r"larger|than|only|keep|remove|request|still|over|limit|because|even|though|ends|name|"
    r"dpi|MB|kB|bytes|greyscale|colour|black|white|cleaned|up|which|will|be|can|cannot|"
    r"could|may|so|if|at|as|from|inside|read|older|plain|text|rich|spreadsheet|presentation)\b",
    re.IGNORECASE)
#: names, products and technical tokens that are the same in both languages
KEPT_AS_IS = re.compile(
    r"\{\w*\}|Adobe Acrobat Reader|Microsoft Office|OpenDocument|LibreOffice|PowerPoint|"
    r"PostScript|JavaScript|\.pdf\b")


@pytest.mark.parametrize(("where", "texts"), ENTRIES, ids=[w for w, _ in ENTRIES])
def test_every_message_has_both_languages_with_the_same_fields(
        where: str, texts: dict[str, str]) -> None:
    check_both_languages(where, texts)


@pytest.mark.parametrize(("where", "texts"), ENTRIES, ids=[w for w, _ in ENTRIES])
def test_french_is_written_in_french(where: str, texts: dict[str, str]) -> None:
    check_french_words(where, texts, ENGLISH_WORDS, KEPT_AS_IS)


@pytest.mark.parametrize(("where", "texts"), ENTRIES, ids=[w for w, _ in ENTRIES])
def test_french_typography(where: str, texts: dict[str, str]) -> None:
    check_typography(where, texts, glossary=False)
    french = texts["fr"]
    assert "'{" not in french, f"{where}: French quotes are « »"
    assert not re.search(r"[\d}] (Mo|ko|ppp|cm|pages|pixels)\b", french), f"{where}: {french!r}"
    assert "..." not in french, f"{where}: use the ellipsis character"


def test_file_names_numbers_and_titles_follow_the_language() -> None:
    assert quoted("cv.pdf", "fr") == f"«{NBSP}cv.pdf{NBSP}»"
    assert quoted("cv.pdf") == "'cv.pdf'"
    assert decimal(2.345, 2, "fr") == "2,35" and decimal(2.345, 2) == "2.35"
    assert title_for("passport", "", "fr") == "la page du passeport"
    assert title_for("other", "Pay slips", "fr") == f"«{NBSP}Pay slips{NBSP}»"
    assert title_for("cv", "") == "the CV"


# --- real files ---------------------------------------------------------------------------


def test_a_text_file_named_pdf_is_refused_in_french() -> None:
    with pytest.raises(UnsupportedDocument) as caught:
        sniff(b"this is not a pdf", "cv.pdf", lang="fr")
    assert str(caught.value) == (
        f"«{NBSP}cv.pdf{NBSP}» est un fichier texte brut même si son nom se termine par .pdf; "
        "ouvrez le fichier, enregistrez-le ou imprimez-le en PDF, puis ajoutez le PDF.")
    with pytest.raises(UnsupportedDocument, match="is a plain text file even though"):
        sniff(b"this is not a pdf", "cv.pdf")  # English stays the default (the CLI)


def test_a_word_file_and_an_empty_file_are_refused_in_french() -> None:
    with pytest.raises(UnsupportedDocument) as word:
        examine(scans.not_really_pdf(), "lettre.pdf", lang="fr")
    assert f"«{NBSP}lettre.pdf{NBSP}» est un document Word" in str(word.value)
    with pytest.raises(Exception) as empty:
        examine(b"", "offre.pdf", lang="fr")
    assert str(empty.value).startswith(f"«{NBSP}offre.pdf{NBSP}» est vide (0 octet); ")


def test_a_damaged_pdf_is_refused_in_french() -> None:
    with pytest.raises(DamagedDocument) as caught:
        inspect_pdf(scans.truncated_pdf(), "diplome.pdf", lang="fr")
    assert str(caught.value) == (
        f"«{NBSP}diplome.pdf{NBSP}» est endommagé ou incomplet et ne peut pas être réparé; "
        "téléchargez-le, exportez-le ou numérisez-le de nouveau.")


def test_a_repaired_pdf_is_reported_in_french() -> None:
    check = inspect_pdf(scans.broken_xref_pdf(), "offre.pdf", lang="fr")
    assert check.repaired
    assert check.warnings[0].startswith(f"«{NBSP}offre.pdf{NBSP}» était endommagé et a été "
                                        "réparé; ")


def test_a_locked_pdf_asks_for_its_password_in_french() -> None:
    locked = scans.encrypted_pdf("secret")
    with pytest.raises(PasswordRequired) as missing:
        inspect_pdf(locked, "releve.pdf", lang="fr")
    assert str(missing.value).startswith(f"«{NBSP}releve.pdf{NBSP}» est verrouillé par un mot "
                                         "de passe; entrez le mot de passe")
    with pytest.raises(PasswordRequired) as wrong:
        inspect_pdf(locked, "releve.pdf", "pas le bon", lang="fr")
    assert str(wrong.value).startswith(f"Le mot de passe de «{NBSP}releve.pdf{NBSP}» n'est "
                                       "pas le bon; ")
    opened = inspect_pdf(locked, "releve.pdf", "secret", lang="fr")
    assert opened.warnings == [f"«{NBSP}releve.pdf{NBSP}» était protégé par un mot de passe; "
                               "la copie envoyée à IRCC est déverrouillée pour que l'agent "
                               "puisse l'ouvrir."]


def test_scripts_and_attachments_are_reported_in_french() -> None:
    check = inspect_pdf(scans.pdf_with_script_and_attachment(), "offre.pdf", lang="fr")
    assert f"«{NBSP}offre.pdf{NBSP}» contient du JavaScript, qui sera retiré de la copie " \
           "envoyée à IRCC." in check.warnings


def test_an_image_with_too_many_pixels_is_refused_in_french() -> None:
    out = BytesIO()
    Image.new("1", (12000, 9000)).save(out, "PNG")  # 108 MP, tiny file
    with pytest.raises(TooLargeDocument) as caught:
        image_to_pdf(out.getvalue(), "immense.png", "fr")
    assert str(caught.value) == (
        f"«{NBSP}immense.png{NBSP}» compte trop de pixels pour être traité sans risque; "
        f"numérisez-le ou exportez-le de nouveau à 300{NBSP}ppp.")


def test_a_low_resolution_photo_is_advised_in_french() -> None:
    out = BytesIO()
    Image.new("RGB", (600, 800), "white").save(out, "PNG")  # no dpi: fitted to Letter
    converted = image_to_pdf(out.getvalue(), "photo.png", "fr")
    assert converted.warnings and converted.warnings[0].startswith(
        f"«{NBSP}photo.png{NBSP}» n'est qu'à ")
    assert f"{NBSP}ppp, donc les petits caractères" in converted.warnings[0]


def test_a_request_that_cannot_fit_is_explained_in_french() -> None:
    photo = image_to_pdf(scans.passport_photo(), "IMG.jpg").pdf
    docs = [PackageDoc("p.pdf", title_for("passport", "", "fr"), photo, protected=True)]
    result = shrink_to_fit(docs, budget_bytes=20_000, lang="fr")
    assert not result.fits
    assert result.problem.startswith("Même à la plus basse qualité qui reste lisible, la "
                                     "demande dépasse de ")
    assert re.search(rf"de \d+,\d\d{NBSP}Mo la limite de 4{NBSP}Mo; la page du passeport est "
                     rf"le plus gros document \(\d+,\d{NBSP}Mo\){NBSP}: reprenez la photo",
                     result.problem), result.problem
    assert all(re.search(rf"à \d+{NBSP}ppp \(\d+,\d{NBSP}Mo → \d+,\d\d{NBSP}Mo\)$", change)
               for outcome in result.outcomes for change in outcome.changes), result.outcomes


class _Store:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def add(self, case: Case, item: str, name: str, data: bytes) -> None:
        sha = hashlib.sha256(data + name.encode()).hexdigest()
        self.files[sha] = data
        case.documents.append(Document(item=item, sha256=sha, file_name=name, size=len(data)))

    def open(self, sha256: str) -> BytesIO:
        return BytesIO(self.files[sha256])


def test_prepared_request_reports_in_french_name_each_file(tmp_path: Path) -> None:
    case, store = Case(), _Store()
    store.add(case, "cv", "cv.pdf", b"this is not a pdf")
    store.add(case, "diploma", "diplome.pdf", scans.encrypted_pdf("pw"))
    store.add(case, "company_letter", "lettre.pdf", scans.text_pdf("Lettre"))
    letters = [("01-lettres.pdf", b"\0" * 4_300_000)]  # generated letters beyond the limit
    package = prepare_attachments(case, store.open, tmp_path, extra=letters, lang="fr",
                                  cache_dir=tmp_path / "cache")
    errors = {r.file_name: r.message for r in package.reports if r.severity == "error"}
    assert errors["cv.pdf"].startswith(f"«{NBSP}cv.pdf{NBSP}» est un fichier texte brut")
    assert errors["diplome.pdf"].startswith(f"«{NBSP}diplome.pdf{NBSP}» est verrouillé")
    assert not package.fits
    assert package.problem.startswith("La demande dépasse encore la limite de ")
    assert package.problem.endswith(" à cause des lettres générées; raccourcissez les "
                                    "explications et réessayez.")
    english = prepare_attachments(case, store.open, tmp_path / "en", extra=letters,
                                  cache_dir=tmp_path / "cache")
    assert english.problem.startswith("The request is still ")
