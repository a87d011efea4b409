"""Lab results a teacher can collect: one file per student and run.

A result file (``.pgresult``) is a session file (see ``session_file``) holding one run, plus
``result.json``: the lab (its TOML text), the student's answers, each goal with the epoch it
was met at, the run's final metrics and the app version. It is opened as safely as a session.
"""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core import __version__
from core.engine.words import QT_TRANSLATE_NOOP, Said
from core.files.atomic import write_atomic
from core.files.lab_file import LabError, parse_lab
from core.files.reading import UnreadableFile, read_regular_file
from core.files.session_file import (
    MAX_SESSION_BYTES,
    SessionFileError,
    load_session,
    session_bytes,
)
from core.teaching.challenges import Answer
from core.teaching.history import RunHistory
from core.teaching.lab import Lab, off_lab, off_lab_words

FORMAT = "patterngan-result"
VERSION = 1
MAX_RESULT_JSON = 1024 * 1024


@dataclass(frozen=True)
class LabResult:
    file: str  # the file's name
    title: str  # the lab's title
    answers: list[tuple[str, str]]  # (question, answer)
    goals: list[tuple[str, int | None]]  # (goal, epoch met or None)
    final: dict[str, float]  # the run's final metrics
    run: RunHistory
    # the lab's locked and hidden controls the run did not keep, found by comparing the lab
    # the file carries with the run's own config (never taken on the file's word)
    off_lab: tuple[str, ...] = ()
    student: str = ""  # who handed it in ("" in results saved before names were asked)
    predictions: tuple[str, ...] = ()  # the lab's questions answered before the first F5
    fixed: frozenset[str] = frozenset()  # the lab's locked and hidden controls
    # each answer with whether it is a prediction sealed before the run (``answers`` order)
    answered: tuple[Answer, ...] = ()
    lab: Lab | None = None  # the copy of the lab the file carries (None: unreadable)
    claimed_off_lab: tuple[str, ...] | None = None  # what result.json says (None: nothing)
    generator: Any = None  # the run's generator, opened safely (GeneratorFile), or None

    @property
    def goals_met(self) -> int:
        """Goals met, counted only for a run that followed the lab."""
        if self.off_lab:
            return 0
        return sum(epoch is not None for _, epoch in self.goals)

    @property
    def off_lab_text(self) -> str:
        return off_lab_words(self.off_lab)


def result_bytes(
    lab_text: str,
    title: str,
    answers: list[tuple[str, str]] | list[Answer],
    goals: list[tuple[str, int | None]],
    run: RunHistory,
    generator: bytes | None,
    student: str = "",
) -> bytes:
    base = session_bytes([run], {run.number: generator} if generator else {})
    last = run.last
    meta = {
        "format": FORMAT,
        "version": VERSION,
        "patterngan": __version__,
        "title": title,
        "student": student,
        "lab": lab_text,
        "answers": [_answer_entry(a) for a in answers],
        "goals": [{"goal": g, "met_at_epoch": e} for g, e in goals],
        "final": last.metrics.summary() if last is not None else {},
        "off_lab": list(off_lab(parse_lab(lab_text), run.config)),  # for other tools to read
    }
    # UTF-8, not \u escapes (6 bytes a non-ASCII character), so a lab and answers of any
    # script stay within what load_result reads; a lone surrogate (pasted) becomes "?"
    text = json.dumps(meta, indent=1, ensure_ascii=False).encode("utf-8", "replace")
    if len(text) > MAX_RESULT_JSON:
        raise ValueError(
            f"the result would be {len(text):,} bytes of text, more than a result may hold "
            f"({MAX_RESULT_JSON:,}): shorten the answers or the lab"
        )
    buffer = io.BytesIO(base)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("result.json", text)
    return buffer.getvalue()


def _answer_entry(answer: tuple[str, str] | Answer) -> dict[str, Any]:
    if not isinstance(answer, Answer):
        answer = Answer(*answer)
    # as long as the reader keeps them (_text): what the app writes, it reads back
    entry: dict[str, Any] = {"question": answer.question[:2000], "answer": answer.text[:2000]}
    if answer.prediction:  # sealed: recorded with the run before its first epoch
        entry.update(prediction=True, sealed=answer.sealed, epoch=answer.epoch)
    return entry


def _answer(entry: Any, predictions: tuple[str, ...]) -> Answer:
    question, text = _text(entry["question"]), _text(entry["answer"])
    prediction = question in predictions or entry.get("prediction") is True
    sealed = entry.get("sealed") is True
    epoch = entry.get("epoch")
    return Answer(question, text, prediction, sealed, _epoch(epoch) if epoch is not None else None)


