"""Screen readers and keyboards: every input is named, Tab reaches every input, mnemonics are
unique, and the app's own colours keep WCAG AA contrast in light and dark palettes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from i18n_support import close_case, french_case, go_to
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from imwu_desktop.gui import i18n
from imwu_desktop.gui.colour_contrast import contrast
from imwu_desktop.gui.main_window import STEPS, MainWindow
from imwu_desktop.gui.session import CaseSession
from imwu_desktop.gui.steplist import STATE_COLOURS, StepList, state_colour

ROOT = Path(__file__).resolve().parents[2]
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QCheckBox,
          QRadioButton)


def open_window(qtbot: QtBot, qapp: QApplication, language: str) -> MainWindow:
    i18n.install_translators(qapp, language)
    win = MainWindow()  # closed by close_window (pytest-qt would close it with the case open)
    win.resize(1280, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.set_session(CaseSession.new(french_case()), "eligibility")
    return win


def close_window(qtbot: QtBot, qapp: QApplication, win: MainWindow) -> None:
    close_case(qtbot, win)
    win.close()
    win.deleteLater()
    i18n.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.fixture(params=["en", "fr"])
def window(request: pytest.FixtureRequest, qtbot: QtBot,
           qapp: QApplication) -> Iterator[MainWindow]:
    """The wizard on a complete case, in English and in French."""
    win = open_window(qtbot, qapp, request.param)
    yield win
    close_window(qtbot, qapp, win)


@pytest.fixture
def french_window(qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    win = open_window(qtbot, qapp, "fr")
    yield win
    close_window(qtbot, qapp, win)


def inputs_on_page(window: MainWindow) -> list[QWidget]:
    """The visible, enabled inputs a user fills on the current step (not the inner line edit
    of an editable combo box, which is the combo box itself to the user)."""
    found = []
    for widget in window.wizard.page_stack.currentWidget().findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(),
                                                         QComboBox | QAbstractSpinBox):
            continue
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) and widget.isReadOnly() \
                and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        found.append(widget)
    return found


def buddy_labels(window: MainWindow) -> dict[int, str]:
    return {id(label.buddy()): label.text() for label in window.findChildren(QLabel)
            if label.buddy() is not None}


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!r})"


def test_every_input_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    unnamed = []
    untidy = []
    for step in STEPS:
        go_to(qtbot, window, step)
        buddies = buddy_labels(window)
        for widget in inputs_on_page(window):
            own = widget.accessibleName().strip()
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not own and not text.strip() and not buddies.get(id(widget), "").strip():
                parent = widget.parentWidget()
                unnamed.append(f"[{step}] {describe(widget)} in {describe(parent)}")
            if own != widget.accessibleName() or own.endswith(":"):
                untidy.append(f"[{step}] {widget.accessibleName()!r}")
    assert not unnamed, "inputs a screen reader cannot name:\n" + "\n".join(unnamed)
    assert not untidy, "names read aloud with a colon or trailing space:\n" + "\n".join(untidy)


def focus_chain(qtbot: QtBot, window: MainWindow, limit: int = 400) -> list[QWidget]:
    """Press Tab from the step list until the focus comes back round; what got the focus."""
    window.steps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.steps)
    seen: list[QWidget] = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is None or focused is window.steps:
            break
        seen.append(focused)
    return seen


def reached(widget: QWidget, chain: list[QWidget]) -> bool:
    """Tab reached the input (or, for a radio button, its group: arrows move inside it)."""
    if isinstance(widget, QRadioButton) and widget.autoExclusive():
        siblings = [w for w in widget.parentWidget().findChildren(QRadioButton)
                    if w.parentWidget() is widget.parentWidget()]
        return any(reached_exactly(s, chain) for s in siblings)
    return reached_exactly(widget, chain)


def reached_exactly(widget: QWidget, chain: list[QWidget]) -> bool:
    return any(w is widget or widget.isAncestorOf(w) or w.focusProxy() is widget
               or widget.focusProxy() is w for w in chain)


def test_arrow_keys_move_between_yes_and_no(qtbot: QtBot, french_window: MainWindow) -> None:
    go_to(qtbot, french_window, "eligibility")
    group = french_window.pages["eligibility"].in_canada
    yes, no = group.button(1), group.button(0)
    yes.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(yes, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is no
    qtbot.keyClick(no, Qt.Key.Key_Space)
    assert no.isChecked() and french_window.session.case.worker.in_canada is False


def test_tab_reaches_every_input_on_every_step(qtbot: QtBot, window: MainWindow) -> None:
    missed = []
    for step in STEPS:
        go_to(qtbot, window, step)
        chain = focus_chain(qtbot, window)
        for widget in inputs_on_page(window):
            if not reached(widget, chain):
                missed.append(f"[{step}] {describe(widget)}")
        assert window.wizard.next_button in chain or step == STEPS[-1], step
    assert not missed, "inputs Tab never reaches:\n" + "\n".join(missed)


def test_french_mnemonics_are_unique_on_each_step(qtbot: QtBot,
                                                  french_window: MainWindow) -> None:
    """Alt+letter leads to one place in the French interface (English: see the report)."""
    window = french_window
    clashes = []
    for step in STEPS:
        go_to(qtbot, window, step)
        letters: dict[str, list[str]] = {}
        for widget in window.findChildren(QWidget):
            if not widget.isVisible():
                continue
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue
            match = re.search(r"&([^&\s])", text.replace("&&", ""))
            if match:
                letters.setdefault(match.group(1).lower(), []).append(text)
        for letter, texts in letters.items():
            if len(texts) > 1:
                clashes.append(f"[{step}] Alt+{letter.upper()}: {texts}")
    assert not clashes, "\n".join(clashes)


# --- contrast -----------------------------------------------------------------------------


def test_contrast_formula_matches_wcag() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Text, "#e8e8e8")):
        palette.setColor(role, QColor(colour))
    return palette


def stylesheet_text_colours() -> list[tuple[str, str]]:
    """(file, colour) for every fixed text colour in the GUI's stylesheets."""
    found = []
    for source in sorted((ROOT / "imwu_desktop" / "gui").rglob("*.py")):
        for match in re.finditer(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{3,6}|[a-z]+)\b",
                                 source.read_text("utf-8")):
            found.append((str(source.relative_to(ROOT)), match.group(1)))
    return found


