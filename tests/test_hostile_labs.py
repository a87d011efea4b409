"""Hostile and careless lab files and settings: refused in one line, in bounded time and
memory; the window survives each (offscreen) and never loads what a file names."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core.files.lab_file import LabError, load_lab
from patterngan_gui.kit.settings import RECENT, SETUP

FAST = 5.0


def refused(path, match: str) -> str:
    started = time.process_time()  # CPU time: a loaded machine cannot stretch it
    with pytest.raises(LabError, match=match) as failure:
        load_lab(path)
    assert time.process_time() - started < FAST
    assert "\n" not in str(failure.value)
    return str(failure.value)


def test_a_fifo_lab_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "lab.toml"
    os.mkfifo(fifo)
    refused(fifo, "not a regular file")


def test_dev_zero_as_a_lab_is_refused_without_reading_it():
    refused("/dev/zero", "not a regular file")


def test_a_lab_of_100k_nested_arrays_is_refused(tmp_path):
    path = tmp_path / "deep.toml"
    path.write_text("format = 1\nx = " + "[" * 100_000 + "]" * 100_000 + "\n")
    refused(path, "line 2: nested more than")


def test_a_120kb_dotted_key_is_refused_in_milliseconds(tmp_path):
    path = tmp_path / "dots.toml"
    path.write_text("format = 1\n" + ".".join(["a"] * 60_000) + " = 1\n")
    refused(path, "line 2: a key with more than")


def test_brackets_and_dots_inside_strings_and_comments_are_fine(tmp_path):
    path = tmp_path / "ok.toml"
    path.write_text(
        "format = 1\n# [[[[[[[[[[[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j\n"
        'title = "[[[[[[[[[[[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j"\n'
        'instructions = """\nSee [the plot](#x) and a.b.c.d.e.f.g.h.i.j [[[[[[[[[[[[[[[[[[[[\n"""\n'
        "[setup]\nepochs = 500\nlr_d = 0.001\n"
    )
    assert load_lab(path).config.epochs == 500


@pytest.mark.parametrize(
    "instructions",
    ["![x](/dev/zero)", '<img src="/dev/zero">', "![y](fifo)", "[link](file:///dev/zero)"],
)
def test_lab_instructions_never_load_what_they_name(window, tmp_path, instructions):
    os.mkfifo(tmp_path / "fifo")
    lab = tmp_path / "lab.toml"
    lab.write_text(f'format = 1\ntitle = "T"\ninstructions = """\n{instructions}\n"""\n')
    opened = []
    original = window.instructions.loadResource
    window.instructions.loadResource = lambda *a: opened.append(a) or original(*a)
    done = threading.Event()
    threading.Thread(target=lambda: done.wait(10) or os._exit(3), daemon=True).start()
    assert window.labs.open_lab(str(lab))  # returns: no hang on the FIFO, no abort
    done.set()
    assert window.instructions_dock.isVisible()
    assert not opened and "<img" not in window.instructions.toHtml()


def test_damaged_settings_are_dropped_with_a_note_never_fatal(make_window, settings_path):
    s = QSettings(settings_path, QSettings.IniFormat)
    s.setValue(SETUP, "[" * 100_000 + "]" * 100_000)
    s.setValue(RECENT, [f"/tmp/f{i}.pt" for i in range(100_000)])
    s.sync()
    started = time.process_time()
    w = make_window()
    assert time.process_time() - started < 20
    assert "setup/last" in w.statusBar().currentMessage()
    assert len(w.settings.recent_files()) == 8
    assert w.setup.config().preset == "book"  # the first-launch set-up


def test_a_remembered_seed_the_window_cannot_hold_is_dropped(make_window, settings_path):
    import json

    from core.engine.presets import make_config

    s = QSettings(settings_path, QSettings.IniFormat)
    s.setValue(SETUP, json.dumps(make_config("book", seed=2**40).to_dict()))
    s.sync()
    w = make_window()
    assert w.setup.config().seed == 0 and "setup/last" in w.statusBar().currentMessage()


def test_limits_agree_a_tiny_learning_rate_and_a_huge_seed_are_refused_by_name(tmp_path):
    path = tmp_path / "lab.toml"
    path.write_text("format = 1\n[setup]\nlr_d = 1e-7\n")
    refused(path, "line 3, key 'setup.lr_d'")
    path.write_text("format = 1\n[setup]\nseed = 1099511627776\n")
    refused(path, "key 'setup.seed'")


def test_an_expression_that_overflows_is_refused_not_wrapped():
    from core.engine.patterns import parse_pattern

    with pytest.raises(ValueError, match="too large at n = "):
        parse_pattern("expr:n * 1000000000 * 1000000000 * 1000 % 7 == 1", 0, 100)


