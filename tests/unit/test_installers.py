"""The installers' settings, read the way each platform reads them, and the Linux scripts run
for real in a temporary home (a fake bundle stands in for PyInstaller's output)."""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import shutil
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from imwu_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # installers/ is a folder of the checkout, not of the package
    sys.path.insert(0, str(ROOT))

from installers.bundle_filter import keep, prune_orphan_libraries  # noqa: E402

INSTALLERS = ROOT / "installers"
RESOURCES = ROOT / "resources"
LINUX = RESOURCES / "linux"
ICONS = RESOURCES / "icons"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / "imwu-desktop-mime.xml"
MIME_TYPE = "application/x-imwu-case"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


# --- the bundle filter (the spec's choice of files, for every platform) ---------------------

@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6\\plugins\\printsupport\\windowsprintersupport.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6\\translations\\qt_en.qm",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "resources/i18n/imwu_desktop_fr.qm",
    "resources/icons/imwu-case.ico",
])
def test_bundle_filter_keeps_what_the_app_uses_on_each_platform(dest: str) -> None:
    assert keep((dest, "src", "BINARY"))


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6\\plugins\\platforms\\qminimal.dll",
    "PySide6\\plugins\\sqldrivers\\qsqlite.dll",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/assistant_fr.qm",
    "PySide6/Qt/lib/libQt6WlShellIntegration.so.6",
    "libgtk-3.so.0",
    "resources/i18n/imwu_desktop_fr.ts",
])
def test_bundle_filter_drops_what_the_app_never_loads(dest: str) -> None:
    assert not keep((dest, "src", "BINARY"))


def test_orphan_libraries_are_pruned_and_needed_ones_kept() -> None:
    needs = {"src/libqxcb.so": ["libxcb.so.1", "libQt6Gui.so.6"],
             "src/libxcb.so.1": ["libXau.so.6"], "src/libgtk.so": ["libpango.so"]}
    entries = [("PySide6/Qt/plugins/platforms/libqxcb.so", "src/libqxcb.so", "BINARY"),
               ("libxcb.so.1", "src/libxcb.so.1", "BINARY"),
               ("libXau.so.6", "src/libXau.so.6", "BINARY"),  # needed by a needed library
               ("libpango.so", "src/libpango.so", "BINARY"),  # only the dropped GTK needed it
               ("libpython3.11.so.1.0", "src/libpython", "BINARY"),  # loaded by the bootloader
               ("_cffi_backend.so", "src/_cffi_backend.so", "EXTENSION")]
    kept = prune_orphan_libraries(entries, lambda path: needs.get(path, []))
    assert [entry[0] for entry in kept] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so", "libxcb.so.1", "libXau.so.6",
        "libpython3.11.so.1.0", "_cffi_backend.so"]


# --- Windows: Inno Setup --------------------------------------------------------------------

def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    text = (INSTALLERS / "windows" / "imwu-desktop.iss").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _iss_entries(section: str) -> list[dict[str, str]]:
    """Entries like `Root: HKCU; Subkey: "..."; ...` as dicts (quotes removed)."""
    entries = []
    for line in _iss_sections()[section]:
        fields = {}
        for part in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
            key, value = part
            value = value.strip()
            if value.startswith('"') and value.endswith('"'):
                value = value[1:-1].replace('""', '"')
            fields[key] = value
        entries.append(fields)
    return entries


