"""Passport machine-readable zone (ICAO Doc 9303, TD3): parse the two lines, verify every
check digit, and compare what the passport says with what the user typed.

Typing passport data is where IRCC notices mistakes (a swapped digit, a wrong birth date,
names in the wrong field); the MRZ's check digits let the app catch them. A check-digit
failure names the character group to re-read rather than guessing a correction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

from .case import Worker
from .datafiles import load_data_file
from .i18n_text import say
from .problems import ERROR, Problem

LINE_LENGTH = 44
_WEIGHTS = (7, 3, 1)
_ALPHABET = re.compile(r"^[A-Z0-9<]*$")

#: check-digit groups of line 2: (first, last) 0-based slice of the data, check digit index
GROUPS: dict[str, tuple[int, int, int]] = {
    "document_number": (0, 9, 9),
    "birth_date": (13, 19, 19),
    "expiry_date": (21, 27, 27),
    "optional_data": (28, 42, 42),
}

MESSAGES = {
    "no_lines": {
        "en": "Type or paste the two lines of the machine-readable zone (the two lines of 44 "
              "characters at the bottom of the passport page).",
        "fr": "Tapez ou collez les deux lignes de la zone de lecture automatique (les deux "
              "lignes de 44 caractères au bas de la page du passeport).",
    },
    "length": {
        "en": "Line {line} has {count} characters but a passport's machine-readable lines have "
              "44; re-read line {line}, counting each < sign.",
        "fr": "La ligne {line} compte {count} caractères alors que celles d'un passeport en "
              "comptent 44; relisez la ligne {line} en comptant chaque signe <.",
    },
    "characters": {
        "en": "Line {line} contains {chars}; the machine-readable zone has only capital letters, "
              "digits and the < sign (type < for each filler).",
        "fr": "La ligne {line} contient {chars}; la zone de lecture automatique ne contient "
              "que des majuscules, des chiffres et le signe < (tapez < pour chaque remplissage).",
    },
    "not_passport": {
        "en": "This is not a passport's machine-readable zone (the first line of a passport "
              "starts with P); check that line 1 is the top line.",
        "fr": "Ce n'est pas la zone de lecture automatique d'un passeport (la première ligne "
              "d'un passeport commence par P); vérifiez que la ligne 1 est celle du haut.",
    },
    "check_document_number": {
        "en": "The passport number does not match its check digit: re-read characters 1 to 10 "
              "of line 2 (the passport number and the digit after it).",
        "fr": "Le numéro de passeport ne correspond pas à son chiffre de contrôle : relisez "
              "les caractères 1 à 10 de la ligne 2 (le numéro et le chiffre qui le suit).",
    },
    "check_birth_date": {
        "en": "The date of birth does not match its check digit: re-read characters 14 to 20 "
              "of line 2 (YYMMDD and the digit after it).",
        "fr": "La date de naissance ne correspond pas à son chiffre de contrôle : relisez les "
              "caractères 14 à 20 de la ligne 2 (AAMMJJ et le chiffre qui suit).",
    },
    "check_expiry_date": {
        "en": "The expiry date does not match its check digit: re-read characters 22 to 28 "
              "of line 2 (YYMMDD and the digit after it).",
        "fr": "La date d'expiration ne correspond pas à son chiffre de contrôle : relisez les "
              "caractères 22 à 28 de la ligne 2 (AAMMJJ et le chiffre qui suit).",
    },
    "check_optional_data": {
        "en": "The personal number does not match its check digit: re-read characters 29 to 43 "
              "of line 2.",
        "fr": "Le numéro personnel ne correspond pas à son chiffre de contrôle : relisez les "
              "caractères 29 à 43 de la ligne 2.",
    },
    "check_composite": {
        "en": "The final check digit of line 2 (character 44) does not match the rest of the "
              "line: re-read line 2, especially characters 1 to 10, 14 to 20 and 22 to 44.",
        "fr": "Le dernier chiffre de contrôle de la ligne 2 (caractère 44) ne correspond pas "
              "au reste : relisez la ligne 2, surtout les caractères 1 à 10, 14 à 20 et 22 à 44.",
    },
    "bad_date": {
        "en": "The {what} in characters {first} to {last} of line 2 is not a real date "
              "(YYMMDD); re-read it.",
        "fr": "La {what} aux caractères {first} à {last} de la ligne 2 n'est pas une date "
              "réelle (AAMMJJ); relisez-la.",
    },
    "what_birth_date": {"en": "date of birth", "fr": "date de naissance"},
    "what_expiry_date": {"en": "expiry date", "fr": "date d'expiration"},
    "mismatch_family_name": {
        "en": "The family name typed ({typed}) differs from the passport's machine-readable "
              "zone ({mrz}); copy it exactly as in the passport.",
        "fr": "Le nom de famille saisi ({typed}) diffère de la zone de lecture automatique du "
              "passeport ({mrz}); recopiez-le exactement comme au passeport.",
    },
    "mismatch_given_names": {
        "en": "The given names typed ({typed}) differ from the passport's machine-readable "
              "zone ({mrz}); copy them exactly as in the passport.",
        "fr": "Les prénoms saisis ({typed}) diffèrent de la zone de lecture automatique du "
              "passeport ({mrz}); recopiez-les exactement comme au passeport.",
    },
    "mismatch_name_order": {
        "en": "The family name and the given names seem swapped: the passport gives {family} "
              "as the family name and {given} as the given names.",
        "fr": "Le nom de famille et les prénoms semblent inversés : le passeport indique "
              "{family} comme nom de famille et {given} comme prénoms.",
    },
    "mismatch_passport_number": {
        "en": "The passport number typed ({typed}) differs from the machine-readable zone "
              "({mrz}); check each character against the passport.",
        "fr": "Le numéro de passeport saisi ({typed}) diffère de la zone de lecture "
              "automatique ({mrz}); vérifiez chaque caractère au passeport.",
    },
    "mismatch_date_of_birth": {
        "en": "The date of birth typed ({typed}) differs from the machine-readable zone "
              "({mrz}, written YYMMDD); check it against the passport.",
        "fr": "La date de naissance saisie ({typed}) diffère de la zone de lecture automatique "
              "({mrz}, écrite AAMMJJ); comparez-la au passeport.",
    },
    "mismatch_passport_expiry": {
        "en": "The expiry date typed ({typed}) differs from the machine-readable zone ({mrz}, "
              "written YYMMDD); check it against the passport.",
        "fr": "La date d'expiration saisie ({typed}) diffère de la zone de lecture automatique "
              "({mrz}, écrite AAMMJJ); comparez-la au passeport.",
    },
    "mismatch_sex": {
        "en": "The sex typed ({typed}) differs from the passport's machine-readable zone "
              "({mrz}); use what the passport shows.",
        "fr": "Le sexe saisi ({typed}) diffère de la zone de lecture automatique du passeport "
              "({mrz}); indiquez ce que montre le passeport.",
    },
    "mismatch_citizenship": {
        "en": "The citizenship typed ({typed}) differs from the passport's nationality "
              "({mrz}); choose the country of the passport.",
        "fr": "La citoyenneté saisie ({typed}) diffère de la nationalité du passeport "
              "({mrz}); choisissez le pays du passeport.",
    },
}


class MrzFormatError(ValueError):
    """The text is not two TD3 lines; the message says what to re-read (case language)."""


@dataclass(frozen=True)
class CheckFailure:
    """One check digit that does not match: the group, and what to re-read."""

    group: str  # a key of GROUPS, "composite", or "<group>_date" for an impossible date
    message: str


@dataclass(frozen=True)
class Mrz:
    """The fields of a TD3 (passport) MRZ, as the passport writes them."""

    line1: str
    line2: str
    document_type: str
    issuing_state: str
    family_name: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: date | None
    sex: str  # F, M or X (X when the MRZ shows <)
    expiry_date: date | None
    optional_data: str
    failures: tuple[CheckFailure, ...]

    @property
    def valid(self) -> bool:
        """True when every check digit matches and the dates are real."""
        return not self.failures

    @property
    def name_truncated(self) -> bool:
        """ICAO cuts long names to fit 39 characters: the last one is then not a filler."""
        return self.line1[-1] != "<"

    def failed(self, group: str) -> bool:
        return any(f.group.startswith(group) for f in self.failures)


# --- check digits -------------------------------------------------------------------------


def char_value(ch: str) -> int:
    """ICAO value of one MRZ character: digits as such, A=10 ... Z=35, < = 0."""
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == "<":
        return 0
    raise ValueError(f"not an MRZ character: {ch!r}")


def check_digit(data: str) -> str:
    """The check digit of `data`: weights 7, 3, 1 repeating, sum modulo 10."""
    total = sum(char_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(data))
    return str(total % 10)


# --- parsing ------------------------------------------------------------------------------


def split_lines(text: str, lang: str = "en") -> tuple[str, str]:
    """The two 44-character lines from typed or pasted text (upper-cased, « read as <)."""
    cleaned = text.replace("«", "<").upper()
    lines = [line.strip() for line in cleaned.splitlines() if line.strip()]
    if len(lines) == 1 and len(lines[0]) == 2 * LINE_LENGTH:
        lines = [lines[0][:LINE_LENGTH], lines[0][LINE_LENGTH:]]
    if len(lines) != 2:
        raise MrzFormatError(say(MESSAGES, "no_lines", lang))
    for number, line in enumerate(lines, start=1):
        if not _ALPHABET.match(line):
            bad = sorted({ch for ch in line if not re.match(r"[A-Z0-9<]", ch)})
            shown = ", ".join("a space" if ch == " " and lang != "fr" else
                              "une espace" if ch == " " else f'"{ch}"' for ch in bad)
            raise MrzFormatError(say(MESSAGES, "characters", lang, line=number, chars=shown))
        if len(line) != LINE_LENGTH:
            raise MrzFormatError(say(MESSAGES, "length", lang, line=number, count=len(line)))
    if not lines[0].startswith("P"):
        raise MrzFormatError(say(MESSAGES, "not_passport", lang))
    return lines[0], lines[1]


def parse_td3(text: str, lang: str = "en", today: date | None = None) -> Mrz:
    """Parse a passport MRZ and verify every check digit (failures listed, not raised)."""
    line1, line2 = split_lines(text, lang)
    today = today or date.today()
    failures: list[CheckFailure] = []

    number, number_ok = _document_number(line2)
    if not number_ok:
        failures.append(CheckFailure("document_number",
                                     say(MESSAGES, "check_document_number", lang)))
    for group in ("birth_date", "expiry_date", "optional_data"):
        first, last, digit_at = GROUPS[group]
        if group == "optional_data" and line2[9] == "<":
            continue  # the optional data holds the rest of a long passport number
        if not _digit_matches(line2[first:last], line2[digit_at], group == "optional_data"):
            failures.append(CheckFailure(group, say(MESSAGES, f"check_{group}", lang)))
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    if line2[43] != check_digit(composite):
        failures.append(CheckFailure("composite", say(MESSAGES, "check_composite", lang)))

    birth = _mrz_date(line2[13:19], today, expiry=False)
    expiry = _mrz_date(line2[21:27], today, expiry=True)
    for group, value, (first, last) in (("birth_date", birth, (14, 19)),
                                        ("expiry_date", expiry, (22, 27))):
        if value is None and not any(f.group == group for f in failures):
            what = say(MESSAGES, f"what_{group}", lang)
            failures.append(CheckFailure(f"{group}_date", say(
                MESSAGES, "bad_date", lang, what=what, first=first, last=last)))

    family, _, given = line1[5:].partition("<<")
    return Mrz(
        line1=line1, line2=line2,
        document_type=line1[0:2].rstrip("<"),
        issuing_state=line1[2:5].rstrip("<"),
        family_name=_words(family), given_names=_words(given),
        document_number=number,
        nationality=line2[10:13].rstrip("<"),
        birth_date=birth,
        sex=line2[20] if line2[20] in "FM" else "X",
        expiry_date=expiry,
        optional_data=line2[28:42].rstrip("<"),
        failures=tuple(failures),
    )


def _document_number(line2: str) -> tuple[str, bool]:
    """The passport number and whether its check digit matches (long numbers continue in
    the optional data, ICAO 9303 Part 4: '<' in the check position, then the rest and its digit)."""
    if line2[9] != "<":
        return line2[0:9].rstrip("<"), line2[9] == check_digit(line2[0:9])
    overflow = line2[28:42].split("<")[0]
    if len(overflow) < 2:
        return line2[0:9].rstrip("<"), False
    number = line2[0:9] + overflow[:-1]
    return number, overflow[-1] == check_digit(number)


def _digit_matches(data: str, digit: str, may_be_empty: bool) -> bool:
    if may_be_empty and set(data) == {"<"} and digit in "<0":
        return True
    return digit.isdigit() and digit == check_digit(data)


def _mrz_date(yymmdd: str, today: date, *, expiry: bool) -> date | None:
    """YYMMDD as a date: birth dates are never in the future, expiry dates are this century."""
    if not yymmdd.isdigit():
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    year = 2000 + yy
    if (not expiry and year > today.year) or (expiry and year > today.year + 50):
        year -= 100
    try:
        return date(year, mm, dd)
    except ValueError:
        return None


def _words(field: str) -> str:
    return " ".join(part for part in field.split("<") if part)


# --- names as ICAO writes them ---------------------------------------------------------------

#: letters ICAO Doc 9303 Part 3 writes with more than their base letter
_SPECIAL = {"Æ": "AE", "Ø": "OE", "ß": "SS", "Þ": "TH", "Œ": "OE", "Ĳ": "IJ", "Ł": "L",
            "Đ": "D", "Ð": "D", "Ħ": "H", "ı": "I"}
#: letters with a recommended long form and an accepted short one (Ä: AE or A)
_LONG_FORMS = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA"}


def mrz_name_forms(name: str) -> set[str]:
    """The ways a passport may write `name` in its MRZ: capitals, < between parts."""
    upper = unicodedata.normalize("NFC", name.strip().upper())
    forms = set()
    for long_forms in (True, False):
        out = []
        for ch in upper:
            if long_forms and ch in _LONG_FORMS:
                out.append(_LONG_FORMS[ch])
            elif ch in _SPECIAL or ch.lower() in _SPECIAL:
                out.append(_SPECIAL.get(ch, _SPECIAL.get(ch.lower(), "")).upper())
            elif ch in "'’ʼ":
                continue  # apostrophes are left out
            else:
                base = unicodedata.normalize("NFKD", ch)
                out.append("".join(c for c in base if not unicodedata.combining(c)))
        text = re.sub(r"[^A-Z0-9]+", "<", "".join(out)).strip("<")
        forms.add(text)
    return forms


def _mrz_field(words: str) -> str:
    return words.replace(" ", "<")


# --- comparison with what was typed --------------------------------------------------------------


@cache
def _alpha3_to_alpha2() -> dict[str, str]:
    raw = load_data_file("icao_nationality.json")
    table = {**raw["alpha3_to_alpha2"], **raw["icao_only"]}
    return {str(k): str(v) for k, v in table.items()}


def alpha2_of_nationality(code: str) -> str | None:
    """The two-letter country code of an MRZ nationality (None for special ICAO codes)."""
    return _alpha3_to_alpha2().get(code)


def proposed_worker_fields(mrz: Mrz) -> dict[str, object]:
    """Worker fields read from the MRZ, to propose (never to overwrite silently): only the
    groups whose check digits pass. Names, sex and nationality carry no check digit in a
    TD3 MRZ: the user confirms them against the printed page."""
    fields: dict[str, object] = {"family_name": mrz.family_name,
                                 "given_names": mrz.given_names, "sex": mrz.sex}
    if not mrz.failed("document_number"):
        fields["passport_number"] = mrz.document_number
    if not mrz.failed("birth_date") and mrz.birth_date is not None:
        fields["date_of_birth"] = mrz.birth_date
    if not mrz.failed("expiry_date") and mrz.expiry_date is not None:
        fields["passport_expiry"] = mrz.expiry_date
    country = alpha2_of_nationality(mrz.nationality)
    if country:
        fields["citizenship"] = country
    return fields


def mrz_problems(worker: Worker, lang: str = "en", step: str = "worker",
                 today: date | None = None) -> list[Problem]:
    """Problems from the worker's MRZ: unreadable lines, check digits, typed mismatches."""
    if not worker.mrz.strip():
        return []
    try:
        mrz = parse_td3(worker.mrz, lang, today)
    except MrzFormatError as exc:
        return [Problem(step, "mrz_unreadable", ERROR, str(exc), field="mrz")]
    problems = [Problem(step, f"mrz_check_{f.group}", ERROR, f.message, field="mrz")
                for f in mrz.failures]
    return problems + compare_with_worker(mrz, worker, lang, step)


