"""Real-data sampler: batches of integers drawn from a pattern's support, encoded.

Two modes:

- ``book``: the chapter's ``random.sample(range(10), 10) * 5``: each batch is the support in a
  random order. Generalised to any batch size as a shuffled cycle: batches walk through
  successive random permutations of the support (batch == support size gives the chapter).
- ``iid``: each number uniform over the support, independently.

A weighted target (drawn, or from data) is drawn independently by its weights in either mode:
a shuffled cycle has no meaning for a lopsided distribution.

Sampling is vectorised with a seeded numpy Generator (no per-number Python loop), so the same
seed gives the same batches on every machine. Encoded batches are read ahead in blocks of
about ``READ_AHEAD`` numbers: with the book's batch of 10 (25 numbers a sample), one draw and
one ``index_select`` serve 400 batches instead of one (in ``book`` mode the numbers and their
order are those of drawing batch by batch; ``iid`` draws are equally uniform, from a stream
cut differently).
"""

from __future__ import annotations

import numpy as np
import torch

from core.engine.codecs import Codec
from core.engine.memory import DATA_READ_AHEAD
from core.engine.patterns import Pattern
from core.engine.read_ahead import ReadAhead

SAMPLING_MODES = ("book", "iid")
READ_AHEAD = DATA_READ_AHEAD  # encoded numbers per read-ahead (core.engine.memory counts it)


class RealSampler:
    """Draws encoded real batches for one pattern and codec."""

    def __init__(
        self,
        pattern: Pattern,
        codec: Codec,
        mode: str,
        rng: np.random.Generator,
        device: torch.device | str = "cpu",
    ) -> None:
        if mode not in SAMPLING_MODES:
            raise ValueError(f"sampling mode must be one of {SAMPLING_MODES}, got {mode!r}")
        if pattern.hi > codec.R:
            raise ValueError(f"pattern range {pattern.range_spec} exceeds codec range {codec.R}")
        self.pattern = pattern
        self.codec = codec
        self.mode = mode
        self.rng = rng
        self._support = pattern.support
        self._queue = np.empty(0, dtype=np.int64)  # remaining numbers of the current cycle
        # encodings of the support, on the device, so a batch is a single index_select
        self._table = codec.encode(self._support).to(device)
        self._ahead = ReadAhead(self._draw, READ_AHEAD // codec.width, self._table[:0])

    def numbers(self, batch: int) -> np.ndarray:
        """The next ``batch`` real integers (not encoded). Use either this or ``batch``:
        ``batch`` reads ahead, so mixing the two changes which numbers each one gets."""
        return self._support[self._indices(batch)]

    def batch(self, batch: int) -> torch.Tensor:
        """The next ``batch`` real samples, encoded: shape (batch, codec.width)."""
        return self._ahead.take(batch)

    @property
    def ready(self) -> int:
        """Encoded samples read ahead and not taken yet (``ReadAhead.ready``)."""
        return self._ahead.ready

    def give_back(self, batch: int) -> None:
        """The last ``batch`` samples taken were not used (``ReadAhead.give_back``)."""
        self._ahead.give_back(batch)

    def _draw(self, rows: int) -> torch.Tensor:
        idx = torch.from_numpy(self._indices(rows)).to(self._table.device)
        return self._table.index_select(0, idx)

    def _indices(self, batch: int) -> np.ndarray:
        size = self._support.size
        if self.pattern.weights is not None:
            return self.rng.choice(size, batch, p=self.pattern.weights)
        if self.mode == "iid":
            return self.rng.integers(0, size, batch)
        need = batch - self._queue.size
        if need > 0:
            cycles = -(-need // size)
            # every cycle a fresh permutation of the support: ``permuted`` shuffles each row
            # with the stream calls ``permutation`` makes one cycle at a time (same numbers,
            # tests/test_data.py), without a Python call per cycle (a sweep reads ahead
            # thousands of the book's 10-number cycles at once)
            fresh = self.rng.permuted(np.tile(np.arange(size), (cycles, 1)), axis=1).ravel()
            self._queue = np.concatenate([self._queue, fresh])
        out, self._queue = self._queue[:batch], self._queue[batch:]
        return out
