"""The run driver (core.app.run_driver): the one owner of a trainer and its thread. Every
command is carried out on that thread; what comes back is frozen. Qt-free."""

from __future__ import annotations

import threading

import pytest

from core.app.run_driver import (
    Ended,
    Failed,
    Paused,
    RunDriver,
    Stepped,
    SweepDriver,
    live_threads,
)
from core.engine.presets import make_config
from core.engine.reports import Report
from core.engine.trainer import Trainer

BOOK = make_config("book", epochs=300, report_every=100, eval_samples=300, device="cpu")


@pytest.fixture
def driver():
    made = []

    def make(config=BOOK, **kw):
        d = RunDriver(config, **kw)
        made.append(d)
        d.start()
        return d

    yield make
    for d in made:
        assert d.close(10.0)


def reports(events):
    return [e for e in events if isinstance(e, Report)]


def test_a_run_trains_to_the_end_and_matches_the_trainer_alone(driver):
    d = driver()
    events = d.train_to_end()
    assert [r.epoch for r in reports(events)] == [100, 200, 300]
    assert isinstance(events[-1], Ended) and d.status.epoch == 300 and d.status.finished
    alone = list(Trainer(BOOK).reports())
    assert reports(events)[-1].d_loss == alone[-1].d_loss  # the same run, on another thread
    snap = d.snapshot(reports(events)[-1])
    assert snap.epoch == 300 and not snap.generator.training
    assert snap.metadata["epochs_trained"] == 300


def test_every_touch_of_the_trainer_happens_on_the_drivers_thread(driver):
    d = driver()
    seen = d.call(lambda trainer: threading.current_thread())
    assert seen is not threading.main_thread() and seen.name == "patterngan-training"
    assert live_threads() == [seen]


def test_a_step_by_hand_comes_back_as_a_frozen_event_in_order(driver):
    d = driver()
    d.step("epoch")
    d.step("g")
    d.step("epoch", slow=True)  # slow motion: the next epoch's first step, with its story
    d.call(lambda trainer: None)  # tasks run in order: all three have run
    stepped = [e for e in d.take_events() if isinstance(e, Stepped)]
    assert [s.kind for s in stepped] == ["epoch", "g", "epoch"]
    assert [s.report.epoch for s in stepped] == [1, 1, 1]
    assert stepped[0].story is None and stepped[2].story.kind == "d_real"
    assert d.status.epoch == 1 and d.status.phase == 1


def test_pause_holds_between_epochs_steps_run_there_and_resume_goes_on(driver):
    d = driver(BOOK.replace(epochs=1_000_000, report_every=100))
    d.train()
    d.pause()
    d.call(lambda trainer: None)  # the loop has parked
    events = d.take_events()
    assert any(isinstance(e, Paused) for e in events)
    held = d.status.epoch
    d.step("epoch")
    d.call(lambda trainer: None)
    assert d.status.epoch == held + 1
    assert d.call(lambda trainer: trainer.epoch) == held + 1  # still held
    d.resume()
    d.stop()
    assert d.wait_until_idle(10)
    events = d.take_events()
    assert reports(events)[-1].stopped and isinstance(events[-1], Ended)


def test_a_stop_then_train_continues_the_same_run(driver):
    d = driver(BOOK.replace(epochs=1_000_000))
    d.train()
    d.stop()
    assert d.wait_until_idle(10)
    first = d.status.epoch
    d.take_events()
    d.train()
    d.stop()
    assert d.wait_until_idle(10)
    assert d.status.epoch >= first and reports(d.take_events())[-1].stopped


def test_a_change_is_checked_at_once_and_applied_on_the_training_thread(driver):
    d = driver()
    d.call(lambda trainer: None)
    with pytest.raises(ValueError, match="lr_d"):
        d.change(lr_d=-1.0)
    with pytest.raises(ValueError, match="cannot change"):
        d.change(batch=3)
    d.change(lr_g=0.002, d_steps=2)
    lr, changes = d.call(lambda t: (t.gan.rate_g, list(t.changes)))
    assert lr == 0.002 and changes[-1]["d_steps"] == 2
    assert d.status.lr_g == 0.002 and d.status.d_steps == 2


