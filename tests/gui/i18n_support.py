"""Helpers for the French/accessibility tests: a French case, visible texts, English detection."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from imwu_desktop.domain.case import Address, Case, Contact, Employer, Exemption, Job, Wage, Worker
from imwu_desktop.gui import i18n_build
from imwu_desktop.gui.main_window import MainWindow


def french_case() -> Case:
    """A complete case whose own values are French or neutral (names, numbers, codes), written
    in English (correspondence language EN): the UI must still be all French."""
    return Case(
        employer=Employer(
            legal_name="Robotique Érable inc.", operating_name="Robotique Érable",
            business_number="123456782", phone="+1 514 555 0100",
            website="https://robotique-erable.example", employees_in_canada=18,
            employees_abroad=240, activity="Conception et fabrication de robots d'entrepôt",
            address=Address(street="100, rue Sherbrooke Ouest", city="Montréal",
                            province="QC", postal_code="H3A 1B9")),
        contact=Contact(name="Anne Tremblay", title="Directrice RH",
                        email="anne.tremblay@robotique-erable.example", phone="+1 514 555 0101"),
        worker=Worker(
            family_name="DUPONT", given_names="Claire Marie", date_of_birth=date(1988, 3, 14),
            sex="F", citizenship="FR", country_of_birth="FR", country_of_residence="FR",
            passport_number="19AB12345", passport_issued=date(2019, 6, 2),
            passport_expiry=date(2029, 6, 1), email="claire.dupont@example.fr",
            in_canada=False, holds_canadian_work_permit=False,
            work_permit_application_pending=False, iec_participant=False,
            needs_medical_exam=False, charged_or_convicted=False),
        job=Job(title="Ingénieure principale en robotique", noc="21301",
                location="Montréal (Québec)", start=date(2027, 2, 1), end=date(2029, 1, 31),
                duties="Dirige l'intégration de la pile de navigation.",
                education="Maîtrise en génie mécanique",
                skills="Huit années sur la plateforme robotique de la société mère",
                wage=Wage(amount=125000, per="year", currency="CAD"), hours_per_week=40,
                seasonal_agricultural=False),
        exemption=Exemption(code="C63", explanation="Mutation intragroupe depuis Lyon."),
    )


# --- what a user sees ---------------------------------------------------------------------


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for column in range(columns if columns > 1 else 0):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(root), 200)):
        for column in range(columns):
            yield str(model.data(model.index(row, column, QModelIndex())) or "")


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) pairs a user sees or hears for one widget."""
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    if isinstance(widget, QProgressBar):
        yield "progress text", widget.text()
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
        yield "text", widget.toPlainText()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "list item", widget.itemText(index)
    elif isinstance(widget, QAbstractItemView):
        for text in _model_texts(widget):
            yield "list item", text
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()


def menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        if action.menu() is not None:
            yield from menu_texts(action.menu())


def visible_texts(window: MainWindow) -> Iterator[tuple[QWidget, str, str]]:
    yield window, "window title", window.windowTitle()
    for action in window.menuBar().actions():
        if action.menu() is not None:
            for text in menu_texts(action.menu()):
                yield window, "menu", text
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            for what, text in widget_texts(widget):
                yield widget, what, text


# --- is it English? -----------------------------------------------------------------------

#: words that exist in English UI text but not in French text
_ENGLISH_ONLY = """the and of to for is are this your with from not be by you it has
have was will can or at if which that what when where how who been they these those does do
any all only than then into yet please must should would choose enter save open"""
ENGLISH_ONLY = frozenset(_ENGLISH_ONLY.split())
#: single words that are English UI vocabulary on their own
_ENGLISH_WORDS = """ok cancel close yes no browse next back help file edit view remove
attach search clear apply print send add delete replace working step steps status draft ready
sent missing warning error problem problems employer worker job review"""
ENGLISH_WORDS = frozenset(_ENGLISH_WORDS.split())
#: proper nouns, codes and acronyms that are the same in both languages
ALLOWED = re.compile(
    r"IMWU Desktop|Qt / PySide6|PySide6|Python|STARTTLS|SSL/TLS|CUSMA|ACEUM|GATS|AGCS|"
    r"R\d{3}(\([a-z0-9]+\))*|[A-Z]\d{2}\b|https?://\S+|[\w.+-]+@[\w.-]+|\.eml|\.imwu|\.pdf|"
    r"\*\.\w+")


def normalize(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("\u00a0", " ").replace("\u2009", " ")
    return re.sub(r"\s+", " ", text).strip().rstrip(" :").strip().lower()


@cache
def english_sources() -> frozenset[str]:
    """The app's English strings whose French differs (shown as is, they are untranslated)."""
    found = set()
    for entry in i18n_build.read_entries(i18n_build.ts_path("fr")):
        if entry.kind in ("vanished", "obsolete"):
            continue
        source = normalize(entry.source)
        if source and source != normalize(entry.translation.split("|")[0]):
            found.add(source)
    return frozenset(found)


def english_reason(text: str) -> str:
    """Why the text looks English ("" when it does not)."""
    plain = normalize(text)
    if not plain:
        return ""
    if plain in english_sources():
        return "an untranslated string of the app"
    if re.search(r"\d ?(kB|KB|MB|GB|bytes?)\b", text):
        return "English size unit (French: o, ko, Mo)"
    rest = ALLOWED.sub(" ", re.sub(r"<[^>]+>", " ", text)).lower()
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", rest.replace("&", ""))
    hits = sorted(set(words) & ENGLISH_ONLY)
    if len(hits) >= 2:
        return "English words: " + ", ".join(hits)
    if len(words) <= 2 and words and all(w in ENGLISH_WORDS for w in words):
        return "an English word"
    return ""


# --- window life in these tests -----------------------------------------------------------


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Let the Send step's background preparation finish (a window never closes mid-thread)."""
    page = window.pages.get("send")
    panel = getattr(page, "panel", None)
    if panel is not None and hasattr(panel, "_busy"):
        qtbot.waitUntil(lambda: not panel._busy, timeout=30_000)


def go_to(qtbot: QtBot, window: MainWindow, step: str) -> None:
    window.go_to(step)
    settle(qtbot, window)
    qtbot.wait(10)


def close_case(qtbot: QtBot, window: MainWindow) -> None:
    """Drop the case without the unsaved-changes question (the tests never save it)."""
    settle(qtbot, window)
    if window.session is not None:
        window.session.close()
        window._drop_pages()
