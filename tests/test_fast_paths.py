"""The fast path (``core.engine.fast``) trains exactly as the reference autograd steps do.

Each set-up the fast path covers is trained twice from the same seed: once by it and once by
the reference (``PATTERNGAN_NO_FAST_PATHS=1``), and the weights must agree bit for bit after
hundreds of epochs, live changes and schedules included; the losses, summed in another
order, agree within float32 rounding. Nothing here assumes how a kernel rounds: both ways run
the same kernels on the same tensors, and a planted change (a factor of 1 + 2^-20) changes the
bits on every CPU. CI runs this file again under other kernel choices and thread counts.
"""

from __future__ import annotations

import pytest
import torch

from core.engine import fast
from core.engine.fast import grads
from core.engine.presets import make_config
from core.engine.trainer import Trainer, TrainingError


def _trained(config, use_fast: bool, monkeypatch, change_at: int | None = None, loop: bool = False):
    """Trained epoch by epoch with a report every ``report_every`` epochs, or (``loop``) by
    the training loop itself (``Trainer.reports``: many epochs a call)."""
    with monkeypatch.context() as m:
        if not use_fast:
            m.setenv(fast.DISABLE_ENV, "1")
        trainer = Trainer(config)
    assert (trainer.fast is not None) is use_fast
    if loop:
        return trainer, list(trainer.reports())
    reports = []
    while trainer.epoch < config.epochs:
        if trainer.epoch == change_at:
            trainer.change(lr_d=0.003, d_steps=2)
        trainer.step_epoch()
        if trainer.epoch % config.report_every == 0:
            reports.append(trainer.report())
    return trainer, reports


def _weights(trainer):
    return [p.detach().clone() for p in (*trainer.D.parameters(), *trainer.generator.parameters())]


SETUPS = {
    "book": {},
    "together": {"book_steps": False},
    "minimax": {"loss": "minimax"},
    "k=3": {"d_steps": 3},
    "cosine": {"schedule": "cosine"},
    "ema": {"ema": 0.9, "ema_start": 0.3},
    "uniform noise": {"noise": "uniform"},
    "beta1 0.5, lr": {"beta1": 0.5, "lr_d": 0.004, "lr_g": 0.002},
    "batch 16 iid": {"batch": 16, "sampling": "iid"},
    # 14 noise rows an epoch: epoch 285's span the read-ahead's first two 4,000-row draws
    "batch 7": {"batch": 7},
    "batch 7 cosine": {"batch": 7, "schedule": "cosine"},  # that epoch at its own rate
    "odd 0..100": {"pattern": "odd", "lo": 0, "hi": 100},
    "k=2 with EMA": {"d_steps": 2, "ema": 0.8, "ema_start": 0.25},  # not the book's epoch
    "lsgan": {"loss": "lsgan"},
    "lsgan together, k=2, cosine": {
        "loss": "lsgan",
        "book_steps": False,
        "d_steps": 2,
        "schedule": "cosine",
    },
}


@pytest.mark.parametrize("loop", [False, True], ids=["epoch by epoch", "training loop"])
@pytest.mark.parametrize("overrides", SETUPS.values(), ids=SETUPS.keys())
def test_the_fast_path_gives_the_references_weights_bit_for_bit(overrides, loop, monkeypatch):
    config = make_config("book", epochs=400, report_every=100, eval_samples=500, **overrides)
    own, own_reports = _trained(config, True, monkeypatch, loop=loop)
    ref, ref_reports = _trained(config, False, monkeypatch)
    assert all(torch.equal(a, b) for a, b in zip(_weights(own), _weights(ref)))
    assert not all(torch.equal(a, b) for a, b in zip(_weights(own), _weights(Trainer(config))))
    for a, b in zip(own_reports, ref_reports):
        assert a.metrics.summary() == b.metrics.summary()
        assert list(a.samples) == list(b.samples)
        assert a.d_loss == pytest.approx(b.d_loss, rel=1e-6)
        assert a.g_loss == pytest.approx(b.g_loss, rel=1e-6)


@pytest.mark.parametrize("where", ["logit", "adam"])
def test_a_planted_rounding_turns_the_comparison_red(where, monkeypatch):
    """The comparison above can fail, on any CPU: one factor of 1 + 2^-20 in D's output
    gradient, or in the gradients Adam is handed, and the weights differ from the
    reference's."""
    from core.engine.fast.kernels import Adam

    config = make_config("book", epochs=60, report_every=60, eval_samples=200)
    ref, _ = _trained(config, False, monkeypatch)
    if where == "logit":
        real = grads.logit_grad
        monkeypatch.setattr(
            "core.engine.fast.book.logit_grad", lambda *a: real(*a) * (1.0 + 2.0**-20)
        )
    else:
        update = Adam.update
        monkeypatch.setattr(
            Adam, "update", lambda self, g: update(self, [x * (1.0 + 2.0**-20) for x in g])
        )
    own, _ = _trained(config, True, monkeypatch, loop=True)
    assert not all(torch.equal(a, b) for a, b in zip(_weights(own), _weights(ref)))


def test_a_live_change_of_rates_and_k_keeps_the_two_ways_equal(monkeypatch):
    config = make_config("book", epochs=300, report_every=100, eval_samples=500)
    own, _ = _trained(config, True, monkeypatch, change_at=120)
    ref, _ = _trained(config, False, monkeypatch, change_at=120)
    assert own.plan.d_steps == 2
    assert all(torch.equal(a, b) for a, b in zip(_weights(own), _weights(ref)))


def test_single_steps_and_slow_motion_use_the_same_steps(monkeypatch):
    """F10's kinds one by one, then slow motion's phases, then whole epochs."""
    config = make_config("book", epochs=100, report_every=100, eval_samples=500)
    runs = []
    for use_fast in (True, False):
        with monkeypatch.context() as m:
            if not use_fast:
                m.setenv(fast.DISABLE_ENV, "1")
            t = Trainer(config)
        for kind in ("d_real", "d_fake", "g", "d", "epoch"):
            t.step(kind)
        for _ in range(4):
            t.step_phase()
        for _ in range(20):
            t.step_epoch()
        runs.append((t, t.report()))
    (own, own_report), (ref, ref_report) = runs
    assert all(torch.equal(a, b) for a, b in zip(_weights(own), _weights(ref)))
    assert own_report.d_loss == pytest.approx(ref_report.d_loss, rel=1e-6)


@pytest.mark.parametrize(
    "overrides",
    [
        {"preset": "default"},
        {"optimizer": "sgd"},
        {"d_hidden": (8,)},
        {"g_hidden": (8,)},
        {"pack": 2},
        {"generator": "softmax"},
    ],
    ids=lambda o: ",".join(f"{k}={v}" for k, v in o.items()),
)
def test_set_ups_it_does_not_cover_train_with_autograd(overrides):
    overrides = dict(overrides)  # the parameter itself stays as it is (tests may run twice)
    preset = overrides.pop("preset", "book")
    trainer = Trainer(make_config(preset, epochs=2, eval_samples=200, **overrides))
    assert trainer.fast is None
    assert fast.covers(trainer.config, trainer.device) is not None
    trainer.step_epoch()


def test_the_same_wgan_gp_set_up_trained_twice_in_one_process_gives_the_same_weights():
    config = make_config("default", loss="wgan-gp", epochs=30, report_every=30, eval_samples=200)
    runs = []
    for _ in range(2):
        trainer = Trainer(config)
        for _ in trainer.reports():
            pass
        runs.append(_weights(trainer))
        torch.rand(5)  # whatever else the process draws in between
    assert all(torch.equal(a, b) for a, b in zip(*runs))


def test_a_nan_from_the_fast_steps_names_its_epoch():
    config = make_config("book", epochs=300, report_every=100, eval_samples=200)
    trainer = Trainer(config)
    assert trainer.fast is not None
    for _ in range(130):
        trainer.step_epoch()
    with torch.no_grad():
        trainer.G[0].weight.fill_(float("nan"))
    for _ in range(5):
        trainer.step_epoch()
    with pytest.raises(TrainingError, match="NaN at epoch 130:"):
        trainer.report()


def test_a_nan_in_the_training_loop_names_its_epoch():
    trainer = Trainer(make_config("book", epochs=300, report_every=100, eval_samples=200))
    trainer.step_epochs(130, lambda: False)
    with torch.no_grad():
        trainer.G[0].weight.fill_(float("nan"))
    with pytest.raises(TrainingError, match="NaN at epoch 130:"):
        list(trainer.reports())


@pytest.mark.parametrize("use_fast", [True, False], ids=["fast path", "reference"])
def test_the_training_loop_stops_between_epochs_when_asked(use_fast, monkeypatch):
    """``step_epochs`` asks before every epoch and returns at once when told (a pause, a stop,
    a task waiting); an epoch slow motion began is finished first."""
    config = make_config("book", epochs=300, eval_samples=200)
    with monkeypatch.context() as m:
        if not use_fast:
            m.setenv(fast.DISABLE_ENV, "1")
        trainer, whole = Trainer(config), Trainer(config)
    asked = []

    def busy() -> bool:
        asked.append(trainer.epoch)
        return len(asked) > 6

    trainer.step_phase()  # D on real of epoch 0
    trainer.step_epochs(300, busy)
    assert trainer.epoch == 6 and trainer.phase == 0 and asked == [0, 1, 2, 3, 4, 5, 6]
    for _ in range(6):
        whole.step_epoch()
    assert all(torch.equal(a, b) for a, b in zip(_weights(trainer), _weights(whole)))
    trainer.step_epochs(9, lambda: False)
    assert trainer.epoch == 9
    trainer.step_phase()  # mid-epoch, asked once "busy" then "not busy" (a pause that ended):
    answers = iter([True, False, False])  # nothing runs until the next call
    trainer.step_epochs(20, lambda: next(answers))
    assert (trainer.epoch, trainer.phase) == (9, 1)
    trainer.step_epochs(10, lambda: False)
    assert (trainer.epoch, trainer.phase) == (10, 0)


