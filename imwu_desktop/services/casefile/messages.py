"""Every sentence the case file service shows a user, in English and Canadian French.

An error keeps its English text (``str(exc)``, what the CLI prints) and also its message key
and fields, so that ``exc.message_in("fr")`` words the same sentence in French for the GUI.
A reason inside a sentence ("the file is empty") is a `Reason`: a str holding the English
text, with its own key and fields so it can be worded again in French. File names are passed
bare in the fields listed in `FILE_FIELDS` and quoted per language (“cv.imwu” in English,
« cv.imwu » in French). French uses Canadian typography: a no-break space before ":" only,
none before ";", "?" and "!"; "Mo" after a no-break space.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping

from imwu_desktop.domain import i18n_text
from imwu_desktop.domain.i18n_text import NBSP, MessageTable, say

#: fields that hold a bare file name, quoted when the sentence is worded
FILE_FIELDS = ("name", "backup", "doc")

#: whole sentences, one per kind of failure; {name} is the file concerned
ERRORS: MessageTable = {
    "not_case": {
        "en": "{name} is not an IMWU case file; choose a .imwu file saved by IMWU Desktop.",
        "fr": "{name} n'est pas un fichier de dossier IMWU Desktop; choisissez un fichier "
              ".imwu enregistré par IMWU Desktop."},
    "not_case_why": {
        "en": "{name} is not an IMWU case file ({why}); choose a .imwu file saved by IMWU "
              "Desktop.",
        "fr": "{name} n'est pas un fichier de dossier IMWU Desktop ({why}); choisissez un "
              "fichier .imwu enregistré par IMWU Desktop."},
    "damaged": {
        "en": "{name} is damaged and cannot be opened ({why}); open its backup {backup} if "
              "there is one.",
        "fr": "{name} est endommagé et ne peut pas être ouvert ({why}); ouvrez plutôt sa copie "
              "de sauvegarde {backup}, s'il y en a une."},
    "newer": {
        "en": "{name} was made by a newer version of IMWU Desktop; update the app to open it.",
        "fr": "{name} a été créé par une version plus récente d'IMWU Desktop; mettez "
              "l'application à jour pour l'ouvrir."},
    "too_large": {
        "en": "{name} is too large to open safely ({why}).",
        "fr": "{name} est trop volumineux pour être ouvert sans risque ({why})."},
    "unreadable": {
        "en": "{name} cannot be read ({why}); check that the file is still there and that you "
              "may open it, or open another case.",
        "fr": "{name} ne peut pas être lu ({why}); vérifiez que le fichier est toujours là et "
              "que vous avez le droit de l'ouvrir, ou ouvrez un autre dossier."},
    "changed": {
        "en": "{name} was changed by another program since you opened it; save under another "
              "name, or reopen it to see those changes.",
        "fr": "{name} a été modifié par un autre programme depuis que vous l'avez ouvert; "
              "enregistrez sous un autre nom, ou rouvrez-le pour voir ces modifications."},
    "exists": {
        "en": "{name} already exists; choose another name or confirm that it should be "
              "replaced.",
        "fr": "{name} existe déjà; choisissez un autre nom ou confirmez qu'il doit être "
              "remplacé."},
    "locked": {
        "en": "{name} is already open in IMWU Desktop ({holder}); close it there first.",
        "fr": "{name} est déjà ouvert dans IMWU Desktop ({holder}); fermez-le d'abord à cet "
              "endroit."},
    "not_saved": {
        "en": "{name} could not be saved ({why}); {way}.",
        "fr": "{name} n'a pas pu être enregistré ({why}); {way}."},
    "not_saved_kept": {
        "en": "{name} could not be saved ({why}); the previous version on disk is unchanged; "
              "{way}.",
        "fr": "{name} n'a pas pu être enregistré ({why}); la version précédente sur le disque "
              "est intacte; {way}."},
    "attach_not_file": {
        "en": "{name} is not a file; choose a document file.",
        "fr": "{name} n'est pas un fichier; choisissez un fichier de document."},
    "attach_unreadable": {
        "en": "{name} could not be read ({why}).",
        "fr": "{name} n'a pas pu être lu ({why})."},
    "attach_too_large": {
        "en": "{name} is too large to attach (over {mb} MB).",
        "fr": "{name} est trop volumineux pour être joint (plus de {mb}" + NBSP + "Mo)."},
    "attach_lost": {
        "en": "The file of {name} is missing from this case; attach it again before saving.",
        "fr": "Le fichier de {name} est absent de ce dossier; joignez-le de nouveau avant "
              "d'enregistrer."},
    "attach_lost_unnamed": {
        "en": "The file of an attachment is missing from this case; attach it again before "
              "saving.",
        "fr": "Le fichier d'une pièce jointe est absent de ce dossier; joignez-le de nouveau "
              "avant d'enregistrer."},
    "import_not_file": {
        "en": "{name} is not a file.",
        "fr": "{name} n'est pas un fichier."},
    "import_too_large": {
        "en": "{name} is too large to be a case (over {mb} MB).",
        "fr": "{name} est trop volumineux pour être un dossier (plus de {mb}" + NBSP + "Mo)."},
    "import_bad": {
        "en": "{name} cannot be imported: {why}.",
        "fr": "{name} ne peut pas être importé" + NBSP + ": {why}."},
    "import_newer": {
        "en": "{name} was written for a newer version of IMWU Desktop; update the app to "
              "import it.",
        "fr": "{name} a été créé par une version plus récente d'IMWU Desktop; mettez "
              "l'application à jour pour l'importer."},
    "import_invalid": {
        "en": "{name} is not a valid case: {detail}.",
        "fr": "{name} n'est pas un dossier valide; vérifiez-en le contenu."},
    "import_doc_missing": {
        "en": "The document {doc} (documents[{index}]) {what}; paths are relative to {name}.",
        "fr": "Le document {doc} (documents[{index}]) {what}; les chemins sont relatifs à "
              "{name}."},
    "import_doc_unreadable": {
        "en": "A document could not be read ({why}).",
        "fr": "Un document n'a pas pu être lu ({why})."},
}

#: reasons and ways forward that go inside a sentence (never a sentence on their own)
REASONS: MessageTable = {
    "folder_or_device": {"en": "it is a folder or a device, not a file",
                         "fr": "c'est un dossier ou un périphérique, et non un fichier"},
    "empty_file": {"en": "the file is empty", "fr": "le fichier est vide"},
    "file_over": {"en": "the file is over {mb} MB", "fr": "le fichier dépasse {mb}" + NBSP + "Mo"},
    "many_parts": {"en": "it has more than {count} parts",
                   "fr": "il compte plus de {count}" + NBSP + "parties"},
    "zip_without_case": {"en": "it is a ZIP archive without case data",
                         "fr": "c'est une archive ZIP sans données de dossier"},
    "broken_contents": {"en": "its table of contents is broken",
                        "fr": "sa table des matières est endommagée"},
    "contains": {"en": "it contains {what}", "fr": "il contient {what}"},
    "empty_member": {"en": "an empty member name", "fr": "une partie sans nom"},
    "odd_member": {"en": "a member name with a backslash, colon or NUL ({part!r})",
                   "fr": "un nom de partie avec une barre oblique inverse, un deux-points ou un "
                         "caractère nul (« {part} »)"},
    "absolute_member": {"en": "a member with an absolute path ({part!r})",
                        "fr": "une partie avec un chemin absolu (« {part} »)"},
    "climbing_member": {"en": "a member name that climbs out of its folder ({part!r})",
                        "fr": "un nom de partie qui sort de son dossier (« {part} »)"},
    "twice": {"en": "it contains {part!r} twice", "fr": "il contient deux fois « {part} »"},
    "unexpected_part": {"en": "it contains an unexpected part {part!r}",
                        "fr": "il contient une partie inattendue, « {part} »"},
    "encrypted": {"en": "it is encrypted", "fr": "il est chiffré"},
    "compression": {"en": "{part!r} uses an unsupported compression",
                    "fr": "« {part} » utilise une compression non prise en charge"},
    "unpacks_over": {"en": "it would unpack to over {mb} MB",
                     "fr": "décompressé, il dépasserait {mb}" + NBSP + "Mo"},
    "part_unpacks_over": {"en": "{part!r} would unpack to over {mb} MB",
                          "fr": "décompressée, la partie « {part} » dépasserait {mb}" + NBSP
                                + "Mo"},
    "zip_bomb": {"en": "{part!r} is compressed suspiciously well (a zip bomb?)",
                 "fr": "la partie « {part} » est comprimée de façon suspecte (une bombe de "
                       "décompression?)"},
    "nested": {"en": "its case data is nested too deeply",
               "fr": "ses données de dossier sont imbriquées trop profondément"},
    "no_memory": {"en": "it does not fit in memory", "fr": "il ne tient pas en mémoire"},
    "bad_unpack": {"en": "a part of it does not unpack correctly",
                   "fr": "une de ses parties ne se décompresse pas correctement"},
    "case_data_too_large": {"en": "its case data is too large",
                            "fr": "ses données de dossier sont trop volumineuses"},
    "attach_longer": {"en": "an attachment is longer than recorded",
                      "fr": "une pièce jointe est plus longue que prévu"},
    "attach_fingerprint": {"en": "an attachment does not match its fingerprint",
                           "fr": "une pièce jointe ne correspond pas à son empreinte"},
    "attach_cut": {"en": "an attachment was cut short", "fr": "une pièce jointe est tronquée"},
    "attach_bad_unpack": {"en": "an attachment does not unpack correctly",
                          "fr": "une pièce jointe ne se décompresse pas correctement"},
    "not_utf8": {"en": "its case data is not UTF-8 text",
                 "fr": "ses données de dossier ne sont pas du texte UTF-8"},
    "not_json": {"en": "its case data is not valid JSON",
                 "fr": "ses données de dossier ne sont pas du JSON valide"},
    "not_json_at": {"en": "its case data is not valid JSON at line {line}",
                    "fr": "ses données de dossier ne sont pas du JSON valide (ligne {line})"},
    "import_nested": {"en": "it is nested too deeply",
                      "fr": "son contenu est imbriqué trop profondément"},
    "import_not_utf8": {"en": "it is not UTF-8 text", "fr": "ce n'est pas du texte UTF-8"},
    "import_not_json": {"en": "it is not valid JSON", "fr": "ce n'est pas du JSON valide"},
    "import_not_json_at": {"en": "it is not valid JSON at line {line}",
                           "fr": "ce n'est pas du JSON valide (ligne {line})"},
    "invalid_data": {"en": "its case data is invalid: {detail}",
                     "fr": "ses données de dossier ne sont pas valides"},
    "lost_file": {"en": "the file of {name} is missing", "fr": "le fichier de {name} est absent"},
    "lost_reference": {"en": "a file it refers to is missing",
                       "fr": "un fichier auquel il renvoie est absent"},
    "no_such_file": {"en": "there is no such file", "fr": "ce fichier n'existe pas"},
    "no_folder": {"en": "its folder does not exist",
                  "fr": "le dossier qui doit le contenir n'existe pas"},
    "folder_unwritable": {"en": "its folder cannot be written: {why}",
                          "fr": "impossible d'écrire dans son dossier" + NBSP + ": {why}"},
    "read_only": {"en": "the file or its folder is read-only",
                  "fr": "le fichier ou son dossier est en lecture seule"},
    "case_too_big": {"en": "the case is larger than a case file may be",
                     "fr": "le dossier dépasse la taille permise pour un fichier de dossier"},
    "not_found": {"en": "was not found", "fr": "est introuvable"},
    "not_a_file": {"en": "is not a file", "fr": "n'est pas un fichier"},
    "this_window": {"en": "in this window", "fr": "dans cette fenêtre"},
    "held_by": {"en": "by {user} on {host}", "fr": "par {user} sur {host}"},
    "someone": {"en": "someone", "fr": "quelqu'un"},
    "another_computer": {"en": "another computer", "fr": "un autre ordinateur"},
    "starting": {"en": "by another copy of the app that is starting",
                 "fr": "par une autre copie de l'application, en cours de démarrage"},
    "save_elsewhere": {"en": "save your changes under another name or in another folder",
                       "fr": "enregistrez vos modifications sous un autre nom ou dans un autre "
                             "dossier"},
    "remove_attachments": {"en": "remove some attachments", "fr": "retirez des pièces jointes"},
    "remove_and_save": {"en": "remove some attachments and save again",
                        "fr": "retirez des pièces jointes et enregistrez de nouveau"},
    # operating-system errors: English is the system's own text ({text}); French is ours
    "os_error": {"en": "{text}", "fr": "erreur {code} du système"},
    "os_ENOENT": {"en": "{text}", "fr": "fichier ou dossier introuvable"},
    "os_EACCES": {"en": "{text}", "fr": "permission refusée"},
    "os_EPERM": {"en": "{text}", "fr": "opération non permise"},
    "os_ENOSPC": {"en": "{text}", "fr": "le disque est plein"},
    "os_EDQUOT": {"en": "{text}", "fr": "le quota du disque est dépassé"},
    "os_EROFS": {"en": "{text}", "fr": "le disque est en lecture seule"},
    "os_EISDIR": {"en": "{text}", "fr": "c'est un dossier"},
    "os_ENOTDIR": {"en": "{text}", "fr": "une partie du chemin n'est pas un dossier"},
    "os_EIO": {"en": "{text}", "fr": "erreur d'entrée-sortie du disque"},
    "os_ENAMETOOLONG": {"en": "{text}", "fr": "le nom du fichier est trop long"},
    "os_EBUSY": {"en": "{text}", "fr": "le fichier est occupé"},
    "os_ETIMEDOUT": {"en": "{text}", "fr": "délai d'attente dépassé"},
}

#: fields that only one language shows: the system's or the data's own English text, and the
#: system's error number that French shows instead
ONE_LANGUAGE_FIELDS = frozenset({"text", "detail", "code"})


def quoted(file_name: str, lang: str = "en") -> str:
    """A file name inside a sentence: “cv.imwu” in English, « cv.imwu » in French."""
    return i18n_text.quoted(file_name, lang)


def _worded(table: MessageTable, key: str, lang: str, fields: Mapping[str, object]) -> str:
    """The template filled in, with nested reasons and file names worded in `lang` too."""
    ready: dict[str, object] = {}
    for field, value in fields.items():
        if isinstance(value, Reason):
            value = value.in_lang(lang)
        elif field in FILE_FIELDS:
            value = quoted(str(value), lang)
        ready[field] = value
    return say(table, key, lang, **ready)


class Reason(str):
    """A reason in English (the str itself) that can be worded again in another language."""

    key: str
    fields: dict[str, object]

    def __new__(cls, key: str, **fields: object) -> Reason:
        made = super().__new__(cls, _worded(REASONS, key, "en", fields))
        made.key = key
        made.fields = fields
        return made

    def in_lang(self, lang: str) -> str:
        """The same reason in "en" or "fr"."""
        return _worded(REASONS, self.key, lang, self.fields)


def os_reason(exc: OSError) -> Reason:
    """A short reason from an OSError: the system's text in English, ours in French."""
    text = exc.strerror or type(exc).__name__
    text = text[:1].lower() + text[1:]
    name = errno.errorcode.get(exc.errno or 0, "")
    key = f"os_{name}" if f"os_{name}" in REASONS else "os_error"
    return Reason(key, text=text, code=exc.errno if exc.errno is not None else "?")


def sentence(key: str, lang: str, fields: Mapping[str, object]) -> str:
    """The error sentence `key` in `lang`."""
    return _worded(ERRORS, key, lang, fields)
