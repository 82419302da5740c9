"""The interface language: our French translation and Qt's own, the user's choice, stretch mode.

The UI follows the system locale unless the user picked a language (View > Language), which is
saved in config_dir()/ui.json and shown at once: installing the translators makes Qt send
LanguageChange, on which every open window rebuilds its texts (MainWindow.retranslate). The
case's correspondence language (case.language) is separate: nothing here touches it.
Set IMWU_PSEUDO_STRETCH=1 (or call `set_stretch(True)`) to lengthen every translated string by
40 % and find labels that clip.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from imwu_desktop.services import paths

log = logging.getLogger(__name__)

CHOICES = ("system", "en", "fr")
SETTINGS_FILE = "ui.json"
STRETCH_ENV = "IMWU_PSEUDO_STRETCH"
STRETCH_FACTOR = 1.4
_LOCALES = {"en": QLocale.Language.English, "fr": QLocale.Language.French}

_installed: list[QTranslator] = []
_stretch: bool | None = None  # None: follow the environment variable


# --- the saved choice ---------------------------------------------------------------------


def _settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def saved_language() -> str:
    """"system", "en" or "fr"; "system" when nothing (or nothing readable) is saved."""
    try:
        text = _settings_path().read_text(encoding="utf-8")
    except (OSError, ValueError):  # nothing saved yet, or not UTF-8 (an editor's "Unicode")
        return "system"  # (json is not even loaded then: the first window waits on this)
    import json

    try:
        value = json.loads(text).get("language")
    except (ValueError, AttributeError):
        return "system"
    return value if value in CHOICES else "system"


def save_language(choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError(f"unknown UI language {choice!r}")
    import json

    path = _settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data["language"] = choice
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    tmp.replace(path)


def resolve(choice: str) -> str:
    """The language shown for a choice: "system" becomes fr for a French system, else en."""
    if choice in _LOCALES:
        return choice
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def current_language() -> str:
    """The language the interface is shown in now (en or fr)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


# --- translators --------------------------------------------------------------------------


