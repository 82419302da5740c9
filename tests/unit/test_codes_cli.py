"""`imwu-desktop codes` as a script or a person runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from imwu_desktop.cli import run
from imwu_desktop.domain.catalogue import load_catalogue

REPO = Path(__file__).resolve().parents[2]


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(["codes", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_the_whole_catalogue_through_the_real_command() -> None:
    exe = REPO / ".venv" / "bin" / "imwu-desktop"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "imwu_desktop"]
    result = subprocess.run([*command, "codes", "--json"], capture_output=True, text=True,
                            timeout=60, check=False, cwd=REPO, env=os.environ.copy())
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert len(entries) >= 60
    for entry in entries:
        for key in ("code", "name", "name_fr", "basis", "description", "documents",
                    "portal_and_fee", "open_permit"):
            assert key in entry, f"{entry.get('code')}: {key}"
        assert entry["description"].strip()


def test_json_search_returns_only_matches(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "francophone", "--json")
    assert code == 0
    assert [e["code"] for e in json.loads(out)] == ["C16"]


def test_one_code_is_shown_in_full(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "c63")
    assert code == 0
    assert out.startswith("C63 – Intra-company transferees – specialized knowledge")
    assert "R205(a)" in out
    assert "corporate_relationship (required)" in out
    assert "Formerly: C12" in out


def test_french_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--lang", "fr", "R186(g)")
    assert code == 0
    assert out.startswith("R186(g) – Artistes de spectacle")
    assert "Fondement juridique : R186(g)" in out


def test_a_retired_code_names_its_replacements(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "C12")
    assert code == 0
    assert "C12 is no longer used" in out
    for replacement in ("C61", "C62", "C63"):
        assert f"\n{replacement} " in out
    code, out, err = run_cli(capsys, "C12", "--json")
    assert code == 0
    assert [e["code"] for e in json.loads(out)] == ["C61", "C62", "C63"]
    assert "C12 is no longer used" in err


def test_search_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "artist")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Code", "Fit", "Name"]
    assert any(line.startswith("R186(g) ") for line in lines)
    assert any(line.startswith("C23 ") for line in lines)


def test_listing_without_text_shows_every_code(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys)
    assert code == 0
    assert f"\n{len(load_catalogue().all())} codes (catalogue" in out
    assert "\nPP-GSS " in out


def test_no_match_is_one_plain_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "qwertyuiop")
    assert code == 1
    assert out == ""
    assert err.strip() == ("imwu-desktop: No exemption code matches 'qwertyuiop'; run "
                           "'imwu-desktop codes' to see them all.")
    assert "Traceback" not in err


def test_a_damaged_data_file_is_reported_without_a_traceback(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from imwu_desktop.domain import catalogue as catalogue_module
    from imwu_desktop.resources import resources_dir

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "codes.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("IMWU_RESOURCES", str(tmp_path))
    resources_dir.cache_clear()
    catalogue_module.load_catalogue.cache_clear()
    try:
        code, _, err = run_cli(capsys, "C63")
    finally:
        monkeypatch.delenv("IMWU_RESOURCES")
        resources_dir.cache_clear()
        catalogue_module.load_catalogue.cache_clear()
    assert code == 1
    assert "codes.json cannot be read" in err
    assert "reinstall" in err


def test_a_reader_that_stops_early_is_not_an_error() -> None:
    exe = REPO / ".venv" / "bin" / "imwu-desktop"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "imwu_desktop"]
    with subprocess.Popen([*command, "codes", "--json"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, cwd=REPO) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(100)
        process.stdout.close()
        err = process.stderr.read().decode()
        assert process.wait(timeout=60) == 0
    assert "error" not in err.lower()
