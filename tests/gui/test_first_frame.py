"""Work that can wait (the Documents page's quick e-mail size) runs after the first frame."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from imwu_desktop.gui.main_window import MainWindow


def test_jobs_wait_for_the_first_frame_then_run_in_the_next_turn(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    ran: list[str] = []
    window.after_first_frame(lambda: ran.append("before"))
    qtbot.wait(50)
    assert ran == []  # not shown yet: nothing painted
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: ran == ["before"], timeout=5000)
    window.after_first_frame(lambda: ran.append("after"))
    assert ran == ["before"]  # not inside the call: in the event loop's next turn
    qtbot.waitUntil(lambda: ran == ["before", "after"], timeout=5000)


def test_a_case_opened_on_its_documents_step_shows_its_quick_size_after_the_frame(
        qtbot: QtBot, sample_case: Path, shown_messages: list[tuple[str, str]]) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(sample_case)
    window.go_to("documents")
    page = window.pages["documents"]
    qtbot.wait(50)  # the event loop runs: the quick figure still waits for the frame
    assert page._quick_pending  # (meanwhile the meter shows the files' total)
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: not page._quick_pending, timeout=5000)
