"""Opening generator files without running their code (the restricted reader).

A saved file is a TorchScript archive that the chapter's own two lines can load and sample;
everything the app needs to use it again rides inside as ``extra/patterngan.json``.

Opening: ``torch.jit.load`` executes code stored in the archive (a scripted ``__setstate__``
runs at load time, a scripted ``forward`` at sampling). PyTorch documents TorchScript files as
executable code, and students open files they were sent. So :func:`open_generator` never calls
``torch.jit.load``, ``torch.load(weights_only=False)`` or ``pickle.load`` on the file. It

1. checks the file before reading it (exists, regular file, size cap, zip magic, members);
2. unpickles ``data.pkl`` with a restricted unpickler that knows tensor storages and the layer
   classes this project uses, and refuses any other global;
3. rebuilds those layers locally from the weights, then checks that the archive's code is
   exactly the code TorchScript generates for the rebuilt layers (so a file that keeps the
   known class names but changes what they do is refused too).

Only when the user explicitly trusts a file (``trust=True``) is ``torch.jit.load`` used.
"""

from __future__ import annotations

import io
import json
import math
import os
import pickle
import re
import zipfile
import zlib
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from core.engine.codecs import Codec, Decoded, parse_codec
from core.engine.noise import NOISE_KINDS
from core.engine.patterns import BOOK_PATTERN, BOOK_RANGE, Pattern, parse_pattern
from core.engine.sampling import sample_decoded, sample_outputs
from core.files.errors import GeneratorFileError
from core.files.generator_save import (
    CHAPTER_LATENT,
    FORMAT,
    FORMAT_VERSION,
    META_NAME,
    _quiet_jit,
    architecture_of,
    build_metadata,
    sampling_lines,
    script_bytes,
)
from core.files.reading import UnreadableFile, read_regular_file
from core.models import LEAKY_SLOPE, CheckedInput, GumbelGenerator, HeadSoftmax, WideInput
from core.teaching.words import QT_TRANSLATE_NOOP, Said

MAX_FILE_BYTES = 64 * 1024 * 1024  # far above any generator this app makes (~3 MB at R=10,000)

MAX_MEMBERS = 256

MAX_META_BYTES = 1024 * 1024

MAX_PICKLE_BYTES = 1024 * 1024  # data.pkl of the largest generator here is ~1 KB

MAX_CODE_BYTES = 1024 * 1024  # all code members together (a generator's is a few KB)

MAX_NODES = 1_000  # modules in a generator's tree (the largest has ~10)

MAX_ELEMENTS = 16 * 1024 * 1024  # elements in one tensor (64 MiB of float32, the file cap)

MAX_JSON_DEPTH = 32  # nesting of the metadata (it uses 3)

MAX_INPUTS = 1_000_000  # latent size of a wrapped generator (a CheckedInput), at most


class UntrustedFileError(GeneratorFileError):
    """The file is a TorchScript archive this project cannot rebuild safely.

    Opening it would mean running code stored in it; pass ``trust=True`` only if the user
    explicitly accepts that.
    """


def chapter_lines(gen: GeneratorFile) -> tuple[str, str]:
    """The chapter's two lines, as they sample this file (shown by ``info`` and the GUI)."""
    columns = CHAPTER_LATENT if isinstance(gen.module, WideInput) else gen.latent_size
    if gen.trusted:
        columns = gen.latent_size
    return sampling_lines(Path(gen.path).name, max(columns, gen.latent_size), gen.noise)


@dataclass
class GeneratorFile:
    """A generator opened from disk, ready to sample on the CPU."""

    path: str
    module: nn.Module  # rebuilt locally (or a trusted ScriptModule)
    codec: Codec
    pattern: Pattern
    latent_size: int
    metadata: dict[str, Any]  # the file's JSON, or {} for a file without one
    inferred: bool  # codec / pattern / latent were inferred from shapes (no metadata)
    trusted: bool  # opened with torch.jit.load at the user's explicit request
    notes: list[str] = field(default_factory=list)  # what the user should know

    @property
    def architecture(self) -> dict[str, Any]:
        if self.trusted:
            return self.metadata.get("architecture") or {"kind": "unknown (trusted TorchScript)"}
        return architecture_of(self.module)

    @property
    def noise(self) -> str:
        """The latent noise G was trained on ("normal" for files that do not say)."""
        kind = self.metadata.get("noise")
        return kind if kind in NOISE_KINDS else "normal"

    def sample_outputs(self, count: int, seed: int | None = None) -> np.ndarray:
        """Raw generator outputs for ``count`` seeded latent vectors (``core.engine.sampling``)."""
        return sample_outputs(self.module, self.latent_size, count, seed, self.noise)

    def sample(self, count: int, seed: int | None = None) -> Decoded:
        """Decoded numbers and decisive flags for ``count`` samples."""
        return sample_decoded(self.module, self.codec, self.latent_size, count, seed, self.noise)


