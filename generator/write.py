"""Stage 4, write: put rendered files on disk, each replaced by rename, never half-written.

Only files this tool wrote before (listed in the manifest) are ever deleted.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".briefing-manifest.json"


@dataclass(frozen=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int


# Writing is mostly waiting on the file system, which threads do side by side.
_THREADS = 8


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # A name no other writer of this process or another uses at the same time.
    tmp = target.parent / f".{target.name}.{os.getpid()}-{threading.get_ident()}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(fd, 0o644)
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _put(target: Path, data: bytes) -> bool:
    """Write one file unless it already holds these bytes; say whether it was written."""
    try:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except OSError:
        pass
    _atomic_write(target, data)
    return True


def _previous(out: Path) -> set[str]:
    try:
        return set(json.loads((out / MANIFEST).read_text("utf-8"))["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def write_site(files: Mapping[str, bytes], out: Path, *, keep: Iterable[str] = ()) -> WriteReport:
    """Bring `out` in line with `files`: write what changed, drop what this tool wrote before.

    `keep` names files that are already on disk as they should be (a cache
    checked them): they are neither read nor deleted.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    before = _previous(out)
    keep = set(keep) - files.keys()
    with ThreadPoolExecutor(_THREADS) as pool:
        changed = list(pool.map(lambda item: _put(out / item[0], item[1]), files.items()))
    written = sum(changed)
    unchanged = len(changed) - written + len(keep)
    removed = 0
    for rel in sorted(before - files.keys() - keep, reverse=True):
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
