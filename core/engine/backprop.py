"""``loss.backward()`` for the training steps' scalar losses, without its Python preamble.

``Tensor.backward()`` runs about 25 us of Python before autograd's C++ engine starts (torch
function dispatch checks, argument normalisation, ``_make_grads`` validating the seed gradient
against the output's shape, dtype and nesting), and the engine's own work on the book's
six-node graphs is about 50 us. With three backward passes an epoch that preamble was a sixth
of the book's training time (cProfile and the torch profiler, book preset, 1 CPU thread).

:func:`backward` hands the engine exactly what ``torch.autograd.backward(loss)`` hands it for a
scalar loss (seed gradient ``ones_like(loss)``, no retained graph, accumulate into the leaves'
``.grad``) through ``torch.autograd.graph._engine_run_backward``, the function
``torch.autograd.backward`` itself ends in, which keeps torch's logging hooks and context
handling. It is torch-internal: torch is pinned (constraints.txt), tests compare gradients with
``loss.backward()`` bit for bit and the book trainer with the chapter's loop, and if a torch
release drops or changes the function (checked once per process in ``fast_paths``), this
module uses ``loss.backward()`` instead.
"""

from __future__ import annotations

import torch

from core.engine import fast_paths

_UNCHECKED = object()
_engine_run_backward = _UNCHECKED  # resolved on first use (fast_paths checks it once)


def backward(loss: torch.Tensor) -> None:
    """Accumulate d(loss)/d(leaf) into every leaf's ``.grad``, as ``loss.backward()`` does.

    ``loss`` must be a scalar (one element) that requires grad; the graph is freed.
    """
    global _engine_run_backward
    if _engine_run_backward is _UNCHECKED:
        _engine_run_backward = fast_paths.engine_backward()
    if _engine_run_backward is None or loss.numel() != 1:
        loss.backward()  # torch's own checks and message for anything unusual
        return
    _engine_run_backward(
        (loss,),
        (torch.ones_like(loss),),
        False,  # retain_graph
        False,  # create_graph
        (),  # inputs: all leaves
        allow_unreachable=True,
        accumulate_grad=True,
    )
