"""The ``patterngan`` command line: the desktop app, or headless train / sample / info / eval.

``train``, ``sample``, ``info`` and ``eval`` never import Qt, so they run on lab machines with
no display. Errors are one line on stderr: exit 1 for a failure (a bad file, a diverged run),
exit 2 for a usage error (argparse's convention).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from core.files.errors import GeneratorFileError  # no torch: imported before anything slow
from patterngan_gui.cli import doctor as cli_doctor
from patterngan_gui.cli import explain as cli_explain
from patterngan_gui.cli import lab as cli_lab
from patterngan_gui.cli.common import (  # noqa: F401 - the commands' shared names
    EXIT_FAILURE,
    EXIT_USAGE,
    OneLineParser,
    TerminalStream,
    UsageError,
    _config_arguments,
    _file_argument,
    _knob_arguments,
    safe_line,
)
from patterngan_gui.cli.generator import cmd_eval, cmd_info, cmd_sample
from patterngan_gui.cli.results import cmd_report, cmd_results
from patterngan_gui.cli.train import cmd_sweep, cmd_train

# -- parser ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    from core.engine.presets import PRESETS

    presets = "; ".join(f"{p.name}: {p.description}" for p in PRESETS.values())
    parser = OneLineParser(
        prog="patterngan",
        description="Train a GAN to generate integers that follow a pattern, watch it learn, "
        "and sample the saved generator (num_gen.pt). With no command, opens the desktop app.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser(
        "gui",
        help="open the desktop app (the default)",
        description="Open the desktop app, optionally with a generator loaded.",
    )
    gui.add_argument(
        "file",
        nargs="?",
        help="a file to open: a generator (num_gen.pt), a session, a lab result, or a class "
        "folder of lab results (the Class tab)",
    )
    gui.add_argument(
        "--lab",
        metavar="FILE",
        help="open a teacher's lab file (.toml): its set-up, instructions and locked controls",
    )
    gui.add_argument(
        "--check",
        action="store_true",
        help="check the window works on this machine: it opens, trains the book for 200 "
        "epochs, saves and reopens the generator in a temporary folder, and closes (exit 0)",
    )

    train = sub.add_parser(
        "train",
        help="train headless and save num_gen.pt",
        description="Train a GAN headless, print a line per report (epoch, losses, the 10 "
        "latest numbers, strict validity, TV) and save the generator at the end. "
        f"Presets - {presets}",
    )
    _config_arguments(train)
    train.add_argument("--report-every", type=int, default=100, help="epochs between reports")
    train.add_argument("--out", default="num_gen.pt", help="output file (default num_gen.pt)")
    train.add_argument("--json", action="store_true", help="one JSON object per report")

    sample = sub.add_parser(
        "sample",
        help="sample integers from a generator file",
        description="Print K sequences of n integers from a generator. "
        "An undecided sample (a tie in a head) prints as '?' (null in JSON).",
    )
    _file_argument(sample)
    sample.add_argument("-n", type=int, default=10, help="integers per sequence (default 10)")
    sample.add_argument("--count", type=int, default=1, help="sequences (default 1)")
    sample.add_argument("--seed", type=int, help="random seed (default: fresh each time)")
    sample.add_argument("--json", action="store_true", help="a JSON list of lists")

    info = sub.add_parser(
        "info",
        help="describe any of the app's files: generator, session, lab result, lab",
        description="Describe a file in a few lines (or JSON): a generator's metadata, "
        "architecture, codec and R (and whether they were inferred from the layer shapes); a "
        "session's runs; a lab result's student, run, goals and answers; a lab's set-up, locks, "
        "goals and questions. Every file is read as safely as the window reads it.",
    )
    _file_argument(info)
    info.add_argument("--json", action="store_true", help="print JSON")

    ev = sub.add_parser(
        "eval",
        help="measure a generator against a pattern",
        description="Strict validity, book validity, TV, JS and modes covered "
        "on fresh samples, against the file's own pattern unless one is given.",
    )
    _file_argument(ev)
    ev.add_argument(
        "--pattern", help="pattern to judge against, data:FILE too (default: the file's)"
    )
    ev.add_argument("--range", dest="range_", metavar="LO:HI", help="range of --pattern")
    ev.add_argument("--samples", type=int, default=10_000, help="samples (default 10000)")
    ev.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ev.add_argument("--json", action="store_true", help="print JSON")

    sw = sub.add_parser(
        "sweep",
        help="train many seeds of one set-up together: is a result luck?",
        description="Train N seeds of one set-up in one batched pass (CPU) and print each "
        "seed's final strict validity, book validity, TV and modes covered, then the median "
        "and range. --seed is the first seed; the others follow it.",
    )
    _config_arguments(sw)
    sw.add_argument("--seeds", type=int, default=8, help="how many seeds (default 8)")
    sw.add_argument("--report-every", type=int, default=0, help=argparse.SUPPRESS)
    sw.add_argument("--json", action="store_true", help="print JSON")

    res = sub.add_parser(
        "results",
        help="a class's lab results as one table",
        description="Read every lab result (*.pgresult, from File > Export lab result) in a "
        "folder and print one row per file: lab, goals met, whether it followed the lab and "
        "is verified, final strict validity, TV, modes covered, epochs. Nothing a file claims "
        "is believed: goals are recomputed from the run's curves, final metrics from its "
        "generator sampled afresh (a fixed seed), and each difference is said. Files are "
        "opened safely; one that cannot be read is named on stderr.",
    )
    res.add_argument("folder", help="folder of .pgresult files")
    res.add_argument(
        "--lab",
        metavar="LAB",
        help="the teacher's lab file (.toml): every result is judged against it (its locks, "
        "hidden controls, goals and questions); a result made with another lab is flagged",
    )
    res.add_argument(
        "--rerun",
        action="store_true",
        help="train every run again from its recorded set-up and seed (one sweep per set-up) "
        "and compare its end with the run's (final metrics within 0.02)",
    )
    res.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    res.add_argument("--json", action="store_true", help="print JSON instead of a table")
    rep = sub.add_parser(
        "report",
        help="a lab result's hand-in report as a PDF",
        description="Write a lab result's hand-in report as a PDF (Qt's own printing, offline): "
        "the student's name, the lab, each answer with when it was written, the goals, the "
        "run's curves and distribution, the final metrics measured from its generator, what "
        "the judge found and a fingerprint (app and torch versions, set-up hash, seed).",
    )
    rep.add_argument("file", help="the lab result (.pgresult)")
    rep.add_argument("--out", required=True, help="the PDF to write")
    rep.add_argument("--lab", metavar="LAB", help="the teacher's lab to judge it against")
    cli_lab.add_parser(sub)
    cli_doctor.add_parser(sub)
    cli_explain.add_parser(sub)
    return parser


# -- commands -------------------------------------------------------------------------------


def cmd_gui(file: str | None, lab: str | None = None, err: TextIO | None = None) -> int:
    if lab:
        from core.files.lab_file import LabError, load_lab

        try:
            load_lab(lab)  # say what is wrong here, before a window opens
        except LabError as exc:
            print(f"patterngan: {exc}", file=err or sys.stderr)
            return 1
    from patterngan_gui.launch import launch

    return launch(file, lab)


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    raw_out = out or sys.stdout
    out = TerminalStream(raw_out)  # the CLI's one escaping rule, for every command's output
    err = TerminalStream(err or sys.stderr)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in (None, "gui"):
        if getattr(args, "check", False):
            from patterngan_gui.launch import check_window

            return check_window(out, err)
        return cmd_gui(getattr(args, "file", None), getattr(args, "lab", None), err)
    from core.engine.targets import DataFileError

    handlers = {
        "train": cmd_train,
        "sample": cmd_sample,
        "info": cmd_info,
        "eval": cmd_eval,
        "results": cmd_results,
        "report": cmd_report,
        "lab": lambda a, o, e: cli_lab.cmd_lab(a, o, e, UsageError),
        "sweep": cmd_sweep,
        "doctor": cli_doctor.cmd_doctor,
        "explain": cli_explain.cmd_explain,
    }
    try:
        code = handlers[args.command](args, out, err)
        out.flush()
        return code
    except UsageError as exc:
        if isinstance(exc.__cause__ or exc.__context__, DataFileError):
            print(f"patterngan {args.command}: {safe_line(exc)}", file=err)
            return EXIT_FAILURE  # a file that cannot be used is a failure, not a usage error
        parser.exit(EXIT_USAGE, f"patterngan {args.command}: error: {safe_line(exc)}\n")
    except GeneratorFileError as exc:
        print(f"patterngan {args.command}: {exc}", file=err)
        return EXIT_FAILURE
    except BrokenPipeError:
        # e.g. `patterngan sample ... | head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # stdout on a full disk (/dev/full), a closed terminal
        if raw_out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(
            f"patterngan {args.command}: cannot write the output: {exc.strerror or exc}", file=err
        )
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print(f"patterngan {args.command}: interrupted", file=err)
        return 130
    return 0  # pragma: no cover


def script() -> None:
    """The ``patterngan`` program: :func:`main`, then the process ends.

    After a headless command has written, flushed and closed all it makes, the interpreter's
    own teardown (finalising torch's thousands of objects and modules) only keeps the user
    waiting, so the process ends at once with the command's exit status. Where Qt was loaded
    (the window, ``report``), Qt's clean-up runs as usual."""
    code = main()
    if "PySide6.QtCore" not in sys.modules:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # a closed pipe or stream: let the interpreter say it
            sys.exit(code)
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    script()
