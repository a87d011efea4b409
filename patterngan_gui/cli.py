"""The ``patterngan`` command line: the desktop app, or headless train / sample / info / eval.

``train``, ``sample``, ``info`` and ``eval`` never import Qt, so they run on lab machines with
no display. Errors are one line on stderr: exit 1 for a failure (a bad file, a diverged run),
exit 2 for a usage error (argparse's convention).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from core.files.errors import GeneratorFileError  # no torch: imported before anything slow
from patterngan_gui import cli_lab

EXIT_FAILURE = 1
EXIT_USAGE = 2
MAX_DRAW = 10_000_000  # integers per sample or eval call
STOP_SIGNALS = ("SIGTERM", "SIGHUP")  # besides SIGINT; absent on Windows: getattr-guarded


def _limit_threads() -> None:
    """These models are tiny: one intra-op thread is fastest and leaves a core for the GUI."""
    from core.engine.process import use_one_thread

    use_one_thread()


# -- parser ---------------------------------------------------------------------------------


class OneLineParser(argparse.ArgumentParser):
    """argparse, with every usage error in one line ("patterngan train: error: argument
    --epochs: invalid int value: 'many'") and exit 2: the usage text argparse prints first ran
    to 15 lines and pushed the error itself out of a small terminal. ``--help`` gives usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {safe_line(message)}\n")


def safe_line(text: str) -> str:
    """``text`` on one line for a terminal: control characters shown escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text))


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
    gui.add_argument("file", nargs="?", help="a generator file (num_gen.pt) to open")
    gui.add_argument(
        "--lab",
        metavar="FILE",
        help="open a teacher's lab file (.toml): its set-up, instructions and locked controls",
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
        "folder and print one row per file: lab, goals met, final strict validity, TV, modes "
        "covered, epochs. Files are opened safely; one that cannot be read is named on stderr.",
    )
    res.add_argument("folder", help="folder of .pgresult files")
    res.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    res.add_argument("--json", action="store_true", help="print JSON instead of a table")
    cli_lab.add_parser(sub)
    return parser


def cmd_sweep(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import statistics

    from core.engine.sweep import MAX_SEEDS, SweepTrainer

    if not 1 <= args.seeds <= MAX_SEEDS:
        raise UsageError(f"--seeds must be between 1 and {MAX_SEEDS}")
    args.report_every = args.report_every or 100
    try:
        config = _config_from_args(args, err)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    _limit_threads()
    from core.engine.trainer import TrainingError

    seeds = [config.seed + i for i in range(args.seeds)]
    try:
        trainer = SweepTrainer(config, seeds)
        if not args.json:
            print(
                f"sweep: {len(seeds)} seeds of {trainer.pattern.describe()}, preset "
                f"{config.preset}, {config.epochs} epochs, trained together (CPU)",
                file=out,
            )
        reports = list(trainer.reports(max(1, config.epochs // 20)))
        last = reports[-1]
    except (TrainingError, ValueError) as exc:  # ValueError: too big for this machine
        print(f"patterngan sweep: {exc}", file=err)
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
        print(json.dumps({"seeds": rows, "seconds": last.elapsed}), file=out)
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
    return 0


def cmd_results(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """A class's results: a row per good file, a line (on stderr) per bad one, always."""
    import csv
    from pathlib import Path

    from core.files.result_file import RESULT_COLUMNS, load_result, result_record, result_row

    folder = Path(args.folder)
    if not folder.is_dir():
        raise UsageError(f"{args.folder}: not a folder")
    paths = sorted(folder.glob("*.pgresult"))[:10_000]
    if not paths:
        print(f"patterngan results: {safe_line(args.folder)}: no .pgresult files", file=err)
        return EXIT_FAILURE
    results, failed = [], 0
    for path in paths:
        try:
            results.append(load_result(path))
        except GeneratorFileError as exc:
            print(f"patterngan results: {safe_line(exc)}", file=err)
            failed += 1
    if args.json:
        json.dump([result_record(r) for r in results], out, indent=1)
        out.write("\n")
        return EXIT_FAILURE if failed and not results else 0
    rows = [[safe_line(v) for v in result_row(r)] for r in results]
    if args.csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(RESULT_COLUMNS)
        writer.writerows(rows)
    else:
        widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(RESULT_COLUMNS)]
        for line in [list(RESULT_COLUMNS), *rows]:
            print("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip(), file=out)
    return EXIT_FAILURE if failed and not rows else 0


def _config_arguments(parser: argparse.ArgumentParser) -> None:
    """The set-up options train and sweep share."""
    parser.add_argument("--preset", default="book", help="settings preset (default: book)")
    parser.add_argument(
        "--pattern",
        help="pattern: multiples:K, odd, even, mod:K:R, squares, primes, expr:EXPR, "
        "weights:V=W,... (your own target) or data:FILE (the frequencies of the integers in "
        "a text or CSV file; its range [0, 100), or [0, largest + 1) for larger values) "
        "(default: the book's multiples:5)",
    )
    parser.add_argument(
        "--range",
        dest="range_",
        metavar="LO:HI",
        help="half-open range of the pattern (default 0:50 for the book's pattern, else 0:100)",
    )
    parser.add_argument("--codec", default="auto", help="auto, qr:M or onehot (default: auto)")
    parser.add_argument("--epochs", type=int, help="epochs (one batch each); preset's by default")
    parser.add_argument("--batch", type=int, help="batch size; preset's by default")
    parser.add_argument("--lr", type=float, help="learning rate of both D and G")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--device",
        default="auto",
        choices=["auto", "cpu", "cuda"],
        help="where to train (default auto: CUDA only when it is faster)",
    )
    _knob_arguments(parser)


