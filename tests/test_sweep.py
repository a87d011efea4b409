"""Seed sweeps: N seeds trained together follow the single runs' mathematics."""

from __future__ import annotations

import json

import pytest
import torch

from core.engine.gan import Gan
from core.engine.presets import make_config
from core.engine.sweep import SweepTrainer, sweep
from core.engine.trainer import Trainer
from tests.test_cli import run


@pytest.mark.parametrize("preset", ["book", "default", "collapse"])
def test_every_seed_starts_as_its_single_run_would(preset):
    config = make_config(preset, epochs=10, eval_samples=200)
    s = SweepTrainer(config, [3, 7])
    pattern, codec = config.validate()
    single = Gan(config.replace(seed=7), pattern, codec, torch.device("cpu"))
    first_linear = next(m for m in single.G.modules() if isinstance(m, torch.nn.Linear))
    assert torch.equal(s.g_params[0][1], first_linear.weight.detach().t())


def test_a_sweeps_seeds_train_independently():
    """Changing one seed's weights changes nothing for the others (no shared gradients)."""
    config = make_config("default", epochs=30, batch=64, pack=4, eval_samples=300)
    a, b = SweepTrainer(config, [1, 2]), SweepTrainer(config, [1, 2])
    with torch.no_grad():
        b.g_params[0][1].mul_(3.0)  # seed 2's first layer only
    for _ in range(10):
        a.step_epoch()
        b.step_epoch()
    assert torch.equal(a.g_params[0][0], b.g_params[0][0])
    assert not torch.equal(a.g_params[0][1], b.g_params[0][1])


def _linear_params(module: torch.nn.Module) -> list[torch.Tensor]:
    """A module's Linear weights (transposed, as a sweep stacks them) and biases, in order."""
    out = []
    for m in module.modules():
        if isinstance(m, torch.nn.Linear):
            out += [m.weight.detach().t(), m.bias.detach()]
    return out


@pytest.mark.parametrize(
    "preset,epochs,overrides",
    [
        ("book", 500, {}),
        ("book", 300, {"loss": "lsgan", "generator": "softmax", "g_hidden": (16,)}),
        ("book", 300, {"d_steps": 2}),
        ("book", 300, {"book_steps": False, "noise": "uniform"}),
        # the default's Gumbel head takes an argmax: once float rounding flips one (after
        # ~150 epochs here) the runs part, as any chaotic game's would
        ("default", 100, {}),
        ("default", 100, {"loss": "hinge", "d_steps": 2}),
    ],
    ids=[
        "book",
        "book lsgan softmax",
        "book k=2",
        "book together uniform",
        "default",
        "default hinge k=2",
    ],
)
def test_each_seed_of_a_sweep_is_its_single_run_batched(preset, epochs, overrides):
    """Same starting weights, same real batches, same noise: the weights of seed s after a
    few hundred epochs are those of ``patterngan train --seed s`` within float rounding."""
    config = make_config(preset, epochs=epochs, eval_samples=500, **overrides)
    atol = 1e-5 if preset == "book" else 1e-4  # the default's D is wider: more rounding
    seeds = [0, 5, 11]
    swept = SweepTrainer(config, seeds)
    for _ in range(epochs):
        swept.step_epoch()
    for i, seed in enumerate(seeds):
        single = Trainer(config.replace(seed=seed, device="cpu"))
        for _ in range(epochs):
            single.step_epoch()
        for module, stacked in ((single.G, swept.g_params), (single.D, swept.d_params)):
            for own, batched in zip(_linear_params(module), stacked):
                torch.testing.assert_close(batched[i].reshape(own.shape), own, rtol=0, atol=atol)
        fresh = _linear_params(Trainer(config.replace(seed=seed)).G)[0]
        assert not torch.equal(_linear_params(single.G)[0], fresh)  # it trained
        if swept.ema is not None:  # the weight average too (default: EMA 0.99 from epoch 50)
            own_avg = _linear_params(
                single.gan.G_ema.net if preset == "default" else single.gan.G_ema
            )
            for own, batched in zip(own_avg, swept.ema):
                torch.testing.assert_close(batched[i].reshape(own.shape), own, rtol=0, atol=atol)
    # and the evaluation noise is each single run's own
    assert torch.equal(swept.eval_noise[1], Trainer(config.replace(seed=5)).gan.eval_noise)


def test_a_sweep_that_drew_other_noise_would_fail_the_test_above():
    """The tolerance is tight enough to see a different draw: one seed's stream advanced by
    one batch moves its weights far beyond it."""
    config = make_config("book", epochs=200, eval_samples=500)
    a, b = SweepTrainer(config, [0]), SweepTrainer(config, [0])
    b._noises[0].take(config.batch)
    for _ in range(200):
        a.step_epoch()
        b.step_epoch()
    assert (a.g_params[0] - b.g_params[0]).abs().max() > 1e-3


def test_a_default_sweep_learns_every_seed():
    r = sweep(make_config("default", epochs=300, eval_samples=2000), [0, 1, 2, 3])[-1]
    assert r.column("strict_validity").min() > 0.95 and r.done


def test_cli_sweep_json_lists_every_seed():
    code, out, _ = run("sweep", "--preset", "book", "--seeds", "3", "--epochs", "100", "--json")
    data = json.loads(out)
    assert code == 0 and [s["seed"] for s in data["seeds"]] == [0, 1, 2]
    assert {"strict_validity", "book_validity", "tv", "modes_covered"} <= set(data["seeds"][0])


