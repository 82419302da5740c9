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