def _knob_arguments(parser: argparse.ArgumentParser) -> None:
    """Take the GAN apart: a flag for every field the table (core.engine.fields) gives one,
    with its choices and its words (each defaults to the preset's value)."""
    from core.engine.fields import FIELDS, FLOAT_LIMITS, INT_LIMITS

    knobs = parser.add_argument_group(
        "take the GAN apart (each defaults to the preset's value; a combination that cannot "
        "train is refused with a sentence)"
    )
    for f in FIELDS:
        if f.cli is None:
            continue
        name = f.config[0]
        kind = int if name in INT_LIMITS else float if name in FLOAT_LIMITS else None
        knobs.add_argument(
            f"--{f.cli}",
            dest=f.control,
            type=kind,
            choices=f.choices or None,
            metavar="W,W" if name.endswith("_hidden") else "K" if name == "d_steps" else None,
            help=f.tip.replace("%", "%%"),  # argparse formats help with %
        )


def _file_argument(parser: argparse.ArgumentParser) -> None:
    """The generator file and --trust, shared by sample, info and eval."""
    parser.add_argument("file", help="generator file")
    parser.add_argument(
        "--trust", action="store_true", help="open a file that cannot be checked, running its code"
    )


class UsageError(Exception):
    """Bad arguments that argparse could not catch: exit 2."""


# -- commands -------------------------------------------------------------------------------


def _note_skipped_header(data: Any, args: argparse.Namespace, err: TextIO) -> None:
    """Say on stderr which first line of a data file was taken for a header."""
    if data is not None and data.skipped is not None:
        print(
            f"patterngan {args.command}: {safe_line(args.pattern[5:].strip())}: skipped the "
            f"header line {safe_line(data.skipped[:60])!r}",
            file=err,
        )


