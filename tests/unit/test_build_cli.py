"""`imwu-desktop build`: the request as it would be sent, written to a folder."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from imwu_desktop.cli import run
from tests.unit.test_check_cli import import_case, write_case


def _build(case_file: Path, out: Path, *extra: str) -> int:
    return run(["build", str(case_file), "--out", str(out), *extra])


def test_build_writes_the_request_and_its_files(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    case_file = import_case(tmp_path, {})
    before = case_file.read_bytes()
    out = tmp_path / "out"
    assert _build(case_file, out) == 0
    names = sorted(p.name for p in out.iterdir())
    assert "request.eml" in names and "summary.pdf" in names
    assert names[0].startswith("01-IMM5686-DUPONT") and names[1] == "02-cover-letter.pdf"
    message = email.message_from_bytes((out / "request.eml").read_bytes(),
                                       policy=email.policy.default)
    attached = [part.get_filename() for part in message.iter_attachments()]
    assert attached == sorted(n for n in names if n[:2].isdigit())
    assert "C63" in message["Subject"] and "DUPONT" in message["Subject"]
    assert message["To"] == "IRCC.IMWU-UMIT.IRCC@cic.gc.ca"
    assert message["From"].addresses[0].addr_spec == "anne.tremblay@maplerobotics.example"
    for name in names:
        assert (out / name).stat().st_mode & 0o077 == 0, f"{name} is readable by others"
    assert case_file.read_bytes() == before  # building never changes the case

    capsys.readouterr()
    run(["check", str(case_file), "--json"])
    size = json.loads(capsys.readouterr().out)["size"]["bytes"]
    # check measures the real message; only the Message-ID and Date differ between builds
    assert abs(size - (out / "request.eml").stat().st_size) <= 64


def test_build_names_the_recipient_and_sender_given(tmp_path: Path) -> None:
    case_file = import_case(tmp_path, {})
    out = tmp_path / "out"
    assert _build(case_file, out, "--to", "someone@example.org", "--from", "hr@example.org") == 0
    message = email.message_from_bytes((out / "request.eml").read_bytes(),
                                       policy=email.policy.default)
    assert message["To"] == "someone@example.org"
    assert "hr@example.org" in message["From"]


def test_an_unusable_document_stops_the_eml_with_a_reason(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    json_file = write_case(tmp_path, {})
    (tmp_path / "docs" / "cv.pdf").write_bytes(b"not a pdf")
    bad = tmp_path / "bad.imwu"
    assert run(["import", str(json_file), "--out", str(bad)]) == 0
    capsys.readouterr()
    out = tmp_path / "out"
    assert _build(bad, out) == 1
    err = capsys.readouterr().err
    assert "cv.pdf" in err and "request.eml was not written" in err
    assert "Traceback" not in err
    assert not (out / "request.eml").exists()


def test_out_must_be_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_file = import_case(tmp_path, {})
    file = tmp_path / "a-file"
    file.write_text("x")
    assert _build(case_file, file) == 1
    assert "give a folder" in capsys.readouterr().err
