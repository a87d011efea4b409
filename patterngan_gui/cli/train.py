"""``patterngan train`` and ``patterngan sweep``: train headless, a report a line."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from patterngan_gui.cli.common import (
    EXIT_FAILURE,
    StopSignals,
    UsageError,
    _config_from_args,
    _num,
)


def cmd_sweep(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import statistics
    import threading

    from core.engine.sweep import MAX_SEEDS, SweepTrainer, report_interval

    if not 1 <= args.seeds <= MAX_SEEDS:
        raise UsageError(f"--seeds must be between 1 and {MAX_SEEDS}")
    args.report_every = args.report_every or 100
    try:
        config = _config_from_args(args, err)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    from core.engine.process import prepare_for_training

    prepare_for_training()  # process-wide settings, set here at the command's entry
    from core.engine.trainer import TrainingError

    seeds = [config.seed + i for i in range(args.seeds)]
    halt = threading.Event()
    stopped = StopSignals(halt.set)  # stops between epochs; the seeds so far are shown
    last = None
    try:
        with stopped:
            trainer = SweepTrainer(config, seeds)
            if not args.json:
                print(
                    f"sweep: {len(seeds)} seeds of {trainer.pattern.describe()}, preset "
                    f"{config.preset}, {config.epochs} epochs, trained together (CPU)",
                    file=out,
                )
            for report in trainer.reports(report_interval(config), stop=halt.is_set):
                last = report
                if halt.is_set():  # the report of the epochs trained when it came: the last
                    break
    except (TrainingError, ValueError) as exc:  # ValueError: too big for this machine
        print(f"patterngan sweep: {exc}", file=err)
        return EXIT_FAILURE
    if stopped.name:
        at = f"at epoch {last.epoch}" if last is not None else "before the first report"
        print(f"patterngan sweep: {stopped.line(at)}", file=err)
        if last is None:
            return EXIT_FAILURE
    rows = [
        {
            "seed": seed,
            "strict_validity": m.strict_validity,
            "book_validity": m.book_validity,
            "tv": m.tv,
            "modes_covered": m.modes_covered,
        }
        for seed, m in zip(seeds, last.metrics)
    ]
    if args.json:
        print(
            json.dumps({"seeds": rows, "seconds": last.elapsed, "stopped": bool(stopped.name)}),
            file=out,
        )
        return 0
    print("  seed  strict   book     TV  modes", file=out)
    for r, m in zip(rows, last.metrics):
        print(
            f"{r['seed']:>6}  {r['strict_validity']:6.1%} {r['book_validity']:6.1%} "
            f"{r['tv']:6.3f}  {m.modes_covered}/{m.support_size}",
            file=out,
        )
    for name in ("strict_validity", "tv"):
        values = [r[name] for r in rows]
        print(
            f"{name}: median {statistics.median(values):.3f}, "
            f"range {min(values):.3f} - {max(values):.3f}",
            file=out,
        )
    print(f"trained in {last.elapsed:.1f} s", file=out)
    if stopped.name:
        print(
            f"{stopped.line(f'at epoch {last.epoch} of {last.epochs}')}: these are its figures",
            file=out,
        )
    return 0


def _report_json(report: Any) -> dict[str, Any]:
    m = report.metrics
    return {
        "epoch": report.epoch,
        "epochs": report.epochs,
        "d_loss": _num(report.d_loss),
        "g_loss": _num(report.g_loss),
        "numbers": [
            int(n) if ok else None for n, ok in zip(report.samples, report.samples_decisive)
        ],
        **m.summary(),
        "elapsed": report.elapsed,
        "epochs_per_second": report.epochs_per_second,
        "done": report.done,
        "stopped": report.stopped,
    }


def _report_line(report: Any) -> str:
    m = report.metrics
    return (
        f"epoch {report.epoch:>6}/{report.epochs}  D {report.d_loss:.3f}  G {report.g_loss:.3f}  "
        f"{report.samples_text()}  strict {m.strict_validity:.1%}  TV {m.tv:.3f}"
    )


def cmd_train(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        config = _config_from_args(args, err)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    from core.engine.process import prepare_for_training

    prepare_for_training()  # process-wide settings, set here at the command's entry
    from core.engine.trainer import RunControl, Trainer, TrainingError
    from core.files.atomic import check_destination
    from core.files.genfile import GeneratorFileError, save_trained

    try:  # a bad destination is said before the run, not after it
        check_destination(args.out)
    except GeneratorFileError as exc:
        print(f"patterngan train: {exc}", file=err)
        return EXIT_FAILURE

    control = RunControl()
    stopped = StopSignals(control.stop)  # each stops between steps and saves what was trained
    progress = err.isatty() and not args.json
    terminal = getattr(err, "raw", err)  # the progress line's own control sequences, unescaped
    last = None
    try:
        with stopped:
            trainer = Trainer(config)
            if not args.json:
                print(
                    f"training {trainer.pattern.describe()}, codec {trainer.codec.spec}, "
                    f"preset {config.preset}, {config.epochs} epochs on {trainer.device}",
                    file=out,
                )
                print(f"device: {trainer.device_choice.reason}", file=out)
                print(f"steps: {trainer.steps_described}", file=out)
            for last in trainer.reports(control):
                if args.json:
                    print(json.dumps(_report_json(last)), file=out, flush=True)
                else:
                    if progress:
                        terminal.write("\r\x1b[K")
                    print(_report_line(last), file=out, flush=True)
                    if progress and not last.done:
                        terminal.write(
                            f"{last.epoch / last.epochs:6.1%} "
                            f"({last.epochs_per_second:,.0f} epochs/s)"
                        )
                        terminal.flush()
    except (TrainingError, ValueError) as exc:  # ValueError: too big for this machine
        print(f"patterngan train: {exc}", file=err)
        return EXIT_FAILURE
    interrupted = stopped.name
    assert last is not None
    try:
        path = save_trained(args.out, trainer, last)
    except GeneratorFileError as exc:
        print(f"patterngan train: {exc}", file=err)
        return EXIT_FAILURE
    when = f"stopped at epoch {last.epoch} ({interrupted}); " if interrupted else ""
    if args.json:
        print(
            json.dumps({"saved": str(path), "epoch": last.epoch, "stopped": bool(interrupted)}),
            file=out,
        )
    else:
        print(f"{when}saved {path}", file=out)
    return 0
