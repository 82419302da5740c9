"""Moving around the wizard (Back, Next, free jumps, Esc) never loses what was typed."""

from __future__ import annotations

from datetime import date

import pytest
from gui_helpers import answer, type_date, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from imwu_desktop.gui.main_window import MainWindow
from imwu_desktop.gui.steplist import STATE_ROLE


def test_back_next_jumps_and_escape_keep_data(qtbot: QtBot, window: MainWindow) -> None:
    window.new_case()
    window.go_to("employer")
    employer = window.pages["employer"]
    type_text(qtbot, employer.legal_name, "Maple Robotics Inc.")
    qtbot.keyClick(employer.legal_name, Qt.Key.Key_Escape)
    type_text(qtbot, employer.city, "Toronto")

    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == "worker"
    worker = window.pages["worker"]
    type_text(qtbot, worker.family_name, "Dupont")
    type_date(qtbot, worker.date_of_birth, "1988-03-14")
    qtbot.keyClick(worker.family_name, Qt.Key.Key_Escape)

    # a free jump by clicking the step list, then keyboard navigation back
    job_row = window.steps.visualItemRect(window.steps.item(3)).center()
    qtbot.mouseClick(window.steps.viewport(), Qt.MouseButton.LeftButton, pos=job_row)
    assert window.current_step() == "job"
    type_text(qtbot, window.pages["job"].title, "Robotics Engineer")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_step() == "worker"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == "employer"
    qtbot.mouseClick(window.wizard.back_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == "eligibility"
    answer(qtbot, window.pages["eligibility"].in_canada, False)
    qtbot.keyClick(window, Qt.Key.Key_Escape)

    # every page shows what was typed, and the case holds it
    window.go_to("employer")
    assert employer.legal_name.text() == "Maple Robotics Inc."
    assert employer.city.text() == "Toronto"
    window.go_to("worker")
    assert worker.family_name.text() == "Dupont"
    assert worker.date_of_birth.value() == date(1988, 3, 14)
    window.go_to("job")
    assert window.pages["job"].title.text() == "Robotics Engineer"
    window.go_to("eligibility")
    assert window.pages["eligibility"].in_canada.button(0).isChecked()
    case = window.session.case
    assert (case.employer.legal_name, case.worker.family_name, case.job.title) == (
        "Maple Robotics Inc.", "Dupont", "Robotics Engineer")
    assert case.worker.in_canada is False
    assert window.isVisible() and window.session is not None


def test_step_list_shows_states_in_words(qtbot: QtBot, window: MainWindow) -> None:
    window.new_case()
    states = {window.steps.item(i).data(Qt.ItemDataRole.UserRole):
              window.steps.item(i).data(STATE_ROLE) for i in range(window.steps.count())}
    assert states["employer"] == "not_started"
    window.go_to("employer")
    type_text(qtbot, window.pages["employer"].legal_name, "Maple Robotics Inc.")
    item = window.steps.item(1)
    assert item.data(STATE_ROLE) in ("incomplete", "problems")
    # the state is in the text (not colour alone) and in the accessible text
    assert item.text().splitlines()[1] in ("Incomplete", "Has problems") or "problem" in item.text()
    assert "Employer" in item.data(Qt.ItemDataRole.AccessibleTextRole)


def test_review_links_back_to_the_field(qtbot: QtBot, window: MainWindow) -> None:
    window.new_case()
    window.go_to("review")
    review = window.pages["review"]
    text = review.problems.text()
    assert 'href="employer:' in text
    link = text.split('href="employer:', 1)[1].split('"', 1)[0]
    review.problems.linkActivated.emit(f"employer:{link}")
    assert window.current_step() == "employer"
    focused = window.focusWidget()
    assert focused is not None and window.pages["employer"].isAncestorOf(focused)


def test_not_eligible_verdict_explains_and_blocks_send(qtbot: QtBot, window: MainWindow) -> None:
    window.new_case()
    page = window.pages["eligibility"]
    answer(qtbot, page.in_canada, True)
    assert page.verdict_title.text().startswith("Not eligible")
    assert page.verdict_reasons.text()  # reasons with the way forward
    assert window.steps.item(0).data(STATE_ROLE) == "problems"
    window.go_to("documents")  # documents can still be prepared
    assert window.current_step() == "documents"
    window.go_to("send")
    send = window.pages["send"]
    assert send.blocked.isVisible()
    assert "not eligible" in send.blocked.text()


@pytest.mark.parametrize("step", ["exemption", "documents"])
def test_review_links_reach_codes_and_documents(qtbot: QtBot, window: MainWindow,
                                                step: str) -> None:
    window.new_case()
    window.session.case.exemption.code = "C63"
    window.go_to("review")
    text = window.pages["review"].problems.text()
    links = [part.split('"', 1)[0] for part in text.split('href="')[1:]]
    target = next(link for link in links if link.startswith(f"{step}:"))
    window.pages["review"].problems.linkActivated.emit(target)
    assert window.current_step() == step
    focused = window.focusWidget()
    assert focused is not None and window.pages[step].isAncestorOf(focused)
