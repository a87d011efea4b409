"""The next block of a sweep's batches, drawn on a second core while the current one trains.

A 32-seed book sweep draws 64,000 normals an epoch for its seeds' latent noise (each seed
its single run's own stream, so seed s of a sweep is ``train --seed s``): on one core about
as long as a whole single run takes to train. Drawing is
independent of training (the streams are fixed by the seeds), and torch lets go of the GIL
inside ``randn``, so on a machine with a second core one worker thread draws the next
blocks while the current one trains. It keeps ``DEPTH`` blocks ahead, not one: each seed's
stream is read ahead 4,000 vectors at a time (``core.engine.noise``), so every few blocks all
the seeds draw at once and that block takes several times as long as the others; with one
block ahead, training waited for every such block. The blocks and their order are the same
either way: the worker runs the same ``draw`` one call at a time, in
order, and it alone touches the streams while it lives. On one core it would only add
switching, so there ``draw`` runs inline.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

from core.engine.memory import SWEEP_BLOCKS_AHEAD

T = TypeVar("T")
DEPTH = SWEEP_BLOCKS_AHEAD  # blocks drawn ahead at most (core.engine.memory counts them)


def cores_available() -> int:
    """Cores this process may run on (its affinity where the system says, else the count)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # no affinity on this system (macOS, Windows)
        return os.cpu_count() or 1


class DrawnAhead(Generic[T]):
    """``draw()``'s results in order, each drawn while the one before is in use."""

    def __init__(
        self, draw: Callable[[], T], worker: bool | None = None, depth: int = DEPTH
    ) -> None:
        """``depth``: blocks drawn ahead at most (``DEPTH``; fewer for big blocks:
        ``core.engine.memory.sweep_blocks_ahead``)."""
        self._draw = draw
        self._depth = max(1, min(depth, DEPTH))
        if worker is None:
            worker = cores_available() > 1
        self._pool = (
            ThreadPoolExecutor(1, thread_name_prefix="patterngan-draws") if worker else None
        )
        self._pending: deque[Future[T]] = deque()  # in the order they were asked for

    @property
    def on_worker(self) -> bool:
        return self._pool is not None

    def next(self) -> T:
        """The next block; keeps the worker (if any) drawing the ``DEPTH`` after it."""
        pending = self._pending
        if self._pool is None:
            return pending.popleft().result() if pending else self._draw()
        block = pending.popleft().result() if pending else self._draw()
        while len(pending) < self._depth:
            pending.append(self._pool.submit(self._draw))
        return block

    def close(self) -> None:
        """End the worker. Blocks it has not begun are dropped; those it drew or is drawing
        are kept for the next calls (the order never changes); later blocks are drawn inline."""
        if self._pool is None:
            return
        self._pending = deque(f for f in self._pending if not f.cancel())
        self._pool.shutdown(wait=True)
        self._pool = None
