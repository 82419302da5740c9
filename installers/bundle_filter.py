"""Which of PyInstaller's collected files the bundle keeps (used by imwu-desktop.spec).

PyInstaller collects every plugin of each Qt module the app imports. The filter drops the ones
the app never loads (other display servers, the GTK theme, SQL, QML, virtual keyboard,
networking backends), every Qt translation except English and French, the translation
sources, and then, on Linux, the shared libraries that only those dropped parts needed.
Entries are PyInstaller TOC tuples: (path inside the bundle, source path, type code).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

Entry = tuple[str, str, str]

DROPPED_QT_PLUGIN_DIRS = (
    "designer", "egldeviceintegrations", "generic", "geometryloaders", "networkinformation",
    "qmltooling", "sceneparsers", "sqldrivers", "tls", "vectorimageformats",
    "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-graphics-integration-server", "wayland-shell-integration",
)
DROPPED_QT_PLUGIN_FILES = (
    # display servers the app does not target (X11 via xcb, XWayland covers Wayland sessions;
    # Windows and macOS keep their own; offscreen stays for --self-test and CI)
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqminimal",
    "platforms/libqminimalegl", "platforms/libqvnc", "platforms/libqvkkhrdisplay",
    "platforms/libqwayland", "platforms/qdirect2d", "platforms/qminimal",
    "platformthemes/libqgtk3",  # pulls in the whole GTK 3 stack from the build machine
    "platforminputcontexts/libqtvirtualkeyboardplugin", "platforminputcontexts/qtvirtualkeyboard",
    "imageformats/libqtga", "imageformats/libqwbmp", "imageformats/libqpdf",
    "imageformats/qtga", "imageformats/qwbmp", "imageformats/qpdf",
)
#: libraries that only the dropped plugins use
DROPPED_LIBRARY_PREFIXES = (
    "libgtk-3", "libgdk-3", "libQt6Wayland", "libQt6Wl", "libQt6EglFs", "libQt6EglFS",
    "libQt6Qml", "libQt6Quick", "libQt6VirtualKeyboard", "libQt6Sql",
)
KEPT_QT_TRANSLATION = re.compile(r"qt(base)?_(en|fr)\.qm$")


def _qt_plugin(dest: str) -> str | None:
    """The part after PySide6/Qt/plugins/ (PySide6/plugins/ on Windows), or None."""
    marker = "/plugins/"
    return dest.split(marker, 1)[1] if dest.startswith("PySide6/") and marker in dest else None


def keep(entry: Entry | tuple[str, ...]) -> bool:
    """False for a file the app never uses."""
    dest = entry[0].replace("\\", "/")
    plugin = _qt_plugin(dest)
    if plugin is not None:
        if plugin.split("/", 1)[0] in DROPPED_QT_PLUGIN_DIRS:
            return False
        if plugin.startswith(DROPPED_QT_PLUGIN_FILES):
            return False
    if dest.startswith("PySide6/") and "/translations/" in dest and dest.endswith(".qm"):
        return bool(KEPT_QT_TRANSLATION.search(dest))
    # translation sources: the app prefers a .ts that looks newer than its .qm and would try
    # to compile it with lrelease, which the bundle does not have
    if dest.startswith("resources/i18n/") and dest.endswith((".ts", "_glossary.json", ".md")):
        return False
    return not dest.rsplit("/", 1)[-1].startswith(DROPPED_LIBRARY_PREFIXES)


def _top_level_library(entry: Entry | tuple[str, ...]) -> bool:
    name = entry[0].replace("\\", "/")
    return ("/" not in name and name.startswith("lib") and ".so" in name
            and not name.startswith("libpython"))  # the bootloader loads libpython itself


def prune_orphan_libraries(entries: Iterable[Entry],
                           imports_of: Callable[[str], Iterable[str]]) -> list[Entry]:
    """Keep a top-level shared library only when a kept binary needs it (Linux).

    PyInstaller resolves dependencies before the filter runs, so the GTK stack that the GTK
    theme plugin pulled in would otherwise stay. `imports_of(source_path)` names the
    libraries a binary needs (ldd lists the whole chain).
    """
    binaries = list(entries)
    needed: set[str] = set()
    for entry in binaries:
        if not _top_level_library(entry):
            needed.update(Path(dep).name for dep in imports_of(entry[1]))
    for entry in binaries:  # what those need in turn (catches libraries found by rpath)
        if _top_level_library(entry) and entry[0] in needed:
            needed.update(Path(dep).name for dep in imports_of(entry[1]))
    return [entry for entry in binaries if not _top_level_library(entry) or entry[0] in needed]
