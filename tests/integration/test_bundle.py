"""The app finds its parts wherever it runs from: a source checkout, an installed wheel and the
frozen PyInstaller bundle, whose self-test must pass (and must fail, with the reason, when a
part such as the keyring is missing)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from imwu_desktop import selftest
from imwu_desktop.resources import resources_dir

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # installers/ is a folder of the checkout, not of the package
    sys.path.insert(0, str(ROOT))

from installers import bundle_tools  # noqa: E402

REQUIRE_REAL = os.environ.get("IMWU_REQUIRE_REAL") == "1"


def _missing(reason: str) -> None:
    if REQUIRE_REAL:
        pytest.fail(f"required for the bundle tests (IMWU_REQUIRE_REAL=1): {reason}")
    pytest.skip(reason)


# --- source checkout and wheel ----------------------------------------------------------------

def test_resources_are_found_in_a_source_checkout() -> None:
    assert "IMWU_RESOURCES" not in os.environ
    assert resources_dir() == ROOT / "resources"


@pytest.mark.slow
def test_resources_are_found_from_an_installed_wheel(tmp_path: Path) -> None:
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                            str(wheels), str(ROOT)], capture_output=True, text=True,
                           timeout=300, check=False)
    if built.returncode != 0 and "Could not find a version" in built.stderr:
        _missing("pip cannot fetch the build backend (no package index)")
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("imwu_desktop-*.whl")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, timeout=120)
    env = {k: v for k, v in os.environ.items() if k != "IMWU_RESOURCES"}
    env["PYTHONPATH"] = str(target)
    probe = subprocess.run(
        [sys.executable, "-c",
         "import imwu_desktop, imwu_desktop.resources as r;"
         "print(imwu_desktop.__file__); print(r.resources_dir());"
         "print(r.resource_path('fonts', 'DejaVuSans.ttf').is_file())"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=True)
    package_file, found, font_ok = probe.stdout.splitlines()
    assert Path(package_file).is_relative_to(target)  # the wheel's copy, not the checkout
    assert Path(found) == target / "imwu_desktop" / "_resources"
    assert font_ok == "True"
    for sub in ("linux", "icons"):
        assert sorted(p.name for p in (Path(found) / sub).iterdir()) == \
            sorted(p.name for p in (ROOT / "resources" / sub).iterdir())


# --- the self-test in this process (source) ---------------------------------------------------

def test_self_test_names_each_failure_and_exits_1(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", broken)
    (broken / "data" / "codes.json").write_text("{not json", encoding="utf-8")
    for font in (broken / "fonts").glob("*.ttf"):
        font.write_bytes(b"<html>not a font</html>")
    monkeypatch.setenv("IMWU_RESOURCES", str(broken))
    resources_dir.cache_clear()
    try:
        code = selftest.run_self_test()
    finally:
        resources_dir.cache_clear()
    out = capsys.readouterr().out
    assert code == 1
    status = {name: state for state, name in re.findall(r"^(ok|FAIL)\s+([^:]+):", out, re.M)}
    assert set(status) == {name for name, _check in selftest.CHECKS}
    assert status["reference data"] == "FAIL" and status["fonts"] == "FAIL"
    assert status["QtPdf"] == "ok" and status["images"] == "ok"
    assert "Traceback" not in out
    assert re.search(r"^FAIL  fonts: DejaVuSans\S*\.ttf is not a TrueType font$", out, re.M)
    assert out.rstrip().endswith("problem(s))")


def test_tiny_pdf_is_a_pdf_that_pypdf_reads() -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(selftest.tiny_pdf("hello")))
    assert len(reader.pages) == 1 and "hello" in reader.pages[0].extract_text()


# --- the frozen bundle ------------------------------------------------------------------------

@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist/imwu-desktop, rebuilt when older than the code (one build per session at most)."""
    if not bundle_tools.pyinstaller_available():
        _missing("PyInstaller is not installed (pip install -e '.[bundle]')")
    return bundle_tools.ensure_bundle()


