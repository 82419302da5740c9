"""Files that are not good case files are refused quickly, plainly, and left untouched.

Each bad file is exported through the real command line: one sentence on stderr, exit 1,
no traceback, the file's bytes unchanged and nothing new anywhere on disk.
"""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from imwu_desktop.cli import run
from imwu_desktop.domain.case import Case
from imwu_desktop.domain.case_json import case_to_dict
from imwu_desktop.services.casefile import (
    CaseFileError,
    DamagedCaseFile,
    NewerCaseFile,
    NotACaseFile,
    TooLargeCaseFile,
    open_case,
)

GIB = 1024 * 1024 * 1024
SHA = "ab" * 32


def case_json(**changes: object) -> bytes:
    data = case_to_dict(Case())
    data.update(changes)
    return json.dumps(data).encode()


def zip_of(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def raw_zip(entries: list[tuple[str, bytes, int, int, int]], flags: int = 0) -> bytes:
    """A ZIP built byte by byte: (name, stored data, crc, declared size, method) per member.

    zipfile would refuse to write the lies a tampered file can tell; this does not.
    """
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, crc, size, method in entries:
        encoded = name.encode("utf-8")
        offset = out.tell()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, flags, method, 0, 0x21, crc,
                              len(data), size, len(encoded), 0) + encoded + data)
        central.write(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, flags, method, 0,
                                  0x21, crc, len(data), size, len(encoded), 0, 0, 0, 0, 0,
                                  offset) + encoded)
    start = out.tell()
    out.write(central.getvalue())
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries),
                          len(central.getvalue()), start, 0))
    return out.getvalue()