_STORAGE_DTYPES = {
    "FloatStorage": torch.float32,
    "DoubleStorage": torch.float64,
    "HalfStorage": torch.float16,
    "BFloat16Storage": torch.bfloat16,
    "LongStorage": torch.int64,
    "IntStorage": torch.int32,
    "BoolStorage": torch.bool,
}

_MANGLE = re.compile(r"\.?___torch_mangle_\d+")

_TEMPORARY = re.compile(r"\b_\d+\b")  # TorchScript's temporaries: _0, _1, ...


class _Stub:
    """A scripted module as data: its class name and pickled attributes, nothing callable."""

    qualname = ""

    def __init__(self) -> None:
        self.state: dict[str, Any] = {}

    def __setstate__(self, state: Any) -> None:  # called by pickle's BUILD, never by the file
        if not isinstance(state, dict):
            raise pickle.UnpicklingError("module state is not a dictionary")
        self.state = state


_KNOWN_CLASSES = {
    "torch.nn.modules.container.Sequential",
    "torch.nn.modules.linear.Linear",
    "torch.nn.modules.activation.ReLU",
    "torch.nn.modules.activation.LeakyReLU",
    "torch.nn.modules.activation.Sigmoid",
    "torch.nn.modules.activation.Tanh",
    "core.models.HeadSoftmax",
    "core.models.GumbelGenerator",
    "core.models.WideInput",
    "core.models.CheckedInput",
}


class _RestrictedUnpickler(pickle.Unpickler):
    """Unpickles a TorchScript ``data.pkl`` into stubs and tensors; any other global refuses."""

    def __init__(self, data: bytes, read_storage: Any) -> None:
        super().__init__(io.BytesIO(data))
        self._read_storage = read_storage
        self._stub_classes: dict[str, type] = {}

    def find_class(self, module: str, name: str) -> Any:
        if module == "torch._utils" and name == "_rebuild_tensor_v2":
            return _rebuild_tensor
        if module == "torch" and name in _STORAGE_DTYPES:
            return _STORAGE_DTYPES[name]
        if module == "collections" and name == "OrderedDict":
            return OrderedDict
        if module == "torch.jit._pickle" and name in ("build_intlist", "build_doublelist"):
            return list
        if module.startswith("__torch__."):
            qualname = _MANGLE.sub("", f"{module[len('__torch__.') :]}.{name}")
            if qualname in _KNOWN_CLASSES:
                if qualname not in self._stub_classes:
                    self._stub_classes[qualname] = type(name, (_Stub,), {"qualname": qualname})
                return self._stub_classes[qualname]
            raise pickle.UnpicklingError(f"it contains a module of unknown type {qualname!r}")
        raise pickle.UnpicklingError(f"it refers to {module}.{name}, which a generator never needs")

    def persistent_load(self, pid: Any) -> Any:
        if not (isinstance(pid, tuple) and len(pid) == 5 and pid[0] == "storage"):
            raise pickle.UnpicklingError("it has a tensor reference of an unknown form")
        _, dtype, key, _location, numel = pid
        if not isinstance(dtype, torch.dtype) or not isinstance(numel, int):
            raise pickle.UnpicklingError("it has a malformed tensor storage")
        # the location (e.g. "cuda:0") is ignored: everything is restored on the CPU
        return self._read_storage(str(key), dtype, numel)


