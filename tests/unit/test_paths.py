"""The app's folders: on Linux our XDG rules give the folders platformdirs gives."""

from __future__ import annotations

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


@linux_only
@pytest.mark.parametrize("xdg", ["unset", "absolute", "relative", "empty"])
def test_linux_folders_are_the_ones_platformdirs_gives(
        xdg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in XDG_VARIABLES:
        value = {"unset": None, "absolute": str(tmp_path / "xdg" / variable.lower()),
                 "relative": "relative/place", "empty": ""}[xdg]
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)
    ours = _ours(monkeypatch)
    assert ours == _expected()
    assert all(Path(folder).is_dir() for folder in ours.values())
    if xdg == "absolute":
        assert ours["config"] == str(tmp_path / "xdg" / "xdg_config_home" / "IMWU Desktop")


def test_an_imwu_variable_overrides_the_folder(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMWU_DATA_DIR", str(tmp_path / "portable"))
    assert paths.data_dir() == tmp_path / "portable"
    assert (tmp_path / "portable").is_dir()


def test_cases_are_offered_in_the_documents_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IMWU_CASES_DIR", raising=False)
    documents = PlatformDirs(appname=paths.APP_NAME, appauthor=False).user_documents_dir
    assert paths.cases_dir() == Path(documents) / "IMWU cases"
