"""The step list at the side: each step with its number, name, state icon and state text.

The state is never shown by colour alone: each state has its own shape and its words.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from imwu_desktop.gui import domain_access

STEP_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


def state_icon(state: str, size: int = 20) -> QIcon:
    """Empty circle / half circle / check mark / warning triangle."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size * 2
    rect = QRectF(3, 3, s - 6, s - 6)
    colours = {"not_started": "#6b6b6b", "incomplete": "#1f5fa8", "complete": "#1e7a34",
               "problems": "#b3261e"}
    colour = QColor(colours.get(state, "#6b6b6b"))
    painter.setPen(QPen(colour, 3))
    if state == "problems":
        triangle = QPolygonF([QPointF(s / 2, 3), QPointF(s - 3, s - 4), QPointF(3, s - 4)])
        painter.setBrush(colour)
        painter.drawPolygon(triangle)
        painter.setPen(QPen(QColor("white"), 4))
        painter.drawLine(QPointF(s / 2, s * 0.35), QPointF(s / 2, s * 0.62))
        painter.drawPoint(QPointF(s / 2, s * 0.78))
    elif state == "complete":
        painter.setBrush(colour)
        painter.drawEllipse(rect)
        painter.setPen(QPen(QColor("white"), 4))
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.74, s * 0.34))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif state == "incomplete":
        painter.drawEllipse(rect)
        painter.setBrush(colour)
        painter.drawPie(rect, 90 * 16, 180 * 16)
    else:
        painter.drawEllipse(rect)
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


class StepList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Steps"))
        self.setAccessibleDescription(self.tr(
            "The steps of the request and the state of each; choose one to go to it."))
        self.setIconSize(QSize(20, 20))
        self.setSpacing(2)
        self.setMinimumWidth(210)
        self.setMaximumWidth(260)
        titles = domain_access.step_titles()
        for number, step in enumerate(domain_access.STEPS, start=1):
            item = QListWidgetItem(self)
            item.setData(STEP_ROLE, step)
            item.setData(Qt.ItemDataRole.UserRole + 2, f"{number}. {titles[step]}")
            self._show(item, "not_started", 0)

    def _show(self, item: QListWidgetItem, state: str, count: int) -> None:
        texts = domain_access.state_texts()
        words = texts.get(state, state)
        if state == "problems" and count:
            words = self.tr("%n problem(s)", "", count)
        name = item.data(Qt.ItemDataRole.UserRole + 2)
        item.setText(f"{name}\n{words}")
        item.setIcon(state_icon(state))
        item.setData(STATE_ROLE, state)
        item.setToolTip(f"{name}: {words}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {words}")

    def set_states(self, states: dict[str, tuple[str, list[object]]]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            state, problems = states.get(item.data(STEP_ROLE), ("not_started", []))
            self._show(item, state, len(problems))

    def state_of(self, step: str) -> str:
        for row in range(self.count()):
            if self.item(row).data(STEP_ROLE) == step:
                return str(self.item(row).data(STATE_ROLE))
        return ""