def _rebuild_tensor(
    storage: torch.Tensor, offset: int, size: Any, stride: Any, *_: Any
) -> torch.Tensor:
    size, stride = tuple(size), tuple(stride)
    if not all(isinstance(v, int) and v >= 0 for v in (offset, *size, *stride)):
        raise pickle.UnpicklingError("it has a malformed tensor shape")
    if len(size) != len(stride) or len(size) > 8:
        raise pickle.UnpicklingError("it has a malformed tensor shape")
    if any(st == 0 and s > 1 for s, st in zip(size, stride)):
        raise pickle.UnpicklingError("a tensor repeats one value (stride 0): weights never do")
    elements = math.prod(size)
    if elements > min(storage.numel(), MAX_ELEMENTS):
        raise pickle.UnpicklingError("a tensor is larger than its stored data")
    needed = offset + sum((s - 1) * st for s, st in zip(size, stride)) + 1 if all(size) else 0
    if needed > storage.numel():
        raise pickle.UnpicklingError("a tensor points past the end of its storage")
    return torch.as_strided(storage, size, stride, offset).clone()


def describe_bytes(head: bytes) -> Said:
    """What a file that is not a zip archive looks like, in words (``str()``: English)."""
    if not head:
        return Said("Errors", QT_TRANSLATE_NOOP("Errors", "the file is empty"))
    if head[:1] == b"\x80":
        return Said(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "it is a Python pickle, not a TorchScript archive (refused: unpickling runs code)",
            ),
        )
    if head.startswith(b"\x89PNG"):
        return Said(
            "Errors", QT_TRANSLATE_NOOP("Errors", "it is a PNG image, not a generator file")
        )
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return Said(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors", "it holds unrecognised binary data, not a generator file (no zip header)"
            ),
        )
    if text.lstrip().startswith(("{", "[")):
        return Said(
            "Errors", QT_TRANSLATE_NOOP("Errors", "it is a text (JSON) file, not a generator file")
        )
    return Said("Errors", QT_TRANSLATE_NOOP("Errors", "it is a text file, not a generator file"))