def compare_with_worker(mrz: Mrz, worker: Worker, lang: str = "en",
                        step: str = "worker") -> list[Problem]:
    """mrz_mismatch_* problems for each typed field that differs from the MRZ (groups whose
    check digit failed are not compared: the MRZ itself must be re-read first)."""
    found: list[tuple[str, str, str]] = []  # (id suffix, field, message)
    found += _name_mismatches(mrz, worker, lang)
    if worker.passport_number.strip() and not mrz.failed("document_number"):
        typed = re.sub(r"[\s-]", "", worker.passport_number).upper()
        if typed != mrz.document_number:
            found.append(("passport_number", "passport_number", say(
                MESSAGES, "mismatch_passport_number", lang, typed=typed,
                mrz=mrz.document_number)))
    for suffix, fld, typed_date, group, raw in (
        ("date_of_birth", "date_of_birth", worker.date_of_birth, "birth_date", mrz.line2[13:19]),
        ("passport_expiry", "passport_expiry", worker.passport_expiry, "expiry_date",
         mrz.line2[21:27]),
    ):
        if typed_date is not None and not mrz.failed(group) \
                and typed_date.strftime("%y%m%d") != raw:
            found.append((suffix, fld, say(MESSAGES, f"mismatch_{suffix}", lang,
                                           typed=typed_date.isoformat(), mrz=raw)))
    if worker.sex.strip() and worker.sex.strip().upper() != mrz.sex:
        found.append(("sex", "sex", say(MESSAGES, "mismatch_sex", lang,
                                        typed=worker.sex.strip(), mrz=mrz.sex)))
    nationality = alpha2_of_nationality(mrz.nationality)
    typed_country = worker.citizenship.strip().upper()
    if typed_country and nationality and typed_country != nationality:
        found.append(("citizenship", "citizenship", say(
            MESSAGES, "mismatch_citizenship", lang, typed=typed_country,
            mrz=f"{mrz.nationality} = {nationality}")))
    return [Problem(step, f"mrz_mismatch_{suffix}", ERROR, message, field=fld)
            for suffix, fld, message in found]


