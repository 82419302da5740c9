"""Send step: hosts the send panel (written in the email area) once it exists."""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from imwu_desktop.gui.pages.base import StepPage
from imwu_desktop.gui.session import CaseSession

PANEL_MODULE = "imwu_desktop.gui.send_panel"


class SendPage(StepPage):
    step = "send"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_heading(self.tr("Send"))
        self.panel: QWidget | None = None
        if importlib.util.find_spec(PANEL_MODULE) is not None:
            module = importlib.import_module(PANEL_MODULE)
            self.panel = module.SendPanel(session, self)
            self.outer.addWidget(self.panel, 1)
            reload = getattr(self.panel, "refresh", None)
            if callable(reload):
                self._loaders.append(reload)
        else:
            label = QLabel(self.tr("Sending is being prepared."), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setObjectName("sendPlaceholder")
            self.outer.addWidget(label, 1)
