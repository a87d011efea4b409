"""Issue 34: ``lab run``, ``lab check`` and ``sweep`` stop on SIGTERM and SIGHUP as ``train``
does: between steps, with a line saying so, and with the partial result where there is one
(never a silent death)."""

from __future__ import annotations

import os
import signal

import pytest

from core.engine.sweep import SweepTrainer
from core.files.result_file import load_result
from core.teaching.challenges import GoalTracker
from tests.test_class_results import LAB
from tests.test_cli import run

LONG_LAB = LAB.replace("epochs = 200", "epochs = 400")


@pytest.fixture(params=["SIGTERM", "SIGHUP"])
def sig(request):
    return getattr(signal, request.param)


@pytest.fixture
def signal_after_first_sweep_report(monkeypatch, sig):
    real = SweepTrainer.reports
    seen = []  # the epochs reported

    def reports(self, every, stop=None):
        for i, report in enumerate(real(self, every, stop)):
            seen.append(report.epoch)
            if i == 0:
                os.kill(os.getpid(), sig)  # as a shutdown would, mid-run
            yield report

    monkeypatch.setattr(SweepTrainer, "reports", reports)
    return seen


def test_sweep_stops_with_a_line_and_its_figures_so_far(
    tmp_path, signal_after_first_sweep_report, sig
):
    code, out, err = run(
        "sweep", "--preset", "book", "--epochs", "2000", "--seeds", "2", "--report-every", "100"
    )
    assert code == 0, err
    name = signal.Signals(sig).name
    assert f"stopped at epoch 100 ({name})" in err
    assert "strict_validity: median" in out and f"({name}): these are its figures" in out


def test_lab_check_stops_with_a_line_and_its_figures_so_far(
    tmp_path, signal_after_first_sweep_report, sig
):
    lab = tmp_path / "lab.toml"
    lab.write_text(LONG_LAB)
    code, out, err = run("lab", "check", str(lab), "--seeds", "2")
    assert code == 0, err
    assert f"stopped early ({signal.Signals(sig).name})" in err
    assert "goal 1:" in out and max(signal_after_first_sweep_report) < 400


def test_lab_run_stops_and_writes_the_result_so_far(tmp_path, monkeypatch, sig):
    real = GoalTracker.update
    calls = []

    def update(self, report, config):
        calls.append(report.epoch)
        if len(calls) == 1:
            os.kill(os.getpid(), sig)
        return real(self, report, config)

    monkeypatch.setattr(GoalTracker, "update", update)
    lab = tmp_path / "lab.toml"
    lab.write_text(LONG_LAB)
    out_file = tmp_path / "r.pgresult"
    code, out, err = run("lab", "run", str(lab), "--name", "Ann", "--out", str(out_file))
    assert code == 0, err
    assert f"({signal.Signals(sig).name})" in out and "stopped at epoch" in out
    result = load_result(out_file)  # a partial result, readable
    assert result.student == "Ann" and result.run.epochs[-1] < 400
