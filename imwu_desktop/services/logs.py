"""Logging: a rotating file in the user's log folder, and stderr for --debug.

The log never holds passwords or personal data; modules log ids and sizes, not values, and
every handler scrubs what slips through (services.log_scrub).
"""

from __future__ import annotations

import logging
import logging.handlers

from imwu_desktop.services.log_scrub import ScrubFilter
from imwu_desktop.services.paths import log_dir

LOG_FILE_NAME = "imwu-desktop.log"


def setup_logging(*, debug: bool = False) -> None:
    root = logging.getLogger()
    if getattr(root, "_imwu_configured", False):
        return
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir() / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    scrubber = ScrubFilter()
    handler.setFormatter(fmt)
    handler.addFilter(scrubber)
    root.addHandler(handler)
    if debug:
        console = logging.StreamHandler()
        console.setFormatter(fmt)
        console.addFilter(scrubber)
        root.addHandler(console)
    root._imwu_configured = True  # type: ignore[attr-defined]
