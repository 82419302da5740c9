"""`imwu-desktop --self-test`: checks that an installed or frozen app has all its parts."""

from __future__ import annotations

import sys
from collections.abc import Callable

Check = Callable[[], str]


def _resources() -> str:
    from imwu_desktop.resources import resources_dir

    return str(resources_dir())


def _qt_platform() -> str:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    return f"{app.platformName()}"


CHECKS: list[tuple[str, Check]] = [
    ("resources", _resources),
    ("Qt platform", _qt_platform),
]


def run_self_test() -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            detail = check()
            print(f"ok    {name}: {detail}")
        except Exception as exc:  # each failure is reported, never a traceback
            failed += 1
            print(f"FAIL  {name}: {exc}")
    print("self-test passed" if not failed else f"self-test failed ({failed} problem(s))")
    sys.stdout.flush()
    return 0 if not failed else 1
