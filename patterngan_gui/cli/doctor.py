"""``patterngan doctor``: why a run failed, from when, and what to try (core.teaching.doctor).

- ``doctor [train options] [--json]`` trains the set-up headless (nothing is saved) and
  diagnoses its reports; a run that fails (a NaN loss) is diagnosed from the reports before
  the failure and the error it ended with.
- ``doctor FILE [--json]`` diagnoses the runs a session (.pgsession) or a lab result
  (.pgresult) holds, from every report they recorded, through the window's bounded readers.

With ``--json`` the last line is ``{"diagnoses": [{"kind", "onset_epoch", "sentence",
"evidence"}]}`` (of the last run in a file, every run's under ``"runs"``). Never imports Qt.
"""

from __future__ import annotations

import argparse
import json
import signal
from typing import Any, TextIO

from patterngan_gui.cli.common import (
    EXIT_FAILURE,
    STOP_SIGNALS,
    safe_line,
    trained_setup,
    trained_setup_arguments,
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    doctor = sub.add_parser(
        "doctor",
        help="train a set-up (or read a session or lab result) and say what went wrong",
        description="Diagnose a run: nan (diverged), d_wins (D's loss at its floor while G's "
        "grows), no_learning, undecided (the book's all-zero heads), mode_collapse, "
        "oscillation, or healthy; each with the epoch it began at, the numbers that show it and "
        "what to try. With FILE, the runs of a session or a lab result; otherwise the set-up "
        "given by the train options is trained (nothing is saved).",
    )
    doctor.add_argument(
        "file", nargs="?", help="a session (.pgsession) or a lab result (.pgresult) to diagnose"
    )
    trained_setup_arguments(
        doctor, 'print {"diagnoses": [{"kind", "onset_epoch", "sentence", "evidence"}]} last'
    )


def _print(diagnoses: list[Any], out: TextIO, header: str = "") -> None:
    if header:
        print(header, file=out)
    for d in diagnoses:
        print(f"- {d.kind} (from epoch {d.onset_epoch:,}): {safe_line(d.sentence)}", file=out)


def cmd_doctor(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.file:
        return _doctor_file(args, out, err)
    config = trained_setup(args, err)
    from core.engine.trainer import RunControl, Trainer, TrainingError
    from core.teaching.doctor import DoctorWatch

    control = RunControl()
    previous = {}
    for name in ("SIGINT", *STOP_SIGNALS):
        sig = getattr(signal, name, None)
        if sig is not None:
            previous[sig] = signal.signal(sig, lambda *_: control.stop())
    watch = DoctorWatch(config)
    error = None
    try:
        trainer = Trainer(config)
        if not args.json:
            print(
                f"training {trainer.pattern.describe()}, preset {config.preset}, loss "
                f"{config.loss}, {config.epochs:,} epochs, to diagnose it",
                file=out,
                flush=True,
            )
        for report in trainer.reports(control):
            watch.add(report)
    except TrainingError as exc:
        error = str(exc)
    except ValueError as exc:  # too big for this machine
        print(f"patterngan doctor: {exc}", file=err)
        return EXIT_FAILURE
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    watch.finish(error)
    if args.json:
        print(json.dumps({"diagnoses": [d.to_json() for d in watch.diagnoses]}), file=out)
    else:
        if error:
            print(f"the run failed: {safe_line(error)}", file=out)
        _print(watch.diagnoses, out, "diagnosis:")
    return 0


def _doctor_file(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathlib import Path

    from core.files.session_file import load_session
    from core.teaching.doctor import diagnose_history
    from core.teaching.history import setup_words

    kind = Path(args.file).suffix.lower()
    if kind not in (".pgsession", ".pgresult"):
        print(
            f"patterngan doctor: {safe_line(args.file)}: doctor reads a session (.pgsession) or "
            "a lab result (.pgresult): a generator file keeps no reports",
            file=err,
        )
        return EXIT_FAILURE
    if kind == ".pgresult":
        from core.files.result_file import load_result

        runs = [load_result(args.file).run]
    else:
        runs = load_session(args.file)
    found = [(h, diagnose_history(h)) for h in runs]
    if args.json:
        print(
            json.dumps(
                {
                    "runs": [
                        {"number": h.number, "diagnoses": [d.to_json() for d in ds]}
                        for h, ds in found
                    ],
                    "diagnoses": [d.to_json() for d in found[-1][1]] if found else [],
                }
            ),
            file=out,
        )
        return 0
    if not found:
        print("the file holds no runs", file=out)
    for h, ds in found:
        last = h.epochs[-1] if h.epochs else 0
        _print(ds, out, f"run #{h.number}: {setup_words(h.config)}, {last:,} epochs")
    return 0
