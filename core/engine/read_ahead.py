"""Hand out consecutive rows of blocks drawn ahead, one slice per request.

Random numbers and real batches are cheap to draw in bulk and costly to draw ten rows at a
time (a ``torch.randn`` or ``index_select`` call costs about the same whatever its size, and
a book epoch is only a few dozen such calls). :class:`ReadAhead` draws a block of rows at
once and serves requests as views into it, so a request costs one slice; the rows handed out
are exactly those of drawing request by request from the same stream.

Blocks are always drawn ``block_rows`` at a time, whatever the requests' sizes: a random
generator's stream can depend on how it is cut into calls (numpy's bounded integers buffer
within one call; torch's normal fill works in groups of 16), so fixed cuts make the rows a
pure function of the seed. A seed sweep takes many epochs' rows in one request and still gets
exactly the single run's batches (``core.engine.sweep``).
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
        self._views: list[torch.Tensor] = []  # the rest of the block in requests' size, last first
        self._view_rows = 0

    def take(self, n: int) -> torch.Tensor:
        """The next ``n`` rows (a view of the current block)."""
        views = self._views
        if views and self._view_rows == n:  # the same request again: a view cut beforehand
            self._next += n
            return views.pop()
        # blocks and their views are made as ordinary tensors even inside inference mode
        # (a fast path's loop): rows handed out may meet autograd later (slow motion's maths)
        with torch.inference_mode(False):
            return self._take_new(n)

    def _take_new(self, n: int) -> torch.Tensor:
        start, end = self._next, self._next + n
        if end > self._rows:
            parts = [self._block[start:]] if self._rows > start else []
            have = self._rows - start
            while have < n:  # whole blocks, never a cut that depends on n
                parts.append(self._draw(self._block_rows))
                have += self._block_rows
            # the last block drawn becomes the current one; the request's rows before it are
            # joined to as many of its own as it needs (a copy of the request only: a sweep
            # takes a thousand rows at once, and joining whole blocks doubled its copying)
            self._block, self._rows = parts[-1], self._block_rows
            used = n - (have - self._block_rows)  # rows of the new block this request takes
            head = parts[:-1]
            out = torch.cat([*head, self._block[:used]]) if head else self._block[:used]
            self._cut_views(used, n)
            return out
        self._cut_views(end, n)
        return self._block[start:end]

    def _cut_views(self, end: int, n: int) -> None:
        """Rows from ``end`` on, cut into n-row views at once (one call instead of a slice
        per request: a book epoch takes three 10-row batches)."""
        self._next = end
        count = (self._rows - end) // n
        self._views = list(reversed(self._block[end : end + count * n].split(n))) if count else []
        self._view_rows = n

    @property
    def ready(self) -> int:
        """Rows of the current block not handed out yet (requests up to this many cost no
        draw and come from this block)."""
        return self._rows - self._next

    def give_back(self, n: int) -> None:
        """The last ``n`` rows handed out were not used: the next requests get them again
        (the same rows, the same memory). Only rows of the current block can come back (a
        request that began in the block before took its first rows from a copy)."""
        if not 0 <= n <= self._next:
            raise ValueError(f"cannot give back {n} rows: {self._next} taken from this block")
        self._next -= n
        self._views, self._view_rows = [], 0
