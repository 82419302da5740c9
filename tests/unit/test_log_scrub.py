"""The log never holds passwords or personal data, whatever a module or a library logs.

Unit tests of the scrubbing patterns and the handler filter, then the real thing: the
`imwu-desktop` command line run with --debug on the contract case (import, check, export),
after which the log folder must not contain the worker's passport number, date of birth or
e-mail, nor the contact's e-mail.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from imwu_desktop.services import log_scrub
from imwu_desktop.services.log_scrub import REDACTED, ScrubFilter, scrub

CONTRACT = Path(__file__).parents[1] / "data" / "contract" / "case.json"
PASSPORT = "19AB12345"
BIRTH = "1988-03-14"
WORKER_EMAIL = "claire.dupont@example.fr"
CONTACT_EMAIL = "anne.tremblay@maplerobotics.example"
PASSWORD = "Crème brûlée 42 !"
MRZ_1 = "P<FRADUPONT<<CLAIRE<MARIE<<<<<<<<<<<<<<<<<<<<"
MRZ_2 = "19AB123458FRA8803149F2906015<<<<<<<<<<<<<<02"


@pytest.fixture(autouse=True)
def _no_remembered_values() -> Iterator[None]:
    log_scrub.forget_all()
    yield
    log_scrub.forget_all()


@pytest.mark.parametrize("text, secret", [
    (f"opened case of {WORKER_EMAIL}", WORKER_EMAIL),
    (f"contact <{CONTACT_EMAIL}> replied", CONTACT_EMAIL),
    (f"date_of_birth={BIRTH}", BIRTH),
    ("born 14/03/1988 in Lyon", "14/03/1988"),
    ("born 14 MAR 1988", "14 MAR 1988"),
    ("né le 14 mars 1988", "14 mars 1988"),
    (f"passport {PASSPORT} expires soon", PASSPORT),
    ("passport_number='X1234567'", "X1234567"),
    ("Passeport : 123456789", "123456789"),
    (f"token {PASSPORT}, country FR", PASSPORT),
    (f"MRZ read: {MRZ_1}", "DUPONT"),
    (f"MRZ read: {MRZ_2}", "8803149"),
    ("phone +1 416 555 0101", "416 555 0101"),
    ("call (514) 555-0199 today", "555-0199"),
], ids=lambda v: v[:24] if isinstance(v, str) else "")
def test_personal_values_are_redacted(text: str, secret: str) -> None:
    scrubbed = scrub(text)
    assert secret not in scrubbed
    assert REDACTED in scrubbed


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def test_smtp_auth_exchanges_are_redacted() -> None:
    user, secret = CONTACT_EMAIL.encode(), PASSWORD.encode("utf-8")
    plain = _b64(b"\0" + user + b"\0" + secret)
    lines = [f"send: 'AUTH PLAIN {plain}\\r\\n'", "reply: 334 VXNlcm5hbWU6",
             f"send: '{_b64(user)}\\r\\n'", f"send: '{_b64(secret)}\\r\\n'",
             f"AUTH LOGIN {_b64(user)}"]
    for line in lines:
        scrubbed = scrub(line)
        for blob in (plain, _b64(user), _b64(secret), "VXNlcm5hbWU6"):
            assert blob not in scrubbed, line
    assert scrub(f"AUTH PLAIN {plain}") == f"AUTH PLAIN {REDACTED}"


@pytest.mark.parametrize("password", ["Été?~secret 2026", "Pa55w?rd~~~", "my?pass>word1",
                                      "pass1234"])
def test_base64_with_slashes_or_padding_is_redacted_whole(password: str) -> None:
    blob = _b64(password.encode("utf-8"))
    scrubbed = scrub(f"send: '{blob}\\r\\n'")
    assert scrubbed == f"send: '{REDACTED}\\r\\n'"


@pytest.mark.parametrize("text", [
    "sending 3145728 bytes to 1 recipient(s) via 127.0.0.1:587",
    "message accepted: 250 2.0.0 Ok: queued as T3ST",
    "attachment 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 added",
    "building IMM5686 with code C63",
    "send failed: auth (phase auth, SMTPAuthenticationError)",
    "saved /tmp/imwu-case-x1/opened/case.imwu in 412 ms",
    "Python 3.12.3, PySide6 6.12.0",
])
def test_ordinary_lines_stay_readable(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize("run", ["a", "1", "A1", "1-", "a.", "a@", "<", "123456789 "])
def test_long_runs_are_scrubbed_in_linear_time(run: str) -> None:
    """A library logging a huge blob must not hang the app (no quadratic patterns)."""
    import time

    text = run * (100_000 // len(run))
    start = time.perf_counter()
    scrub(text)
    assert time.perf_counter() - start < 2.0


def test_remembered_values_are_redacted_exactly() -> None:
    log_scrub.remember("Claire Marie", "DUPONT", "ab", None, "")
    scrubbed = scrub("Worker Claire Marie DUPONT, label ab")
    assert "Claire" not in scrubbed and "DUPONT" not in scrubbed
    assert scrubbed.endswith("label ab")  # too-short values are not blanked everywhere
    log_scrub.forget_all()
    assert scrub("DUPONT") == "DUPONT"


def _logger_to(stream: io.StringIO) -> logging.Logger:
    logger = logging.getLogger("imwu_desktop.test_log_scrub")
    logger.handlers.clear()
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(ScrubFilter())
    logger.addHandler(handler)
    return logger


def test_filter_scrubs_arguments_and_tracebacks() -> None:
    out = io.StringIO()
    logger = _logger_to(out)
    logger.info("worker %s born %s passport %s", WORKER_EMAIL, BIRTH, PASSPORT)
    try:
        raise ValueError(f"bad passport number {PASSPORT} for {WORKER_EMAIL}")
    except ValueError:
        logger.exception("import failed for %s", BIRTH)
    logger.info("%s %s", "only one argument given")  # a broken call must still be logged
    text = out.getvalue()
    for secret in (WORKER_EMAIL, BIRTH, PASSPORT):
        assert secret not in text
    assert "ValueError: bad passport number" in text  # the traceback is kept, scrubbed
    assert "only one argument given" in text
    assert text.count(REDACTED) >= 6


SETUP_AND_LOG = """
import logging, sys
from imwu_desktop.services.logs import setup_logging
setup_logging(debug=True)
log = logging.getLogger("imwu_desktop.anything")
log.debug("worker %s born %s passport %s", *sys.argv[1:4])
try:
    raise RuntimeError("mrz " + sys.argv[4])