def _name_mismatches(mrz: Mrz, worker: Worker, lang: str) -> list[tuple[str, str, str]]:
    family_typed, given_typed = worker.family_name.strip(), worker.given_names.strip()
    if not family_typed and not given_typed:
        return []
    family_mrz, given_mrz = _mrz_field(mrz.family_name), _mrz_field(mrz.given_names)
    family_forms, given_forms = mrz_name_forms(family_typed), mrz_name_forms(given_typed)
    if mrz.name_truncated:
        whole = mrz.line1[5:].rstrip("<")
        if any(f"{f}<<{g}".startswith(whole) for f in family_forms for g in given_forms):
            return []
    if family_mrz in family_forms and given_mrz in given_forms:
        return []
    if family_typed and given_typed and family_mrz in given_forms and given_mrz in family_forms:
        return [("name_order", "family_name", say(
            MESSAGES, "mismatch_name_order", lang, family=mrz.family_name,
            given=mrz.given_names))]
    out = []
    if family_typed and family_mrz not in family_forms:
        out.append(("family_name", "family_name", say(
            MESSAGES, "mismatch_family_name", lang, typed=family_typed, mrz=mrz.family_name)))
    if given_typed and given_mrz not in given_forms:
        out.append(("given_names", "given_names", say(
            MESSAGES, "mismatch_given_names", lang, typed=given_typed, mrz=mrz.given_names)))
    return out
