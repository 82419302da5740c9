"""Every sentence the documents service shows a user, in English and Canadian French.

Callers pick the language with a `lang` argument ("en" or "fr"): the GUI passes the
interface's language, the CLI keeps the English default. A file's name is quoted with
`quoted()` ('cv.pdf' in English, « cv.pdf » in French) and passed as {name}.
French follows IRCC's vocabulary (UMIT, IRCC, agent) and Canadian typography: a no-break
space (U+00A0) before ":" only, none before ";", "?" and "!"; a decimal comma, "Mo" and
"ppp" (dots per inch) after a no-break space.
"""

from __future__ import annotations

from imwu_desktop.domain import i18n_text
from imwu_desktop.domain.i18n_text import MessageTable, say

#: sniff.py: what a file that is not a PDF or an image seems to be
KINDS: MessageTable = {
    "word": {"en": "a Word document", "fr": "un document Word"},
    "excel": {"en": "an Excel spreadsheet", "fr": "un classeur Excel"},
    "powerpoint": {"en": "a PowerPoint presentation", "fr": "une présentation PowerPoint"},
    "opendocument": {"en": "an OpenDocument (LibreOffice) file",
                     "fr": "un fichier OpenDocument (LibreOffice)"},
    "zip": {"en": "a ZIP archive", "fr": "une archive ZIP"},
    "old_office": {"en": "an older Microsoft Office document",
                   "fr": "un ancien document Microsoft Office"},
    "rtf": {"en": "a rich-text (RTF) document", "fr": "un document en texte enrichi (RTF)"},
    "postscript": {"en": "a PostScript file", "fr": "un fichier PostScript"},
    "video": {"en": "a video or an image type we cannot read (AVIF, MP4, ...)",
              "fr": "une vidéo ou un type d'image que nous ne pouvons pas lire (AVIF, MP4…)"},
    "web_page": {"en": "a web page", "fr": "une page Web"},
    "text": {"en": "a plain text file", "fr": "un fichier texte brut"},
}

#: sniff.py: how to get a PDF or an image from such a file
TODOS: MessageTable = {
    "save_pdf": {"en": "open it and save or print it as PDF, then add the PDF.",
                 "fr": "ouvrez le fichier, enregistrez-le ou imprimez-le en PDF, puis ajoutez "
                       "le PDF."},
    "unzip": {"en": "unzip it and add the PDF or image files inside one by one.",
              "fr": "décompressez l'archive et ajoutez un par un les fichiers PDF ou images "
                    "qu'elle contient."},
    "screenshot": {"en": "take a screenshot or export it as JPEG or PDF, then add that file.",
                   "fr": "faites une capture d'écran ou exportez le contenu en JPEG ou en PDF, "
                         "puis ajoutez ce fichier."},
    "print_page": {"en": "open it in a browser and print it to PDF, then add the PDF.",
                   "fr": "ouvrez le fichier dans un navigateur et imprimez-le en PDF, puis "
                         "ajoutez le PDF."},
    "rescan": {"en": "save or scan the document as PDF or JPEG, then add that file.",
               "fr": "enregistrez ou numérisez le document en PDF ou en JPEG, puis ajoutez ce "
                     "fichier."},
}

