"""The run doctor (core/teaching/doctor.py): each diagnosis from a run made to show it, for
every loss kind; recorded runs of the benchmark replayed against the thresholds; the command
line's ``patterngan doctor``."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import numpy as np
import pytest

from core.teaching import doctor
from core.teaching.doctor import (
    CHANCE_D_LOSS,
    KINDS,
    DoctorWatch,
    Point,
    d_edge,
    diagnose,
    short_words,
)

LOSSES = ("nonsaturating", "minimax", "lsgan", "hinge", "wgan-gp")
RECORDED = Path(__file__).with_name("doctor_runs.json")


def chance(loss: str) -> float:
    return CHANCE_D_LOSS.get(loss, 0.0)


def g_at_chance(loss: str) -> float:
    return {"nonsaturating": math.log(2), "minimax": -math.log(2), "lsgan": 0.125}.get(loss, 0.0)


def run(n=40, every=50, loss="nonsaturating", **series) -> list[Point]:
    """A run of ``n`` reports that learns well (strict validity up, TV down, D at chance),
    with any series replaced by the given arrays (or functions of the report index)."""
    i = np.arange(n)
    base = {
        "d_loss": np.full(n, chance(loss)),
        "g_loss": np.full(n, g_at_chance(loss)),
        "strict": 0.1 + 0.85 * (1 - np.exp(-i / 5)),
        "book": 0.1 + 0.85 * (1 - np.exp(-i / 5)),
        "undecided": np.zeros(n),
        "tv": 0.9 - 0.85 * (1 - np.exp(-i / 5)),
        "modes": np.ones(n),
    }
    for key, value in series.items():
        base[key] = np.array([value(k) for k in i]) if callable(value) else np.asarray(value)
    return [
        Point(
            epoch=int((k + 1) * every),
            **{key: float(base[key][k]) for key in base},
            support=10,
        )
        for k in i
    ]


def kinds(points, loss="nonsaturating", epochs=None, error=None):
    epochs = epochs or points[-1].epoch
    return {d.kind: d for d in diagnose(points, epochs=epochs, loss=loss, error=error)}


# -- D's edge: one scale for every loss kind -------------------------------------------------
@pytest.mark.parametrize("loss", LOSSES)
def test_d_edge_is_0_at_chance_and_near_1_when_d_wins_for_every_loss(loss):
    assert d_edge(chance(loss), loss) == pytest.approx(0.0)
    winning = {"lsgan": 0.001, "hinge": 0.0, "wgan-gp": -40.0}.get(loss, 0.005)
    assert d_edge(winning, loss) >= 0.9
    assert d_edge(chance(loss) + 0.5, loss) == 0.0  # worse than chance: no edge
    assert math.isnan(d_edge(math.nan, loss))


def test_a_wgan_critic_has_no_floor_its_edge_grows_with_the_gap():
    gaps = [d_edge(-g, "wgan-gp") for g in (0.5, 2.0, 8.0, 50.0)]
    assert gaps == sorted(gaps) and gaps[1] == pytest.approx(0.5) and gaps[-1] < 1


# -- each diagnosis from a run shaped to show it --------------------------------------------
@pytest.mark.parametrize("loss", LOSSES)
def test_a_run_that_learns_is_healthy_for_every_loss(loss):
    found = kinds(run(loss=loss), loss)
    assert set(found) == {"healthy"}
    assert short_words(list(found.values())) == "healthy"


@pytest.mark.parametrize("loss", LOSSES)
def test_d_winning_outright_is_named_with_its_onset_for_every_loss(loss):
    floor = {"lsgan": 0.0005, "hinge": 0.0, "wgan-gp": -60.0}.get(loss, 0.002)
    after = 20  # reports; epoch 1,050
    g_high = {"minimax": -1e-4, "lsgan": 0.49}.get(loss, 20.0)
    pts = run(
        loss=loss,
        d_loss=lambda k: chance(loss) if k < after else floor,
        g_loss=lambda k: g_at_chance(loss) if k < after else g_high,
        strict=lambda k: min(0.6, 0.1 + 0.05 * k) if k < after else 0.6 - 0.03 * (k - after),
        tv=lambda k: 0.9 - min(0.5, 0.05 * k) if k < after else 0.4 + 0.03 * (k - after),
    )
    found = kinds(pts, loss)
    assert "d_wins" in found
    d = found["d_wins"]
    assert d.onset_epoch == pts[after].epoch
    assert d.evidence["d_edge"] >= doctor.WIN_EDGE
    assert f"{pts[after].epoch:,}" in d.sentence


def test_d_winning_while_g_loss_climbs_is_named_even_with_validity_flat():
    # the book's G frozen, D trained hard: G's loss climbs, D near its floor, metrics flat
    pts = run(
        d_loss=lambda k: 1.0 if k < 20 else 0.25,
        g_loss=lambda k: 1.0 if k < 20 else 1.0 + 1.5 * (k - 19),
        strict=lambda k: 0.9,
        tv=lambda k: 0.3,
    )
    found = kinds(pts)
    assert found["d_wins"].onset_epoch == pytest.approx(pts[20].epoch, abs=100)


def test_an_early_d_winning_phase_that_g_escapes_is_not_the_runs_failure():
    pts = run(
        loss="minimax",
        d_loss=lambda k: 0.001 if 2 <= k < 8 else chance("minimax"),
        g_loss=lambda k: -0.001 if 2 <= k < 8 else -math.log(2),
        strict=lambda k: 0.12 if k < 8 else min(0.97, 0.12 + 0.1 * (k - 7)),
        tv=lambda k: 0.88 if k < 8 else max(0.05, 0.88 - 0.1 * (k - 7)),
    )
    assert set(kinds(pts, "minimax")) == {"healthy"}


def test_nan_names_the_epoch_from_the_error_and_the_last_report_before_it():
    pts = run(n=10)
    error = "the D loss became nan by epoch 520: training diverged; try a lower learning rate"
    d = kinds(pts, error=error)["nan"]
    assert d.onset_epoch == 520 and d.evidence["loss"] == "D"
    assert d.evidence["last_finite_epoch"] == 500 and "epoch 500" in d.sentence
    g = kinds(pts, error="the G loss became inf by epoch 510: training diverged")["nan"]
    assert g.evidence["loss"] == "G"
    # a failure that is not a divergence is not called one
    other = kinds(pts, error="training failed at epoch 7: information about the device lost")
    assert "nan" not in other


@pytest.mark.parametrize("loss", LOSSES)
def test_a_loss_that_explodes_and_stays_is_a_divergence_a_spike_is_not(loss):
    scale = CHANCE_D_LOSS.get(loss, doctor.WGAN_GAP)
    boom = doctor.EXPLODE * scale * 2
    stays = run(loss=loss, d_loss=lambda k: chance(loss) if k < 25 else boom)
    assert kinds(stays, loss)["nan"].onset_epoch == stays[25].epoch
    spike = run(loss=loss, d_loss=lambda k: boom if k == 25 else chance(loss))
    assert "nan" not in kinds(spike, loss)


def test_no_learning_when_nothing_moves_from_the_first_report():
    pts = run(strict=lambda k: 0.12 + 0.01 * math.sin(k), tv=lambda k: 0.88)
    d = kinds(pts)["no_learning"]
    assert d.onset_epoch == pts[0].epoch
    assert d.evidence["strict_validity_moved"] < doctor.FLAT_MOVE


def test_undecided_the_books_trap_with_book_and_strict_validity_as_evidence():
    pts = run(
        undecided=lambda k: min(0.35, 0.02 * k),
        strict=lambda k: 0.6,
        book=lambda k: 0.99,
        tv=lambda k: 0.45,
    )
    d = kinds(pts)["undecided"]
    first = next(p.epoch for p in pts if p.undecided >= doctor.UNDECIDED_SHARE)
    assert d.onset_epoch == first
    assert d.evidence["book_validity"] == pytest.approx(0.99)
    assert "multiple of five by accident" in d.sentence


def test_mode_collapse_when_coverage_falls_while_validity_stays():
    pts = run(modes=lambda k: 1.0 if k < 24 else 0.3, strict=lambda k: 0.98, tv=lambda k: 0.1)
    d = kinds(pts)["mode_collapse"]
    assert d.onset_epoch == pts[24].epoch
    assert d.evidence["modes_covered_best_before"] == 1.0


def test_oscillation_when_a_metric_swings_back_and_forth():
    pts = run(tv=lambda k: 0.1 if k < 16 else (0.15 if (k // 2) % 2 else 0.55))
    d = kinds(pts)["oscillation"]
    assert d.onset_epoch <= pts[16].epoch + 200
    assert d.evidence["turns"] >= doctor.SWING_TURNS


def test_every_kind_is_a_known_one_and_json_is_plain():
    pts = run(undecided=lambda k: 0.4)
    for d in diagnose(pts, epochs=2000, loss="lsgan"):
        assert d.kind in KINDS
        text = json.dumps({"diagnoses": [d.to_json()]})
        assert set(json.loads(text)["diagnoses"][0]) == {
            "kind",
            "onset_epoch",
            "sentence",
            "evidence",
        }


def test_the_watch_diagnoses_as_reports_come_and_says_when_it_changed(tiny_book_config):
    from core.engine.trainer import Trainer

    config = tiny_book_config.replace(epochs=300, report_every=50)
    watch = DoctorWatch(config)
    changed = [watch.add(r) for r in Trainer(config).reports()]
    assert changed[0]  # the first diagnosis is news
    assert watch.diagnoses and all(d.kind in KINDS for d in watch.diagnoses)
    assert len(watch.points) == 6


# -- recorded runs of the benchmark, replayed -------------------------------------------------
def recorded_runs():
    return json.loads(RECORDED.read_text())["runs"]


def test_recorded_benchmark_runs_are_diagnosed_as_when_recorded():
    """A small version of tests/bench_doctor.py: one seed of every case, recorded with the
    judgement the doctor gave it (``python tests/bench_doctor.py --seeds 1 --record
    tests/doctor_runs.json``); replayed, every run gets the same diagnoses at the same
    onsets, and the figures stay where they were: a threshold planted wrong turns this red."""
    from tests.bench_doctor import cases, judge

    by_name = {c.name: c for c in cases()}
    runs = recorded_runs()
    assert len(runs) == len(by_name)  # every case, one seed
    changed = []
    for r in runs:
        now = judge(by_name[r["case"]], r, diagnose)
        if now != r["judged"]:
            changed.append((r["case"], r["judged"], now))
    assert not changed
    healthy = [r for r in runs if by_name[r["case"]].expect == "healthy"]
    assert all(r["judged"]["hit"] for r in healthy)  # no false alarm on a healthy set-up
    named = [r["judged"]["hit"] for r in runs if by_name[r["case"]].expect != "healthy"]
    assert sum(named) >= 0.85 * len(named)


@pytest.mark.parametrize(
    "name, value",
    [
        ("WIN_EDGE", 1.01),
        ("UNDECIDED_SHARE", 0.6),
        ("NARROW_STRICT", 1.01),
        ("FLAT_MOVE", 0.0),
        ("SWING_TURNS", 50),
        ("WARMUP", 0.0),
        ("GROW_NATS", 1e9),
        ("SWING_RANGE", 0.9),
        ("SUSTAIN", 30),
    ],
)
def test_a_threshold_planted_wrong_turns_the_recorded_benchmark_red(monkeypatch, name, value):
    monkeypatch.setattr(doctor, name, value)
    with pytest.raises(AssertionError):
        test_recorded_benchmark_runs_are_diagnosed_as_when_recorded()


# -- the command line ---------------------------------------------------------------------------
def cli(*argv):
    from patterngan_gui.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_cli_doctor_trains_and_prints_the_diagnoses_as_json_last():
    code, out, _ = cli("doctor", "--epochs", "400", "--report-every", "50", "--json")
    assert code == 0
    last = json.loads(out.strip().splitlines()[-1])
    assert [d["kind"] for d in last["diagnoses"]] == ["undecided"]  # the book's trap
    d = last["diagnoses"][0]
    assert set(d) == {"kind", "onset_epoch", "sentence", "evidence"}
    assert 0 <= d["onset_epoch"] <= 400


@pytest.mark.slow  # ~5 s: the default preset's networks at SGD lr 10
def test_cli_doctor_names_a_run_that_diverges():
    code, out, _ = cli(
        "doctor",
        "--preset",
        "default",
        "--loss",
        "lsgan",
        "--optimizer",
        "sgd",
        "--momentum",
        "0.99",
        "--lr",
        "10",
        "--epochs",
        "200",
        "--batch",
        "64",
        "--pack",
        "4",
        "--report-every",
        "20",
        "--json",
    )
    assert code == 0
    found = json.loads(out.strip().splitlines()[-1])["diagnoses"]
    assert found[0]["kind"] == "nan" and found[0]["onset_epoch"] <= 200


def test_cli_doctor_reads_a_session_and_refuses_a_generator(tmp_path, tiny_book_config):
    from core.engine.trainer import Trainer
    from core.files.session_file import save_session
    from core.teaching.history import RunHistory

    config = tiny_book_config.replace(epochs=400, report_every=50)
    history = RunHistory(1, config)
    for report in Trainer(config).reports():
        history.add(report)
    path = tmp_path / "class.pgsession"
    save_session(path, [history], {})
    code, out, _ = cli("doctor", str(path), "--json")
    assert code == 0
    last = json.loads(out.strip().splitlines()[-1])
    assert [d["kind"] for d in last["diagnoses"]] == ["undecided"]
    assert last["runs"][0]["number"] == 1
    code, out, _ = cli("doctor", str(path))
    assert code == 0 and "run #1" in out and "undecided" in out
    (tmp_path / "num_gen.pt").write_bytes(b"x")
    code, _, err = cli("doctor", str(tmp_path / "num_gen.pt"))
    assert code == 1 and "session" in err


def test_a_run_diverged_from_its_first_report_is_not_also_told_to_raise_its_rates():
    boom = doctor.EXPLODE * doctor.WGAN_GAP * 10
    pts = run(loss="wgan-gp", d_loss=lambda k: boom, strict=lambda k: 0.85, tv=lambda k: 0.64)
    found = kinds(pts, "wgan-gp")
    assert "nan" in found and "no_learning" not in found
    assert "BCE" not in found["nan"].sentence  # the log clipping is BCE's alone
