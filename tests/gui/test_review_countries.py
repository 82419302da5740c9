"""The Review step names countries, not only their codes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from imwu_desktop.domain.case import Case
from imwu_desktop.gui.pages.review import ReviewPage
from imwu_desktop.gui.session import CaseSession


def test_review_shows_country_names_with_their_codes(qtbot: QtBot) -> None:
    case = Case()
    case.worker.citizenship = "FR"
    case.worker.country_of_residence = "ZZ"  # unknown code: shown as typed, no crash
    page = ReviewPage(CaseSession.new(case))
    qtbot.addWidget(page)
    page.load()
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "France (FR)" in texts
    assert "ZZ" in texts
