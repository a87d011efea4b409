"""A lab session's answers and goals, run by run (the session model's rules, Qt-free).

A prediction (a question the lab asks ``before = true``) belongs to a run: what its field says
when the run begins is sealed with it (``RunHistory.sealed``) and never changes; a prediction
the run sealed empty, or a run that began without the lab's predictions, keeps what is typed
later as an answer *after the run*, with the epoch it was typed at (``RunHistory.late``). Other
questions are drafts of the lab session. Goals are replayed from a run's own reports, whatever
path made it current.
"""

from __future__ import annotations

from typing import Any

from core.teaching.challenges import GoalTracker, replay_goals
from core.teaching.history import RunHistory
from core.teaching.lab import Lab


def drafted_predictions(lab: Lab, drafts: list[str]) -> dict[str, str]:
    """The lab's predictions as drafted now (question -> answer): what a new run seals."""
    return {
        q.text: (drafts[i] if i < len(drafts) else "")
        for i, q in enumerate(lab.questions)
        if q.before
    }


def answer_fields(lab: Lab, history: RunHistory | None, drafts: list[str]) -> list[tuple[str, str]]:
    """What each of the lab's answer fields shows, as (kind, text): "open" (a question, or a
    prediction no run holds yet: the draft), "sealed" (the run's prediction, read-only) or
    "late" (a prediction the run sealed empty, or began without: typed now, it is kept as an
    answer after the run)."""
    out = []
    for i, q in enumerate(lab.questions):
        draft = drafts[i] if i < len(drafts) else ""
        if not q.before or history is None or (history.sealed is None and not history.epochs):
            out.append(("open", draft))
        elif history.sealed is not None and history.sealed.get(q.text):
            out.append(("sealed", history.sealed[q.text]))
        else:
            out.append(("late", history.late.get(q.text, ("", 0))[0]))
    return out


def take_typed(
    lab: Lab, history: RunHistory | None, drafts: list[str], typed: list[str], epoch: int
) -> None:
    """The fields as typed: drafts where open, answers after the run where late (with
    ``epoch``, the run's now), nothing where sealed."""
    kinds = answer_fields(lab, history, drafts)
    for i, text in enumerate(typed[: len(drafts)]):
        kind = kinds[i][0] if i < len(kinds) else "open"
        if kind == "open":
            drafts[i] = text
        elif kind == "late" and history is not None:
            question = lab.questions[i].text
            if history.late.get(question, ("", 0))[0] != text:
                history.answer_late(question, text, epoch)


def replayed_tracker(lab: Lab, history: RunHistory) -> GoalTracker:
    """The lab's goals as ``history``'s recorded reports meet them."""
    tracker = GoalTracker(lab.goals)
    for i, (_text, epoch) in enumerate(replay_goals(lab.goals, history.rows, history.config)):
        if epoch is not None:
            tracker.met[i] = epoch
    return tracker


def goals_count(lab: Lab | None, history: RunHistory) -> tuple[int, int] | None:
    """(goals met, goals) of ``history`` against ``lab`` (the Runs tab's column), or None
    without a lab or a report."""
    if lab is None or not history.epochs:
        return history.goals if lab is None else None
    tracker = replayed_tracker(lab, history)
    return tracker.count, len(tracker.goals)


def handed_in(lab: Lab, history: RunHistory | None, drafts: list[str], epoch: int) -> list[Any]:
    """The run's answers to hand in (``core.teaching.challenges.Answer``)."""
    from core.teaching.challenges import run_answers

    sealed = history.sealed if history is not None else None
    late = history.late if history is not None else {}
    return run_answers(lab.questions, drafts, sealed, late, epoch)