def test_the_fast_adam_counts_every_update():
    """One shared step count per network still counts every update: Adam's bias correction
    reads it."""
    trainer = Trainer(make_config("book", epochs=10, eval_samples=200))
    for _ in range(7):
        trainer.step_epoch()
    assert trainer.fast.adam_d.count == 14 and trainer.fast.adam_g.count == 7


def test_losses_over_a_long_interval_fold_and_add_up(monkeypatch):
    """An interval longer than OutputTally.FOLD steps is folded more than once: the figures
    still equal the autograd steps' (each fold adds, none replaces)."""
    from core.engine.fast import OutputTally

    monkeypatch.setattr(OutputTally, "FOLD", 64)
    config = make_config("book", epochs=200, report_every=200, eval_samples=200)
    ref, ref_reports = _trained(config, False, monkeypatch)
    for loop in (False, True):
        own, own_reports = _trained(config, True, monkeypatch, loop=loop)
        assert own_reports[-1].d_loss == pytest.approx(ref_reports[-1].d_loss, rel=1e-6)
        assert own_reports[-1].g_loss == pytest.approx(ref_reports[-1].g_loss, rel=1e-6)
    trainer = Trainer(config)
    trainer.step_epochs(200, lambda: False)  # what memory the outputs take stays bounded
    assert all(len(kept) < 64 for kept in trainer.tally._outputs.values())


def test_slow_motion_under_a_schedule_is_whole_epochs(monkeypatch):
    """Slow motion's steps one by one give the weights of whole epochs, the cosine schedule's
    learning rate applied at each epoch's first step, and an EMA that follows (single G
    steps carry their epoch)."""
    config = make_config("book", epochs=40, schedule="cosine", ema=0.5, ema_start=0.1)
    whole, slow = Trainer(config), Trainer(config)
    for _ in range(12):
        whole.step_epoch()
        for _ in range(len(slow.epoch_phases)):
            slow.step_phase()
    assert slow.epoch == whole.epoch == 12 and slow.phase == 0
    assert all(torch.equal(a, b) for a, b in zip(_weights(slow), _weights(whole)))
    single = Trainer(config)
    for _ in range(12):  # the Run menu's single steps: D on real, D on fake, G
        for kind in ("d_real", "d_fake", "g"):
            single.step(kind)
    assert single.gan.G_ema is not None


def test_the_optimiser_state_reads_the_same_both_ways(monkeypatch):
    """What ``patterngan explain`` reads of Adam (moments, step count) is the same whether
    the fast path or the reference trained; SGD gives its momentum buffer."""
    config = make_config("book", epochs=30, report_every=30, eval_samples=200)
    own, _ = _trained(config, True, monkeypatch)
    ref, _ = _trained(config, False, monkeypatch)
    for network in ("d", "g"):
        mine, theirs = own.optimiser_state(network), ref.optimiser_state(network)
        assert mine == theirs and mine["kind"] == "adam"
    assert own.optimiser_state("d")["t"] == 60 and own.optimiser_state("g")["t"] == 30
    sgd = Trainer(make_config("default", epochs=5, optimizer="sgd", momentum=0.9))
    assert sgd.optimiser_state("d")["buf"] is None
    sgd.step_epoch()
    state = sgd.optimiser_state("d")
    assert state["kind"] == "sgd" and state["momentum"] == 0.9 and state["buf"] is not None


def test_what_leaves_the_loop_can_meet_autograd():
    """The loop runs in inference mode; the latest batches and every row still to be handed
    out leave it as ordinary tensors, so autograd can use them afterwards (slow motion's maths,
    a live change to a set-up the reference trains). The loop did run in inference mode."""
    trainer = Trainer(make_config("book", epochs=200, report_every=100))
    seen = []
    keep = trainer.fast.tally.keep_epoch
    trainer.fast.tally.keep_epoch = lambda *outs, epoch: (
        seen.extend(outs),
        keep(*outs, epoch=epoch),
    )
    list(trainer.reports())
    gan = trainer.gan
    assert seen and all(out.is_inference() for out in seen)
    for rows in (gan.last_real, gan.last_fake, gan.real.batch(10), gan.noise.take(10)):
        assert not rows.is_inference()
    x = gan.real.batch(10)
    loss = gan.D(torch.cat([x, gan.last_real, gan.last_fake])).sum()
    loss.backward()  # "Inference tensors cannot be saved for backward" if one leaked
    z = gan.noise.take(10)
    gan.D(gan.G(z)).sum().backward()
