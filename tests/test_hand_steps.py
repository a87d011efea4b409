"""The book's steps without autograd (``core.engine.hand_steps``) train exactly as autograd does.

Each set-up the hand-written steps cover is trained twice from the same seed: once by them and
once by the GAN's autograd steps (the hand path switched off), and the weights must agree bit
for bit after hundreds of epochs, live changes and schedules included. The losses, summed in
another order, agree within float32 rounding.
"""

from __future__ import annotations

import pytest
import torch

from core.engine import fast_paths, hand_steps
from core.engine.presets import make_config
from core.engine.trainer import Trainer, TrainingError


def _trained(
    config,
    hand: bool,
    monkeypatch,
    change_at: int | None = None,
    loop: bool = False,
    scripted: bool = True,
):
    """Trained epoch by epoch with a report every ``report_every`` epochs, or (``loop``) by
    the training loop itself (``Trainer.reports``: many epochs per call; each the one
    TorchScript call of ``core.engine.scripted_epoch`` unless ``scripted`` is False)."""
    with monkeypatch.context() as m:
        if not hand:
            m.setattr(fast_paths, "hand_steps", lambda: False)
        if not scripted:
            m.setattr(fast_paths, "scripted_epoch", lambda: False)
        trainer = Trainer(config)
    assert trainer.hand_steps is hand
    if hand:  # TorchScript runs the epochs (unless told not to)
        assert (trainer.plan.steps.scripted is not None) is scripted
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


@pytest.mark.parametrize(
    "loop,scripted",
    [(False, True), (True, True), (True, False)],
    ids=["epoch by epoch", "training loop", "training loop in Python"],
)
@pytest.mark.parametrize("overrides", SETUPS.values(), ids=SETUPS.keys())
def test_hand_steps_give_autograds_weights_bit_for_bit(overrides, loop, scripted, monkeypatch):
    config = make_config("book", epochs=400, report_every=100, eval_samples=500, **overrides)
    own, own_reports = _trained(config, True, monkeypatch, loop=loop, scripted=scripted)
    ref, ref_reports = _trained(config, False, monkeypatch)
    assert all(torch.equal(a, b) for a, b in zip(_weights(own), _weights(ref)))
    assert not all(torch.equal(a, b) for a, b in zip(_weights(own), _weights(Trainer(config))))
    for a, b in zip(own_reports, ref_reports):
        assert a.metrics.summary() == b.metrics.summary()
        assert list(a.samples) == list(b.samples)
        assert a.d_loss == pytest.approx(b.d_loss, rel=1e-6)
        assert a.g_loss == pytest.approx(b.g_loss, rel=1e-6)


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
    for hand in (True, False):
        with monkeypatch.context() as m:
            if not hand:
                m.setattr(fast_paths, "hand_steps", lambda: False)
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
def test_set_ups_they_do_not_cover_train_with_autograd(overrides):
    overrides = dict(overrides)  # the parameter itself stays as it is (tests may run twice)
    preset = overrides.pop("preset", "book")
    trainer = Trainer(make_config(preset, epochs=2, eval_samples=200, **overrides))
    assert not trainer.hand_steps
    assert hand_steps.covers(trainer.gan) is not None
    trainer.step_epoch()


def test_the_self_check_fails_for_a_gradient_off_by_one_rounding(monkeypatch):
    """The once-per-process check is what lets the hand path run: a kernel that rounds
    differently (here: the sigmoid's gradient times 1 + 2^-20) must make it say no, and the
    trainer then trains with autograd."""
    assert hand_steps.self_check()
    real = hand_steps._sigmoid_backward
    monkeypatch.setattr(hand_steps, "_sigmoid_backward", lambda g, p: real(g, p) * (1.0 + 2.0**-20))
    assert not hand_steps.self_check()
    fast_paths.hand_steps.cache_clear()
    try:
        trainer = Trainer(make_config("book", epochs=20, report_every=10, eval_samples=200))
        assert not trainer.hand_steps
        assert [r.epoch for r in trainer.reports()] == [10, 20]
    finally:
        monkeypatch.undo()
        fast_paths.hand_steps.cache_clear()
    assert fast_paths.hand_steps()


def test_fast_path_checks_leave_torchs_random_state_alone():
    checks = (
        fast_paths.fused_adam,
        fast_paths.engine_backward,
        fast_paths.direct_forward,
        fast_paths.hand_steps,
    )
    torch.manual_seed(1234)
    before = torch.get_rng_state()
    for check in checks:
        check.cache_clear()
        check()
    assert torch.equal(torch.get_rng_state(), before)