def _keyring_session() -> list[str]:
    """A command prefix giving a private D-Bus session with an unlocked gnome-keyring."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            _missing(f"{tool} is not installed")
    return ["dbus-run-session", "--", "sh", "-c",
            "echo -n selftest | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
            ' && exec "$@"', "sh"]


def _bundle_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"IMWU_RESOURCES", "PYTHONPATH", "DISPLAY"}}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


@pytest.mark.slow
def test_frozen_self_test_passes_offscreen(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run([*_keyring_session(), str(bundle), "--self-test"],
                            env=_bundle_env(tmp_path), capture_output=True, text=True,
                            timeout=120, check=False)
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert out.rstrip().endswith("self-test passed")
    checks = dict(re.findall(r"^(?:ok|FAIL)\s+([^:]+): (.*)$", out, re.M))
    assert set(checks) == {name for name, _ in selftest.CHECKS}
    assert Path(checks["resources"]) == bundle.parent / "_internal" / "resources"
    assert checks["keyring"].startswith("keyring.backends.SecretService")
    assert "libcupsprintersupport" in checks["Qt print support"]
    assert checks["passport reader"] == "MRZ character data for dejavu_mono, ocrb"
    assert "cover letter" in checks["sample letter"]


@pytest.mark.slow
def test_frozen_self_test_explains_a_missing_keyring(bundle: Path, tmp_path: Path) -> None:
    env = _bundle_env(tmp_path)
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    result = subprocess.run([str(bundle), "--self-test"], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 1
    failures = re.findall(r"^FAIL  (.*)$", result.stdout, re.M)
    assert len(failures) == 1 and failures[0].startswith("keyring: no usable OS keyring")
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.slow
def test_bundle_carries_only_the_qt_parts_it_uses(bundle: Path) -> None:
    qt = bundle.parent / "_internal" / "PySide6" / "Qt"
    platforms = sorted(p.name for p in (qt / "plugins" / "platforms").iterdir())
    assert platforms == ["libqoffscreen.so", "libqxcb.so"]
    assert (qt / "plugins" / "printsupport" / "libcupsprintersupport.so").is_file()
    image_formats = {p.name for p in (qt / "plugins" / "imageformats").iterdir()}
    assert {"libqjpeg.so", "libqsvg.so"} <= image_formats
    translations = {p.name for p in (qt / "translations").iterdir()}
    assert translations and all(re.fullmatch(r"qt(base)?_(en|fr)\.qm", n) for n in translations)
    internal = bundle.parent / "_internal"
    assert not list(internal.glob("libgtk-3*")) and not list(internal.glob("libpango-*"))
    # the French interface ships compiled, without its source (which would ask for lrelease)
    assert sorted(p.name for p in (internal / "resources" / "i18n").iterdir()) == \
        ["imwu_desktop_fr.qm"]


@pytest.mark.slow
def test_every_library_in_the_bundle_finds_its_dependencies(bundle: Path) -> None:
    ldd = shutil.which("ldd")
    if ldd is None:
        _missing("ldd is not available")
    internal = bundle.parent / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    broken = {}
    for library in sorted(internal.rglob("*.so*")):
        if library.is_symlink() or not library.is_file():
            continue
        out = subprocess.run([ldd, str(library)], env=env, capture_output=True, text=True,
                             timeout=30, check=False).stdout
        missing = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if missing:
            broken[str(library.relative_to(internal))] = missing
    assert broken == {}


@pytest.mark.slow
def test_committed_icons_match_their_svg_sources() -> None:
    from PIL import Image, ImageChops

    from installers.render_icons import ICONS_DIR, render_png, source_for

    for name in ("imwu-desktop", "imwu-case"):
        for size in (16, 48, 256):
            fresh = Image.open(io.BytesIO(render_png(source_for(name, size), size)))
            with Image.open(ICONS_DIR / f"{name}-{size}.png") as committed:
                diff = ImageChops.difference(fresh.convert("RGBA"), committed.convert("RGBA"))
                assert max(band[1] for band in diff.getextrema()) <= 8, \
                    f"{name}-{size}.png is out of date: run installers/render_icons.py"
