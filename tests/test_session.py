"""The session model's rules, without Qt: what is current, what each state allows, what
opening a file or a lab changes, and the collapse alert's recovery rule."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from core.app.run_driver import Stepped
from core.app.session import OpenedFile, RunState, Session, TrainedRun, config_of_file
from core.engine.metrics import evaluate_decoded
from core.engine.patterns import parse_pattern
from core.engine.presets import make_config
from core.engine.trainer import Trainer
from core.files.genfile import open_generator, save_trained
from core.teaching.collapse import CollapseWatch
from core.teaching.lab import Lab
from tests.test_teaching_core import fake_report

BOOK = make_config("book", epochs=200, report_every=100, eval_samples=500)


SESSIONS: list[Session] = []


@pytest.fixture(autouse=True)
def _close_sessions():
    """Every session made here ends its run's thread (the window does on closing)."""
    yield
    while SESSIONS:
        SESSIONS.pop().close()


def ready_session(draft=BOOK) -> Session:
    s = Session(ready=True)
    SESSIONS.append(s)
    s.set_draft(draft, None)
    return s


def started(s: Session, config=BOOK) -> TrainedRun:
    run = s.begin_run(config)
    run.driver.call(lambda trainer: None)  # built: tasks run in order on its thread
    return run


def step(s: Session, report: bool = True) -> None:
    """One epoch by hand on the run's thread; its report recorded as the window does."""
    s.driver.step("epoch")
    s.driver.call(lambda trainer: None)  # the step has run: its event waits
    (event,) = [e for e in s.driver.take_events() if isinstance(e, Stepped)]
    if report:
        s.add_report(event.report)


def test_nothing_is_allowed_before_start_up_finishes():
    s = Session()
    s.set_draft(BOOK, None)
    assert not (s.can_train or s.can_step or s.can_save or s.can_open or s.can_export_plots)


def test_a_fresh_session_can_train_and_step_but_not_save_or_export():
    s = ready_session()
    assert s.can_train and s.can_step and s.can_open and s.train_label == "Train"
    assert not (s.can_save or s.can_sample or s.can_export_plots or s.can_export_csv)
    assert not (s.can_export_bundle or s.can_reset or s.can_pause or s.can_stop)


def test_an_invalid_setup_blocks_train_and_step_but_not_resume():
    s = ready_session(None)
    assert not s.can_train and not s.can_step
    started(s)
    s.run_started()
    s.set_paused(True)
    assert s.can_train and s.train_label == "Resume"  # F5 resumes the paused run


def test_running_allows_pause_and_stop_only():
    s = ready_session()
    started(s)
    s.run_started()
    assert s.state is RunState.RUNNING and s.can_pause and s.can_stop
    assert not (s.can_train or s.can_step or s.can_save or s.can_open or s.can_reset)
    assert not s.setup_editable


def test_paused_allows_resume_step_and_stop():
    s = ready_session()
    started(s)
    s.run_started()
    s.set_paused(True)
    assert s.state is RunState.PAUSED and s.can_train and s.can_step and s.can_stop
    assert not s.can_pause and not s.step_needs_new_run() and not s.can_open


def test_stopped_then_resumable_while_the_setup_is_unchanged():
    s = ready_session()
    started(s)
    s.run_started()
    step(s, report=False)
    s.run_ended()
    assert s.state is RunState.STOPPED and s.resumable and s.train_label == "Resume"
    s.set_draft(BOOK.replace(seed=9), None)
    assert not s.resumable and s.step_needs_new_run() and s.train_label == "Train"


def test_finished_run_can_be_saved_exported_and_reset():
    s = ready_session(BOOK.replace(epochs=2))
    started(s, BOOK.replace(epochs=2))
    step(s)
    s.run_ended()
    assert s.state is RunState.STOPPED
    step(s)
    s.run_ended()
    assert s.state is RunState.FINISHED and not s.resumable and s.step_needs_new_run()
    assert s.can_save and s.can_export_plots and s.can_export_csv and s.can_export_bundle
    assert s.can_reset
    s.reset()
    assert s.current is None and s.runs[0].result is not None  # kept, sealed
    assert not s.can_export_plots and not s.can_save


