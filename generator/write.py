"""Stage 4, write: put rendered files on disk, each replaced by rename, never half-written.

Only files this tool wrote before (listed in the manifest) are ever deleted.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".briefing-manifest.json"


@dataclass(frozen=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _previous(out: Path) -> set[str]:
    try:
        return set(json.loads((out / MANIFEST).read_text("utf-8"))["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def write_site(files: dict[str, bytes], out: Path) -> WriteReport:
    """Bring `out` in line with `files`: write what changed, drop what this tool wrote before."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    before = _previous(out)
    written = unchanged = removed = 0
    for rel, data in files.items():
        target = out / rel
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                unchanged += 1
                continue
        except OSError:
            pass
        _atomic_write(target, data)
        written += 1
    for rel in sorted(before - files.keys(), reverse=True):
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
    manifest = json.dumps({"files": sorted(files)}, indent=0).encode("utf-8")
    _atomic_write(out / MANIFEST, manifest)
    return WriteReport(written=written, unchanged=unchanged, removed=removed)
