"""Every knob against an independent reference written from its paper.

Each test trains a small set-up a few epochs with the project, recording the real batches and
the latent noise it drew, then trains a plain-PyTorch twin from the same initial weights on the
same batches: its networks, losses, optimisers and step order are written here from the papers'
formulas (``torch.optim.SGD``/``RMSprop``/``Adam``, ``nn.BCELoss``, ``nn.BCEWithLogitsLoss``,
explicit least-squares, hinge and WGAN-GP terms, the Gumbel-softmax straight-through estimator,
PacGAN packing, an EMA of weights, a cosine schedule) and import nothing from the project's loss,
optimiser, step or model code. The weights and the reported losses must agree within float32
rounding. A knob that silently did something else (SGD run as Adam, LSGAN's D loss as BCE, the
minimax G loss as the non-saturating one, ...) makes its test fail.
"""

from __future__ import annotations

import math

import pytest
import torch
from torch import nn
from torch.nn import functional as F

from core.engine.noise import READ_AHEAD
from core.engine.presets import make_config
from core.engine.trainer import Trainer

EPOCHS = 12


def base(**overrides):
    """A small set-up with SGD (an update in proportion to the gradient: any change of a loss
    formula shows in the weights) unless the test says otherwise."""
    knobs = dict(
        generator="softmax",
        latent=6,
        g_hidden=(12,),
        d_hidden=(12,),
        activation="leaky_relu",
        pack=1,
        batch=16,
        lr_d=0.05,
        lr_g=0.05,
        optimizer="sgd",
        momentum=0.0,
        beta1=0.9,
        loss="nonsaturating",
        d_steps=1,
        noise="normal",
        schedule="constant",
        ema=0.0,
        book_steps=False,
        sampling="iid",
        epochs=EPOCHS,
        report_every=EPOCHS,
        eval_samples=200,
        seed=3,
        device="cpu",
    )
    knobs.update(overrides)
    return make_config("default", **knobs)


# -- the project, with its draws recorded ------------------------------------------------------


def run_project(config):
    trainer = Trainer(config)
    initial_g = {k: v.clone() for k, v in trainer.G.state_dict().items()}
    initial_d = {k: v.clone() for k, v in trainer.D.state_dict().items()}
    reals, noises = [], []
    real_batch, noise_take = trainer.gan.real.batch, trainer.gan.noise.take

    def recorded(source, store):
        def draw(n):
            out = source(n)
            # batch by batch, as the steps draw them; kept as ordinary tensors (the fast
            # path's loop runs in inference mode) for the autograd reference to use
            with torch.inference_mode(False):
                store.extend(part.clone() for part in out.split(config.batch))
            return out

        return draw

    trainer.gan.real.batch = recorded(real_batch, reals)
    trainer.gan.noise.take = recorded(noise_take, noises)
    report = list(trainer.reports())[-1]
    return trainer, report, initial_g, initial_d, reals, noises


# -- the reference, from the papers ----------------------------------------------------------


def act(name):
    return {"relu": nn.ReLU(), "leaky_relu": nn.LeakyReLU(0.2), "tanh": nn.Tanh()}[name]


def mlp(inputs, hidden, outputs, activation):
    layers, size = [], inputs
    for width in hidden:
        layers += [nn.Linear(size, width), act(activation)]
        size = width
    return nn.Sequential(*layers, nn.Linear(size, outputs))


def copy_linears(target: nn.Module, state: dict[str, torch.Tensor]) -> None:
    """The project's initial Linear weights, in order, into the reference's Linears."""
    weights = [v for k, v in state.items() if k.endswith("weight")]
    biases = [v for k, v in state.items() if k.endswith("bias") and v.dim() == 1]
    linears = [m for m in target.modules() if isinstance(m, nn.Linear)]
    assert len(linears) == len(weights)
    with torch.no_grad():
        for layer, w, b in zip(linears, weights, biases):
            layer.weight.copy_(w)
            layer.bias.copy_(b)


