"""`imwu-desktop --self-test`: checks that an installed or frozen app has all its parts.

Each check either returns a short detail or raises with the reason; the report prints one
line per check (`ok` or `FAIL`) and the exit code is 0 only when every check passed. The
checks touch the real parts (Qt plugins, the PDF engines, the keyring backend) because a
frozen bundle fails exactly there when a hook or a plugin was left out.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

Check = Callable[[], str]


class SelfTestError(Exception):
    """A check failed; the message is the reason shown to the user."""


# --- resources and data ----------------------------------------------------------------------

def _resources() -> str:
    from imwu_desktop.resources import resources_dir

    root = resources_dir()
    missing = [name for name in ("data", "fonts", "icons") if not (root / name).is_dir()]
    if missing:
        raise SelfTestError(f"{root} has no {', '.join(missing)} folder")
    return str(root)


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _data() -> str:
    """The reference data loads through its loaders (or, before they exist, as JSON)."""
    from imwu_desktop.resources import resource_path

    details: list[str] = []
    if _has_module("imwu_desktop.domain.catalogue"):
        from imwu_desktop.domain.catalogue import load_catalogue

        catalogue = load_catalogue()
        details.append(f"{len(catalogue.all())} exemption codes as of {catalogue.as_of}")
    if _has_module("imwu_desktop.domain.countries"):
        from imwu_desktop.domain.countries import load_countries

        countries = load_countries()
        details.append(f"{len(countries.all())} countries as of {countries.as_of}")
    files = sorted(resource_path("data").glob("*.json"))
    if not files:
        raise SelfTestError(f"no reference data files in {resource_path('data')}")
    for path in files:
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise SelfTestError(f"{path.name} cannot be read ({exc})") from exc
    details.append(f"{len(files)} data files")
    return ", ".join(details)


_FONT_MAGIC = (b"\x00\x01\x00\x00", b"true", b"OTTO")


def _fonts() -> str:
    from imwu_desktop.resources import resource_path

    fonts = sorted(resource_path("fonts").glob("*.ttf"))
    if not fonts:
        raise SelfTestError(f"no fonts in {resource_path('fonts')}")
    for path in fonts:
        with path.open("rb") as handle:
            if handle.read(4) not in _FONT_MAGIC:
                raise SelfTestError(f"{path.name} is not a TrueType font")
    return ", ".join(path.stem for path in fonts)


# --- Qt ----------------------------------------------------------------------------------------

def _qt_app() -> Any:
    """The QApplication (offscreen unless the caller chose a platform: no window opens)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["imwu-desktop", "--self-test"])


def _native_platform_plugin() -> str:
    if sys.platform == "win32":
        return "qwindows"
    if sys.platform == "darwin":
        return "qcocoa"
    return "qxcb"


def _load_plugin(kind: str, stem: str) -> str:
    """Load a Qt plugin library (with its dependencies) without using it; its file name."""
    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / kind
    libraries = {".so", ".dll", ".dylib"}
    candidates = sorted(p for p in folder.glob(f"*{stem}*") if p.suffix in libraries)
    if not candidates:
        raise SelfTestError(f"the Qt plugin {kind}/{stem} is missing from {folder}")
    loader = QPluginLoader(str(candidates[0]))
    if not loader.load():
        raise SelfTestError(f"the Qt plugin {candidates[0].name} does not load: "
                            f"{loader.errorString()}")
    return candidates[0].name


def _qt_platform() -> str:
    app = _qt_app()
    native = _load_plugin("platforms", _native_platform_plugin())
    return f"running on {app.platformName()}; {native} loads"


def _print_support() -> str:
    _qt_app()
    from PySide6.QtPrintSupport import QPrinterInfo

    detail = ""
    if sys.platform.startswith("linux"):
        detail = f"; {_load_plugin('printsupport', 'cups')} loads"
    names = QPrinterInfo.availablePrinterNames()
    default = QPrinterInfo.defaultPrinterName() or "none"
    return f"{len(names)} printer(s), default {default}{detail}"


def tiny_pdf(text: str = "IMWU Desktop self-test") -> bytes:
    """A one-page PDF written by hand, so the QtPdf check does not depend on reportlab."""
    content = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def _translations() -> str:
    """The French interface: our catalogue and Qt's own (dialog buttons) both load."""
    _qt_app()
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from imwu_desktop.resources import resource_path

    folder = resource_path("i18n")
    ours = sorted(folder.glob("*_fr.qm"))
    if not ours:
        if not getattr(sys, "frozen", False) and any(folder.glob("*_fr.ts")):
            return "French catalogue not compiled yet (the app compiles it at first start)"
        raise SelfTestError(f"the French interface (a *_fr.qm file) is missing from {folder}")
    for path in ours:
        translator = QTranslator()
        if not translator.load(str(path)) or translator.isEmpty():
            raise SelfTestError(f"{path.name} does not load")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_french = QTranslator()
    if not qt_french.load("qtbase_fr", qt_folder):
        raise SelfTestError(f"Qt's French translation (qtbase_fr.qm) is missing from {qt_folder}")
    return f"{', '.join(p.name for p in ours)} and qtbase_fr.qm load"


