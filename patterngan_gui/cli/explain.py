"""``patterngan explain``: one epoch's maths with the batch's numbers plugged in
(core.teaching.maths).

``explain [train options] [--after N] [--json]`` builds the set-up, trains N epochs (default
0), then runs the next epoch step by step and prints each step's formula, the formula with the
numbers plugged in (plain arithmetic anyone can evaluate: ``+ - * / **``, ``log``, ``exp``,
``sqrt``, ``max``, ``min``) and its result, the engine's own number where it keeps one. With
``--json`` the last line is ``{"steps": [{"name", "formula", "expression", "result"}]}``.
Never imports Qt.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from patterngan_gui.cli.common import (
    EXIT_FAILURE,
    UsageError,
    _config_arguments,
    _config_from_args,
    _limit_threads,
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    explain = sub.add_parser(
        "explain",
        help="one epoch's maths with the batch's numbers plugged in",
        description="Run one epoch of a set-up step by step and print each step's formula "
        "with the numbers plugged in: D's loss on real and on fake, the gradient penalty "
        "(wgan-gp), G's loss, and the optimiser's update of D's output bias (Adam with its "
        "bias correction, SGD with momentum); each result is the engine's own number.",
    )
    _config_arguments(explain)
    explain.add_argument(
        "--after", type=int, default=0, help="train this many epochs first (default 0)"
    )
    explain.add_argument("--report-every", type=int, default=100, help=argparse.SUPPRESS)
    explain.add_argument(
        "--json",
        action="store_true",
        help='print {"steps": [{"name", "formula", "expression", "result"}]} last',
    )


def cmd_explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.after < 0:
        raise UsageError("--after must be 0 or more")
    try:
        config = _config_from_args(args, err)
        # the metrics of the two reports explain makes are not shown: a small evaluation
        config = config.replace(
            epochs=max(config.epochs, args.after + 1),
            eval_samples=min(config.eval_samples, 1000),
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    _limit_threads()
    from core.engine.trainer import Trainer, TrainingError
    from core.teaching.maths import explain_epoch

    try:
        trainer = Trainer(config)
        with trainer.training_errors():
            for _ in range(args.after):
                trainer.step_epoch()
        steps = explain_epoch(trainer)
    except (TrainingError, ValueError) as exc:
        print(f"patterngan explain: {exc}", file=err)
        return EXIT_FAILURE
    if args.json:
        print(json.dumps({"steps": [s.to_json() for s in steps]}), file=out)
        return 0
    print(
        f"epoch {trainer.epoch:,} of preset {config.preset}, loss {config.loss}, optimiser "
        f"{config.optimizer}:",
        file=out,
    )
    for s in steps:
        print(f"\n{s.name}\n  {s.formula}\n  = {s.expression}\n  = {s.result:.6g}", file=out)
    return 0
