"""The stand-in for a page that failed to build: it says so and keeps the window usable."""

from __future__ import annotations

from imwu_desktop.gui import domain_access
from imwu_desktop.gui.pages.base import StepPage
from imwu_desktop.gui.session import CaseSession


class BrokenPage(StepPage):
    """Stands in for a page that failed to build: says so, keeps the rest usable."""

    def __init__(self, session: CaseSession, step: str) -> None:
        super().__init__(session)
        self.step = step
        self.add_heading(domain_access.step_titles().get(step, step), self.tr(
            "This step could not be shown because of an internal error; your case is safe. "
            "Save it and report the problem (the log file has the details)."))
