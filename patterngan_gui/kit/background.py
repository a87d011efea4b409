"""Slow work off the GUI thread with a progress dialog that can be cancelled.

Opening a file is bounded (a few seconds at worst, see README "Limits") but must not freeze
the window meanwhile: the work runs on a plain Python thread while a local event loop keeps the
window painting; after ``SHOW_AFTER_MS`` a progress dialog with Cancel appears. A cancelled
call returns at once; its thread finishes on its own (bounded) and its result is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.safe_text import plain_label

T = TypeVar("T")
SHOW_AFTER_MS = 400
FAST_S = 0.05  # most files open in milliseconds: no event loop, no dialog


class Cancelled(Exception):
    """The user cancelled the wait."""


def run_in_background(
    parent: QWidget, text: str, work: Callable[[], T], cancel: threading.Event | None = None
) -> T:
    """``work()``'s result (or its exception), computed on a worker thread; Cancelled if the
    user cancelled the wait. ``cancel`` is set then, so work that looks at it between its
    pieces stops instead of burning a core for a result nobody waits for."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="patterngan-background", daemon=True)
    thread.start()
    thread.join(FAST_S)
    if thread.is_alive():
        dialog = QProgressDialog("", translate("Dialogs", "Cancel"), 0, 0, parent)
        # the text names a file: its own label is rich text whenever the text looks like
        # HTML, and a file named <img src=x.png>.pt made Qt open x.png (seen traced)
        dialog.setLabel(plain_label(text))
        dialog.setWindowTitle("PatternGAN")
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(
            lambda: loop.quit() if not thread.is_alive() or dialog.wasCanceled() else None
        )
        timer.start()
        loop.exec()
        timer.stop()
        cancelled = dialog.wasCanceled() and thread.is_alive()
        dialog.reset()
        dialog.deleteLater()
        if cancelled:
            if cancel is not None:
                cancel.set()
            raise Cancelled
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
