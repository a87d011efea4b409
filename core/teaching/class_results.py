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
from core.teaching.doctor import short_words
from core.teaching.judge import Judgement, judge
from core.teaching.lab import Lab, off_lab_words
from core.teaching.words import PLURAL, QT_TRANSLATE_NOOP, Pct, Said, Text, said_of, translate

MAX_FILES = 10_000  # results read from one folder
MAX_CLASS_BYTES = 1024**3  # what a class's runs may hold in memory together (rows, curves)
MAX_FOLDER_READ = 8 * 1024**3  # bytes of files read from one folder (each within its own limit)


@dataclass
class ClassResults:
    folder: str
    results: list[LabResult] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (file, why it was refused)
    # each result judged (``results`` order) against ``lab``, the teacher's, when given
    judged: list[Judgement] = field(default_factory=list)
    lab: Lab | None = None
    lab_note: str = ""  # why there is no teacher's lab, when it is known (two candidates)


def read_class_folder(
    folder: str | Path, cancel: threading.Event | None = None, lab: Lab | None = None
) -> ClassResults:
    """Every ``.pgresult`` of ``folder`` (sorted by name, at most ``MAX_FILES``): the good ones
    as results, each judged against the teacher's ``lab`` and recomputed from its run
    (``core.teaching.judge``), each bad or foreign one as a problem of its own (never the whole
    folder), whatever the error. Each result keeps its rows, curves and generator, not its
    timeline, and the folder has budgets of its own (``MAX_CLASS_BYTES`` kept,
    ``MAX_FOLDER_READ`` read): files past a budget or past ``MAX_FILES`` are left out, and a
    last problem says how many. Raises NotADirectoryError for a folder that is not one. Stops
    early when ``cancel`` is set (between files)."""
    root = Path(folder)
    if not root.is_dir():
        raise NotADirectoryError(f"{folder}: not a folder")
    out = ClassResults(str(folder), lab=lab)
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
            judged = judge(result, lab)
        except GeneratorFileError as exc:  # its sentence kept for the window (Text)
            told = said_of(exc)
            said = Text(Said("Errors", "{0}: {1}", (exc.path, told))) if told else str(exc)
            out.problems.append((name, said))
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
        out.judged.append(judged)
    left = len(names) - done
    if left > 0 and why_left and not (cancel is not None and cancel.is_set()):
        out.problems.append(
            (
                f"({left:,} more)",
                f"{left:,} file{'s were' if left != 1 else ' was'} left out: {why_left}",
            )
        )
    return out


def free_settings(judged: list[Judgement]) -> dict[str, list[Any]]:
    """The set-up's controls the lab left free whose values differ between the students'
    runs, each with its value per result (in ``judged`` order)."""
    out = {}
    fixed = set().union(*(_fixed(j) for j in judged)) if judged else set()
    for f in FIELDS:
        if f.control in fixed:
            continue
        values = [_value(j.result.run.config, f.config) for j in judged]
        if len({repr(v) for v in values}) > 1:
            out[f.control] = values
    return out


def _fixed(j: Judgement) -> frozenset[str]:
    return j.lab.locked | j.lab.hidden if j.lab is not None else frozenset()


def _value(config: Any, names: tuple[str, ...]) -> Any:
    values = tuple(getattr(config, n) for n in names)
    return values[0] if len(values) == 1 else values


def final_strict(j: Judgement) -> float | None:
    """The final strict validity its generator gives, sampled afresh (None without one)."""
    value = j.final.get("strict_validity")
    return value if isinstance(value, float) and math.isfinite(value) else None


@dataclass(frozen=True)
class Prediction:
    question: str
    given: int  # students whose sealed answer holds a share
    median: float  # the median predicted share of strictly valid numbers
    reached: int  # of those, how many runs reached what they predicted
    yes: int = 0  # sealed answers that read as yes
    no: int = 0  # and as no
    after: int = 0  # answers typed after the run began (not counted above)


_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(%?)")
_YES_NO = re.compile(r"^\W*(yes|yeah|yep|no|nope|not)\b", re.IGNORECASE)


def yes_or_no(answer: str) -> bool | None:
    """An answer that starts with yes or no ("no, about 60%") as True / False, else None."""
    m = _YES_NO.match(answer)
    if not m:
        return None
    return m.group(1).lower() in ("yes", "yeah", "yep")


