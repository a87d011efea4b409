"""A guard against PySide6 6.12's refcount bug on Python 3.11: None, True and False never die.

With PySide6 6.12.0 on Python 3.11, every call of a ``void`` virtual method overridden in
Python (pyqtgraph's ``QGraphicsItem.paint``, called by ``QGraphicsView::paintEvent`` at every
repaint) drops one reference to the None it returns too many. After enough repaints None's
count reaches zero and Python aborts: "Fatal Python error: none_dealloc" (native stack taken
with gdb: ``none_dealloc`` <- a Python ``paint`` <- ``QGraphicsView::paintEvent``); True and
False go the same way at exit ("bool_dealloc"). Python 3.12 made these objects immortal, so
the bug is invisible there; nothing in this project's code calls the binding wrongly.

The guard does on 3.11 what 3.12 does: it gives the three objects a reference count so large
that no number of repaints can bring it to zero (2^60: a repaint every microsecond for
30,000 years). It is applied once, before the window exists, only where the bug can bite
(Python < 3.12 with PySide6 >= 6.12), and never touches any other object.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 60
_applied = False


def needed(python: tuple[int, int] = sys.version_info[:2], pyside: str | None = None) -> bool:
    """Whether this Python and PySide6 have the bug (3.11 and older with PySide6 6.12+)."""
    if pyside is None:
        import PySide6

        pyside = PySide6.__version__
    major, minor = (int(part) for part in pyside.split(".")[:2])
    return python < (3, 12) and (major, minor) >= (6, 12)


def guard() -> bool:
    """Make None, True and False immortal in practice where needed; True when applied."""
    global _applied
    if _applied or not needed():
        return _applied
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += HEADROOM  # ob_refcnt: the first field
    _applied = True
    return True