def test_cli_sweep_refuses_a_bad_seed_count():
    code, _, _ = run("sweep", "--seeds", "0")
    assert code == 2


def test_run_sweep_seeds_in_the_window_shows_median_band_and_histogram(window, qtbot, monkeypatch):
    from patterngan_gui.kit import ask
    from tests.gui_helpers import short

    short(window, "default", epochs=100, batch=64, pack=4, eval_samples=500)
    monkeypatch.setattr(ask, "get_int", lambda *a, **k: (4, True))
    with qtbot.waitSignal(window.sweep_finished, timeout=60_000):
        window.action("sweep").trigger()
        assert not window.action("train").isEnabled()  # one training thread at a time
    panel = window.sweep_panel
    assert window.tabs.currentWidget() is panel and panel.reports[-1].done
    low, high, median = panel.curves["strict_validity"]
    assert len(median.getData()[0]) == len(panel.reports) >= 2
    assert (low.getData()[1] <= median.getData()[1]).all()
    assert (median.getData()[1] <= high.getData()[1]).all()
    assert panel.bars.opts["height"].sum() == 4  # every seed in the histogram
    assert "4 seeds" in panel.summary.text() and window.action("train").isEnabled()
    assert len(window.session.sweeps) == 1


def test_a_finished_sweep_is_a_row_of_the_runs_tab_beside_single_runs(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from patterngan_gui.kit import ask
    from tests.gui_helpers import short, train_to_end

    short(window, "default", epochs=60, batch=64, pack=4, eval_samples=400)
    train_to_end(qtbot, window)  # one single run first
    monkeypatch.setattr(ask, "get_int", lambda *a, **k: (3, True))
    # the status bar follows the sweep, not the single run before it
    seen = []
    original = window.status.show
    monkeypatch.setattr(
        window.status, "show", lambda s: (original(s), seen.append(window.status.epoch.text()))
    )
    with qtbot.waitSignal(window.sweep_finished, timeout=60_000):
        window.action("sweep").trigger()
    during = [text for text in seen if text.startswith("sweep:")]
    assert during and any(", 3 seeds" in text for text in during), seen
    assert seen[-1].startswith("epoch 60 / 60")  # after it: the current run again
    runs = window.runs_panel
    table = runs.table
    assert table.rowCount() == 2  # the run and the sweep
    row = next(r for r in range(2) if table.sweep_at(r) == 0)
    assert "Sweep 1: 3 x default" in table.item(row, 0).text()
    record = window.session.sweeps[0]
    median = record.final_median("strict_validity")
    assert table.item(row, 2).value == median  # the Strict column is the seeds' median
    assert table.ticked_sweeps() == [0]  # the new sweep is ticked: drawn dashed
    strict_curves = [
        c for c in runs.strict_plot.listDataItems() if c.opts["pen"].style() == Qt.DashLine
    ]
    assert len(strict_curves) == 1 and strict_curves[0].getData()[1][-1] == median
    table.selectRow(row)
    assert not runs.save_button.isEnabled()  # a sweep has no one generator to save
    # untick it: its curves go, the single run's stay
    table.item(row, 0).setCheckState(Qt.Unchecked)
    assert len(runs.strict_plot.listDataItems()) == 1
    # a second single run keeps the sweep's row
    train_to_end(qtbot, window)
    assert table.rowCount() == 3 and sorted(table.sweep_at(r) for r in range(3)) == [-1, -1, 0]


def test_a_sweep_can_be_stopped_with_shift_f5(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from patterngan_gui.kit import ask
    from tests.gui_helpers import short

    short(window, "book", epochs=50_000, eval_samples=300)
    monkeypatch.setattr(ask, "get_int", lambda *a, **k: (4, True))
    window.action("sweep").trigger()
    with qtbot.waitSignal(window.sweep_finished, timeout=30_000):
        qtbot.keyClick(window, Qt.Key_F5, Qt.ShiftModifier)
    assert not window.session.sweeping and window.action("train").isEnabled()


def test_sweep_reports_evaluate_a_fifth_of_the_samples_until_the_last_and_stop_when_told():
    config = make_config("book", epochs=250, eval_samples=500)
    reports = list(SweepTrainer(config, [0, 1]).reports(100))
    assert [r.epoch for r in reports] == [100, 200, 250] and [r.done for r in reports] == [
        False,
        False,
        True,
    ]
    assert [r.metrics[0].samples for r in reports] == [100, 100, 500]  # a fifth, then all
    assert reports[-1].epochs == 250 and reports[-1].seeds == (0, 1)
    assert 0 < reports[0].elapsed <= reports[1].elapsed <= reports[2].elapsed
    assert reports[-1].column("strict_validity").tolist() == [
        m.strict_validity for m in reports[-1].metrics
    ]
    calls = []
    stopped = list(
        SweepTrainer(config, [0]).reports(100, stop=lambda: len(calls.append(1) or calls) > 2)
    )
    assert stopped[-1].done and stopped[-1].epoch < 250
    assert stopped[-1].metrics[0].samples == 500  # a stopped sweep's last report: all samples
    with pytest.raises(ValueError, match="^seeds: between 1 and 256 different seeds$"):
        SweepTrainer(config, [1, 1])
    with pytest.raises(ValueError, match="^loss: a sweep does not batch wgan-gp"):
        SweepTrainer(make_config("default", loss="wgan-gp", epochs=5), [0])
