"""Your own target distribution: the frequencies of the integers in a data file.

``data:FILE`` is read here, once, into the inline ``weights:V=W,...`` pattern
(``core.engine.patterns``), so a config, a saved generator, a lab and a result carry the target
itself and never a path that another machine lacks. The file is plain text or CSV: integers
separated by whitespace, commas or semicolons, one or many a line; ``#`` starts a comment.
One clear rule for what an integer is: ASCII digits with an optional leading minus (not
Python's ``int()``, which also takes Arabic-Indic or full-width digits, ``1_0`` and ``+3``). A
first line with no digit at all is a header and is skipped, and the skip is reported; any
other entry that is not an integer is refused with its line. Read with a size limit.

The target's range is [0, 100), or [0, largest + 1) when the data holds 100 or more.
"""

from __future__ import annotations

import os
import re
import stat
from collections import Counter
from dataclasses import dataclass

import numpy as np

from core.engine.patterns import MAX_HI, MIN_R, weights_spec
from core.engine.words import QT_TRANSLATE_NOOP, Said, said_error

MAX_DATA_BYTES = 64 * 2**20  # a data file larger than this is refused, not read
_SEPARATORS = re.compile(r"[\s,;]+")
_INTEGER = re.compile(r"-?[0-9]+")  # ASCII digits only (re's [0-9], not \d)
_ANY_DIGIT = re.compile(r"\d")  # any script's digits: such a line is data, never a header


class DataFileError(ValueError):
    """A data file that cannot be used (unreadable, not text, no integers, a bad entry):
    a failure of that file, not a usage error of the command that named it."""


@dataclass(frozen=True)
class DataTarget:
    """A target read from data: its inline pattern text and the range that holds it."""

    spec: str  # weights:V=W,... (W = how often V occurs)
    lo: int
    hi: int
    count: int  # integers read
    distinct: int
    skipped: str | None = None  # the header line skipped, as it was (None: no header)


def _not_a_regular_file(name: str) -> Exception:
    return said_error(
        DataFileError,
        Said("Errors", QT_TRANSLATE_NOOP("Errors", "{0}: not a regular file"), (name,)),
    )


def _unreadable(name: str, exc: OSError) -> Exception:
    said = QT_TRANSLATE_NOOP("Errors", "{0}: cannot be read ({1})")
    return said_error(DataFileError, Said("Errors", said, (name, exc.strerror or exc)))


def read_data_target(path: str | os.PathLike[str]) -> DataTarget:
    """The target of a data file; raises ValueError in one line naming the file (and the
    line) for anything it cannot use."""
    name = os.fspath(path)
    try:
        # non-blocking, and checked on the open descriptor: a FIFO or device never hangs
        # the reader (core.files.reading does the same; the engine may not import it)
        if not hasattr(os, "O_NONBLOCK"):  # Windows: refuse a device by stat before opening
            if not stat.S_ISREG(os.stat(name).st_mode):
                raise _not_a_regular_file(name)
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _unreadable(name, exc) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a folder, FIFO or device
            raise _not_a_regular_file(name)
        with os.fdopen(fd, "rb") as handle:
            fd = -1  # the handle closes it
            blob = handle.read(MAX_DATA_BYTES + 1)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(blob) > MAX_DATA_BYTES:
        raise said_error(
            DataFileError,
            Said(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "{0}: larger than {1} MB"),
                (
                    name,
                    MAX_DATA_BYTES // 2**20,
                ),
            ),
        )
    try:
        text = blob.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise said_error(
            DataFileError,
            Said("Errors", QT_TRANSLATE_NOOP("Errors", "{0}: not a text file (UTF-8)"), (name,)),
        ) from None
    return data_target_from_text(text, name)


def data_target_from_text(text: str, name: str = "data") -> DataTarget:
    counts: Counter[int] = Counter()
    skipped = None
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if number == 1 and not _ANY_DIGIT.search(line):  # a header: no number in it to lose
            skipped = line
            continue
        for item in _SEPARATORS.split(line):
            if not item:
                continue
            if not _INTEGER.fullmatch(item):
                said = QT_TRANSLATE_NOOP(
                    "Errors",
                    "{0} line {1}: {2} is not a whole number (digits 0-9, an optional minus)",
                )
                raise said_error(
                    DataFileError, Said("Errors", said, (name, number, repr(item[:40])))
                )
            value = int(item)
            if not 0 <= value < MAX_HI:
                said = QT_TRANSLATE_NOOP(
                    "Errors",
                    "{0} line {1}: {2} is outside 0..{3} (targets are non-negative integers)",
                )
                raise said_error(
                    DataFileError, Said("Errors", said, (name, number, value, MAX_HI - 1))
                )
            counts[value] += 1
    if not counts:
        raise said_error(
            DataFileError,
            Said("Errors", QT_TRANSLATE_NOOP("Errors", "{0}: no integers in it"), (name,)),
        )
    values = np.array(sorted(counts), dtype=np.int64)
    weights = np.array([counts[int(v)] for v in values], dtype=np.float64)
    hi = max(MIN_R, int(values[-1]) + 1)
    return DataTarget(
        weights_spec(values, weights), 0, hi, sum(counts.values()), len(counts), skipped
    )


def resolve_data_pattern(pattern: str) -> tuple[str, DataTarget | None]:
    """``data:FILE`` as its inline target (and what was read); any other pattern unchanged."""
    if not pattern.strip().lower().startswith("data:"):
        return pattern, None
    path = pattern.strip()[len("data:") :].strip()
    if not path:
        raise ValueError("pattern: data: needs a file, as in data:numbers.txt")
    target = read_data_target(path)
    return target.spec, target
