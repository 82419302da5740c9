"""`imwu-desktop import` and `export`: the contract example survives the round trip."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from imwu_desktop.cli import run

CONTRACT = Path(__file__).parent.parent / "data" / "contract" / "case.json"


def contract() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CONTRACT.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def contract_dir(tmp_path: Path) -> Path:
    """The contract example with the document files it names (random, distinct bytes)."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(CONTRACT, folder / "case.json")
    for doc in contract()["documents"]:
        file = folder / doc["path"]
        file.parent.mkdir(parents=True, exist_ok=True)
        head = b"\xff\xd8\xff\xe0" if file.suffix == ".jpg" else b"%PDF-1.7\n"
        file.write_bytes(head + os.urandom(3000 + len(doc["path"]) * 100))
    return folder


def assert_contains(actual: Any, expected: Any, where: str) -> None:
    """Every field of ``expected`` is in ``actual`` with the same value and JSON type."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        for key, value in expected.items():
            assert key in actual, f"{where}.{key} missing"
            assert_contains(actual[key], value, f"{where}.{key}")
    else:
        assert actual == expected and type(actual) is type(expected), where


def export(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert run(["export", str(path)]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_import_then_export_returns_every_contract_field(
        contract_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "maple.imwu"
    assert run(["import", str(contract_dir / "case.json"), "--out", str(out)]) == 0
    capsys.readouterr()
    exported = export(out, capsys)
    original = contract()
    for key, value in original.items():
        if key != "documents":
            assert_contains(exported[key], value, key)
    assert exported["status"] == {"state": "draft"}
    assert len(exported["documents"]) == len(original["documents"])
    for got, want in zip(exported["documents"], original["documents"], strict=True):
        file = contract_dir / want["path"]
        assert got["item"] == want["item"]
        assert got.get("label", "") == want.get("label", "")
        assert got["file_name"] == file.name
        assert got["size"] == file.stat().st_size
        assert got["sha256"] == hashlib.sha256(file.read_bytes()).hexdigest()


def test_missing_document_is_named_and_nothing_is_written(
        contract_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (contract_dir / "docs" / "cv.pdf").unlink()
    out = tmp_path / "c.imwu"
    assert run(["import", str(contract_dir / "case.json"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "“docs/cv.pdf” (documents[3]) was not found" in err and err.count("\n") == 1
    assert not out.exists()


def test_document_that_is_a_folder_is_refused(
        contract_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (contract_dir / "docs" / "cv.pdf").unlink()
    (contract_dir / "docs" / "cv.pdf").mkdir()
    assert run(["import", str(contract_dir / "case.json"), "--out", str(tmp_path / "c.imwu")]) == 1
    assert "“docs/cv.pdf” (documents[3]) is not a file" in capsys.readouterr().err


def test_document_outside_the_json_folder_is_fine(
        contract_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "shared-scans" / "passport.jpg"
    outside.parent.mkdir()
    outside.write_bytes(b"\xff\xd8\xff\xe0 scan")
    data = contract()
    data["documents"][0]["path"] = "../shared-scans/passport.jpg"
    (contract_dir / "case.json").write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "c.imwu"
    assert run(["import", str(contract_dir / "case.json"), "--out", str(out)]) == 0
    capsys.readouterr()
    passport = export(out, capsys)["documents"][0]
    assert passport["sha256"] == hashlib.sha256(outside.read_bytes()).hexdigest()


@pytest.mark.parametrize(("change", "named"), [
    (lambda d: d["worker"].update(shoe_size=42), "worker.shoe_size: unknown key"),
    (lambda d: d.update(color="blue"), "color: unknown key"),
    (lambda d: d["documents"][0].update(sha="x"), "documents[0].sha: unknown key"),
    (lambda d: d["job"].update(start="01/02/2027"), "job.start: expected a date"),
    (lambda d: d.update(version=12), "newer version of IMWU Desktop"),
])
def test_bad_json_is_refused_naming_the_key(
        change: Any, named: str, contract_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    data = contract()
    change(data)
    (contract_dir / "case.json").write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "c.imwu"
    assert run(["import", str(contract_dir / "case.json"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert named in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_not_json_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "case.json"
    src.write_text('{"format": "imwu-case",\n "version": 1,\n', encoding="utf-8")
    assert run(["import", str(src), "--out", str(tmp_path / "c.imwu")]) == 1
    assert "“case.json” cannot be imported: it is not valid JSON at line 3" in \
        capsys.readouterr().err


def test_existing_output_needs_force_and_force_replaces_atomically(
        contract_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.imwu"
    out.write_bytes(b"someone's earlier file")
    src = str(contract_dir / "case.json")
    assert run(["import", src, "--out", str(out)]) == 1
    assert "already exists; add --force" in capsys.readouterr().err
    assert out.read_bytes() == b"someone's earlier file"
    assert run(["import", src, "--out", str(out), "--force"]) == 0
    capsys.readouterr()
    assert export(out, capsys)["worker"]["family_name"] == "DUPONT"
    first = out.read_bytes()
    (contract_dir / "docs" / "offer.pdf").unlink()  # a failing import leaves the file alone
    assert run(["import", src, "--out", str(out), "--force"]) == 1
    assert out.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.imwu", "c.imwu.bak", "in"]
