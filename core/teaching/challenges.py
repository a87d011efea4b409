"""Lab challenges: goals checked live against a run's reports, and questions (predictions asked
before the first F5) answered beside the instructions.

In a lab file::

    [[goals]]
    text = "Strict validity 0.9 and TV 0.1 within 2,000 epochs, batch at most 32"
    metrics = { strict_validity = ">= 0.9", tv = "<= 0.1" }
    within = 2000                  # optional: by this epoch
    setup = { batch = "<= 32" }    # optional: conditions on the run's set-up

    [[goals]]
    text = "Make G collapse"
    metrics = { modes_fraction = "<= 0.3" }

    [[questions]]
    text = "What will book validity be after 3,000 epochs?"
    before = true                  # a prediction: answered before the first F5

A goal may name what the run doctor (``core.teaching.doctor``) says of the run so far::

    [[goals]]
    text = "Make D win outright"
    diagnosis = "d_wins"           # met when the doctor names it

    [[goals]]
    text = "Make D win outright, then fix it (in the same run)"
    diagnosis = "d_wins"
    then = "healthy"               # ... and later no longer names it: nothing but healthy

    [[goals]]
    text = "Strict validity 0.9 without mode collapse"
    metrics = { strict_validity = ">= 0.9" }
    diagnosis = "not mode_collapse"  # the metrics hold while the doctor does not name it

A goal is met at the first report where every metric condition holds (by ``within`` if
given) on a run whose set-up meets the set-up conditions, and where the doctor's diagnoses of
the run up to that report are as its ``diagnosis`` (and ``then``) ask; it keeps the epoch it
was met at. The diagnoses are worked out from the reports every time (live, and again when a
run is reopened or a result judged), never read from a file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

METRICS = {  # name in a lab file -> what it reads from a report's metrics
    "strict_validity": "strict validity",
    "book_validity": "book validity",
    "tv": "TV distance",
    "js_bits": "JS divergence (bits)",
    "undecided": "share undecided",
    "modes_fraction": "share of modes covered",
}
# set-up conditions compare one number each: list fields (g_hidden, d_hidden) are not here
SETUP_FIELDS = ("epochs", "batch", "lr_d", "lr_g", "latent", "pack", "d_steps", "beta1", "momentum")
_CONDITION = re.compile(r"^\s*(>=|<=|>|<|==)\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$")
_OPS: dict[str, Callable[[float, float], bool]] = {
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    "==": lambda a, b: a == b,
}
MAX_GOALS = 20
MAX_QUESTIONS = 20


@dataclass(frozen=True)
class Condition:
    name: str
    op: str
    value: float

    def holds(self, actual: float) -> bool:
        return math.isfinite(actual) and _OPS[self.op](actual, self.value)

    def text(self) -> str:
        """The condition as a lab file writes it, exactly: what loads re-saves and re-opens
        with the same value (``repr`` is the shortest text that reads back as the float)."""
        value = (
            int(self.value) if self.value.is_integer() and abs(self.value) < 1e15 else self.value
        )
        return f"{self.op} {value!r}"


@dataclass(frozen=True)
class Goal:
    text: str
    metrics: tuple[Condition, ...]
    within: int | None = None
    setup: tuple[Condition, ...] = ()
    diagnosis: str = ""  # a doctor's kind the run must be diagnosed with ("" none)
    exclude: bool = False  # ... or must not be ("not KIND"), while the metrics hold
    then: str = ""  # after ``diagnosis`` was named: later this kind and no longer that one

    def met_by(self, report: Any, config: Any) -> bool:
        if self.within is not None and report.epoch > self.within:
            return False
        if not all(c.holds(float(getattr(config, c.name))) for c in self.setup):
            return False
        m = report.metrics
        return all(c.holds(float(getattr(m, c.name))) for c in self.metrics)


@dataclass(frozen=True)
class Question:
    text: str
    before: bool = False  # a prediction: answered before the first F5


def parse_goals(raw: Any, fail: Callable[[str, str], Exception]) -> tuple[Goal, ...]:
    """``[[goals]]`` of a lab file; ``fail(key, problem)`` makes the error naming the key."""
    if not isinstance(raw, list) or len(raw) > MAX_GOALS:
        raise fail("goals", f"must be at most {MAX_GOALS} [[goals]] tables")
    goals = []
    for i, item in enumerate(raw, 1):
        key = f"goals[{i}]"
        if not isinstance(item, dict):
            raise fail(key, "must be a table")
        unknown = set(item) - set(GOAL_KEYS)
        if unknown:
            raise fail(
                f"{key}.{sorted(unknown)[0]}", f"unknown key (known: {', '.join(GOAL_KEYS)})"
            )
        text = item.get("text", "")
        if not isinstance(text, str) or not text.strip():
            raise fail(f"{key}.text", "a goal needs a text saying what to reach")
        diagnosis, exclude, then = _diagnosis(item, key, fail)
        metrics = _conditions(item.get("metrics", {}), METRICS, f"{key}.metrics", fail)
        if not metrics and (not diagnosis or exclude):
            raise fail(
                f"{key}.metrics",
                "a goal needs at least one metric condition"
                + (" (a diagnosis it must not have is checked with them)" if exclude else ""),
            )
        within = item.get("within")
        if within is not None and (
            isinstance(within, bool) or not isinstance(within, int) or within < 1
        ):
            raise fail(f"{key}.within", "must be a whole number of epochs (at least 1)")
        setup = _conditions(item.get("setup", {}), SETUP_FIELDS, f"{key}.setup", fail)
        goals.append(Goal(text.strip(), metrics, within, setup, diagnosis, exclude, then))
    return tuple(goals)


GOAL_KEYS = ("text", "metrics", "within", "setup", "diagnosis", "then")


def _diagnosis(item: dict, key: str, fail) -> tuple[str, bool, str]:
    """A goal's ``diagnosis`` ("d_wins" or "not d_wins") and ``then`` ("healthy")."""
    from core.teaching.doctor import KINDS

    known = ", ".join(KINDS)
    raw, then = item.get("diagnosis", ""), item.get("then", "")
    if not isinstance(raw, str):
        raise fail(f"{key}.diagnosis", f'must be a text such as "d_wins" (known: {known})')
    words = raw.split()
    exclude = len(words) == 2 and words[0] == "not"
    kind = words[-1] if words and (len(words) == 1 or exclude) else raw
    if raw and kind not in KINDS:
        raise fail(
            f"{key}.diagnosis",
            f"unknown diagnosis '{raw[:40]}' (known: {known}; or 'not' and one of them)",
        )
    if exclude and kind == "healthy":
        raise fail(f"{key}.diagnosis", "'not healthy' is every failure: name the one to reach")
    if not isinstance(then, str) or (then and then not in KINDS):
        raise fail(f"{key}.then", f"unknown diagnosis '{str(then)[:40]}' (known: {known})")
    if then and (not kind or exclude or kind == "healthy"):
        raise fail(f"{key}.then", 'needs a diagnosis to reach first, such as diagnosis = "d_wins"')
    if then and then == kind:
        raise fail(f"{key}.then", "must be another diagnosis than the first (such as healthy)")
    return kind, exclude, then