def deflated_zeros(size: int) -> tuple[bytes, int]:
    """Raw deflate data that inflates to ``size`` zero bytes, and its CRC, made without ever
    holding (or writing) those bytes: a fully flushed deflate block repeats exactly."""
    mib = bytes(1024 * 1024)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(mib) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size // len(mib)):
        crc = zlib.crc32(mib, crc)
    return block * (size // len(mib)) + packer.flush(), crc


def gigabyte_member(name: str, declared: int) -> bytes:
    data, crc = deflated_zeros(GIB)
    good = case_json()
    entries = [] if name == "case.json" else [
        ("case.json", good, zlib.crc32(good), len(good), zipfile.ZIP_STORED)]
    entries.append((name, data, crc, declared, zipfile.ZIP_DEFLATED))
    return raw_zip(entries)


def stored(name: str, data: bytes) -> tuple[str, bytes, int, int, int]:
    return (name, data, zlib.crc32(data), len(data), zipfile.ZIP_STORED)


def nested(depth: int) -> bytes:
    return b'{"format": "imwu-case", "version": 1, "x": ' + b"[" * depth + b"]" * depth + b"}"


BAD_FILES: dict[str, tuple[Callable[[], bytes], type[CaseFileError]]] = {
    "empty file": (lambda: b"", NotACaseFile),
    "random bytes": (lambda: os.urandom(4096), NotACaseFile),
    "pdf renamed": (lambda: b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n" * 50, NotACaseFile),
    "zip without case.json": (lambda: zip_of({"readme.txt": b"hello"}), NotACaseFile),
    "empty zip": (lambda: zip_of({}), NotACaseFile),
    "zip with only attachments": (lambda: zip_of({f"attachments/{SHA}": b"x"}), NotACaseFile),
    "invalid json": (lambda: zip_of({"case.json": b'{"format": "imwu-case", '}), DamagedCaseFile),
    "not utf-8": (lambda: zip_of({"case.json": b'{"a": "\xff\xfe"}'}), DamagedCaseFile),
    "json list": (lambda: zip_of({"case.json": b"[1, 2, 3]"}), DamagedCaseFile),
    "json wrong type": (lambda: zip_of({"case.json": case_json(worker="Claire")}),
                        DamagedCaseFile),
    "json unknown key": (lambda: zip_of({"case.json": case_json(password="x")}),
                         DamagedCaseFile),
    "json NaN": (lambda: zip_of({"case.json": case_json().replace(b"}", b', "n": NaN}', 1)}),
                 DamagedCaseFile),
    "newer version": (lambda: zip_of({"case.json": case_json(version=99)}), NewerCaseFile),
    "member ../x": (lambda: raw_zip([stored("case.json", case_json()), stored("../x", b"x")]),
                    DamagedCaseFile),
    "member /x": (lambda: raw_zip([stored("case.json", case_json()), stored("/x", b"x")]),
                  DamagedCaseFile),
    "member with backslash": (lambda: raw_zip([stored("case.json", case_json()),
                                               stored("attachments\\..\\..\\x", b"x")]),
                              DamagedCaseFile),
    "member attachments/../../x": (lambda: raw_zip([stored("case.json", case_json()),
                                                    stored("attachments/../../x", b"x")]),
                                   DamagedCaseFile),
    "member twice": (lambda: raw_zip([stored("case.json", case_json()),
                                      stored("case.json", case_json())]), DamagedCaseFile),
    "attachment inflating to 1 GB": (lambda: gigabyte_member(f"attachments/{SHA}", GIB),
                                     TooLargeCaseFile),
    "case.json inflating to 1 GB": (lambda: gigabyte_member("case.json", GIB), TooLargeCaseFile),
    "case.json inflating to 1 GB, header says 2 MB": (
        lambda: gigabyte_member("case.json", 2 * 1024 * 1024), DamagedCaseFile),
    "deeply nested json": (lambda: zip_of({"case.json": nested(200_000)}), DamagedCaseFile),
    "json nested 100 deep": (lambda: zip_of({"case.json": nested(100)}), DamagedCaseFile),
    "document without its file": (
        lambda: zip_of({"case.json": case_json(documents=[
            {"item": "cv", "sha256": SHA, "file_name": "cv.pdf", "size": 1}])}),
        DamagedCaseFile),
    "encrypted member": (lambda: raw_zip([stored("case.json", case_json())], flags=1),
                         DamagedCaseFile),
    "bzip2 member": (lambda: zip_of({"case.json": case_json()}, method=zipfile.ZIP_BZIP2),
                     DamagedCaseFile),
    "truncated directory": (lambda: zip_of({"case.json": case_json()})[:-10], DamagedCaseFile),
}


def snapshot(*folders: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() if p.is_file() else b"<dir>"
            for folder in folders for p in sorted(folder.rglob("*"))}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_is_refused_with_one_sentence(kind: str, tmp_path: Path,
                                               isolated_app_dirs: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    make, expected = BAD_FILES[kind]
    bad = tmp_path / "case.imwu"
    bad.write_bytes(make())
    homes = [isolated_app_dirs / name for name in ("config", "data", "cases")]
    before = snapshot(tmp_path, *homes)
    with pytest.raises(expected):
        open_case(bad).close()
    assert run(["export", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("imwu-desktop: “case.imwu” ") and err.endswith(".\n")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert snapshot(tmp_path, *homes) == before  # (the app's own log may have grown)


def test_zip_without_case_data_is_called_not_a_case_file(tmp_path: Path) -> None:
    bad = tmp_path / "c.imwu"
    bad.write_bytes(zip_of({"case.json.old": b"{}"}))
    with pytest.raises(NotACaseFile, match="ZIP archive without case data"):
        open_case(bad)
    bad.write_bytes(zip_of({"case.json": case_json(), "notes.txt": b"x"}))
    with pytest.raises(DamagedCaseFile, match=r"unexpected part 'notes\.txt'"):
        open_case(bad)


def test_damage_message_names_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "c.imwu"
    bad.write_bytes(zip_of({"case.json": case_json(worker={"date_of_birth": "14/03/1988"})}))
    with pytest.raises(DamagedCaseFile, match=r"worker\.date_of_birth"):
        open_case(bad)


def test_newer_version_says_to_update(tmp_path: Path) -> None:
    bad = tmp_path / "c.imwu"
    bad.write_bytes(zip_of({"case.json": case_json(version=7)}))
    with pytest.raises(NewerCaseFile, match="newer version of IMWU Desktop; update the app"):
        open_case(bad)


def test_missing_file_and_folder_are_plain_errors(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", str(tmp_path / "nowhere.imwu")]) == 1
    assert run(["export", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err
    assert "“nowhere.imwu” cannot be read" in err


@pytest.mark.timeout(60)
def test_real_command_prints_one_line_and_no_traceback(tmp_path: Path) -> None:
    """The installed entry point, in its own process (logging and all), for two bad files."""
    import subprocess
    import sys

    for name, data in (("bomb.imwu", gigabyte_member("case.json", GIB)),
                       ("nested.imwu", zip_of({"case.json": nested(200_000)}))):
        bad = tmp_path / name
        bad.write_bytes(data)
        done = subprocess.run([sys.executable, "-m", "imwu_desktop", "export", str(bad)],
                              capture_output=True, text=True, timeout=50)
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert done.stderr.startswith(f"imwu-desktop: “{name}” ")
        assert bad.read_bytes() == data
