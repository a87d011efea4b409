"""Careless settings and hostile environments around a run: each one line, never a traceback,
never a window that shows nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.engine.presets import make_config
from core.engine.trainer import Trainer, TrainingError

ROOT = Path(__file__).resolve().parent.parent


def test_an_allocation_failure_while_making_a_report_is_a_training_error():
    t = Trainer(make_config("book", epochs=200, report_every=100, eval_samples=500))

    def no_memory(generator):
        raise MemoryError

    t.metrics_of = no_memory
    with pytest.raises(TrainingError, match="out of memory while evaluating a report"):
        list(t.reports())


def test_a_latent_size_that_would_need_gigabytes_is_refused_at_the_field(window, qtbot):
    window.setup.latent.setValue(100_000)
    assert "latent" in window.setup.error.text() and "GB" in window.setup.error.text()
    assert not window.action("train").isEnabled()
    qtbot.keyClick(window, Qt.Key_F5)
    assert window.session.current is None  # nothing started, and the reason is on screen


def test_ctrl_c_while_train_is_still_importing_torch_is_one_line(tmp_path):
    """The first seconds of `patterngan train` import torch: a Ctrl+C then is one line."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "patterngan_gui.cli", "train", "--out", str(tmp_path / "g.pt")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    maps = Path(f"/proc/{proc.pid}/maps")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if "libtorch" in maps.read_text():
                break
        except OSError:
            pass
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert "Traceback" not in err and err.count("\n") <= 1
    assert proc.returncode in (0, 130)  # "interrupted", or stopped cleanly and saved


def test_stdout_on_a_full_device_is_one_line_and_exit_1():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "patterngan_gui.cli", "info", "tests/golden/book.pt"],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert proc.returncode == 1 and "No space left" in proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_a_300_character_out_name_and_an_unsearchable_folder_are_one_line(tmp_path):
    from tests.test_cli import run

    code, _, err = run("train", "--epochs", "5", "--out", str(tmp_path / ("x" * 300 + ".pt")))
    assert code == 1 and err.count("\n") == 1 and "name too long" in err.lower()
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0)
    try:
        code, _, err = run("train", "--epochs", "5", "--out", str(locked / "sub" / "g.pt"))
        assert code == 1 and err.count("\n") == 1
    finally:
        os.chmod(locked, 0o755)
