"""A briefing's input files, found and read safely.

A briefing is often someone else's repository, so nothing it holds may make a
build read beyond it: a file or folder whose real path lies outside its
bound (the briefing's root, or the shipped theme's folder) is refused, and so
are special files (a FIFO would hang the build, a device never end) and files
over a size cap, of which at most the cap and one byte are ever read. Load,
render and the build cache all find input files through `walk`, so that they
agree on what a briefing's inputs are.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from generator.diagnostics import Diagnostic, Location

OUTSIDE = "symlink to outside the briefing"
LOOP = "symlink loop (the link leads back to itself)"
BROKEN = "broken symlink (nothing at its target)"
# Curated YAML and templates: generous for text written by hand.
FILE_LIMIT = 2048 * 1024
# Static files may be images or fonts.
STATIC_LIMIT = 16 * 1024 * 1024
# How input files are opened: never waiting for a FIFO's writer, never taking a terminal.
OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)

_KINDS = (
    (stat.S_ISFIFO, "FIFO"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISDIR, "folder"),
)


class Refused(Exception):
    """An input file that is not read, and why."""

    def __init__(self, path: Path | str, message: str):
        super().__init__(message)
        self.diagnostic = Diagnostic(Location(Path(path)), message)


def bound(folder: Path | str) -> str:
    """The real path that files found under `folder` must stay inside."""
    return os.path.realpath(folder)


def _inside(real: str, limit: str) -> bool:
    return real == limit or real.startswith(limit.rstrip(os.sep) + os.sep)


def _special(mode: int) -> str:
    """'' for a regular file; otherwise what the file is, for a message."""
    if stat.S_ISREG(mode):
        return ""
    for test, name in _KINDS:
        if test(mode):
            return f"not a regular file ({name})"
    return "not a regular file"


def _kind_of(path: str) -> str:
    """'' for a regular file; otherwise why it is not read."""
    try:
        return _special(os.stat(path).st_mode)
    except OSError as exc:
        return LOOP if exc.errno == errno.ELOOP else f"cannot read file: {exc.strerror}"


def _resolve(path: str, limit: str) -> tuple[str, str]:
    """A symlink's real path and '' if it may be read, or ('', why not)."""
    try:
        real = os.path.realpath(path, strict=True)
    except OSError as exc:
        return "", LOOP if exc.errno == errno.ELOOP else BROKEN
    return (real, "") if _inside(real, limit) else ("", OUTSIDE)


def walk(folder: Path | str, limit: str, recursive: bool = True) -> Iterator[tuple[str, os.DirEntry | None, str]]:
    """Each file under `folder`, in no set order, as (path, entry, problem); `problem` is '' for a regular file safe to read.

    Symlinks are followed only to what lies inside `limit` (a `bound`), and
    each folder is walked once, however many links lead to it: a link back to
    a folder on the way down is a problem, one to a folder walked already is
    passed over. Without `recursive`, subfolders are passed over. A problem
    with `folder` itself comes as (folder, None, problem); a folder that is
    not there, as nothing.
    """
    folder = os.fspath(folder)
    if not os.path.lexists(folder):
        return iter(())
    real, problem = _resolve(folder, limit)
    if not problem and not os.path.isdir(real):
        problem = _kind_of(real)
    if problem:
        return iter([(folder, None, problem)])
    return _walk(folder, real, limit, recursive, {real})


def _walk(folder: str, real: str, limit: str, recursive: bool, seen: set[str]):
    later = []
    try:
        with os.scandir(folder) as found:
            for entry in found:
                # The common case costs no system call: scandir tells the type.
                if entry.is_file(follow_symlinks=False):
                    yield entry.path, entry, ""
                elif entry.name != "__pycache__":
                    later.append(entry)
    except OSError:
        return
    # Folders in order of name: which of two links to one folder walks it must not vary.
    for entry in sorted(later, key=lambda e: e.name):
        try:
            if not entry.is_symlink():
                if entry.is_dir(follow_symlinks=False):
                    target = real + os.sep + entry.name
                    if recursive and target not in seen:
                        seen.add(target)
                        yield from _walk(entry.path, target, limit, recursive, seen)
                else:
                    yield entry.path, entry, _special(entry.stat(follow_symlinks=False).st_mode)
                continue
            target, problem = _resolve(entry.path, limit)
            if problem:
                yield entry.path, entry, problem
            elif entry.is_dir():
                if not recursive:
                    continue
                if _inside(real, target):
                    # A folder that holds itself: walking it would never end.
                    yield entry.path, entry, LOOP
                elif target not in seen:
                    seen.add(target)
                    yield from _walk(entry.path, target, limit, recursive, seen)
            else:
                yield entry.path, entry, _special(entry.stat().st_mode)
        except OSError as exc:
            # Changed while being looked at: report it, as reading it would.
            yield entry.path, entry, LOOP if exc.errno == errno.ELOOP else f"cannot read file: {exc.strerror}"


def find(folder: Path, limit: str, wanted, recursive: bool = True) -> tuple[list[Path], list[Diagnostic]]:
    """The files under `folder` whose name is `wanted`, sorted, and an error for each refused.

    A link that cannot be followed is refused whatever its name when the walk
    goes into folders, as it may stand for one.
    """
    paths, problems = [], []
    for path, entry, problem in walk(folder, limit, recursive):
        if entry is not None and not wanted(entry.name) and not (recursive and problem and entry.is_symlink()):
            continue
        if problem:
            problems.append(Diagnostic(Location(Path(path)), problem))
        else:
            paths.append(Path(path))
    return sorted(paths, key=lambda p: p.parts), problems


def check(path: Path, limit: str) -> None:
    """Raise Refused unless `path` resolves to a regular file inside `limit`."""
    real, problem = _resolve(os.fspath(path), limit)
    if problem or (problem := _kind_of(real)):
        raise Refused(path, problem)


def read(path: Path | str, limit: int, what: str = "file", advice: str = "") -> bytes:
    """The bytes of a regular file of at most `limit` bytes, reading no more than one byte past it; Refused otherwise."""
    # Opening a device can do something of itself: look before opening.
    problem = _kind_of(path)
    if problem:
        raise Refused(path, problem)
    try:
        # Non-blocking: a file swapped for a FIFO since is refused below instead of waiting for a writer.
        fd = os.open(path, OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused(path, LOOP) from None
        if exc.errno == errno.ENXIO:
            raise Refused(path, "not a regular file (socket)") from None
        raise Refused(path, f"cannot read file: {exc.strerror}") from None
    try:
        st = os.fstat(fd)
        problem = _special(st.st_mode)
        if problem:
            raise Refused(path, problem)
        chunks, size = [], st.st_size
        if size <= limit:
            # The size the file claims may be wrong (it grows, or it is made up
            # as it is read, as in /proc): read on until the end or past the cap.
            size, want = 0, st.st_size + 1
            while size <= limit and (chunk := os.read(fd, want)):
                chunks.append(chunk)
                size += len(chunk)
                want = limit + 1 - size
        if size > limit:
            kb = -(-max(size, st.st_size) // 1024)
            raise Refused(path, f"the {what} is {kb} KB, over the limit of {-(-limit // 1024)} KB{advice}")
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    except OSError as exc:
        raise Refused(path, f"cannot read file: {exc.strerror}") from None
    finally:
        os.close(fd)


def read_text(path: Path | str, limit: int, what: str = "file", advice: str = "") -> str:
    """A file's text as `read` allows it, decoded from UTF-8 with lines ending in '\\n'."""
    data = read(path, limit, what, advice)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Refused(path, f"not UTF-8 text (byte {exc.start}): save the file as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
