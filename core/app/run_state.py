"""Where a window's training stands (the session's ``state``)."""

from __future__ import annotations

import enum


class RunState(enum.Enum):
    IDLE = "idle"  # no training thread (fresh, stepped by hand, or after a reset)
    RUNNING = "running"
    PAUSED = "paused"  # the thread waits between epochs; F5 resumes, F10 steps
    STOPPED = "stopped"  # stopped before its planned epochs: F5 continues it
    FINISHED = "finished"  # reached its planned epochs
