"""The book's networks stepped without autograd: gradients written out, torch's own kernels.

A book epoch is three optimiser steps on a 10 x 25 batch: a few microseconds of arithmetic
each, and several times that in autograd's graph building, engine start and bookkeeping. For
the networks the chapter uses (D = Linear + Sigmoid, G = Linear + ReLU, BCE, Adam) the
gradients are short enough to write out, so :class:`BookHandSteps` computes them directly
under ``no_grad`` and hands them to the same Adam (``LeanAdam.update``).

Bit for bit, not just the same mathematics: each gradient is computed with the operations
autograd itself runs for these layers (torch's ``derivatives.yaml`` and
``FunctionsManual.cpp``), called as the same ATen kernels:

- ``binary_cross_entropy``: ``binary_cross_entropy_backward(grad, p, y, None, mean)``, with the
  engine's seed gradient 1 (minimax's ``-BCE`` first negates it: -1);
- ``sigmoid``: ``sigmoid_backward(grad, p)``; ``relu``: ``threshold_backward(grad, out, 0)``;
- ``linear`` on a matrix is ``addmm(b, x, W.t())``: the bias gets the gradient summed over rows
  (autograd's ``sum_to``), the weight ``grad.t().mm(x)`` (``mm_mat2_backward``'s branch for a
  column-major ``W.t()``), the input ``grad.mm(W)`` (``mm_mat1_backward``).

A sum of two gradient terms (D on real and fake together) is commutative in floating point,
so the order in which the engine would add them does not matter. Whether this really gives
autograd's bits on this torch build is checked once per process (:func:`self_check`, called
by ``core.engine.fast_paths``); where it does not, the trainer keeps the autograd steps.
Tests compare the book trainer with the chapter's loop bit for bit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import torch
from torch.nn import functional as F

from core.engine import fast_paths, scripted_epoch
from core.engine.errors import TrainingError
from core.engine.grad_mode import grad_mode
from core.engine.losses import GanLoss
from core.engine.plan import LossTally, Steps
from core.engine.scripted_epoch import Epoch, Epochs
from core.engine.step_names import CHAPTER_EPOCH

if TYPE_CHECKING:
    from core.engine.gan import Gan
    from core.engine.plan import StepPlan

_MEAN = 1  # torch's Reduction::Mean
# the kernels themselves (an OpOverload's ``_op``), without its Python ``__call__``
_bce_backward = torch.ops.aten.binary_cross_entropy_backward.default._op
_sigmoid_backward = torch.ops.aten.sigmoid_backward.default._op
_threshold_backward = torch.ops.aten.threshold_backward.default._op

BCE_LOSSES = ("nonsaturating", "minimax")
HAND_LOSSES = (*BCE_LOSSES, "lsgan")  # all of them also run as TorchScript (scripted_epoch)


def covers(gan: Gan) -> str | None:
    """Why these steps cannot run ``gan``'s set-up (None when they can)."""
    c = gan.config
    if c.generator != "book" or c.g_hidden or c.d_hidden or c.pack != 1:
        return "not the book's networks"
    if c.loss not in HAND_LOSSES:
        return f"loss {c.loss}"
    if c.optimizer != "adam":
        return f"optimizer {c.optimizer}"
    if gan.device.type != "cpu":
        return "checked on the CPU only"
    return None


