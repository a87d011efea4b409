"""Process-wide settings for training, made once at the entry of the command line or the
window (never at import, never by constructing a trainer).

- torch's intra-op thread count: the networks here are tiny, so one thread is the fastest,
  and it leaves the other cores to the window and to sampling's own thread pool. An explicit
  ``OMP_NUM_THREADS`` of the user's wins.
- glibc's malloc keeps freed memory for reuse instead of handing it back at once: a report
  makes a dozen 1 MB temporaries (the evaluation samples and their decoding), and with
  glibc's defaults each was returned to the system and page-faulted back in. Kept memory is
  capped (128 MB). Nothing happens on other C libraries.
- The interpreter's thread switch interval: shorter than Python's default. Every torch call
  lets go of the GIL and must win it back; while the window's thread runs Python (painting,
  a drag) it hands the GIL over only when the interval has passed, so the training thread
  waited up to an interval after each of its calls (``python -m tests.bench_perf`` measures
  both). A lower interval set by the user's own code is kept.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import sys

import torch

_M_TRIM_THRESHOLD = -1  # glibc's mallopt parameter numbers (malloc.h)
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 1024 * 1024  # blocks below this come from the reusable heap
TRIM_THRESHOLD = 128 * 1024 * 1024  # free memory kept at the heap's top before trimming
SWITCH_INTERVAL = 0.0005  # seconds: how long a thread in Python may keep a GIL others wait for


def prepare_for_training() -> None:
    """One intra-op thread, freed memory kept for reuse, and the GIL handed over sooner
    (see the module docstring)."""
    use_one_thread()
    keep_freed_memory()
    switch_threads_sooner()


def switch_threads_sooner() -> None:
    """The GIL handed to a waiting thread after ``SWITCH_INTERVAL`` at most (a lower
    interval already set is kept)."""
    if sys.getswitchinterval() > SWITCH_INTERVAL:
        sys.setswitchinterval(SWITCH_INTERVAL)


def use_one_thread() -> None:
    """One intra-op thread from now on, unless the user chose a count in the environment."""
    if "OMP_NUM_THREADS" in os.environ:
        return
    if torch.get_num_threads() != 1:
        torch.set_num_threads(1)


@functools.cache
def keep_freed_memory() -> bool:
    """glibc only (True when set); once per process."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (macOS, Windows, musl without mallopt)
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )
