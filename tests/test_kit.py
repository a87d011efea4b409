"""The portable kit (resources/kit/build.sh): built with PyInstaller, copied elsewhere and
made read-only, it trains, sweeps, checks a lab and opens the window with a bare environment
(no Python on PATH, another HOME), and writes nothing beside itself. Slow (about two
minutes, and 750 MB of disk): outside the default run (`pytest -m slow tests/test_kit.py`)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _bare(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        list(args), env={"HOME": str(home), **env}, cwd=home, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip


def test_the_kit_runs_from_a_read_only_copy_with_a_bare_environment(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("the kit is built and tested on Linux")
    built = tmp_path / "built"
    venv_bin = str(Path(sys.executable).parent)
    done = subprocess.run(
        [str(ROOT / "resources" / "kit" / "build.sh"), str(built)],
        env={**os.environ, "PATH": venv_bin + os.pathsep + os.environ["PATH"]},
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    kit = tmp_path / "usb" / "PatternGAN"
    shutil.copytree(built, kit, symlinks=True)
    for path in [kit, *kit.rglob("*")]:  # a read-only share
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    home = tmp_path / "home"
    home.mkdir()
    program = str(kit / "patterngan")
    done = _bare(
        program, "train", "--preset", "book", "--epochs", "500", "--out", "x.pt", home=home
    )
    assert done.returncode == 0, done.stderr
    assert (home / "x.pt").exists()
    done = _bare(program, "sample", "x.pt", "--seed", "1", home=home)
    assert done.returncode == 0 and len(done.stdout.split()) == 10
    done = _bare(
        program, "lab", "check", str(kit / "labs" / "class-lab.toml"), "--seeds", "2", home=home
    )
    assert done.returncode == 0 and "goal 2: 2/2 seeds" in done.stdout
    done = _bare(program, "gui", "--check", home=home, QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0 and "window ok" in done.stdout, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in home.iterdir()) == ["x.pt"]  # nothing else written here
