"""`imwu-desktop check`: imported cases give the right verdict, reasons, problems, exit code.

Each scenario in tests/data/cases/ is a patch over the contract's example case; the test
writes the patched JSON and its documents, imports it with `imwu-desktop import` and runs
`imwu-desktop check --json`, as a script would.
"""

from __future__ import annotations

import copy
import functools
import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from imwu_desktop.cli import run
from tests.data import generate_scans as scans

DATA = Path(__file__).parents[1] / "data"
CONTRACT = DATA / "contract" / "case.json"
SCENARIOS = sorted(p.stem for p in (DATA / "cases").glob("*.json"))
TODAY = "2026-11-25"


def _merge(base: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


@functools.cache
def small_document(suffix: str) -> bytes:
    """A real, small document: `check` reads and measures every attached file."""
    if suffix == ".pdf":
        return scans.text_pdf("Test document", paragraphs=1)
    out = io.BytesIO()
    Image.new("RGB", (600, 400), "white").save(out, "JPEG", dpi=(150, 150))
    return out.getvalue()


def write_case(folder: Path, patch: dict[str, Any], name: str = "case") -> Path:
    """The patched contract case as JSON with small document files beside it."""
    data = _merge(json.loads(CONTRACT.read_text(encoding="utf-8")), patch)
    for doc in data["documents"]:
        file = folder / doc["path"]
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(small_document(file.suffix))
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def import_case(folder: Path, patch: dict[str, Any], name: str = "case") -> Path:
    out = folder / f"{name}.imwu"
    assert run(["import", str(write_case(folder, patch, name)), "--out", str(out)]) == 0
    return out


def check_json(case_file: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = run(["check", str(case_file), "--json", "--today", TODAY])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_scenario(scenario: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = json.loads((DATA / "cases" / f"{scenario}.json").read_text(encoding="utf-8"))
    expect = spec["expect"]
    code, report = check_json(import_case(tmp_path, spec["patch"]), capsys)

    assert report["eligibility"]["verdict"] == expect["verdict"]
    assert [r["id"] for r in report["eligibility"]["reasons"]] == expect["reasons"]
    for reason in report["eligibility"]["reasons"]:
        assert reason["message"] and reason["way_forward"]
    for text in expect.get("reason_text", []):
        assert text in report["eligibility"]["reasons"][0]["message"]
    problems = {(p["step"], p["id"]) for p in report["problems"]}
    for step, problem_id in expect.get("problems", []):
        assert (step, problem_id) in problems
    if "ready" in expect:
        assert report["ready"] is expect["ready"]
        assert code == (0 if expect["ready"] else 1)
    assert report["ready"] is (code == 0)


def test_contract_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = check_json(import_case(tmp_path, {}), capsys)
    assert code == 1  # the contract case lacks the C63 documents
    assert set(report) >= {"ready", "eligibility", "problems", "size"}
    assert report["size"]["limit"] == 4_000_000
    assert 50_000 < report["size"]["bytes"] < 4_000_000  # letters + six small documents
    missing = [p for p in report["problems"] if p["id"] == "document_missing"]
    assert {p["item"] for p in missing} == {
        "corporate_relationship", "proof_of_employment_abroad", "specialized_knowledge_proof"}
    for problem in report["problems"]:
        assert problem["severity"] in ("error", "warning")
        assert set(problem) <= {"step", "field", "item", "id", "severity", "message"}


def test_retired_code_problem_names_the_replacements(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    _, report = check_json(import_case(tmp_path, {"exemption": {"code": "C12"}}), capsys)
    (problem,) = [p for p in report["problems"] if p["id"] == "retired_code"]
    assert problem["step"] == "exemption" and problem["field"] == "code"
    assert all(code in problem["message"] for code in ("C61", "C62", "C63"))


def test_passport_warning_is_on_the_worker_step(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    patch = {"worker": {"passport_expiry": "2028-06-01"}}
    _, report = check_json(import_case(tmp_path, patch), capsys)
    (problem,) = [p for p in report["problems"] if p["id"] == "passport_expires_before_job_end"]
    assert problem == {"step": "worker", "field": "passport_expiry",
                       "id": "passport_expires_before_job_end", "severity": "warning",
                       "message": problem["message"]}
    assert "2028-06-01" in problem["message"]


def test_human_output_lists_verdict_then_problems_by_step(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_file = import_case(tmp_path, {"worker": {"citizenship": "MX"}})
    capsys.readouterr()
    assert run(["check", str(case_file), "--today", TODAY]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Eligibility for an IMWU opinion: not eligible\n")
    assert "Mexico" in out and "What to do:" in out
    assert out.index("Eligibility: problems") < out.index("Documents: incomplete")
    assert "error [corporate_relationship]: Attach" in out
    assert "Not ready to send:" in out


def test_human_output_in_french_and_ready(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    spec = json.loads((DATA / "cases" / "fr_c63_eligible.json").read_text(encoding="utf-8"))
    case_file = import_case(tmp_path, {**spec["patch"], "language": "fr"})
    capsys.readouterr()
    assert run(["check", str(case_file), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Admissibilité à un avis de l'UMIT : admissible\n")
    assert "\nEmployeur: complet\n" in out
    assert out.rstrip().endswith("Prêt à envoyer.")


def test_missing_case_file_is_one_sentence(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", str(tmp_path / "nowhere.imwu")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("imwu-desktop: ") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_damaged_case_file_is_one_sentence(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.imwu"
    bad.write_bytes(b"this is not a zip file")
    assert run(["check", str(bad), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err
    assert len(captured.err.strip().splitlines()) == 1


def test_bad_today_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_file = import_case(tmp_path, {})
    assert run(["check", str(case_file), "--today", "25/11/2026"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