#: errors raised as DocumentError (and subclasses) for one file named {name}
ERRORS: MessageTable = {
    "this_file": {"en": "This file", "fr": "Ce fichier"},
    "empty": {"en": "{name} is empty (0 bytes); add the document again from the original file "
                    "or scan.",
              "fr": "{name} est vide (0 octet); ajoutez de nouveau le document à partir du "
                    "fichier original ou de la numérisation."},
    "other_type": {"en": "{name} is {what}{pretends}; {todo}",
                   "fr": "{name} est {what}{pretends}; {todo}"},
    "unknown_type": {"en": "{name} is not a PDF or an image we can read{pretends}; {todo}",
                     "fr": "{name} n'est ni un PDF ni une image que nous pouvons "
                           "lire{pretends}; {todo}"},
    "pretends_pdf": {"en": " even though its name ends in .pdf",
                     "fr": " même si son nom se termine par .pdf"},
    "image_unreadable": {"en": "{name} looks like an image but cannot be read (it may be "
                               "damaged or cut short); export or scan it again.",
                         "fr": "{name} semble être une image, mais ne peut pas être lu (il est "
                               "peut-être endommagé ou incomplet); exportez-le ou numérisez-le "
                               "de nouveau."},
    "too_many_pixels": {"en": "{name} has too many pixels to process safely; scan or export "
                              "it again at 300 dpi.",
                        "fr": "{name} compte trop de pixels pour être traité sans risque; "
                              "numérisez-le ou exportez-le de nouveau à 300\u00a0ppp."},
    "image_pages": {"en": "{name} has more than {limit} pages; split it into smaller files.",
                    "fr": "{name} compte plus de {limit}\u00a0pages; divisez-le en fichiers "
                          "plus petits."},
    "image_not_pdf": {"en": "{name} is an image, not a PDF; add it as an image instead.",
                      "fr": "{name} est une image et non un PDF; ajoutez-le plutôt comme "
                            "image."},
    "encryption": {"en": "{name} uses an encryption this installation cannot open; print it "
                         "to PDF to make an unlocked copy, then add that copy.",
                   "fr": "{name} utilise un chiffrement que cette installation ne peut pas "
                         "ouvrir; imprimez-le en PDF pour en faire une copie déverrouillée, "
                         "puis ajoutez cette copie."},
    "damaged": {"en": "{name} is damaged or incomplete and cannot be repaired; download, "
                      "export or scan it again.",
                "fr": "{name} est endommagé ou incomplet et ne peut pas être réparé; "
                      "téléchargez-le, exportez-le ou numérisez-le de nouveau."},
    "pdf_pages": {"en": "{name} has {count} pages, far more than a request needs; keep only "
                        "the relevant pages and add that file.",
                  "fr": "{name} compte {count}\u00a0pages, bien plus qu'il n'en faut pour une "
                        "demande; gardez seulement les pages utiles et ajoutez ce fichier."},
    "wrong_password": {"en": "The password for {name} is not correct; type it again, or ask "
                             "for an unlocked copy of the document.",
                       "fr": "Le mot de passe de {name} n'est pas le bon; tapez-le de nouveau "
                             "ou demandez une copie déverrouillée du document."},
    "locked": {"en": "{name} is locked with a password; enter the password, or open it and "
                     "print it to PDF to make an unlocked copy, then add that copy.",
               "fr": "{name} est verrouillé par un mot de passe; entrez le mot de passe, ou "
                     "ouvrez-le et imprimez-le en PDF pour en faire une copie déverrouillée, "
                     "puis ajoutez cette copie."},
    "unreadable_in_case": {"en": "{name} could not be read from the case file; add it again "
                                 "from the original.",
                           "fr": "{name} n'a pas pu être lu dans le fichier du dossier; "
                                 "ajoutez-le de nouveau à partir de l'original."},
    "over_300_mb": {"en": "{name} is larger than 300 MB; scan or export it again at 300 dpi.",
                    "fr": "{name} dépasse 300\u00a0Mo; numérisez-le ou exportez-le de nouveau "
                          "à 300\u00a0ppp."},
}

#: advice about a file that can be used (inspect.py, convert.py)
WARNINGS: MessageTable = {
    "low_dpi": {"en": "{name} is only {dpi} dpi, so small print may be hard to read; scan it "
                      "again at 300 dpi if you can.",
                "fr": "{name} n'est qu'à {dpi}\u00a0ppp, donc les petits caractères pourraient "
                      "être difficiles à lire; numérisez-le de nouveau à 300\u00a0ppp si "
                      "possible."},
    "low_dpi_page": {"en": "Page {page} of {name} is only {dpi} dpi, so small print may be "
                           "hard to read; scan it again at 300 dpi if you can.",
                     "fr": "La page {page} de {name} n'est qu'à {dpi}\u00a0ppp, donc les petits "
                           "caractères pourraient être difficiles à lire; numérisez-la de "
                           "nouveau à 300\u00a0ppp si possible."},
    "repaired": {"en": "{name} was damaged and has been repaired; look through its pages to "
                       "make sure nothing is missing.",
                 "fr": "{name} était endommagé et a été réparé; parcourez ses pages pour vous "
                       "assurer que rien ne manque."},
    "javascript": {"en": "{name} contains JavaScript, which will be removed from the copy "
                         "sent to IRCC.",
                   "fr": "{name} contient du JavaScript, qui sera retiré de la copie envoyée "
                         "à IRCC."},
    "embedded_files": {"en": "{name} contains files embedded inside it, which will be "
                             "removed from the copy sent to IRCC.",
                       "fr": "{name} contient des fichiers intégrés, qui seront retirés de la "
                             "copie envoyée à IRCC."},
    "xfa": {"en": "{name} is a dynamic (XFA) form that many viewers show blank; open it in "
                  "Adobe Acrobat Reader, print it to PDF and add that copy instead.",
            "fr": "{name} est un formulaire dynamique (XFA) que beaucoup de visionneuses "
                  "affichent vide; ouvrez-le dans Adobe Acrobat Reader, imprimez-le en PDF "
                  "et ajoutez plutôt cette copie."},
    "was_encrypted": {"en": "{name} was protected by a password; the copy sent to IRCC is "
                            "unlocked so the officer can open it.",
                      "fr": "{name} était protégé par un mot de passe; la copie envoyée à "
                            "IRCC est déverrouillée pour que l'agent puisse l'ouvrir."},
    "page_enormous": {"en": "Page {page} of {name} is {width} × {height} cm, far larger than "
                            "any paper, so it will be hard to read; export or scan it again "
                            "at Letter or A4 size.",
                      "fr": "La page {page} de {name} mesure {width} × {height}\u00a0cm, bien "
                            "plus que tout format de papier, et sera donc difficile à lire; "
                            "exportez-la ou numérisez-la de nouveau au format Lettre ou A4."},
    "page_large": {"en": "Page {page} of {name} is {width} × {height} cm, larger than Letter "
                         "or A4; check that it prints legibly.",
                   "fr": "La page {page} de {name} mesure {width} × {height}\u00a0cm, plus "
                         "que le format Lettre ou A4; vérifiez qu'elle s'imprime lisiblement."},
}