def test_the_same_wgan_gp_set_up_trained_twice_in_one_process_gives_the_same_weights():
    config = make_config("default", loss="wgan-gp", epochs=30, report_every=30, eval_samples=200)
    runs = []
    for _ in range(2):
        fast_paths.fused_adam.cache_clear()  # as in a fresh process: the checks run first
        trainer = Trainer(config)
        for _ in trainer.reports():
            pass
        runs.append(_weights(trainer))
        torch.rand(5)  # whatever else the process draws in between
    assert all(torch.equal(a, b) for a, b in zip(*runs))


def test_a_nan_from_the_hand_steps_names_its_epoch():
    config = make_config("book", epochs=300, report_every=100, eval_samples=200)
    trainer = Trainer(config)
    assert trainer.hand_steps
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


@pytest.mark.parametrize("hand", [True, False], ids=["hand steps", "autograd"])
def test_the_training_loop_stops_between_epochs_when_asked(hand, monkeypatch):
    """``step_epochs`` asks before every epoch and returns at once when told (a pause, a stop,
    a task waiting); an epoch slow motion began is finished first."""
    config = make_config("book", epochs=300, eval_samples=200)
    with monkeypatch.context() as m:
        if not hand:
            m.setattr(fast_paths, "hand_steps", lambda: False)
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


def test_hand_steps_keep_adams_state_as_torch_does():
    """One shared step count per network (an add per update instead of one per tensor) still
    counts every update: Adam's bias correction reads it."""
    trainer = Trainer(make_config("book", epochs=10, eval_samples=200))
    for _ in range(7):
        trainer.step_epoch()
    assert [int(s) for s in trainer.gan.opt_d.steps] == [14, 14]
    assert [int(s) for s in trainer.gan.opt_g.steps] == [7, 7]


def test_losses_over_a_long_interval_fold_and_add_up(monkeypatch):
    """An interval longer than OutputTally.FOLD steps is folded more than once: the figures
    still equal the autograd steps' (each fold adds, none replaces)."""
    from core.engine.hand_steps import OutputTally

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


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "adam(a[4], grad.t().mm(z_g), grad.sum(0),",
            "adam(a[4], grad.t().mm(z_g), grad.sum(0) * 1.0000001,",
        ),
        # the lists made inside the script: TorchScript drops the updates altogether
        (
            "torch._fused_adam_(params, [gw, gb], m, v, [], steps,",
            "torch._fused_adam_([params[0], params[1]], [gw, gb], [m[0], m[1]], [v[0], v[1]], "
            "[], [steps[0], steps[1]],",
        ),
        # G's fakes for its step taken as a view of the epoch's product: D's product on it
        # starts 1000 bytes into a block and rounds otherwise than the Python steps'
        ("fake = fakes[b:].clone()", "fake = fakes[b:]"),
        # G's step judged on D's fake step's rows
        ("fake = fakes[b:].clone()", "fake = fakes[:b].clone()"),
        # the same, where each batch's fakes come from their own product
        (
            "fake = torch.relu(torch.addmm(bg, z_g, wgt))",
            "fake = torch.relu(torch.addmm(bg, z[:b], wgt))",
        ),
    ],
    ids=[
        "a rounding",
        "an update TorchScript drops",
        "a view's rounding",
        "the wrong rows",
        "the wrong rows, products apart",
    ],
)
def test_the_scripted_epoch_is_used_only_when_it_agrees_bit_for_bit(old, new, monkeypatch):
    from core.engine import scripted_epoch

    assert scripted_epoch.self_check()
    assert old in scripted_epoch.SOURCE
    monkeypatch.setattr(scripted_epoch, "SOURCE", scripted_epoch.SOURCE.replace(old, new))
    scripted_epoch._unit.cache_clear()
    fast_paths.scripted_epoch.cache_clear()
    try:
        assert scripted_epoch.compiled() is not None  # it compiles, and would train wrongly
        assert not scripted_epoch.self_check()
        trainer = Trainer(make_config("book", epochs=20, report_every=10, eval_samples=200))
        assert trainer.hand_steps and trainer.plan.steps.scripted is None
        assert [r.epoch for r in trainer.reports()] == [10, 20]
    finally:
        monkeypatch.undo()
        scripted_epoch._unit.cache_clear()
        fast_paths.scripted_epoch.cache_clear()
    assert fast_paths.scripted_epoch()


