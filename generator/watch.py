"""Watching a briefing's source files: one batch of changed paths per burst of saves."""

from __future__ import annotations

import asyncio
import glob
import time
from collections.abc import AsyncIterator
from pathlib import Path

from livereload.watcher import Watcher

# Seconds between two looks at the files, and how long the files must stay
# still before a burst counts as over. An editor's save (temp file, rename,
# backup) or a `git checkout` lands well within one quiet spell, so it causes
# one rebuild; the two together stay a small part of the one-second budget
# from save to reload.
POLL = 0.05
QUIET = 0.1


def _ignored(path: str) -> bool:
    # Editors' backups and vim's write test; dot files are never globbed.
    name = Path(path).name
    return name.endswith("~") or name == "4913"


class SourceWatcher:
    """Which files under some folders were added, changed or removed since the last look."""

    def __init__(self, folders: list[Path]):
        # livereload's polling Watcher: a folder given as a recursive glob is
        # checked file by file in one pass, so a burst is seen whole rather
        # than one file per look. A folder that does not exist yet is watched
        # all the same and noticed when it appears.
        self._watcher = Watcher()
        self._changed: set[str] = set()
        for folder in sorted(set(folders)):
            self._watcher.watch(glob.escape(str(folder)) + "/**/*", self._note, ignore=_ignored)
        self._watcher.examine()
        self._changed.clear()
        # After this first look every file is known; one that appears later is
        # new even if it keeps an old modification time (moved in, `cp -p`),
        # which livereload would otherwise skip as older than the watcher.
        self._watcher._start = float("-inf")

    @property
    def watcher(self) -> Watcher:
        return self._watcher

    def _note(self, changed=None) -> None:
        # livereload passes the changed files, or nothing when files were removed.
        if isinstance(changed, list):
            self._changed.update(changed)
        else:
            self._changed.add(self._watcher.filepath or "")

    def changed(self) -> set[str]:
        """The paths that changed since the last call (a removed file counts)."""
        try:
            self._watcher.examine()
        except OSError as exc:
            # A file removed between being listed and being looked at: something
            # changed, and the next look sees the folder as it now is.
            self._changed.add(exc.filename or "")
        found, self._changed = self._changed, set()
        return found

    async def bursts(self, poll: float = POLL, quiet: float = QUIET) -> AsyncIterator[list[str]]:
        """Yield the changed paths once per burst, when the files have been still for `quiet` seconds."""
        pending: set[str] = set()
        last = 0.0
        while True:
            await asyncio.sleep(poll)
            found = self.changed()
            now = time.monotonic()
            if found:
                pending |= found
                last = now
            elif pending and now - last >= quiet:
                batch, pending = sorted(p for p in pending if p), set()
                yield batch
