"""The Qt-free halves of the teaching-lab features: run history and timeline, lab files,
the encoding inspector, slow-motion stories, the collapse alert and run bundles."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import numpy as np
import pytest

from core.engine.codecs import Codec
from core.engine.metrics import evaluate_decoded
from core.engine.patterns import parse_pattern
from core.engine.presets import make_config
from core.engine.trainer import Trainer
from core.files.bundle import BundleError, write_bundle
from core.files.lab_file import LabError, dump_lab, load_lab, parse_lab
from core.teaching.collapse import check_collapse
from core.teaching.history import RunHistory, metrics_csv
from core.teaching.inspector import encode_heads, explain_number, read_heads
from core.teaching.lab import CONTROLS, Lab
from core.teaching.slow_motion import explain

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


# -- history and timeline ------------------------------------------------------------------
def fake_report(epoch: int, numbers=(0, 5, 10), done: bool = False):
    """A real Report built from real metrics of a hand-made sample."""
    from core.engine.trainer import Report

    pattern = parse_pattern("multiples:5", 0, 50)
    n = np.array(numbers)
    m = evaluate_decoded(n, np.ones(n.size, bool), pattern, 100)
    return Report(
        epoch=epoch,
        epochs=10_000,
        d_loss=1.0,
        g_loss=0.5,
        samples=n,
        samples_decisive=np.ones(n.size, bool),
        sample_outputs=np.zeros((n.size, 25), np.float32),
        metrics=m,
        d_view=np.full(100, 0.5),
        elapsed=0.1,
        epochs_per_second=1000.0,
        done=done,
        stopped=False,
    )


def test_history_keeps_every_curve_point_but_a_bounded_evenly_spread_timeline():
    h = RunHistory(1, make_config("book"), max_snapshots=10)
    for e in range(1, 101):
        h.add(fake_report(e * 100))
    assert len(h.epochs) == 100 and len(h.rows) == 100
    assert len(h.snapshots) <= 10
    kept = [s.epoch for s in h.snapshots]
    assert kept[-1] == 10_000  # the latest report is always on the timeline
    assert kept[0] == 100
    gaps = np.diff(kept[:-1])
    assert gaps.min() == gaps.max()  # evenly spread
    assert h.nbytes() < 10 * 4000 + 100 * 600


def test_a_stop_just_after_a_report_is_no_second_point_at_that_epoch():
    """Stopped right after report 100, a run ends with a stopped report of epoch 100 and no
    step since (its G loss NaN): the history keeps one point and one row there, and the
    stopped report as the latest snapshot."""
    from core.engine.reports import RunControl

    config = make_config("book", epochs=1000, report_every=100, eval_samples=300)
    control, trainer = RunControl(), Trainer(config)
    reports = []
    for report in trainer.reports(control):
        reports.append(report)
        control.stop()
    assert [(r.epoch, r.stopped) for r in reports] == [(100, False), (100, True)]
    assert np.isnan(reports[1].g_loss)
    h = RunHistory(1, config)
    for report in reports:
        h.add(report)
    assert h.epochs == [100] and len(h.rows) == 1 and not np.isnan(h.curves["g_loss"]).any()
    assert h.last is reports[1] and h.last.stopped
    h.add(fake_report(200))  # training on
    assert h.epochs == [100, 200]


def test_history_snapshot_at_picks_the_nearest_kept_report():
    h = RunHistory(1, make_config("book"))
    for e in (100, 200, 300):
        h.add(fake_report(e))
    assert h.snapshot_at(240).epoch == 200
    assert h.snapshot_at(10_000).epoch == 300
    assert RunHistory(2, make_config("book")).snapshot_at(5) is None


def test_metrics_csv_has_a_row_per_report():
    h = RunHistory(1, make_config("book"))
    for e in (100, 200):
        h.add(fake_report(e, numbers=(5, 7)))
    lines = metrics_csv(h.rows).splitlines()
    assert lines[0].startswith("epoch,d_loss,g_loss")
    assert len(lines) == 3 and lines[2].startswith("200,") and "5 7" in lines[2]


# -- lab files -----------------------------------------------------------------------------
def test_the_example_lab_opens_and_round_trips():
    lab = load_lab(RESOURCES / "example-lab.toml")
    assert lab.title and "book" in lab.instructions.lower()
    assert lab.locked and lab.hidden
    again = parse_lab(dump_lab(lab))
    assert again == lab


def test_lab_round_trip_keeps_every_field_and_awkward_text():
    lab = Lab(
        title='Lab "2"',
        instructions='Line one\n  C:\\temp """ and "quotes"\ttab',
        config=make_config("default", pattern="odd", lo=0, hi=40, epochs=500, seed=7, lr_g=0.002),
        locked=frozenset({"pattern", "range"}),
        hidden=frozenset({"device", "lr_d"}),
    )
    assert parse_lab(dump_lab(lab)) == lab


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('format = 1\ntitle = "x"\n[setup]\nlr_d = "fast"\n', "line 4, key 'setup.lr_d'"),
        ("[setup]\nepochs = -5\n", "line 2, key 'setup.epochs'"),
        ("[setup]\npreset = 'nope'\n", "unknown preset 'nope'"),
        ("[setup]\ncolour = 1\n", "line 2, key 'setup.colour': not a set-up field"),
        ('[controls]\nlocked = ["pattern", "colour"]\n', "unknown control 'colour'"),
        ("[controls]\nhidden = 3\n", "key 'controls.hidden': must be a list"),
        ("title = 3\n", "line 1, key 'title': must be a string"),
        ("format = 9\n", "lab format 1, not 9"),
        ("extra = 1\n", "key 'extra': unknown key"),
        ('title = "x"\n[setup\n', "line 2"),  # a TOML syntax error names its line
        ("[setup]\nepochs = true\n", "epochs: must be an integer"),
    ],
)
def test_malformed_lab_files_name_the_line_or_key(text, expected):
    with pytest.raises(LabError, match=None) as info:
        parse_lab(text)
    assert expected in str(info.value)


