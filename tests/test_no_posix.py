"""The file paths keep their promises where POSIX-only calls are missing (Windows, macOS
differ): save, open, a data target and a lab, with ``os.O_NONBLOCK``, ``os.O_NOCTTY``,
``os.fchmod`` and ``signal.SIGHUP`` taken away. A FIFO is still refused, without hanging: by
its name's stat, before the open."""

from __future__ import annotations

import os
import signal

import pytest

from core.engine.presets import make_config
from core.engine.targets import read_data_target
from core.engine.trainer import Trainer
from core.files.genfile import open_generator, save_trained
from core.files.lab_file import LabError, load_lab
from core.files.reading import UnreadableFile, read_regular_file


@pytest.fixture
def no_posix(monkeypatch):
    for name in ("O_NONBLOCK", "O_NOCTTY", "fchmod"):
        if hasattr(os, name):
            monkeypatch.delattr(os, name)
    if hasattr(signal, "SIGHUP"):
        monkeypatch.delattr(signal, "SIGHUP")


def test_save_open_data_and_lab_without_posix_calls(tmp_path, no_posix):
    path = tmp_path / "g.pt"
    save_trained(path, Trainer(make_config("book", epochs=2, eval_samples=100)))
    assert open_generator(path).codec.spec == "qr:5"
    data = tmp_path / "d.txt"
    data.write_text("3 4 4\n")
    assert read_data_target(data).spec == "weights:3=1,4=2"
    lab = tmp_path / "lab.toml"
    lab.write_text('format = 1\ntitle = "t"\n[setup]\npreset = "book"\n')
    assert load_lab(lab).title == "t"


def test_a_fifo_is_refused_by_stat_before_the_open(tmp_path, no_posix):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # made before the fixture's world: a pipe a user might name
    with pytest.raises(UnreadableFile, match="not a regular file"):
        read_regular_file(fifo, 1000)
    with pytest.raises(ValueError, match="not a regular file"):
        read_data_target(fifo)
    fifo_lab = tmp_path / "lab.toml"
    os.mkfifo(fifo_lab)
    with pytest.raises(LabError, match="not a regular file"):
        load_lab(fifo_lab)


def test_train_on_a_system_without_sighup(tmp_path, no_posix):
    from tests.test_cli import run

    code, out, err = run(
        "train", "--epochs", "5", "--report-every", "5", "--out", str(tmp_path / "g.pt")
    )
    assert code == 0, err
