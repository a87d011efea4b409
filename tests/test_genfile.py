"""Generator files: save, safe open, and every bad input named in the issue."""

import errno
import json
import os
import time
import zipfile

import numpy as np
import pytest
import torch
from torch import nn

from core.engine.codecs import Codec
from core.engine.presets import PRESETS, make_config
from core.engine.sampling import sample_outputs
from core.engine.trainer import Trainer, train
from core.files.genfile import (
    MAX_FILE_BYTES,
    GeneratorFileError,
    UntrustedFileError,
    chapter_lines,
    open_generator,
    save_trained,
)
from tests import hostile


def chapter_data_to_num(data):
    """The chapter's decoder, as printed there."""
    multiple = torch.argmax(data[:, :20], dim=-1)
    remainder = torch.argmax(data[:, 20:], dim=-1)
    return multiple * 5 + remainder


@pytest.fixture(scope="module")
def trained():
    """A short run of each preset on the book task."""
    out = {}
    for name in PRESETS:
        extra = {"batch": 64, "pack": 4} if name == "default" else {}
        out[name] = train(make_config(name, epochs=40, report_every=20, eval_samples=500, **extra))
    return out


@pytest.mark.parametrize("preset", list(PRESETS))
def test_every_preset_saves_and_opens_safely(trained, preset, tmp_path):
    trainer, report = trained[preset]
    path = save_trained(tmp_path / "num_gen.pt", trainer, report)
    g = open_generator(path)
    assert not g.trusted and not g.inferred
    assert g.codec == trainer.codec and g.latent_size == trainer.latent_size
    assert g.pattern.spec == "multiples:5" and (g.pattern.lo, g.pattern.hi) == (0, 50)
    meta = g.metadata
    assert meta["preset"] == preset and meta["epochs_trained"] == 40 and meta["seed"] == 0
    assert meta["config"]["batch"] == trainer.config.batch
    assert meta["metrics"]["strict_validity"] == report.metrics.strict_validity
    assert {"patterngan", "torch", "python"} <= set(meta["versions"]) and meta["date"]
    # the reopened generator is the same function as the in-process one
    a = g.sample_outputs(500, seed=7)
    b = sample_outputs(trainer.generator.cpu(), trainer.latent_size, 500, seed=7)
    assert np.array_equal(a, b)


@pytest.mark.parametrize("preset", list(PRESETS))
def test_saved_file_works_with_the_chapters_two_lines(trained, preset, tmp_path):
    trainer, report = trained[preset]
    path = save_trained(tmp_path / "num_gen.pt", trainer, report)
    new_G = torch.jit.load(str(path), map_location="cpu")
    new_G.eval()
    noise = torch.randn(10, 100)  # exactly as the chapter writes it, whatever the preset
    nums = chapter_data_to_num(new_G(noise))
    assert nums.shape == (10,) and ((0 <= nums) & (nums < 100)).all()
    own = noise[:, : trainer.latent_size]  # the generator reads the columns it needs
    assert torch.equal(new_G(noise), trainer.generator.cpu()(own))
    gen = open_generator(path)
    assert not gen.trusted and gen.latent_size == trainer.latent_size
    assert chapter_lines(gen)[1] == "G(torch.randn(10, 100))"


def test_chapter_made_file_opens_with_inferred_settings(tmp_path):
    G = nn.Sequential(nn.Linear(100, 25), nn.ReLU())
    torch.jit.script(G).save(str(tmp_path / "num_gen.pt"))
    g = open_generator(tmp_path / "num_gen.pt")
    assert g.inferred and not g.trusted
    assert g.codec == Codec("qr", 100, 5) and g.latent_size == 100
    assert any("inferred" in n for n in g.notes)
    z = torch.randn(10, 100)
    assert torch.equal(g.module(z), G(z))
    assert g.sample(10, seed=0).numbers.shape == (10,)


def test_chapter_style_onehot_file_infers_onehot(tmp_path):
    torch.jit.script(nn.Sequential(nn.Linear(64, 100), nn.ReLU())).save(str(tmp_path / "g.pt"))
    g = open_generator(tmp_path / "g.pt")
    assert g.codec == Codec("onehot", 100) and g.latent_size == 64 and g.inferred


def test_output_width_matching_no_codec(tmp_path):
    torch.jit.script(nn.Sequential(nn.Linear(100, 26), nn.ReLU())).save(str(tmp_path / "g.pt"))
    with pytest.raises(GeneratorFileError, match="26 values, which matches no codec"):
        open_generator(tmp_path / "g.pt")


