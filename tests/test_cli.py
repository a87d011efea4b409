"""The `patterngan` command line, in process (fast) and as a real subprocess (exit codes)."""

import io
import json
import os
import signal
import subprocess
import sys

import pytest
import torch
from torch import nn

from core.files.genfile import open_generator
from patterngan_gui.cli import main
from tests import hostile


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        code = main(list(argv), out, err)
    except SystemExit as exc:  # argparse usage errors
        code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def gen_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "num_gen.pt"
    code, out, _ = run(
        "train",
        "--preset",
        "default",
        "--epochs",
        "60",
        "--batch",
        "64",
        "--report-every",
        "20",
        "--seed",
        "3",
        "--out",
        str(path),
    )
    assert code == 0
    return path


def test_train_prints_chapter_like_lines_and_saves(gen_file):
    code, out, _ = run("train", "--epochs", "200", "--out", str(gen_file.parent / "b.pt"))
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("epoch")]
    assert len(lines) == 2 and "strict" in lines[0] and "TV" in lines[0] and "[" in lines[0]
    assert "saved" in out and (gen_file.parent / "b.pt").exists()
    assert "\ndevice: auto: " in out  # where it trained and why
    # and how: the book's networks on the fast path; the default preset's with autograd
    assert "\nsteps: the fast path: gradients written out, bit for bit autograd's\n" in out
    other = str(gen_file.parent / "c.pt")
    code, out, _ = run("train", "--preset", "default", "--epochs", "20", "--out", other)
    assert code == 0 and "\nsteps: autograd (torch's backward)\n" in out


def test_train_json_one_object_per_report(tmp_path):
    code, out, _ = run(
        "train",
        "--epochs",
        "30",
        "--report-every",
        "10",
        "--json",
        "--pattern",
        "odd",
        "--range",
        "0:60",
        "--out",
        str(tmp_path / "g.pt"),
    )
    assert code == 0
    objs = [json.loads(line) for line in out.splitlines()]
    reports = [o for o in objs if "numbers" in o]
    assert [r["epoch"] for r in reports] == [10, 20, 30]
    assert all(len(r["numbers"]) == 10 and r["samples"] > 0 for r in reports)
    assert objs[-1]["saved"] == str(tmp_path / "g.pt")
    g = open_generator(tmp_path / "g.pt")
    assert g.pattern.spec == "odd" and g.pattern.hi == 60


def test_sample_info_eval_agree_with_in_process_generator(gen_file):
    g = open_generator(gen_file)
    expected = g.sample(12, seed=5)
    code, out, _ = run("sample", str(gen_file), "-n", "4", "--count", "3", "--seed", "5", "--json")
    assert code == 0
    rows = json.loads(out)
    flat = [v for row in rows for v in row]
    assert flat == [int(n) if ok else None for n, ok in zip(expected.numbers, expected.decisive)]
    code, out, _ = run("sample", str(gen_file), "-n", "4", "--count", "3", "--seed", "5")
    assert [line.split() for line in out.splitlines()] == [
        ["?" if v is None else str(v) for v in r] for r in rows
    ]

    code, out, _ = run("info", str(gen_file), "--json")
    info = json.loads(out)
    assert info["codec"] == "qr:5" and info["R"] == 100 and not info["inferred"]
    assert info["metadata"]["preset"] == "default"
    assert info["chapter_lines"][1] == "G(torch.randn(10, 100))"  # not its 16 + 25 inputs
    code, out, _ = run("info", str(gen_file))
    assert "qr:5" in out and "safely" in out and "    G(torch.randn(10, 100))" in out

    from core.engine.metrics import evaluate_decoded

    d = g.sample(2000, seed=0)
    m = evaluate_decoded(d.numbers, d.decisive, g.pattern, g.codec.R)
    code, out, _ = run("eval", str(gen_file), "--samples", "2000", "--seed", "0", "--json")
    assert json.loads(out)["strict_validity"] == m.strict_validity
    assert json.loads(out)["tv"] == pytest.approx(m.tv)
    code, out, _ = run(
        "eval", str(gen_file), "--pattern", "even", "--range", "0:100", "--samples", "500"
    )
    assert code == 0 and "even in [0, 100)" in out


def test_sample_json_marks_undecided_as_null(tmp_path):
    G = nn.Sequential(nn.Linear(100, 25), nn.ReLU())
    with torch.no_grad():
        G[0].bias[20:] = -100.0  # remainder head always all zeros: never decisive
    torch.jit.script(G).save(str(tmp_path / "num_gen.pt"))
    code, out, err = run("sample", str(tmp_path / "num_gen.pt"), "--json", "--seed", "1")
    assert code == 0 and json.loads(out) == [[None] * 10]
    assert "inferred" in err


