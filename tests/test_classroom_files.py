"""Files a class shares: created with the user's umask, written whole, only over a regular
file or a new name; CSV numbers without float noise; extensions added by the Save dialogs."""

from __future__ import annotations

import os
import stat
import time

import pytest
from PySide6.QtWidgets import QFileDialog

from core.engine.presets import make_config
from core.engine.trainer import Trainer
from core.files.atomic import STALE_TMP_SECONDS, user_umask, write_atomic
from core.files.bundle import write_bundle
from core.files.errors import GeneratorFileError
from core.files.genfile import save_trained
from core.teaching.history import metrics_csv
from tests.gui_helpers import short, train_to_end
from tests.test_cli import run


@pytest.fixture
def umask():
    """Set a umask for the test; the previous one comes back afterwards."""
    previous = os.umask(0o022)

    def set_mask(mask: int) -> None:
        os.umask(mask)

    yield set_mask
    os.umask(previous)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_umask_is_read_without_being_changed(umask):
    umask(0o027)
    assert user_umask() == 0o027 and user_umask() == 0o027


@pytest.mark.parametrize(
    "mask,file_mode,folder_mode", [(0o022, 0o644, 0o755), (0o077, 0o600, 0o700)]
)
def test_files_and_folders_follow_the_umask(tmp_path, umask, mask, file_mode, folder_mode):
    umask(mask)
    gen = tmp_path / "num_gen.pt"
    save_trained(gen, Trainer(make_config("book", epochs=1, eval_samples=10)))
    write_atomic(tmp_path / "lab.toml", b"format = 1\n")
    folder = write_bundle(tmp_path, "bundle", {"metrics.csv": b"epoch\n"})
    assert mode(gen) == file_mode and mode(tmp_path / "lab.toml") == file_mode
    assert mode(folder) == folder_mode and mode(folder / "metrics.csv") == file_mode


def test_cli_train_out_is_0644_under_umask_022(tmp_path, umask):
    umask(0o022)
    code, _, _ = run(
        "train", "--epochs", "5", "--report-every", "5", "--out", str(tmp_path / "g.pt")
    )
    assert code == 0 and mode(tmp_path / "g.pt") == 0o644


def test_train_out_into_a_missing_folder_fails_before_training(tmp_path):
    code, out, err = run("train", "--epochs", "100000", "--out", str(tmp_path / "no" / "x.pt"))
    assert code == 1 and "does not exist" in err and err.count("\n") == 1
    assert "epoch" not in out  # no report: it never trained


@pytest.mark.parametrize("kind", ["symlink", "fifo", "device"])
def test_out_never_replaces_a_link_a_pipe_or_a_device(tmp_path, kind):
    if kind == "symlink":
        (tmp_path / "real.txt").write_text("keep me")
        target = tmp_path / "link.pt"
        target.symlink_to(tmp_path / "real.txt")
    elif kind == "fifo":
        target = tmp_path / "pipe.pt"
        os.mkfifo(target)
    else:
        target = "/dev/null"
    code, _, err = run("train", "--epochs", "5", "--out", str(target))
    assert code == 1 and err.count("\n") == 1
    assert "symbolic link" in err or "not a regular file" in err
    if kind == "symlink":
        assert target.is_symlink() and (tmp_path / "real.txt").read_text() == "keep me"
    elif kind == "fifo":
        assert stat.S_ISFIFO(os.lstat(target).st_mode)
    else:
        assert stat.S_ISCHR(os.lstat(target).st_mode)


def test_a_saves_stale_temporaries_are_cleaned_by_the_next_save(tmp_path):
    stale = tmp_path / ".lab.toml.abc123.tmp"
    fresh = tmp_path / ".lab.toml.def456.tmp"  # maybe another save in progress: kept
    other = tmp_path / ".notes.txt.abc123.tmp"  # not ours for this name
    for p in (stale, fresh, other):
        p.write_bytes(b"half")
    old = time.time() - STALE_TMP_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    write_atomic(tmp_path / "lab.toml", b"format = 1\n")
    assert not stale.exists() and fresh.exists() and other.exists()


def test_a_killed_writers_temporary_goes_at_once_a_live_ones_stays(tmp_path):
    """kill -9 during a save leaves ``.NAME.PID-xxxx.tmp``: the next save removes it as soon
    as that process is gone, whatever its age, and never one a live process is writing."""
    import subprocess
    import sys

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a process id that no longer exists
    killed = tmp_path / f".g.pt.{dead.pid}-abc.tmp"
    alive = tmp_path / f".g.pt.{os.getppid()}-def.tmp"  # our parent: alive, writing
    orphan = tmp_path / ".g.pt.oldstyle.tmp"  # no process id, two minutes old
    for p in (killed, alive, orphan):
        p.write_bytes(b"half")
    two_minutes = time.time() - 120
    os.utime(orphan, (two_minutes, two_minutes))
    write_atomic(tmp_path / "g.pt", b"data")
    assert not killed.exists() and alive.exists() and not orphan.exists()
    assert [p.name for p in tmp_path.glob(".g.pt.*")] == [alive.name]  # ours left nothing


def test_saving_works_without_fchmod(tmp_path, monkeypatch):
    """Windows before Python 3.13 has no os.fchmod: the mode is set by name instead."""
    monkeypatch.delattr(os, "fchmod")
    write_atomic(tmp_path / "lab.toml", b"format = 1\n")
    assert (tmp_path / "lab.toml").read_bytes() == b"format = 1\n"
    assert stat.S_IMODE(os.stat(tmp_path / "lab.toml").st_mode) == 0o666 & ~user_umask()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "lab.toml"
    target.write_text("old")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(GeneratorFileError, match="No space left"):
        write_atomic(target, b"new")
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == [
        "lab.toml"
    ]


def test_csv_numbers_have_no_float_noise():
    row = {"epoch": 100, "tv": 0.05710000000000001, "strict": 1 / 3, "d_loss": float("nan")}
    text = metrics_csv([row])
    assert "0.0571," in text and "0.3333333333," in text and "nan" in text
    assert "0.05710000000000001" not in text


def test_save_as_without_an_extension_adds_pt(window, qtbot, tmp_path, monkeypatch):
    short(window, "book", epochs=100, eval_samples=300)
    train_to_end(qtbot, window)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mine"), "")
    )
    assert window.files.save_as()
    assert (tmp_path / "mine.pt").exists() and not (tmp_path / "mine").exists()