def test_the_epochs_fakes_in_one_product_only_where_it_gives_each_batchs_own(monkeypatch):
    """The TorchScript epoch makes the fakes of both noise batches with one product; where
    that product's rows would round otherwise than two (a kernel or a split among threads
    that changes with the row count), it makes each batch's on its own, as the Python steps
    do: the same weights all three ways."""
    from core.engine import scripted_epoch

    config = make_config("book", epochs=300, report_every=100, eval_samples=200)
    assert scripted_epoch.one_product_agrees(10, 100, 25, torch.device("cpu"))
    one = Trainer(config)
    assert one.plan.steps.scripted is not None and bool(one.plan.steps.one_product)
    seen = []

    def disagrees(*shape):
        seen.append(shape)
        return False

    monkeypatch.setattr(scripted_epoch, "one_product_agrees", disagrees)
    apart = Trainer(config)
    assert apart.plan.steps.scripted is not None and not bool(apart.plan.steps.one_product)
    assert seen == [(10, 100, 25, torch.device("cpu"))]  # the run's own batch and layers
    monkeypatch.undo()
    with monkeypatch.context() as m:
        m.setattr(fast_paths, "scripted_epoch", lambda: False)
        python = Trainer(config)
    assert python.hand_steps and python.plan.steps.scripted is None
    for trainer in (one, apart, python):
        list(trainer.reports())
    for trainer in (apart, python):
        assert all(torch.equal(a, b) for a, b in zip(_weights(one), _weights(trainer)))
    # an epoch's products: D on real, G's fakes (one or two), D on fake, D on G's, and four
    # for the gradients (TorchScript may run an addmm as mm and add): one fewer in one way
    assert [_products_an_epoch(t) for t in (one, apart)] == [8, 9]


def _products_an_epoch(trainer) -> int:
    from torch.profiler import ProfilerActivity, profile

    with profile(activities=[ProfilerActivity.CPU]) as prof:  # the training loop's way
        trainer.step_epochs(trainer.epoch + 1, lambda: False)
    return sum(e.count for e in prof.key_averages() if e.key in ("aten::addmm", "aten::mm"))


def test_an_epoch_whose_noise_spans_two_draws_runs_as_the_python_steps_run_it():
    """The one product of ``book_epoch`` is checked on noise laid out as the read-ahead lays
    it; an epoch whose two batches span two of its draws would get a joined copy instead,
    so that epoch is stepped in Python (with 7-row batches, epoch 285's 14 rows cross the
    first 4,000-row draw's end); the run keeps autograd's weights (``batch 7`` above)."""
    config = make_config("book", epochs=400, batch=7, report_every=100, eval_samples=200)
    trainer = Trainer(config)
    steps = trainer.plan.steps
    assert steps.scripted is not None
    in_python = []
    run_steps = steps.run_steps

    def recorded(kinds, epoch, tally):
        in_python.append(epoch)
        run_steps(kinds, epoch, tally)

    steps.run_steps = recorded
    trainer.step_epochs(286, lambda: False)  # that epoch the last of a call
    assert trainer.epoch == 286 and in_python == [285]
    list(trainer.reports())
    assert trainer.epoch == 400 and in_python == [285]


@pytest.mark.parametrize(
    "rows,rounds_otherwise",
    [
        (10, lambda noise: len(noise) > 10),  # any taller product (a kernel by row count)
        # a taller product starting 32 bytes off a 64-byte line (a kernel by alignment):
        # 7-row batches of 100 numbers put every other epoch's noise there
        (7, lambda noise: len(noise) > 7 and noise.data_ptr() % 64 != 0),
    ],
    ids=["by row count", "by alignment"],
)
def test_the_one_product_check_sees_rows_that_round_otherwise(rows, rounds_otherwise, monkeypatch):
    from core.engine import scripted_epoch

    addmm = torch.addmm

    def kernel(bias, noise, weight):  # as a kernel chosen by the rows' count or place could
        out = addmm(bias, noise, weight)
        if rounds_otherwise(noise):  # the second batch's rows, one float up
            out[rows:] = out[rows:].nextafter(torch.full_like(out[rows:], float("inf")))
        return out

    scripted_epoch._one_product_agrees.cache_clear()
    monkeypatch.setattr(torch, "addmm", kernel)
    try:
        assert not scripted_epoch.one_product_agrees(rows, 100, 25, torch.device("cpu"))
    finally:
        monkeypatch.undo()
        scripted_epoch._one_product_agrees.cache_clear()
    assert scripted_epoch.one_product_agrees(rows, 100, 25, torch.device("cpu"))


