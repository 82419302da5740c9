"""Keep passwords and personal data out of the log, whatever a module (or a library) logs.

Modules are asked to log ids and sizes, not values; this filter is the safety net behind
that rule. It formats each record's message with its arguments, replaces what looks like
personal data by a placeholder, and does the same to the traceback text. Patterns cover
e-mail addresses, dates (of birth, of issue...), passport machine-readable lines (MRZ),
passport-number-like tokens, phone numbers, and SMTP AUTH exchanges (base64 of the user name
and password). Values the app knows to be secret or personal (the password being sent, the
worker's passport number and name) can also be registered with ``remember``.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable

REDACTED = "<redacted>"
MAX_TEXT = 100_000  # longer messages are cut: a log line that long helps no one


class _Pattern:
    """A regular expression compiled when first used: logging is set up before the first
    window appears, and compiling all of these then would cost that window ~2 ms."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled


# A TD3/TD1/TD2 machine-readable line: 30+ characters of A-Z, 0-9 and '<' with a filler.
_MRZ = _Pattern(r"(?<![A-Z0-9<])(?=[A-Z0-9<]*<)[A-Z0-9<]{30,}")
# Starts only where a run of address characters starts: linear time on long runs.
_EMAIL = _Pattern(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# AUTH PLAIN <blob>, AUTH LOGIN <blob>, XOAUTH2 <blob>, and the 334 challenge/answers.
_AUTH = _Pattern(r"(?i)\b(AUTH\s+(?:PLAIN|LOGIN|XOAUTH2|CRAM-MD5)|334)(\s+)[A-Za-z0-9+/=]+")
_ISO_DATE = _Pattern(r"\b(?:1[89]|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b")
_DMY_DATE = _Pattern(
    r"\b(?:0?[1-9]|[12]\d|3[01])[-/. ](?:0?[1-9]|1[0-2])[-/. ](?:1[89]|20)\d\d\b")
_MONTHS = (r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|JANV|FEVR|FÉVR|AVR|MAI|JUIN|"
           r"JUIL|AOUT|AOÛT|SEPT|DÉC)[A-ZÉÛ]*\.?")
_TEXT_DATE = _Pattern(
    rf"(?i)\b(?:\d{{1,2}}\s+{_MONTHS}\s+(?:1[89]|20)\d\d|{_MONTHS}\s+\d{{1,2}},?\s+"
    r"(?:1[89]|20)\d\d)\b")
# "passport 123456789", "passport_number=ab123456", "passeport : X1234567"
_LABELLED_ID = _Pattern(
    r"(?i)\b(pass(?:e)?port(?:[_ ]?(?:number|no|num|nr|numéro))?|document[_ ]number|uci)"
    r"(\W{1,3})(?=[A-Z0-9]*\d)[A-Z0-9]{5,15}\b")
# Passport-number-like tokens: 6 to 9 capital letters and digits with both kinds in them.
_ID_TOKEN = _Pattern(r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,9}\b")
# Names of things that look like ids but are not personal (kept readable in the log).
_NOT_PERSONAL = frozenset({"IMM5686", "IMM5686E", "IMM5686F", "SHA256", "SHA512", "UTF8",
                           "PKCS12", "ISO8859", "X509V3", "TLSV1", "PYSIDE6", "QT6"})
# Base64 blobs (credentials, tokens): 12+ characters, mixed case, and a digit or one of
# + / = (see _base64). Hex digests are lower-case only; a '/' may be inside but not first, so
# paths stay readable; CamelCase words without digits stay too.
_BASE64 = _Pattern(r"(?<![\w/+])[A-Za-z0-9+][A-Za-z0-9+/]{7,}={0,2}(?![\w/+=])")
_BASE64_MIN = 12  # counting the padding: 'pass1234' is 'cGFzczEyMzQ='
_PHONE = _Pattern(r"(?<![\w+])\+?\(?\d{1,4}\)?(?:[ .-]?\(?\d{2,4}\)?){2,4}(?![\w])")
_PHONE_DIGITS = 10  # fewer digits than this is a size, a count or a year, not a phone number

_known: set[str] = set()
_known_lock = threading.Lock()


def remember(*values: str | None) -> None:
    """Scrub these exact values from every later log line (passwords, names, numbers).

    Values shorter than 4 characters are ignored: they would blank out ordinary words.
    """
    with _known_lock:
        _known.update(v.strip() for v in values if v and len(v.strip()) >= 4)


def forget_all() -> None:
    """Drop the registered values (tests; the end of a session)."""
    with _known_lock:
        _known.clear()


def _phone(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = sum(ch.isdigit() for ch in text)
    spaced = text.startswith(("+", "(")) or any(sep in text for sep in " .-")
    return REDACTED if digits >= _PHONE_DIGITS and spaced else text


def _base64(match: re.Match[str]) -> str:
    text = match.group(0)
    blob = (len(text) >= _BASE64_MIN and any(c.islower() for c in text)
            and any(c.isupper() for c in text)
            and any(c.isdigit() or c in "+/=" for c in text))
    return REDACTED if blob else text


def _id_token(match: re.Match[str]) -> str:
    return match.group(0) if match.group(0) in _NOT_PERSONAL else REDACTED


_RULES: tuple[tuple[_Pattern, str | Callable[[re.Match[str]], str]], ...] = (
    (_AUTH, rf"\1\2{REDACTED}"),
    (_MRZ, REDACTED),
    (_EMAIL, REDACTED),
    (_LABELLED_ID, rf"\1\2{REDACTED}"),
    (_ISO_DATE, REDACTED),
    (_DMY_DATE, REDACTED),
    (_TEXT_DATE, REDACTED),
    (_BASE64, _base64),
    (_ID_TOKEN, _id_token),
    (_PHONE, _phone),
)


def scrub(text: str) -> str:
    """``text`` with every value that looks personal or secret replaced by <redacted>."""
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT] + " [cut]"
    with _known_lock:
        known = sorted(_known, key=len, reverse=True)
    for value in known:
        text = text.replace(value, REDACTED)
    for pattern, replacement in _RULES:
        text = pattern.compiled().sub(replacement, text)
    return text


def scrub_lines(lines: Iterable[str]) -> list[str]:
    return [scrub(line) for line in lines]


class ScrubFilter(logging.Filter):
    """A handler filter: the record leaves with its message and traceback scrubbed.

    The message is formatted here (``msg % args``) so that values passed as arguments are
    scrubbed too; a record whose arguments do not fit its message is kept, scrubbed, rather
    than dropped.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_imwu_scrubbed", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not hide the line
            message = f"{record.msg!r} {record.args!r}"
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        record._imwu_scrubbed = True
        return True


__all__ = ["REDACTED", "ScrubFilter", "forget_all", "remember", "scrub", "scrub_lines"]
