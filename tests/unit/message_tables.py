"""Checks every two-language message table of the services must pass (mail, documents,
case file): both languages with the same fields, French written in French, and the app's
Canadian typography (a no-break space before ":", none before ";", "?" and "!"; « » quotes).

Each table's test file keeps its own list of English-only words and of names kept as they
are, because a word that is English in one field ("on", "part", "file") can be French in
another.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping
from pathlib import Path

from imwu_desktop.domain.i18n_text import MessageTable

NBSP = "\u00a0"
GLOSSARY = json.loads((Path(__file__).resolve().parents[2] / "resources" / "i18n"
                       / "fr_glossary.json").read_text("utf-8"))


def entries(tables: Mapping[str, MessageTable]) -> list[tuple[str, Mapping[str, str]]]:
    """(table[key], {"en": ..., "fr": ...}) for every message, for pytest.parametrize."""
    return [(f"{name}[{key}]", texts) for name, table in tables.items()
            for key, texts in table.items()]


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def check_both_languages(where: str, texts: Mapping[str, str],
                         one_language_fields: frozenset[str] = frozenset()) -> None:
    assert set(texts) == {"en", "fr"}, where
    assert texts["en"].strip() and texts["fr"].strip(), where
    assert (fields(texts["en"]) - one_language_fields
            == fields(texts["fr"]) - one_language_fields), where


def check_french_words(where: str, texts: Mapping[str, str], english: re.Pattern[str],
                       kept: re.Pattern[str]) -> None:
    """Not the English text again, and no English word outside the names kept as they are."""
    french = texts["fr"]
    assert french != texts["en"], f"{where}: the same text in both languages"
    words = english.findall(kept.sub(" ", french))
    assert not words, f"{where}: English left in {french!r}: {words}"
    assert not re.search(r"\b(kB|MB)\b", french), f"{where}: French sizes are ko and Mo"


def check_typography(where: str, texts: Mapping[str, str], *, glossary: bool = True) -> None:
    french = texts["fr"]
    assert not re.search(rf"(?<!{NBSP}):(?=\s|$)", french), f"{where}: {french!r}"
    assert not re.search(r"\s[;?!]", french), f"{where}: {french!r}"
    assert '"' not in french and "“" not in french, f"{where}: French quotes are « »"
    if glossary:
        for avoid in GLOSSARY["avoid"]:
            assert not re.search(avoid["pattern"], french.replace("IMWU Desktop", "")), \
                f"{where}: use {avoid['use']}"
