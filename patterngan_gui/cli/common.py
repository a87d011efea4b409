"""What every command shares: exit codes, one-line errors, the set-up's flags (made from
the field table), and the config they build."""

from __future__ import annotations

import argparse
import math
import re
import signal
from collections.abc import Callable
from typing import Any, NoReturn, TextIO

EXIT_FAILURE = 1
EXIT_USAGE = 2
MAX_DRAW = 10_000_000  # integers per sample or eval call
STOP_SIGNALS = ("SIGTERM", "SIGHUP")  # besides SIGINT; absent on Windows: getattr-guarded


def _limit_threads() -> None:
    """These models are tiny: one intra-op thread is fastest and leaves a core for the GUI."""
    from core.engine.process import use_one_thread

    use_one_thread()


class OneLineParser(argparse.ArgumentParser):
    """argparse, with every usage error in one line ("patterngan train: error: argument
    --epochs: invalid int value: 'many'") and exit 2: the usage text argparse prints first ran
    to 15 lines and pushed the error itself out of a small terminal. ``--help`` gives usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {safe_line(message)}\n")


_MAYBE_UNSAFE = re.compile(r"[^\n\t\x20-\x7e]+")  # all but plain ASCII: looked at closely


def terminal_text(text: str, one_line: bool = False) -> str:
    """``text`` as a terminal may show it: every character that is not printable (escape
    sequences, carriage returns, bell, bidirectional overrides...) written as its Python
    escape; line breaks and tabs kept unless ``one_line``. The CLI's one escaping rule: every
    command writes through :class:`TerminalStream`, which applies it."""

    def shown(match: re.Match[str]) -> str:
        return "".join(
            c if c.isprintable() or (c in "\n\t" and not one_line) else repr(c)[1:-1]
            for c in match.group(0)
        )

    text = str(text)
    if one_line:
        return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return _MAYBE_UNSAFE.sub(shown, text)


def safe_line(text: str) -> str:
    """``text`` on one line for a terminal: control characters (line breaks too) shown
    escaped."""
    return terminal_text(text, one_line=True)


class TerminalStream:
    """A text stream that writes everything through :func:`terminal_text`: a lab's title, a
    student's name, a file name inside an error message can never move the cursor, clear the
    screen or retitle the terminal, whichever command prints it."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(terminal_text(text))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


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


class StopSignals:
    """Ctrl+C, and a lab machine shut down or a terminal closed mid-run (SIGTERM, SIGHUP): the
    command's ``stop()`` is called (it stops between steps), ``name`` says which came, and the
    command says so in a line and keeps a partial result where it has one. Every long command
    (train, sweep, lab run, lab check) runs inside one; the handlers are restored after."""

    def __init__(self, stop: Callable[[], None]) -> None:
        self._stop = stop
        self.name = ""  # the signal's name once one came ("Ctrl+C" for SIGINT)
        self._previous: dict[int, Any] = {}

    def _on_signal(self, signum: int, frame: Any) -> None:
        self.name = "Ctrl+C" if signum == signal.SIGINT else signal.Signals(signum).name
        self._stop()

    def __enter__(self) -> StopSignals:
        names = ("SIGINT", *STOP_SIGNALS)
        for sig in [getattr(signal, n) for n in names if hasattr(signal, n)]:
            try:
                self._previous[sig] = signal.signal(sig, self._on_signal)
            except ValueError:  # not the main thread: nothing to catch here
                break
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)

    def line(self, what: str) -> str:
        """The line a stopped command prints: "stopped at epoch 300 (SIGTERM); ..." """
        return f"stopped {what} ({self.name})"


class UsageError(Exception):
    """Bad arguments that argparse could not catch: exit 2."""


def _note_skipped_header(data: Any, args: argparse.Namespace, err: TextIO) -> None:
    """Say on stderr which first line of a data file was taken for a header."""
    if data is not None and data.skipped is not None:
        print(
            f"patterngan {args.command}: {safe_line(args.pattern[5:].strip())}: skipped the "
            f"header line {safe_line(data.skipped[:60])!r}",
            file=err,
        )


def trained_setup_arguments(parser: argparse.ArgumentParser, json_help: str) -> None:
    """The options of a command that trains a set-up to look at it (``doctor``, ``explain``):
    the set-up's, the epochs between reports and ``--json`` (its contract in ``json_help``)."""
    _config_arguments(parser)
    parser.add_argument("--report-every", type=int, default=100, help="epochs between reports")
    parser.add_argument("--json", action="store_true", help=json_help)


def trained_setup(args: argparse.Namespace, err: TextIO, adjust=None):
    """The config such a command trains (``adjust(config)`` may change it; an invalid one is
    a usage error), with torch set to one thread for it."""
    try:
        config = _config_from_args(args, err)
        if adjust is not None:
            config = adjust(config)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    _limit_threads()
    return config


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


def _num(x: float) -> float | None:
    return x if math.isfinite(x) else None
