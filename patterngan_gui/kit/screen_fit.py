"""The window fits the screen it opens on, whatever size the last session left it.

A first launch takes the preferred 1280 x 800, or at most ``SHARE`` of the screen's available
area (a 900 x 600 lab projector, a small laptop); a restored geometry is clamped to the screen
it lands on now (a window saved on a large monitor, reopened on a laptop). Nothing waits for a
window manager to move it.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = (1280, 800)  # the size the layout was designed at
MINIMUM = (900, 600)  # the smallest size every tab was checked at
SHARE = 0.9  # of the available screen area a first launch may take


def fit_to_screen(window: QWidget, restored: bool) -> None:
    """Size and place ``window`` within its screen's available area (see the module)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    cap_w, cap_h = int(area.width() * SHARE), int(area.height() * SHARE)
    # a screen smaller than the minimum lowers the minimum: a window larger than the screen
    # is worse than a tight one
    window.setMinimumSize(min(MINIMUM[0], cap_w), min(MINIMUM[1], cap_h))
    if restored:
        width, height = min(window.width(), area.width()), min(window.height(), area.height())
    else:
        width, height = min(PREFERRED[0], cap_w), min(PREFERRED[1], cap_h)
    window.resize(width, height)
    frame = window.frameGeometry()
    if restored:  # kept where it was, moved in only as far as needed
        x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
        y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    else:  # centred
        x = area.left() + (area.width() - frame.width()) // 2
        y = area.top() + (area.height() - frame.height()) // 2
    window.move(max(area.left(), x), max(area.top(), y))
