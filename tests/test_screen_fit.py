"""The first window fits the screen it opens on, and a restored one is clamped to it.

Each case runs the window in a fresh process on an offscreen screen of the given size (Qt's
offscreen platform reads the screen from a JSON file), with settings in a temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SHOW = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from patterngan_gui.main_window import MainWindow
settings = QSettings(sys.argv[1], QSettings.IniFormat)
win = MainWindow(settings=settings)
win.show()
app.processEvents()
if len(sys.argv) > 2:  # grow it past the screen, as a bigger monitor allowed, and save
    win.setGeometry(10, 10, int(sys.argv[2]), int(sys.argv[3]))
area, frame = win.screen().availableGeometry(), win.frameGeometry()
print(json.dumps([area.x(), area.y(), area.width(), area.height(),
                  frame.x(), frame.y(), frame.width(), frame.height()]))
win.close()
"""


def show(tmp_path, screen: tuple[int, int], *grow: int) -> tuple[list[int], list[int]]:
    config = tmp_path / f"screen-{screen[0]}x{screen[1]}.json"
    config.write_text(
        json.dumps({"screens": [{"name": "s", "width": screen[0], "height": screen[1]}]})
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    out = subprocess.run(
        [sys.executable, "-c", SHOW, str(tmp_path / "settings.ini"), *map(str, grow)],
        env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    values = json.loads(out.stdout.strip().splitlines()[-1])
    return values[:4], values[4:]


def inside(area: list[int], frame: list[int]) -> bool:
    ax, ay, aw, ah = area
    fx, fy, fw, fh = frame
    return ax <= fx and ay <= fy and fx + fw <= ax + aw and fy + fh <= ay + ah


@pytest.mark.parametrize("screen", [(900, 600), (1280, 800)])
def test_the_first_window_fits_its_screen(tmp_path, screen):
    area, frame = show(tmp_path, screen)
    assert inside(area, frame), (area, frame)
    assert frame[2] * frame[3] <= 0.92 * area[2] * area[3]  # about 90% at most, frame included


def test_a_geometry_saved_on_a_big_screen_is_clamped_on_a_small_one(tmp_path):
    big_area, big_frame = show(tmp_path, (1920, 1200), 1800, 1100)  # saved at 1800 x 1100
    assert big_frame[2] >= 1800
    area, frame = show(tmp_path, (900, 600))  # the same settings, a lab's small screen
    assert inside(area, frame), (area, frame)
