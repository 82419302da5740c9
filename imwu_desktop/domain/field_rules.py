"""Field rules: each returns None when a value is fine, else one plain sentence (en or fr).

The GUI shows the sentence beside the field; the step flow turns it into a Problem. Rules
accept the text as typed (spaces, dashes, lower case) and judge what the value means.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from datetime import date

from .i18n_text import say

MESSAGES = {
    "bn_format": {
        "en": "A CRA business number has 9 digits (e.g. 123456782), optionally followed by "
              "a program account such as RT 0001.",
        "fr": "Un numéro d'entreprise de l'ARC compte 9 chiffres (p. ex. 123456782), "
              "éventuellement suivis d'un compte de programme comme RT 0001.",
    },
    "bn_check": {
        "en": "This business number is not valid (its last digit does not match the others); "
              "copy it again from a CRA letter.",
        "fr": "Ce numéro d'entreprise n'est pas valide (son dernier chiffre ne correspond pas "
              "aux autres); recopiez-le à partir d'une lettre de l'ARC.",
    },
    "postal_format": {
        "en": "A Canadian postal code looks like A1A 1A1 (letter, digit, letter, space, digit, "
              "letter, digit).",
        "fr": "Un code postal canadien s'écrit A1A 1A1 (lettre, chiffre, lettre, espace, "
              "chiffre, lettre, chiffre).",
    },
    "postal_letters": {
        "en": "Canadian postal codes never use the letters D, F, I, O, Q or U; check the "
              "postal code (perhaps a 0 was typed as O).",
        "fr": "Les codes postaux canadiens n'utilisent jamais les lettres D, F, I, O, Q ni U; "
              "vérifiez le code postal (un 0 tapé comme O ?).",
    },
    "postal_first": {
        "en": "No Canadian postal code starts with W or Z; check the first letter.",
        "fr": "Aucun code postal canadien ne commence par W ou Z; vérifiez la première lettre.",
    },
    "postal_province": {
        "en": "Postal codes in {province} start with {letters}, not {first}; check the postal "
              "code or the province.",
        "fr": "Les codes postaux de la province ou du territoire {province} commencent par "
              "{letters}, pas par {first}; vérifiez le code postal ou la province.",
    },
    "province_unknown": {
        "en": "Choose the province or territory (e.g. ON, QC, BC).",
        "fr": "Choisissez la province ou le territoire (p. ex. ON, QC, BC).",
    },
    "noc_format": {
        "en": "A NOC 2021 code has 5 digits (e.g. 21301); look it up on the Government of "
              "Canada NOC site.",
        "fr": "Un code de la CNP 2021 compte 5 chiffres (p. ex. 21301); cherchez-le sur le "
              "site de la CNP du gouvernement du Canada.",
    },
    "noc_teer": {
        "en": "The second digit of a NOC 2021 code is its TEER category, 0 to 5; {code} is not "
              "a NOC 2021 code (older NOC 2016 codes have 4 digits).",
        "fr": "Le deuxième chiffre d'un code de la CNP 2021 est sa catégorie FEER, de 0 à 5; "
              "{code} n'est pas un code de la CNP 2021 (les codes de la CNP 2016 ont 4 "
              "chiffres).",
    },
    "noc_senior": {
        "en": "NOC 2021 codes that start with 0 are senior management codes and start with 00; "
              "check {code}.",
        "fr": "Les codes de la CNP 2021 qui commencent par 0 désignent la haute direction et "
              "commencent par 00; vérifiez {code}.",
    },
    "phone_format": {
        "en": "Write the phone number with its area code (e.g. 416 555 0100), or with + and "
              "the country code for a number outside North America (e.g. +33 1 23 45 67 89).",
        "fr": "Écrivez le numéro avec l'indicatif régional (p. ex. 514 555 0100), ou avec + et "
              "l'indicatif du pays hors de l'Amérique du Nord (p. ex. +33 1 23 45 67 89).",
    },
    "phone_nanp": {
        "en": "North American area codes and exchanges do not start with 0 or 1; check the "
              "phone number.",
        "fr": "En Amérique du Nord, l'indicatif régional et le central ne commencent pas par 0 "
              "ni par 1; vérifiez le numéro.",
    },
    "email_format": {
        "en": "Write the e-mail address in full, like name@example.com.",
        "fr": "Écrivez l'adresse courriel au complet, comme nom@exemple.ca.",
    },
    "name_empty": {
        "en": "Write the name exactly as in the passport.",
        "fr": "Écrivez le nom exactement comme dans le passeport.",
    },
    "name_chars": {
        "en": "A name as in a passport has only letters (accents allowed), spaces, hyphens and "
              "apostrophes; remove \"{chars}\".",
        "fr": "Un nom tel qu'au passeport ne contient que des lettres (accents permis), des "
              "espaces, des traits d'union et des apostrophes; retirez « {chars} ».",
    },
    "name_shape": {
        "en": "A name starts and ends with a letter and has one space, hyphen or apostrophe "
              "between its parts.",
        "fr": "Un nom commence et finit par une lettre et n'a qu'une espace, un trait d'union "
              "ou une apostrophe entre ses parties.",
    },
    "date_format": {
        "en": "Write the date as YYYY-MM-DD (e.g. 2027-02-01).",
        "fr": "Écrivez la date sous la forme AAAA-MM-JJ (p. ex. 2027-02-01).",
    },
    "date_order": {
        "en": "The end date ({end}) must come after the start date ({start}).",
        "fr": "La date de fin ({end}) doit suivre la date de début ({start}).",
    },
    "birth_future": {
        "en": "The date of birth is in the future; check it against the passport.",
        "fr": "La date de naissance est dans le futur; comparez-la au passeport.",
    },
    "birth_age": {
        "en": "This date of birth makes the worker {age} years old; check it against the "
              "passport (a worker is usually between {low} and {high}).",
        "fr": "Selon cette date de naissance, le travailleur aurait {age} ans; comparez-la au "
              "passeport (un travailleur a habituellement de {low} à {high} ans).",
    },
    "passport_issued_future": {
        "en": "The passport's date of issue is in the future; check it against the passport.",
        "fr": "La date de délivrance du passeport est dans le futur; comparez-la au passeport.",
    },
    "passport_issued_order": {
        "en": "The passport's date of issue must come before its expiry date.",
        "fr": "La date de délivrance du passeport doit précéder sa date d'expiration.",
    },
    "passport_expired": {
        "en": "The passport expired on {expiry}; the worker needs a valid passport before "
              "the request is sent.",
        "fr": "Le passeport a expiré le {expiry}; le travailleur doit avoir un passeport "
              "valide avant l'envoi de la demande.",
    },
    "wage_positive": {
        "en": "Enter the wage as an amount greater than zero.",
        "fr": "Indiquez un salaire supérieur à zéro.",
    },
    "hours_range": {
        "en": "Enter the hours per week as a number from 1 to 80.",
        "fr": "Indiquez le nombre d'heures par semaine, de 1 à 80.",
    },
    "passport_number": {
        "en": "A passport number has only letters and digits (usually 6 to 9); copy it from "
              "the passport without spaces.",
        "fr": "Un numéro de passeport ne contient que des lettres et des chiffres (souvent 6 "
              "à 9); recopiez-le du passeport sans espaces.",
    },
    "sex": {
        "en": "Choose F, M or X, as shown in the passport.",
        "fr": "Choisissez F, M ou X, comme dans le passeport.",
    },
    "count": {
        "en": "Enter a whole number of employees (0 or more).",
        "fr": "Indiquez un nombre entier d'employés (0 ou plus).",
    },
    "wage_period": {
        "en": "Choose whether the wage is per hour, week, month or year.",
        "fr": "Indiquez si le salaire est horaire, hebdomadaire, mensuel ou annuel.",
    },
    "country_format": {
        "en": "Choose the country from the list (a two-letter ISO code such as FR or US).",
        "fr": "Choisissez le pays dans la liste (un code ISO de deux lettres, comme FR ou US).",
    },
}

TEER_LABELS = {
    "0": {"en": "TEER 0: management occupations",
        "fr": "FEER 0 : postes de gestion"},
    "1": {"en": "TEER 1: usually a university degree",
        "fr": "FEER 1 : habituellement un diplôme universitaire"},
    "2": {"en": "TEER 2: usually a college diploma or apprenticeship of 2 years or more, "
              "or a supervisory role",
        "fr": "FEER 2 : habituellement un diplôme collégial ou un apprentissage de 2 ans ou "
              "plus, ou un poste de supervision"},
    "3": {"en": "TEER 3: usually a college diploma or apprenticeship of less than 2 years, "
              "or more than 6 months of on-the-job training",
        "fr": "FEER 3 : habituellement un diplôme collégial ou un apprentissage de moins de "
              "2 ans, ou plus de 6 mois de formation en cours d'emploi"},
    "4": {"en": "TEER 4: usually a high school diploma or several weeks of on-the-job training",
        "fr": "FEER 4 : habituellement un diplôme d'études secondaires ou plusieurs semaines "
              "de formation en cours d'emploi"},
    "5": {"en": "TEER 5: usually a short work demonstration and no formal education",
        "fr": "FEER 5 : habituellement une courte démonstration de travail, sans études "
              "formelles"},
}

#: first letter of a postal code -> provinces and territories that use it
POSTAL_FIRST_LETTER = {
    "A": ("NL",), "B": ("NS",), "C": ("PE",), "E": ("NB",),
    "G": ("QC",), "H": ("QC",), "J": ("QC",),
    "K": ("ON",), "L": ("ON",), "M": ("ON",), "N": ("ON",), "P": ("ON",),
    "R": ("MB",), "S": ("SK",), "T": ("AB",), "V": ("BC",), "X": ("NT", "NU"), "Y": ("YT",),
}
PROVINCES = ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")

WORKER_MIN_AGE = 14
WORKER_MAX_AGE = 90
MAX_HOURS_PER_WEEK = 80


# --- CRA business number --------------------------------------------------------------

_BN_RE = re.compile(r"^(\d{9})(?:([A-Z]{2})(\d{4}))?$")


def luhn_ok(digits: str) -> bool:
    """True when the digit string passes the Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def business_number(value: str, lang: str = "en") -> str | None:
    """CRA BN (9 digits, Luhn) or BN15 program account such as `123456782 RT 0001`."""
    compact = re.sub(r"[\s-]", "", value).upper()
    match = _BN_RE.match(compact)
    if match is None:
        return say(MESSAGES, "bn_format", lang)
    if not luhn_ok(match.group(1)):
        return say(MESSAGES, "bn_check", lang)
    return None