def test_bad_file_is_one_line_exit_1_no_traceback(tmp_path):
    (tmp_path / "notes.pt").write_text("hello")
    for cmd in ("sample", "info", "eval"):
        code, out, err = run(cmd, str(tmp_path / "notes.pt"))
        assert code == 1 and err.count("\n") == 1 and "notes.pt" in err and "Traceback" not in err


def test_hostile_file_refused_then_trusted(tmp_path):
    target = str(tmp_path / "pwned")
    path = hostile.scripted(hostile.ForwardWriter(target), tmp_path / "f.pt")
    code, _, err = run("sample", str(path))
    assert code == 1 and "--trust" in err and not os.path.exists(target + ".fwd")
    code, _, err = run("sample", str(path), "--trust", "--seed", "0")
    assert code == 0 and "trusted" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["train", "--batch", "0"],
        ["train", "--pattern", "cubes"],
        ["train", "--range", "5"],
        ["train", "--lr", "-1"],
        ["train", "--device", "tpu"],
        ["train", "--preset", "nope"],
        ["sample", "x.pt", "-n", "0"],
        ["eval", "x.pt", "--range", "0:10"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(argv):
    code, _, _ = run(*argv)
    assert code == 2


def test_help_explains_every_command():
    for cmd in ([], ["train"], ["sample"], ["info"], ["eval"], ["gui"]):
        proc = subprocess.run(
            [sys.executable, "-m", "patterngan_gui.cli", *cmd, "--help"],
            capture_output=True,
            text=True,
        )
        assert proc.returncode == 0 and "usage: patterngan" in proc.stdout
    proc = subprocess.run(
        [sys.executable, "-m", "patterngan_gui.cli", "train", "--help"],
        capture_output=True,
        text=True,
    )
    for opt in (
        "--preset",
        "--pattern",
        "--range",
        "--codec",
        "--epochs",
        "--batch",
        "--lr",
        "--seed",
        "--device",
        "--report-every",
        "--out",
        "--json",
    ):
        assert opt in proc.stdout


def test_real_process_exit_codes(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "patterngan_gui.cli", "info", str(tmp_path / "x.pt")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1 and proc.stderr.strip().endswith("no such file")
    assert "Traceback" not in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "patterngan_gui.cli", "train", "--epochs", "0"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and "epochs" in proc.stderr


def test_the_program_ends_at_once_and_loses_no_output(tmp_path):
    """`script()` skips the interpreter's teardown after a headless command: every line
    written to a pipe still arrives, in order, and the exit status is the command's."""
    out = tmp_path / "g.pt"
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    proc = subprocess.run(
        [sys.executable, "-m", "patterngan_gui.cli", "train", "--epochs", "300"]
        + ["--report-every", "100", "--json", "--out", str(out)],
        capture_output=True,
        text=True,
        env=buffered,  # a pipe's block buffer, as a shell gives it
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == 0 and proc.stderr == ""
    assert [line.get("epoch") for line in lines] == [100, 200, 300, 300]
    assert lines[-1]["saved"] == str(out) and out.stat().st_size > 0
    proc = subprocess.run(
        [sys.executable, "-m", "patterngan_gui.cli", "sample", str(tmp_path / "none.pt")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1 and proc.stderr.strip().endswith("no such file")


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_ctrl_c_or_a_shutdown_stops_cleanly_and_saves(tmp_path, sig):
    out = tmp_path / "num_gen.pt"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "patterngan_gui.cli",
            "train",
            "--epochs",
            "10000000",
            "--report-every",
            "100",
            "--out",
            str(out),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # wait for the first report line, then press Ctrl+C
    for line in proc.stdout:
        if line.startswith("epoch"):
            break
    proc.send_signal(getattr(signal, sig))
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "stopped at epoch" in rest and f"saved {out}" in rest
    assert open_generator(out).metadata["epochs_trained"] >= 100


@pytest.mark.parametrize(
    "argv",
    [
        ("train", "--epochs", "many"),
        ("bogus",),
        ("sample",),
        ("train", "--loss", "nope"),
        ("sweep", "--seeds", "x"),
    ],
)
def test_every_usage_error_is_one_line_with_exit_2(argv, capsys):
    code, out, err = run(*argv)
    captured = capsys.readouterr()  # argparse writes to sys.stderr itself
    text = err + captured.err
    assert code == 2 and text.count("\n") == 1 and "error:" in text and "usage" not in text


def test_results_on_a_folder_without_results_is_a_failure(tmp_path):
    code, out, err = run("results", str(tmp_path))
    assert code == 1 and out == "" and "no .pgresult files" in err and err.count("\n") == 1


def test_gui_check_opens_trains_saves_and_reopens_then_exits_0(tmp_path):
    """`patterngan gui --check`: what a lab's IT runs on a new machine (and the kit's test)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "patterngan_gui.cli", "gui", "--check"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("window ok on offscreen: trained 200 epochs on cpu")
    assert [p.name for p in tmp_path.glob("patterngan-check-*/num_gen.pt")] == ["num_gen.pt"]