def test_opening_a_file_seals_the_run_and_an_earlier_run_can_be_shown_again(tmp_path):
    s = ready_session()
    started(s)
    step(s)
    path = tmp_path / "g.pt"
    save_trained(path, Trainer(make_config("collapse", pattern="odd", lo=0, hi=100, epochs=5)))
    s.open_file(open_generator(path), str(path))
    assert isinstance(s.current, OpenedFile) and s.driver is None
    assert s.can_save and s.can_sample
    assert not s.can_export_plots and not s.can_export_csv and not s.can_export_bundle
    shown = s.show_run(0)
    assert shown.history is s.runs[0] and shown.driver is None
    assert s.can_export_plots and s.can_export_csv and s.can_export_bundle and s.can_save
    module, metadata = s.generator_and_metadata()
    assert metadata["epochs_trained"] == 1 and not module.training


def test_the_chapters_file_sets_the_book_preset_and_its_latent_size(tmp_path):
    G = torch.nn.Sequential(torch.nn.Linear(100, 25), torch.nn.ReLU())
    path = tmp_path / "num_gen.pt"
    torch.jit.script(G).save(str(path))
    gen = open_generator(path)
    config = config_of_file(gen, make_config("collapse", pattern="odd", hi=100))
    assert config.preset == "book" and config.generator == "book" and config.latent == 100
    assert (config.pattern, config.lo, config.hi) == ("multiples:5", 0, 50)


def test_a_default_file_without_a_valid_config_takes_the_default_preset(tmp_path):
    path = tmp_path / "g.pt"
    save_trained(path, Trainer(make_config("default", pattern="odd", hi=100, epochs=3)))
    gen = open_generator(path)
    gen.metadata["config"] = {"nonsense": 1}
    config = config_of_file(gen, BOOK)
    assert config.preset == "default" and config.latent == 16 and config.pattern == "odd"


def test_with_a_lab_open_a_file_leaves_the_locked_values_alone(tmp_path):
    s = ready_session()
    lab_config = make_config("book", epochs=3000, seed=1)
    s.open_lab(Lab("Lab", "", lab_config, frozenset({"pattern", "range", "preset"})))
    s.set_draft(lab_config, None)
    path = tmp_path / "odd.pt"
    save_trained(path, Trainer(make_config("collapse", pattern="odd", hi=100, epochs=3, seed=4)))
    setup = s.open_file(open_generator(path), str(path))
    c = setup.config
    assert (c.pattern, c.lo, c.hi, c.preset) == ("multiples:5", 0, 50, "book")
    assert c.generator == "book" and c.latent == 100  # the locked preset's model, whole
    assert c.seed == 4  # not locked: the file's
    assert setup.kept == ("pattern", "range", "preset")
    c.validate()


def test_unsaved_runs_are_those_trained_and_not_saved_as_they_are():
    s = ready_session()
    run = started(s)
    assert s.unsaved_runs() == []  # nothing trained yet
    step(s)
    assert s.unsaved_runs() == [run.history]
    s.saved("/tmp/x.pt")
    assert s.unsaved_runs() == [] and s.save_path == "/tmp/x.pt"
    step(s)
    assert s.unsaved_runs() == [run.history]


def test_a_lab_open_resets_the_current_run_and_keeps_it_in_the_runs():
    s = ready_session()
    started(s)
    s.open_lab(Lab("Lab", "", BOOK, frozenset({"preset"})))
    assert s.current is None and len(s.runs) == 1 and s.locked_controls == {"preset"}
    assert s.can_close_lab
    s.close_lab()
    assert s.lab is None and not s.can_close_lab


def _metrics(shares: dict[int, float], n=1000):
    numbers = np.concatenate([np.full(int(v * n), k) for k, v in shares.items()])
    return evaluate_decoded(numbers, np.ones(numbers.size, bool), parse_pattern("odd", 0, 50), 100)


def test_recovered_only_when_no_sign_is_left_for_two_reports_in_a_row():
    watch = CollapseWatch()
    odd = list(range(1, 50, 2))
    collapsed = _metrics({1: 0.6, 3: 0.4})
    assert watch.update(1.0, collapsed, 5000, 10_000, "book") == "raised"
    # 22% on one value (5.5x its fair share of 4%): no new alert, but not recovered either
    lopsided = _metrics({1: 0.22, **{k: 0.78 / 24 for k in odd[1:]}})
    assert watch.update(1.0, lopsided, 5100, 10_000, "book") is None and watch.alert
    even = _metrics({k: 1 / 25 for k in odd})
    assert watch.update(1.0, even, 5200, 10_000, "book") is None and watch.alert
    assert watch.update(1.0, even, 5300, 10_000, "book") == "recovered"
    assert watch.alert is None and "Recovered by epoch 5,300" in watch.recovered


