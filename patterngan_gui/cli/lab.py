"""``patterngan lab run`` and ``patterngan lab check``: a teacher's lab, headless.

- ``lab run LAB --name NAME [--answer "1=..."]... [--seed S] --out FILE`` trains the lab's
  set-up and writes a lab result exactly as the window's File > Export lab result does (the
  student's name, answers, goals met and at which epoch, the run and its generator): a
  teacher's reference result, or a class's worth of results for trying the class table.
- ``lab check LAB [--seeds N]`` trains the lab's set-up over N seeds in one batched sweep and
  prints, per goal, the share of seeds that meet it and the median epoch they meet it at, and
  how long one run takes on this machine: is the goal reachable in the lab's epochs, before
  the lesson?

Never imports Qt (the command line runs on machines without a display).
"""

from __future__ import annotations

import argparse
from typing import TextIO


def add_parser(sub: argparse._SubParsersAction) -> None:
    lab = sub.add_parser(
        "lab",
        help="run or check a teacher's lab headless",
        description="Run a lab's set-up and write a result as the window would (lab run), or "
        "check before class how many seeds reach each of its goals (lab check).",
    )
    kinds = lab.add_subparsers(dest="lab_command", metavar="run|check", required=True)
    run = kinds.add_parser(
        "run",
        help="train a lab's set-up and write a lab result",
        description="Train the lab's set-up (its seed unless --seed) and write a lab result "
        "(.pgresult) with the student's name and answers, as File > Export lab result does.",
    )
    run.add_argument("lab", help="the lab file (.toml)")
    run.add_argument("--name", required=True, help="the student's name")
    run.add_argument(
        "--answer",
        action="append",
        default=[],
        metavar="N=TEXT",
        help="the answer to question N (1 is the first); repeat for more (a prediction's "
        "answer is sealed with the run: given before it trains)",
    )
    run.add_argument("--seed", type=int, help="seed of the run (default: the lab's)")
    run.add_argument("--out", required=True, help="the result file to write (.pgresult)")
    check = kinds.add_parser(
        "check",
        help="how many seeds reach each goal, and a run's time here",
        description="Train the lab's set-up over N seeds at once (a batched sweep on the CPU) "
        "and print, per goal, the share of seeds that meet it and the median epoch they meet "
        "it at (reports every report_every epochs, on a fifth of the evaluation samples but "
        "the last), then the time one run takes on this machine.",
    )
    check.add_argument("lab", help="the lab file (.toml)")
    check.add_argument("--seeds", type=int, default=8, help="how many seeds (default 8)")


def cmd_lab(args: argparse.Namespace, out: TextIO, err: TextIO, usage: type[Exception]) -> int:
    from core.engine.process import prepare_for_training
    from core.files.lab_file import LabError, load_lab

    try:
        lab = load_lab(args.lab)
    except LabError as exc:
        print(f"patterngan lab {args.lab_command}: {exc}", file=err)
        return 1
    prepare_for_training()
    if args.lab_command == "run":
        return _run(lab, args, out, err, usage)
    return _check(lab, args, out, err, usage)


def _answers(lab, given: list[str], usage: type[Exception]) -> list[tuple[str, str]]:
    answers = ["" for _ in lab.questions]
    for item in given:
        number, sep, text = item.partition("=")
        if not sep or not number.strip().isdigit():
            raise usage(f'--answer {item!r}: write it as N=TEXT, e.g. --answer "1=it collapses"')
        index = int(number) - 1
        if not 0 <= index < len(answers):
            raise usage(f"--answer {number}: the lab has {len(answers)} question(s)")
        answers[index] = text.strip()
    return [(q.text, a) for q, a in zip(lab.questions, answers)]


def _run(lab, args, out: TextIO, err: TextIO, usage: type[Exception]) -> int:
    from core.engine.reports import RunControl
    from core.engine.trainer import Trainer, TrainingError
    from core.files.atomic import check_destination
    from core.files.errors import GeneratorFileError
    from core.files.genfile import chapter_ready, metadata_for, script_bytes
    from core.files.lab_file import dump_lab
    from core.files.result_file import result_bytes, save_result
    from core.teaching.challenges import GoalTracker, run_answers
    from core.teaching.history import RunHistory
    from patterngan_gui.cli.common import StopSignals

    answers = _answers(lab, args.answer, usage)
    config = lab.config if args.seed is None else lab.config.replace(seed=args.seed)
    control = RunControl()
    stopped = StopSignals(control.stop)  # stops between steps; the result so far is written
    try:
        check_destination(args.out)
        config.validate()
        with stopped:
            trainer = Trainer(config)
            history = RunHistory(1, config)
            # the answers are given before the run: its predictions are sealed with it
            history.seal_predictions(
                {q.text: a for q, (_, a) in zip(lab.questions, answers) if q.before}
            )
            goals = GoalTracker(lab.goals)
            report = None
            for report in trainer.reports(control):
                history.add(report)
                goals.update(report, config)
        if report is None:
            print(f"patterngan lab run: {stopped.line('before the first epoch')}", file=err)
            return 1
        history.goals = (goals.count, len(goals.goals))
        metadata = metadata_for(trainer, report)
        data = result_bytes(
            dump_lab(lab),
            lab.title,
            run_answers(lab.questions, [a for _, a in answers], history.sealed, {}, 0),
            goals.status(),
            history,
            script_bytes(chapter_ready(trainer.generator, metadata), metadata),
            student=args.name,
        )
        save_result(args.out, data)
    except (ValueError, TrainingError, GeneratorFileError, OSError) as exc:
        print(f"patterngan lab run: {exc}", file=err)
        return 1
    met = ", ".join(f"{i + 1} at epoch {e}" for i, (_, e) in enumerate(goals.status()) if e)
    when = f"{stopped.line(f'at epoch {report.epoch}')}; " if stopped.name else ""
    print(
        f"{when}{args.out}: {args.name}, goals met {goals.count}/{len(lab.goals)}"
        + (f" ({met})" if met else ""),
        file=out,
    )
    return 0


def _check(lab, args, out: TextIO, err: TextIO, usage: type[Exception]) -> int:
    from core.engine.trainer import TrainingError
    from core.teaching.lab_check import MAX_CHECK_SEEDS, check_lab

    if not 1 <= args.seeds <= MAX_CHECK_SEEDS:
        raise usage(f"--seeds must be between 1 and {MAX_CHECK_SEEDS}")
    import threading

    from patterngan_gui.cli.common import StopSignals

    cancel = threading.Event()
    stopped = StopSignals(cancel.set)  # stops at the next report; the figures so far shown
    try:
        with stopped:
            result = check_lab(lab, args.seeds, cancel=cancel)  # the save-lab dialog's check too
    except (ValueError, TrainingError) as exc:
        print(f"patterngan lab check: {exc}", file=err)
        return 1
    print("\n".join(result.lines()), file=out)
    if stopped.name:
        print(
            f"patterngan lab check: {stopped.line('early')}: the figures cover the epochs "
            "trained so far",
            file=err,
        )
    return 0
