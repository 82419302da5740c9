"""The log file: opened only when something is logged, capped in size, old files kept."""

from __future__ import annotations

import logging
from pathlib import Path

from imwu_desktop.services.logs import CappedFileHandler, rotate


def _logger(handler: logging.Handler, name: str) -> logging.Logger:
    logger = logging.getLogger(name)
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def test_nothing_is_written_until_a_record_arrives(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    handler = CappedFileHandler(path)
    assert not path.exists()
    logger = _logger(handler, "imwu.test.delay")
    logger.info("first")
    handler.close()
    assert path.read_text(encoding="utf-8") == "first\n"


def test_the_file_starts_afresh_past_its_cap_keeping_backups(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    handler = CappedFileHandler(path, max_bytes=100, backups=2)
    logger = _logger(handler, "imwu.test.cap")
    for number in range(40):
        logger.info("line %02d %s", number, "x" * 20)
    handler.close()
    assert path.stat().st_size <= 100 + 40
    assert (tmp_path / "app.log.1").exists() and (tmp_path / "app.log.2").exists()
    assert not (tmp_path / "app.log.3").exists()
    assert "line 39" in path.read_text(encoding="utf-8")  # the newest record is kept


def test_an_oversized_file_from_a_previous_run_is_rotated_first(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    path.write_text("old\n" * 100, encoding="utf-8")
    handler = CappedFileHandler(path, max_bytes=100)
    _logger(handler, "imwu.test.previous").info("new run")
    handler.close()
    assert path.read_text(encoding="utf-8") == "new run\n"
    assert (tmp_path / "app.log.1").read_text(encoding="utf-8").startswith("old")


def test_rotate_shifts_every_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.log"
    for name, text in (("a.log", "0"), ("a.log.1", "1"), ("a.log.2", "2")):
        (tmp_path / name).write_text(text)
    rotate(path, backups=3)
    assert [(tmp_path / f"a.log.{n}").read_text() for n in (1, 2, 3)] == ["0", "1", "2"]
    assert not path.exists()


def test_an_unwritable_log_folder_is_silent(tmp_path: Path, capsys: object) -> None:
    folder = tmp_path / "gone"
    handler = CappedFileHandler(folder / "app.log")  # folder missing: open fails at emit
    _logger(handler, "imwu.test.unwritable").info("lost")
    handler.close()
    assert "Logging error" not in capsys.readouterr().err  # type: ignore[attr-defined]
