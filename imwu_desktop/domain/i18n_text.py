"""Tiny message tables for the domain layer: one template per language, picked by the case."""

from __future__ import annotations

from collections.abc import Mapping

#: message key -> {"en": template, "fr": template}; templates use str.format fields
MessageTable = Mapping[str, Mapping[str, str]]

LANGUAGES = ("en", "fr")


def lang_of(value: object) -> str:
    """'fr' for French (a Language enum or a string), else 'en'."""
    return "fr" if str(getattr(value, "value", value)).lower().startswith("fr") else "en"


def say(table: MessageTable, key: str, lang: str, **fields: object) -> str:
    """The message `key` in `lang` (English when the language is unknown), filled in."""
    templates = table[key]
    template = templates.get(lang_of(lang)) or templates["en"]
    return template.format(**fields)


#: French puts a no-break space inside « » and between a number and its unit
NBSP = "\u00a0"


def decimal_mark(number: str, lang: str) -> str:
    """A number already written with a decimal point, with a decimal comma in French."""
    return number.replace(".", ",") if lang_of(lang) == "fr" else number


def thousands(value: int, lang: str) -> str:
    """1,234,567 in English; 1 234 567 (no-break spaces) in French."""
    text = f"{value:,}"
    return text.replace(",", NBSP) if lang_of(lang) == "fr" else text


def quoted(name: str, lang: str, english: tuple[str, str] = ("\u201c", "\u201d")) -> str:
    """A name inside a sentence: « name » in French, between `english` quotes otherwise."""
    if lang_of(lang) == "fr":
        return f"«{NBSP}{name}{NBSP}»"
    return f"{english[0]}{name}{english[1]}"