# --- postal code ----------------------------------------------------------------------

_POSTAL_RE = re.compile(r"^[A-Z]\d[A-Z]\d[A-Z]\d$")


def normalize_postal_code(value: str) -> str:
    """`m5h2n2` -> `M5H 2N2` (unchanged shape when it is not six characters)."""
    compact = re.sub(r"[\s-]", "", value).upper()
    return f"{compact[:3]} {compact[3:]}" if len(compact) == 6 else value.strip().upper()


def postal_code(value: str, province: str = "", lang: str = "en") -> str | None:
    """Canadian postal code: format, letters Canada Post never uses, first letter vs province."""
    compact = re.sub(r"[\s-]", "", value).upper()
    if not _POSTAL_RE.match(compact):
        return say(MESSAGES, "postal_format", lang)
    letters = compact[0] + compact[2] + compact[4]
    if any(ch in "DFIOQU" for ch in letters):
        return say(MESSAGES, "postal_letters", lang)
    first = compact[0]
    if first in "WZ":
        return say(MESSAGES, "postal_first", lang)
    prov = province.strip().upper()
    if prov and prov in PROVINCES and prov not in POSTAL_FIRST_LETTER.get(first, ()):
        allowed = sorted(k for k, v in POSTAL_FIRST_LETTER.items() if prov in v)
        return say(MESSAGES, "postal_province", lang, province=prov,
                   letters=", ".join(allowed), first=first)
    return None


