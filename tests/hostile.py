"""Builders of hostile and odd generator files, for the safe-open tests.

Each writes a file that ``torch.jit.load`` would let act (writing a marker file of the
attacker's choosing); the tests prove that opening and sampling it through the project never
lets that happen.
"""

from __future__ import annotations

import io
import pickle
import zipfile
from pathlib import Path

import torch
from torch import nn


class SetstateWriter(nn.Module):
    """Writes ``<target>.load`` the moment torch.jit.load restores it."""

    def __init__(self, target: str) -> None:
        super().__init__()
        self.weight = torch.zeros(25, 100)
        self.target = target

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(x @ self.weight.t())

    @torch.jit.export
    def __getstate__(self) -> tuple[str, bool, torch.Tensor]:
        return (self.target, self.training, self.weight)

    @torch.jit.export
    def __setstate__(self, state: tuple[str, bool, torch.Tensor]) -> None:
        self.target = state[0]
        self.training = state[1]
        self.weight = state[2]
        torch.save(torch.zeros(1), self.target + ".load")


class ForwardWriter(nn.Module):
    """Writes ``<target>.fwd`` whenever it is sampled."""

    def __init__(self, target: str) -> None:
        super().__init__()
        self.lin = nn.Linear(100, 25)
        self.target = target

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        torch.save(x, self.target + ".fwd")
        return torch.relu(self.lin(x))


def scripted(module: nn.Module, path: Path) -> Path:
    torch.jit.script(module).save(str(path))
    return path


def masquerading_linear(path: Path, target: str) -> Path:
    """A chapter-style file whose 'Linear' code was edited to write ``<target>.fwd``."""
    buf = io.BytesIO()
    torch.jit.save(torch.jit.script(nn.Sequential(nn.Linear(100, 25), nn.ReLU())), buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for info in src.infolist():
            data = src.read(info)
            if (
                "/code/" in info.filename
                and "linear" in info.filename
                and info.filename.endswith(".py")
            ):
                text = data.decode()
                text = text.replace(
                    "    input: Tensor) -> Tensor:\n",
                    f'    input: Tensor) -> Tensor:\n    torch.save(input, "{target}.fwd")\n',
                    1,
                )
                data = text.encode()
            out.writestr(info, data)
    return path


def with_cuda_locations(src: Path, path: Path) -> Path:
    """A copy of ``src`` whose tensors say they were saved on cuda:0."""
    z = zipfile.ZipFile(src)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for info in z.infolist():
            data = z.read(info)
            if info.filename.endswith("/data.pkl"):
                data = data.replace(b"X\x03\x00\x00\x00cpu", b"X\x06\x00\x00\x00cuda:0")
                assert b"cuda:0" in data
            out.writestr(info, data)
    return path


class _RunsCode:
    def __init__(self, target: str) -> None:
        self.target = target

    def __reduce__(self):
        return (open, (self.target + ".pickle", "w"))


def code_running_pickle(path: Path, target: str) -> Path:
    path.write_bytes(pickle.dumps(_RunsCode(target)))
    return path


def code_running_torch_save(path: Path, target: str) -> Path:
    """A torch.save zip archive whose data.pkl would call open() when unpickled."""
    torch.save({"weight": torch.zeros(25, 100)}, path)
    z = zipfile.ZipFile(path)
    members = {i.filename: z.read(i) for i in z.infolist()}
    root = next(iter(members)).split("/")[0]
    members[f"{root}/data.pkl"] = pickle.dumps(_RunsCode(target), protocol=2)
    # make it look like TorchScript too: a code folder
    members[f"{root}/code/__torch__/x.py"] = b"class X(Module):\n  pass\n"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return path


# -- bounded work (crafted archives) --------------------------------------------------------
def rezip(
    src: Path,
    dst: Path,
    replace: dict[str, bytes] | None = None,
    compression: dict[str, int] | None = None,
    prepend: list[tuple[str, bytes]] | None = None,
    encrypted: str | None = None,
) -> Path:
    """A copy of a generator archive with members replaced, recompressed, duplicated ahead
    (``prepend``: written before the genuine ones) or flagged encrypted."""
    import warnings
    import zipfile

    replace, compression = replace or {}, compression or {}
    with (
        zipfile.ZipFile(src) as zin,
        zipfile.ZipFile(dst, "w") as zout,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": the point of prepend
        for name, data in prepend or []:
            zout.writestr(zipfile.ZipInfo(name), data)
        for info in zin.infolist():
            data = replace.get(info.filename, zin.read(info.filename))
            out = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            out.compress_type = compression.get(info.filename, zipfile.ZIP_STORED)
            zout.writestr(out, data)
    if encrypted is not None:  # set the "encrypted" bit of that member's headers
        raw = bytearray(dst.read_bytes())
        key = encrypted.encode()
        for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            start = 0
            while (i := raw.find(sig, start)) >= 0:
                name_at = i + (30 if sig == b"PK\x03\x04" else 46)
                if raw[name_at : name_at + len(key)] == key:
                    raw[i + flag_at] |= 0x1
                start = i + 4
        dst.write_bytes(bytes(raw))
    return dst


def member(path: Path, suffix: str) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return next(n for n in z.namelist() if n.endswith(suffix))


def shared_tree_pickle(depth: int = 40) -> bytes:
    """A data.pkl of 2^depth Sequential nodes in a few KB: every level names the one below
    twice through the pickle memo (a walk that does not notice never returns)."""
    import struct

    def text(s: str) -> bytes:
        b = s.encode()
        return b"X" + struct.pack("<I", len(b)) + b

    def put(i: int) -> bytes:
        return b"r" + struct.pack("<I", i)

    def get(i: int) -> bytes:
        return b"j" + struct.pack("<I", i)

    out = b"\x80\x02c__torch__.torch.nn.modules.activation\nReLU\n)\x81}b" + put(0)
    for i in range(1, depth + 1):
        out += b"c__torch__.torch.nn.modules.container\nSequential\n)\x81}("
        out += text("0") + get(i - 1) + text("1") + get(i - 1) + b"ub" + put(i)
    return out + b"."


def stride_zero(path: Path, n: int = 15_000) -> Path:
    """A 'Linear' whose n x n weight is one stored float repeated (stride 0): a few KB that a
    careless open would clone into n * n floats (5.4 GB at 15,000)."""
    g = nn.Sequential(nn.Linear(4, 25), nn.ReLU())
    g[0].weight = nn.Parameter(torch.zeros(1).expand(n, n), requires_grad=False)
    torch.jit.script(g).save(str(path))
    return path


def misfit_layers(path: Path) -> Path:
    """Layers that do not fit together: Linear(100, 30) then Linear(40, 25)."""
    torch.jit.script(nn.Sequential(nn.Linear(100, 30), nn.Linear(40, 25), nn.ReLU())).save(
        str(path)
    )
    return path


def code_member(path: Path) -> str:
    """The name of a code member of a generator archive (names vary with what the saving
    process compiled before)."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        return next(n for n in z.namelist() if "/code/" in n and n.endswith(".py"))
