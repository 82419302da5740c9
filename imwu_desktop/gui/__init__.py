"""The PySide6 user interface.

Importing this package first guards against a reference-count bug seen with PySide6 6.12.0 on
Python 3.11: every call of a Qt method that returns nothing (setText, setEnabled, ...) takes
one reference from None without having given it, so after ~5,000 calls CPython aborts with
"none_dealloc: deallocating None". Python 3.12+ makes None immortal, which hides the bug; on
3.11 we give None a reserve of references large enough to never run out.
"""

from __future__ import annotations

import sys

#: References added to None on Python < 3.12 (2**40 calls would take years).
NONE_RESERVE = 1 << 40


def _protect_none() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # _ctypes rather than ctypes: the package's setup would cost the first window ~3 ms.
    import _ctypes

    class PySsizeT(_ctypes._SimpleCData):  # ctypes.c_ssize_t: 64 bits on 64-bit builds
        _type_ = "q" if sys.maxsize > 2**32 else "l"

    refcount = PySsizeT.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcount.value < NONE_RESERVE:
        refcount.value += NONE_RESERVE


_protect_none()
