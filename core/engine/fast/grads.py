"""The book's gradients written out, with the kernels autograd itself runs for them.

For D = Linear + Sigmoid and G = Linear + ReLU (the chapter's networks) autograd's backward
pass is a handful of kernels (torch's ``derivatives.yaml``): calling the same kernels on the
same tensors gives autograd's bits on any CPU, without building a graph.

- ``binary_cross_entropy``: ``binary_cross_entropy_backward(seed, p, y, None, mean)``, ``seed``
  being the gradient the loss starts from (1; -1 through minimax's ``-BCE``; N for a sweep's
  loss summed over N seeds);
- least squares ``0.5 * mean((p - y)^2)``: ``0.5 / rows`` times ``2.0 * (p - y)`` (mean's
  gradient is its seed expanded and divided by the count; ``square``'s ``grad * 2x``);
- ``sigmoid``: ``sigmoid_backward(grad, p)``; ``relu``: ``threshold_backward(grad, out, 0)``;
- ``linear`` (``addmm(b, x, W.t())``, or ``baddbmm`` for stacked seeds): the bias gets the
  gradient summed over rows, the weight ``grad.t().mm(x)``, the input ``grad.mm(W)``.
"""

from __future__ import annotations

import torch

_MEAN = 1  # torch's Reduction::Mean
_bce_backward = torch.ops.aten.binary_cross_entropy_backward
_sigmoid_backward = torch.ops.aten.sigmoid_backward
# the same kernels writing into given tensors (a single run's hot loop reuses its buffers)
_bce_backward_into = torch.ops.aten.binary_cross_entropy_backward.grad_input
_sigmoid_backward_into = torch.ops.aten.sigmoid_backward.grad_input
threshold_backward = torch.ops.aten.threshold_backward

BCE_LOSSES = ("nonsaturating", "minimax")
LOSSES = (*BCE_LOSSES, "lsgan")  # the losses written out here


def least_squares_half(rows: int, device: torch.device) -> torch.Tensor:
    """(rows, 1) of 0.5 / rows, as autograd makes the gradient of ``0.5 * mean(...)``: the
    seed 0.5 expanded, divided by the count (a sweep's 0.5 N over N rows is the same number)."""
    return torch.tensor(0.5, device=device).expand(rows, 1) / rows


def logit_grad(
    p: torch.Tensor,
    label: torch.Tensor,
    seed: torch.Tensor,
    half: torch.Tensor,
    ls: bool,
    into: tuple[torch.Tensor, torch.Tensor] | None = None,
) -> torch.Tensor:
    """d loss / d D's logit, for D's outputs ``p`` judged against ``label`` (rows x 1, or
    seeds x rows x 1): BCE's backward from ``seed``, or least squares' (``ls``; ``half`` from
    :func:`least_squares_half`); then the sigmoid's. ``into``: two tensors shaped like ``p``
    that the kernels write into (the loss's gradient, then the logit's, which is returned)
    instead of new ones: the same kernels, the same bits."""
    if into is None:
        grad = half * (2.0 * (p - label)) if ls else _bce_backward(seed, p, label, None, _MEAN)
        return _sigmoid_backward(grad, p)
    loss_grad, out = into
    if ls:
        grad = half * (2.0 * (p - label))
    else:
        grad = _bce_backward_into(seed, p, label, None, _MEAN, grad_input=loss_grad)
    return _sigmoid_backward_into(grad, p, grad_input=out)
