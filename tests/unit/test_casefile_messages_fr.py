"""The case file service speaks the interface's language when asked.

Every message and reason exists in English and French with the same fields, French is French
with Canadian typography; then real failures (a text file named .imwu, a cut-off case file, a
case open elsewhere, a newer version, a missing file, a folder given as an attachment, a bad
import) are worded in French by ``message_in("fr")``, naming the file, while ``str(exc)``
stays the English sentence the command line prints.
"""

from __future__ import annotations

import errno
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from imwu_desktop.domain.case import Case
from imwu_desktop.domain.case_json import case_to_dict
from imwu_desktop.errors import UserError
from imwu_desktop.services.casefile import (
    AttachmentError,
    CaseFileError,
    CaseFileLocked,
    CaseFileWriteError,
    CaseImportError,
    DamagedCaseFile,
    NewerCaseFile,
    NotACaseFile,
    UnreadableCaseFile,
    import_case_json,
    new_store,
    open_case,
    save_case,
)
from imwu_desktop.services.casefile.messages import (
    ERRORS,
    ONE_LANGUAGE_FIELDS,
    REASONS,
    Reason,
    os_reason,
)
from tests.unit.message_tables import (
    NBSP,
    check_both_languages,
    check_french_words,
    check_typography,
    entries,
)

ENTRIES = entries({"ERRORS": ERRORS, "REASONS": REASONS})

#: words that only English has (none of them is a French word)
ENGLISH_WORDS = re.compile(
    r"\b(the|and|your|you|file|folder|case|data|cannot|could|not|is|are|was|with|for|this|"
    r"that|it|its|be|open|opened|save|saved|read|choose|again|another|missing|damaged|"
    r"attachment|attachments|member|part|parts|newer|update|app|already|first|"
    r"there|such|found|too|large|over|by|on|in|of|or|to|someone|computer|window)\b",
    re.IGNORECASE)
#: names and technical tokens that are the same in both languages
KEPT_AS_IS = re.compile(r"\{[^}]*\}|IMWU Desktop|\.imwu|«[^»]*»|\bZIP\b|\bJSON\b|UTF-8")


def _english_in(french: str) -> list[str]:
    return ENGLISH_WORDS.findall(KEPT_AS_IS.sub(" ", french))


@pytest.mark.parametrize(("where", "texts"), ENTRIES, ids=[w for w, _ in ENTRIES])
def test_every_message_has_both_languages_with_the_same_fields(
        where: str, texts: dict[str, str]) -> None:
    # only the system's own English text (and its error number instead) may differ
    check_both_languages(where, texts, ONE_LANGUAGE_FIELDS)


@pytest.mark.parametrize(("where", "texts"), ENTRIES, ids=[w for w, _ in ENTRIES])
def test_french_is_written_in_french_with_canadian_typography(
        where: str, texts: dict[str, str]) -> None:
    check_french_words(where, texts, ENGLISH_WORDS, KEPT_AS_IS)
    check_typography(where, texts)


# --- real failures ------------------------------------------------------------------------

def _saved_case(folder: Path, name: str = "tremblay.imwu") -> Path:
    target = folder / name
    opened = new_store(Case())
    try:
        save_case(opened, target)
    finally:
        opened.close()
    return target


def _check(exc: CaseFileError, *french_words: str, name: str = "") -> str:
    """The French sentence: names the file, says what happened, has no English left."""
    french = exc.message_in("fr")
    assert exc.message_in("en") == str(exc)
    assert french != str(exc)
    if name:
        assert f"«{NBSP}{name}{NBSP}»" in french
        assert f"“{name}”" in str(exc)
    for words in french_words:
        assert words in french, french
    assert not _english_in(french), f"English left in {french!r}"
    assert french.endswith(".") and "\n" not in french
    return french


def test_a_text_file_named_imwu_is_not_a_case_file_in_french(tmp_path: Path) -> None:
    notes = tmp_path / "notes.imwu"
    notes.write_text("Liste d'épicerie\n", "utf-8")
    with pytest.raises(NotACaseFile) as caught:
        open_case(notes)
    assert str(caught.value).startswith("“notes.imwu” is not an IMWU case file")
    _check(caught.value, "n'est pas un fichier de dossier IMWU Desktop",
           "choisissez un fichier .imwu", name="notes.imwu")


def test_an_empty_file_says_why_in_french(tmp_path: Path) -> None:
    empty = tmp_path / "vide.imwu"
    empty.touch()
    with pytest.raises(NotACaseFile) as caught:
        open_case(empty)
    assert "(the file is empty)" in str(caught.value)
    _check(caught.value, "(le fichier est vide)", name="vide.imwu")


def test_a_cut_off_case_file_is_damaged_in_french_and_points_to_its_backup(
        tmp_path: Path) -> None:
    path = _saved_case(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedCaseFile) as caught:
        open_case(path)
    assert "is damaged and cannot be opened" in str(caught.value)
    _check(caught.value, "est endommagé et ne peut pas être ouvert",
           f"«{NBSP}tremblay.imwu.bak{NBSP}»", name="tremblay.imwu")


