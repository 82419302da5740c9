"""A user fills a whole case through the widgets, saves it, reopens it and finds everything."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gui_helpers import answer, choose_country, choose_item, type_date, type_masked, type_text
from gui_sample import tiny_jpeg, tiny_pdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from imwu_desktop.gui.main_window import MainWindow
from imwu_desktop.services import casefile


def fill_eligibility(qtbot: QtBot, win: MainWindow) -> None:
    win.go_to("eligibility")
    page = win.pages["eligibility"]
    answer(qtbot, page.in_canada, False)
    choose_country(qtbot, page.citizenship, "FR")
    for group in (page.holds_permit, page.pending, page.iec, page.medical, page.seasonal,
                  page.charged):
        answer(qtbot, group, False)


def fill_employer(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.mouseClick(win.wizard.next_button, Qt.MouseButton.LeftButton)
    assert win.current_step() == "employer"
    p = win.pages["employer"]
    type_text(qtbot, p.legal_name, "Maple Robotics Inc.")
    type_text(qtbot, p.operating_name, "Maple Robotics")
    type_text(qtbot, p.business_number, "123456782")
    type_text(qtbot, p.phone, "+1 416 555 0100")
    type_text(qtbot, p.website, "https://maplerobotics.example")
    type_text(qtbot, p.employees_in_canada, "18")
    type_text(qtbot, p.employees_abroad, "240")
    type_text(qtbot, p.activity, "Design and manufacture of warehouse robots")
    type_text(qtbot, p.street, "100 Queen St W, Suite 400")
    type_text(qtbot, p.city, "Toronto")
    choose_item(qtbot, p.province, "ON")
    type_masked(qtbot, p.postal_code, "m5h2n2")
    type_text(qtbot, p.contact_name, "Anne Tremblay")
    type_text(qtbot, p.contact_title, "HR Manager")
    type_text(qtbot, p.contact_email, "anne.tremblay@maplerobotics.example")
    type_text(qtbot, p.contact_phone, "+1 416 555 0101")


def fill_worker(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.mouseClick(win.wizard.next_button, Qt.MouseButton.LeftButton)
    p = win.pages["worker"]
    type_text(qtbot, p.family_name, "DUPONT")
    type_text(qtbot, p.given_names, "Claire Marie")
    type_date(qtbot, p.date_of_birth, "1988-03-14")
    choose_item(qtbot, p.sex, "F")
    choose_country(qtbot, p.country_of_birth, "FR")
    choose_country(qtbot, p.country_of_residence, "FR")
    type_text(qtbot, p.email, "claire.dupont@example.fr")
    type_text(qtbot, p.passport_number, "19ab12345")
    type_date(qtbot, p.passport_issued, "2019-06-02")
    type_date(qtbot, p.passport_expiry, "2029-06-01")


def fill_job(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.mouseClick(win.wizard.next_button, Qt.MouseButton.LeftButton)
    p = win.pages["job"]
    type_text(qtbot, p.title, "Senior Robotics Engineer")
    type_text(qtbot, p.noc, "21301")
    type_text(qtbot, p.location, "Toronto, ON")
    type_date(qtbot, p.start, "2027-02-01")
    type_date(qtbot, p.end, "2029-01-31")
    type_text(qtbot, p.duties, "Leads the integration of the navigation stack.")
    type_text(qtbot, p.education, "Master's degree in mechanical engineering")
    type_text(qtbot, p.skills, "8 years with the parent company's robot platform")
    type_text(qtbot, p.wage, "125000")
    choose_item(qtbot, p.wage_per, "year")
    choose_item(qtbot, p.wage_currency, "CAD")
    type_text(qtbot, p.hours, "40")


def fill_exemption(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.mouseClick(win.wizard.next_button, Qt.MouseButton.LeftButton)
    p = win.pages["exemption"]
    type_text(qtbot, p.search, "C63")
    assert p.codes.count() >= 1
    p.codes.setFocus()
    qtbot.keyClick(p.codes, Qt.Key.Key_Home)
    assert p.codes.currentItem().text().startswith("C63")
    qtbot.mouseClick(p.choose_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, p.explanation, "Intra-company transfer from the parent company in Lyon.")


def attach_documents(qtbot: QtBot, win: MainWindow, folder: Path,
                     monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    qtbot.mouseClick(win.wizard.next_button, Qt.MouseButton.LeftButton)
    p = win.pages["documents"]
    files = {"passport": folder / "passport.jpg", "company_letter": folder / "letter.pdf",
             "job_offer": folder / "offer.pdf", "cv": folder / "cv.pdf"}
    tiny_jpeg(files["passport"])
    for key in ("company_letter", "job_offer", "cv"):
        files[key].write_bytes(tiny_pdf(key))
    for key, path in files.items():
        monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                            lambda *a, _p=path, **k: ([str(_p)], ""))
        qtbot.mouseClick(p.rows[key].attach_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda k=key: any(d.item == k for d in win.session.case.documents))
        qtbot.waitUntil(lambda k=key: k in p.rows and bool(p.rows[k].doc_rows))
    other = folder / "payslips.pdf"
    other.write_bytes(tiny_pdf("payslips"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(other)], ""))
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("Proof of one year with the parent company", True))
    qtbot.mouseClick(p.rows["other"].attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.item == "other" for d in win.session.case.documents))
    return {key: path.name for key, path in {**files, "other": other}.items()}


def test_fill_save_reopen(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == "eligibility"
    fill_eligibility(qtbot, window)
    fill_employer(qtbot, window)
    fill_worker(qtbot, window)
    fill_job(qtbot, window)
    fill_exemption(qtbot, window)
    names = attach_documents(qtbot, window, tmp_path, monkeypatch)
    assert window.isWindowModified()
    assert window.windowTitle().startswith("DUPONT, Claire Marie")

    target = tmp_path / "cases" / "dupont.imwu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.is_file()
    assert not window.isWindowModified()
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # close the case
    assert window.session is None

    opened = casefile.open_case(target, lock=False)
    try:
        case = opened.case
        e, w, j = case.employer, case.worker, case.job
        assert (e.legal_name, e.operating_name, e.business_number) == (
            "Maple Robotics Inc.", "Maple Robotics", "123456782")
        assert (e.address.street, e.address.city, e.address.province, e.address.postal_code) == (
            "100 Queen St W, Suite 400", "Toronto", "ON", "M5H 2N2")
        assert (e.phone, e.website, e.employees_in_canada, e.employees_abroad) == (
            "+1 416 555 0100", "https://maplerobotics.example", 18, 240)
        assert e.activity == "Design and manufacture of warehouse robots"
        assert (case.contact.name, case.contact.title, case.contact.email, case.contact.phone) == (
            "Anne Tremblay", "HR Manager", "anne.tremblay@maplerobotics.example",
            "+1 416 555 0101")
        assert case.representative is None
        assert (w.family_name, w.given_names, w.date_of_birth, w.sex) == (
            "DUPONT", "Claire Marie", date(1988, 3, 14), "F")
        assert (w.citizenship, w.country_of_birth, w.country_of_residence) == ("FR", "FR", "FR")
        assert (w.passport_number, w.passport_issued, w.passport_expiry) == (
            "19AB12345", date(2019, 6, 2), date(2029, 6, 1))
        assert w.email == "claire.dupont@example.fr"
        assert w.uci is None
        assert [w.in_canada, w.holds_canadian_work_permit, w.work_permit_application_pending,
                w.iec_participant, w.needs_medical_exam, w.charged_or_convicted] == [False] * 6
        assert (j.title, j.noc, j.location, j.start, j.end) == (
            "Senior Robotics Engineer", "21301", "Toronto, ON", date(2027, 2, 1),
            date(2029, 1, 31))
        assert j.duties == "Leads the integration of the navigation stack."
        assert j.education == "Master's degree in mechanical engineering"
        assert j.skills == "8 years with the parent company's robot platform"
        assert (j.wage.amount, j.wage.per, j.wage.currency, j.hours_per_week) == (
            125000, "year", "CAD", 40)
        assert j.seasonal_agricultural is False
        assert case.exemption.code == "C63"
        assert case.exemption.explanation == (
            "Intra-company transfer from the parent company in Lyon.")
        assert {d.item: d.file_name for d in case.documents} == names
        assert [d.label for d in case.documents if d.item == "other"] == [
            "Proof of one year with the parent company"]
    finally:
        opened.close()

    # reopening in the window shows the values in the widgets again
    assert window.open_path(target)
    window.go_to("worker")
    assert window.pages["worker"].family_name.text() == "DUPONT"
    assert window.pages["worker"].date_of_birth.value() == date(1988, 3, 14)
    assert window.pages["worker"].citizenship.value() == "FR"
    window.go_to("employer")
    assert window.pages["employer"].postal_code.text() == "M5H 2N2"
    assert window.pages["employer"].province.currentData() == "ON"
    assert not window.isWindowModified()
