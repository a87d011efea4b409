import math
import re
import threading

import numpy as np
import pytest
import torch

from core.engine.config import TrainConfig
from core.engine.presets import PRESETS, make_config
from core.engine.trainer import (
    RunControl,
    Trainer,
    TrainingError,
    epochs_per_second,
    resolve_device,
    train,
)
from tests.conftest import requires_cuda


def test_book_preset_is_the_chapter():
    c = make_config("book")
    assert (c.generator, c.latent, c.batch, c.epochs, c.lr_d, c.lr_g) == (
        "book",
        100,
        10,
        10_000,
        0.001,
        0.001,
    )
    t = Trainer(c.replace(epochs=1))
    assert str(t.G) == str(torch.nn.Sequential(torch.nn.Linear(100, 25), torch.nn.ReLU()))
    assert str(t.D) == str(torch.nn.Sequential(torch.nn.Linear(25, 1), torch.nn.Sigmoid()))
    assert t.codec.spec == "qr:5" and t.pattern.support.tolist() == list(range(0, 50, 5))
    assert t.gan.loss._bce is torch.nn.functional.binary_cross_entropy  # nn.BCELoss(), mean
    group = t.gan.opt_d.param_groups[0]  # the reference's Adam, as the chapter builds it
    assert (group["lr"], group["betas"], group["eps"]) == (0.001, (0.9, 0.999), 1e-8)
    if t.fast is not None:  # the fast path's Adam (absent with PATTERNGAN_NO_FAST_PATHS=1)
        adam = t.fast.adam_d
        assert adam.lr == 0.001 and (adam.beta1, adam.beta2, adam.eps) == (0.9, 0.999, 1e-8)


def test_every_preset_has_a_one_line_description():
    for p in PRESETS.values():
        assert p.description and "\n" not in p.description


def test_reports_every_interval_and_at_the_end(tiny_book_config):
    reports = list(Trainer(tiny_book_config.replace(epochs=250)).reports())
    assert [r.epoch for r in reports] == [100, 200, 250]
    last = reports[-1]
    assert last.done and not last.stopped
    assert last.samples.shape == (10,) and last.samples_decisive.shape == (10,)
    assert last.sample_outputs.shape == (10, 25)
    assert last.metrics.samples == 2000
    assert last.d_view.shape == (100,) and ((0 <= last.d_view) & (last.d_view <= 1)).all()
    assert math.isfinite(last.d_loss) and math.isfinite(last.g_loss)
    assert isinstance(last.samples, np.ndarray)  # plain data, never tensors
    assert last.metrics.histogram.sum() == pytest.approx(1.0)


def test_same_seed_same_reports_and_weights(tiny_default_config):
    a, ra = train(tiny_default_config)
    b, rb = train(tiny_default_config)
    assert ra.metrics.summary() == rb.metrics.summary()
    assert np.array_equal(ra.samples, rb.samples) and ra.d_loss == rb.d_loss
    for pa, pb in zip(a.G.state_dict().values(), b.G.state_dict().values()):
        assert torch.equal(pa, pb)
    for pa, pb in zip(a.D.state_dict().values(), b.D.state_dict().values()):
        assert torch.equal(pa, pb)
    c, rc = train(tiny_default_config.replace(seed=1))
    assert not torch.equal(next(iter(a.G.parameters())), next(iter(c.G.parameters())))


