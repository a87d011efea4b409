"""The one error type of the files package, and how text from a file goes into a message."""

from __future__ import annotations

import os
import re

from core.engine.words import Said

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_PART = 300  # characters of a path or a problem in one message


def one_line(text: str, limit: int = MAX_PART) -> str:
    """``text`` safe for a terminal line or a dialog: control characters (newlines, ANSI
    escapes) shown as ``\\xNN``, and cut to ``limit`` characters."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", str(text))
    return text if len(text) <= limit else text[: limit - 3] + "..."


class GeneratorFileError(Exception):
    """A file cannot be opened or saved; ``str()`` is one line naming file and cause. A cause
    given as a :class:`~core.teaching.words.Said` is kept as ``said`` (the window translates
    it)."""

    def __init__(self, path: str | os.PathLike[str], problem: object) -> None:
        self.path = one_line(str(path))
        self.problem = one_line(str(problem), 2 * MAX_PART)
        if isinstance(problem, Said):
            self.said = problem
        super().__init__(f"{self.path}: {self.problem}")