def test_the_window_survives_every_hostile_file(window, tmp_path, dialogs, monkeypatch):
    """Each crafted generator file: a message (or the trust question), never a crash, and the
    window goes on working."""
    import json
    import zipfile

    from core.engine.presets import make_config
    from core.engine.trainer import Trainer
    from core.files.genfile import save_trained
    from patterngan_gui.kit.dialogs import Dialogs
    from tests import hostile

    asked = []
    monkeypatch.setattr(Dialogs, "confirm_trust", lambda self, p, why: asked.append(why) or False)
    genuine = save_trained(
        tmp_path / "g.pt", Trainer(make_config("book", epochs=1, eval_samples=10))
    )
    data = hostile.member(genuine, "data.pkl")
    meta = hostile.member(genuine, "patterngan.json")
    original = json.loads(zipfile.ZipFile(genuine).read(meta))
    fifo = tmp_path / "fifo.pt"
    os.mkfifo(fifo)
    files = [
        hostile.rezip(genuine, tmp_path / "tree.pt", {data: hostile.shared_tree_pickle(40)}),
        hostile.stride_zero(tmp_path / "s.pt"),
        hostile.misfit_layers(tmp_path / "m.pt"),
        hostile.rezip(
            genuine, tmp_path / "deep.pt", {meta: ("[" * 100_000 + "]" * 100_000).encode()}
        ),
        fifo,
        Path("/dev/zero"),
    ]
    for path in files:
        started = time.process_time()  # CPU time: a loaded machine cannot stretch it
        assert window.files.open_file(str(path)) is False
        assert time.process_time() - started < FAST
    assert len(dialogs) + len(asked) == len(files)
    # metadata that looks like HTML is shown as text, never loaded
    html_meta = {**original, "preset": '<img src="/dev/zero">'}
    shown = hostile.rezip(genuine, tmp_path / "html.pt", {meta: json.dumps(html_meta).encode()})
    assert window.files.open_file(str(shown))
    assert "<img" not in window.sampling.source.text()
    assert "&lt;img" in window.sampling.source.text()
    assert window.isVisible() and window.session.can_open


@pytest.mark.parametrize(
    "condition, words",
    [
        ('setup = { g_hidden = ">= 2" }', "goals[1].setup.g_hidden"),  # a list field
        ('metrics = { tv = "<= 1e999" }', "too large to be a threshold"),
    ],
)
def test_goals_that_cannot_be_checked_or_written_back_are_refused_at_load(
    tmp_path, condition, words
):
    metrics = "" if condition.startswith("metrics") else 'metrics = { tv = "<= 0.5" }\n'
    path = tmp_path / "lab.toml"
    path.write_text(
        f'format = 1\n[setup]\npreset = "book"\n[[goals]]\ntext = "g"\n{metrics}{condition}\n'
    )
    assert words in refused(path, "line")


@pytest.mark.parametrize("threshold", ["0.9999999", "1234567", "0.1", "3", "1e-05", "250000.5"])
def test_what_a_lab_loads_it_re_saves_and_re_opens_exactly(tmp_path, threshold):
    from core.files.lab_file import dump_lab, parse_lab

    text = f'format = 1\n[setup]\npreset = "book"\n[[goals]]\ntext = "g"\nmetrics = {{ tv = "<= {threshold}" }}\n'
    lab = parse_lab(text)
    again = parse_lab(dump_lab(lab))
    assert again.goals[0].metrics[0].value == lab.goals[0].metrics[0].value == float(threshold)


@pytest.mark.parametrize(
    "title, instructions",
    [("t", "*a" * 100_000), ("x" * 120_000, "fine"), ("t", "y" * 120_000)],
    ids=["emphasis at the cap", "a huge title", "one huge word"],
)
def test_a_large_labs_text_shows_in_time_proportional_to_its_size(
    window, qtbot, tmp_path, title, instructions
):
    """Qt lays out a line that cannot break in time growing with the square of its length
    (100,000 characters of "*a": 18.7 s of the GUI thread); the lab panel shows such text in
    well under a second (CPU time: a loaded machine cannot stretch it)."""
    path = tmp_path / "big.toml"
    path.write_text(
        f'format = 1\ntitle = "{title}"\ninstructions = """{instructions}"""\n[setup]\npreset = "book"\n'
    )
    window.show()
    started = time.process_time()
    assert window.labs.open_lab(str(path))
    QApplication.processEvents()
    window.grab()  # laid out and painted
    assert time.process_time() - started < 1.0
    assert len(window.windowTitle()) < 200
