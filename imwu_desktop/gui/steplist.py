"""The step list at the side: each step with its number, name, state icon and state text.

The state is never shown by colour alone: each state has its own shape and its words. The
shapes' colours follow the palette (light or dark theme) so that they keep 3:1 contrast.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from imwu_desktop.gui import domain_access
from imwu_desktop.gui.colour_contrast import contrast

STEP_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3

#: each state's shape colour: (for a light background, for a dark background). Each keeps at
#: least 3:1 against its background (WCAG 1.4.11, non-text contrast): the light set against
#: white, the dark set against a near-black base such as #1e1e1e.
STATE_COLOURS = {
    "not_started": ("#6b6b6b", "#a3a3a3"),
    "incomplete": ("#1f5fa8", "#7fb2f0"),
    "complete": ("#1e7a34", "#5cc878"),
    "problems": ("#b3261e", "#ff8a80"),
}


def state_colour(state: str, background: QColor) -> QColor:
    """The state's colour that stands out best on this background (light or dark theme)."""
    pair = STATE_COLOURS.get(state, STATE_COLOURS["not_started"])
    return max((QColor(c) for c in pair), key=lambda c: contrast(c, background))


def _paint(state: str, shape: QColor, mark: QColor, size: int) -> QPixmap:
    """Empty circle / half circle / check mark / warning triangle; `mark` draws the check
    mark and the "!" inside the filled shapes (the background's colour, cut out)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size * 2
    rect = QRectF(3, 3, s - 6, s - 6)
    painter.setPen(QPen(shape, 3))
    if state == "problems":
        triangle = QPolygonF([QPointF(s / 2, 3), QPointF(s - 3, s - 4), QPointF(3, s - 4)])
        painter.setBrush(shape)
        painter.drawPolygon(triangle)
        painter.setPen(QPen(mark, 4))
        painter.drawLine(QPointF(s / 2, s * 0.35), QPointF(s / 2, s * 0.62))
        painter.drawPoint(QPointF(s / 2, s * 0.78))
    elif state == "complete":
        painter.setBrush(shape)
        painter.drawEllipse(rect)
        painter.setPen(QPen(mark, 4))
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.74, s * 0.34))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif state == "incomplete":
        painter.drawEllipse(rect)
        painter.setBrush(shape)
        painter.drawPie(rect, 90 * 16, 180 * 16)
    else:
        painter.drawEllipse(rect)
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return pixmap


def state_icon(state: str, palette: QPalette | None = None, size: int = 20) -> QIcon:
    """The state's badge for this palette: on the list's Base colour, and (for the selected
    row) in the highlighted text's colour on the Highlight colour."""
    palette = palette or QPalette()
    base = palette.color(QPalette.ColorRole.Base)
    icon = QIcon(_paint(state, state_colour(state, base), base, size))
    icon.addPixmap(_paint(state, palette.color(QPalette.ColorRole.HighlightedText),
                          palette.color(QPalette.ColorRole.Highlight), size),
                   QIcon.Mode.Selected)
    return icon


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
            item.setData(NAME_ROLE, f"{number}. {titles[step]}")
            self._show(item, "not_started", 0)

    def _show(self, item: QListWidgetItem, state: str, count: int) -> None:
        texts = domain_access.state_texts()
        words = texts.get(state, state)
        if state == "problems" and count:
            words = self.tr("%n problem(s)", "", count)
        name = item.data(NAME_ROLE)
        item.setText(f"{name}\n{words}")
        item.setIcon(state_icon(state, self.palette()))
        item.setData(STATE_ROLE, state)
        item.setData(COUNT_ROLE, count)
        item.setToolTip(f"{name}: {words}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {words}")

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (the user switched to a dark theme): redraw the badges for it."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            for row in range(self.count()):
                item = self.item(row)
                self._show(item, str(item.data(STATE_ROLE)), int(item.data(COUNT_ROLE) or 0))

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