def result_file_name(title: str, student: str) -> str:
    """``<lab title>-<student>.pgresult`` as a portable file name (letters, digits, - and _)."""

    def part(text: str) -> str:
        kept = "".join(c if c.isalnum() else "-" for c in text.strip())
        return "-".join(p for p in kept.split("-") if p)[:60]

    return f"{part(title) or 'lab'}-{part(student) or 'result'}.pgresult"


def save_result(path: str | os.PathLike[str], data: bytes) -> None:
    write_atomic(path, data)


def load_result(path: str | os.PathLike[str]) -> LabResult:
    name = str(path)
    runs = load_session(path, max_runs=1)  # the archive, the run and its generator
    try:
        blob = read_regular_file(path, MAX_SESSION_BYTES)
        with zipfile.ZipFile(io.BytesIO(blob)) as z:
            with z.open("result.json") as fh:
                raw = fh.read(MAX_RESULT_JSON + 1)
        if len(raw) > MAX_RESULT_JSON:
            raise ValueError("result.json is too large")
        meta = json.loads(raw.decode("utf-8"))
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise SessionFileError(
                name,
                Said("Errors", QT_TRANSLATE_NOOP("Errors", "it is not a PatternGAN lab result")),
            )
        if not isinstance(meta.get("version"), int) or meta["version"] > VERSION:
            raise SessionFileError(
                name,
                Said(
                    "Errors", QT_TRANSLATE_NOOP("Errors", "it was saved in a newer result format")
                ),
            )
        if len(runs) != 1:
            raise SessionFileError(
                name,
                Said("Errors", QT_TRANSLATE_NOOP("Errors", "a lab result holds exactly one run")),
            )
        answers = [(_text(a["question"]), _text(a["answer"])) for a in meta.get("answers", [])]
        goals = [(_text(g["goal"]), _epoch(g["met_at_epoch"])) for g in meta.get("goals", [])]
        final = {
            k: float(v)
            for k, v in (meta.get("final") or {}).items()
            if isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool)
        }
        if not all(math.isfinite(v) for v in final.values()):
            raise ValueError("a final metric is not a finite number")
        title = _text(meta.get("title", ""))
        student = _text(meta.get("student", ""))[:200]
        lab: Lab | None
        try:
            lab = parse_lab(_text_of_lab(meta.get("lab", "")))
            differ = off_lab(lab, runs[0].config)
            before = tuple(q.text[:2000] for q in lab.questions if q.before)
            fixed = lab.locked | lab.hidden
        except LabError:
            differ = ("lab",)  # a lab that cannot be read: nothing shows the run followed it
            before, fixed, lab = (), frozenset(), None
        answered = tuple(_answer(a, before) for a in meta.get("answers", []))
        claimed = meta.get("off_lab")
        claimed = tuple(_text(c) for c in claimed) if isinstance(claimed, list) else None
        generator = _generator(blob, runs[0]) if runs[0].result is not None else None
    except SessionFileError:
        raise
    except (UnreadableFile, KeyError, zipfile.BadZipFile) as exc:
        said = QT_TRANSLATE_NOOP("Errors", "it is not a PatternGAN lab result ({0})")
        raise SessionFileError(name, Said("Errors", said, (type(exc).__name__,))) from None
    except (ValueError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
        # e.g. "final": [1, 2], "abc", 1e400 (json reads it as inf), 10**400 (too large a float)
        said = QT_TRANSLATE_NOOP("Errors", "its result is malformed ({0})")
        raise SessionFileError(name, Said("Errors", said, (type(exc).__name__,))) from None
    except Exception as exc:  # noqa: BLE001 - whatever it is, one line about this file
        said = QT_TRANSLATE_NOOP("Errors", "it could not be read ({0})")
        raise SessionFileError(name, Said("Errors", said, (type(exc).__name__,))) from None
    return LabResult(
        Path(name).name,
        title,
        answers,
        goals,
        final,
        runs[0],
        differ,
        student,
        before,
        fixed,
        answered,
        lab,
        claimed,
        generator,
    )


def _generator(blob: bytes, run: RunHistory) -> Any:
    """The run's generator as a GeneratorFile (to sample it), opened as safely as any."""
    from core.files.generator_read import _read_member, open_generator_bytes

    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        member = f"runs/{run.number}/num_gen.pt"
        return open_generator_bytes(member, _read_member(z, member, 64 * 2**20))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value[:2000]


def _text_of_lab(value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_RESULT_JSON:
        raise LabError("the result's lab is not text")
    return value


def _epoch(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError("not an epoch")
    return value
