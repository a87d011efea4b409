"""Performance benchmark: every figure beside a reference measured in the same run.

    python -m tests.bench_perf [--epochs 10000] [--repeats 3] [--skip-app] [--training-only]

a. the chapter's training loop, written out as the chapter has it (per-number Python encoding,
   D on real, a separate D on fake, G; batch 10) vs the project's trainer with the `book`
   preset (same mathematics): epochs per second and the ratio;
a1. the whole process, start to saved file: the chapter's script (its loop, then
   ``torch.jit.script(G).save``) vs ``patterngan train --out``, one thread each, in pairs;
a2. a 32-seed book sweep (``core.engine.sweep``) vs one single run of the same set-up, as the
   window and ``train --seeds`` run it (20 reports) and as ``lab check`` does (a report every
   100 epochs), with the time the seeds' own latent noise alone takes to draw on one core
   (each seed trains on its single run's numbers; a second core draws them meanwhile);
b. time to quality on the book task for each preset: training seconds until strict validity
   >= 99.5% and TV <= 0.03 (checked every 50 epochs), or "never" within its epoch budget;
c. sampling an opened num_gen.pt: decoded integers per second for 1,000,000 samples, vs the
   chapter's way (torch.jit.load + data_to_num), both on all cores (torch's default threads;
   the project also on one thread);
d. the app: process start to painted window, and training inside the window with live plots
   vs headless (epochs/s) with the GUI thread's timer lateness (see tests/bench_gui.py);
e. peak memory (max RSS) of a headless training run and of the app, each in a fresh process.

CPU unless --device cuda; with CUDA available, (a) and (c) are also run on CUDA beside CPU.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import torch
from torch import nn

med = statistics.median


# -- a. the chapter's loop, as printed there --------------------------------------------------


def chapter_loop(epochs: int, device: str, keep: list | None = None) -> float:
    """The chapter's cells 2-16 (bar printing), timed; returns epochs per second (and appends
    the trained G to ``keep``, for a1)."""

    def onehot_encoder(position, depth):
        onehot = torch.zeros((depth,))
        onehot[position] = 1
        return onehot

    def int_to_onehots(number):
        quotient = number // 5
        remainder = number % 5
        onehot_quotient = onehot_encoder(quotient, 20)
        onehot_remainder = onehot_encoder(remainder, 5)
        return torch.cat([onehot_quotient, onehot_remainder])

    def gen_sequence():
        indices = random.sample(range(10), 10)
        return torch.tensor(indices) * 5

    def gen_batch():
        sequence = gen_sequence()
        batch = [int_to_onehots(i).numpy() for i in sequence]
        return torch.tensor(batch)

    torch.manual_seed(0)
    random.seed(0)
    D = nn.Sequential(nn.Linear(25, 1), nn.Sigmoid()).to(device)
    G = nn.Sequential(nn.Linear(100, 25), nn.ReLU()).to(device)
    loss_fn = nn.BCELoss()
    lr = 0.001
    optimD = torch.optim.Adam(D.parameters(), lr=lr)
    optimG = torch.optim.Adam(G.parameters(), lr=lr)
    real_labels = torch.ones((10, 1)).to(device)
    fake_labels = torch.zeros((10, 1)).to(device)
    started = time.perf_counter()
    for _ in range(epochs):
        gloss = dloss = 0
        true_data = gen_batch().to(device)
        preds = D(true_data)
        loss_D = loss_fn(preds, real_labels)
        optimD.zero_grad()
        loss_D.backward()
        optimD.step()
        dloss += loss_D
        noise = torch.randn(10, 100).to(device)
        generated_data = G(noise)
        preds = D(generated_data)
        loss_D = loss_fn(preds, fake_labels)
        optimD.zero_grad()
        loss_D.backward()
        optimD.step()
        dloss += loss_D
        noise = torch.randn(10, 100).to(device)
        generated_data = G(noise)
        preds = D(generated_data)
        loss_G = loss_fn(preds, real_labels)
        optimG.zero_grad()
        loss_G.backward()
        optimG.step()
        gloss += loss_G
    if device == "cuda":
        torch.cuda.synchronize()
    if keep is not None:
        keep.append(G)
    return epochs / (time.perf_counter() - started)


CHAPTER_SCRIPT = """
import torch
torch.set_num_threads(1)
from tests.bench_perf import chapter_loop
kept = []
chapter_loop({epochs}, "cpu", kept)
torch.jit.script(kept[0]).save({path!r})
"""


def whole_process(epochs: int, repeats: int) -> None:
    """(a1): process start to saved file, the chapter's script against the command line,
    one intra-op thread each, in pairs run one after the other."""
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONWARNINGS="ignore")
    folder = Path(tempfile.mkdtemp())
    chapter_cmd = [
        sys.executable,
        "-c",
        CHAPTER_SCRIPT.format(epochs=epochs, path=str(folder / "chapter.pt")),
    ]
    ours_cmd = [sys.executable, "-m", "patterngan_gui.cli", "train", "--epochs", str(epochs)]
    ours_cmd += ["--out", str(folder / "ours.pt")]

    def timed(cmd: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(
            cmd, check=True, capture_output=True, env=env, cwd=Path(__file__).parent.parent
        )
        return time.perf_counter() - started

    pairs = [(timed(chapter_cmd), timed(ours_cmd)) for _ in range(repeats)]
    ratios = sorted(c / o for c, o in pairs)
    print(
        f"\na1. the whole process, start to saved file, {epochs:,} epochs, one thread each, "
        f"{repeats} pairs: the chapter's script {med(c for c, _ in pairs):.1f} s, "
        f"patterngan train {med(o for _, o in pairs):.1f} s, ratio {med(ratios):.2f}x"
        f"   (pairs: {', '.join(f'{r:.2f}' for r in ratios)})   target >= 5x"
    )


def project_book(epochs: int, device: str) -> float:
    from core.engine.presets import make_config
    from core.engine.trainer import Trainer

    config = make_config("book", epochs=epochs, device=device)
    trainer = Trainer(config)
    started = time.perf_counter()
    for _ in trainer.reports():  # includes the reports every 100 epochs (10,000-sample metrics)
        pass
    return epochs / (time.perf_counter() - started)


# -- b. time to quality ----------------------------------------------------------------------


def time_to_quality(preset: str, seed: int) -> float | None:
    from core.engine.presets import make_config
    from core.engine.trainer import Trainer

    trainer = Trainer(make_config(preset, seed=seed, device="cpu", report_every=50))
    for report in trainer.reports():
        m = report.metrics
        if m.strict_validity >= 0.995 and m.tv <= 0.03:
            return trainer.elapsed
    return None


# -- c. sampling -----------------------------------------------------------------------------


def sampling_rates(count: int, device: str, preset: str, repeats: int) -> dict[str, float]:
    """Samples per second, median of ``repeats``: the project on all cores and on one thread,
    and the chapter's two lines + data_to_num with torch's default threads (all cores)."""
    from core.engine import sampling
    from core.engine.presets import make_config
    from core.engine.trainer import train
    from core.files.genfile import open_generator, save_trained

    trainer, report = train(make_config(preset, epochs=200, device="cpu"))
    path = Path(tempfile.mkdtemp()) / "num_gen.pt"
    save_trained(path, trainer, report)
    gen = open_generator(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        new_G = torch.jit.load(str(path), map_location=device)
    new_G.eval()

    def ours() -> float:
        started = time.perf_counter()
        decoded = gen.sample(count, seed=0)
        assert decoded.numbers.size == count
        return count / (time.perf_counter() - started)

    def chapter() -> float:
        started = time.perf_counter()
        with torch.no_grad():
            data = new_G(torch.randn((count, gen.latent_size)).to(device))
            multiple = torch.argmax(data[:, :20], dim=-1)
            remainder = torch.argmax(data[:, 20:], dim=-1)
            nums = (multiple * 5 + remainder).cpu()
        assert nums.numel() == count
        return count / (time.perf_counter() - started)

    cores = sampling._threads()
    torch.set_num_threads(cores)
    rates = {"ours": med([ours() for _ in range(repeats)])}
    rates["chapter"] = med([chapter() for _ in range(repeats)])
    torch.set_num_threads(1)
    one_thread, sampling._threads = sampling._threads, lambda: 1
    try:
        rates["ours, 1 thread"] = med([ours() for _ in range(repeats)])
    finally:
        sampling._threads = one_thread
    return rates


# -- d/e. the app and memory -----------------------------------------------------------------


def app_start(repeats: int) -> tuple[float, float]:
    painted, ready = [], []
    env = dict(os.environ, PATTERNGAN_STARTUP_PROBE="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    exe = [sys.executable, "-m", "patterngan_gui.cli", "gui"]
    for _ in range(repeats):
        settings_home = tempfile.mkdtemp()
        env["XDG_CONFIG_HOME"] = settings_home
        started = time.time()
        out = subprocess.run(exe, capture_output=True, text=True, env=env, timeout=60).stdout
        marks = dict(
            line.split() for line in out.splitlines() if line.startswith(("painted", "ready"))
        )
        painted.append(float(marks["painted"]) - started)
        ready.append(float(marks["ready"]) - started)
    return med(painted), med(ready)


def peak_rss_mb(code: str) -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # VmHWM, not ru_maxrss: after fork + exec, ru_maxrss keeps the parent's high-water mark
    script = code + (
        "\nprint([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300
    )
    return int(out.stdout.strip().splitlines()[-1]) / 1024


TRAIN_CODE = """
import torch; torch.set_num_threads(1)
from core.engine.presets import make_config
from core.engine.trainer import train
train(make_config("{preset}", device="cpu"))
"""

APP_CODE = """
import os, tempfile
from pathlib import Path
from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication
from core.engine.presets import make_config
from patterngan_gui.main_window import MainWindow
app = QApplication([])
w = MainWindow(settings=QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.IniFormat))
w.dialogs.ask_unsaved = lambda names: "discard"
w.show(); w.finish_startup()
w.setup.set_config(make_config("book"))
loop = QEventLoop(); w.run_finished.connect(loop.quit); w.training.train(); loop.exec()
w.close()
"""


def profile_book_epochs(epochs: int, device: str) -> None:
    """Where a book epoch's time goes: torch profiler, grouped by operator."""
    from torch.profiler import ProfilerActivity, profile

    from core.engine.presets import make_config
    from core.engine.trainer import Trainer

    trainer = Trainer(make_config("book", epochs=epochs + 500, device=device))
    for _ in range(500):  # warm up
        trainer.step_epoch()
    started = time.perf_counter()
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        for _ in range(epochs):
            trainer.step_epoch()
    wall = time.perf_counter() - started
    print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=25))
    print(f"{wall / epochs * 1e6:.0f} us per epoch under the profiler ({epochs} epochs, {device})")


