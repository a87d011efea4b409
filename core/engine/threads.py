"""torch's intra-op thread count, set where training starts (never at import).

The networks here are tiny: one intra-op thread is the fastest, and it leaves the other cores
to the window and to sampling's own thread pool. torch applies the count to every thread that
runs an op afterwards, whatever was imported first. An explicit ``OMP_NUM_THREADS`` of the
user's wins.
"""

from __future__ import annotations

import os

import torch


def use_one_thread() -> None:
    """One intra-op thread from now on, unless the user chose a count in the environment."""
    if "OMP_NUM_THREADS" in os.environ:
        return
    if torch.get_num_threads() != 1:
        torch.set_num_threads(1)