class AppTranslator(QTranslator):
    """Our catalogue. Strings extracted without a class (module helpers such as `_tr`) sit in
    the empty context; they are found from whatever context the code asks with."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text and context and not context.startswith("Q"):
            text = super().translate("", source, disambiguation, n)
        return text or None  # None (a null QString) lets Qt ask the next translator


class StretchTranslator(QTranslator):
    """Pseudo-translation: whatever the other translators say, 40 % longer (test mode)."""

    def __init__(self, inner: list[QTranslator]) -> None:
        super().__init__()
        self.inner = inner

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        for translator in self.inner:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return stretch(text)
        if self.inner:
            # not in this context: None lets PySide try the base classes' contexts
            return None
        return stretch(source)  # English: every string stretched


def stretch(text: str) -> str:
    """The text plus filler words, 40 % longer; file-dialog filters and empty texts unchanged."""
    if not text or "(*" in text or text.isspace():
        return text
    extra = max(1, round(len(text) * (STRETCH_FACTOR - 1)))
    return text + "".join(" " if i % 5 == 0 else "~" for i in range(1, extra + 1))


def stretch_enabled() -> bool:
    if _stretch is not None:
        return _stretch
    return os.environ.get(STRETCH_ENV, "") not in ("", "0")


def set_stretch(on: bool | None) -> None:
    """Turn stretch mode on/off (None: follow IMWU_PSEUDO_STRETCH); re-install to apply."""
    global _stretch
    _stretch = on


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def app_qm(lang: str) -> Path | None:
    """Our compiled catalogue: the built one, else compiled now into a cache folder."""
    from imwu_desktop.gui import i18n_build
    from imwu_desktop.resources import resource_path

    try:
        folder = resource_path("i18n")
    except FileNotFoundError:
        log.warning("resources not found: the interface stays in English")
        return None
    built = i18n_build.qm_path(lang, folder)
    source = i18n_build.ts_path(lang, folder)
    if built.is_file() and (not source.is_file()
                            or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.is_file():
        log.warning("no translation %s: the interface stays in English", built.name)
        return None
    cached = paths.data_dir() / "i18n-cache" / built.name
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    import subprocess

    try:
        i18n_build.compile_ts(source, cached)
    except (OSError, subprocess.SubprocessError) as exc:  # lrelease missing or failing
        log.warning("could not compile %s (%s): the interface stays in English", source, exc)
        return None
    log.info("compiled %s into %s (run `make translations` to build it)", source.name, cached)
    return cached


def remove_translators(app: QCoreApplication | None = None) -> None:
    app = app or QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()


def install_translators(app: QCoreApplication | None = None,
                        choice: str | None = None) -> str:
    """Load Qt's and our catalogues for the chosen (or saved) language; returns en or fr.

    Safe to call again: the previous translators are removed first. Qt then sends
    LanguageChange to the open windows, which rebuild their texts; open dialogs keep theirs.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    remove_translators(app)
    choice = choice or saved_language()
    lang = resolve(choice)
    if choice == "system":
        QLocale.setDefault(QLocale.system())
    else:
        QLocale.setDefault(QLocale(_LOCALES[lang], QLocale.Country.Canada))
    loaded: list[QTranslator] = []
    if lang != "en":
        qt_own = QTranslator(app)
        if qt_own.load(QLocale(_LOCALES[lang]), "qtbase", "_", str(qt_translations_dir())):
            loaded.append(qt_own)
        else:
            log.warning("Qt's own %s translation not found in %s", lang, qt_translations_dir())
        ours = AppTranslator(app)
        qm = app_qm(lang)
        if qm is not None and ours.load(str(qm)):
            loaded.append(ours)
        elif qm is not None:
            log.warning("could not load %s: the interface stays in English", qm)
    for translator in loaded:  # Qt asks the last installed first: ours before Qt's
        app.installTranslator(translator)
        _installed.append(translator)
    if stretch_enabled():
        stretcher = StretchTranslator(list(reversed(loaded)))
        app.installTranslator(stretcher)
        _installed.append(stretcher)
    # debug: the app logs the language once its first window is shown (app.run_gui), when
    # writing a log line no longer delays that window
    log.debug("interface language: %s (choice %s%s)", lang, choice,
              ", stretched" if stretch_enabled() else "")
    return lang


def set_ui_language(choice: str, app: QCoreApplication | None = None) -> str:
    """Save the user's choice ("fr", "en" or "system") and apply it; returns en or fr."""
    if choice not in CHOICES:
        raise ValueError(f"unknown UI language {choice!r}")
    save_language(choice)
    lang = install_translators(app, choice)
    log.info("interface language set to %s (choice %s)", lang, choice)
    return lang


# --- the View > Language menu -------------------------------------------------------------


class LanguageMenu(QMenu):
    """English / Français / System language, checkable; the choice is saved and shown at
    once (the windows rebuild their texts on the LanguageChange that follows)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.group = QActionGroup(self)
        saved = saved_language()
        # language names are shown in their own language, never translated
        for choice, text in (("en", "&English"), ("fr", "&Français"),
                             ("system", self.tr("&System language"))):
            action = self.addAction(text)
            action.setCheckable(True)
            action.setChecked(choice == saved)
            action.setData(choice)
            self.group.addAction(action)
        self.group.triggered.connect(self._chosen)

    def _chosen(self, action: QAction) -> None:
        set_ui_language(str(action.data()))


def add_language_menu(window: QMainWindow) -> QMenu:
    """A View menu with the Language submenu, placed before the Help menu (the last one)."""
    view = QMenu(QCoreApplication.translate("LanguageMenu", "&View"), window)
    view.addMenu(LanguageMenu(view))  # deleted with it when the window rebuilds its menus
    bar = window.menuBar()
    menus = bar.actions()
    if menus:
        bar.insertMenu(menus[-1], view)
    else:
        bar.addMenu(view)
    return view
