"""A banner on the start screen when requests wait too long for IMWU's opinion.

Not a dialog: it never blocks start-up, and the user can dismiss it (it comes back on the
next start while the follow-up is still due).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from imwu_desktop.domain.tracking import CaseSummaryRow


def _service_days() -> int:
    try:
        from imwu_desktop.domain.imwu_info import load_imwu_info

        return load_imwu_info().service_days
    except Exception:  # the banner must not fail over its wording
        return 14


class FollowUpReminder(QFrame):
    """"2 requests sent more than 14 days ago have no opinion recorded yet" [Show them] [×]."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpReminder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(24, 24))
        layout.addWidget(icon)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.show_button = QPushButton(self.tr("Show &them"), self)
        self.show_button.clicked.connect(self.show_requested)
        layout.addWidget(self.show_button)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the follow-up reminder"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout.addWidget(self.dismiss_button)
        self.dismissed = False
        self.count = 0
        self.hide()

    def message(self, count: int, days: int) -> str:
        if count == 1:
            text = self.tr("1 request sent more than {days} days ago has no opinion recorded "
                           "yet; you may want to follow up with IMWU.")
        else:
            text = self.tr("{count} requests sent more than {days} days ago have no opinion "
                           "recorded yet; you may want to follow up with IMWU.")
        return text.replace("{count}", str(count)).replace("{days}", str(days))

    def set_rows(self, rows: Iterable[CaseSummaryRow], today: date) -> None:
        """Show the banner when some follow-up is due (unless the user dismissed it)."""
        self.count = sum(1 for r in rows if r.follow_up_due(today))
        if self.count:
            self.text.setText(self.message(self.count, _service_days()))
            self.setAccessibleName(self.text.text())
            self.show_button.setAccessibleDescription(self.text.text())
        self.setVisible(bool(self.count) and not self.dismissed)

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()