def province(value: str, lang: str = "en") -> str | None:
    """A two-letter province or territory code."""
    return None if value.strip().upper() in PROVINCES else say(MESSAGES, "province_unknown", lang)


# --- NOC 2021 ---------------------------------------------------------------------------


def noc(value: str, lang: str = "en") -> str | None:
    """NOC 2021 unit group: 5 digits, 2nd digit the TEER (0-5); 0xxxx only as 00xxx."""
    code = value.strip()
    if not re.fullmatch(r"\d{5}", code):
        return say(MESSAGES, "noc_format", lang)
    if int(code[1]) > 5:
        return say(MESSAGES, "noc_teer", lang, code=code)
    if code[0] == "0" and code[1] != "0":
        return say(MESSAGES, "noc_senior", lang, code=code)
    return None


def teer_of(code: str) -> int | None:
    """The TEER category of a valid NOC 2021 code, else None."""
    return int(code.strip()[1]) if noc(code) is None else None


def teer_label(teer: int, lang: str = "en") -> str:
    """A short explanation of a TEER category."""
    return say(TEER_LABELS, str(teer), lang) if str(teer) in TEER_LABELS else ""


# --- phone, e-mail ------------------------------------------------------------------------

_EXTENSION_RE = re.compile(r"\s*(?:ext\.?|extension|poste|x|#)\s*\d{1,6}\s*$", re.IGNORECASE)