def open_generator(path: str | os.PathLike[str], *, trust: bool = False) -> GeneratorFile:
    """Open a generator file safely (see the module docstring).

    Raises GeneratorFileError (one line naming the file and the problem) for anything that is
    not a generator; UntrustedFileError for TorchScript that cannot be rebuilt safely, unless
    ``trust`` is True, in which case ``torch.jit.load`` runs it and the result says so.
    """
    name = str(path)
    try:  # opened without blocking, checked on the descriptor, read with a budget
        blob = read_regular_file(path, MAX_FILE_BYTES)
    except UnreadableFile as exc:
        problem = str(exc)
        if problem.startswith("is a folder"):
            problem = Said(
                "Errors", QT_TRANSLATE_NOOP("Errors", "is a folder, not a generator file")
            )
        elif "more than it can be" in problem or problem.startswith("more than"):
            said = QT_TRANSLATE_NOOP("Errors", "is over the {0} MiB limit for a generator file")
            problem = Said("Errors", said, (MAX_FILE_BYTES // 2**20,))
        raise GeneratorFileError(name, problem) from None
    return open_generator_bytes(name, blob, trust=trust)


def open_generator_bytes(name: str, blob: bytes, *, trust: bool = False) -> GeneratorFile:
    """Open a generator held in memory (a member of a session file) as safely as a file."""
    if len(blob) > MAX_FILE_BYTES:
        raise GeneratorFileError(
            name,
            Said(
                "Errors", QT_TRANSLATE_NOOP("Errors", "is over the size limit for a generator file")
            ),
        )
    if blob[:4] != b"PK\x03\x04":
        raise GeneratorFileError(name, describe_bytes(blob[:64]))
    try:
        archive = zipfile.ZipFile(io.BytesIO(blob))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise GeneratorFileError(
            name,
            Said("Errors", QT_TRANSLATE_NOOP("Errors", "it is a truncated or damaged zip archive")),
        ) from None

    try:
        return _open_archive(name, archive, members, blob, trust)
    except GeneratorFileError:
        raise
    except (zipfile.BadZipFile, EOFError, KeyError, zlib.error):
        raise GeneratorFileError(
            name,
            Said("Errors", QT_TRANSLATE_NOOP("Errors", "it is a truncated or damaged zip archive")),
        ) from None


def _open_archive(
    name: str, archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], blob: bytes, trust: bool
) -> GeneratorFile:
    if len(members) > MAX_MEMBERS:
        said = QT_TRANSLATE_NOOP("Errors", "the archive has {0} members; a generator has few")
        raise GeneratorFileError(name, Said("Errors", said, (len(members),)))
    if sum(m.file_size for m in members) > 4 * MAX_FILE_BYTES:
        raise GeneratorFileError(
            name,
            Said(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "the archive unpacks to more than a generator could need"
                ),
            ),
        )
    names = [m.filename for m in members]
    if len(set(names)) != len(names):
        # zipfile reads the last copy of a name, torch the first: the check and the chapter's
        # torch.jit.load would read different code
        raise GeneratorFileError(
            name,
            Said(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "the archive has two members with the same name"),
            ),
        )
    for m in members:
        if m.flag_bits & 0x1:
            raise GeneratorFileError(
                name,
                Said("Errors", QT_TRANSLATE_NOOP("Errors", "the archive has an encrypted member")),
            )
        if m.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise GeneratorFileError(
                name,
                Said(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the archive uses a compression TorchScript never writes (a re-packed or "
                        "crafted file)",
                    ),
                ),
            )
    roots = {n.split("/", 1)[0] for n in names}
    if len(roots) != 1 or any("/" not in n for n in names):
        raise GeneratorFileError(
            name,
            Said(
                "Errors", QT_TRANSLATE_NOOP("Errors", "it is a zip archive, but not a PyTorch file")
            ),
        )
    root = roots.pop()
    has = set(names)
    if f"{root}/data.pkl" not in has:
        raise GeneratorFileError(
            name,
            Said("Errors", QT_TRANSLATE_NOOP("Errors", "it is a zip archive that holds no model")),
        )
    if not any(n.startswith(f"{root}/code/") for n in names):
        raise GeneratorFileError(
            name,
            Said(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "it is a torch.save file (a state dict or pickled object), not a TorchScript "
                    "generator; save the generator with torch.jit.script(G).save(...)",
                ),
            ),
        )
    metadata = _read_metadata(name, archive, root, has)

    def read_storage(key: str, dtype: torch.dtype, numel: int) -> torch.Tensor:
        member = f"{root}/data/{key}"
        if member not in has:
            raise pickle.UnpicklingError(f"a tensor's data ({member}) is missing")
        if not 0 <= numel <= MAX_ELEMENTS:
            raise pickle.UnpicklingError("a tensor is larger than a generator could need")
        raw = _read_member(archive, member, MAX_ELEMENTS * 8)
        itemsize = torch.empty(0, dtype=dtype).element_size()
        if len(raw) < numel * itemsize:
            raise pickle.UnpicklingError(f"a tensor's data ({member}) is truncated")
        return (
            torch.frombuffer(bytearray(raw[: numel * itemsize]), dtype=dtype)
            if numel
            else torch.empty(0, dtype=dtype)
        )

    try:
        code_bytes = sum(m.file_size for m in members if m.filename.startswith(f"{root}/code/"))
        if code_bytes > MAX_CODE_BYTES:
            raise _Mismatch(f"its code is {code_bytes:,} bytes; a generator's is a few thousand")
        pickled = _read_member(archive, f"{root}/data.pkl", MAX_PICKLE_BYTES)
        tree = _RestrictedUnpickler(pickled, read_storage).load()
        constants = (
            _RestrictedUnpickler(
                _read_member(archive, f"{root}/constants.pkl", MAX_PICKLE_BYTES), read_storage
            ).load()
            if f"{root}/constants.pkl" in has
            else ()
        )
        if constants not in ((), []):
            raise pickle.UnpicklingError("it stores constants that the known layers never have")
        module = _rebuild(tree, _Walk())
        _check_code(archive, root, names, module)
    except (
        pickle.UnpicklingError,
        _Mismatch,
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
        RuntimeError,
        EOFError,
        RecursionError,
        MemoryError,
        OverflowError,
    ) as exc:
        problem = str(exc) or type(exc).__name__
        if trust:
            return _open_trusted(name, blob, metadata, problem)
        said = QT_TRANSLATE_NOOP(
            "Errors",
            "cannot be opened safely: {0}. It may run its own code when loaded; open it only if "
            "you trust where it came from (--trust)",
        )
        raise UntrustedFileError(name, Said("Errors", said, (problem,))) from None
    return _finish(name, module, metadata, trusted=False)


def _read_member(archive: zipfile.ZipFile, member: str, limit: int) -> bytes:
    """A member's bytes, read with a budget (a header may lie about the size)."""
    with archive.open(member) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise pickle.UnpicklingError(f"{member.split('/', 1)[-1]} is larger than a generator needs")
    return data