def _conditions(raw: Any, names, key: str, fail) -> tuple[Condition, ...]:
    if not isinstance(raw, dict):
        raise fail(key, 'must be a table such as { strict_validity = ">= 0.9" }')
    out = []
    for name, text in raw.items():
        if name not in names:
            raise fail(f"{key}.{name}", f"unknown name (known: {', '.join(names)})")
        match = _CONDITION.match(text) if isinstance(text, str) else None
        if match is None:
            raise fail(f"{key}.{name}", 'must be a comparison such as ">= 0.9" or "<= 32"')
        value = float(match.group(2))
        if not math.isfinite(value):  # "<= 1e999" reads as inf: no lab can write it back
            raise fail(f"{key}.{name}", "the number is too large to be a threshold")
        out.append(Condition(name, match.group(1), value))
    return tuple(out)


def parse_questions(raw: Any, fail: Callable[[str, str], Exception]) -> tuple[Question, ...]:
    if not isinstance(raw, list) or len(raw) > MAX_QUESTIONS:
        raise fail("questions", f"must be at most {MAX_QUESTIONS} [[questions]] tables")
    out = []
    for i, item in enumerate(raw, 1):
        key = f"questions[{i}]"
        if not isinstance(item, dict) or set(item) - {"text", "before"}:
            raise fail(key, "must be a table with text and, optionally, before")
        text, before = item.get("text", ""), item.get("before", False)
        if not isinstance(text, str) or not text.strip():
            raise fail(f"{key}.text", "a question needs a text")
        if not isinstance(before, bool):
            raise fail(f"{key}.before", "must be true or false")
        out.append(Question(text.strip(), before))
    return tuple(out)