class Reference:
    """The GAN of a config, written from the papers."""

    def __init__(self, config, heads, initial_g, initial_d):
        self.c = config
        self.heads = heads
        width = sum(heads)
        self.sigmoid_d = config.generator == "book"  # the book's D ends in a Sigmoid
        code = config.latent
        self.g_body = (
            mlp(code, config.g_hidden, width, config.activation)
            if config.g_hidden or config.generator != "book"
            else nn.Sequential(nn.Linear(code, width))
        )
        g_state = dict(initial_g)
        self.g_bias = None
        if config.generator == "gumbel":  # the logits' own bias, shared by every sample
            self.g_bias = nn.Parameter(g_state.pop("bias").clone())
        copy_linears(self.g_body, g_state)
        self.d_body = mlp(width * config.pack, config.d_hidden, 1, config.activation)
        copy_linears(self.d_body, initial_d)
        g_params = list(self.g_body.parameters()) + (
            [self.g_bias] if self.g_bias is not None else []
        )
        self.g_params = g_params
        self.opt_d = self.optimizer(self.d_body.parameters(), config.lr_d)
        self.opt_g = self.optimizer(g_params, config.lr_g)
        self.ema = [p.detach().clone() for p in g_params] if config.ema > 0 else None
        self.mix = torch.Generator().manual_seed(config.seed + 2)  # WGAN-GP's points
        self.d_terms = {"real": [], "fake": []}
        self.g_terms = []

    def optimizer(self, params, lr):
        c = self.c
        if c.optimizer == "adam":  # Kingma & Ba
            return torch.optim.Adam(params, lr=lr, betas=(c.beta1, 0.999), eps=1e-8)
        if c.optimizer == "sgd":
            return torch.optim.SGD(params, lr=lr, momentum=c.momentum)
        return torch.optim.RMSprop(params, lr=lr, momentum=c.momentum)  # Hinton's lecture 6e

    # networks
    def G(self, z):  # noqa: N802
        c = self.c
        if c.generator == "book":  # the chapter: Linear (+ hidden layers) then ReLU
            return torch.relu(self.g_body(z))
        if c.generator == "softmax":
            out = self.g_body(z)
            return torch.cat([torch.softmax(h, dim=1) for h in out.split(self.heads, 1)], 1)
        # Gumbel-softmax, straight-through (Jang et al. 2016): logits + Gumbel(0, 1) noise made
        # from the rest of z through the normal CDF; forward a one-hot, backward the softmax
        logits = self.g_bias + self.g_body(z[:, : c.latent])
        u = (0.5 * (1 + torch.erf(z[:, c.latent :] / math.sqrt(2)))).clamp(1e-7, 1 - 1e-7)
        y = (logits - torch.log(-torch.log(u))) / c.tau
        parts = []
        for h in y.split(self.heads, 1):
            soft = torch.softmax(h, dim=1)
            hard = F.one_hot(h.argmax(1), h.shape[1]).to(h.dtype)
            parts.append((hard - soft).detach() + soft)
        return torch.cat(parts, 1)

    def D(self, x):  # noqa: N802 - PacGAN: pack samples side by side, one score per pack
        out = self.d_body(x.reshape(x.shape[0] // self.c.pack, -1))
        return torch.sigmoid(out) if self.sigmoid_d else out

    # losses
    def bce(self, out, label):
        target = torch.full_like(out, label)
        if self.sigmoid_d:
            return nn.BCELoss()(out, target)
        return nn.BCEWithLogitsLoss()(out, target)

    def d_real(self, out):
        name = self.c.loss
        if name in ("minimax", "nonsaturating"):  # Goodfellow et al. 2014: log D(x)
            return self.bce(out, 1.0)
        if name == "lsgan":  # Mao et al. 2017: 1/2 E[(D(x) - 1)^2]
            return 0.5 * ((out - 1) ** 2).mean()
        if name == "hinge":  # Lim & Ye 2017: E[max(0, 1 - D(x))]
            return torch.clamp(1 - out, min=0).mean()
        return -out.mean()  # WGAN critic: -E[D(x)]

    def d_fake(self, out):
        name = self.c.loss
        if name in ("minimax", "nonsaturating"):
            return self.bce(out, 0.0)
        if name == "lsgan":
            return 0.5 * (out**2).mean()
        if name == "hinge":
            return torch.clamp(1 + out, min=0).mean()
        return out.mean()

    def g_loss(self, out):
        name = self.c.loss
        p = out if self.sigmoid_d else torch.sigmoid(out)
        if name == "minimax":  # the original game: G minimises E[log(1 - D(G(z)))]
            return torch.log(1 - p).mean()
        if name == "nonsaturating":  # -E[log D(G(z))]
            return -torch.log(p).mean()
        if name == "lsgan":
            return 0.5 * ((out - 1) ** 2).mean()
        return -out.mean()  # hinge and WGAN: -E[D(G(z))]

    def penalty(self, real, fake):
        """Gulrajani et al. 2017: 10 E[(||grad D(x_hat)|| - 1)^2], x_hat = e x + (1 - e) x~,
        one e per pack, the norm over everything that pack's score saw."""
        rows = real.shape[0] // self.c.pack
        e = torch.rand(rows, 1, generator=self.mix).repeat_interleave(self.c.pack, 0)
        x_hat = (e * real + (1 - e) * fake).requires_grad_(True)
        (grad,) = torch.autograd.grad(self.D(x_hat).sum(), x_hat, create_graph=True)
        return 10 * ((grad.reshape(rows, -1).norm(dim=1) - 1) ** 2).mean()

    # steps
    def step(self, opt, loss):
        opt.zero_grad()
        loss.backward()
        opt.step()

    def epoch(self, epoch, reals, noises):
        c = self.c
        factor = 0.5 * (1 + math.cos(math.pi * epoch / c.epochs)) if c.schedule == "cosine" else 1
        for group in self.opt_d.param_groups:
            group["lr"] = c.lr_d * factor
        for group in self.opt_g.param_groups:
            group["lr"] = c.lr_g * factor
        for _ in range(c.d_steps):
            if c.book_steps:  # the chapter: D on real, then a separate D step on fake
                real = self.d_real(self.D(reals.pop(0)))
                self.step(self.opt_d, real)
                fake = self.d_fake(self.D(self.G(noises.pop(0)).detach()))
                self.step(self.opt_d, fake)
            else:
                x = reals.pop(0)
                x_fake = self.G(noises.pop(0)).detach()
                real, fake = self.d_real(self.D(x)), self.d_fake(self.D(x_fake))
                if c.loss == "wgan-gp":
                    fake = fake + self.penalty(x, x_fake)
                self.step(self.opt_d, real + fake)
            self.d_terms["real"].append(real.item())
            self.d_terms["fake"].append(fake.item())
        loss = self.g_loss(self.D(self.G(noises.pop(0))))
        self.step(self.opt_g, loss)
        self.g_terms.append(loss.item())
        if self.ema is not None:  # Yazici et al. 2019: an average of G's weights
            decay = c.ema if epoch >= c.ema_start * c.epochs else 0.0
            with torch.no_grad():
                for avg, p in zip(self.ema, self.g_params):
                    avg.mul_(decay).add_((1 - decay) * p)

    def losses(self):
        mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
        return mean(self.d_terms["real"]) + mean(self.d_terms["fake"]), mean(self.g_terms)

    def generator_weights(self):
        return self.ema if self.ema is not None else [p.detach() for p in self.g_params]


def check_against_reference(config, atol=2e-6):
    trainer, report, initial_g, initial_d, reals, noises = run_project(config)
    ref = Reference(config, list(trainer.codec.heads), initial_g, initial_d)
    real_queue, noise_queue = list(reals), list(noises)
    for epoch in range(config.epochs):
        ref.epoch(epoch, real_queue, noise_queue)
    assert not real_queue and not noise_queue  # the same number of draws, used the same way
    own_d = [p.detach() for p in trainer.D.parameters()]
    for own, theirs in zip(own_d, ref.d_body.parameters()):
        torch.testing.assert_close(own.reshape(theirs.shape), theirs.detach(), rtol=1e-4, atol=atol)
    own_g = list(trainer.generator.parameters())
    theirs_g = ref.generator_weights()
    if config.generator == "gumbel":  # the project keeps the logits' bias first
        own_g = own_g[1:] + own_g[:1]
    assert len(own_g) == len(theirs_g)
    for own, theirs in zip(own_g, theirs_g):
        torch.testing.assert_close(own.detach(), theirs, rtol=1e-4, atol=atol)
    d_loss, g_loss = ref.losses()
    assert report.d_loss == pytest.approx(d_loss, rel=1e-4, abs=1e-6)
    assert report.g_loss == pytest.approx(g_loss, rel=1e-4, abs=1e-6)
    initial = list(initial_d.values())[0]
    assert not torch.equal(own_d[0], initial)  # it trained
    return trainer, noises


# -- one test per value --------------------------------------------------------------------


@pytest.mark.parametrize("loss", ["minimax", "nonsaturating", "lsgan", "hinge", "wgan-gp"])
def test_each_loss_is_its_papers(loss):
    check_against_reference(base(loss=loss))


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])  # book + Adam: the hand-written steps
@pytest.mark.parametrize("loss", ["minimax", "nonsaturating", "lsgan"])
def test_each_loss_on_the_books_sigmoid_d(loss, optimizer):
    lr = 0.05 if optimizer == "sgd" else 0.01
    config = base(loss=loss, generator="book", g_hidden=(), d_hidden=(), optimizer=optimizer)
    check_against_reference(config.replace(lr_d=lr, lr_g=lr))


