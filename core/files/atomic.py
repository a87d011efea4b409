"""Writing files the way a classroom needs: whole or not at all, readable by others.

``write_atomic`` serialises nothing itself: it takes bytes, writes them to a temporary file in
the target's folder, fsyncs, and renames it over the target, so a failed save (a full disk, no
permission) leaves any previous file untouched. ``mkstemp`` creates its file 0600 whatever the
umask (a lab saved into a shared folder would be unreadable by the students), so the file is
given the mode a plain ``open()`` would have given it: 0666 less the user's umask.

Only a regular file or a new name is ever replaced: a symlink, FIFO or device at the target is
refused (as root, ``--out /dev/null`` would otherwise replace the device node). Temporary
files of our own naming left by a killed save are removed on the next save into that folder.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

from core.files.errors import GeneratorFileError
from core.teaching.words import QT_TRANSLATE_NOOP, Said

TMP_SUFFIX = ".tmp"
STALE_TMP_SECONDS = 600  # older temporaries were left by a crash, whoever wrote them
ORPHAN_TMP_SECONDS = 60  # a temporary without a writer's process id: a minute is plenty


def user_umask() -> int:
    """The process's umask, read without changing it where the system says it."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: the classic read-and-restore
    os.umask(mask)
    return mask


def file_mode() -> int:
    return 0o666 & ~user_umask()


def folder_mode() -> int:
    return 0o777 & ~user_umask()


def check_destination(target: str | os.PathLike[str]) -> Path:
    """Refuse a destination that cannot or must not be written: a folder, a missing folder, a
    symlink or special file, a name too long for the system. Returns the path."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:  # a name too long, a folder we may not search
        raise GeneratorFileError(
            target,
            Said(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "cannot write there: {0}"),
                (exc.strerror or exc,),
            ),
        ) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise GeneratorFileError(
                target,
                Said("Errors", QT_TRANSLATE_NOOP("Errors", "is a folder; choose a file name")),
            )
        if stat.S_ISLNK(info.st_mode):
            raise GeneratorFileError(
                target,
                Said(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "is a symbolic link; choose the file itself"),
                ),
            )
        if not stat.S_ISREG(info.st_mode):
            raise GeneratorFileError(
                target,
                Said(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "is not a regular file (a device or pipe)"),
                ),
            )
    if not folder.is_dir():
        raise GeneratorFileError(
            target,
            Said("Errors", QT_TRANSLATE_NOOP("Errors", "the folder {0} does not exist"), (folder,)),
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise GeneratorFileError(
            target,
            Said(
                "Errors", QT_TRANSLATE_NOOP("Errors", "the folder {0} is not writable"), (folder,)
            ),
        )
    return target


def write_atomic(target: str | os.PathLike[str], data: bytes) -> None:
    """Write bytes to ``target`` through a temporary file and ``os.replace``."""
    target = check_destination(target)
    folder = target.parent if str(target.parent) else Path(".")
    _remove_stale_temporaries(folder, target.name)
    tmp_name = None
    try:
        # the writer's process id in the name: a later save can tell a temporary whose writer
        # was killed (remove it) from one another process is writing now (leave it)
        prefix = f".{target.name}.{os.getpid()}-"
        fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=TMP_SUFFIX, dir=folder)
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):  # POSIX (Windows only from Python 3.13)
                os.fchmod(fh.fileno(), file_mode())
            else:
                os.chmod(tmp_name, file_mode())
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise GeneratorFileError(
            target,
            Said("Errors", QT_TRANSLATE_NOOP("Errors", "cannot save: {0}"), (exc.strerror or exc,)),
        ) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _remove_stale_temporaries(folder: Path, name: str) -> None:
    """Temporaries of ours (``.NAME.PID-xxxxxxxx.tmp``) whose writer is gone: its process no
    longer exists (POSIX), or the file is older than ``STALE_TMP_SECONDS`` (a reused process
    id), or it carries no process id (an older naming) and is older than a minute. A temporary
    another process is writing now is never touched."""
    now = time.time()
    try:
        candidates = list(folder.glob(f".{glob_escape(name)}.*{TMP_SUFFIX}"))
    except OSError:
        return
    prefix = len(name) + 2  # ".NAME."
    for path in candidates[:100]:
        try:
            info = os.lstat(path)
            if not stat.S_ISREG(info.st_mode):
                continue
            age = now - info.st_mtime
            pid_text = path.name[prefix:].partition("-")[0]
            pid = int(pid_text) if pid_text.isdigit() and "-" in path.name[prefix:] else None
            if pid is None:
                stale = age > ORPHAN_TMP_SECONDS
            else:
                stale = age > STALE_TMP_SECONDS or writer_gone(pid)
            if stale:
                path.unlink()
        except OSError:
            pass


def writer_gone(pid: int) -> bool:
    """The process ``pid`` no longer exists (POSIX only: elsewhere nobody is known gone, and
    ``os.kill`` would not just ask)."""
    if os.name != "posix" or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists (owned by another user) or we may not ask
        return False
    return False


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)
