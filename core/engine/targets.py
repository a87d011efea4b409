"""Your own target distribution: the frequencies of the integers in a data file.

``data:FILE`` is read here, once, into the inline ``weights:V=W,...`` pattern
(``core.engine.patterns``), so a config, a saved generator, a lab and a result carry the target
itself and never a path that another machine lacks. The file is plain text or CSV: integers
separated by whitespace, commas or semicolons, one or many a line; ``#`` starts a comment, a
first line that is a CSV header is skipped. Read with a size limit; a bad entry is refused
with its line.
"""

from __future__ import annotations

import os
import re
import stat
from collections import Counter
from dataclasses import dataclass

import numpy as np

from core.engine.patterns import MAX_HI, MIN_R, weights_spec

MAX_DATA_BYTES = 64 * 2**20  # a data file larger than this is refused, not read
_SEPARATORS = re.compile(r"[\s,;]+")


@dataclass(frozen=True)
class DataTarget:
    """A target read from data: its inline pattern text and the range that holds it."""

    spec: str  # weights:V=W,... (W = how often V occurs)
    lo: int
    hi: int
    count: int  # integers read
    distinct: int


def read_data_target(path: str | os.PathLike[str]) -> DataTarget:
    """The target of a data file; raises ValueError in one line naming the file (and the
    line) for anything it cannot use."""
    name = os.fspath(path)
    try:
        # non-blocking, and checked on the open descriptor: a FIFO or device never hangs
        # the reader (core.files.reading does the same; the engine may not import it)
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ValueError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a folder, FIFO or device
            raise ValueError(f"{name}: not a regular file")
        with os.fdopen(fd, "rb") as handle:
            fd = -1  # the handle closes it
            blob = handle.read(MAX_DATA_BYTES + 1)
    except OSError as exc:
        raise ValueError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(blob) > MAX_DATA_BYTES:
        raise ValueError(f"{name}: larger than {MAX_DATA_BYTES // 2**20} MB")
    try:
        text = blob.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"{name}: not a text file (UTF-8)") from None
    return data_target_from_text(text, name)


def data_target_from_text(text: str, name: str = "data") -> DataTarget:
    counts: Counter[int] = Counter()
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        for item in _SEPARATORS.split(line):
            if not item:
                continue
            try:
                value = int(item)
            except ValueError:
                if number == 1 and not counts:  # a CSV header
                    break
                raise ValueError(
                    f"{name} line {number}: {item[:40]!r} is not a whole number"
                ) from None
            if not 0 <= value < MAX_HI:
                raise ValueError(
                    f"{name} line {number}: {value} is outside 0..{MAX_HI - 1} "
                    "(targets are non-negative integers)"
                )
            counts[value] += 1
    if not counts:
        raise ValueError(f"{name}: no integers in it")
    values = np.array(sorted(counts), dtype=np.int64)
    weights = np.array([counts[int(v)] for v in values], dtype=np.float64)
    hi = max(MIN_R, int(values[-1]) + 1)
    return DataTarget(weights_spec(values, weights), 0, hi, sum(counts.values()), len(counts))


def resolve_data_pattern(pattern: str) -> tuple[str, DataTarget | None]:
    """``data:FILE`` as its inline target (and what was read); any other pattern unchanged."""
    if not pattern.strip().lower().startswith("data:"):
        return pattern, None
    path = pattern.strip()[len("data:") :].strip()
    if not path:
        raise ValueError("pattern: data: needs a file, as in data:numbers.txt")
    target = read_data_target(path)
    return target.spec, target