#: prepare.py: how a checklist item is named inside a sentence
TITLES: MessageTable = {
    "passport": {"en": "the passport page", "fr": "la page du passeport"},
    "imm5686": {"en": "the IMM 5686 form", "fr": "le formulaire IMM 5686"},
    "company_letter": {"en": "the company letter", "fr": "la lettre de l'entreprise"},
    "job_offer": {"en": "the job offer", "fr": "l'offre d'emploi"},
    "cv": {"en": "the CV", "fr": "le CV"},
    "diploma": {"en": "the diploma", "fr": "le diplôme"},
}

#: shrink.py and prepare.py: what the shrink did, and why a request cannot fit
SHRINK: MessageTable = {
    "huge_image": {"en": "Page {page} of {title} holds an image of {width} × {height} pixels, "
                         "too large to reduce; scan or export that page again at 300 dpi.",
                   "fr": "Dans {title}, la page {page} contient une image de {width} × "
                         "{height}\u00a0pixels, trop grande pour être réduite; numérisez ou "
                         "exportez de nouveau cette page à 300\u00a0ppp."},
    "unreadable_image": {"en": "Page {page} of {title} holds an image that cannot be read, so "
                               "it was left as it is; check that page and scan it again if it "
                               "looks wrong.",
                         "fr": "Dans {title}, la page {page} contient une image illisible, "
                               "laissée telle quelle; vérifiez cette page et numérisez-la de "
                               "nouveau si elle semble incorrecte."},
    "bilevel": {"en": "text pages in black and white at {dpi} dpi",
                "fr": "pages de texte en noir et blanc à {dpi}\u00a0ppp"},
    "greyscale": {"en": "greyscale images at {dpi} dpi",
                  "fr": "images en niveaux de gris à {dpi}\u00a0ppp"},
    "colour": {"en": "colour images at {dpi} dpi", "fr": "images en couleur à {dpi}\u00a0ppp"},
    "cleaned": {"en": "cleaned up", "fr": "nettoyé"},
    "change": {"en": "{what} ({before} MB → {after} MB)",
               "fr": "{what} ({before}\u00a0Mo → {after}\u00a0Mo)"},
    "titled_change": {"en": "{title}: {change}", "fr": "{title}\u00a0: {change}"},
    "letters_too_big": {"en": "The request is still {over} MB over the limit because of the "
                              "generated letters; shorten the explanations and try again.",
                        "fr": "La demande dépasse encore la limite de {over}\u00a0Mo à cause "
                              "des lettres générées; raccourcissez les explications et "
                              "réessayez."},
    "floor": {"en": "Even at the lowest quality that stays readable, the request is {over} MB "
                    "over the 4 MB limit; {title} is the largest document ({size} MB): {todo}",
              "fr": "Même à la plus basse qualité qui reste lisible, la demande dépasse de "
                    "{over}\u00a0Mo la limite de 4\u00a0Mo; {title} est le plus gros document "
                    "({size}\u00a0Mo)\u00a0: {todo}"},
    "todo_protected": {"en": "take the photo or scan again in colour at 200 to 300 dpi with "
                             "only that page in the picture, or remove an optional document.",
                       "fr": "reprenez la photo ou numérisez de nouveau la page en couleur, "
                             "entre 200 et 300\u00a0ppp, avec seulement cette page dans "
                             "l'image, ou retirez un document facultatif."},
    "todo_other": {"en": "scan it again in black and white or greyscale at 200 dpi, keep only "
                         "the pages IMWU needs, or remove an optional document.",
                   "fr": "numérisez-le de nouveau en noir et blanc ou en niveaux de gris à "
                         "200\u00a0ppp, gardez seulement les pages dont l'UMIT a besoin, ou "
                         "retirez un document facultatif."},
}

#: every table, by name (for the tests)
TABLES: dict[str, MessageTable] = {"KINDS": KINDS, "TODOS": TODOS, "ERRORS": ERRORS,
                                   "WARNINGS": WARNINGS, "TITLES": TITLES, "SHRINK": SHRINK}


def quoted(file_name: str, lang: str = "en") -> str:
    """A file name as it appears inside a sentence: 'cv.pdf' or « cv.pdf »."""
    return i18n_text.quoted(file_name, lang, english=("'", "'"))


def decimal(value: float, digits: int, lang: str = "en") -> str:
    """`value` with `digits` decimals, with a decimal comma in French."""
    return i18n_text.decimal_mark(f"{value:.{digits}f}", lang)


def title_for(item: str, label: str, lang: str = "en") -> str:
    """How a checklist item is named in a sentence ("the CV"), or its label, quoted."""
    if item in TITLES:
        return say(TITLES, item, lang)
    return quoted(label, lang)