def test_a_fake_report_history_marks_the_session_exportable():
    s = ready_session()
    s.begin_run(BOOK)
    assert not s.can_export_csv
    s.add_report(fake_report(100))
    assert s.can_export_csv and s.can_export_plots


def test_with_nothing_trained_or_opened_there_is_no_generator_to_save():
    with pytest.raises(ValueError):
        ready_session().generator_and_metadata()


def test_a_sweep_is_kept_with_its_medians_and_an_empty_one_is_not():
    from core.engine.sweep import sweep

    config = make_config("book", epochs=40, report_every=20, eval_samples=300, device="cpu")
    session = Session()
    assert session.add_sweep(config, []) is None and session.sweeps == []
    reports = sweep(config, [3, 4, 5], every=20)
    record = session.add_sweep(config, reports)
    assert session.sweeps == [record] and record.number == 1 and record.seeds == (3, 4, 5)
    strict = [m.strict_validity for m in reports[-1].metrics]
    assert record.final_median("strict_validity") == pytest.approx(float(np.median(strict)))
    x, y = record.median_curve("tv")
    assert list(x) == [r.epoch for r in reports] and len(y) == len(reports)
    hist = record.mean_histogram()
    assert hist.shape == reports[-1].metrics[0].histogram.shape and hist.sum() == pytest.approx(1)
    assert "3 x book" in record.name and "median" in record.describe()


# -- the session says what changed (core.app.events) --------------------------------------


def test_every_change_is_announced_once_with_its_aspects():
    from core.app import events

    s = ready_session()
    heard = []
    s.changed.connect(heard.append)
    s.set_draft(BOOK.replace(seed=3), None)
    assert heard == [frozenset({events.DRAFT, events.STATE})]
    heard.clear()
    started(s)  # begin_run lets the earlier run go and starts a new one: one announcement
    assert heard == [frozenset({events.CURRENT, events.RUNS, events.STATE})]
    heard.clear()
    s.run_started()
    s.set_paused(True)
    step(s)  # a report
    s.run_ended()
    assert heard == [
        frozenset({events.STATE}),
        frozenset({events.STATE}),
        frozenset({events.REPORT}),
        frozenset({events.STATE, events.RUNS}),
    ]
    heard.clear()
    s.open_lab(Lab("Lab", "", BOOK, frozenset({"pattern"})))  # it resets inside: once
    assert len(heard) == 1 and {events.LAB, events.CURRENT} <= heard[0]


def test_an_unknown_aspect_is_refused():
    from core.app.events import Announcer

    with pytest.raises(ValueError, match="unknown aspect"), Announcer().change("colour"):
        pass


def test_a_cuda_set_up_is_the_sessions_to_refuse_on_a_machine_without_cuda():
    s = ready_session()
    s.set_cuda(False, "this PyTorch sees no CUDA device")
    problem = s.setup_problem(BOOK.replace(device="cuda"))
    assert problem.field == "device" and "no CUDA device" in str(problem)
    assert s.setup_problem(BOOK.replace(device="auto")) is None
    s.set_cuda(True)
    assert s.setup_problem(BOOK.replace(device="cuda")) is None


def test_the_timeline_position_is_the_sessions_and_a_new_current_run_is_live():
    from core.app import events

    s = ready_session()
    started(s)
    for _ in range(3):
        step(s)
    heard = []
    s.changed.connect(heard.append)
    first = s.history.snapshots[0]
    s.show_snapshot(0)
    assert heard == [frozenset({events.TIMELINE})] and s.shown_report() is first
    s.show_snapshot(None)
    assert s.shown_report() is s.run.last_report
    s.show_snapshot(1)
    started(s)  # a new run: shown live from its first report
    assert s.shown_index is None and s.shown_report() is None


def test_a_change_that_fails_half_way_is_still_announced():
    from core.app.events import STATE, Announcer

    told = []
    a = Announcer()
    a.connect(told.append)
    with pytest.raises(ValueError, match="half-way"), a.change(STATE):
        raise ValueError("failed half-way")
    assert told == [frozenset({STATE})]
