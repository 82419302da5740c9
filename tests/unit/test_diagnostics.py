"""Help -> "Copy diagnostic report": useful to support, and free of anything personal."""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path

import pytest

from imwu_desktop import __version__
from imwu_desktop.resources import resource_path
from imwu_desktop.services.diagnostics import diagnostic_report
from imwu_desktop.services.logs import LOG_FILE_NAME
from imwu_desktop.services.paths import log_dir

PASSPORT, BIRTH, EMAIL = "19AB12345", "1988-03-14", "claire.dupont@example.fr"


def _write_log(lines: list[str]) -> Path:
    path = log_dir() / LOG_FILE_NAME
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_report_names_versions_data_and_folders() -> None:
    report = diagnostic_report()
    assert f"App: {__version__}" in report
    assert f"Python: {platform.python_version()}" in report
    assert platform.system() in report
    assert "PySide6-Essentials 6." in report  # read from the installed distribution
    assert "Keyring backend: keyring.backends." in report
    for path in sorted(resource_path("data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert f"{path.name}: version {data['version']}, as of {data['as_of']}" in report
    assert f"logs: {log_dir()}" in report
    assert "(no log yet)" in report


def test_services_do_not_import_qt_for_the_report() -> None:
    loaded_before = "PySide6.QtCore" in sys.modules
    diagnostic_report()
    assert ("PySide6.QtCore" in sys.modules) == loaded_before


def test_last_200_log_lines_are_included_scrubbed() -> None:
    old = [f"2026-11-20 10:00:{i % 60:02d},000 INFO imwu_desktop.x: old line {i}"
           for i in range(300)]
    # A log written before the scrubber existed (or by a careless library).
    leaky = [f"2026-11-25 09:14:03,512 INFO imwu_desktop.y: passport {PASSPORT} of {EMAIL}",
             "2026-11-25 09:14:04,001 DEBUG smtplib: send: 'AUTH PLAIN "
             "AGFubmUAQ3LDqG1lIGJyw7tsw6llIDQyICE='",
             f"    ValueError: bad date of birth {BIRTH}"]
    _write_log(old + leaky)
    report = diagnostic_report()
    tail = report.split("log lines (personal data removed):\n", 1)[1].splitlines()
    assert len(tail) == 200
    assert tail[0].endswith("old line 103") and "old line 102" not in report
    for secret in (PASSPORT, EMAIL, BIRTH, "AGFubmUAQ3LDqG1lIGJyw7tsw6llIDQyICE="):
        assert secret not in report
    # the log's own time stamps stay readable
    assert "  2026-11-25 09:14:03,512 INFO imwu_desktop.y: passport <redacted>" in report


def test_home_folder_is_shown_as_tilde(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    home = tmp_path / "claire.dupont"
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    monkeypatch.setenv("IMWU_CASES_DIR", str(home / "Documents" / "IMWU cases"))
    report = diagnostic_report()
    assert "cases: ~/Documents/IMWU cases" in report
    assert "claire.dupont" not in report


def test_report_survives_an_unreadable_log_and_missing_resources(
        monkeypatch: pytest.MonkeyPatch) -> None:
    (log_dir() / LOG_FILE_NAME).mkdir()  # unreadable as a file, even for root
    import imwu_desktop.resources as resources

    resources.resources_dir.cache_clear()
    try:
        monkeypatch.setattr(resources, "_candidates", lambda: [Path("/nonexistent")])
        report = diagnostic_report()
    finally:
        resources.resources_dir.cache_clear()
    assert "Reference data:\n  unavailable (FileNotFoundError)" in report
    assert "(the log could not be read: IsADirectoryError)" in report
    assert "Folders:\n  settings:" in report