def phone(value: str, lang: str = "en") -> str | None:
    """North American (10 digits, optional 1) or international (+CC, 8 to 15 digits)."""
    text = _EXTENSION_RE.sub("", value.strip())
    if not re.fullmatch(r"\+?[\d\s().\-/]+", text):
        return say(MESSAGES, "phone_format", lang)
    digits = re.sub(r"\D", "", text)
    if text.startswith("+"):
        international = digits
    elif digits.startswith("011"):  # dialling out of North America
        international = digits[3:]
    elif digits.startswith("00"):  # dialling out of most other countries
        international = digits[2:]
    else:
        return _nanp(digits[1:] if len(digits) == 11 and digits[0] == "1" else digits, lang)
    if international.startswith("1"):
        return _nanp(international[1:], lang)
    if international.startswith("0") or not 8 <= len(international) <= 15:
        return say(MESSAGES, "phone_format", lang)
    return None


def _nanp(digits: str, lang: str) -> str | None:
    if len(digits) != 10:
        return say(MESSAGES, "phone_format", lang)
    if digits[0] in "01" or digits[3] in "01":
        return say(MESSAGES, "phone_nanp", lang)
    return None


_EMAIL_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_EMAIL_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL_RE = re.compile(
    rf"^{_EMAIL_LOCAL}@(?:{_EMAIL_LABEL}\.)+(?:[A-Za-z]{{2,63}}|xn--[A-Za-z0-9-]{{1,59}})$"
)


def email(value: str, lang: str = "en") -> str | None:
    """An address a mail server accepts: local part, @, a domain with a real top level."""
    text = value.strip()
    if len(text) > 254 or not _EMAIL_RE.match(text) or len(text.split("@")[0]) > 64:
        return say(MESSAGES, "email_format", lang)
    return None


# --- names ------------------------------------------------------------------------------

_NAME_SEPARATORS = " -'’ʼ"


def person_name(value: str, lang: str = "en") -> str | None:
    """A name as printed in a passport: letters (accents too), spaces, hyphens, apostrophes."""
    text = unicodedata.normalize("NFC", value.strip())
    if not text:
        return say(MESSAGES, "name_empty", lang)
    bad = sorted({ch for ch in text if not (_is_letter(ch) or ch in _NAME_SEPARATORS)})
    if bad:
        return say(MESSAGES, "name_chars", lang, chars="".join(bad))
    if not (_is_letter(text[0]) and _is_letter(text[-1])):
        return say(MESSAGES, "name_shape", lang)
    if any(a in _NAME_SEPARATORS and b in _NAME_SEPARATORS for a, b in itertools.pairwise(text)):
        return say(MESSAGES, "name_shape", lang)
    return None


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


# --- dates ------------------------------------------------------------------------------

DateInput = date | str | None


def parse_date(value: DateInput) -> date | None:
    """A date from a date or a `YYYY-MM-DD` string; None when empty or unreadable."""
    if isinstance(value, date):
        return value
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def date_value(value: DateInput, lang: str = "en") -> str | None:
    """A readable `YYYY-MM-DD` date (empty is left to the 'required' check)."""
    if value is None or value == "" or parse_date(value) is not None:
        return None
    return say(MESSAGES, "date_format", lang)