class _Walk:
    """The modules met while rebuilding: a bounded tree, each node met once (a pickle's memo can
    make a 21 KB file name the same node 2^40 times)."""

    def __init__(self) -> None:
        self.seen: set[int] = set()

    def visit(self, node: Any) -> None:
        if id(node) in self.seen:
            raise _Mismatch("a module appears twice in the tree (layers are never shared)")
        self.seen.add(id(node))
        if len(self.seen) > MAX_NODES:
            raise _Mismatch("the tree has more modules than a generator could have")


class _Mismatch(Exception):
    """The archive is not made of the known layers in a known arrangement."""


def _read_metadata(name: str, archive: zipfile.ZipFile, root: str, has: set[str]) -> dict[str, Any]:
    member = f"{root}/extra/{META_NAME}"
    if member not in has:
        return {}
    try:
        raw = _read_member(archive, member, MAX_META_BYTES)
    except pickle.UnpicklingError:
        raise GeneratorFileError(
            name, Said("Errors", QT_TRANSLATE_NOOP("Errors", "its metadata is implausibly large"))
        ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # bad JSON, 5,000-digit numbers
        raise GeneratorFileError(
            name,
            Said(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "its metadata (patterngan.json) is not valid JSON"),
            ),
        ) from None
    if _depth(data) > MAX_JSON_DEPTH:
        raise GeneratorFileError(
            name,
            Said("Errors", QT_TRANSLATE_NOOP("Errors", "its metadata is nested implausibly deep")),
        )
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise GeneratorFileError(
            name, Said("Errors", QT_TRANSLATE_NOOP("Errors", "its metadata is not PatternGAN's"))
        )
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        said = QT_TRANSLATE_NOOP(
            "Errors", "it was saved in format {0}, newer than this app reads ({1})"
        )
        raise GeneratorFileError(name, Said("Errors", said, (repr(version), FORMAT_VERSION)))
    metrics = data.get("metrics")
    if not isinstance(metrics, dict) or not all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
        for v in metrics.values()
    ):
        data["metrics"] = {}  # shown, never trusted: drop what is not plain numbers
    return data