def sweep_ratio(epochs: int, repeats: int, seeds: int = 32) -> None:
    """(a2): a seed sweep of the book against one single run, reports included, in pairs run
    one after the other: reporting as Run > Sweep seeds and ``train --seeds`` do, and as
    ``lab check`` does (a report every ``report_every`` epochs)."""
    from core.engine.fast.prefetch import cores_available
    from core.engine.presets import make_config
    from core.engine.sweep import SWEEP_REPORTS, SweepTrainer, report_interval

    config = make_config("book", epochs=epochs, device="cpu")

    def swept(every: int) -> float:
        trainer = SweepTrainer(config, list(range(seeds)))
        started = time.perf_counter()
        for _ in trainer.reports(every):
            pass
        return time.perf_counter() - started

    def noise_only() -> float:
        generators = [torch.Generator().manual_seed(s) for s in range(seeds)]
        rows = 4_000  # the read-ahead's block of the book's 100-number vectors
        started = time.perf_counter()
        for _ in range(epochs * 2 * config.batch // rows):
            for g in generators:
                torch.randn(rows, config.latent, generator=g)
        return time.perf_counter() - started

    def products_only() -> float:
        """The two products of a sweep epoch that carry nearly all its arithmetic, for every
        seed at once: G on the epoch's noise, and G's weight gradient."""
        sweep = SweepTrainer(config, list(range(seeds)), draw_worker=False)
        wg, bg = sweep.g_params  # (seeds, latent, width), (seeds, 1, width)
        b, k = config.batch, config.d_steps
        noise = torch.randn(seeds, (k + 1) * b, config.latent)
        z, grad = noise[:, k * b :], torch.randn(seeds, b, wg.shape[-1])
        started = time.perf_counter()
        for _ in range(epochs):
            torch.baddbmm(bg, noise, wg)
            z.transpose(1, 2).bmm(grad)
        return time.perf_counter() - started

    app_every, lab_every = report_interval(config), config.report_every
    pairs = [
        (epochs / project_book(epochs, "cpu"), swept(app_every), swept(lab_every))
        for _ in range(repeats)
    ]
    single = med(p[0] for p in pairs)
    floor = med([noise_only() for _ in range(repeats)])
    products = med([products_only() for _ in range(repeats)])
    print(
        f"\na2. {seeds}-seed book sweep, {epochs:,} epochs, vs one single run (median of "
        f"{repeats} runs one after the other; the seeds' batches drawn "
        f"{'on a second core' if cores_available() > 1 else 'inline (one core)'})"
        f"   target <= 4x\n"
        f"    one single run {single:.2f} s\n"
    )
    for name, col in (
        (f"{SWEEP_REPORTS} reports (the window, train --seeds)", 1),
        (f"a report every {lab_every} epochs (lab check)", 2),
    ):
        ratios = sorted(p[col] / p[0] for p in pairs)
        print(
            f"    {name}: {med(p[col] for p in pairs):.2f} s = {med(ratios):.2f}x"
            f"   (pairs: {', '.join(f'{r:.2f}' for r in ratios)})"
        )
    print(
        f"    the seeds' own latent noise alone ({seeds} x {2 * config.batch} x {config.latent} "
        f"normals an epoch, one core) takes {floor:.2f} s = {floor / single:.2f}x a single run"
    )
    cores = cores_available()
    least = (floor + products) / cores
    print(
        f"    with the seeds' two big products alone ({products:.2f} s, one core): "
        f"{floor + products:.2f} s of arithmetic; on {cores} cores no sweep ends under "
        f"{least:.2f} s = {least / single:.2f}x a single run"
    )


def window_ratio(repeats: int) -> None:
    """The window's training speed against headless (see tests/bench_gui.py)."""
    from core.engine.presets import make_config
    from tests.bench_gui import gui_run, headless_eps, percentile

    config = make_config("book", device="cpu")
    head, gui, p99 = [], [], []
    for _ in range(repeats):  # in pairs, one after the other, as (a)
        head.append(headless_eps(config))
        eps, late, _ = gui_run(config)
        gui.append(eps)
        p99.append(percentile(late, 0.99))
    ratios = sorted(g / h for g, h in zip(gui, head))
    print(
        f"\nd. book preset, {config.epochs:,} epochs, set-up included: headless "
        f"{med(head):,.0f}/s, in the window with live plots {med(gui):,.0f}/s, ratio "
        f"{med(ratios):.2f}, the median of {repeats} pairs ({', '.join(f'{r:.2f}' for r in ratios)})"
        f" (target >= 0.90); GUI timer lateness p99 {med(p99):.1f} ms (target <= 50)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--skip-app", action="store_true")
    parser.add_argument(
        "--training-only", action="store_true", help="only (a), (a2) and the window's ratio"
    )
    parser.add_argument(
        "--profile", action="store_true", help="only profile 2,000 book epochs and exit"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # (d) runs the window in-process
    torch.set_num_threads(1)
    from core.engine.process import prepare_for_training

    prepare_for_training()  # as the command line and the window do at their start
    if args.profile:
        profile_book_epochs(2000, "cpu")
        return
    warnings.filterwarnings("ignore", message="Creating a tensor from a list of numpy")
    devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
    print(
        f"machine: {os.cpu_count()} cores, torch {torch.__version__}, 1 intra-op thread, "
        f"CUDA: {torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'none'}"
    )

    print(
        f"\na. training, book mathematics, {args.epochs} epochs, {args.repeats} pairs run one "
        "after the other (chapter, project); medians, and the median of the pairs' ratios"
    )
    print(f"   {'device':8}{'chapter loop':>14}{'project book':>14}{'ratio':>8}   target >= 8x")
    for dev in devices:
        # interleaved: a slower spell of a shared machine hits both sides of a pair
        pairs = [
            (chapter_loop(args.epochs, dev), project_book(args.epochs, dev))
            for _ in range(args.repeats)
        ]
        ch, ours = med(c for c, _ in pairs), med(o for _, o in pairs)
        ratios = sorted(o / c for c, o in pairs)
        print(
            f"   {dev:8}{ch:>11,.0f}/s{ours:>11,.0f}/s{med(ratios):>7.2f}x"
            f"   (pairs: {', '.join(f'{r:.2f}' for r in ratios)})"
        )

    whole_process(args.epochs, args.repeats)
    sweep_ratio(args.epochs, args.repeats)
    if args.training_only:
        window_ratio(args.repeats)
        return

    from core.engine.presets import PRESETS

    print(
        f"\nb. time to quality on the book task (strict >= 99.5%, TV <= 0.03), "
        f"{args.seeds} seeds, CPU"
    )
    for name in PRESETS:
        times = [time_to_quality(name, s) for s in range(args.seeds)]
        got = [t for t in times if t is not None]
        text = f"median {med(got):.2f} s" if len(got) > args.seeds // 2 else "never (median)"
        print(
            f"   {name:10}{text:>20}   reached in {len(got)}/{args.seeds} seeds"
            + ("   target <= 1 s" if name == "default" else "")
        )

    from core.engine.sampling import _threads

    print(
        "\nc. sampling an opened num_gen.pt, 1,000,000 samples, decoded integers per second, "
        f"median of {args.repeats}; all {_threads()} cores unless said"
    )
    print(f"   {'':14}{'chapter':>12}{'project':>12}{'ratio':>7}{'1 thread':>12}   target")
    for dev in devices:
        for preset in ("book", "default"):
            r = sampling_rates(1_000_000, dev, preset, args.repeats)
            print(
                f"   {dev:5}{preset:9}{r['chapter']:>10,.0f}/s{r['ours']:>10,.0f}/s"
                f"{r['ours'] / r['chapter']:>6.2f}x{r['ours, 1 thread']:>10,.0f}/s   >= 2,000,000/s"
            )
    print(
        "   chapter: torch.jit.load + G(torch.randn(N, L)) + data_to_num (argmax only);"
        " project: safe open, seeded chunks on a thread per core, decisive flags"
    )

    if not args.skip_app:
        painted, ready = app_start(args.repeats)
        print(f"\nd. the app (QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")
        print(
            f"   process start -> window painted {painted:.2f} s (target <= 1.0), "
            f"-> torch and plots loaded {ready:.2f} s"
        )
        window_ratio(args.repeats)
        print("\ne. peak memory (max RSS, fresh process)")
        for preset in ("book", "default"):
            print(
                f"   headless training, {preset:8} {peak_rss_mb(TRAIN_CODE.format(preset=preset)):>7.0f} MB"
            )
        print(f"   the app training the book preset {peak_rss_mb(APP_CODE):>7.0f} MB")


if __name__ == "__main__":
    main()