def _config_from_args(args: argparse.Namespace, err: TextIO):
    from core.engine.patterns import parse_range
    from core.engine.presets import make_config
    from core.engine.targets import resolve_data_pattern

    overrides: dict[str, Any] = {
        "seed": args.seed,
        "device": args.device,
        "report_every": args.report_every,
        "codec": args.codec,
    }
    if args.pattern is not None:
        pattern, data = resolve_data_pattern(args.pattern)
        overrides["pattern"] = pattern
        overrides["lo"], overrides["hi"] = (data.lo, data.hi) if data else (0, 100)
        _note_skipped_header(data, args, err)
    if args.range_ is not None:
        overrides["lo"], overrides["hi"] = parse_range(args.range_)
    if args.epochs is not None:
        overrides["epochs"] = args.epochs
    if args.batch is not None:
        overrides["batch"] = args.batch
    if args.lr is not None:
        overrides["lr_d"] = overrides["lr_g"] = args.lr
    from core.engine.fields import FIELDS, config_value

    for f in FIELDS:
        value = getattr(args, f.control, None) if f.cli else None
        if value is not None:
            overrides.update(config_value(f, value))
    config = make_config(args.preset, **overrides)
    config.validate()
    return config


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


def _num(x: float) -> float | None:
    return x if math.isfinite(x) else None


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
    _limit_threads()
    from core.engine.trainer import RunControl, Trainer, TrainingError
    from core.files.atomic import check_destination
    from core.files.genfile import GeneratorFileError, save_trained

    try:  # a bad destination is said before the run, not after it
        check_destination(args.out)
    except GeneratorFileError as exc:
        print(f"patterngan train: {exc}", file=err)
        return EXIT_FAILURE

    control = RunControl()
    interrupted = ""  # the signal's name once one came

    def on_signal(signum: int, frame: Any) -> None:
        nonlocal interrupted
        interrupted = "Ctrl+C" if signum == signal.SIGINT else signal.Signals(signum).name
        control.stop()

    # Ctrl+C, and a lab machine shut down or a terminal closed mid-run (SIGTERM, SIGHUP):
    # each stops between steps and saves what was trained
    stops = [signal.SIGINT] + [getattr(signal, n) for n in STOP_SIGNALS if hasattr(signal, n)]
    previous = {sig: signal.signal(sig, on_signal) for sig in stops}
    progress = err.isatty() and not args.json
    last = None
    try:
        trainer = Trainer(config)
        if not args.json:
            print(
                f"training {trainer.pattern.describe()}, codec {trainer.codec.spec}, "
                f"preset {config.preset}, {config.epochs} epochs on {trainer.device}",
                file=out,
            )
            print(f"device: {trainer.device_choice.reason}", file=out)
        for last in trainer.reports(control):
            if args.json:
                print(json.dumps(_report_json(last)), file=out, flush=True)
            else:
                if progress:
                    err.write("\r\x1b[K")
                print(_report_line(last), file=out, flush=True)
                if progress and not last.done:
                    err.write(
                        f"{last.epoch / last.epochs:6.1%} ({last.epochs_per_second:,.0f} epochs/s)"
                    )
                    err.flush()
    except (TrainingError, ValueError) as exc:  # ValueError: too big for this machine
        print(f"patterngan train: {exc}", file=err)
        return EXIT_FAILURE
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
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


def _open(args: argparse.Namespace):
    from core.files.genfile import open_generator

    return open_generator(args.file, trust=args.trust)


def _note_trust(gen: Any, err: TextIO) -> None:
    for note in gen.notes:
        print(f"note: {note}", file=err)


