"""Stage 4, write: put rendered files on disk, each replaced by rename, never half-written.

Only files this tool wrote before (listed in the manifest) are ever deleted.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".briefing-manifest.json"


@dataclass(frozen=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int


# Writing is mostly waiting on the file system, which threads do side by side.
_THREADS = 4


def _atomic_write(target: str | Path, data: bytes, make_parent: bool = True) -> None:
    target = os.fspath(target)
    folder, name = os.path.split(target)
    if make_parent:
        os.makedirs(folder, exist_ok=True)
    # A name no other writer of this process or another uses at the same time.
    tmp = os.path.join(folder, f".{name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            os.fchmod(fd, 0o644)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _put(target: str, data: bytes) -> bool:
    """Write one file unless it already holds these bytes; say whether it was written."""
    try:
        if os.stat(target).st_size == len(data):
            with open(target, "rb") as fh:
                if fh.read() == data:
                    return False
    except OSError:
        pass
    _atomic_write(target, data, make_parent=False)
    return True


def _previous(out: Path) -> set[str]:
    try:
        return set(json.loads((out / MANIFEST).read_text("utf-8"))["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return set()


class SiteWriter:
    """`write_site` in three steps, for a caller that spreads the files over processes.

    Making one makes the folders; `put(path)` writes one file, from any
    process; `finish` removes what this tool wrote before and no longer makes,
    then writes the manifest.
    """

    def __init__(self, files: Mapping[str, bytes], out: Path, *, keep: Iterable[str] = ()):
        self.files = files
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self._before = _previous(self.out)
        self._keep = set(keep) - files.keys()
        self._base = os.fspath(self.out)
        # Folders first, each once, so that the writers only write.
        for folder in sorted({os.path.dirname(rel) for rel in files} - {""}):
            os.makedirs(os.path.join(self._base, folder), exist_ok=True)

    def put(self, path: str) -> bool:
        """Write one file unless it already holds its bytes; say whether it was written."""
        return _put(os.path.join(self._base, path), self.files[path])

    def finish(self, written: int) -> WriteReport:
        """Remove the files of the last build that this one did not make or keep, and record what is there now."""
        out, files, keep = self.out, self.files, self._keep
        unchanged = len(files) - written + len(keep)
        removed = 0
        for rel in sorted(self._before - files.keys() - keep, reverse=True):
            target = out / rel
            if target.is_file():
                target.unlink()
                removed += 1
                # Folders emptied by the removal go too; a folder with anything else stays.
                parent = target.parent
                while parent != out:
                    try:
                        parent.rmdir()
                    except OSError:
                        break
                    parent = parent.parent
        manifest = json.dumps({"files": sorted({*files, *keep})}, indent=0).encode("utf-8")
        _atomic_write(out / MANIFEST, manifest)
        return WriteReport(written=written, unchanged=unchanged, removed=removed)


def write_site(files: Mapping[str, bytes], out: Path, *, keep: Iterable[str] = ()) -> WriteReport:
    """Bring `out` in line with `files`: write what changed, drop what this tool wrote before.

    `keep` names files that are already on disk as they should be (a cache
    checked them): they are neither read nor deleted.
    """
    from concurrent.futures import ThreadPoolExecutor  # not needed by a build with nothing to write

    writer = SiteWriter(files, out, keep=keep)
    with ThreadPoolExecutor(_THREADS) as pool:
        written = sum(pool.map(writer.put, files))
    return writer.finish(written)
