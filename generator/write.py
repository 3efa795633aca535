"""Stage 4, write: put rendered files on disk so that no reader ever sees two builds mixed.

A build writes the new site into a staging folder beside the output folder,
hard-linking the files that did not change, and swaps the two folders in one
rename. Files in the output folder that this tool did not make (not in its
manifest, such as a CNAME) are carried over; nothing is written through a
symbolic link, and nothing outside the output folder is ever deleted, whatever
the manifest says: it is read like any other input.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import stat
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import BuildFailed, Diagnostic, Location

MANIFEST = ".briefing-manifest.json"
# Made first in a staging folder, so that a leftover one can be told from anything else.
_MARKER = ".briefing-staging"
# A manifest larger than this was not written by this tool.
_MANIFEST_LIMIT = 64 << 20
# What `_atomic_write` leaves behind when killed: never carried over.
_TEMPORARY = re.compile(r"\..+\.\d+-\d+\.tmp")
_FILE, _FOLDER, _OTHER = "f", "d", "o"


@dataclass(frozen=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int


class OutputRefused(BuildFailed):
    """The output folder is, holds or replaces files that are not the build's own."""

    def __init__(self, out: Path, message: str):
        self.message = message
        super().__init__([Diagnostic(Location(Path(out)), message)])


# Writing is mostly waiting on the file system, which threads do side by side.
_THREADS = 4


def check_output(root: Path, out: Path, cache_dir: Path | None = None) -> None:
    """Refuse an output folder whose files a build would replace but did not make (raises OutputRefused)."""
    real = Path(os.path.realpath(out))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISDIR(st.st_mode):
        what = "a file" if stat.S_ISREG(st.st_mode) else "not a folder"
        raise OutputRefused(out, f"{out} is {what}, not a folder: give the folder the site should be built into")
    root = Path(os.path.realpath(root))
    if real == root or root.is_relative_to(real):
        raise OutputRefused(out, f"{out} would hold the briefing's own files ({root}): choose an empty folder, or one an earlier build made")
    inputs = {
        "seeds/": root / "seeds", "content/": root / "content", "templates/": root / "templates",
        "build cache": Path(os.path.realpath(cache_dir)) if cache_dir is not None else root / ".briefing-cache",
    }
    for name, folder in inputs.items():
        if real == folder or folder.is_relative_to(real) or real.is_relative_to(folder):
            where = "is" if real == folder else "holds" if folder.is_relative_to(real) else "lies inside"
            raise OutputRefused(out, f"{out} {where} the briefing's {name} ({folder}): the build would overwrite it; choose another folder")
    if st is None:
        return
    if os.path.lexists(real / ".git"):
        raise OutputRefused(out, f"{out} is a git checkout (it holds .git): the build would replace its files; choose another folder")
    if not _regular(real / MANIFEST):
        with os.scandir(real) as entries:
            if next(entries, None) is not None:
                raise OutputRefused(
                    out, f"{out} holds files that no build made (it has no {MANIFEST}): "
                    "choose an empty folder, or move those files away",
                )


