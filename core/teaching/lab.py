"""A lab: a teacher's set-up with locked and hidden controls, goals and questions, and
whether a run followed it. Its file format (TOML) is :mod:`core.files.lab_file`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from core.engine.config import TrainConfig
from core.engine.fields import CONTROL_FIELDS, CONTROLS
from core.engine.words import QT_TRANSLATE_NOOP, Said, Text
from core.teaching.challenges import Goal, Question


def locked_fields(controls: frozenset[str] | set[str]) -> set[str]:
    """The TrainConfig fields that the given controls set."""
    return {f for c in controls for f in CONTROL_FIELDS.get(c, ())}


@dataclass(frozen=True)
class LabText:
    """A lab's words in one more language (``[translations.<code>]``): what is left empty
    falls back to the lab's main language; goals and questions in the lab's order."""

    title: str = ""
    instructions: str = ""
    goals: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lab:
    title: str
    instructions: str  # Markdown
    config: TrainConfig
    locked: frozenset[str] = field(default_factory=frozenset)
    hidden: frozenset[str] = field(default_factory=frozenset)
    setup_keys: tuple[str, ...] = field(default=(), compare=False)  # [setup] keys the file set
    goals: tuple[Goal, ...] = ()  # challenges checked live (core.teaching.challenges)
    questions: tuple[Question, ...] = ()  # answered beside the instructions
    # where students hand in their results: a folder relative to the lab file (a shared one)
    results_folder: str = ""
    # the student's name may be remembered across launches (a personal machine); by default
    # it is asked once per lab session and forgotten (a shared lab PC)
    remember_name: bool = False
    source: str = field(default="", compare=False)  # the file it was opened from, if any
    translations: tuple[tuple[str, LabText], ...] = ()  # (language code, its words)

    def in_language(self, code: str) -> Lab:
        """The lab with its title, instructions, goals and questions in language ``code``
        where the file has them, else in its main language (the rules never change)."""
        words = dict(self.translations).get(code)
        if words is None:
            return self

        def texts(items, said):
            return tuple(
                replace(item, text=said[i]) if i < len(said) and said[i].strip() else item
                for i, item in enumerate(items)
            )

        return replace(
            self,
            title=words.title or self.title,
            instructions=words.instructions or self.instructions,
            goals=texts(self.goals, words.goals),
            questions=texts(self.questions, words.questions),
        )

    def results_path(self) -> str | None:
        """The results folder as a path (relative to the lab file), or None without one."""
        if not self.results_folder:
            return None
        from pathlib import Path

        folder = Path(self.results_folder).expanduser()
        if not folder.is_absolute() and self.source:
            folder = Path(self.source).parent / folder
        return str(folder)


def off_lab(lab: Lab, config: TrainConfig) -> tuple[str, ...]:
    """The lab's locked and hidden controls whose values ``config`` does not have, in
    CONTROLS order: a run with any of them did not follow the lab (its goals do not count)."""
    controls = lab.locked | lab.hidden
    return tuple(
        c
        for c in CONTROLS
        if c in controls
        and any(getattr(config, f) != getattr(lab.config, f) for f in CONTROL_FIELDS[c])
    )


def off_lab_words(controls: tuple[str, ...]) -> str:
    """``off-lab: pattern, loss differ`` (empty when the run followed the lab)."""
    if not controls:
        return ""
    said = (  # one and many apart: the verb agrees with the controls named
        QT_TRANSLATE_NOOP("Lab", "off-lab: {0} differs")
        if len(controls) == 1
        else QT_TRANSLATE_NOOP("Lab", "off-lab: {0} differ")
    )
    return Text(Said("Lab", said, (", ".join(controls),)))
