"""Hostile and malformed generator files: each is refused (or opened) within a few seconds and
bounded memory, in one line, and never certified "opened safely" while it holds other code."""

from __future__ import annotations

import json
import resource
import time
import zipfile

import pytest
import torch
from torch import nn

from core.engine.presets import make_config
from core.engine.trainer import Trainer
from core.files.genfile import GeneratorFileError, UntrustedFileError, open_generator, save_trained
from tests import hostile
from tests.test_cli import run

MAX_SECONDS = 5.0
MAX_GROWTH_MB = 400


@pytest.fixture(scope="module")
def genuine(tmp_path_factory):
    """A real book generator file to craft from."""
    path = tmp_path_factory.mktemp("genuine") / "num_gen.pt"
    save_trained(path, Trainer(make_config("book", epochs=2, eval_samples=10)))
    return path


def refused_quickly(path, match: str, error=GeneratorFileError) -> str:
    """Open ``path``: it must fail with ``error`` naming ``match``, fast and small; the
    message is one line."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.process_time()  # CPU time: a loaded machine cannot stretch it
    with pytest.raises(error, match=match) as failure:
        open_generator(path)
    assert time.process_time() - started < MAX_SECONDS
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - rss < MAX_GROWTH_MB
    message = str(failure.value)
    assert "\n" not in message
    return message


def test_a_pickle_memo_tree_of_2_to_the_40_nodes_is_refused(genuine, tmp_path):
    data = hostile.member(genuine, "data.pkl")
    path = hostile.rezip(genuine, tmp_path / "tree.pt", {data: hostile.shared_tree_pickle(40)})
    assert path.stat().st_size < 30_000
    refused_quickly(path, "appears twice", UntrustedFileError)


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_compressions_torchscript_never_writes_are_refused(genuine, tmp_path, method):
    data = hostile.member(genuine, "data.pkl")
    path = hostile.rezip(genuine, tmp_path / "c.pt", {data: b"\0" * 50_000_000}, {data: method})
    refused_quickly(path, "compression TorchScript never writes")


def test_a_deflate_bomb_is_read_with_a_budget(genuine, tmp_path):
    data = hostile.member(genuine, "data.pkl")
    bomb = {data: b"\0" * 200_000_000}
    path = hostile.rezip(genuine, tmp_path / "d.pt", bomb, {data: zipfile.ZIP_DEFLATED})
    assert path.stat().st_size < 1_000_000
    refused_quickly(path, "larger than a generator needs", UntrustedFileError)


def test_an_honest_but_huge_code_member_is_refused(genuine, tmp_path):
    code = hostile.code_member(genuine)
    big = {code: b"# " + b"x" * 3_000_000 + b"\n"}
    path = hostile.rezip(genuine, tmp_path / "big.pt", big, {code: zipfile.ZIP_DEFLATED})
    refused_quickly(path, "code is|larger than a generator needs", UntrustedFileError)


def test_a_stride_zero_tensor_is_refused_not_cloned(tmp_path):
    path = hostile.stride_zero(tmp_path / "s.pt")
    assert path.stat().st_size < 10_000
    refused_quickly(path, "stride 0", UntrustedFileError)


def test_a_duplicate_member_name_is_refused_before_any_check(genuine, tmp_path):
    """An edited linear.py first and the genuine one second: zipfile reads the last copy,
    torch.jit.load the first. Such an archive is refused outright."""
    name = hostile.code_member(genuine)
    edited = zipfile.ZipFile(genuine).read(name).replace(b"return", b"return 0 *")
    path = hostile.rezip(genuine, tmp_path / "dup.pt", prepend=[(name, edited)])
    refused_quickly(path, "two members with the same name")
    code, _, err = run("info", str(path))
    assert code == 1 and "same name" in err and err.count("\n") == 1


def test_an_encrypted_member_is_refused(genuine, tmp_path):
    name = hostile.member(genuine, "data.pkl")
    path = hostile.rezip(genuine, tmp_path / "e.pt", encrypted=name)
    refused_quickly(path, "encrypted")


@pytest.mark.parametrize(
    "edit,match",
    [
        (lambda m: "[" * 100_000 + "]" * 100_000, "not valid JSON|nested"),
        (
            lambda m: json.dumps({**m, "seed": 0}).replace('"seed": 0', '"seed": ' + "9" * 5000),
            "not valid JSON",
        ),
        (
            lambda m: json.dumps({**m, "range": [0, 1e999]}).replace("Infinity", "Infinity"),
            "incomplete or invalid",
        ),
        (
            lambda m: json.dumps(
                {**m, "x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}
            ),
            "nested",
        ),
    ],
    ids=["100k-deep", "5000-digit-int", "infinite-range", "40-deep"],
)
def test_malformed_metadata_is_one_line(genuine, tmp_path, edit, match):
    meta = hostile.member(genuine, "patterngan.json")
    original = json.loads(zipfile.ZipFile(genuine).read(meta))
    path = hostile.rezip(genuine, tmp_path / "m.pt", {meta: edit(original).encode()})
    refused_quickly(path, match)


def test_metrics_that_are_not_numbers_are_dropped_and_info_is_one_screen(genuine, tmp_path):
    meta = hostile.member(genuine, "patterngan.json")
    original = json.loads(zipfile.ZipFile(genuine).read(meta))
    bad = {**original, "metrics": {"strict_validity": "lots", "tv": "<b>"}}
    path = hostile.rezip(genuine, tmp_path / "m.pt", {meta: json.dumps(bad).encode()})
    assert open_generator(path).metadata["metrics"] == {}
    code, out, err = run("info", str(path))
    assert code == 0 and err == ""


def test_layers_that_do_not_fit_together_are_refused_at_open(tmp_path):
    refused_quickly(hostile.misfit_layers(tmp_path / "misfit.pt"), "do not fit together")


def test_head_sizes_that_do_not_match_the_outputs_are_refused_at_open(tmp_path):
    from core.models import HeadSoftmax

    g = nn.Sequential(nn.Linear(100, 25), HeadSoftmax([20, 4]))
    torch.jit.script(g).save(str(tmp_path / "heads.pt"))
    refused_quickly(tmp_path / "heads.pt", "do not fit together")


def test_eval_against_a_pattern_wider_than_the_codec_is_one_line(genuine, tmp_path, capsys):
    meta = hostile.member(genuine, "patterngan.json")
    small = json.loads(zipfile.ZipFile(genuine).read(meta))
    small.update(R=50, range=[0, 50])  # metadata claiming a smaller codec range
    path = hostile.rezip(genuine, tmp_path / "r.pt", {meta: json.dumps(small).encode()})
    for argv in (("--range", "0:500"), ("--range", "0:100")):
        code, _, err = run("eval", str(path), "--pattern", "odd", *argv)
        err += capsys.readouterr().err  # argparse's usage errors go to the real stderr
        assert code in (1, 2) and err.count("\n") == 1 and "Traceback" not in err


def test_text_from_a_file_reaches_the_terminal_as_one_clean_line(tmp_path):
    weird = tmp_path / "evil\x1b[31m\nname.pt"
    weird.write_text("not a generator")
    code, _, err = run("info", str(weird))
    assert code == 1 and err.count("\n") == 1 and "\x1b" not in err and "\\x1b" in err


def test_a_pattern_past_its_codecs_range_is_refused_at_open(genuine, tmp_path):
    """multiples:5 in [0, 50) with R = 25: info would show it and eval would index past the
    codec's outcomes; it is refused in one line before either."""
    meta = hostile.member(genuine, "patterngan.json")
    original = json.loads(zipfile.ZipFile(genuine).read(meta))
    bad = {**original, "codec": "qr:5", "R": 100, "range": [0, 150]}  # the book's 25 outputs
    path = hostile.rezip(genuine, tmp_path / "m.pt", {meta: json.dumps(bad).encode()})
    message = refused_quickly(path, "past its codec's range")
    assert "[0, 100)" in message
    code, _, err = run("eval", str(path))
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