def _depth(value: Any) -> int:
    """Nesting depth of parsed JSON, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            break
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def _stub_state(node: Any, qualname: str) -> dict[str, Any]:
    if not isinstance(node, _Stub) or node.qualname != qualname:
        found = getattr(node, "qualname", type(node).__name__)
        raise _Mismatch(f"expected a {qualname.rsplit('.', 1)[-1]}, found {found}")
    return node.state


def _tensor(state: dict[str, Any], key: str, ndim: int) -> torch.Tensor:
    t = state.get(key)
    if not isinstance(t, torch.Tensor) or t.dim() != ndim or not t.is_floating_point():
        raise _Mismatch(f"a layer's {key} is missing or has the wrong shape")
    return t.float()


def _rebuild(node: Any, walk: _Walk) -> nn.Module:
    """A local module equivalent to the stub tree, or _Mismatch."""
    qualname = getattr(node, "qualname", None)
    if qualname is None:
        raise _Mismatch("the archive's root object is not a module")
    walk.visit(node)
    state = node.state
    if qualname == "torch.nn.modules.container.Sequential":
        keys = [k for k in state if k not in ("training", "_is_full_backward_hook")]
        if keys != [str(i) for i in range(len(keys))] or not keys:
            raise _Mismatch("a Sequential has unexpected attributes")
        return nn.Sequential(*[_rebuild(state[k], walk) for k in keys])
    if qualname == "torch.nn.modules.linear.Linear":
        w, b = _tensor(state, "weight", 2), _tensor(state, "bias", 1)
        if b.shape[0] != w.shape[0]:
            raise _Mismatch("a Linear layer's weight and bias disagree")
        layer = nn.Linear(w.shape[1], w.shape[0])
        with torch.no_grad():
            layer.weight.copy_(w)
            layer.bias.copy_(b)
        return layer
    simple = {
        "torch.nn.modules.activation.ReLU": nn.ReLU,
        "torch.nn.modules.activation.Sigmoid": nn.Sigmoid,
        "torch.nn.modules.activation.Tanh": nn.Tanh,
    }
    if qualname in simple:
        return simple[qualname]()
    if qualname == "torch.nn.modules.activation.LeakyReLU":
        return nn.LeakyReLU(LEAKY_SLOPE)  # the slope is in the code, which _check_code compares
    if qualname == "core.models.HeadSoftmax":
        return HeadSoftmax(_int_list(state.get("heads")))
    if qualname == "core.models.GumbelGenerator":
        heads = _int_list(state.get("heads"))
        code, tau = state.get("code"), state.get("tau")
        if not isinstance(code, int) or code < 0 or not isinstance(tau, float) or tau <= 0:
            raise _Mismatch("a GumbelGenerator has invalid settings")
        bias = _tensor(state, "bias", 1)
        net = _rebuild(state.get("net"), walk) if code > 0 else nn.Sequential()
        module = GumbelGenerator(code, heads, (), tau)
        module.net = net
        if bias.shape[0] != sum(heads):
            raise _Mismatch("a GumbelGenerator's bias does not match its heads")
        with torch.no_grad():
            module.bias.copy_(bias)
        return module
    if qualname in ("core.models.WideInput", "core.models.CheckedInput"):
        wide = qualname == "core.models.WideInput"
        inputs = state.get("inputs")
        low, high = (1, CHAPTER_LATENT) if wide else (CHAPTER_LATENT + 1, MAX_INPUTS)
        if not isinstance(inputs, int) or not low <= inputs <= high:
            raise _Mismatch(f"a {qualname.rsplit('.', 1)[1]} has an invalid input count")
        inner = state.get("net")
        if getattr(inner, "qualname", None) in (
            "core.models.WideInput",
            "core.models.CheckedInput",
        ):
            raise _Mismatch("an input wrapper wraps another")
        return (WideInput if wide else CheckedInput)(_rebuild(inner, walk), inputs)
    raise _Mismatch(f"unexpected module type {qualname}")  # pragma: no cover (unpickler refuses)


def _int_list(value: Any) -> list[int]:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, int) and 1 <= v <= 100_000 for v in value)
    ):
        raise _Mismatch("a layer's head sizes are invalid")
    return list(value)


def _normalise_code(text: str) -> list[str]:
    """A code file's classes, each with what varies between identical saves removed.

    TorchScript names repeated classes ``___torch_mangle_N``, lists a class's attribute
    declarations in hash order (seen: LeakyReLU's two constants swap between processes), and
    numbers temporaries ``_0, _1, ...`` across a whole file in the order its classes were
    compiled (which depends on what the process compiled before: seen on torch 2.1). So
    mangles are dropped, a file is cut into its classes, each class's declaration lines are
    sorted and its temporaries renumbered from ``_0`` in order of appearance (a consistent
    renaming: the code means the same); method bodies keep their order.
    """
    chunks: list[list[str]] = [[]]
    for line in _MANGLE.sub("", text).strip().splitlines():
        if line.startswith("class "):
            chunks.append([])
        chunks[-1].append(line.rstrip())
    return [_normalise_class(chunk) for chunk in chunks if chunk]


def _normalise_class(lines: list[str]) -> str:
    out: list[str] = []
    header: list[str] = []
    for line in lines:
        if line.startswith("  ") and not line.startswith(("  def ", "   ")):
            header.append(line)  # a class-level declaration
            continue
        out.extend(sorted(header))
        header = []
        out.append(line)
    out.extend(sorted(header))
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        return names.setdefault(match.group(0), f"_{len(names)}")

    return _TEMPORARY.sub(rename, "\n".join(out))


def _code_texts(archive: zipfile.ZipFile, root: str, names: list[str]) -> set[str]:
    prefix = f"{root}/code/"
    texts, budget = set(), MAX_CODE_BYTES
    for n in names:
        if n.startswith(prefix) and n.endswith(".py"):
            raw = _read_member(archive, n, budget)  # headers may lie about sizes
            budget -= len(raw)
            texts.update(_normalise_code(raw.decode("utf-8", errors="replace")))
    return texts


def _check_code(archive: zipfile.ZipFile, root: str, names: list[str], module: nn.Module) -> None:
    """Refuse an archive whose code is not what TorchScript makes of the rebuilt layers."""
    reference = zipfile.ZipFile(io.BytesIO(script_bytes(module, None)))
    ref_names = reference.namelist()
    ref_root = ref_names[0].split("/", 1)[0]
    expected = _code_texts(reference, ref_root, ref_names)
    found = _code_texts(archive, root, names)
    if not found:
        raise _Mismatch("it holds no model code")
    if not found <= expected:
        raise _Mismatch("its code differs from the known layers' code (it was not run)")


def _open_trusted(name: str, blob: bytes, metadata: dict[str, Any], problem: str) -> GeneratorFile:
    try:
        with _quiet_jit():
            module = torch.jit.load(io.BytesIO(blob), map_location="cpu")
        module.eval()
    except Exception as exc:  # noqa: BLE001 - any failure of foreign code is reported in words
        raise GeneratorFileError(
            name, f"could not be loaded even as trusted TorchScript: {exc}"
        ) from None
    result = _finish(name, module, metadata, trusted=True)
    result.notes.insert(0, f"opened as trusted TorchScript with torch.jit.load ({problem})")
    return result


def _io_sizes(module: nn.Module) -> tuple[int, int] | None:
    """(latent size, output width): the first 2-D weight's inputs, the last one's outputs."""
    weights = [p for p in module.parameters() if p.dim() == 2]
    if not weights:
        return None
    return weights[0].shape[1], weights[-1].shape[0]


def _finish(
    name: str, module: nn.Module, metadata: dict[str, Any], *, trusted: bool
) -> GeneratorFile:
    notes: list[str] = []
    inner = module.net if isinstance(module, WideInput) else module
    if isinstance(inner, GumbelGenerator):
        width = sum(inner.heads)
        latent = inner.code + width
    else:
        shapes = _io_sizes(module)
        if shapes is None:
            raise GeneratorFileError(
                name, Said("Errors", QT_TRANSLATE_NOOP("Errors", "it holds no layer with weights"))
            )
        latent, width = shapes
    _check_forward(name, module, latent, width)
    if isinstance(module, WideInput) and module.inputs != latent:
        raise GeneratorFileError(
            name, f"it reads {module.inputs} columns of z but its generator takes {latent}"
        )
    if metadata:
        try:
            lo, hi = metadata["range"]
            pattern = parse_pattern(metadata["pattern"], int(lo), int(hi))
            codec = parse_codec(metadata["codec"], int(metadata["R"]))
            saved_latent = int(metadata["latent_size"])
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise GeneratorFileError(
                name, f"its metadata is incomplete or invalid ({type(exc).__name__})"
            ) from None
        if codec.width != width:
            raise GeneratorFileError(
                name,
                f"its metadata says codec {codec.spec} ({codec.width} values) but G outputs {width}",
            )
        if saved_latent != latent:
            raise GeneratorFileError(
                name, f"its metadata says latent size {saved_latent} but G takes {latent}"
            )
        if pattern.hi > codec.R:  # every reader would index past the codec's outcomes
            raise GeneratorFileError(
                name,
                f"its metadata's pattern reaches {pattern.hi - 1}, past its codec's range "
                f"[0, {codec.R})",
            )
        return GeneratorFile(name, module, codec, pattern, latent, metadata, False, trusted, notes)
    # No metadata: a file made the chapter's way. Infer what the shapes allow.
    if width == 25:
        codec = Codec("qr", 100, 5)
    elif width == 100:
        codec = Codec("onehot", 100)
    else:
        raise GeneratorFileError(
            name,
            f"G outputs {width} values, which matches no codec (25 = qr:5, 100 = onehot over "
            "[0, 100)) and the file has no metadata to say otherwise",
        )
    pattern = parse_pattern(BOOK_PATTERN, *BOOK_RANGE)
    notes.append(
        f"no metadata: inferred codec {codec.spec}, R = 100 and latent size {latent} from the "
        f"layer shapes; pattern assumed to be the book's {pattern.describe()}"
    )
    return GeneratorFile(name, module, codec, pattern, latent, {}, True, trusted, notes)


def _check_forward(name: str, module: nn.Module, latent: int, width: int) -> None:
    """Run two samples through: layers that do not fit together are refused at open, not when
    a student samples."""
    try:
        with torch.no_grad():
            out = module(torch.zeros(2, latent))
    except (RuntimeError, ValueError, IndexError, TypeError) as exc:
        problem = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise GeneratorFileError(name, f"its layers do not fit together ({problem})") from None
    if tuple(out.shape) != (2, width):
        raise GeneratorFileError(
            name, f"its generator outputs {tuple(out.shape)}, not (N, {width})"
        )


def resave_metadata(gen: GeneratorFile) -> dict[str, Any]:
    """Metadata for saving an opened generator again: its own, or one describing it now."""
    if gen.metadata:
        return gen.metadata
    return build_metadata(
        pattern=gen.pattern,
        codec=gen.codec,
        latent_size=gen.latent_size,
        architecture=gen.architecture,
    )
