"""Grad mode switched around a function by hand.

``torch.no_grad()`` and ``torch.enable_grad()`` are context managers built on Python's
contextlib machinery: about a tenth of a book step each time (torch profiler, book preset).
The training steps set the mode they need with torch's own switch instead, and put back what
the caller had, so a step runs the same whatever mode the caller left on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import torch

P = ParamSpec("P")
R = TypeVar("R")


def grad_mode(enabled: bool) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a function to run with grad mode ``enabled``, the caller's mode restored."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            was = torch.is_grad_enabled()
            torch._C._set_grad_enabled(enabled)
            try:
                return function(*args, **kwargs)
            finally:
                torch._C._set_grad_enabled(was)

        return run

    return decorate