def _regular(path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _safe(rel) -> bool:
    """True for a relative path that names something inside the folder: no '..', not absolute, no NUL."""
    if not isinstance(rel, str) or not rel or len(rel) > 4096 or "\0" in rel or "\\" in rel or rel.startswith("/"):
        return False
    return all(part not in ("", ".", "..") for part in rel.split("/"))


def _previous(out: Path) -> tuple[set[str], tuple[Diagnostic, ...]]:
    """The files the last build made, by safe relative path, and a warning for anything odd in its manifest."""
    path = out / MANIFEST
    where = Location(path)
    try:
        st = os.lstat(path)
    except OSError:
        return set(), ()
    try:
        if not stat.S_ISREG(st.st_mode) or st.st_size > _MANIFEST_LIMIT:
            raise ValueError("not a regular file of a sensible size")
        listed = json.loads(path.read_bytes())["files"]
        if not isinstance(listed, list):
            raise TypeError("'files' is not a list")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        why = f"not a manifest this tool wrote ({type(exc).__name__}: {str(exc)[:80]}); files of earlier builds are kept, none deleted"
        return set(), (Diagnostic(where, why, "warning"),)
    files = {rel for rel in listed if _safe(rel)}
    ignored = [rel for rel in listed if not _safe(rel)]
    if not ignored:
        return files, ()
    why = (f"ignored {len(ignored)} entr{'y' if len(ignored) == 1 else 'ies'} naming something outside the output folder "
           f"(such as {repr(ignored[0])[:80]}): nothing outside it is ever deleted")
    return files, (Diagnostic(where, why, "warning"),)


def _walk(out: str) -> dict[str, str]:
    """Everything under `out` by relative path: a plain file, a folder, or other (a symbolic link is never followed)."""
    found: dict[str, str] = {}
    pending = [("", out)]
    while pending:
        prefix, folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            rel = prefix + entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    found[rel] = _FOLDER
                    pending.append((rel + "/", entry.path))
                else:
                    found[rel] = _FILE if entry.is_file(follow_symlinks=False) else _OTHER
            except OSError:
                found[rel] = _OTHER
    return found


def _atomic_write(target: str | Path, data: bytes, make_parent: bool = True) -> None:
    target = os.fspath(target)
    folder, name = os.path.split(target)
    if make_parent:
        os.makedirs(folder, exist_ok=True)
    # A name no other writer of this process or another uses at the same time.
    tmp = os.path.join(folder, f".{name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        _write_new(tmp, data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_new(target: str, data: bytes) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o644)
    try:
        os.fchmod(fd, 0o644)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _holds(path: str, data: bytes) -> bool:
    """True when the plain file at `path` holds exactly `data`."""
    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size != len(data):
            return False
        with open(path, "rb") as fh:
            return fh.read() == data
    except OSError:
        return False


def _link(source: str, target: str) -> None:
    """Give the staging folder the old output's file: a hard link, or a copy with the same times."""
    try:
        os.link(source, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:
        if os.path.islink(source):
            os.symlink(os.readlink(source), target)
        else:
            shutil.copy2(source, target, follow_symlinks=False)


def _make_folder(base: str, rel: str) -> None:
    """Make base/rel, replacing whatever stands where one of its folders should be: never go through a link."""
    path = base
    for part in rel.split("/"):
        path = os.path.join(path, part)
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            os.mkdir(path)
            continue
        if not stat.S_ISDIR(mode):
            # A link or a file where the site has a folder: the site's folder replaces it.
            os.unlink(path)
            os.mkdir(path)


def _remove(base: str, rel: str) -> bool:
    """Delete base/rel and the folders it leaves empty, up to (not including) base, never through a link."""
    parts = rel.split("/")
    path = base
    for part in parts[:-1]:
        path = os.path.join(path, part)
        try:
            if not stat.S_ISDIR(os.lstat(path).st_mode):
                return False
        except OSError:
            return False
    target = os.path.join(path, parts[-1])
    try:
        if stat.S_ISDIR(os.lstat(target).st_mode):
            return False
        os.unlink(target)
    except OSError:
        return False
    for depth in range(len(parts) - 1, 0, -1):
        try:
            os.rmdir(os.path.join(base, *parts[:depth]))
        except OSError:
            break
    return True


def _exchange(a: str, b: str) -> bool:
    """Swap two paths in one step (Linux's renameat2 RENAME_EXCHANGE); False where that is not available."""
    try:
        import ctypes

        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), a)


def _discard(path: str) -> None:
    """Delete a folder of ours without waiting for it: on some file systems removing thousands of folders takes seconds."""
    import subprocess

    try:
        # The shell leaves at once and rm, in its own session, outlives this process.
        subprocess.run(
            ["sh", "-c", 'rm -rf -- "$1" &', "sh", path], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True, check=True, timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class SiteWriter:
    """`write_site` in steps, for a caller that spreads the files over processes.

    Making one reads the output folder as it is (and the manifest, whose
    `warnings` say what was odd in it); `begin(files, keep)` prepares the
    folders; `put(path)` writes one file, from any process; `finish` records
    what is there now and puts it in place; `abort` drops what was prepared.
    By default the new site is staged beside the output folder and swapped in;
    `in_place` writes into the output folder itself, each file by rename (for
    a handful of files in a local preview, where a mixture lasts milliseconds).
    """

    def __init__(self, out: Path, *, in_place: bool = False):
        self.out = Path(os.path.realpath(out))
        self._out = os.fspath(self.out)
        self._before, self.warnings = _previous(self.out)
        parent = os.path.dirname(self._out)
        self._swap = not in_place and self._can_swap(parent)
        self._old = _walk(self._out) if self._swap else {}
        name = self.out.name if self.out.name.startswith(".") else "." + self.out.name
        # Staging folders of this output: ours, and those a killed build left.
        self._pattern = re.compile(re.escape(name) + r"\.(?:staging|old)-(\d+)(?:-\d+)?")
        self._staging = os.path.join(parent, f"{name}.staging-{os.getpid()}")
        # Where the old output goes: a name of its own, as it may be deleted after this process ends.
        self._aside = os.path.join(parent, f"{name}.old-{os.getpid()}-{time.time_ns()}")
        self._base = self._staging if self._swap else self._out
        self.files: Mapping[str, bytes] = {}
        self._keep: set[str] = set()
        self.staged = False  # the staging folder is made (`stage`), and files go in as they are made
        self._where = [self._staging]  # where the files written so far are read from (`staged_files`)
        self._folders: set[str] = set()  # folders made in the staging folder

    def _can_swap(self, parent: str) -> bool:
        # A mount point cannot be renamed, nor linked from, and a parent we may not write holds no staging folder.
        if not os.path.lexists(self._out):
            return True  # begin makes both
        try:
            return os.stat(self._out).st_dev == os.stat(parent).st_dev and os.access(parent, os.W_OK)
        except OSError:
            return False

    def plain_files(self) -> set[str] | None:
        """The plain files in the output folder now (none reached through a link); None when writing in place."""
        if not self._swap:
            return None
        return {rel for rel, kind in self._old.items() if kind == _FILE}

    def stage(self, paths: Iterable[str]) -> bool:
        """Make the staging folder, and the folders of `paths` in it, so that each file can be written as it is made (`write`).

        Nothing is held until the end, and the output folder is as it was until
        `finish`. False when writing in place: then `begin` and `put` write at the end.
        """
        if not self._swap:
            return False
        if not self.staged:
            os.makedirs(os.path.dirname(self._out), exist_ok=True)
            self._clean_leftovers()
            os.mkdir(self._staging)
            _write_new(os.path.join(self._staging, _MARKER), b"")
            self.staged = True
        self._make_folders(paths)
        return True

    def staged_files(self, paths: Iterable[str]) -> "StagedFiles":
        """The files at `paths`, written with `write`, read back when asked."""
        return StagedFiles(self._where, paths)

    def _make_folders(self, paths: Iterable[str]) -> None:
        # Folders first, each once, so that the writers only write. A new folder
        # of our own holds no link: each is made once, after its parent.
        folders = {os.path.dirname(rel) for rel in paths} - {""}
        for folder in list(folders):
            while "/" in folder:
                folder = folder.rpartition("/")[0]
                folders.add(folder)
        for folder in sorted(folders - self._folders):
            os.mkdir(os.path.join(self._staging, folder))
        self._folders |= folders

    def begin(self, files: Mapping[str, bytes], keep: Iterable[str] = ()) -> None:
        """Prepare to write `files` (or, after `stage`, to finish with them); `keep` names files already in the output folder as they should be."""
        self.files = files
        keep = set(keep) - files.keys()
        if self._swap:
            # A kept file comes from the old output, so it must be a plain file there.
            keep = {rel for rel in keep if self._old.get(rel) == _FILE}
            self.stage(())
        else:
            os.makedirs(self._out, exist_ok=True)
        self._keep = keep
        if self._swap:
            self._make_folders((*files, *keep))
        else:
            for folder in sorted({os.path.dirname(rel) for rel in (*files, *keep)} - {""}):
                _make_folder(self._out, folder)
        if self._swap:
            for rel in keep:
                _link(os.path.join(self._out, rel), os.path.join(self._staging, rel))

    def put(self, path: str) -> bool:
        """Write one file unless the output already holds its bytes; say whether it was written."""
        data = self.files[path]
        target = os.path.join(self._base, path)
        if not self._swap:
            if _holds(target, data):
                return False
            _atomic_write(target, data, make_parent=False)
            return True
        return self.write(path, data)

    def write(self, path: str, data: bytes) -> bool:
        """Put one file into the staging folder (after `stage`), from any process; say whether it was written or linked from the old output."""
        target = os.path.join(self._staging, path)
        old = os.path.join(self._out, path)
        if self._old.get(path) == _FILE and _holds(old, data):
            with contextlib.suppress(OSError):
                _link(old, target)
                return False
        _write_new(target, data)
        return True

    def finish(self, written: int) -> WriteReport:
        """Record the files made now and put them in place: drop those of the last build that this one no longer makes."""
        made = {*self.files, *self._keep}
        manifest = _manifest(made)
        unchanged = len(made) - written
        if not self._swap:
            removed = sum(_remove(self._out, rel) for rel in sorted(self._before - made, reverse=True))
            _atomic_write(self.out / MANIFEST, manifest)
            return WriteReport(written=written, unchanged=unchanged, removed=removed)
        removed = sum(1 for rel in self._before - made if self._old.get(rel) == _FILE)
        self._carry_over(made)
        _write_new(os.path.join(self._staging, MANIFEST), manifest)
        os.unlink(os.path.join(self._staging, _MARKER))
        switched = self._switch()
        self._where[0] = self._out
        if switched:
            _discard(self._aside)
        return WriteReport(written=written, unchanged=unchanged, removed=removed)

    def abort(self) -> None:
        """Drop the staging folder of a write that did not finish; the output folder is as it was."""
        if not self._swap:
            return
        if not os.path.lexists(self._out) and os.path.isdir(self._aside):
            os.rename(self._aside, self._out)  # killed between the two renames of `_switch`
        shutil.rmtree(self._staging, ignore_errors=True)

    def _carry_over(self, made: set[str]) -> None:
        """Bring into the staging folder what the old output holds that this tool did not make."""
        ours = self._before | made
        # Folders come with what is in them; an empty one (never ours: we remove a folder we empty) on its own.
        parents = {rel.rpartition("/")[0] for rel in self._old}
        for rel, kind in self._old.items():
            if rel in ours or (kind == _FOLDER and rel in parents):
                continue
            name = rel.rpartition("/")[2]
            if rel in (MANIFEST, _MARKER) or _TEMPORARY.fullmatch(name):
                continue
            target = os.path.join(self._staging, rel)
            try:
                if kind == _FOLDER:
                    os.makedirs(target, exist_ok=True)
                else:
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    _link(os.path.join(self._out, rel), target)
            except OSError:
                continue  # where the new site has something of its own, it wins

    def _switch(self) -> bool:
        """Put the staging folder where the output folder is, in one step; say whether an old output was set aside."""
        if not os.path.lexists(self._out):
            os.rename(self._staging, self._out)
            return False
        if _exchange(self._staging, self._out):
            os.rename(self._staging, self._aside)
            return True
        # Two renames: in between there is no output folder at all, but never a mixed one.
        os.rename(self._out, self._aside)
        os.rename(self._staging, self._out)
        return True

    def _clean_leftovers(self) -> None:
        """Delete the staging folders of builds that were killed: only ours, and only those marked as ours."""
        parent = os.path.dirname(self._out)
        with os.scandir(parent) as entries:
            found = [entry for entry in entries if self._pattern.fullmatch(entry.name)]
        for entry in found:
            pid = int(self._pattern.fullmatch(entry.name).group(1))
            if pid != os.getpid() and _alive(pid):
                continue  # another build at work
            try:
                if not entry.is_dir(follow_symlinks=False):
                    continue
                with os.scandir(entry.path) as inside:
                    empty = next(inside, None) is None
            except OSError:
                continue
            if empty or _regular(os.path.join(entry.path, _MARKER)) or _regular(os.path.join(entry.path, MANIFEST)):
                if entry.path == self._staging:
                    shutil.rmtree(entry.path)  # the name this build stages under
                else:
                    _discard(entry.path)


class FileListing(Mapping):
    """A build's files by path, in a fixed order, whose bytes a subclass fetches when asked (`__getitem__`)."""

    def __init__(self, paths: Iterable[str]):
        self._paths = list(paths)
        self._known = set(self._paths)

    def __iter__(self):
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)

    def __contains__(self, path) -> bool:
        return path in self._known


class StagedFiles(FileListing):
    """Files a SiteWriter wrote as they were made, read from disk when asked: from its staging folder, then from the output folder once in place."""

    def __init__(self, where: list[str], paths: Iterable[str]):
        # The folder to read from, which the writer changes once the site is in
        # place (not the writer itself: it holds this mapping, and a reference
        # cycle would outlive a build in a long-lived process).
        super().__init__(paths)
        self._where = where

    def __getitem__(self, path: str) -> bytes:
        if path not in self._known:
            raise KeyError(path)
        with open(os.path.join(self._where[0], path), "rb") as fh:
            return fh.read()


def _manifest(paths: Iterable[str]) -> bytes:
    """The manifest's bytes: every file this tool wrote into the output folder, sorted."""
    return json.dumps({"files": sorted(paths)}, indent=0).encode("utf-8")


def write_site(files: Mapping[str, bytes], out: Path, *, keep: Iterable[str] = (), in_place: bool = False) -> WriteReport:
    """Bring `out` in line with `files`: write what changed, drop what this tool wrote before and no longer makes.

    `keep` names files that are already on disk as they should be (a cache
    checked them): they are neither read nor rendered again.
    """
    from concurrent.futures import ThreadPoolExecutor  # not needed by a build with nothing to write

    writer = SiteWriter(out, in_place=in_place)
    try:
        writer.begin(files, keep)
        with ThreadPoolExecutor(_THREADS) as pool:
            written = sum(pool.map(writer.put, files))
        return writer.finish(written)
    except BaseException:
        writer.abort()
        raise


def rewrite_in_place(files: Mapping[str, bytes], out: Path, before: Iterable[str], gone: Iterable[str] = ()) -> WriteReport:
    """Rewrite a few files of an output folder in place, each by rename: a preview's edit to one article.

    `before` names the files the output holds as its manifest lists them (the
    last write's), `gone` those of them that go now. Nothing else is read or
    touched: `write_site` in place walks every file the site has, which costs
    more than the edit at 10,000 articles. The manifest is written again only
    when the set of files moved.
    """
    out = Path(os.path.realpath(out))
    base = os.fspath(out)
    before = before if isinstance(before, (set, frozenset)) else set(before)
    gone = set(gone) & before
    for folder in sorted({os.path.dirname(rel) for rel in files} - {""}):
        _make_folder(base, folder)
    written = 0
    for rel in sorted(files):
        target = os.path.join(base, rel)
        if not _holds(target, files[rel]):
            _atomic_write(target, files[rel], make_parent=False)
            written += 1
    removed = 0
    added = files.keys() - before
    if gone or added:
        removed = sum(_remove(base, rel) for rel in sorted(gone, reverse=True))
        made = (before - gone) | files.keys()
        _atomic_write(out / MANIFEST, _manifest(made))
    return WriteReport(written=written, unchanged=len(before) - len(gone) + len(added) - written, removed=removed)