def cmd_sample(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.n < 1 or args.count < 1:
        raise UsageError("-n and --count must be at least 1")
    if args.n * args.count > MAX_DRAW:
        raise UsageError(f"at most {MAX_DRAW:,} integers per call")
    _limit_threads()
    gen = _open(args)
    _note_trust(gen, err)
    decoded = gen.sample(args.n * args.count, args.seed)
    rows = []
    for k in range(args.count):
        sl = slice(k * args.n, (k + 1) * args.n)
        rows.append(
            [int(v) if ok else None for v, ok in zip(decoded.numbers[sl], decoded.decisive[sl])]
        )
    if args.json:
        print(json.dumps(rows), file=out)
    else:
        for row in rows:
            print(" ".join("?" if v is None else str(v) for v in row), file=out)
    return 0


def _info_other(args: argparse.Namespace, kind: str, out: TextIO, err: TextIO) -> int:
    """``info`` of a session, a lab result or a lab: what it holds, through the same bounded
    readers the window uses, in a few lines (or JSON), or a one-line refusal."""
    from core.files.result_file import load_result, result_record
    from core.files.session_file import load_session
    from core.teaching.history import setup_words
    from core.teaching.lab import LabError, load_lab

    def run_line(h) -> str:
        last = h.last.metrics if h.last is not None else None
        quality = f", strict {last.strict_validity:.1%}, TV {last.tv:.3f}" if last else ""
        return (
            f"run #{h.number}: {setup_words(h.config)}, {safe_line(h.config.pattern[:60])}, "
            f"{h.epochs[-1] if h.epochs else 0:,} epochs{quality}"
        )

    if kind == ".toml":
        try:
            lab = load_lab(args.file)
        except LabError as exc:
            print(f"patterngan info: {exc}", file=err)
            return EXIT_FAILURE
        data = {
            "file": args.file,
            "kind": "lab",
            "title": lab.title,
            "setup": lab.config.to_dict(),
            "locked": sorted(lab.locked),
            "hidden": sorted(lab.hidden),
            "goals": [g.text for g in lab.goals],
            "questions": [q.text for q in lab.questions],
        }
        lines = [
            f"lab:       {safe_line(lab.title)}",
            f"set-up:    {setup_words(lab.config)}, {safe_line(lab.config.pattern[:60])}, "
            f"{lab.config.epochs:,} epochs",
            f"locked:    {', '.join(sorted(lab.locked)) or '-'}",
            f"hidden:    {', '.join(sorted(lab.hidden)) or '-'}",
            f"goals:     {len(lab.goals)}; questions: {len(lab.questions)}",
        ]
    elif kind == ".pgresult":
        result = load_result(args.file)
        data = {"kind": "lab result", **result_record(result)}
        lines = [
            f"lab result: {safe_line(result.title)}, handed in by {safe_line(result.student) or '-'}",
            run_line(result.run),
            f"goals met:  {result.goals_met}/{len(result.goals)}"
            + (f" ({result.off_lab_text}: they do not count)" if result.off_lab else ""),
            f"answers:    {sum(1 for _, a in result.answers if a)}/{len(result.answers)}",
        ]
    else:
        runs = load_session(args.file)
        data = {
            "file": args.file,
            "kind": "session",
            "runs": [
                {"number": h.number, "config": h.config.to_dict(), "epochs": h.epochs[-1:]}
                for h in runs
            ],
        }
        lines = [f"session:   {len(runs)} run(s)"] + [run_line(h) for h in runs[:20]]
        if len(runs) > 20:
            lines.append(f"... and {len(runs) - 20} more")
    if args.json:
        print(json.dumps(data, indent=2), file=out)
    else:
        print("\n".join(lines), file=out)
    return 0


def cmd_info(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.files.genfile import chapter_lines

    kind = Path(args.file).suffix.lower()
    if kind in (".pgsession", ".pgresult", ".toml"):
        return _info_other(args, kind, out, err)
    gen = _open(args)
    load_line, sample_line = chapter_lines(gen)
    data = {
        "file": gen.path,
        "codec": gen.codec.spec,
        "R": gen.codec.R,
        "width": gen.codec.width,
        "latent_size": gen.latent_size,
        "pattern": gen.pattern.spec,
        "range": [gen.pattern.lo, gen.pattern.hi],
        "architecture": gen.architecture,
        "inferred": gen.inferred,
        "trusted": gen.trusted,
        "notes": gen.notes,
        "chapter_lines": [load_line, sample_line],
        "metadata": gen.metadata,
    }
    if args.json:
        print(json.dumps(data, indent=2), file=out)
        return 0
    meta = gen.metadata
    lines = [
        f"file:          {gen.path}",
        f"codec:         {gen.codec.spec} (R = {gen.codec.R}, {gen.codec.width} outputs)"
        + ("  [inferred from shapes]" if gen.inferred else ""),
        f"latent size:   {gen.latent_size}" + ("  [inferred from shapes]" if gen.inferred else ""),
        f"pattern:       {gen.pattern.describe()}"
        + ("  [assumed: not recorded]" if gen.inferred else ""),
        f"architecture:  {gen.architecture.get('kind')}: "
        + ", ".join(gen.architecture.get("layers", [])),
        f"opened:        {'trusted (torch.jit.load ran its code)' if gen.trusted else 'safely (no code from the file was run)'}",
    ]
    if meta:
        lines += [
            f"preset:        {meta.get('preset')}  seed {meta.get('seed')}  epochs {meta.get('epochs_trained')}",
            f"saved:         {meta.get('date')} by patterngan {meta.get('versions', {}).get('patterngan')} "
            f"(torch {meta.get('versions', {}).get('torch')})",
        ]
        metrics = meta.get("metrics") or {}
        if metrics:
            lines.append(
                f"final metrics: strict {metrics.get('strict_validity', 0):.1%}, "
                f"book {metrics.get('book_validity', 0):.1%}, TV {metrics.get('tv', 0):.3f}, "
                f"modes {metrics.get('modes_covered')}/{metrics.get('support_size')}"
            )
    lines += [f"note:          {n}" for n in gen.notes]
    lines += ["sample it with the chapter's two lines:", f"    {load_line}", f"    {sample_line}"]
    print("\n".join(lines), file=out)
    return 0


def cmd_eval(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.engine.metrics import evaluate_decoded
    from core.engine.patterns import parse_pattern, parse_range
    from core.engine.targets import resolve_data_pattern

    if not 1 <= args.samples <= MAX_DRAW:
        raise UsageError(f"--samples must be between 1 and {MAX_DRAW:,}")
    if args.range_ is not None and args.pattern is None:
        raise UsageError("--range needs --pattern")
    _limit_threads()
    gen = _open(args)
    _note_trust(gen, err)
    pattern = gen.pattern
    if args.pattern is not None:
        try:
            text, data = resolve_data_pattern(args.pattern)
            _note_skipped_header(data, args, err)
            lo, hi = (data.lo, data.hi) if data else (0, 100)
            if args.range_:
                lo, hi = parse_range(args.range_)
            pattern = parse_pattern(text, lo, hi)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if pattern.hi > gen.codec.R:
            raise UsageError(
                f"range {pattern.range_spec} is outside the generator's [0, {gen.codec.R})"
            )
    decoded = gen.sample(args.samples, args.seed)
    m = evaluate_decoded(decoded.numbers, decoded.decisive, pattern, gen.codec.R)
    if args.json:
        print(
            json.dumps({"pattern": pattern.spec, "range": [pattern.lo, pattern.hi], **m.summary()}),
            file=out,
        )
    else:
        print(
            f"{pattern.describe()}, {m.samples} samples:\n"
            f"  strict validity  {m.strict_validity:.2%}\n"
            f"  book validity    {m.book_validity:.2%}  (argmax, ties to the first index)\n"
            f"  undecided        {m.undecided:.2%}\n"
            f"  TV distance      {m.tv:.4f}\n"
            f"  JS divergence    {m.js_bits:.4f} bits\n"
            f"  modes covered    {m.modes_covered}/{m.support_size}",
            file=out,
        )
    return 0


def cmd_gui(file: str | None, lab: str | None = None, err: TextIO | None = None) -> int:
    if lab:
        from core.teaching.lab import LabError, load_lab

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
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in (None, "gui"):
        return cmd_gui(getattr(args, "file", None), getattr(args, "lab", None), err)
    from core.engine.targets import DataFileError

    handlers = {
        "train": cmd_train,
        "sample": cmd_sample,
        "info": cmd_info,
        "eval": cmd_eval,
        "results": cmd_results,
        "lab": lambda a, o, e: cli_lab.cmd_lab(a, o, e, UsageError),
        "sweep": cmd_sweep,
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
        if out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(
            f"patterngan {args.command}: cannot write the output: {exc.strerror or exc}", file=err
        )
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print(f"patterngan {args.command}: interrupted", file=err)
        return 130
    return 0  # pragma: no cover


if __name__ == "__main__":
    sys.exit(main())
