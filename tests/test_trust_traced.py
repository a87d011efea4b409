"""Issue 34, what the traced run of crafted files found (``python -m tests.trace_crafted``):
opening a generator named ``<img src=x.png>.pt`` made the window open ``x.png``. The
progress dialog that waits for a slow file said "Loading <name>..." in its own label, which
Qt reads as rich text whenever it looks like HTML. Its label is plain text now.

The traced run itself is a slow check (``pytest -m slow``): under Xvfb, with strace, the real
pointer hovering every place that shows a file's text on every tab."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from patterngan_gui.kit.background import run_in_background


def test_the_wait_for_a_slow_file_says_its_name_as_words(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    name = '<img src="CANARY-x.png">.pt'
    release = threading.Event()
    seen: list[tuple[Qt.TextFormat, str]] = []

    def look() -> None:  # while the dialog is up (it shows after SHOW_AFTER_MS)
        dialogs = parent.findChildren(QProgressDialog)
        if dialogs and dialogs[-1].isVisible():
            labels = [x for x in dialogs[-1].findChildren(QLabel) if x.text()]
            seen.extend((x.textFormat(), x.text()) for x in labels)
            release.set()
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    assert run_in_background(parent, f"Loading {name}...", lambda: release.wait(30)) is True
    assert seen == [(Qt.PlainText, f"Loading {name}...")]


@pytest.mark.slow
@pytest.mark.timeout(1800)  # files made by `lab run`, then the traced window: minutes
def test_crafted_files_opened_and_hovered_in_the_real_window_open_no_file_they_name(tmp_path):
    for tool in ("xvfb-run", "strace", "xdotool"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is missing: sudo apt-get install -y xvfb xdotool strace")
    from tests import trace_crafted

    out = tmp_path / "trace"
    status = trace_crafted.main([str(out)])
    summary = (out / "summary.txt").read_text() if (out / "summary.txt").exists() else ""
    assert status == 0, summary
    assert "calls naming a bait file: 0" in summary