def _qt_pdf() -> str:
    _qt_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(tiny_pdf())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() != 1:
        raise SelfTestError(f"QPdfDocument could not read a one-page PDF ({document.error()})")
    image = document.render(0, QSize(120, 160))
    if image.isNull():
        raise SelfTestError("QPdfDocument read the PDF but could not render its page")
    document.close()
    return "QPdfDocument reads and renders a page"


# --- engines the services use -------------------------------------------------------------------

def _images() -> str:
    from PIL import Image
    from PIL import __version__ as pillow_version

    buffer = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 30, 30)).save(buffer, "JPEG", quality=80)
    buffer.seek(0)
    with Image.open(buffer) as image:
        image.load()
    import pillow_heif

    return f"Pillow {pillow_version} (JPEG), pillow-heif {pillow_heif.__version__}"


def _passport_reader() -> str:
    from imwu_desktop.services.passport_ocr import ocr_available
    from imwu_desktop.services.passport_ocr.classify import template_families

    available, why = ocr_available()
    if not available:
        raise SelfTestError(why)
    return f"MRZ character data for {', '.join(sorted(template_families()))}"


#: backends that cannot keep a password safely: none at all, or a file next to the user's data
_UNSAFE_BACKENDS = ("keyring.backends.fail.", "keyring.backends.null.", "keyrings.alt.")


def keyring_backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _keyring() -> str:
    import keyring
    from keyring.backend import get_all_keyring

    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    names = ([keyring_backend_name(b) for b in chained] if chained is not None
             else [keyring_backend_name(backend)])
    safe = [name for name in names if not name.startswith(_UNSAFE_BACKENDS)]
    if not safe:
        found = ", ".join(sorted(keyring_backend_name(b) for b in get_all_keyring())) or "none"
        raise SelfTestError(f"no usable OS keyring (selected: {', '.join(names) or 'none'}; "
                            f"available: {found}); passwords could not be saved")
    return ", ".join(safe)


def _sample_letter() -> str:
    with tempfile.TemporaryDirectory(prefix="imwu-selftest-") as tmp:
        target = Path(tmp) / "sample-letter.pdf"
        if _has_module("imwu_desktop.services.letters.cover_letter"):
            how = _letter_from_service(target)
        else:
            how = _letter_from_reportlab(target)
        data = target.read_bytes()
        if not data.startswith(b"%PDF"):
            raise SelfTestError("the sample letter is not a PDF")
        from pypdf import PdfReader

        pages = len(PdfReader(io.BytesIO(data)).pages)
        return f"{how}: {pages} page(s), {len(data)} bytes"


def _letter_from_service(target: Path) -> str:
    from imwu_desktop.domain.case import Case
    from imwu_desktop.services.letters.cover_letter import build_cover_letter

    case = Case()
    case.employer.legal_name = "Érablière Test Inc."
    case.contact.name = "Marie Tremblay"
    case.worker.family_name = "Müller"
    case.worker.given_names = "Łukasz"
    case.job.title = "Installation technician"
    case.exemption.code = "T24"
    case.exemption.explanation = "Self-test letter."
    build_cover_letter(case, target, [("Passport", 1)])
    return "cover letter"


def _letter_from_reportlab(target: Path) -> str:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from imwu_desktop.resources import resource_path

    pdfmetrics.registerFont(TTFont("SelfTestSans", str(resource_path("fonts", "DejaVuSans.ttf"))))
    canvas = Canvas(str(target), pagesize=letter)
    canvas.setFont("SelfTestSans", 12)
    canvas.drawString(72, 720, "IMWU Desktop – Érablière, Łukasz Müller")
    canvas.save()
    return "reportlab letter"


CHECKS: list[tuple[str, Check]] = [
    ("resources", _resources),
    ("reference data", _data),
    ("fonts", _fonts),
    ("Qt platform", _qt_platform),
    ("Qt print support", _print_support),
    ("translations", _translations),
    ("QtPdf", _qt_pdf),
    ("images", _images),
    ("passport reader", _passport_reader),
    ("keyring", _keyring),
    ("sample letter", _sample_letter),
]


def run_self_test() -> int:
    """Run every check, print one line each, return 0 when all passed, else 1."""
    lines: list[str] = []
    failed = 0
    for name, check in CHECKS:
        try:
            lines.append(_say(f"ok    {name}: {check()}"))
        except Exception as exc:  # each failure is reported with its reason, never a traceback
            failed += 1
            lines.append(_say(f"FAIL  {name}: {exc or type(exc).__name__}"))
    lines.append(_say("self-test passed" if not failed
                      else f"self-test failed ({failed} problem(s))"))
    if sys.stdout is None:  # a windowed Windows build has no console: keep the report in a file
        _write_report(lines)
    return 0 if not failed else 1


def _say(line: str) -> str:
    if sys.stdout is not None:
        print(line, flush=True)
    return line


def _write_report(lines: list[str]) -> None:
    from imwu_desktop.services.paths import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "self-test.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError:
        pass  # nowhere to report to; the exit code still tells
