"""What `imwu-desktop [CASE]` hands to the GUI: the quick path and the parser agree."""

from __future__ import annotations

import pytest

from imwu_desktop import cli


@pytest.mark.parametrize("args", [[], ["case.imwu"], ["/home/a b/Dupont (2).imwu"]])
def test_a_plain_launch_opens_what_the_parser_would(args: list[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str | None] = []
    monkeypatch.setattr("imwu_desktop.gui.app.run_gui", lambda case: opened.append(case) or 0)
    assert cli._is_plain_launch(args)
    assert cli.run(args) == 0
    assert opened == [cli._gui_parser().parse_args(args).case]


@pytest.mark.parametrize("args", [["--debug"], ["--self-test"], ["a.imwu", "b.imwu"],
                                  ["--debug", "a.imwu"]])
def test_options_go_through_the_parser(args: list[str]) -> None:
    assert not cli._is_plain_launch(args)


def test_two_cases_are_refused_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.run(["a.imwu", "b.imwu"])
    assert "unrecognized arguments" in capsys.readouterr().err