def test_a_failing_build_is_said_and_the_thread_ends(driver, monkeypatch):
    from core.engine import trainer as trainer_module

    def broken(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(trainer_module.Trainer, "__init__", broken)
    d = driver()
    assert d.wait_until_idle(10)
    d._thread.join(10)
    events = d.take_events()
    assert isinstance(events[0], Failed) and events[0].building
    assert "MemoryError" in events[0].message and isinstance(events[-1], Ended)
    assert not d.alive and d.status is None
    with pytest.raises(RuntimeError, match="ended"):
        d.snapshot()


def test_a_failing_step_is_said_and_the_run_stays(driver, monkeypatch):
    d = driver()
    d.call(lambda trainer: None)
    monkeypatch.setattr(Trainer, "step", lambda self, kind: 1 / 0)
    d.step("epoch")
    d.call(lambda trainer: None)
    (failed,) = d.take_events()[-1:]
    assert isinstance(failed, Failed) and "ZeroDivisionError" in failed.message
    assert d.alive


def test_a_bad_setup_is_refused_in_the_callers_thread():
    with pytest.raises(ValueError):
        RunDriver(BOOK.replace(batch=0))
    assert live_threads() == []


def test_backpressure_holds_training_until_events_are_taken_and_calls_still_answer(driver):
    from core.app import run_driver

    d = driver(BOOK.replace(epochs=1_000_000, report_every=1, eval_samples=50))
    d.train()
    # nobody takes events: training waits once MAX_WAITING wait, and calls still answer
    full = threading.Event()
    while len(d._events) < run_driver.MAX_WAITING:  # no signal for "full": look each 10 ms
        assert not full.wait(0.01) and d.alive
    epoch = d.call(lambda trainer: trainer.epoch, timeout_s=30)
    assert d.call(lambda trainer: trainer.epoch, timeout_s=30) == epoch  # held
    assert epoch <= run_driver.MAX_WAITING + 1  # a report an epoch, plus Built
    assert len(d.take_events(5)) == 5
    assert d.call(lambda trainer: trainer.epoch, timeout_s=30) >= epoch  # goes on
    d.stop()
    assert d.wait_until_idle(10)


def test_pause_step_resume_in_quick_succession_never_deadlocks(driver):
    """The stress test of the one training thread: what a student hammering F6, F10 and F5
    does, a few hundred times, with reports flowing; every call answers."""
    d = driver(BOOK.replace(epochs=10_000_000, report_every=5, eval_samples=50))
    d.call(lambda trainer: None)  # built: a change is checked against its status
    d.train()
    for i in range(300):
        d.pause()
        d.step("epoch" if i % 3 else "g", slow=i % 5 == 0)
        d.change(lr_d=0.001 if i % 2 else 0.0005)
        d.resume()
        d.take_events()
        if i % 50 == 0:
            assert d.call(lambda trainer: trainer.epoch, timeout_s=30) >= 0
    d.stop()
    assert d.wait_until_idle(30)
    assert all(not isinstance(e, Failed) for e in d.take_events())


def test_a_sweep_driver_trains_every_seed_on_its_thread():
    from core.engine.sweep import sweep

    config = make_config("book", epochs=40, report_every=20, eval_samples=300, device="cpu")
    d = SweepDriver(config, [3, 4], reports=2)
    d.start()
    events = d.train_to_end()
    assert d.close()
    got = [e for e in events if not isinstance(e, Ended) and hasattr(e, "epoch")]
    want = sweep(config, [3, 4], every=20)
    assert [r.epoch for r in got] == [r.epoch for r in want]
    assert (got[-1].column("strict_validity") == want[-1].column("strict_validity")).all()
