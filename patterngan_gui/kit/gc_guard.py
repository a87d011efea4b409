"""Python's garbage collector runs only on the GUI thread while the window exists.

The cyclic collector runs in whichever thread happens to allocate when its thresholds are
passed. On the training thread it collected the Qt wrappers of a closed window's menus (a
cycle), and destroying them there deadlocked: the training thread held a QObject's mutex and
waited for the GIL inside the destructor, the GUI thread held the GIL and waited for that
mutex (native stacks with py-spy --native; this round's whole-suite hang in train_to_end, and
most likely the "both threads inside torch" deadlock earlier rounds blamed on a report thread).

So automatic collection is switched off once a window exists, and the GUI thread collects on
a timer instead, generation by generation as the thresholds would have (the scheme of
pyqtgraph's ``GarbageCollector``, written for this very problem; not imported from there: the
window paints before pyqtgraph loads).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

INTERVAL_MS = 500
_timer: QTimer | None = None


def collect_on_the_gui_thread() -> None:
    """Switch automatic collection off and collect on a GUI-thread timer (once a process);
    call it on the GUI thread, with the QApplication made."""
    global _timer
    if _timer is not None:
        return
    thresholds = gc.get_threshold()
    gc.disable()
    _timer = QTimer()
    _timer.timeout.connect(lambda: _collect(thresholds))
    _timer.start(INTERVAL_MS)


def _collect(thresholds: tuple[int, ...]) -> None:
    """What the automatic collector would have done by now, on this (the GUI) thread."""
    young, middle, old = gc.get_count()
    if young > thresholds[0]:
        gc.collect(0)
        if middle > thresholds[1]:
            gc.collect(1)
            if old > thresholds[2]:
                gc.collect(2)