except RuntimeError:
    log.exception("reading failed")
"""


def _log_text(folder: Path) -> str:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files, f"nothing was logged in {folder}"
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)


def _env(log_dir: Path, home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"IMWU_LOG_DIR": str(log_dir), "IMWU_DATA_DIR": str(home / "data"),
                "IMWU_CONFIG_DIR": str(home / "config"), "IMWU_CASES_DIR": str(home / "cases")})
    return env


def test_the_rotating_log_and_debug_console_are_scrubbed(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    done = subprocess.run([sys.executable, "-c", SETUP_AND_LOG, WORKER_EMAIL, BIRTH, PASSPORT,
                           MRZ_2], env=_env(logs, tmp_path), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    for where, text in (("log file", _log_text(logs)), ("console", done.stderr)):
        assert "reading failed" in text and "RuntimeError: mrz" in text, where
        for secret in (WORKER_EMAIL, BIRTH, PASSPORT, MRZ_2):
            assert secret not in text, f"{secret} in the {where}"


def _make_documents(folder: Path) -> None:
    """Real, small files for every document the contract case names."""
    from PIL import Image
    from reportlab.pdfgen import canvas

    data = json.loads(CONTRACT.read_text(encoding="utf-8"))
    for doc in data["documents"]:
        path = folder / doc["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".jpg":
            Image.new("RGB", (600, 420), (200, 190, 170)).save(path, quality=80)
        else:
            pdf = canvas.Canvas(str(path))
            pdf.drawString(72, 720, f"{doc['item']} for the test case")
            pdf.save()


def test_cli_flow_with_debug_leaves_no_personal_data_in_the_log(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(CONTRACT, folder / "case.json")
    _make_documents(folder)
    logs, case = tmp_path / "logs", tmp_path / "dupont.imwu"
    env = _env(logs, tmp_path)
    outputs = []
    for args, codes in ((["import", str(folder / "case.json"), "--out", str(case)], (0,)),
                        (["check", str(case)], (0, 1, 2, 4)),
                        (["export", str(case)], (0,))):
        done = subprocess.run([sys.executable, "-m", "imwu_desktop", "--debug", *args],
                              env=env, capture_output=True, text=True, timeout=90)
        assert done.returncode in codes, (args, done.stderr)
        outputs.append(done)
    # The flow did work with the personal data (export prints it back)...
    assert PASSPORT in outputs[2].stdout and WORKER_EMAIL in outputs[2].stdout
    # ...but neither the log folder nor the debug console holds any of it.
    text = _log_text(logs) if any(logs.rglob("*")) else ""
    console = "\n".join(done.stderr for done in outputs)
    for secret in (PASSPORT, BIRTH, WORKER_EMAIL, CONTACT_EMAIL):
        assert secret not in text, f"{secret} found in the log folder"
        assert secret not in console, f"{secret} found in the --debug output"
    assert (logs / "imwu-desktop.log").exists()
