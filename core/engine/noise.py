"""The latent noise G is fed: standard normal vectors from a seeded generator, drawn ahead.

Drawing ``READ_AHEAD`` numbers at once (4,000 of the book's 100-number vectors) and handing
out slices makes one ``torch.randn`` call per 400 of the book's batches instead of one per
batch (about 8 us each on CPU, a visible share of a 0.5 ms epoch).
"""

from __future__ import annotations

import torch

from core.engine.read_ahead import ReadAhead

READ_AHEAD = 400_000  # numbers per draw (1.6 MB of float32)


class LatentNoise:
    """Batches of latent vectors, reproducible from ``seed`` alone."""

    def __init__(self, size: int, seed: int, device: torch.device) -> None:
        self.size = size
        self.device = device
        self._generator = torch.Generator(device=device)
        self._generator.manual_seed(seed)
        self._ahead = ReadAhead(self._draw, READ_AHEAD // size, torch.zeros(0, size, device=device))

    def _draw(self, rows: int) -> torch.Tensor:
        return torch.randn(rows, self.size, generator=self._generator, device=self.device)

    def take(self, n: int) -> torch.Tensor:
        """The next ``n`` vectors: shape (n, size)."""
        return self._ahead.take(n)
