"""A class's lab results at once: read a folder of ``.pgresult`` files, and what a teacher
asks of them — which settings the students were free to change and how the final strict
validity spread over them, and how the predictions compared with what happened.

One reader for the command line (``patterngan results``) and the window's Class view, so the
two list the same students, the same bad files and the same figures.
"""

from __future__ import annotations

import math
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.engine.fields import FIELDS
from core.files.errors import GeneratorFileError
from core.files.result_file import LabResult, load_result

MAX_FILES = 10_000  # results read from one folder
MAX_CLASS_BYTES = 1024**3  # what a class's runs may hold in memory together (rows, curves)
MAX_FOLDER_READ = 8 * 1024**3  # bytes of files read from one folder (each within its own limit)


@dataclass
class ClassResults:
    folder: str
    results: list[LabResult] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (file, why it was refused)


def read_class_folder(folder: str | Path, cancel: threading.Event | None = None) -> ClassResults:
    """Every ``.pgresult`` of ``folder`` (sorted by name, at most ``MAX_FILES``): the good ones
    as results, each bad or foreign one as a problem of its own (never the whole folder),
    whatever the error. Each result keeps its rows and curves, not its timeline, and the
    folder has budgets of its own (``MAX_CLASS_BYTES`` kept, ``MAX_FOLDER_READ`` read): files
    past a budget or past ``MAX_FILES`` are left out, and a last problem says how many.
    Raises NotADirectoryError for a folder that is not one. Stops early when ``cancel`` is
    set (between files)."""
    root = Path(folder)
    if not root.is_dir():
        raise NotADirectoryError(f"{folder}: not a folder")
    out = ClassResults(str(folder))
    names = sorted(entry.name for entry in os.scandir(root) if entry.name.endswith(".pgresult"))
    kept = read = 0
    why_left = f"at most {MAX_FILES:,} are read" if len(names) > MAX_FILES else ""
    done = 0
    for name in names[:MAX_FILES]:
        if cancel is not None and cancel.is_set():
            break
        path = root / name
        try:
            read += path.stat().st_size
        except OSError:
            pass
        if read > MAX_FOLDER_READ:
            why_left = f"the folder holds more than {MAX_FOLDER_READ // 1024**3} GB of results"
            break
        done += 1
        try:
            result = load_result(path)
        except GeneratorFileError as exc:
            out.problems.append((name, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one file's failure is that file's row
            out.problems.append((name, f"{name}: it could not be read ({type(exc).__name__})"))
            continue
        result.run.snapshots = []  # the class needs the rows and curves, not the timeline
        result.run._kept = []
        kept += result.run.nbytes()
        if kept > MAX_CLASS_BYTES:
            why_left = f"the class's runs would hold more than {MAX_CLASS_BYTES // 1024**3} GB"
            done -= 1
            break
        out.results.append(result)
    left = len(names) - done
    if left > 0 and why_left and not (cancel is not None and cancel.is_set()):
        out.problems.append(
            (
                f"({left:,} more)",
                f"{left:,} file{'s were' if left != 1 else ' was'} left out: {why_left}",
            )
        )
    return out


def free_settings(results: list[LabResult]) -> dict[str, list[Any]]:
    """The set-up's controls the lab left free whose values differ between the students'
    runs, each with its value per result (in ``results`` order)."""
    out = {}
    fixed = set().union(*(r.fixed for r in results)) if results else set()
    for f in FIELDS:
        if f.control in fixed:
            continue
        values = [_value(r.run.config, f.config) for r in results]
        if len({repr(v) for v in values}) > 1:
            out[f.control] = values
    return out


def _value(config: Any, names: tuple[str, ...]) -> Any:
    values = tuple(getattr(config, n) for n in names)
    return values[0] if len(values) == 1 else values


def final_strict(result: LabResult) -> float | None:
    value = result.final.get("strict_validity")
    return value if isinstance(value, float) and math.isfinite(value) else None


@dataclass(frozen=True)
class Prediction:
    question: str
    given: int  # students whose answer holds a number
    median: float  # the median predicted share of strictly valid numbers
    reached: int  # of those, how many runs reached what they predicted


_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(%?)")


def predicted_share(answer: str) -> float | None:
    """A prediction's share of valid numbers: "70%", "0.7", "about 70" -> 0.7; None without
    a number, or with one that is not a share."""
    m = _NUMBER.search(answer)
    if not m:
        return None
    value = float(m.group(1))
    share = value / 100 if m.group(2) or value > 1 else value
    return share if 0 <= share <= 1 else None


def predictions(results: list[LabResult]) -> list[Prediction]:
    """For each question asked before the first F5 (a prediction), compare the students'
    predicted share with their run's final strict validity."""
    out = []
    questions = {q for r in results for q, _ in r.answers}
    for question in sorted(questions):
        if not any(question in r.predictions for r in results):
            continue
        pairs = []
        for r in results:
            for q, answer in r.answers:
                share = predicted_share(answer) if q == question else None
                final = final_strict(r)
                if share is not None and final is not None:
                    pairs.append((share, final))
        if pairs:
            shares = sorted(p for p, _ in pairs)
            mid = len(shares) // 2
            median = shares[mid] if len(shares) % 2 else (shares[mid - 1] + shares[mid]) / 2
            reached = sum(final >= share for share, final in pairs)
            out.append(Prediction(question, len(pairs), median, reached))
    return out


def prediction_line(p: Prediction) -> str:
    """ "Before F5, 'how many ...?': 3 students gave a share, median 70%; 2 of them reached it"."""
    question = p.question if len(p.question) <= 80 else p.question[:79] + "\u2026"
    students = "student" if p.given == 1 else "students"
    return (
        f"Predicted '{question}': {p.given} {students} gave a share (median {p.median:.0%}); "
        f"{p.reached} of them reached it"
    )
