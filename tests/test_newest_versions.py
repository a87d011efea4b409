"""The declared dependency ranges, at their newest: a fresh virtual environment with
PatternGAN installed *without* the constraints file (so pip takes the newest PySide6,
pyqtgraph, numpy and torch the ranges and the package index allow), then the GUI tests run in
it. Slow (minutes, and the package index): `pytest -m slow tests/test_newest_versions.py`.

It is what found PySide6 6.12.0's refcount bug (patterngan_gui/kit/refcount_guard.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUI_TESTS = ["tests/test_gui.py", "tests/test_app_states.py", "tests/test_teaching_gui.py"]

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]  # builds and installs take minutes


def test_the_gui_tests_pass_with_the_newest_versions_the_ranges_allow(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    install = subprocess.run(
        [python, "-m", "pip", "install", "-q", f"{ROOT}[test]"],
        capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    if install.returncode != 0:
        pytest.skip(f"could not install from the package index: {install.stderr[-500:]}")
    versions = subprocess.run(
        [python, "-c", "import PySide6, pyqtgraph, torch; "
         "print(PySide6.__version__, pyqtgraph.__version__, torch.__version__)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    done = subprocess.run(
        [python, "-B", "-m", "pytest", "-q", "-p", "no:cacheprovider", *GUI_TESTS],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    assert done.returncode == 0, f"with {versions}:\n{done.stdout[-3000:]}{done.stderr[-2000:]}"
