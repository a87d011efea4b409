"""Reading a file the user named, in bounded time and memory.

A path may name a FIFO (a read would wait for a writer for ever), a device (``/dev/zero``
never ends), or a file far larger than anything the app reads. The file is opened without
blocking, checked with ``fstat`` on the open descriptor (no race between a check and the open),
and read with a byte budget.
"""

from __future__ import annotations

import os
import stat


class UnreadableFile(OSError):
    """The path cannot be read as a small regular file; ``str()`` says why in words."""


def _regular_by_name(path: str | os.PathLike[str]) -> None:
    """Without a non-blocking open, a device or pipe is refused by its name's stat first (the
    descriptor's fstat still checks again after the open)."""
    info = os.stat(path)  # FileNotFoundError and others as the open would raise them
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFile("is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile("is not a regular file (a device or pipe)")


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes."""
    nonblock = getattr(os, "O_NONBLOCK", None)
    try:
        if nonblock is None:  # Windows: no non-blocking open, so refuse by stat before opening
            _regular_by_name(path)
        flags = os.O_RDONLY | (nonblock or 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except UnreadableFile:
        raise
    except FileNotFoundError:
        raise UnreadableFile("no such file") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder, not a file") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot read it: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile("is not a regular file (a device or pipe)")
        if info.st_size > limit:
            raise UnreadableFile(f"{info.st_size:,} bytes is more than it can be ({limit:,})")
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while being read
            raise UnreadableFile(f"more than {limit:,} bytes")
        return b"".join(chunks)
    except OSError as exc:
        if isinstance(exc, UnreadableFile):
            raise
        raise UnreadableFile(f"cannot read it: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