def test_a_case_with_invalid_json_is_damaged_in_french(tmp_path: Path) -> None:
    path = tmp_path / "brisé.imwu"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("case.json", b'{"version": 1,\n "case_id": ')
    path.write_bytes(buffer.getvalue())
    with pytest.raises(DamagedCaseFile) as caught:
        open_case(path)
    assert "not valid JSON at line 2" in str(caught.value)
    _check(caught.value, "ne sont pas du JSON valide (ligne 2)", name="brisé.imwu")


def test_a_case_from_a_newer_version_asks_for_an_update_in_french(tmp_path: Path) -> None:
    data = case_to_dict(Case())
    data["version"] = 99
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("case.json", json.dumps(data))
    path = tmp_path / "futur.imwu"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(NewerCaseFile) as caught:
        open_case(path)
    assert "newer version of IMWU Desktop" in str(caught.value)
    _check(caught.value, "version plus récente d'IMWU Desktop", "mettez l'application à jour",
           name="futur.imwu")


def test_a_case_open_in_this_window_is_locked_in_french(tmp_path: Path) -> None:
    path = _saved_case(tmp_path)
    first = open_case(path)
    try:
        with pytest.raises(CaseFileLocked) as caught:
            open_case(path)
    finally:
        first.close()
    assert "(in this window)" in str(caught.value)
    _check(caught.value, "est déjà ouvert dans IMWU Desktop (dans cette fenêtre)",
           "fermez-le d'abord", name="tremblay.imwu")


def test_a_lock_held_elsewhere_names_the_person_and_computer_in_french() -> None:
    exc = CaseFileLocked(Path("/cas/lee.imwu"), Reason("held_by", user="marie",
                                                        host=Reason("another_computer")))
    assert str(exc) == ("“lee.imwu” is already open in IMWU Desktop (by marie on another "
                        "computer); close it there first.")
    _check(exc, "(par marie sur un autre ordinateur)", name="lee.imwu")


def test_a_missing_file_cannot_be_read_in_french(tmp_path: Path) -> None:
    with pytest.raises(UnreadableCaseFile) as caught:
        open_case(tmp_path / "absent.imwu")
    assert "(there is no such file)" in str(caught.value)
    _check(caught.value, "ne peut pas être lu (ce fichier n'existe pas)", name="absent.imwu")


def test_saving_into_a_missing_folder_says_so_in_french(tmp_path: Path) -> None:
    opened = new_store(Case())
    try:
        with pytest.raises(CaseFileWriteError) as caught:
            save_case(opened, tmp_path / "disparu" / "lee.imwu")
    finally:
        opened.close()
    assert "could not be saved (its folder does not exist)" in str(caught.value)
    _check(caught.value, "n'a pas pu être enregistré", "n'existe pas",
           "enregistrez vos modifications sous un autre nom", name="lee.imwu")


def test_system_errors_are_worded_in_french_and_keep_the_system_text_in_english() -> None:
    denied = os_reason(OSError(errno.EACCES, "Permission denied"))
    assert denied == "permission denied"
    assert denied.in_lang("fr") == "permission refusée"
    full = CaseFileWriteError(Path("plein.imwu"), os_reason(OSError(errno.ENOSPC, "No space")))
    assert "(no space)" in str(full)
    _check(full, "(le disque est plein)", "la version précédente sur le disque est intacte",
           name="plein.imwu")
    odd = os_reason(OSError(errno.EXDEV, "Invalid cross-device link"))
    assert odd.in_lang("fr") == f"erreur {errno.EXDEV} du système"


def test_a_folder_given_as_an_attachment_is_refused_in_french(tmp_path: Path) -> None:
    folder = tmp_path / "Pièces"
    folder.mkdir()
    opened = new_store(Case())
    try:
        with pytest.raises(AttachmentError) as caught:
            opened.add_attachment(folder)
    finally:
        opened.close()
    assert str(caught.value) == "“Pièces” is not a file; choose a document file."
    _check(caught.value, "n'est pas un fichier; choisissez un fichier de document",
           name="Pièces")


def test_a_bad_import_is_explained_in_french(tmp_path: Path) -> None:
    source = tmp_path / "dossier.json"
    source.write_bytes(b"\xff\xfe pas du texte")
    with pytest.raises(CaseImportError) as caught:
        import_case_json(source)
    assert str(caught.value) == "“dossier.json” cannot be imported: it is not UTF-8 text."
    _check(caught.value, f"ne peut pas être importé{NBSP}: ce n'est pas du texte UTF-8",
           name="dossier.json")


def test_an_import_naming_a_missing_document_says_which_in_french(tmp_path: Path) -> None:
    data = case_to_dict(Case())
    data["documents"] = [{"item": "passport", "path": "passeport.pdf"}]
    source = tmp_path / "dossier.json"
    source.write_text(json.dumps(data), "utf-8")
    with pytest.raises(CaseImportError) as caught:
        import_case_json(source)
    assert "“passeport.pdf” (documents[0]) was not found" in str(caught.value)
    _check(caught.value, "Le document", "est introuvable", "les chemins sont relatifs à",
           name="passeport.pdf")


def test_other_user_errors_keep_their_own_sentence() -> None:
    error = UserError("Une phrase déjà en français.")
    assert error.message_in("fr") == error.message_in("en") == "Une phrase déjà en français."
