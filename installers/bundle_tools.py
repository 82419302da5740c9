"""Find, check and (re)build the PyInstaller bundle: shared by the tests and the benchmark.

The bundle in dist/imwu-desktop/ is rebuilt when anything it is made from (the package, the
resources, the spec) is newer than it, so a test never runs an old bundle. A lock file keeps
two processes from building into dist/ at the same time.
"""

from __future__ import annotations

import fcntl
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installers" / "imwu-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE_DIR = DIST / "imwu-desktop"
EXECUTABLE = BUNDLE_DIR / ("imwu-desktop.exe" if sys.platform == "win32" else "imwu-desktop")
SOURCES = (ROOT / "imwu_desktop", ROOT / "resources", SPEC)
CONTRACT_CASE = ROOT / "tests" / "data" / "contract" / "case.json"
BUILD_TIMEOUT_S = 600


class BundleError(RuntimeError):
    """The bundle could not be built."""


def newest_source_mtime() -> float:
    newest = 0.0
    for source in SOURCES:
        files = [source] if source.is_file() else source.rglob("*")
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


def bundle_is_current() -> bool:
    return EXECUTABLE.exists() and EXECUTABLE.stat().st_mtime >= newest_source_mtime()


def pyinstaller_command() -> list[str]:
    return [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST),
            "--workpath", str(WORK), str(SPEC)]


def build_bundle() -> float:
    """Build dist/imwu-desktop; the seconds it took."""
    started = time.monotonic()
    result = subprocess.run(pyinstaller_command(), cwd=ROOT, capture_output=True, text=True,
                            timeout=BUILD_TIMEOUT_S, check=False)
    if result.returncode != 0 or not EXECUTABLE.exists():
        tail = "\n".join(result.stderr.splitlines()[-20:])
        raise BundleError(f"PyInstaller failed (exit {result.returncode}):\n{tail}")
    EXECUTABLE.touch()  # the build time, not the bootloader's copy time, marks freshness
    return time.monotonic() - started


def ensure_bundle() -> Path:
    """The bundle's executable, built first when missing or older than its sources."""
    DIST.mkdir(exist_ok=True)
    with open(DIST / ".imwu-bundle.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not bundle_is_current():
            build_bundle()
    return EXECUTABLE


def bundle_size_bytes(folder: Path = BUNDLE_DIR) -> int:
    """Bytes on disk of the files in the bundle (symbolic links counted once, as links)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            total += (Path(dirpath) / name).lstat().st_size
    return total


def pyinstaller_available() -> bool:
    return importlib.util.find_spec("PyInstaller") is not None


def make_sample_case(executable: Path, folder: Path, env: dict[str, str]) -> tuple[Path, str]:
    """A .imwu made by `executable import` from the contract example, with stand-in documents.

    Returns the case file and the worker's family name (which the window title shows).
    """
    from PIL import Image

    from imwu_desktop.selftest import tiny_pdf

    data = json.loads(CONTRACT_CASE.read_text(encoding="utf-8"))
    source = folder / "source"
    shutil.copytree(CONTRACT_CASE.parent, source, ignore=shutil.ignore_patterns("docs"))
    for document in data.get("documents", []):
        path = source / document["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() in {".jpg", ".jpeg"}:
            Image.new("RGB", (600, 400), "white").save(path, "JPEG")
        else:
            path.write_bytes(tiny_pdf(path.stem))
    case = folder / "Dupont request.imwu"
    made = subprocess.run([str(executable), "import", str(source / "case.json"), "--out",
                           str(case)], env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    if made.returncode != 0:
        raise BundleError(f"import of the sample case failed: {made.stderr.strip()}")
    return case, str(data["worker"]["family_name"])
