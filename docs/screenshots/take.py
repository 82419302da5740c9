"""Screenshots of every wizard step at 1280x900, for the docs (and to look for clipped text).

Run on an X display (Xvfb) with the real xcb platform:

    xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python docs/screenshots/take.py

Settings, recovery copies and the sample case go to a temporary folder (never the user's).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="imwu-shots-"))
    for name in ("CONFIG", "DATA", "LOG", "CASES"):
        os.environ[f"IMWU_{name}_DIR"] = str(home / name.lower())
    os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from gui_sample import make_sample_case  # the same sample the GUI tests use

    from imwu_desktop.gui.app import make_qt_app
    from imwu_desktop.gui.domain_access import STEPS
    from imwu_desktop.gui.main_window import MainWindow

    app = make_qt_app()
    case_path = make_sample_case(home / "sample")
    window = MainWindow()
    window.resize(1280, 900)
    window.show()
    prefix = os.environ.get("IMWU_SHOT_PREFIX", "")

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    settle()
    window.grab().save(str(HERE / f"{prefix}00-start.png"))
    if not window.open_path(case_path):
        print("could not open the sample case", file=sys.stderr)
        return 1
    for number, step in enumerate(STEPS, start=1):
        window.go_to(step)
        settle()
        if step == "documents":  # let the exact e-mail measurement finish (timer + task)
            page = window.pages[step]
            for _ in range(200):
                page.tasks.wait()
                settle()
                if not page._measure_timer.isActive() and not page.tasks.busy:
                    break
                time.sleep(0.05)
        settle()
        out = HERE / f"{prefix}{number:02d}-{step}.png"
        window.grab().save(str(out))
        print(out.relative_to(ROOT))
    if window.isWindowModified():
        print("warning: showing the steps changed the case", file=sys.stderr)
    window.close_case()  # stops background work; nothing changed, so nothing is asked
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
