"""The wizard's frame: the step list, a scroll area for each step's page, Back/Next and the
position ("Step 4 of 8: Job"); and how a step's page is built.

The window decides which step shows and keeps the pages; this widget lays them out and names
its buttons in the interface's language. Imported when the first case opens (not at start-up),
like the pages, which are imported and built on their first visit.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from imwu_desktop.gui import domain_access
from imwu_desktop.gui.steplist import StepList

if TYPE_CHECKING:
    from imwu_desktop.gui.pages.base import StepPage
    from imwu_desktop.gui.session import CaseSession

log = logging.getLogger(__name__)

STEPS = domain_access.STEPS

#: step -> (module in imwu_desktop.gui.pages, class of its page)
PAGE_CLASSES = {
    "eligibility": ("eligibility", "EligibilityPage"),
    "employer": ("employer", "EmployerPage"),
    "worker": ("worker", "WorkerPage"),
    "job": ("job", "JobPage"),
    "exemption": ("exemption", "ExemptionPage"),
    "documents": ("documents", "DocumentsPage"),
    "review": ("review", "ReviewPage"),
    "send": ("send", "SendPage"),
}


def build_page(step: str, session: CaseSession) -> StepPage:
    """The step's page for this case; a page that fails to build is replaced by one that says
    so, so that a broken page never takes the window (and the case) down."""
    try:
        module, cls = PAGE_CLASSES[step]
        page_class = getattr(importlib.import_module(f"imwu_desktop.gui.pages.{module}"), cls)
        page: StepPage = page_class(session)
    except Exception:
        log.exception("could not build the %s page", step)
        from imwu_desktop.gui.pages.broken import BrokenPage

        page = BrokenPage(session, step)
    return page


class WizardView(QWidget):
    """Step list on the left; on the right the step's page and, under it, Back/Next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.steps = StepList(self)
        layout.addWidget(self.steps)
        right = QVBoxLayout()
        self.page_stack = QStackedWidget(self)
        self.scrolls: dict[str, QScrollArea] = {}
        for step in STEPS:
            scroll = QScrollArea(self.page_stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.scrolls[step] = scroll
            self.page_stack.addWidget(scroll)
        right.addWidget(self.page_stack, 1)
        nav = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.name_buttons()
        self.position = QLabel(self)
        nav.addWidget(self.position, 1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        layout.addLayout(right, 1)

    def name_buttons(self) -> None:
        self.back_button.setText(self.tr("< Back"))
        self.next_button.setText(self.tr("Next >"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))

    def show_position(self, row: int) -> None:
        titles = domain_access.step_titles()
        self.position.setText(self.tr("Step {0} of {1}: {2}").replace("{0}", str(row + 1))
                              .replace("{1}", str(len(STEPS))).replace("{2}", titles[STEPS[row]]))

    def enable_buttons(self, row: int) -> None:
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(STEPS) - 1)

    def replace_step_list(self) -> StepList:
        """Put a new step list (texts in the current language) in the old one's place, also
        for Tab; returns the old one, for the window to carry its state over and delete it."""
        old = self.steps
        new = StepList(self)
        layout = self.layout()
        assert layout is not None
        layout.replaceWidget(old, new)
        QWidget.setTabOrder(old, new)
        self.steps = new
        return old