def test_the_one_product_check_is_asked_again_for_another_thread_count(monkeypatch):
    """Split among threads, a product's rows can round otherwise (20 rows were not 2 x 10
    with two threads here): an answer for one thread count is not kept for another."""
    from core.engine import scripted_epoch

    threads = torch.get_num_threads()
    assert scripted_epoch.one_product_agrees(10, 100, 25, torch.device("cpu"))  # kept
    addmm = torch.addmm

    def kernel(bias, noise, weight):
        out = addmm(bias, noise, weight)
        return out.nextafter(torch.full_like(out, float("inf"))) if len(noise) > 10 else out

    monkeypatch.setattr(torch, "addmm", kernel)
    torch.set_num_threads(threads + 1)
    try:
        assert not scripted_epoch.one_product_agrees(10, 100, 25, torch.device("cpu"))
    finally:
        torch.set_num_threads(threads)
        monkeypatch.undo()
        scripted_epoch._one_product_agrees.cache_clear()


def test_a_scripted_epoch_that_does_not_compile_leaves_the_python_steps(monkeypatch):
    from core.engine import scripted_epoch

    monkeypatch.setattr(scripted_epoch, "SOURCE", "def book_epoch(x: Tensor) -> Nonsense:\n")
    scripted_epoch._unit.cache_clear()
    fast_paths.scripted_epoch.cache_clear()
    try:
        assert scripted_epoch.compiled() is None and not fast_paths.scripted_epoch()
        assert Trainer(make_config("book", epochs=5)).plan.steps.scripted is None
    finally:
        monkeypatch.undo()
        scripted_epoch._unit.cache_clear()
        fast_paths.scripted_epoch.cache_clear()


def test_a_stop_inside_a_compiled_block_lands_between_epochs_and_loses_no_batch():
    """The book preset runs many epochs in one TorchScript call that reads the control's
    flag before each epoch. A stop from another thread lands on an epoch boundary (the
    weights are those of that many epochs stepped one by one), the unrun epochs' batches go
    back to their streams (training on to the end gives the uninterrupted run's weights bit
    for bit), and the flag always says what ``needs_attention()`` says."""
    import threading

    from core.engine.reports import RunControl

    config = make_config("book", epochs=4000, report_every=2000, eval_samples=200)
    trainer, by_epoch, whole = Trainer(config), Trainer(config), Trainer(config)
    assert trainer.plan.steps.scripted_epochs is not None
    control = RunControl()

    def stop_once_training() -> None:
        while trainer.epoch == 0:  # the first block has run
            threading.Event().wait(0.0005)
        control.stop()

    stopper = threading.Thread(target=stop_once_training)
    stopper.start()
    reports = list(trainer.reports(control))
    stopper.join()
    stopped_at = reports[-1].epoch
    assert reports[-1].stopped and 0 < stopped_at < 4000 and stopped_at == trainer.epoch
    assert bool(control.attention) and control.needs_attention()
    for _ in range(stopped_at):
        by_epoch.step_epoch()
    assert all(torch.equal(a, b) for a, b in zip(_weights(trainer), _weights(by_epoch)))
    control.restart()
    assert not bool(control.attention) and not control.needs_attention()
    list(trainer.reports(control))
    list(whole.reports())
    assert trainer.epoch == whole.epoch == 4000
    assert all(torch.equal(a, b) for a, b in zip(_weights(trainer), _weights(whole)))


def test_the_controls_flag_follows_every_change():
    from core.engine.reports import RunControl

    control = RunControl()
    seen = []

    def check() -> None:
        seen.append((bool(control.attention), control.needs_attention()))

    check()
    control.pause()
    check()
    control.resume()
    check()
    control.submit(lambda trainer: check())  # a task running (the training loop is one)
    control.run_tasks(None)  # is not one waiting
    control.submit(lambda trainer: check())  # while a task runs, the rest decide
    control.submit(lambda trainer: None)
    check()
    control.run_tasks(None)
    check()
    control.stop()
    check()
    control.restart()
    check()
    assert seen == [
        (False, False), (True, True), (False, False), (False, False), (True, True),
        (True, True), (False, False), (True, True), (False, False),
    ]  # fmt: skip


def test_a_flag_that_says_busy_while_the_loop_does_not_is_not_read_again():
    """A caller's flag that disagrees with its own question (not a RunControl's): the loop
    trains on epoch by epoch to the target instead of asking the flag forever."""
    config = make_config("book", epochs=400, eval_samples=200)
    trainer, by_epoch = Trainer(config), Trainer(config)
    trainer.step_epochs(20, lambda: False, torch.zeros((), dtype=torch.bool))  # blocks ready
    stuck = torch.ones((), dtype=torch.bool)
    trainer.step_epochs(60, lambda: False, stuck)
    assert trainer.epoch == 60
    for _ in range(60):
        by_epoch.step_epoch()
    assert all(torch.equal(a, b) for a, b in zip(_weights(trainer), _weights(by_epoch)))