def test_stop_between_steps_gives_a_final_stopped_report(tiny_book_config):
    control = RunControl()
    trainer = Trainer(tiny_book_config.replace(epochs=5000))
    reports = []
    for r in trainer.reports(control):
        reports.append(r)
        control.stop()
    # report 100 is handed over a few epochs later (its metrics are finished on the report
    # thread); the stop then ends the run with a report at the epoch it stopped
    assert reports[0].epoch == 100 and not reports[0].stopped
    final = reports[-1]
    assert final.stopped and final.done and final.epoch == trainer.epoch <= 200
    # resuming after a stop goes on from the same epoch to the next report
    more = trainer.reports(RunControl())
    assert next(more).epoch == (final.epoch // 100 + 1) * 100


def test_pause_hands_over_the_waiting_report_then_blocks_until_resume(tiny_book_config):
    control = RunControl()
    trainer = Trainer(tiny_book_config.replace(epochs=300))
    step_epochs = trainer.step_epochs

    paused = threading.Event()

    def step_and_pause_after_101(until, busy) -> None:
        def pause_at_101() -> bool:  # asked between epochs, on the training thread
            if trainer.epoch == 101 and not paused.is_set():
                control.pause()
                paused.set()
            return busy()

        step_epochs(until, pause_at_101)  # epoch by epoch: its own question, no flag

    trainer.step_epochs = step_and_pause_after_101
    got, got_100 = [], threading.Event()

    def consume() -> None:
        for report in trainer.reports(control):
            got.append(report)
            if report.epoch == 100:
                got_100.set()

    th = threading.Thread(target=consume)
    th.start()
    assert got_100.wait(10)  # handed over while paused, not after the resume
    assert paused.wait(10) and control.wait_parked(10)  # the loop's own signals: no sleep
    assert th.is_alive() and trainer.epoch == 101  # paused between epochs
    control.resume()
    th.join(10)
    assert [r.epoch for r in got] == [100, 200, 300] and got[-1].done


@pytest.mark.parametrize("preset", ["book", "default"])  # default: G's weight average
def test_the_report_loop_gives_the_reports_taken_by_hand_at_the_same_epochs(preset):
    config = make_config(preset, epochs=300, report_every=100, eval_samples=1000)
    looped = list(Trainer(config).reports())
    by_hand, trainer = [], Trainer(config)
    while trainer.epoch < config.epochs:
        for _ in range(config.report_every):
            trainer.step_epoch()
        by_hand.append(trainer.report())
    assert [r.epoch for r in looped] == [r.epoch for r in by_hand] == [100, 200, 300]
    for a, b in zip(looped, by_hand):
        assert (a.d_loss, a.g_loss) == (b.d_loss, b.g_loss)
        assert np.array_equal(a.samples, b.samples)
        assert np.array_equal(a.sample_outputs, b.sample_outputs)
        assert a.metrics.summary() == b.metrics.summary()
        assert np.array_equal(a.metrics.histogram, b.metrics.histogram)
        assert np.array_equal(a.d_view, b.d_view)
    assert looped[0].metrics.summary() != looped[-1].metrics.summary()  # it trained


def test_a_failure_hands_over_the_last_good_report_first():
    t = Trainer(make_config("book", epochs=300, report_every=100, eval_samples=500))
    step_epochs = t.step_epochs

    def step_then_poison(until, busy) -> None:
        step_epochs(until, busy)
        if t.epoch == 100:  # report 100's losses are finite; epoch 101 will fail
            with torch.no_grad():
                t.D[0].weight.fill_(float("nan"))

    t.step_epochs = step_then_poison
    got = []
    with pytest.raises(TrainingError, match="NaN at epoch 100:"):
        for report in t.reports():
            got.append(report.epoch)
    assert got == [100]


def test_a_failure_while_making_a_report_reaches_the_caller():
    t = Trainer(make_config("book", epochs=300, report_every=100, eval_samples=500))
    metrics_of, calls = t.metrics_of, []

    def fail_from_the_second(generator):
        calls.append(1)
        if len(calls) >= 2:
            raise RuntimeError("evaluation broke")
        return metrics_of(generator)

    t.metrics_of = fail_from_the_second
    got = []
    with pytest.raises(RuntimeError, match="evaluation broke"):  # TrainingError is one too
        for report in t.reports():
            got.append(report.epoch)
    assert got == [100]


def test_single_steps(tiny_book_config):
    t = Trainer(tiny_book_config)
    w = t.D[0].weight.clone()
    g = t.G[0].weight.clone()
    t.step("d_real")
    assert not torch.equal(w, t.D[0].weight) and torch.equal(g, t.G[0].weight)
    w = t.D[0].weight.clone()
    t.step("g")
    assert torch.equal(w, t.D[0].weight) and not torch.equal(g, t.G[0].weight)
    t.step("d_fake")
    assert t.epoch == 0
    t.step("epoch")
    assert t.epoch == 1
    r = t.report()
    assert math.isfinite(r.d_loss) and r.samples.shape == (10,)
    with pytest.raises(ValueError, match="step kind"):
        t.step("x")


def test_nan_loss_stops_with_clear_error(tiny_book_config):
    t = Trainer(tiny_book_config)
    with torch.no_grad():
        t.D[0].weight.fill_(float("nan"))
    with pytest.raises(TrainingError, match="NaN|nan"):
        list(t.reports())


def test_a_failure_mid_run_names_the_epoch_that_failed():
    t = Trainer(make_config("book", epochs=300, report_every=100, eval_samples=500))
    reports = t.reports()
    assert next(reports).epoch == 100
    with torch.no_grad():
        t.D[0].weight.fill_(float("nan"))
    with pytest.raises(TrainingError, match="at epoch ([0-9]+):") as failure:
        next(reports)
    # the first epoch after the poisoning: autograd's BCE refuses it there at once; the book's
    # hand-written steps find it when the next report computes the losses, and name it too
    assert "at epoch 100:" in str(failure.value) and 100 <= t.epoch <= 200


@pytest.mark.parametrize(
    "field,value",
    [
        ("batch", 0),
        ("lr_d", 0.0),
        ("lr_g", -1.0),
        ("epochs", 0),
        ("latent", 0),
        ("report_every", 0),
        ("beta1", 1.0),
        ("device", "tpu"),
        ("pack", 0),
        ("batch", 2.5),
        ("lr_d", float("nan")),
    ],
)
def test_invalid_settings_name_the_field(field, value):
    cfg = make_config("book").replace(**{field: value})
    with pytest.raises(ValueError, match=f"^{field}"):
        Trainer(cfg)


def test_invalid_pattern_and_codec_name_the_field():
    with pytest.raises(ValueError, match="^pattern"):
        make_config("book", pattern="cubes").validate()
    with pytest.raises(ValueError, match="^codec"):
        make_config("book", codec="qr:1").validate()
    with pytest.raises(ValueError, match="^batch"):
        make_config("default", batch=100, pack=16).validate()


def test_auto_codec_choices():
    assert make_config("book").resolve_codec().spec == "qr:5"
    assert (
        make_config("default", pattern="multiples:3", lo=0, hi=100).resolve_codec().spec == "qr:3"
    )
    assert make_config("default", pattern="odd", lo=0, hi=100).resolve_codec().spec == "qr:2"
    assert make_config("default", pattern="primes", lo=0, hi=100).resolve_codec().spec == "onehot"


def test_config_round_trips_through_dict():
    c = make_config("default", pattern="odd", hi=100, seed=3)
    assert TrainConfig.from_dict(c.to_dict()) == c
    with pytest.raises(ValueError, match="unknown config field"):
        TrainConfig.from_dict({"nope": 1})


def test_device_choice():
    book = make_config("book")
    assert resolve_device(book.replace(device="cpu")).device.type == "cpu"
    with pytest.raises(ValueError, match="must be auto, cpu or cuda"):
        resolve_device(book.replace(device="tpu"))
    if not torch.cuda.is_available():
        auto = resolve_device(book.replace(device="auto", batch=4096))
        assert auto.device.type == "cpu" and "the only device" in auto.reason
        with pytest.raises(TrainingError, match="CUDA is not available"):
            resolve_device(book.replace(device="cuda"))


def test_epochs_per_second_times_real_epochs():
    rate = epochs_per_second(make_config("book", device="cpu"), seconds=0.05)
    assert 50 < rate < 1_000_000


@requires_cuda
def test_auto_measures_both_devices_and_keeps_the_faster():
    config = make_config("book", device="auto")
    choice = resolve_device(config)
    figures = re.findall(r"([\d,]+) epochs/s on CUDA .* vs ([\d,]+) on the CPU", choice.reason)
    assert figures, choice.reason
    gpu, cpu = (float(x.replace(",", "")) for x in figures[0])
    assert choice.device.type == ("cuda" if gpu > cpu else "cpu")
    assert resolve_device(config.replace(seed=7, epochs=5)) is choice  # measured once per set-up


@requires_cuda
def test_cuda_training_runs(tiny_default_config):
    _, r = train(tiny_default_config.replace(device="cuda"))
    assert r.metrics.samples == 2000


def test_default_learns_the_book_task_quickly():
    _, r = train(make_config("default", epochs=300, eval_samples=5000))
    assert r.metrics.strict_validity > 0.95 and r.metrics.modes_covered == 10


def test_default_learns_onehot_patterns():
    _, r = train(
        make_config("default", pattern="primes", lo=0, hi=100, epochs=300, eval_samples=5000)
    )
    assert r.metrics.strict_validity > 0.9 and r.metrics.modes_fraction > 0.9


def test_nan_loss_with_logit_discriminator_stops_with_clear_error(tiny_default_config):
    t = Trainer(tiny_default_config)
    with torch.no_grad():
        for p in t.D.parameters():
            p.fill_(float("nan"))
    with pytest.raises(TrainingError, match="became nan"):
        list(t.reports())


def test_d_loss_has_one_definition_for_menu_steps_slow_motion_and_epochs(tiny_book_config):
    """Run > D on real then D on fake, slow motion's two D steps and a whole epoch see the same
    data from the same seed: each reports D loss = loss on real + loss on fake."""
    menu, slow, whole = (Trainer(tiny_book_config) for _ in range(3))
    menu.step("d_real")
    menu.step("d_fake")
    slow.step_phase()
    slow.step_phase()
    whole.step("epoch")
    d_menu, d_slow = menu.report().d_loss, slow.report().d_loss
    assert d_menu == pytest.approx(d_slow, rel=1e-6)
    assert d_menu > 1.0  # a sum of two ~0.69 terms, not their mean
    assert whole.report().d_loss == pytest.approx(d_menu, rel=1e-6)


def test_a_report_after_d_on_real_alone_shows_that_term(tiny_book_config):
    t = Trainer(tiny_book_config)
    t.step("d_real")
    r = t.report()
    assert 0.3 < r.d_loss < 1.0 and math.isnan(r.g_loss)


def test_steps_while_paused_are_taken_between_epochs_and_the_run_goes_on(tiny_book_config):
    control = RunControl()
    trainer = Trainer(tiny_book_config.replace(epochs=300))
    reports = trainer.reports(control)
    got = [next(reports)]  # report 100; the loop is suspended in the generator
    control.pause()
    th = threading.Thread(target=lambda: got.extend(reports))
    th.start()
    assert control.wait_parked(10)  # the loop waits between epochs
    before = trainer.epoch
    trainer.step("epoch")
    trainer.step_phase()
    assert trainer.epoch == before + 1 and trainer.phase == 1
    control.resume()
    th.join(10)
    assert not th.is_alive()
    assert [r.epoch for r in got] == [100, 200, 300] and trainer.epoch == 300


def test_slow_motion_reports_after_each_step_keep_real_plus_fake(tiny_book_config):
    """The GUI reports after every slow-motion step: the D curve must not halve between them."""
    slow, menu = Trainer(tiny_book_config), Trainer(tiny_book_config)
    slow.step_phase()
    after_real = slow.report().d_loss  # no fake term yet in this run: the real term alone
    slow.step_phase()
    after_fake = slow.report().d_loss
    menu.step("d_real")
    menu.step("d_fake")
    assert after_fake == pytest.approx(menu.report().d_loss, rel=1e-6) and after_fake > 1.0
    assert after_real < 1.0
    slow.step_phase()  # G
    assert slow.report().d_loss == pytest.approx(after_fake)  # carried: no D step in between
    slow.step_phase()  # the next epoch's D on real: new real term + the carried fake term
    assert slow.report().d_loss > 1.0


def test_the_speed_dial_spaces_reports_and_can_change_while_training(tiny_book_config):
    import time

    # The dial is set well apart from how long 100 tiny epochs take (about 0.02-0.2 s on
    # slow CI machines), so the test tells "paced" from "full speed" without racing a clock.
    dial = 1.0
    control = RunControl()
    control.set_report_interval(dial)
    trainer = Trainer(tiny_book_config.replace(epochs=600, report_every=100))
    waits = []  # the dial's own account: seconds waited before each interval
    pace = control.pace
    control.pace = lambda: waits.append(pace()) or waits[-1]
    started = time.perf_counter()
    stamps = []
    for report in trainer.reports(control):
        stamps.append(time.perf_counter())
        if report.epoch == 300:
            control.set_report_interval(0)  # full speed from here
    wall = time.perf_counter() - started
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    assert all(g >= 0.9 * dial for g in gaps[:2])  # one report per second while the dial said so
    # then as fast as training goes: the loop no longer consults the dial at all (no upper
    # bound on wall time here: a loaded machine may take any time for 100 epochs)
    assert len(waits) == 3
    assert trainer.elapsed < wall - 1.5 * dial  # waiting is not training time


def test_epochs_stepped_by_hand_in_a_pause_do_not_count_in_the_loops_rate(tiny_book_config):
    """Pause, step 300 epochs by hand, stop: the reports' epochs/s are the loop's own (it
    trained nothing after the pause), not 300 epochs over a few microseconds."""
    import threading

    control = RunControl()
    trainer = Trainer(tiny_book_config.replace(epochs=100_000, report_every=100))
    reports = trainer.reports(control)
    first = next(reports)
    control.pause()

    def step_then_stop() -> None:
        assert control.wait_parked(10)
        for _ in range(300):
            trainer.step("epoch")
        control.stop()

    helper = threading.Thread(target=step_then_stop)
    helper.start()
    after = list(reports)
    helper.join()
    assert after[-1].stopped and after[-1].epoch >= first.epoch + 300
    assert all(r.epochs_per_second <= 10 * first.epochs_per_second for r in after)


@pytest.mark.parametrize("preset", ["book", "default"])
def test_a_script_that_turned_grad_off_still_trains_the_same(preset):
    """``torch.set_grad_enabled(False)`` before training (a script sampling first, say):
    the autograd steps and the fast paths' self-checks switch it on for themselves, the
    weights are those of a run with it on, and the caller's mode is left as it was."""
    from core.engine.sweep import SweepTrainer

    config = make_config(preset, epochs=60, report_every=20, eval_samples=200)
    on = Trainer(config)
    list(on.reports())
    previous = torch.is_grad_enabled()
    torch.set_grad_enabled(False)
    try:
        off = Trainer(config)
        list(off.reports())
        swept = SweepTrainer(config, [0])
        assert [r.epoch for r in swept.reports(30)] == [30, 60]
        assert not torch.is_grad_enabled()
    finally:
        torch.set_grad_enabled(previous)
    for a, b in zip(
        (*on.D.parameters(), *on.generator.parameters()),
        (*off.D.parameters(), *off.generator.parameters()),
    ):
        assert torch.equal(a, b)


@pytest.mark.parametrize(
    "overrides",
    [{}, {"pack": 4, "d_hidden": (32, 16)}, {"pattern": "odd", "lo": 0, "hi": 3000}],
    ids=["default", "pack 4, two hidden layers", "3,000 integers"],
)
def test_ds_view_of_a_packed_d_folds_the_pack_into_its_first_layer(overrides):
    """D's view shows each integer to a PacGAN D as a pack of copies of itself; the first
    layer is applied once to the summed weight blocks instead (pack x less work): the same
    probabilities as the pack of copies, within float rounding."""
    config = make_config("default", epochs=30, eval_samples=200, **overrides)
    trainer = Trainer(config)
    for _ in range(30):
        trainer.step_epoch()
    gan, d = trainer.gan, trainer.D
    with torch.no_grad():
        copies = d(gan._table.repeat_interleave(config.pack, dim=0)).reshape(-1)
        expected = torch.sigmoid(copies).double().numpy()
    got = gan.d_view_of(d)
    assert got.shape == expected.shape == (gan._table.shape[0],)
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-5)
    assert np.ptp(got) > 1e-3  # a D that tells integers apart
