"""Drawing many samples from a generator: seeded chunks, spread over the CPU's cores.

Most of a draw's time is the latent noise: the book's G reads 100 normal numbers per sample,
and torch's CPU normal generator is serial (about 350 ns per 100 numbers on this project's
reference machine, which alone caps one thread below 3 M samples/s, before G and decoding).
So a draw is cut into chunks of ``SAMPLE_CHUNK`` samples; chunk k has its own generator, seeded
from (seed, k); and the chunks run on a thread pool (torch releases the GIL inside its
kernels). The samples depend only on the seed and the count, never on the number of threads,
and chunks stay small enough for their noise to stay in cache.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import numpy as np
import torch
from torch import nn

from core.engine.codecs import Codec, Decoded
from core.engine.noise import draw_noise

SAMPLE_CHUNK = 1 << 14  # samples per chunk (6.5 MB of the book's noise)
CHUNK_OUTPUTS = 1 << 24  # a chunk's outputs at most (64 MB): wide codecs take fewer samples
MAX_THREADS = 8

T = TypeVar("T")


def fresh_seed() -> int:
    """A seed for a draw the user gave none: random, but reportable."""
    return int(np.random.SeedSequence().entropy % (1 << 63))


def chunk_latents(
    seed: int, index: int, rows: int, latent_size: int, noise: str = "normal"
) -> torch.Tensor:
    """Chunk ``index``'s latent vectors (the kind G was trained on), from its own seeded
    generator."""
    state = np.random.SeedSequence([int(seed) % (1 << 64), index]).generate_state(1, np.uint64)
    generator = torch.Generator().manual_seed(int(state[0]))
    return draw_noise(noise, (rows, latent_size), generator)


def _threads() -> int:
    try:
        cores = len(os.sched_getaffinity(0))  # the cores this process may use
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_THREADS))


def map_chunks(
    module: nn.Module,
    latent_size: int,
    count: int,
    seed: int | None,
    finish: Callable[[torch.Tensor], T],
    noise: str = "normal",
    width: int = 0,
) -> list[T]:
    """``finish(G(z))`` for every chunk of a ``count``-sample draw, in chunk order.

    ``module`` must be a CPU generator in eval mode (``genfile.cpu_copy``); its forward only
    reads its weights, so threads can share it. With the outputs' ``width`` given, a chunk
    holds at most ``CHUNK_OUTPUTS`` outputs (64 MB): blocks that large are mmapped by glibc and
    handed back when freed, so a draw's memory does not grow with its count (smaller chunks
    came from the heap and fragmented it, several times the peak). Widths up to 1,024 keep the
    chunks, and so the numbers, they always had.
    """
    if count < 1:
        raise ValueError("count: must be at least 1")
    seed = fresh_seed() if seed is None else int(seed)
    size = SAMPLE_CHUNK
    if width * SAMPLE_CHUNK > CHUNK_OUTPUTS:
        size = max(1, CHUNK_OUTPUTS // width)
    chunks = [
        (index, min(size, count - start)) for index, start in enumerate(range(0, count, size))
    ]

    def run(chunk: tuple[int, int]) -> T:
        with torch.no_grad():
            return finish(module(chunk_latents(seed, *chunk, latent_size, noise)).float())

    threads = min(_threads(), len(chunks))
    if threads == 1:
        return [run(chunk) for chunk in chunks]
    with ThreadPoolExecutor(threads, thread_name_prefix="patterngan-sample") as pool:
        return list(pool.map(run, chunks))


def sample_outputs(
    module: nn.Module, latent_size: int, count: int, seed: int | None, noise: str = "normal"
) -> np.ndarray:
    """Raw outputs of a CPU generator for ``count`` seeded latent vectors, shape (count, width)."""
    parts = map_chunks(module, latent_size, count, seed, lambda out: out, noise)
    return torch.cat(parts).numpy()


def sample_decoded(
    module: nn.Module,
    codec: Codec,
    latent_size: int,
    count: int,
    seed: int | None,
    noise: str = "normal",
) -> Decoded:
    """Decoded numbers and decisive flags for ``count`` seeded samples (decoded per chunk)."""
    parts = map_chunks(module, latent_size, count, seed, codec.decode, noise, codec.width)
    return Decoded(
        numbers=np.concatenate([p.numbers for p in parts]),
        decisive=np.concatenate([p.decisive for p in parts]),
    )