def d_grads(
    x: torch.Tensor, label: torch.Tensor, wt: torch.Tensor, b: torch.Tensor, one: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """D = sigmoid(x @ wt + b) (``wt``: D's weight transposed, the view ``F.linear`` makes)
    trained on ``x`` labelled ``label`` with BCE: (D's output, d loss/d weight, d loss/d b)."""
    p = torch.sigmoid(torch.addmm(b, x, wt))  # (B, 1): F.linear's own addmm
    grad = _sigmoid_backward(_bce_backward(one, p, label, None, _MEAN), p)  # (B, 1)
    return p, grad.t().mm(x), grad.sum(0)


def g_grads(
    z: torch.Tensor,
    wgt: torch.Tensor,
    bg: torch.Tensor,
    wd: torch.Tensor,
    wdt: torch.Tensor,
    bd: torch.Tensor,
    label: torch.Tensor,
    seed: torch.Tensor,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """G = relu(z @ wgt + bg) (``wgt``: G's weight transposed) judged by the book's D (weight
    ``wd``, ``wdt`` its transposed view; not updated): (G's output, D's output on it,
    d loss/d G's weight, d loss/d bg). The loss is ``seed * BCE(D(G(z)), label)``, ``seed`` a
    tensor (the non-saturating loss: +1 and label 1; minimax: -1 and label 0)."""
    fake = torch.relu(torch.addmm(bg, z, wgt))  # (B, width)
    p = torch.sigmoid(torch.addmm(bd, fake, wdt))  # (B, 1)
    grad = _sigmoid_backward(_bce_backward(seed, p, label, None, _MEAN), p)  # (B, 1)
    grad = _threshold_backward(grad.mm(wd), fake, 0)  # (B, width), through the ReLU
    return fake, p, grad.t().mm(z), grad.sum(0)


def least_squares_seed(rows: int, device: torch.device) -> torch.Tensor:
    """(rows, 1) of 0.5 / rows: ``0.5 * mean(...)``'s gradient as autograd makes it (the
    seed 0.5 expanded, divided by the count)."""
    return torch.tensor(0.5, device=device).expand(rows, 1) / rows


def output_grad(
    loss: str, term: str, rows: int, device: torch.device
) -> Callable[[torch.Tensor], torch.Tensor]:
    """d loss/d D's output ``p`` (rows x 1) for the least-squares loss (``core.engine.losses``,
    on the book D's probabilities; hinge and wgan-gp need a D without the Sigmoid, which the
    book's networks refuse), with the operations autograd runs for it: ``mean``'s gradient is
    the seed (0.5, from ``0.5 *``) expanded and divided by the count, ``square``'s is
    ``grad * (2.0 * x.pow(1.0))`` (``x.pow(1.0)`` is ``x``). ``term``: "real", "fake" or "g"."""
    if loss != "lsgan":
        raise ValueError(f"no written-out gradient for loss {loss!r}")
    half = least_squares_seed(rows, device)
    target = 0.0 if term == "fake" else 1.0  # D wants fakes at 0; reals, and G its fakes, at 1
    return lambda p: least_squares_grad(half, p, target)


def least_squares_grad(
    half: torch.Tensor, p: torch.Tensor, target: torch.Tensor | float
) -> torch.Tensor:
    """d (0.5 * mean((p - target)^2)) / d p as autograd computes it (``output_grad``), with
    ``half`` from ``least_squares_seed``; a stacked sweep's too (each seed's mean times N,
    over N x rows: the same 0.5 / rows). ``p - 0`` is ``p`` exactly, so the fake term's
    ``0.5 * mean(p^2)`` is the same formula."""
    return half * (2.0 * (p - target))


class OutputTally(LossTally):
    """The loss tally for steps that hand over D's outputs instead of their losses.

    A BCE call costs as much as the rest of a book step's arithmetic, and only reports read
    the losses: so each step's outputs are kept, and a report computes every step's BCE in one
    call per term (folded every ``FOLD`` steps, so memory stays small between rare reports).
    Same definition as ``LossTally`` (each step's BCE averaged over its batch, then over the
    interval's steps); the sums are added in another order, so the figures equal the autograd
    steps' within float32 rounding. A NaN output (a diverged run) is found there too, and named
    by the epoch it came from, as the autograd steps' own BCE would have at once.
    """

    FOLD = 4096

    def __init__(self, device: torch.device, loss: GanLoss, epoch: Callable[[], int]) -> None:
        super().__init__(device)
        self._epoch = epoch  # the epoch a step belongs to (for naming a NaN's)
        self._outputs: dict[str, list[torch.Tensor]] = {"real": [], "fake": [], "g": []}
        self._epochs: dict[str, list[int]] = {"real": [], "fake": [], "g": []}
        self._nan_epoch: int | None = None  # the first epoch whose D output was NaN
        self._loss = loss
        self._bce = loss.name in BCE_LOSSES
        minimax = loss.name == "minimax"
        self._label = {"real": 1.0, "fake": 0.0, "g": 0.0 if minimax else 1.0}
        self._sign = {"real": 1.0, "fake": 1.0, "g": -1.0 if minimax else 1.0}

    def lists(self) -> tuple[tuple[list, ...], tuple[list, ...], dict[str, int]]:
        """The lists a training loop appends to itself, bound once (D's outputs and their
        epochs, real, fake and G's, and the counts): what ``_keep`` does, without a call a
        step."""
        terms = ("real", "fake", "g")
        outputs, epochs = self._outputs, self._epochs
        return tuple(outputs[t] for t in terms), tuple(epochs[t] for t in terms), self._counts

    def _keep(self, term: str, out: torch.Tensor) -> None:
        kept = self._outputs[term]
        kept.append(out)
        self._epochs[term].append(self._epoch())
        self._counts[term] += 1
        if len(kept) >= self.FOLD:
            self._fold(term)

    def add_d(self, real: torch.Tensor | None, fake: torch.Tensor | None) -> None:
        if real is not None:
            self._keep("real", real)
        if fake is not None:
            self._keep("fake", fake)

    def add_g(self, loss: torch.Tensor) -> None:
        self._keep("g", loss)

    def _fold(self, term: str) -> None:
        kept = self._outputs[term]
        if not kept:
            return
        p = torch.stack(kept)  # (steps, B, 1)
        epochs = self._epochs[term][:]
        kept.clear()
        self._epochs[term].clear()
        if not self._bce:  # each step's loss as the loss defines it, all steps in one call
            ones, zeros = torch.ones_like(p[0]), torch.zeros_like(p[0])
            loss = self._loss
            one_step = {
                "real": lambda q: loss.d_real(q, ones),
                "fake": lambda q: loss.d_fake(q, zeros),
                "g": lambda q: loss.g(q, ones, zeros),
            }[term]
            self._sums[term] += torch.vmap(one_step)(p).sum()  # NaN stays NaN: named later
            return
        label = torch.full_like(p, self._label[term])
        try:
            losses = F.binary_cross_entropy(p, label, reduction="none").mean(dim=(1, 2))
        except RuntimeError:  # a NaN output ("all elements of input should be between 0
            # and 1"): name the first epoch it came from, as autograd's BCE would have
            bad = ~((p >= 0) & (p <= 1)).flatten(1).all(dim=1)
            first = epochs[int(bad.nonzero()[0])]
            self._nan_epoch = first if self._nan_epoch is None else min(self._nan_epoch, first)
            return
        self._sums[term] += self._sign[term] * losses.sum()

    def fold_all(self) -> None:
        for term in self._outputs:
            self._fold(term)

    def take(self) -> tuple[float, float]:
        self.fold_all()
        if self._nan_epoch is not None:  # the earliest over the three terms
            epoch, self._nan_epoch = self._nan_epoch, None
            raise TrainingError(
                f"D's output became NaN at epoch {epoch}: training diverged; "
                "try a lower learning rate or another preset"
            )
        return super().take()


class BookHandSteps:
    """The plan's steps (``core.engine.plan.Steps``) for the book's networks, without
    autograd; each returns D's outputs for an :class:`OutputTally` instead of a loss."""

    def __init__(self, gan: Gan, scripted: bool | None = None) -> None:
        """``scripted``: run whole epochs as one TorchScript call (``scripted_epoch``); by
        default where it compiled and checked out in this process."""
        self.gan = gan
        d_linear, g_linear = gan.D[0], gan.G[0]
        # transposed views, made once: Adam updates the weights in place, views see it
        self.wd, self.wdt, self.bd = d_linear.weight, d_linear.weight.t(), d_linear.bias
        self.wgt, self.bg = g_linear.weight.t(), g_linear.bias
        minimax = gan.config.loss == "minimax"
        one = torch.ones((), device=gan.device)
        self._one = one
        self._g_label, self._g_seed = (gan._zeros, -one) if minimax else (gan._ones, one)
        for opt in (gan.opt_d, gan.opt_g):
            opt.share_step_count()  # both tensors of a layer are always updated together
        self.apply_schedule = gan.apply_schedule
        self._bce = gan.config.loss in BCE_LOSSES
        rows = gan.config.batch
        self._half = least_squares_seed(rows, gan.device)  # for the TorchScript epoch
        if not self._bce:  # least squares: its gradient by D's output
            self._dp = {
                term: output_grad(gan.config.loss, term, rows, gan.device)
                for term in ("real", "fake", "g")
            }
        self.scripted: Epoch | None = None
        self.scripted_epochs: Epochs | None = None
        fused = gan.opt_d.fused and gan.opt_g.fused  # the script calls the fused kernel
        if fused and (scripted or (scripted is None and fast_paths.scripted_epoch())):
            self.scripted = scripted_epoch.compiled()
            self.scripted_epochs = scripted_epoch.compiled_epochs()
            opt_d, opt_g = gan.opt_d, gan.opt_g
            # G's fakes of an epoch from one product where its rows are two products' here
            self.one_product = torch.tensor(
                scripted_epoch.one_product_agrees(
                    gan.config.batch, g_linear.in_features, g_linear.out_features, gan.device
                )
            )
            self._script_tensors = [
                self.wd, self.bd, g_linear.weight, self.bg,
                gan._ones, gan._zeros, self._g_label, self._g_seed, one,
                opt_d.steps[0], opt_d._one, opt_g.steps[0], opt_g._one,
                self._half, torch.tensor(not self._bce), self.one_product,
            ]  # fmt: skip
            self._script_lists = [  # LeanAdam's own lists: its updates land in them
                lst
                for opt in (opt_d, opt_g)
                for lst in (opt.params, opt.exp_avgs, opt.exp_avg_sqs, opt.steps)
            ]

    def tally(self, epoch: Callable[[], int]) -> OutputTally:
        return OutputTally(self.gan.device, self.gan.loss, epoch)

    def _d(self, real: bool, fake: bool) -> tuple[torch.Tensor | None, torch.Tensor | None]:
        gan = self.gan
        batch = gan.config.batch
        real_out = fake_out = None
        if real:
            gan.last_real = gan.real.batch(batch)
            real_out, gw, gb = self._d_grads(gan.last_real, "real")
        if fake:
            gan.last_fake = generated = torch.relu(
                torch.addmm(self.bg, gan.noise.take(batch), self.wgt)
            )
            fake_out, fw, fb = self._d_grads(generated, "fake")
            if real:  # one step on both: the loss is their sum, so are the gradients
                gw, gb = gw + fw, gb + fb
            else:
                gw, gb = fw, fb
        gan.opt_d.update_all([gw, gb])
        return real_out, fake_out

    def _d_grads(
        self, x: torch.Tensor, term: str
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """``d_grads`` for this GAN's loss (``term``: "real" or "fake")."""
        if self._bce:
            label = self.gan._ones if term == "real" else self.gan._zeros
            return d_grads(x, label, self.wdt, self.bd, self._one)
        p = torch.sigmoid(torch.addmm(self.bd, x, self.wdt))
        grad = _sigmoid_backward(self._dp[term](p), p)
        return p, grad.t().mm(x), grad.sum(0)

    def _g(self, epoch: int) -> torch.Tensor:
        gan = self.gan
        z = gan.noise.take(gan.config.batch)
        if self._bce:
            gan.last_fake, out, gw, gb = g_grads(
                z, self.wgt, self.bg, self.wd, self.wdt, self.bd, self._g_label, self._g_seed
            )
        else:
            gan.last_fake = fake = torch.relu(torch.addmm(self.bg, z, self.wgt))
            out = torch.sigmoid(torch.addmm(self.bd, fake, self.wdt))
            grad = _sigmoid_backward(self._dp["g"](out), out)
            grad = _threshold_backward(grad.mm(self.wd), fake, 0)  # through G's ReLU
            gw, gb = grad.t().mm(z), grad.sum(0)
        gan.opt_g.update_all([gw, gb])
        gan.average_generator(epoch)
        return out

    @grad_mode(False)
    def d_step(self, real: bool, fake: bool) -> tuple[torch.Tensor | None, torch.Tensor | None]:
        return self._d(real, fake)

    @grad_mode(False)
    def g_step(self, epoch: int) -> torch.Tensor:
        return self._g(epoch)

    @grad_mode(False)
    def run_steps(self, kinds: tuple[str, ...], epoch: int, tally: LossTally) -> None:
        """Several steps by name in one call (the rest of an epoch): what the plan's
        dispatcher would do, without its per-step calls."""
        if kinds == CHAPTER_EPOCH:  # the chapter's epoch, written out: most of the time
            tally.add_d(*self._d(True, False))
            tally.add_d(*self._d(False, True))
            tally.add_g(self._g(epoch))
            return
        for kind in kinds:
            if kind == "g":
                tally.add_g(self._g(epoch))
            else:
                tally.add_d(*self._d(kind != "d_fake", kind != "d_real"))

    @grad_mode(False)
    def run_epochs(
        self,
        plan: StepPlan,
        until: int,
        busy: Callable[[], bool],
        attention: torch.Tensor | None = None,
    ) -> None:
        """Whole chapter epochs (D on real, D on fake, G) from ``plan.epoch`` up to ``until``,
        or until ``busy()``, asked between epochs, says the caller wants the loop (a pause, a
        stop, a task). The plan calls it only at an epoch's start with the chapter's phases.

        The same steps as ``run_steps`` in the same order, with everything they touch bound to
        local names once: a book epoch is ~70 us of kernels, and the calls, attribute lookups
        and per-step tally calls around them were another ~10 us."""
        gan = self.gan
        tally = plan.tally
        if not isinstance(tally, OutputTally):
            raise TypeError("the hand-written epochs feed an OutputTally")
        if self.scripted is not None:
            self._run_scripted(plan, until, busy, attention)
            return
        if not self._bce:  # least squares in Python: epoch by epoch through the plan
            while plan.epoch < until and not busy():
                plan.run_epoch()
            return
        batch = gan.config.batch
        real_batch, noise, schedule, average = (
            gan.real.batch, gan.noise.take, gan.apply_schedule, gan.average_generator
        )  # fmt: skip
        ema = gan.G_ema is not None
        wd, wdt, bd, wgt, bg, one = self.wd, self.wdt, self.bd, self.wgt, self.bg, self._one
        ones, zeros, g_label, g_seed = gan._ones, gan._zeros, self._g_label, self._g_seed
        update_d, update_g = gan.opt_d.update_all, gan.opt_g.update_all
        addmm, relu = torch.addmm, torch.relu
        (real_out, fake_out, g_out), (real_epochs, fake_epochs, g_epochs), counts = tally.lists()
        fold = tally.FOLD
        epoch = plan.epoch
        while epoch < until and not busy():
            schedule(epoch)
            x = real_batch(batch)  # D on real
            p, gw, gb = d_grads(x, ones, wdt, bd, one)
            update_d([gw, gb])
            real_out.append(p)
            real_epochs.append(epoch)
            fake = relu(addmm(bg, noise(batch), wgt))  # D on fake
            p, gw, gb = d_grads(fake, zeros, wdt, bd, one)
            update_d([gw, gb])
            fake_out.append(p)
            fake_epochs.append(epoch)
            fake, p, gw, gb = g_grads(noise(batch), wgt, bg, wd, wdt, bd, g_label, g_seed)  # G
            update_g([gw, gb])
            if ema:
                average(epoch)
            g_out.append(p)
            g_epochs.append(epoch)
            gan.last_real, gan.last_fake = x, fake
            counts["real"] += 1
            counts["fake"] += 1
            counts["g"] += 1
            epoch += 1
            plan.epoch = epoch
            if len(g_out) >= fold:
                tally.fold_all()

    def _run_scripted(
        self,
        plan: StepPlan,
        until: int,
        busy: Callable[[], bool],
        attention: torch.Tensor | None,
    ) -> None:
        """``run_epochs``'s loop with each epoch's steps one TorchScript call (grad mode is
        off): the same kernels in the same order (``core.engine.scripted_epoch``).

        With a control's ``attention`` flag, a constant learning rate and no weight average
        (the book preset), many epochs go in one call that reads the flag before each epoch
        (``book_epochs``): their batches are the views the per-epoch calls would take, taken
        first; those of epochs a stop or pause left unrun are given back to their streams."""
        gan, tally = self.gan, plan.tally
        batch = gan.config.batch
        real, noise = gan.real, gan.noise
        real_batch, noise_take, schedule, average = (
            real.batch, noise.take, gan.apply_schedule, gan.average_generator
        )  # fmt: skip
        ema = gan.G_ema is not None
        # many epochs a call where nothing but the batches changes between epochs
        blocks = (
            attention is not None
            and self.scripted_epochs is not None
            and not ema
            and gan.config.schedule == "constant"
        )
        run_one, run_many = self.scripted, self.scripted_epochs
        tensors, lists = self._script_tensors, self._script_lists
        opt_d, opt_g = gan.opt_d, gan.opt_g
        floats = [
            opt_d.lr, opt_g.lr, *opt_d.betas, opt_d.eps, *opt_g.betas, opt_g.eps
        ]  # fmt: skip
        (real_out, fake_out, g_out), (real_epochs, fake_epochs, g_epochs), counts = tally.lists()
        fold = tally.FOLD
        epoch = plan.epoch
        while epoch < until and not busy():
            # as many epochs as the blocks read ahead hold (a block's end drawn by one epoch
            # alone: the views of a block are where the per-epoch calls would find them)
            k = min(until - epoch, real.ready // batch, noise.ready // (2 * batch)) if blocks else 1
            if 0 < noise.ready < 2 * batch:
                # the epoch's two noise batches span two draws: one product over their joined
                # copy would not be on the rows the Python steps use, so this epoch is theirs
                # (once a read-ahead block at most; never in the book preset's 20-row epochs)
                schedule(epoch)
                self.run_steps(CHAPTER_EPOCH, epoch, tally)
                epoch += 1
                plan.epoch = epoch
                if len(g_out) >= fold:
                    tally.fold_all()
                continue
            if k < 2:
                schedule(epoch)
                floats[0], floats[1] = opt_d.lr, opt_g.lr  # the schedule's, or a live change's
                x = real_batch(batch)
                p_real, p_fake, p_g, fake = run_one(
                    x, noise_take(2 * batch), tensors, lists, floats
                )  # the two noise batches as one: book_epoch makes their fakes at once
                if ema:
                    average(epoch)
                done, p_reals, p_fakes, p_gs, xs = 1, [p_real], [p_fake], [p_g], [x]
            else:
                xs = [real_batch(batch) for _ in range(k)]
                zs = [noise_take(2 * batch) for _ in range(k)]
                done, p_reals, p_fakes, p_gs, fake = run_many(
                    xs, zs, tensors, lists, floats, attention
                )
                if done < k:  # asked to stop or pause: the unrun epochs' batches go back
                    real.give_back((k - done) * batch)
                    noise.give_back(2 * (k - done) * batch)
                if not done:
                    # the flag said "busy" before an epoch: the loop's question decides; a
                    # flag that disagrees with it (not a RunControl's) is not read again
                    blocks = False
                    continue
            real_out += p_reals
            fake_out += p_fakes
            g_out += p_gs
            ran = range(epoch, epoch + done)
            real_epochs += ran
            fake_epochs += ran
            g_epochs += ran
            gan.last_real, gan.last_fake = xs[done - 1], fake
            counts["real"] += done
            counts["fake"] += done
            counts["g"] += done
            epoch += done
            plan.epoch = epoch
            if len(g_out) >= fold:
                tally.fold_all()


def steps_and_tally(gan: Gan, epoch: Callable[[], int]) -> tuple[Steps, LossTally]:
    """The steps a trainer runs for ``gan`` and the tally they feed: the hand-written steps
    where they cover the set-up and checked out bit for bit in this process, else the GAN's
    own autograd steps. ``epoch`` gives the epoch under way (completed epochs)."""
    if covers(gan) is None and fast_paths.hand_steps():
        hand = BookHandSteps(gan)
        return hand, hand.tally(epoch)
    return gan, LossTally(gan.device)


def self_check() -> bool:
    """The hand-written steps give autograd's weights bit for bit on this torch build: a few
    Adam steps of each kind on a tiny D and G, both ways (random numbers from a private
    generator: torch's global random state is not touched)."""
    from torch import nn

    from core.engine.optim import LeanAdam

    rng = torch.Generator().manual_seed(0)
    width, latent, batch = 6, 8, 5

    def nets() -> tuple[nn.Sequential, nn.Sequential]:
        d = nn.Sequential(nn.Linear(width, 1), nn.Sigmoid())
        g = nn.Sequential(nn.Linear(latent, width), nn.ReLU())
        with torch.no_grad():
            for p in (*d.parameters(), *g.parameters()):
                p.copy_(torch.randn(p.shape, generator=rng) * 0.5)
        return d, g

    d_ref, g_ref = nets()
    d_own, g_own = nets()
    with torch.no_grad():
        for a, b in zip(
            (*d_own.parameters(), *g_own.parameters()), (*d_ref.parameters(), *g_ref.parameters())
        ):
            a.copy_(b)
    opts = [LeanAdam(m.parameters(), 0.01, (0.9, 0.999)) for m in (d_ref, g_ref, d_own, g_own)]
    ones, zeros, one = torch.ones(batch, 1), torch.zeros(batch, 1), torch.ones(())
    wd, bd = d_own[0].weight, d_own[0].bias
    wg, bg = g_own[0].weight, g_own[0].bias
    wdt, wgt = wd.t(), wg.t()
    for step in range(6):
        x = torch.rand(batch, width, generator=rng)
        z = torch.randn(batch, latent, generator=rng)
        # autograd: D on real and fake together, then G (non-saturating, then minimax)
        opts[0].zero_grad()
        fake = g_ref(z).detach()
        (
            F.binary_cross_entropy(d_ref(x), ones) + F.binary_cross_entropy(d_ref(fake), zeros)
        ).backward()
        opts[0].step()
        opts[1].zero_grad()
        out = d_ref(g_ref(z))
        loss = (
            F.binary_cross_entropy(out, ones) if step % 2 else -F.binary_cross_entropy(out, zeros)
        )
        loss.backward()
        opts[1].step()
        # by hand
        with torch.no_grad():
            _, gw, gb = d_grads(x, ones, wdt, bd, one)
            _, fw, fb = d_grads(torch.relu(torch.addmm(bg, z, wgt)), zeros, wdt, bd, one)
            opts[2].update([gw + fw, gb + fb])
            label, seed = (ones, one) if step % 2 else (zeros, -one)
            _, _, gw, gb = g_grads(z, wgt, bg, wd, wdt, bd, label, seed)
            opts[3].update([gw, gb])
    pairs = zip(
        (*d_own.parameters(), *g_own.parameters()), (*d_ref.parameters(), *g_ref.parameters())
    )
    return all(torch.equal(a, b) for a, b in pairs) and _other_losses_check()


def _other_losses_check() -> bool:
    """Least squares (``output_grad``): a few epochs of the book's GAN by hand and by its own
    autograd steps, D's steps apart and together, bit for bit."""
    from core.engine.gan import Gan
    from core.engine.presets import make_config

    for together in (False, True):
        config = make_config(
            "book", epochs=6, eval_samples=20, loss="lsgan", book_steps=not together
        )
        pattern, codec = config.validate()
        ref = Gan(config, pattern, codec, torch.device("cpu"))
        gan = Gan(config, pattern, codec, torch.device("cpu"))
        own = BookHandSteps(gan, scripted=False)
        for epoch in range(6):
            for steps in (ref, own):
                if together:
                    steps.d_step(True, True)
                else:
                    steps.d_step(True, False)
                    steps.d_step(False, True)
                steps.g_step(epoch)
        mine = (*gan.D.parameters(), *gan.G.parameters())
        theirs = (*ref.D.parameters(), *ref.G.parameters())
        if not all(torch.equal(a, b) for a, b in zip(mine, theirs)):
            return False
    return True
