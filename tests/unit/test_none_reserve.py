"""The GUI package gives None a reserve of references on Python 3.11 (see gui/__init__)."""

from __future__ import annotations

import sys

import pytest

import imwu_desktop.gui as gui


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_none_has_a_reserve_of_references_after_the_gui_package_loads() -> None:
    assert sys.getrefcount(None) >= gui.NONE_RESERVE


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_the_reserve_is_given_once() -> None:
    before = sys.getrefcount(None)
    gui._protect_none()
    assert sys.getrefcount(None) - before < gui.NONE_RESERVE
