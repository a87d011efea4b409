"""How the session says what changed: a small Qt-free signal with named aspects.

The session alone changes its state; each of its changing methods is marked with what it
changes (:func:`announces`), and the window and panels subscribed to ``session.changed`` are
called once per outermost change with the set of aspects, so a method that calls another
announces once. (Qt-free so the session and its tests need no Qt: psygnal would do, but the
need is a dozen lines.)
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

# What can change, and who looks at it
STATE = "state"  # the run state and everything the actions' rules read (busy, sweeping, ...)
CURRENT = "current"  # which generator is current: a new run, a shown run, an opened file
RUNS = "runs"  # the runs and sweeps of the session (the Runs tab), or one's saved mark
DRAFT = "draft"  # the set-up
LAB = "lab"  # the open lab
REPORT = "report"  # a report of the current run (its goals and collapse watch with it)
SETTINGS = "settings"  # the speed dial, slow motion, the lab's answers
TIMELINE = "timeline"  # which of the current run's reports is shown (the timeline)
ASPECTS = (STATE, CURRENT, RUNS, DRAFT, LAB, REPORT, SETTINGS, TIMELINE)

Listener = Callable[[frozenset[str]], None]
F = TypeVar("F", bound=Callable[..., Any])


class Announcer:
    """``connect(listener)``; ``listener(aspects)`` is called after each outermost change."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._depth = 0
        self._pending: set[str] = set()

    def connect(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    @contextlib.contextmanager
    def change(self, *aspects: str) -> Iterator[None]:
        """A change of ``aspects``; listeners hear of it (with any inner change) at the end."""
        unknown = set(aspects) - set(ASPECTS)
        if unknown:
            raise ValueError(f"unknown aspect(s): {', '.join(sorted(unknown))}")
        self._depth += 1
        try:
            yield
        finally:  # announced even when the change failed half-way: listeners show what is
            self._pending.update(aspects)
            self._depth -= 1
            if self._depth == 0 and self._pending:
                told, self._pending = frozenset(self._pending), set()
                for listener in list(self._listeners):
                    listener(told)


def announces(*aspects: str) -> Callable[[F], F]:
    """Mark a session method as changing ``aspects`` (announced when it returns)."""

    def wrap(method: F) -> F:
        @functools.wraps(method)
        def changed(self: Any, *args: Any, **kwargs: Any) -> Any:
            with self.changed.change(*aspects):
                return method(self, *args, **kwargs)

        return changed  # type: ignore[return-value]

    return wrap
