"""Watching a briefing's source files: one batch of changed paths per burst of saves.

The operating system says what changed (inotify on Linux, FSEvents on macOS,
through watchdog), so a briefing of 10,000 articles costs nothing to watch
while nobody types, and a save is known within milliseconds without looking
at every file again.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

# Seconds between two looks at what the observer heard, and how long the files
# must stay still before a burst counts as over. An editor's save (temp file,
# rename, backup) or a `git checkout` lands well within one quiet spell, so it
# causes one rebuild; the two together are a small part of the time from save
# to reload.
POLL = 0.01
QUIET = 0.08


def _ignored(path: str) -> bool:
    # Dot files (editors' swap files, the cache), editors' backups and vim's write test.
    name = Path(path).name
    return not name or name.startswith(".") or name.endswith("~") or name == "4913"


class _Heard(FileSystemEventHandler):
    def __init__(self, watcher: "SourceWatcher"):
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return  # reading a file changes nothing
        if event.is_directory and event.event_type == "modified":
            return  # a folder's time moves with every file saved in it: the file's own event says what changed
        paths = [event.src_path, getattr(event, "dest_path", "")]
        self.watcher._note([p.decode() if isinstance(p, bytes) else p for p in paths if p])


class SourceWatcher:
    """Which files under some folders were added, changed or removed since the last look."""

    def __init__(self, folders: list[Path]):
        self._lock = threading.Lock()
        self._changed: set[str] = set()
        self._folders = sorted({Path(f).absolute() for f in folders})
        self._handler = _Heard(self)
        self._observer = Observer()
        self._watched: set[Path] = set()
        self._parents: set[Path] = set()
        self._watch_folders()
        self._observer.daemon = True
        self._observer.start()

    def _watch_folders(self) -> None:
        # A folder that does not exist yet is noticed when it appears: its
        # parent is watched (not recursively) until then.
        for folder in self._folders:
            if folder in self._watched:
                continue
            if folder.is_dir():
                self._observer.schedule(self._handler, str(folder), recursive=True)
                self._watched.add(folder)
            elif folder.parent.is_dir() and folder.parent not in self._parents:
                self._observer.schedule(self._handler, str(folder.parent), recursive=False)
                self._parents.add(folder.parent)

    def _note(self, paths: list[str]) -> None:
        inside = [p for p in paths if not _ignored(p) and any(p == str(f) or p.startswith(f"{f}/") for f in self._folders)]
        if inside:
            with self._lock:
                self._changed.update(inside)

    def changed(self) -> set[str]:
        """The paths that changed since the last call (a removed file counts)."""
        with self._lock:
            found, self._changed = self._changed, set()
        if found and len(self._watched) < len(self._folders):
            self._watch_folders()
        return found

    def stop(self) -> None:
        self._observer.stop()

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
                batch, pending = sorted(pending), set()
                yield batch