@pytest.mark.parametrize(
    "optimizer,knobs",
    [
        ("adam", {"beta1": 0.9}),
        ("adam", {"beta1": 0.5}),
        ("sgd", {"momentum": 0.0}),
        ("sgd", {"momentum": 0.9}),
        ("rmsprop", {"momentum": 0.0}),
        ("rmsprop", {"momentum": 0.5}),
    ],
)
def test_each_optimizer_is_torchs(optimizer, knobs):
    lr = 0.002 if optimizer != "sgd" else 0.05
    check_against_reference(base(optimizer=optimizer, lr_d=lr, lr_g=lr, **knobs))


@pytest.mark.parametrize("activation", ["relu", "leaky_relu", "tanh"])
def test_each_activation(activation):
    check_against_reference(base(activation=activation))


@pytest.mark.parametrize("k", [1, 2, 3])
@pytest.mark.parametrize("book_steps", [True, False], ids=["separate", "together"])
def test_k_d_steps_separate_or_together(k, book_steps):
    check_against_reference(base(d_steps=k, book_steps=book_steps))


@pytest.mark.parametrize("pack", [1, 2, 4])
def test_packing(pack):
    check_against_reference(base(pack=pack))


@pytest.mark.parametrize("head", ["book", "softmax", "gumbel"])
def test_each_generator_head(head):
    check_against_reference(base(generator=head, tau=0.7))


def test_the_book_preset_itself():
    config = make_config("book", epochs=EPOCHS, report_every=EPOCHS, eval_samples=200)
    check_against_reference(config, atol=1e-7)


def test_ema_of_weights():
    check_against_reference(base(ema=0.8, ema_start=0.25, optimizer="adam", lr_d=0.01, lr_g=0.01))


def test_cosine_schedule():
    check_against_reference(base(schedule="cosine", optimizer="adam", lr_d=0.01, lr_g=0.01))


@pytest.mark.parametrize("noise", ["normal", "uniform"])
def test_each_noise_kind_is_drawn_as_named(noise):
    config = base(noise=noise)
    trainer, noises = check_against_reference(config)
    size = trainer.latent_size
    g = torch.Generator().manual_seed(config.seed)
    rows = READ_AHEAD // size
    block = (
        torch.randn(rows, size, generator=g)
        if noise == "normal"
        else (torch.rand(rows, size, generator=g) * 2 - 1)
    )
    drawn = torch.cat(noises)
    assert torch.equal(drawn, block[: len(drawn)])