def date_range(start: DateInput, end: DateInput, lang: str = "en") -> str | None:
    """The end comes after the start (either missing: nothing to say)."""
    first, last = parse_date(start), parse_date(end)
    if first is None or last is None or last > first:
        return None
    return say(MESSAGES, "date_order", lang, start=first.isoformat(), end=last.isoformat())


def age_on(born: date, day: date) -> int:
    """Whole years between a birth date and a day."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def birth_date(value: DateInput, lang: str = "en", today: date | None = None) -> str | None:
    """A worker's plausible date of birth: not in the future, 14 to 90 years old."""
    born = parse_date(value)
    if born is None:
        return date_value(value, lang)
    today = today or date.today()
    if born > today:
        return say(MESSAGES, "birth_future", lang)
    age = age_on(born, today)
    if not WORKER_MIN_AGE <= age <= WORKER_MAX_AGE:
        return say(MESSAGES, "birth_age", lang, age=age, low=WORKER_MIN_AGE, high=WORKER_MAX_AGE)
    return None


def passport_issued(issued: DateInput, expiry: DateInput = None, lang: str = "en",
                    today: date | None = None) -> str | None:
    """Date of issue: not in the future and before the expiry date."""
    day = parse_date(issued)
    if day is None:
        return date_value(issued, lang)
    if day > (today or date.today()):
        return say(MESSAGES, "passport_issued_future", lang)
    until = parse_date(expiry)
    if until is not None and until <= day:
        return say(MESSAGES, "passport_issued_order", lang)
    return None


def passport_expiry(expiry: DateInput, lang: str = "en", today: date | None = None) -> str | None:
    """Expiry date: not already past."""
    day = parse_date(expiry)
    if day is None:
        return date_value(expiry, lang)
    if day < (today or date.today()):
        return say(MESSAGES, "passport_expired", lang, expiry=day.isoformat())
    return None


def passport_dates(issued: DateInput, expiry: DateInput, lang: str = "en",
                   today: date | None = None) -> str | None:
    """Both passport dates together: the first thing wrong, or None."""
    return passport_issued(issued, expiry, lang, today) or passport_expiry(expiry, lang, today)


# --- job numbers and countries ------------------------------------------------------------


def wage(amount: float | str | None, lang: str = "en") -> str | None:
    """A wage amount greater than zero."""
    try:
        value = float(str(amount).replace(",", ".").replace(" ", "")) if amount != "" else 0.0
    except ValueError:
        value = 0.0
    return None if value > 0 else say(MESSAGES, "wage_positive", lang)


WAGE_PERIODS = ("hour", "week", "month", "year")


def wage_period(value: str, lang: str = "en") -> str | None:
    """hour, week, month or year."""
    return None if value in WAGE_PERIODS else say(MESSAGES, "wage_period", lang)


def hours_per_week(value: float | str | None, lang: str = "en") -> str | None:
    """Hours per week from 1 to 80."""
    try:
        hours = float(str(value).replace(",", "."))
    except ValueError:
        hours = 0.0
    return None if 1 <= hours <= MAX_HOURS_PER_WEEK else say(MESSAGES, "hours_range", lang)


def country_code(value: str, lang: str = "en") -> str | None:
    """An ISO 3166-1 alpha-2 code (two letters)."""
    return None if re.fullmatch(r"[A-Z]{2}", value.strip()) else say(
        MESSAGES, "country_format", lang)


def passport_number(value: str, lang: str = "en") -> str | None:
    """Letters and digits only (spaces and dashes typed by habit are ignored), 5 to 20."""
    compact = re.sub(r"[\s-]", "", value).upper()
    return None if re.fullmatch(r"[A-Z0-9]{5,20}", compact) else say(
        MESSAGES, "passport_number", lang)


def sex(value: str, lang: str = "en") -> str | None:
    """F, M or X as printed in passports."""
    return None if value.strip().upper() in ("F", "M", "X") else say(MESSAGES, "sex", lang)


def employee_count(value: int | None, lang: str = "en") -> str | None:
    """A count of employees: a whole number, zero or more."""
    ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    return None if ok else say(MESSAGES, "count", lang)