def predicted_share(answer: str) -> float | None:
    """A prediction's share of valid numbers: "70%", "0.7", "about 70" -> 0.7; None without
    a number, with one that is not a share, or for a yes/no answer ("no, about 60%" says no,
    not 60%)."""
    if yes_or_no(answer) is not None:
        return None
    m = _NUMBER.search(answer)
    if not m:
        return None
    value = float(m.group(1))
    share = value / 100 if m.group(2) or value > 1 else value
    return share if 0 <= share <= 1 else None


def predictions(judged: list[Judgement]) -> list[Prediction]:
    """For each question the lab asks before the first F5 (a prediction), compare the sealed
    answers (recorded with the run before its first epoch) of the results that followed the
    lab with what their runs reached: a share against the final strict validity, yes and no
    counted. Answers typed after the run began are counted apart, never as predictions."""
    out = []
    kept = [j for j in judged if j.followed_lab]
    questions: list[str] = []
    for j in kept:
        for a in j.answers:
            if a.prediction and a.question not in questions:
                questions.append(a.question)
    for question in questions:
        pairs, yes, no, after = [], 0, 0, 0
        for j in kept:
            for a in j.answers:
                if a.question != question or not a.prediction or not a.text:
                    continue
                if not a.sealed:
                    after += 1
                    continue
                said = yes_or_no(a.text)
                yes, no = yes + (said is True), no + (said is False)
                share, final = predicted_share(a.text), final_strict(j)
                if share is not None and final is not None:
                    pairs.append((share, final))
        if not (pairs or yes or no or after):
            continue
        median = 0.0
        if pairs:
            shares = sorted(p for p, _ in pairs)
            mid = len(shares) // 2
            median = shares[mid] if len(shares) % 2 else (shares[mid - 1] + shares[mid]) / 2
        reached = sum(final >= share for share, final in pairs)
        out.append(Prediction(question, len(pairs), median, reached, yes, no, after))
    return out


def prediction_words(p: Prediction) -> tuple[Said, ...]:
    """A prediction's line as sentences the window translates: who predicted what before the
    run, then each count (joined with "; " after the first)."""
    question = p.question if len(p.question) <= 80 else p.question[:79] + "\u2026"
    parts = [
        Said("Class", QT_TRANSLATE_NOOP("Class", "Predicted '{0}' before the run:"), (question,))
    ]
    given, after = p.given, p.after  # plain names: the counts lupdate reads
    if given:
        said = translate(
            "Class", "%n student(s) gave a share (median {0}), {1} of them reached it", None,
            PLURAL, given
        )  # fmt: skip
        parts.append(Said("Class", said, (Pct(p.median, 0), p.reached), given))
    yes, no = p.yes, p.no  # plain names: the counts lupdate reads
    if yes or no:  # two counts, each with its plural
        said_yes = translate("Class", "%n said yes", None, PLURAL, yes)
        said_no = translate("Class", "%n said no", None, PLURAL, no)
        both = (Said("Class", said_yes, (), yes), Said("Class", said_no, (), no))
        parts.append(Said("Class", QT_TRANSLATE_NOOP("Class", "{0}, {1}"), both))
    if len(parts) == 1:
        parts.append(Said("Class", QT_TRANSLATE_NOOP("Class", "no sealed prediction")))
    if after:
        said = translate("Class", "%n answered after the run (not counted)", None, PLURAL, after)
        parts.append(Said("Class", said, (), after))
    return tuple(parts)


def prediction_line(p: Prediction) -> str:
    """ "Predicted 'how many ...?' before the run: 3 students gave a share (median 70%), 2 of
    them reached it; 2 said yes, 1 said no; 1 answered after the run (not counted)"."""
    head, *parts = prediction_words(p)
    return f"{head} " + "; ".join(str(part) for part in parts)


# -- the class table ----------------------------------------------------------------------------
RESULT_COLUMNS = (
    "file",
    "name",
    "lab",
    "goals met",
    "followed the lab",
    "verified",
    "answers",
    "strict validity",
    "TV",
    "modes covered",
    "diagnoses",
    "epochs",
)