def test_unreadable_lab_files_are_refused_with_the_file_name(tmp_path):
    binary = tmp_path / "lab.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(LabError, match="lab.toml: not a text file"):
        load_lab(binary)
    with pytest.raises(LabError, match="missing.toml: no such file"):
        load_lab(tmp_path / "missing.toml")


def test_lab_control_names_cover_the_setup_fields():
    assert {"pattern", "range", "codec", "preset", "seed", "device"} <= set(CONTROLS)


# -- encoding inspector --------------------------------------------------------------------
def test_encoding_an_integer_shows_its_quotient_and_remainder():
    codec = Codec("qr", 100, 5)
    reading = encode_heads(codec, 37)
    q, r = reading.heads
    assert (q.argmax, r.argmax, reading.number, reading.decisive) == (7, 2, 37, True)
    assert q.values.sum() == 1 and r.values.sum() == 1
    assert "37 = 7 x 5 + 2" in explain_number(codec, 37)
    with pytest.raises(ValueError, match="outside"):
        encode_heads(codec, 100)


def test_an_all_zero_remainder_head_is_shown_as_the_free_multiple_of_five():
    codec = Codec("qr", 100, 5)
    out = np.zeros(25)
    out[3] = 0.8  # quotient 3, remainder head all zeros (ReLU)
    reading = read_heads(codec, out)
    assert reading.number == 15 and not reading.decisive
    assert "all zeros" in reading.heads[1].why
    text = reading.sentence(codec)
    assert "multiple of 5 by accident" in text and "Not decisive" in text


def test_a_tie_is_named_with_its_indices():
    codec = Codec("qr", 100, 5)
    out = np.zeros(25)
    out[[2, 9]] = 0.5
    out[20 + 1] = 0.9
    reading = read_heads(codec, out)
    assert not reading.heads[0].decisive and "between indices 2, 9" in reading.heads[0].why
    assert reading.heads[1].decisive and reading.number == 11


