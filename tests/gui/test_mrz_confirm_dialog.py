"""The side-by-side confirmation of values read from a passport scan (real Qt widgets)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from imwu_desktop.domain.case import Worker
from imwu_desktop.domain.mrz import parse_td3
from imwu_desktop.gui.mrz_confirm_dialog import MrzConfirmDialog
from imwu_desktop.services.passport_ocr import MrzReadResult

LINES = ("P<CHLGARCIA<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<<",
         "X4827316<4CHL8504179F310923612345678<<<<<<84")


def test_the_sample_lines_are_a_valid_mrz() -> None:
    assert parse_td3("\n".join(LINES)).valid


def _result(unclear: tuple[str, ...] = ()) -> MrzReadResult:
    fields: dict[str, object] = {
        "passport_number": "X4827316", "date_of_birth": date(1985, 4, 17),
        "passport_expiry": date(2031, 9, 23), "sex": "F", "citizenship": "CL",
    }
    if not unclear:
        fields.update(family_name="GARCIA", given_names="ANNA MARIA", mrz="\n".join(LINES))
    return MrzReadResult(True, fields=fields, lines=LINES, unclear=unclear)


def test_typed_values_are_never_overwritten_unless_ticked(qtbot: QtBot) -> None:
    worker = Worker(family_name="Garcia", passport_number="X4827316",
                    date_of_birth=date(1985, 7, 14))
    dialog = MrzConfirmDialog(_result(), worker)
    qtbot.addWidget(dialog)
    dialog.show()
    read = dialog.findChild(QLabel, "date_of_birth_read")
    typed = dialog.findChild(QLabel, "date_of_birth_typed")
    assert read.text() == "1985-04-17" and typed.text() == "1985-07-14"
    boxes = {key: dialog.findChild(QCheckBox, f"use_{key}") for key in dialog.boxes}
    assert not boxes["date_of_birth"].isChecked()  # differs from what was typed
    assert not boxes["family_name"].isChecked()  # passport spelling differs (capitals)
    assert boxes["passport_number"].isChecked()  # same as typed
    assert boxes["passport_expiry"].isChecked()  # empty before
    changed = dialog.apply_to(worker)
    assert worker.date_of_birth == date(1985, 7, 14) and worker.family_name == "Garcia"
    assert worker.passport_expiry == date(2031, 9, 23) and worker.citizenship == "CL"
    assert "date_of_birth" not in changed and "passport_expiry" in changed
    boxes["date_of_birth"].click()
    dialog.apply_to(worker)
    assert worker.date_of_birth == date(1985, 4, 17)


def test_unclear_fields_are_named_and_not_offered(qtbot: QtBot) -> None:
    dialog = MrzConfirmDialog(_result(("family_name", "given_names")), Worker())
    qtbot.addWidget(dialog)
    assert "family_name" not in dialog.boxes and "mrz" not in dialog.boxes
    note = dialog.findChild(QLabel, "unclear_note")
    assert "Family name, Given names" in note.text()
    assert dialog.chosen()["passport_number"] == "X4827316"