def _cell(said: str, *args: Any) -> Text:
    """A table cell in words: English text that keeps its sentence for the window."""
    return Text(Said("Class", said, args))


def result_row(j: Judgement) -> list[str]:
    """One student's row, as text (``RESULT_COLUMNS``), every number recomputed: goals from
    the run's curves against the judging lab, finals from its generator sampled afresh, the
    run doctor's diagnoses from the run's reports.
    Numbers that are not finite show as "-" (a crafted file never breaks the class table)."""
    r, f = j.result, j.final

    def number(key: str, form: str) -> str:
        value = f.get(key)
        return format(value, form) if isinstance(value, float) and math.isfinite(value) else "-"

    modes = (
        f"{int(f['modes_covered'])}/{int(f['support_size'])}"
        if "modes_covered" in f and "support_size" in f
        else "-"
    )
    answers = "; ".join(f"{i}: {a.words()}" for i, a in enumerate(j.answers, start=1) if a.text)
    goals: str = f"{j.goals_met}/{len(j.goals)}"
    if j.first_met is not None:
        said = QT_TRANSLATE_NOOP("Class", "{0}/{1} (first at epoch {2})")
        goals = _cell(said, j.goals_met, len(j.goals), j.first_met)
    if not j.same_lab:
        followed = _cell(QT_TRANSLATE_NOOP("Class", "no: another lab"))
    elif j.off_lab:
        followed = off_lab_words(j.off_lab)
    elif j.lab is not None:
        followed = _cell(QT_TRANSLATE_NOOP("Class", "yes"))
    else:
        followed = _cell(QT_TRANSLATE_NOOP("Class", "no: no lab"))
    claims = [p for p in j.problems if p.startswith("not ")]
    if not j.verified and claims:  # the first claim, without its "not verified: "
        told = said_of(claims[0])
        if told is not None and told.args:
            claim = told.args[0]
        else:
            claim = claims[0].removeprefix("not verified: ")
        verified = _cell(QT_TRANSLATE_NOOP("Class", "no: {0}"), claim)
    elif not j.verified:
        verified = _cell(QT_TRANSLATE_NOOP("Class", "no: see its problems"))
    elif j.reproduced is True:
        verified = _cell(QT_TRANSLATE_NOOP("Class", "yes, reproduced"))
    elif j.reproduced is False:  # not rerun (why): its claims still agree with its run
        verified = _cell(QT_TRANSLATE_NOOP("Class", "yes; {0}"), j.rerun_note)
    else:
        verified = _cell(QT_TRANSLATE_NOOP("Class", "yes"))
    return [
        r.file,
        r.student or "-",
        r.title,
        goals,
        followed,
        verified,
        answers,
        number("strict_validity", ".3f"),
        number("tv", ".3f"),
        modes,
        short_words(j.diagnoses) if j.diagnoses else "-",
        str(j.epochs),
    ]


def result_record(j: Judgement) -> dict[str, Any]:
    """One student's result as JSON-ready data (``patterngan results --json``, README)."""
    r = j.result
    record: dict[str, Any] = {
        "file": r.file,
        "name": r.student,
        "lab": r.title,
        "judged_with": "the teacher's lab" if j.teachers_lab else "the lab inside the file",
        "same_lab": j.same_lab,
        "followed_lab": j.followed_lab,
        "off_lab": list(j.off_lab),
        "goals": [
            {"goal": g, "met_at_epoch": e if j.followed_lab else None, "met_by_curves_at": e}
            for g, e in j.goals
        ],
        "goals_met": j.goals_met,
        "verified": j.verified,
        "problems": list(j.problems),
        "answers": [
            {
                "question": a.question,
                "answer": a.text,
                "prediction": a.prediction,
                "sealed": a.sealed,
                "after_the_run": a.after_run,
                "typed_at_epoch": a.epoch if a.after_run else None,
            }
            for a in j.answers
        ],
        "final": {k: v for k, v in j.final.items() if math.isfinite(v)},
        "claimed_final": {k: v for k, v in r.final.items() if math.isfinite(v)},
        "diagnoses": [d.to_json() for d in j.diagnoses],
        "epochs": j.epochs,
        "seed": r.run.config.seed,
    }
    if j.reproduced is not None:
        record["reproduced"] = j.reproduced
        record["rerun"] = j.rerun_note
    return record