def dump_challenges(goals: tuple[Goal, ...], questions: tuple[Question, ...], toml) -> list[str]:
    """TOML lines for goals and questions (``toml`` writes one value)."""
    lines: list[str] = []
    for g in goals:
        lines += ["[[goals]]", f"text = {toml(g.text)}"]
        if g.metrics:
            lines.append(
                "metrics = { " + ", ".join(f"{c.name} = {toml(c.text())}" for c in g.metrics) + " }"
            )
        if g.diagnosis:
            lines.append(f"diagnosis = {toml(('not ' if g.exclude else '') + g.diagnosis)}")
        if g.then:
            lines.append(f"then = {toml(g.then)}")
        if g.within is not None:
            lines.append(f"within = {g.within}")
        if g.setup:
            lines.append(
                "setup = { " + ", ".join(f"{c.name} = {toml(c.text())}" for c in g.setup) + " }"
            )
        lines.append("")
    for q in questions:
        lines += ["[[questions]]", f"text = {toml(q.text)}", f"before = {toml(q.before)}", ""]
    return lines


@dataclass
class GoalTracker:
    """Which goals a run has met, and at which epoch."""

    goals: tuple[Goal, ...]
    met: dict[int, int] = field(default_factory=dict)  # goal index -> epoch
    # the run doctor's view for goals that name a diagnosis: the reports' points so far, the
    # kinds it names now, and the epoch each "then" goal's first diagnosis was named at
    points: list[Any] = field(default_factory=list)
    kinds: frozenset[str] = frozenset()
    named: dict[int, int] = field(default_factory=dict)
    _next: int = 1

    def update(self, report: Any, config: Any, point: Any = None) -> list[int]:
        """Take a report (``point``: its doctor's point, when the report cannot give one);
        returns the indices of goals met for the first time."""
        open_diagnosis = any(g.diagnosis and i not in self.met for i, g in enumerate(self.goals))
        if open_diagnosis:
            self._diagnose(report, config, point)
        new = []
        for i, goal in enumerate(self.goals):
            if i in self.met or not goal.met_by(report, config):
                continue
            if goal.diagnosis and not self._diagnosed(i, goal, report.epoch):
                continue
            self.met[i] = report.epoch
            new.append(i)
        return new

    def _diagnose(self, report: Any, config: Any, point: Any) -> None:
        """The doctor on the run so far: after every report while the run is short, then
        every hundredth of the reports so far (its cost stays a small share of the run's)."""
        from core.teaching.doctor import diagnose, point_of

        if point is _NO_POINT:
            return
        if point is None:
            try:
                point = point_of(report)
            except (AttributeError, TypeError, ValueError, ZeroDivisionError):
                return  # not a report's numbers (a crafted row): it meets nothing
        self.points.append(point)
        if len(self.points) < self._next:
            return
        self._next = len(self.points) + max(1, len(self.points) // 100)
        found = diagnose(self.points, epochs=int(config.epochs), loss=str(config.loss))
        self.kinds = frozenset(d.kind for d in found)

    def _diagnosed(self, i: int, goal: Goal, epoch: int) -> bool:
        if goal.exclude:
            return bool(self.kinds) and goal.diagnosis not in self.kinds
        if not goal.then:
            return goal.diagnosis in self.kinds
        if i not in self.named:
            if goal.diagnosis in self.kinds:
                self.named[i] = epoch
            return False
        if goal.then == "healthy":
            return self.kinds == {"healthy"}
        return goal.then in self.kinds and goal.diagnosis not in self.kinds

    def status(self) -> list[tuple[str, int | None]]:
        return [(g.text, self.met.get(i)) for i, g in enumerate(self.goals)]

    @property
    def count(self) -> int:
        return len(self.met)


def replay_goals(
    goals: tuple[Goal, ...], rows: list[dict[str, Any]], config: Any
) -> list[tuple[str, int | None]]:
    """Each goal with the epoch a run's recorded reports (``RunHistory.rows``: one per report,
    in epoch order) first meet it, or None: what a GoalTracker following the run live says,
    recomputed from the run (a reopened, recovered or handed-in run, never its claims).
    A row that is not a report's numbers (a damaged or crafted file) meets nothing."""
    from core.teaching.doctor import point_of_row

    tracker = GoalTracker(goals)
    for row in rows:
        report = _row_report(row)
        if report is not None:
            try:
                point = point_of_row(row)
            except (KeyError, TypeError, ValueError, OverflowError):
                point = _NO_POINT
            tracker.update(report, config, point)
    return tracker.status()


_NO_POINT = object()  # a row the doctor cannot read


class _RowMetrics:
    """A report's metrics read back from its CSV row (what goals compare)."""

    def __init__(self, row: dict[str, Any]) -> None:
        for name in ("strict_validity", "book_validity", "undecided", "tv", "js_bits"):
            setattr(self, name, _number(row.get(name)))
        support = _number(row.get("support_size"))
        modes = _number(row.get("modes_covered"))
        self.modes_fraction = modes / support if support > 0 else math.nan


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return math.nan
    return float(value)


def _row_report(row: Any) -> Any | None:
    from types import SimpleNamespace

    if not isinstance(row, dict):
        return None
    epoch = row.get("epoch")
    if isinstance(epoch, bool) or not isinstance(epoch, int):
        return None
    return SimpleNamespace(epoch=epoch, metrics=_RowMetrics(row))


@dataclass(frozen=True)
class Answer:
    """A student's answer to a lab question, as handed in."""

    question: str
    text: str
    prediction: bool = False  # the lab asks it before the first F5
    sealed: bool = False  # a prediction recorded with the run before its first epoch
    epoch: int | None = None  # typed after the run began: the run's epoch at the time

    @property
    def after_run(self) -> bool:
        """A prediction answered once the run had begun: hindsight, not a prediction."""
        return self.prediction and not self.sealed and bool(self.text)

    def words(self) -> str:
        """``60%``, or ``62% (after the run, at epoch 3,000)``."""
        if not self.after_run:
            return self.text
        when = f", at epoch {self.epoch:,}" if self.epoch is not None else ""
        return f"{self.text} (after the run{when})"


def run_answers(
    questions: tuple[Question, ...],
    drafts: list[str],
    sealed: dict[str, str] | None,
    late: dict[str, tuple[str, int]],
    epoch: int,
) -> list[Answer]:
    """The answers a run hands in. A prediction is the text sealed with the run before its
    first epoch (``sealed``, question -> text); one left empty then and typed later is kept
    with the epoch it was typed at (``late``), and a run that began without the lab's
    predictions sealed (None) takes what the field says now as typed at ``epoch``. Other
    questions take the fields' text (``drafts``, in the lab's order)."""
    out = []
    for i, q in enumerate(questions):
        draft = drafts[i] if i < len(drafts) else ""
        if not q.before:
            out.append(Answer(q.text, draft))
        elif sealed is not None and sealed.get(q.text):
            out.append(Answer(q.text, sealed[q.text], True, True, 0))
        elif q.text in late:
            text, typed = late[q.text]
            out.append(Answer(q.text, text, True, False, typed))
        elif sealed is not None:
            out.append(Answer(q.text, "", True, True, 0))
        else:
            out.append(Answer(q.text, draft, True, False, epoch if draft else None))
    return out