# -- bad input: each a one-line error naming the file --------------------------------------


def _refused(path, match, cls=GeneratorFileError):
    started = time.process_time()  # CPU time: a loaded machine cannot stretch it
    with pytest.raises(cls, match=match) as info:
        open_generator(path)
    assert time.process_time() - started < 5
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    return message


def test_missing_path(tmp_path):
    _refused(tmp_path / "nope.pt", "no such file")


def test_directory(tmp_path):
    _refused(tmp_path, "is a folder")


def test_empty_file(tmp_path):
    (tmp_path / "e.pt").write_bytes(b"")
    _refused(tmp_path / "e.pt", "empty")


def test_random_bytes(tmp_path):
    (tmp_path / "r.pt").write_bytes(np.random.default_rng(0).bytes(5000).replace(b"PK", b"QQ"))
    _refused(tmp_path / "r.pt", "unrecognised binary data")


def test_text_file(tmp_path):
    (tmp_path / "t.pt").write_text("these are my notes\n")
    _refused(tmp_path / "t.pt", "text file")


def test_truncated_archive(trained, tmp_path):
    trainer, report = trained["default"]
    good = save_trained(tmp_path / "good.pt", trainer, report).read_bytes()
    (tmp_path / "cut.pt").write_bytes(good[: len(good) // 2])
    _refused(tmp_path / "cut.pt", "truncated or damaged")


def test_zip_without_a_model(tmp_path):
    with zipfile.ZipFile(tmp_path / "z.pt", "w") as z:
        z.writestr("archive/readme.txt", "hello")
    _refused(tmp_path / "z.pt", "holds no model")


def test_torch_save_state_dict(tmp_path):
    torch.save(nn.Linear(100, 25).state_dict(), tmp_path / "sd.pt")
    _refused(tmp_path / "sd.pt", "torch.save file")


def test_pickle_that_would_run_code_is_not_run(tmp_path):
    target = str(tmp_path / "pwned")
    _refused(hostile.code_running_pickle(tmp_path / "p.pt", target), "pickle")
    _refused(
        hostile.code_running_torch_save(tmp_path / "q.pt", target),
        "cannot be opened safely",
        UntrustedFileError,
    )
    assert not os.path.exists(target + ".pickle")


def test_setstate_code_is_not_run_at_open(tmp_path):
    target = str(tmp_path / "pwned")
    path = hostile.scripted(hostile.SetstateWriter(target), tmp_path / "s.pt")
    _refused(path, "unknown type", UntrustedFileError)
    assert not os.path.exists(target + ".load")


def test_forward_code_is_not_run_at_open_or_sampling(tmp_path):
    target = str(tmp_path / "pwned")
    path = hostile.scripted(hostile.ForwardWriter(target), tmp_path / "f.pt")
    _refused(path, "unknown type", UntrustedFileError)
    # a file that keeps the known class names but edits their code
    masked = hostile.masquerading_linear(tmp_path / "m.pt", target)
    _refused(masked, "code differs", UntrustedFileError)
    assert not os.path.exists(target + ".fwd")


def test_trust_runs_the_file_and_says_so(tmp_path):
    target = str(tmp_path / "pwned")
    path = hostile.scripted(hostile.ForwardWriter(target), tmp_path / "f.pt")
    g = open_generator(path, trust=True)
    assert g.trusted and "torch.jit.load" in g.notes[0]
    g.sample(3, seed=0)
    assert os.path.exists(target + ".fwd")  # trusting really runs its code: that is the point


def test_file_over_the_size_cap_is_not_read(tmp_path, monkeypatch):
    big = tmp_path / "big.pt"
    with open(big, "wb") as fh:
        fh.write(b"PK\x03\x04")
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("read a file over the cap"))
    try:
        _refused(big, "over the 64 MiB limit")
    finally:
        monkeypatch.setattr("builtins.open", real_open)


def test_file_saved_on_cuda_opens_on_cpu(trained, tmp_path):
    trainer, report = trained["book"]
    src = save_trained(tmp_path / "cpu.pt", trainer, report)
    cuda = hostile.with_cuda_locations(src, tmp_path / "cuda.pt")
    g = open_generator(cuda)
    assert next(g.module.parameters()).device.type == "cpu"
    assert np.array_equal(g.sample_outputs(50, 1), open_generator(src).sample_outputs(50, 1))


def test_newer_format_and_bad_metadata(trained, tmp_path):
    trainer, report = trained["book"]
    path = save_trained(tmp_path / "g.pt", trainer, report)
    z = zipfile.ZipFile(path)
    members = {i.filename: z.read(i) for i in z.infolist()}
    meta_name = next(n for n in members if n.endswith("extra/patterngan.json"))
    for payload, match in [
        (json.dumps({"format": "patterngan-generator", "format_version": 99}), "newer"),
        (b"{not json", "not valid JSON"),
        (json.dumps({**json.loads(members[meta_name]), "codec": "onehot"}), "outputs 25"),
    ]:
        members[meta_name] = payload.encode() if isinstance(payload, str) else payload
        with zipfile.ZipFile(tmp_path / "bad.pt", "w") as out:
            for n, d in members.items():
                out.writestr(n, d)
        _refused(tmp_path / "bad.pt", match)


# -- atomic save -----------------------------------------------------------------------------


def test_failed_save_leaves_previous_file_untouched(trained, tmp_path, monkeypatch):
    trainer, report = trained["book"]
    path = save_trained(tmp_path / "num_gen.pt", trainer, report)
    before = path.read_bytes()

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    other, other_report = trained["default"]
    with pytest.raises(GeneratorFileError, match="No space left on device"):
        save_trained(path, other, other_report)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["num_gen.pt"]  # no temp file left


def test_save_into_missing_folder_or_onto_a_folder(trained, tmp_path):
    trainer, report = trained["book"]
    with pytest.raises(GeneratorFileError, match="does not exist"):
        save_trained(tmp_path / "no" / "g.pt", trainer, report)
    with pytest.raises(GeneratorFileError, match="is a folder"):
        save_trained(tmp_path, trainer, report)


def test_a_wide_input_that_disagrees_with_its_generator_is_refused(tmp_path):
    from core.models import WideInput

    path = tmp_path / "odd.pt"
    torch.jit.script(WideInput(nn.Sequential(nn.Linear(16, 25), nn.ReLU()), 5)).save(str(path))
    with pytest.raises(GeneratorFileError, match="do not fit together|reads 5 columns"):
        open_generator(path)


def test_a_file_needing_over_100_inputs_names_its_own_width(tmp_path):
    from core.engine.presets import make_config
    from core.engine.trainer import Trainer

    trainer = Trainer(make_config("book", latent=120, epochs=1, eval_samples=10))
    gen = open_generator(save_trained(tmp_path / "wide.pt", trainer))
    assert chapter_lines(gen)[1] == "G(torch.randn(10, 120))"


def test_code_check_ignores_class_order_and_temporary_numbering():
    """TorchScript numbers temporaries across a file in the order classes were compiled, which
    depends on what the process compiled before (seen on torch 2.1: a file saved in one process
    was refused in another). The check compares classes, temporaries renumbered."""
    from core.files.generator_read import _normalise_code

    a = "class A(Module):\n  def forward(self):\n    _0 = f()\n    return _0\nclass B(Module):\n  def forward(self):\n    _1 = g()\n    return _1\n"
    b = "class B(Module):\n  def forward(self):\n    _0 = g()\n    return _0\nclass A(Module):\n  def forward(self):\n    _1 = f()\n    return _1\n"
    assert set(_normalise_code(a)) == set(_normalise_code(b))
    c = a.replace("return _0", "return _1")  # not a renaming: another meaning
    assert set(_normalise_code(c)) != set(_normalise_code(a))


@pytest.mark.parametrize(
    "preset,pattern,hi", [("book", "multiples:5", 50), ("default", "odd", 100)]
)
def test_the_chapters_two_lines_run_as_pasted_and_a_wide_g_says_its_width(
    tmp_path, monkeypatch, preset, pattern, hi
):
    """``info``'s and the Sampling tab's lines run in a fresh namespace (no ``device``); a
    file that needs more than the chapter's 100 inputs says so in words when given 100."""
    import warnings

    path = tmp_path / "num_gen.pt"
    save_trained(
        path, Trainer(make_config(preset, pattern=pattern, hi=hi, codec="onehot", epochs=2))
    )
    gen = open_generator(path)
    load, sample = chapter_lines(gen)
    monkeypatch.chdir(tmp_path)
    namespace = {"torch": torch}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        exec(load, namespace)  # noqa: S102 - the very text the user is told to paste
        out = eval(sample, namespace)  # noqa: S307
        assert out.shape == (10, gen.codec.width)
        if gen.latent_size > 100:
            with pytest.raises(Exception, match=f"needs {gen.latent_size} noise values a sample"):
                namespace["G"](torch.randn(10, 100))