# -- slow motion ---------------------------------------------------------------------------
def test_slow_motion_runs_the_epochs_three_steps_with_the_same_mathematics():
    config = make_config("book", epochs=20, eval_samples=2000)
    slow, fast = Trainer(config), Trainer(config)
    titles = [explain(slow).title for _ in range(6)]
    fast.step("epoch")
    fast.step("epoch")
    assert slow.epoch == 2 and slow.phase == 0
    assert [t.split(": ")[1] for t in titles[:3]] == ["D on real", "D on fake", "G"]
    assert titles[3].startswith("Epoch 2, step 1 of 3")
    for a, b in zip(slow.G.parameters(), fast.G.parameters()):
        assert np.array_equal(a.detach().numpy(), b.detach().numpy())
    assert slow.report().d_loss == pytest.approx(fast.report().d_loss)


def test_a_half_stepped_epoch_is_finished_by_the_next_whole_epoch():
    t = Trainer(make_config("book", epochs=20, eval_samples=2000))
    explain(t)
    t.step("epoch")
    assert (t.epoch, t.phase) == (1, 0)


def test_step_stories_say_what_changed_with_numbers():
    t = Trainer(make_config("default", epochs=50, batch=64, pack=4, eval_samples=2000))
    d = explain(t)
    assert d.kind == "d" and d.changed == ("d_view", "losses")
    assert "D now scores" in d.sentence and "->" in d.sentence
    assert not np.array_equal(d.d_view_before, d.d_view_after)
    g = explain(t)
    assert g.kind == "g" and "distribution" in g.changed
    assert "D's mean score for G's numbers" in g.sentence
    single = explain(t, "d_real")
    assert "outside the epoch's order" in single.title and t.phase == 0


# -- collapse alert ------------------------------------------------------------------------
def metrics_of(numbers, pattern="multiples:5"):
    n = np.asarray(numbers)
    return evaluate_decoded(n, np.ones(n.size, bool), parse_pattern(pattern, 0, 50), 100)


def test_no_alert_for_a_healthy_generator():
    m = metrics_of(np.tile(np.arange(0, 50, 5), 100))
    assert check_collapse(1.0, m, 900, 1000, "book") is None


def test_alert_when_modes_covered_falls_and_a_switch_is_offered():
    m = metrics_of(np.tile([0, 5, 10], 100))
    alert = check_collapse(1.0, m, 300, 1000, "collapse")
    assert alert is not None and "only 3 of the 10" in alert.headline
    assert alert.preset == "default"


def test_alert_for_one_dominant_value_waits_for_warm_up():
    m = metrics_of([35] * 60 + list(range(0, 50, 5)) * 4)
    assert check_collapse(1.0, m, 100, 1000, "book") is None  # too early to judge
    alert = check_collapse(1.0, m, 500, 1000, "book")
    assert alert is not None and "35 makes up" in alert.headline


def test_no_switch_offered_when_already_on_the_default_preset():
    m = metrics_of(np.tile([0, 5], 100))
    alert = check_collapse(0.2, m, 900, 1000, "default")
    assert alert is not None and alert.preset is None and "seed" in alert.advice


# -- bundles -------------------------------------------------------------------------------
def test_bundle_is_written_whole_under_a_free_name(tmp_path):
    first = write_bundle(tmp_path, "run-1", {"a.txt": b"1", "b.csv": b"2"})
    second = write_bundle(tmp_path, "run-1", {"a.txt": b"3"})
    assert first.name == "run-1" and second.name == "run-1-2"
    assert (first / "b.csv").read_bytes() == b"2" and (second / "a.txt").read_bytes() == b"3"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run-1", "run-1-2"]


def test_a_full_disk_leaves_no_half_bundle(tmp_path, monkeypatch):
    real_write = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(BundleError, match="No space left"):
        write_bundle(tmp_path, "run", {"a.txt": b"1"})
    monkeypatch.setattr(os, "fsync", real_write)
    assert list(tmp_path.iterdir()) == []


def test_bundle_into_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(BundleError, match="not a folder"):
        write_bundle(tmp_path / "nope", "run", {})
