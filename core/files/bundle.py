"""Run bundles: one folder with everything about a run, for a lab report or a grader.

A bundle is written into a temporary folder beside its final place and renamed into place only
when every file is on disk, so a failed export (a full disk, a read-only folder) leaves no
half-written bundle behind and never touches an existing folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from core.engine.words import QT_TRANSLATE_NOOP, Said, said_error
from core.files.atomic import folder_mode

BUNDLE_FILES = (
    "config.json",  # the run's set-up (TrainConfig fields)
    "metrics.csv",  # one row per report
    "plots.png",  # the live plots as shown
    "samples_log.txt",  # each report's latest 10 numbers
    "num_gen.pt",  # the generator (TorchScript + metadata)
)


class BundleError(OSError):
    """The bundle could not be written; nothing was left behind."""


def free_name(parent: Path, name: str) -> Path:
    """``parent/name``, or ``parent/name-2``, ``-3``, ... if that exists already."""
    target = parent / name
    n = 2
    while target.exists():
        target = parent / f"{name}-{n}"
        n += 1
    return target


def write_bundle(parent: str | os.PathLike[str], name: str, files: dict[str, bytes]) -> Path:
    """Write ``files`` (file name -> content) as a new folder ``parent/name``; return it."""
    parent = Path(parent)
    if not parent.is_dir():
        said = QT_TRANSLATE_NOOP("Errors", "{0}: not a folder")
        raise said_error(BundleError, Said("Errors", said, (parent,)))
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=parent))
        os.chmod(tmp, folder_mode())  # mkdtemp makes it 0700 whatever the umask
    except OSError as exc:
        said = QT_TRANSLATE_NOOP("Errors", "cannot write in {0}: {1}")
        raise said_error(BundleError, Said("Errors", said, (parent, exc.strerror or exc))) from None
    try:
        for file_name, data in files.items():
            with open(tmp / file_name, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        target = free_name(parent, name)
        os.replace(tmp, target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        where = getattr(exc, "filename", None) or parent
        said = Said(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "could not write the bundle in {0}: {1}"),
            (where, exc.strerror or exc),
        )
        raise said_error(BundleError, said) from None
    return target
