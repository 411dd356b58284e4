"""Keep None, True and False alive under PySide6 6.12 on Python 3.11.

Measured with PySide6/shiboken6 6.12.0 on CPython 3.11.7: every call of a wrapped C++ method that
returns nothing (`setText`, `setToolTip`, `setData`, `QObject.parent()` with no parent, ...) hands
back None without the reference it owes, and every `Signal.emit()` does the same with True. Python
3.12 made these objects immortal, so there it costs nothing; on 3.11 each call takes one reference
away for good. A message with thousands of attachments (a few calls per row) took None's count to
zero: "Fatal Python error: none_dealloc" and exit code 134 when the window closed; a long test run
ended the same way with "bool_dealloc". PySide6 6.11.3 does not lose these references.

The cure is Python 3.12's own: give the three singletons a reference count no program can use up.
"""

from __future__ import annotations

import ctypes
import sys

SINGLETONS = (None, True, False)
_RESERVE = 1 << 40  # references added to each: a loss of one per call would need 10^12 calls


def pin_singletons() -> bool:
    """Make None, True and False effectively immortal where Python does not; True if it did."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already; or a debug build, whose object header differs and counts totals
    counts = [ctypes.c_ssize_t.from_address(id(obj)) for obj in SINGLETONS]
    if any(count.value >= _RESERVE for count in counts):
        return False  # done already (the module was imported twice, say)
    for obj, count in zip(SINGLETONS, counts, strict=True):
        if abs(count.value - sys.getrefcount(obj)) > 64:
            return False  # not the object header this expects: change nothing
    for count in counts:
        count.value += _RESERVE
    return True
