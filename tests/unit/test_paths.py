"""The app's folders: on Linux our XDG rules give the folders platformdirs gives."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from platformdirs import PlatformDirs

from imwu_desktop.services import paths

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG rules: Linux")

XDG_VARIABLES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


def _expected() -> dict[str, str]:
    dirs = PlatformDirs(appname=paths.APP_NAME, appauthor=False, roaming=False)
    return {"config": dirs.user_config_dir, "data": dirs.user_data_dir,
            "log": dirs.user_log_dir}


def _ours(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name in ("CONFIG", "DATA", "LOG"):
        monkeypatch.delenv(f"IMWU_{name}_DIR", raising=False)
    return {"config": str(paths.config_dir()), "data": str(paths.data_dir()),
            "log": str(paths.log_dir())}


def _set_xdg(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    for variable in XDG_VARIABLES:
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value.replace("VAR", variable.lower()))


@linux_only
@pytest.mark.parametrize("xdg", [None, "{tmp}/xdg/VAR", ""])
def test_linux_folders_are_the_ones_platformdirs_gives(
        xdg: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    _set_xdg(monkeypatch, xdg and xdg.replace("{tmp}", str(tmp_path)))
    ours = _ours(monkeypatch)
    assert ours == _expected()
    assert all(Path(folder).is_dir() for folder in ours.values())
    if xdg:
        assert ours["config"] == str(tmp_path / "xdg" / "xdg_config_home" / "IMWU Desktop")


@linux_only
def test_a_relative_xdg_folder_is_ignored_as_the_specification_says(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    _set_xdg(monkeypatch, "relative/VAR")
    ours = _ours(monkeypatch)
    assert ours["config"] == str(tmp_path / "home" / ".config" / "IMWU Desktop")
    assert ours["data"] == str(tmp_path / "home" / ".local" / "share" / "IMWU Desktop")
    assert ours["log"] == str(tmp_path / "home" / ".local" / "state" / "IMWU Desktop" / "log")


@linux_only
@pytest.mark.parametrize("home", ["", "relative/home"])
def test_an_empty_or_relative_home_means_the_users_home_from_the_system(
        home: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import pwd

    monkeypatch.setenv("HOME", home)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    user_home = pwd.getpwuid(os.getuid()).pw_dir
    assert paths.xdg_app_dir("config") == os.path.join(user_home, ".config", "IMWU Desktop")
    assert os.path.isabs(paths.xdg_app_dir("config"))


def test_an_imwu_variable_overrides_the_folder(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMWU_DATA_DIR", str(tmp_path / "portable"))
    assert paths.data_dir() == tmp_path / "portable"
    assert (tmp_path / "portable").is_dir()


def test_cases_are_offered_in_the_documents_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IMWU_CASES_DIR", raising=False)
    documents = PlatformDirs(appname=paths.APP_NAME, appauthor=False).user_documents_dir
    assert paths.cases_dir() == Path(documents) / "IMWU cases"
