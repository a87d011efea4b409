"""The one error type of the files package."""

from __future__ import annotations

import os


class GeneratorFileError(Exception):
    """A file cannot be opened or saved; ``str()`` is one line naming file and cause."""

    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
