"""The latent noise G is fed: standard normal (or uniform on [-1, 1)) vectors from a seeded
generator, drawn ahead.

Drawing ``READ_AHEAD`` numbers at once (4,000 of the book's 100-number vectors) and handing
out slices makes one ``torch.randn`` call per 400 of the book's batches instead of one per
batch (each call costs about as much whatever its size, a visible share of a book epoch).
"""

from __future__ import annotations

import torch

from core.engine.memory import NOISE_READ_AHEAD
from core.engine.read_ahead import ReadAhead

READ_AHEAD = NOISE_READ_AHEAD  # numbers per draw (core.engine.memory counts it)


class LatentNoise:
    """Batches of latent vectors, reproducible from ``seed`` alone."""

    def __init__(self, size: int, seed: int, device: torch.device, kind: str = "normal") -> None:
        self.size = size
        self.device = device
        self.kind = kind
        self._generator = torch.Generator(device=device)
        self._generator.manual_seed(seed)
        self._ahead = ReadAhead(self._draw, READ_AHEAD // size, torch.zeros(0, size, device=device))

    def _draw(self, rows: int) -> torch.Tensor:
        return draw_noise(self.kind, (rows, self.size), self._generator, self.device)

    def take(self, n: int) -> torch.Tensor:
        """The next ``n`` vectors: shape (n, size)."""
        return self._ahead.take(n)

    @property
    def ready(self) -> int:
        """Vectors drawn ahead and not taken yet (``ReadAhead.ready``)."""
        return self._ahead.ready

    def give_back(self, n: int) -> None:
        """The last ``n`` vectors taken were not used (``ReadAhead.give_back``)."""
        self._ahead.give_back(n)

    def fill(self, out: torch.Tensor) -> None:
        """The next ``len(out)`` vectors, written into ``out`` ((n, size)): the numbers
        ``take(len(out))`` would give, drawn straight into place where the stream
        allows (a seed sweep stacks 32 seeds' noise without copying it: ``core.engine.sweep``).

        torch's normal fill turns each 16 uniforms into 16 normals, so a stream drawn in
        pieces of a multiple of 16 numbers is the stream drawn at once; the read-ahead's own
        pieces are that here when a row block holds a multiple of 16 numbers. Uniform noise is
        drawn number by number. Otherwise (or into rows not laid out one after the other, which
        torch would fill in another order) the rows are taken and copied."""
        n = len(out)
        ready = min(self._ahead.ready, n)
        if ready:  # the read-ahead's rows first
            out[:ready].copy_(self._ahead.take(ready))
        rest = out[ready:]
        if not len(rest):
            return
        if not rest.is_contiguous() or (
            self.kind == "normal"
            and ((READ_AHEAD // self.size) * self.size % 16 or rest.numel() % 16)
        ):
            rest.copy_(self._ahead.take(len(rest)))
            return
        fill_noise(self.kind, rest, self._generator)


NOISE_KINDS = ("normal", "uniform")


def draw_noise(
    kind: str,
    shape: tuple[int, int],
    generator: torch.Generator | None = None,
    device: torch.device | str = "cpu",
) -> torch.Tensor:
    """z of ``shape``: N(0, 1) for "normal" (the chapter's ``randn``), U(-1, 1) for "uniform"."""
    if kind not in NOISE_KINDS:
        raise ValueError(f"noise must be one of {NOISE_KINDS}, got {kind!r}")
    return fill_noise(kind, torch.empty(*shape, device=device), generator)


def fill_noise(kind: str, out: torch.Tensor, generator: torch.Generator | None) -> torch.Tensor:
    """``draw_noise`` into ``out``: the same numbers as drawing a tensor of its shape."""
    if kind == "normal":
        return out.normal_(generator=generator)
    return out.uniform_(generator=generator).mul_(2.0).sub_(1.0)
