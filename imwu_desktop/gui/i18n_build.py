"""Build step for the translations: .ts (kept in the repo) -> .qm (built, never committed).

`python -m imwu_desktop.gui.i18n_build` compiles resources/i18n/*.ts with pyside6-lrelease;
`--update` first re-runs pyside6-lupdate over the GUI sources (existing translations are kept,
new strings arrive "unfinished"); `--todo` prints the entries that still need a translation;
`--fill FILE.json` writes translations ({"context": {"source": "traduction"}} or
{"source": "traduction"}) into the .ts, so only new strings ever need translating.

Run by `make` before the tests and the bundle, and at run time (into a cache folder) when a
fresh checkout has no .qm yet.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parents[1]
GUI_DIR = PACKAGE_DIR / "gui"
I18N_DIR = PACKAGE_DIR.parent / "resources" / "i18n"
APP_NAME = "imwu_desktop"
LANGUAGES = ("fr",)


def ts_path(lang: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"{APP_NAME}_{lang}.ts"


def qm_path(lang: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"{APP_NAME}_{lang}.qm"


def _tool(name: str) -> list[str]:
    """The command for pyside6-<name>: next to this Python first (a venv), then on PATH."""
    script = Path(sys.executable).with_name(f"pyside6-{name}")
    if script.is_file():
        return [str(script)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    # PySide6's own entry point, for installs without the console scripts
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def gui_sources() -> list[Path]:
    """Every Python file of the GUI (lupdate reads .py files only when they are named)."""
    return sorted(p for p in GUI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def update_ts(lang: str = "fr", folder: Path = I18N_DIR) -> str:
    """Re-extract the strings into the .ts; returns lupdate's summary line."""
    folder.mkdir(parents=True, exist_ok=True)
    command = [*_tool("lupdate"), "-locations", "relative", "-target-language", f"{lang}_CA",
               "-tr-function-alias", "tr+=_tr",
               *map(str, gui_sources()), "-ts", str(ts_path(lang, folder))]
    result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    return next((line.strip() for line in result.stdout.splitlines() if "Found" in line), "")


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile one .ts into a .qm (raises CalledProcessError/OSError when that fails)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([*_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   capture_output=True, text=True, check=True, timeout=120)
    if not qm.is_file():
        raise OSError(f"lrelease wrote no {qm.name}")


def build(folder: Path = I18N_DIR) -> list[Path]:
    """Compile every .ts that is newer than its .qm; returns the .qm files."""
    built = []
    for lang in LANGUAGES:
        ts, qm = ts_path(lang, folder), qm_path(lang, folder)
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            compile_ts(ts, qm)
        built.append(qm)
    return built


# --- reading and filling the .ts ---------------------------------------------------------


@dataclass
class Entry:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    filename: str


def read_entries(ts: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        filename = ""
        for message in context.iter("message"):
            location = message.find("location")
            if location is not None and location.get("filename"):
                filename = location.get("filename") or ""
            node = message.find("translation")
            forms = node.findall("numerusform") if node is not None else []
            text = "|".join(f.text or "" for f in forms) if forms else (
                (node.text or "") if node is not None else "")
            entries.append(Entry(
                name, message.findtext("source") or "", text,
                (node.get("type") or "") if node is not None else "unfinished", filename))
    return entries


def todo(ts: Path) -> dict[str, dict[str, str]]:
    """Entries still used by the code but without a finished translation."""
    missing: dict[str, dict[str, str]] = {}
    for entry in read_entries(ts):
        if entry.kind == "unfinished" or (not entry.kind and not entry.translation.strip("| ")):
            missing.setdefault(entry.context, {})[entry.source] = entry.translation
    return missing


def fill(ts: Path, translations: dict[str, Any]) -> int:
    """Write translations into the .ts (by context and source, or by source alone).

    Entries marked vanished/obsolete are left alone; returns how many entries changed.
    """
    root = ET.parse(ts).getroot()
    changed = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        own = translations.get(name)
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = own.get(source) if isinstance(own, dict) else None
            if text is None and isinstance(translations.get(source), (str, list)):
                text = translations[source]
            node = message.find("translation")
            if text is None or node is None or node.get("type") in ("vanished", "obsolete"):
                continue
            if _set_translation(node, text):
                changed += 1
    if changed:
        _write_ts(root, ts)
    return changed


def _set_translation(node: ET.Element, text: object) -> bool:
    """Put `text` (a string, or a list of plural forms) into a <translation>; True if changed."""
    forms = node.findall("numerusform")
    if forms:
        values = [str(v) for v in text] if isinstance(text, list) else [str(text)] * len(forms)
        if [f.text or "" for f in forms] == values[:len(forms)] and not node.get("type"):
            return False
        for form, value in zip(forms, values, strict=False):
            form.text = value
    else:
        value = str(text[-1]) if isinstance(text, list) else str(text)
        if node.text == value and not node.get("type"):
            return False
        node.text = value
    node.attrib.pop("type", None)
    return True


def _write_ts(root: ET.Element, ts: Path) -> None:
    """Keep the file in the layout lupdate writes (doctype, 4-space indent)."""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="i18n_build", description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="re-run lupdate first")
    parser.add_argument("--todo", action="store_true", help="print untranslated entries")
    parser.add_argument("--fill", type=Path, help="JSON file of translations to write")
    parser.add_argument("--lang", default="fr")
    args = parser.parse_args(argv)
    ts = ts_path(args.lang)
    if args.update:
        print(update_ts(args.lang))
    if args.fill:
        count = fill(ts, json.loads(args.fill.read_text(encoding="utf-8")))
        print(f"{count} entries translated")
    if args.todo:
        print(json.dumps(todo(ts), ensure_ascii=False, indent=1))
        return 0
    for qm in build():
        print(f"built {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