@pytest.mark.parametrize("palette_name", ["light", "dark"])
def test_fixed_text_colours_keep_aa_contrast(qapp: QApplication, palette_name: str) -> None:
    palette = qapp.style().standardPalette() if palette_name == "light" else dark_palette()
    background = palette.color(QPalette.ColorRole.Window)
    weak = [f"{where}: {colour} on {background.name()} is "
            f"{contrast(QColor(colour), background):.2f}:1"
            for where, colour in stylesheet_text_colours()
            if contrast(QColor(colour), background) < 4.5]
    assert not weak, "text colours below 4.5:1 (WCAG AA):\n" + "\n".join(weak)


def test_palette_text_roles_keep_aa_contrast(qapp: QApplication) -> None:
    for palette in (qapp.style().standardPalette(), dark_palette()):
        for text, back in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                           (QPalette.ColorRole.Text, QPalette.ColorRole.Base)):
            assert contrast(palette.color(text), palette.color(back)) >= 4.5


STATES = ("not_started", "incomplete", "complete", "problems")


def palettes(qapp: QApplication) -> dict[str, QPalette]:
    return {"light": qapp.style().standardPalette(), "dark": dark_palette()}


@pytest.mark.parametrize("palette_name", ["light", "dark"])
def test_step_state_colours_keep_graphics_contrast(qapp: QApplication,
                                                   palette_name: str) -> None:
    """Each state badge's shape against the step list's background: 3:1 (WCAG 1.4.11)."""
    palette = palettes(qapp)[palette_name]
    base = palette.color(QPalette.ColorRole.Base)
    weak = [f"{state}: {state_colour(state, base).name()} on {base.name()} is "
            f"{contrast(state_colour(state, base), base):.2f}:1" for state in STATES
            if contrast(state_colour(state, base), base) < 3.0]
    assert not weak, "\n".join(weak)
    if palette_name == "dark":  # the light theme's colours would not do here
        assert any(contrast(QColor(light), base) < 3.0 for light, _dark in STATE_COLOURS.values())


def badge_colours(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> Counter[str]:
    """The opaque colours of a badge as drawn, most used first."""
    image = icon.pixmap(QSize(20, 20), 2.0, mode).toImage()
    found: Counter[str] = Counter()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                found[pixel.name()] += 1
    return found


def test_the_step_list_draws_its_badges_for_its_palette(qtbot: QtBot,
                                                        qapp: QApplication) -> None:
    steps = StepList()
    qtbot.addWidget(steps)
    states = {step: (state, []) for step, state in zip(STEPS, STATES * 2, strict=True)}
    steps.set_states(states)
    for name in ("dark", "light"):  # a palette change at run time redraws them
        palette = palettes(qapp)[name]
        steps.setPalette(palette)
        base = palette.color(QPalette.ColorRole.Base)
        for row in range(len(STATES)):
            item = steps.item(row)
            drawn = badge_colours(item.icon()).most_common(1)[0][0]
            assert drawn == state_colour(STATES[row], base).name(), (name, STATES[row])
            assert contrast(QColor(drawn), base) >= 3.0, (name, STATES[row], drawn)
            highlight = palette.color(QPalette.ColorRole.Highlight)
            selected = badge_colours(item.icon(), QIcon.Mode.Selected).most_common(1)[0][0]
            assert contrast(QColor(selected), highlight) >= 3.0, (name, STATES[row], selected)
