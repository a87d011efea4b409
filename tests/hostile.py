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
