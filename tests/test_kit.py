"""The portable kit (resources/kit/build.sh): built with PyInstaller, copied elsewhere and
made read-only, it trains, samples, checks a lab and opens the window with a bare environment
(no Python on PATH, another HOME), on a real X server (Xvfb) where one is installed, and
writes nothing beside itself. Slow (about two
minutes, and 750 MB of disk): outside the default run (`pytest -m slow tests/test_kit.py`)."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]  # builds and installs take minutes


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
    # the frozen kit trains the book on the fast path (torch's fused Adam kernel called there)
    assert "steps: the fast path: gradients written out" in done.stdout, done.stdout
    assert "through torch.optim" not in done.stdout, done.stdout
    done = _bare(  # least squares by hand: its reports' losses go through torch.vmap
        program, "train", "--preset", "book", "--loss", "lsgan", "--epochs", "300",
        "--out", "y.pt", home=home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "steps: the fast path: gradients written out" in done.stdout, done.stdout
    (home / "y.pt").unlink()
    done = _bare(program, "sample", "x.pt", "--seed", "1", home=home)
    assert done.returncode == 0 and len(done.stdout.split()) == 10
    done = _bare(
        program, "lab", "check", str(kit / "labs" / "class-lab.toml"), "--seeds", "2", home=home
    )
    assert done.returncode == 0 and "goal 2: 2/2 seeds" in done.stdout
    with _x_display() as display:  # a real X server (Xvfb) where there is one
        screen = {"DISPLAY": display} if display else {"QT_QPA_PLATFORM": "offscreen"}
        done = _bare(program, "gui", "--check", home=home, **screen)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"window ok on {'xcb' if display else 'offscreen'}" in done.stdout, done.stdout
    assert "Traceback" not in done.stderr
    # nothing else written here: under a real X server with no session bus, libdbus itself
    # (Qt's screen reader bridge asks for the bus) keeps the bus it launched in ~/.dbus, as for
    # any X11 program on such a machine
    assert sorted(p.name for p in home.iterdir() if p.name != ".dbus") == ["x.pt"]


@contextlib.contextmanager
def _x_display() -> Iterator[str | None]:
    """An Xvfb display for the test (None where Xvfb is not installed): the kit's window then
    opens on Qt's xcb plugin, with the X libraries it carries."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield None
        return
    read, write = os.pipe()
    server = subprocess.Popen(  # -displayfd: Xvfb picks a free display and writes its number
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # written once the server accepts clients
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)
