"""Hand out consecutive rows of blocks drawn ahead, one slice per request.

Random numbers and real batches are cheap to draw in bulk and costly to draw ten rows at a
time (a ``torch.randn`` or ``index_select`` call is several microseconds whatever its size,
in a book epoch of under half a millisecond). :class:`ReadAhead` draws a block of rows at
once and serves requests as views into it, so a request costs one slice; the rows handed out
are exactly those of drawing request by request from the same stream.
"""

from __future__ import annotations

from collections.abc import Callable

import torch


class ReadAhead:
    """Rows from ``draw(rows)``, drawn at least ``block_rows`` at a time."""

    def __init__(
        self, draw: Callable[[int], torch.Tensor], block_rows: int, empty: torch.Tensor
    ) -> None:
        self._draw = draw
        self._block_rows = max(1, block_rows)
        self._block = empty  # (0, ...) with the rows' shape, dtype and device
        self._rows = len(empty)  # len(self._block) as an int (Tensor.__len__ is Python)
        self._next = 0  # first row of the block not handed out yet

    def take(self, n: int) -> torch.Tensor:
        """The next ``n`` rows (a view of the current block)."""
        start, end = self._next, self._next + n
        if end > self._rows:
            rest = self._block[start:]
            fresh = self._draw(max(n, self._block_rows) - (self._rows - start))
            self._block = torch.cat([rest, fresh]) if self._rows > start else fresh
            self._rows = len(self._block)
            start, end = 0, n
        self._next = end
        return self._block[start:end]
