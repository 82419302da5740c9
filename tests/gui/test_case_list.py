"""The case list as a user sees it: real case files, real widgets, clicks and typing."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from imwu_desktop.domain.case import State, StatusEvent
from imwu_desktop.domain.tracking import record_opinion
from imwu_desktop.gui.case_list import (
    CODE,
    FOLLOW_UP,
    OPINION,
    STATUS,
    WORKER,
    CaseListView,
    RecordOpinionDialog,
)
from imwu_desktop.gui.follow_up_reminder import FollowUpReminder
from imwu_desktop.services import case_index, casefile
from imwu_desktop.services.paths import cases_dir

TODAY = date(2026, 11, 25)


def write_case(name: str, family: str, code: str, *, sent_days_ago: int | None = None,
               opinion: str = "") -> Path:
    folder = cases_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with casefile.new_store() as store:
        case = store.case
        case.worker.family_name, case.worker.given_names = family, "Ana"
        case.exemption.code = code
        if sent_days_ago is not None:
            sent = TODAY - timedelta(days=sent_days_ago)
            case.add_status(StatusEvent(
                state=State.SENT, at=datetime(sent.year, sent.month, sent.day, 12, tzinfo=UTC),
                follow_up=sent + timedelta(days=14)))
        if opinion:
            record_opinion(case, opinion, "", datetime(2026, 11, 20, tzinfo=UTC))
        casefile.save_case(store, folder / name)
    return folder / name


@pytest.fixture
def cases() -> dict[str, Path]:
    return {
        "due": write_case("dupont.imwu", "Dupont", "C12", sent_days_ago=20),
        "draft": write_case("lee.imwu", "Lee", "T24"),
        "answered": write_case("khan.imwu", "Khan", "C10", sent_days_ago=30,
                               opinion="positive"),
        "waiting": write_case("moreau.imwu", "Moreau", "C11", sent_days_ago=3),
    }


@pytest.fixture
def view(qtbot: QtBot, cases: dict[str, Path]) -> CaseListView:
    widget = CaseListView(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.refresh()
    return widget


def shown(view: CaseListView, column: int = WORKER) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def row_of(view: CaseListView, worker: str) -> int:
    return shown(view).index(worker)


def cell(view: CaseListView, worker: str, column: int) -> str:
    return str(view.proxy.index(row_of(view, worker), column).data())


def test_every_case_is_shown_with_status_follow_up_and_opinion(view: CaseListView) -> None:
    assert sorted(shown(view)) == ["DUPONT, Ana", "KHAN, Ana", "LEE, Ana", "MOREAU, Ana"]
    assert cell(view, "DUPONT, Ana", CODE) == "C12"
    assert cell(view, "DUPONT, Ana", STATUS) == "Sent"
    due = (TODAY - timedelta(days=6)).isoformat()
    assert cell(view, "DUPONT, Ana", FOLLOW_UP) == f"{due} – follow up now"  # text, not colour
    icon = view.proxy.index(row_of(view, "DUPONT, Ana"), FOLLOW_UP).data(
        Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert cell(view, "MOREAU, Ana", FOLLOW_UP) == (TODAY + timedelta(days=11)).isoformat()
    assert view.proxy.index(row_of(view, "MOREAU, Ana"), FOLLOW_UP).data(
        Qt.ItemDataRole.DecorationRole) is None
    assert cell(view, "KHAN, Ana", OPINION) == "Positive"
    assert cell(view, "KHAN, Ana", STATUS) == "Opinion received"
    assert cell(view, "LEE, Ana", STATUS) == "Draft"


def test_an_unreadable_file_is_listed_with_its_path(qtbot: QtBot, cases: dict[str, Path]) -> None:
    broken = cases_dir() / "broken.imwu"
    broken.write_bytes(os.urandom(300))
    widget = CaseListView(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.refresh()
    index = widget.proxy.index(row_of(widget, "broken (cannot be read)"), WORKER)
    assert "broken.imwu" in index.data(Qt.ItemDataRole.ToolTipRole)
    widget.table.selectRow(index.row())
    assert not widget.buttons["archive"].isEnabled()
    assert not widget.buttons["opinion"].isEnabled()
    with qtbot.waitSignal(widget.open_requested) as opened:  # the window explains the error
        qtbot.mouseClick(widget.buttons["open"], Qt.MouseButton.LeftButton)
    assert opened.args == [str(broken)]


def test_search_filters_on_any_column(qtbot: QtBot, view: CaseListView) -> None:
    qtbot.keyClicks(view.search, "dupont")
    assert shown(view) == ["DUPONT, Ana"]
    view.search.clear()
    qtbot.keyClicks(view.search, "t24")
    assert shown(view) == ["LEE, Ana"]
    view.search.clear()
    qtbot.keyClicks(view.search, "positive")
    assert shown(view) == ["KHAN, Ana"]
    view.search.clear()
    assert len(shown(view)) == 4


def test_clicking_a_header_sorts(qtbot: QtBot, view: CaseListView) -> None:
    header = view.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))

    click(CODE)
    first = shown(view, CODE)
    click(CODE)
    second = shown(view, CODE)
    assert {tuple(first), tuple(second)} == {("C10", "C11", "C12", "T24"),
                                             ("T24", "C12", "C11", "C10")}
    click(FOLLOW_UP)
    dates = [d for d in shown(view, FOLLOW_UP) if d]
    assert len(dates) == 2 and (dates == sorted(dates) or dates == sorted(dates, reverse=True))


def test_archive_hides_the_case_and_show_archived_brings_it_back(
        qtbot: QtBot, view: CaseListView, cases: dict[str, Path]) -> None:
    view.table.selectRow(row_of(view, "LEE, Ana"))
    assert view.buttons["archive"].text() == "Arch&ive"
    qtbot.mouseClick(view.buttons["archive"], Qt.MouseButton.LeftButton)
    assert "LEE, Ana" not in shown(view)
    with casefile.open_case(cases["draft"], lock=False) as opened:
        assert opened.case.archived  # saved in the file, not only hidden
    qtbot.mouseClick(view.show_archived, Qt.MouseButton.LeftButton)
    assert view.show_archived.isChecked()
    assert cell(view, "LEE, Ana", STATUS) == "Draft (archived)"
    view.table.selectRow(row_of(view, "LEE, Ana"))
    assert view.buttons["archive"].text() == "Unarch&ive"
    qtbot.mouseClick(view.buttons["archive"], Qt.MouseButton.LeftButton)
    assert cell(view, "LEE, Ana", STATUS) == "Draft"
    view.refresh()  # read again from the files
    qtbot.mouseClick(view.show_archived, Qt.MouseButton.LeftButton)
    assert "LEE, Ana" in shown(view)


def test_record_opinion_through_the_dialog_updates_the_row(
        qtbot: QtBot, view: CaseListView, cases: dict[str, Path], tmp_path: Path) -> None:
    letter = tmp_path / "reply.pdf"
    letter.write_bytes(b"%PDF-1.4\n% IMWU reply\n" + os.urandom(200))
    view.table.selectRow(row_of(view, "DUPONT, Ana"))
    assert view.buttons["opinion"].isEnabled()
    seen: list[bool] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecordOpinionDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(ok.isEnabled())  # nothing chosen yet
        qtbot.mouseClick(dialog.negative, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.letter, str(letter))
        seen.append(ok.isEnabled())
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(view.buttons["opinion"], Qt.MouseButton.LeftButton)

    assert seen == [False, True]
    assert cell(view, "DUPONT, Ana", STATUS) == "Opinion received"
    assert cell(view, "DUPONT, Ana", OPINION) == "Negative"
    assert cell(view, "DUPONT, Ana", FOLLOW_UP) == ""
    assert case_index.opinion_letter(cases["due"]) == letter.read_bytes()
    assert view.message.text() == "Opinion recorded."


def test_record_opinion_is_only_offered_for_sent_cases(view: CaseListView) -> None:
    view.table.selectRow(row_of(view, "LEE, Ana"))
    assert not view.buttons["opinion"].isEnabled()
    assert view.buttons["new_from"].isEnabled()


def test_a_refused_change_is_explained_below_the_list(
        view: CaseListView, cases: dict[str, Path], tmp_path: Path) -> None:
    view.table.selectRow(row_of(view, "DUPONT, Ana"))
    row = view.selected()
    assert row is not None
    view.save_opinion(row, "positive", tmp_path / "missing.pdf", datetime.now(UTC))
    assert "could not be read" in view.message.text() and view.message.isVisible()
    assert cell(view, "DUPONT, Ana", STATUS) == "Sent"


def test_open_and_new_case_signals(qtbot: QtBot, view: CaseListView,
                                   cases: dict[str, Path]) -> None:
    view.table.selectRow(row_of(view, "KHAN, Ana"))
    view.table.setFocus()
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [str(cases["answered"])]
    with qtbot.waitSignal(view.new_from_requested) as new_from:
        qtbot.mouseClick(view.buttons["new_from"], Qt.MouseButton.LeftButton)
    assert new_from.args == [str(cases["answered"])]
    actions = [a.text() for a in view.context_menu().actions()]
    assert actions == ["Op&en", "Arch&ive", "Record o&pinion…", "New case for another &worker"]


def test_many_cases_load_in_the_background(qtbot: QtBot, cases: dict[str, Path]) -> None:
    widget = CaseListView(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.background_from = 2
    with qtbot.waitSignal(widget.rows_loaded, timeout=10_000) as loaded:
        widget.refresh()
        assert widget.proxy.rowCount() == 0  # the GUI thread did not wait for the files
    assert len(loaded.args[0]) == 4 and widget.proxy.rowCount() == 4


def test_inputs_have_accessible_names(view: CaseListView) -> None:
    for widget in (view.search, view.show_archived, view.only_due, view.table):
        assert widget.accessibleName()


def test_reminder_banner_shows_due_requests_and_can_be_dismissed(
        qtbot: QtBot, view: CaseListView) -> None:
    banner = FollowUpReminder()
    qtbot.addWidget(banner)
    view.rows_loaded.connect(lambda rows: banner.set_rows(rows, TODAY))
    banner.show_requested.connect(view.show_follow_ups)
    view.refresh()
    assert not banner.isHidden()
    assert banner.text.text().startswith(
        "1 request sent more than 14 days ago has no opinion recorded yet")
    qtbot.mouseClick(banner.show_button, Qt.MouseButton.LeftButton)
    assert shown(view) == ["DUPONT, Ana"] and view.only_due.isChecked()
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()
    view.refresh()
    assert banner.isHidden()  # dismissed for this session


def test_reminder_counts_and_stays_hidden_when_nothing_is_due(qtbot: QtBot) -> None:
    banner = FollowUpReminder()
    qtbot.addWidget(banner)
    banner.set_rows([], TODAY)
    assert banner.isHidden()
    assert banner.message(2, 14) == ("2 requests sent more than 14 days ago have no opinion "
                                     "recorded yet; you may want to follow up with IMWU.")
