"""Send step: what still blocks sending, then the send panel (written in the email area)."""

from __future__ import annotations

import html
import importlib
import importlib.util

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from imwu_desktop.gui import domain_access
from imwu_desktop.gui.pages.base import StepPage
from imwu_desktop.gui.session import CaseSession

PANEL_MODULE = "imwu_desktop.gui.send_panel"


class SendPage(StepPage):
    step = "send"
    reviewRequested = Signal()

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_heading(self.tr("Send"))
        self.blocked = QLabel(self)
        self.blocked.setObjectName("sendBlocked")
        self.blocked.setWordWrap(True)
        self.blocked.setTextFormat(Qt.TextFormat.RichText)
        self.blocked.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.blocked.linkActivated.connect(lambda _link: self.reviewRequested.emit())
        self.outer.addWidget(self.blocked)
        self._loaders.append(self.show_readiness)
        self.panel: QWidget | None = None
        if importlib.util.find_spec(PANEL_MODULE) is not None:
            module = importlib.import_module(PANEL_MODULE)
            self.panel = module.SendPanel(session, self)
            self.outer.addWidget(self.panel, 1)
            reload = getattr(self.panel, "refresh", None)
            if callable(reload):
                self._loaders.append(reload)
            sent = getattr(self.panel, "sent", None)
            if sent is not None:
                sent.connect(lambda _event: session.touch())
        else:
            label = QLabel(self.tr("Sending is being prepared."), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setObjectName("sendPlaceholder")
            self.outer.addWidget(label, 1)

    def shutdown(self) -> None:
        """Stop the panel's background work before the page goes (a running QThread must
        never be destroyed)."""
        panel = self.panel
        if panel is None:
            return
        stop = getattr(panel, "shutdown", None)
        if callable(stop):
            stop()
            return
        cancel = getattr(panel, "cancel", None)
        if callable(cancel):
            cancel()
        thread = getattr(panel, "_thread", None)
        if thread is not None:
            thread.quit()
            thread.wait(10_000)

    def show_readiness(self) -> None:
        """Say plainly when the request is not ready (not eligible, or errors left)."""
        try:
            ready = domain_access.is_ready(self.case)
            verdict = domain_access.assess(self.case).verdict
        except Exception:
            ready, verdict = False, ""
        if ready:
            self.blocked.hide()
            return
        if verdict == "not_eligible":
            text = self.tr("This worker is not eligible for an IMWU opinion (see the "
                           "Eligibility step), so the request cannot be sent.")
        else:
            text = self.tr("The request is not ready to send yet.")
        link = html.escape(self.tr("See what is left to fix on the Review step."))
        self.blocked.setText(f"<b>⚠ {html.escape(text)}</b> <a href=\"review\">{link}</a>")
        self.blocked.setAccessibleName(text)
        self.blocked.show()