def test_inno_setup_installs_per_user_without_admin_rights() -> None:
    setup = dict(line.split("=", 1) for line in _iss_sections()["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no way to escalate to all users
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs when lowest
    assert setup["ChangesAssociations"] == "yes"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert (INSTALLERS / "windows" / setup["SetupIconFile"].replace("\\", "/")).resolve().is_file()


def test_inno_setup_packs_the_whole_bundle_and_adds_a_start_menu_entry() -> None:
    text = (INSTALLERS / "windows" / "imwu-desktop.iss").read_text(encoding="utf-8")
    bundle_dir = re.search(r'#define BundleDir "([^"]+)"', text).group(1)  # type: ignore[union-attr]
    packed = (INSTALLERS / "windows" / bundle_dir.replace("\\", "/")).resolve()
    assert packed == ROOT / "dist" / "imwu-desktop"
    files = _iss_entries("Files")
    assert any(f["Source"] == "{#BundleDir}\\*" and "recursesubdirs" in f["Flags"] for f in files)
    icons = _iss_entries("Icons")
    assert any(i["Name"].startswith("{autoprograms}\\") and i["Filename"] == "{app}\\{#AppExe}"
               for i in icons)


def test_inno_setup_associates_imwu_files_in_hkcu_with_the_case_icon() -> None:
    registry = _iss_entries("Registry")
    assert registry and all(entry["Root"] == "HKCU" for entry in registry)  # never HKLM
    by_key = {(e["Subkey"], e["ValueName"]): e for e in registry}
    extension = by_key[("Software\\Classes\\.imwu", "")]
    assert extension["ValueData"] == "{#ProgId}"
    for entry in registry:  # uninstall leaves nothing of ours behind
        if entry["Subkey"].startswith("Software\\Classes\\.imwu"):
            assert {"uninsdeletevalue", "uninsdeletekeyifempty"} <= set(entry["Flags"].split())
        else:
            assert "uninsdeletekey" in entry.get("Flags", "") or any(
                entry["Subkey"].startswith(other["Subkey"] + "\\") for other in registry
                if "uninsdeletekey" in other.get("Flags", ""))
    assert by_key[("Software\\Classes\\.imwu", "Content Type")]["ValueData"] == MIME_TYPE
    progid = by_key[("Software\\Classes\\{#ProgId}", "")]
    assert "uninsdeletekey" in progid["Flags"]  # uninstall removes the whole type
    command = by_key[("Software\\Classes\\{#ProgId}\\shell\\open\\command", "")]["ValueData"]
    assert command == '"{app}\\{#AppExe}" "%1"'
    icon = by_key[("Software\\Classes\\{#ProgId}\\DefaultIcon", "")]["ValueData"]
    icon_path, index = icon.rsplit(",", 1)
    assert index == "0"
    # {app}\_internal\resources\... is where PyInstaller puts resources/ in the bundle
    inside = icon_path.removeprefix("{app}\\_internal\\").replace("\\", "/")
    assert (ROOT / inside).is_file() and inside.endswith(".ico")


# --- macOS: Info.plist ----------------------------------------------------------------------

def test_info_plist_declares_the_imwu_document_type() -> None:
    with (INSTALLERS / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["NSHighResolutionCapable"] is True
    assert tuple(int(n) for n in plist["LSMinimumSystemVersion"].split(".")) >= (11, 0)
    assert plist["CFBundleShortVersionString"] == __version__
    exported = {t["UTTypeIdentifier"]: t for t in plist["UTExportedTypeDeclarations"]}
    document = plist["CFBundleDocumentTypes"][0]
    (content_type,) = document["LSItemContentTypes"]
    declared = exported[content_type]
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["imwu"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    assert document["CFBundleTypeRole"] == "Editor" and document["LSHandlerRank"] == "Owner"
    for icon in (plist["CFBundleIconFile"], document["CFBundleTypeIconFile"],
                 declared["UTTypeIconFile"]):
        assert (ICONS / icon).is_file()


def test_dmg_script_signs_before_packing_and_notarises_when_asked() -> None:
    script = (INSTALLERS / "macos" / "make-dmg.sh").read_text(encoding="utf-8")
    sign_app = script.index("--options runtime")
    assert sign_app < script.index("hdiutil create") < script.index("notarytool submit")
    assert script.index("imwu-case.icns") < sign_app  # no change after signing
    assert "stapler staple" in script
    assert (INSTALLERS / "macos" / "SIGNING.md").is_file()


# --- Linux: desktop entry, MIME type, AppStream ------------------------------------------------

def _desktop_entry(path: Path = DESKTOP_FILE) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_imwu_files() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "imwu-desktop %f"
    assert entry["MimeType"].split(";")[:1] == [MIME_TYPE]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_desktop_entry_passes_desktop_file_validate() -> None:
    tool = _tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_mime_type_is_recognised_by_its_glob_not_by_zip_magic() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(MIME_XML).getroot().find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.imwu"]
    assert mime.find("m:magic", ns) is None  # ZIP magic would claim every .docx and .odt
    assert {c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in
            mime.findall("m:comment", ns)} == {None, "fr"}


def test_metainfo_passes_appstreamcli_and_names_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    tool = _tool("appstreamcli")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# --- icons ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["imwu-desktop", "imwu-case"])
def test_icons_exist_at_every_size_and_are_drawn(name: str) -> None:
    assert ET.parse(ICONS / f"{name}.svg").getroot().tag.endswith("svg")
    for size in PNG_SIZES:
        with Image.open(ICONS / f"{name}-{size}.png") as image:
            assert image.size == (size, size)
            opaque = sum(image.convert("RGBA").getchannel("A").histogram()[129:])
            covered = opaque / (size * size)
            assert 0.4 < covered < 1.0, f"{name}-{size}.png covers {covered:.0%}"
            colours = image.convert("RGB").getcolors(maxcolors=size * size)
            assert colours is None or len(colours) > 3  # a picture, not a flat square


@pytest.mark.parametrize("name", ["imwu-desktop", "imwu-case"])
def test_ico_and_icns_carry_the_sizes_windows_and_macos_use(name: str) -> None:
    with Image.open(ICONS / f"{name}.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / f"{name}.icns") as icns:
        assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (512, 512, 2)} <= set(icns.info["sizes"])


# --- Linux: the install, uninstall and tarball scripts, run for real ------------------------

@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """A folder shaped like PyInstaller's output whose program only reports how it was run."""
    bundle = tmp_path / "bundle" / "imwu-desktop"
    internal = bundle / "_internal" / "resources"
    internal.mkdir(parents=True)
    shutil.copytree(LINUX, internal / "linux")
    shutil.copytree(ICONS, internal / "icons")
    program = bundle / "imwu-desktop"
    program.write_text(f'#!/bin/sh\n[ "$1" = --version ] && {{ echo "IMWU Desktop {__version__}"; '
                       'exit 0; }\necho "ran with: $*"\n', encoding="utf-8")
    program.chmod(0o755)
    return bundle


def _user_env(tmp_path: Path, home_name: str = "home") -> dict[str, str]:
    home = tmp_path / home_name
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("XDG_") and key != "PREFIX"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_DIRS=f"{home}/.local/share:/usr/share")
    return env


def _run(script: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sh", str(INSTALLERS / "linux" / script), *args], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def test_install_sh_installs_for_the_user_only(tmp_path: Path, fake_bundle: Path) -> None:
    env = _user_env(tmp_path, "home with space")
    home = Path(env["HOME"])
    result = _run("install.sh", env, str(fake_bundle))
    assert result.returncode == 0, result.stderr
    share = home / ".local/share"
    launcher = home / ".local/bin/imwu-desktop"
    assert (home / ".local/lib/imwu-desktop/imwu-desktop").is_file()
    run = subprocess.run([str(launcher), "case one.imwu"], capture_output=True, text=True,
                         check=True)
    assert run.stdout.strip() == "ran with: case one.imwu"
    installed = share / "applications" / DESKTOP_FILE.name
    entry = _desktop_entry(installed)
    assert entry["Exec"] == f'"{launcher}" %f'  # absolute and quoted: ~/.local/bin may be off PATH
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True,
                               text=True, check=False)
        assert check.returncode == 0, check.stdout
    assert (share / "mime/packages/imwu-desktop-mime.xml").is_file()
    assert (share / f"metainfo/{APP_ID}.metainfo.xml").is_file()
    for size in PNG_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
        assert (share / f"icons/hicolor/{size}x{size}/mimetypes/application-x-imwu-case.png"
                ).is_file()
    assert (share / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    outside = [p for p in tmp_path.rglob("*") if not p.is_relative_to(home)
               and not p.is_relative_to(fake_bundle.parent)]
    assert outside == []


def test_installed_type_and_default_app_resolve_with_the_desktop_tools(
        tmp_path: Path, fake_bundle: Path) -> None:
    gio = _tool("gio")
    _tool("update-mime-database")
    env = _user_env(tmp_path)
    assert _run("install.sh", env, str(fake_bundle)).returncode == 0
    case = Path(env["HOME"]) / "Claire.imwu"
    with zipfile.ZipFile(case, "w") as archive:  # a ZIP: only the glob can say it is ours
        archive.writestr("case.json", "{}")
    info = subprocess.run([gio, "info", "-a", "standard::content-type", str(case)], env=env,
                          capture_output=True, text=True, check=True)
    assert f"standard::content-type: {MIME_TYPE}" in info.stdout
    if shutil.which("xdg-mime"):  # (xdg-mime itself fails on a home with a space in it)
        default = subprocess.run(["xdg-mime", "query", "default", MIME_TYPE], env=env,
                                 capture_output=True, text=True, check=True)
        assert default.stdout.strip() == DESKTOP_FILE.name


def test_uninstall_sh_removes_the_app_and_keeps_the_users_files(
        tmp_path: Path, fake_bundle: Path) -> None:
    env = _user_env(tmp_path)
    home = Path(env["HOME"])
    assert _run("install.sh", env, str(fake_bundle)).returncode == 0
    mimeapps = home / ".config/mimeapps.list"
    keep_lines = "text/plain=org.example.Editor.desktop\n"
    mimeapps.write_text(mimeapps.read_text(encoding="utf-8") + keep_lines, encoding="utf-8")
    user_files = [home / ".local/share/IMWU Desktop/recovery/case.imwu",
                  home / ".config/IMWU Desktop/settings.json", home / "Documents/a.imwu",
                  home / ".local/share/icons/hicolor/48x48/apps/other-app.png"]
    for path in user_files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("mine", encoding="utf-8")
    result = _run("uninstall.sh", env)
    assert result.returncode == 0, result.stderr
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file()
                  and "mime/" not in str(p.relative_to(home))
                  and p.name not in {"mimeinfo.cache", "icon-theme.cache"})  # derived caches
    assert left == sorted([".config/mimeapps.list",
                           *(str(p.relative_to(home)) for p in user_files)])
    assert all(p.read_text(encoding="utf-8") == "mine" for p in user_files)
    remaining = mimeapps.read_text(encoding="utf-8")
    assert APP_ID not in remaining and keep_lines in remaining
    assert not (home / ".local/lib/imwu-desktop").exists()


def test_uninstall_sh_leaves_someone_elses_imwu_desktop_program(tmp_path: Path) -> None:
    env = _user_env(tmp_path)
    other = Path(env["HOME"]) / ".local/bin/imwu-desktop"
    other.parent.mkdir(parents=True)
    other.write_text("#!/bin/sh\necho not ours\n", encoding="utf-8")
    assert _run("uninstall.sh", env).returncode == 0
    assert other.read_text(encoding="utf-8") == "#!/bin/sh\necho not ours\n"


def test_install_sh_refuses_a_folder_without_a_bundle(tmp_path: Path) -> None:
    env = _user_env(tmp_path)
    result = _run("install.sh", env, str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no IMWU Desktop bundle" in result.stderr
    assert not Path(env["HOME"]).exists()


def test_tarball_unpacks_to_a_folder_that_installs(tmp_path: Path, fake_bundle: Path) -> None:
    out = tmp_path / "out"
    made = subprocess.run(["sh", str(INSTALLERS / "linux" / "make-tarball.sh"), str(fake_bundle),
                           str(out)], capture_output=True, text=True, timeout=60, check=False)
    assert made.returncode == 0, made.stderr
    tarball = Path(made.stdout.strip())
    assert tarball.name == f"imwu-desktop-{__version__}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(tarball) as archive:
        names = archive.getnames()
        top = tarball.name.removesuffix(".tar.gz")
        assert {f"{top}/install.sh", f"{top}/uninstall.sh", f"{top}/README.txt",
                f"{top}/imwu-desktop/imwu-desktop"} <= set(names)
        assert all(m.uid == 0 and m.gid == 0 for m in archive.getmembers())
        archive.extractall(tmp_path / "unpacked", filter="data")
    env = _user_env(tmp_path)
    installed = subprocess.run(["sh", str(tmp_path / "unpacked" / top / "install.sh")], env=env,
                               capture_output=True, text=True, timeout=60, check=False)
    assert installed.returncode == 0, installed.stderr
    assert (Path(env["HOME"]) / ".local/lib/imwu-desktop/imwu-desktop").is_file()
