"""The lab's answers and the student's name, as the session keeps them: one job of the session
(``core.app.session.Session`` takes it on), the rules themselves in
``core.teaching.lab_answers`` (a sealed prediction never changes, a late one keeps the run's
epoch)."""

from __future__ import annotations

from typing import Any

from core.app.events import SETTINGS, STATE, announces
from core.teaching.challenges import GoalTracker
from core.teaching.history import RunHistory
from core.teaching.lab_answers import answer_fields, handed_in, replayed_tracker, take_typed


class SessionAnswers:
    """The answers part of the session; uses its ``lab``, ``history``, ``run``, ``answers``
    and ``student``."""

    @announces(SETTINGS)
    def set_answers(self, answers: list[str]) -> None:
        """The answer fields as typed (``core.teaching.lab_answers``: a sealed prediction
        never changes, a late one keeps the run's epoch)."""
        if self.lab is not None:
            epoch = self.run.epoch if self.run is not None else 0
            take_typed(self.lab, self.history, self.answers, answers, epoch)

    def answer_fields(self) -> list[tuple[str, str]]:
        """What each answer field shows for the current run, as (kind, text)."""
        return answer_fields(self.lab, self.history, self.answers) if self.lab else []

    def run_answers(self) -> list[Any]:
        """The current run's answers to hand in (``core.teaching.challenges.Answer``)."""
        epoch = self.run.epoch if self.run is not None else 0
        return handed_in(self.lab, self.history, self.answers, epoch) if self.lab else []

    def replayed_goals(self, history: RunHistory) -> GoalTracker | None:
        """The lab's goals as ``history``'s recorded reports meet them (None without a lab)."""
        return replayed_tracker(self.lab, history) if self.lab is not None else None

    @announces(SETTINGS)
    def set_student(self, name: str) -> None:
        self.student = name

    @announces(STATE)
    def restore_answers(self, answers: list[str]) -> None:
        """A recovered session's answers (its runs bring back their own sealed predictions)."""
        if self.lab is None:
            return
        n = len(self.lab.questions)
        self.answers = (list(answers) + [""] * n)[:n]
