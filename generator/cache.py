"""The build cache: what the last build read, worked out and wrote, so the next one redoes only what changed.

It lives in `<root>/.briefing-cache/` unless told otherwise, survives restarts
and is safe to delete at any time: a missing, unreadable or outdated cache only
makes the next build a full one. Everything in it is keyed by content (digests
of the input files, of the tool's own code, of the templates), never by time
alone; a file's size and modification time only spare reading it again, and a
file changed within the last seconds of a build is read again regardless.

- `parsed`: each input file's parse result, while the file is unchanged (load).
- `link`: rendered Markdown, mention splits and related events (link).
- `pages`: for each output file, a digest of everything its render read (its
  context, the nodes its templates looked up, the templates, the site
  settings): a file whose digest is unchanged and whose copy in the output
  folder is untouched is not rendered again (render), nor read or written
  (write).

A cache file is untrusted input like every file of a briefing: a repository
can carry a forged one. Each file carries a keyed digest (HMAC-SHA-256) of its
bytes, made with a secret that never leaves this machine (`cache_key`), and is
unpickled only when the digest is right, by an unpickler that makes nothing but
the classes a cache holds. A file that fails either check is ignored with one
warning.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import importlib.util
import io
import marshal
import os
import pickle
import re
import secrets
import stat
import sys
import tempfile
import time
import zlib
from collections.abc import Mapping
from pathlib import Path

from generator.diagnostics import Diagnostic, Location
from generator.inputs import OPEN_FLAGS, bound, walk
from generator.mentions import Segments
from generator.themes import theme_folders
from generator.write import FileListing

CACHE_DIR = ".briefing-cache"
# Raise when the layout of the cache files changes.
_FORMAT = 3
# Set in CI, whose cache is restored on a new machine each run: any text, the same every run.
KEY_VARIABLE = "BRIEFING_CACHE_KEY"
_KEY_BYTES = 32
# A cache file: this, the tool digest it was made by, the keyed digest, the pickle.
_MAGIC = b"briefing-cache\x00\x03"
_MAC_BYTES = 32
_HEADER = len(_MAGIC) + 16 + _MAC_BYTES
REJECTED = "the build cache was not made on this machine or was changed; ignored and rebuilt"
# Parse results and splits are kept in this many files, so that an edit to one
# article rewrites a sixteenth of them.
_SHARDS = 16
# A file modified this close to the last build may have changed again within
# the file system's clock resolution without its time or size showing it.
_RACY_NS = 2_000_000_000
_PACKAGE = Path(__file__).resolve().parent


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _value_bytes(value) -> bytes:
    """Pickled bytes that depend on the value alone.

    A normal pickle writes an object met twice as a reference to the first, so
    equal values pickle differently when one holds the same string twice and the
    other two equal strings (as after a round trip through the cache): without
    the memo, equal values give equal bytes.
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=4)
    pickler.fast = True
    pickler.dump(value)
    return buffer.getvalue()


# Libraries whose output reaches the site, by import name and distribution
# name: an upgrade of any of them must not reuse what the old version made.
_LIBRARIES = (
    ("jinja2", "jinja2"), ("markupsafe", "markupsafe"), ("markdown", "markdown"),
    ("nh3", "nh3"), ("yaml", "pyyaml"), ("frontmatter", "python_frontmatter"),
)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _library(name: str, distribution: str, listings: dict[str, list[str]]) -> str:
    """A library's name and installed version, read from its dist-info folder's name without importing anything.

    The version, not the files' times: CI installs the same versions afresh on
    every run, and a cache it restores must still count as made by this code.
    """
    spec = importlib.util.find_spec(name)
    origin = spec.origin if spec is not None and spec.origin else ""
    if not origin:
        return f"{name} missing"
    site = os.path.dirname(os.path.dirname(origin)) if spec.submodule_search_locations else os.path.dirname(origin)
    if site not in listings:
        try:
            listings[site] = [entry for entry in os.listdir(site) if entry.endswith(".dist-info")]
        except OSError:
            listings[site] = []
    for entry in listings[site]:
        project, _, version = entry[: -len(".dist-info")].partition("-")
        if _normal(project) == distribution:
            return f"{name} {version}"
    # Not installed from a wheel (a source tree on the path): where it is and when it changed.
    try:
        st = os.stat(origin)
        return f"{name} {origin} {st.st_mtime_ns} {st.st_size}"
    except OSError:
        return f"{name} {origin}"


def _tool_digest() -> bytes:
    """The tool's own code, Python's version and the libraries' versions: output made by other code is not reused."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{_FORMAT} {sys.version}".encode())
    # Every module of the package, its sub-packages' (generator/articles/) too.
    for path in sorted(_PACKAGE.rglob("*.py")):
        h.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    listings: dict[str, list[str]] = {}
    for name, distribution in _LIBRARIES:
        h.update(_library(name, distribution, listings).encode() + b"\0")
    return h.digest()


def _file_digest(path: str) -> bytes:
    """The digest of a regular file, read a piece at a time; b"" for anything else."""
    # A string path and os.open: half the time of Path.read_bytes for 10,000
    # small files. Non-blocking, so that a file swapped for a FIFO since the
    # scan cannot hang the build.
    fd = os.open(path, OPEN_FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return b""
        h = hashlib.blake2b(digest_size=16)
        while chunk := os.read(fd, min(st.st_size + 1, 1 << 20)):
            h.update(chunk)
        return h.digest()
    finally:
        os.close(fd)


def _scan(folder: Path, prefix: str, recursive: bool, limit: str, found: dict[str, tuple[int, int, str]]) -> None:
    """Every file's (modification time, size, problem) under a folder, by `prefix` + relative path.

    The files are those load and render find (generator/inputs.py), with those
    they refuse: a link that leads outside the briefing, nowhere or in a circle,
    or a FIFO, is an input too, so adding one is a change, but it is never read.
    """
    start = len(os.fspath(folder)) + 1
    for path, entry, problem in walk(folder, limit, recursive):
        name = prefix + path[start:].replace(os.sep, "/")
        try:
            st = entry.stat() if entry is not None and not problem else os.lstat(path)
        except OSError as exc:
            problem, st = problem or f"cannot read file: {exc.strerror}", None
        found[name] = (st.st_mtime_ns, st.st_size, problem) if st is not None else (0, -1, problem)


class CacheUnavailable(Exception):
    """No cache can be used safely (no key, a linked folder): build without one."""

    def __init__(self, warning: Diagnostic):
        super().__init__(warning.message)
        self.warning = warning


def _key_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG rule: a relative path is ignored.
    folder = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return folder / "briefing" / "cache-key"


def cache_key() -> bytes:
    """The secret this machine's caches are signed with; made the first time it is needed."""
    text = os.environ.get(KEY_VARIABLE)
    if text:
        return hashlib.blake2b(text.encode("utf-8", "surrogateescape"), digest_size=_KEY_BYTES, person=b"briefing-key").digest()
    try:
        path = _key_file()
    except (KeyError, RuntimeError) as exc:  # no home folder to keep it in
        raise CacheUnavailable(_no_key(Path("~/.cache/briefing/cache-key"), str(exc) or "no home folder")) from None
    try:
        key = _read_key(path)
        if key is None:
            _make_key(path)
            key = _read_key(path)
    except OSError as exc:
        raise CacheUnavailable(_no_key(path, exc.strerror or str(exc))) from None
    if key is None or len(key) != _KEY_BYTES:
        raise CacheUnavailable(_no_key(path, f"it does not hold a {_KEY_BYTES}-byte key; delete it to have a new one made"))
    return key


def _no_key(path: Path, why: str) -> Diagnostic:
    return Diagnostic(
        Location(path),
        f"cannot read or make the build cache's key ({why}); built without a cache "
        f"(set {KEY_VARIABLE}, or XDG_CACHE_HOME to a folder you can write)",
        "warning",
    )


def _read_key(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return fh.read(_KEY_BYTES + 1)
    except FileNotFoundError:
        return None


def _make_key(path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cache-key.", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(_KEY_BYTES))
        try:
            # A link never replaces a key already there: of two builds making one
            # at once, both go on with the first.
            os.link(tmp, path)
        except FileExistsError:
            pass
        except OSError:
            # No hard links on this file system: create-if-absent, then write.
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                return
            with os.fdopen(fd, "wb") as fh:
                fh.write(secrets.token_bytes(_KEY_BYTES))
    finally:
        os.unlink(tmp)


class _CacheUnpickler(pickle.Unpickler):
    """Makes the classes a cache holds and nothing else: no function can be called from a cache file."""

    _ALLOWED = frozenset({
        ("builtins", "set"), ("builtins", "frozenset"),
        ("pathlib", "PosixPath"), ("pathlib", "PurePosixPath"), ("pathlib", "WindowsPath"), ("pathlib", "PureWindowsPath"),
        ("generator.dates", "PartialDate"),
        ("generator.diagnostics", "Location"), ("generator.diagnostics", "Diagnostic"),
        ("generator.mentions", "Segments"),
        *(("generator.model", name) for name in ("Fact", "Entity", "Seed", "SeedRef", "Involvement", "Event", "SiteConfig", "Content", "RankedValue")),
    })

    def find_class(self, module: str, name: str):
        if (module, name) not in self._ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not something a build cache holds")
        return super().find_class(module, name)


class _Forged(Exception):
    """A cache file whose digest or content is wrong."""


def _signer(key: bytes, path: Path, head):
    """The keyed digest of a cache file so far, fed its name and header; the pickle goes in after.

    Its name is signed too, so one genuine file put in another's place is refused.
    """
    # HMAC-SHA-256: twice blake2b's speed where the processor has SHA instructions (most since ~2017).
    h = hmac.new(key, path.name.encode() + b"\0", "sha256")
    h.update(head)
    return h


def _mac(key: bytes, path: Path, head, body) -> bytes:
    """The keyed digest of a cache file's header and pickle."""
    h = _signer(key, path, head)
    h.update(body)
    return h.digest()


class _SigningFile:
    """A file the pickler writes to: each piece goes to the file and into the signature."""

    def __init__(self, fh, mac):
        self.fh, self.mac = fh, mac

    def write(self, data) -> int:
        self.mac.update(data)
        return self.fh.write(data)


# Cache files this process read or wrote, with their stat data and the key
# they were checked with: a process that builds again and again (the preview
# server) skips reading what it wrote itself. Nothing read from the cache is
# changed in place, so sharing is safe.
_held: dict[str, tuple[tuple[int, int, int], bytes, object]] = {}


def _stamp(path: Path) -> tuple[int, int, int]:
    st = os.stat(path)
    return st.st_ino, st.st_mtime_ns, st.st_size


def _read_pickle(path: Path, key: bytes, tool: bytes):
    """A cache file's value; None when it is missing or made by other code; raise _Forged when it fails its checks."""
    try:
        # Never a link's target, never a wait on a FIFO; what is read is a regular file, to its stated size.
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _Forged(path) from None  # a symbolic link: this code never writes one
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _Forged(path)
        stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
        held = _held.get(str(path))
        if held is not None and held[0] == stamp and held[1] == key:
            return held[2]
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(st.st_size)
    except OSError:
        return None
    finally:
        os.close(fd)
    view = memoryview(data)
    mark = len(_MAGIC)
    if len(data) < _HEADER or view[:mark] != _MAGIC:
        raise _Forged(path)
    if view[mark:mark + 16] != tool:
        return None  # made by other code: outdated, so not read any further
    # Checked before a single byte of the pickle is read.
    if not hmac.compare_digest(view[mark + 16:_HEADER], _mac(key, path, view[:mark + 16], view[_HEADER:])):
        raise _Forged(path)
    stream = io.BytesIO(data)
    stream.seek(_HEADER)
    try:
        value = _CacheUnpickler(stream).load()
    except Exception:  # noqa: BLE001 - signed here, yet not what this code writes
        raise _Forged(path) from None
    _held[str(path)] = (stamp, key, value)
    return value


def _write_pickle(path: Path, value, key: bytes, tool: bytes) -> None:
    head = _MAGIC + tool
    # A new name no one else can have made (a link planted at a guessable name would be followed).
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            # The pickle goes to the file as it is made, signed on the way, and
            # the signature into the header after it: the largest (every page's
            # record, some hundreds of MB at 100,000 articles) is never held
            # whole in memory besides the objects it is made from.
            fh.write(head + bytes(_MAC_BYTES))
            signing = _SigningFile(fh, _signer(key, path, head))
            pickle.Pickler(signing, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
            fh.seek(len(head))
            fh.write(signing.mac.digest())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _held[str(path)] = (_stamp(path), key, value)


class BuildCache:
    """One build's view of the cache: open it, ask it, then save what the build did."""

    def __init__(self, root: Path, out: Path, base_url: str | None, folder: Path | None = None):
        self.root = Path(root)
        self._root_text = os.fspath(self.root)
        self.out = Path(out)
        self.folder = Path(folder) if folder is not None else self.root / CACHE_DIR
        self.started_ns = time.time_ns()
        if folder is None and os.path.islink(self.folder):
            # A repository's link would have the build write its cache files wherever it points.
            raise CacheUnavailable(Diagnostic(
                Location(self.folder),
                "the build cache folder is a symbolic link; built without a cache (delete the link, or pass --cache-dir)",
                "warning",
            ))
        # First: without a key there is no cache (CacheUnavailable).
        self._secret = cache_key()
        self._rejected: Path | None = None
        self.tool = _tool_digest()
        self.params = (self.tool, str(self.root), str(self.out.resolve()), base_url)
        state = self._read("state.pickle")
        if not isinstance(state, dict) or state.get("tool") != self.tool:
            state = {}
        self._state = state
        self.inputs, self.changed = self._fingerprint(state.get("inputs", {}), state.get("saved_ns", 0))
        same_build = state.get("params") == self.params
        # Output files as the last build left them; anything else there was touched since.
        self._outputs: dict[str, tuple[int, int]] = state.get("outputs", {}) if same_build else {}
        self.intact = self._intact(self._outputs)
        self._stored: list[dict] | None = None
        self._parsed_memo: _Parsed | None = None
        self._link = None
        self._related_before = b""
        self._pages: _Pages | None = None

    # -- what changed ---------------------------------------------------

    def _inputs_now(self) -> dict[str, tuple[int, int, str]]:
        found: dict[str, tuple[int, int, str]] = {}
        limit = bound(self.root)
        _scan(self.root / "seeds", "seeds/", False, limit, found)
        _scan(self.root / "content", "content/", True, limit, found)
        for i, (folder, theme_limit) in enumerate(theme_folders(self.root)):
            _scan(folder, f"theme{i}:{folder}/", True, theme_limit, found)
        return found

    def _fingerprint(self, before: dict, saved_ns: int) -> tuple[dict[str, tuple[int, int, bytes]], set[str]]:
        """Every input file with its digest, and the names of those new or changed since the last build."""
        now = self._inputs_now()
        inputs, changed = {}, set()
        for name, (mtime, size, problem) in now.items():
            old = before.get(name)
            if old is not None and old[:2] == (mtime, size) and mtime < saved_ns - _RACY_NS:
                inputs[name] = old
                continue
            if problem:
                # Refused by load or render, so never opened here either.
                digest = _digest(problem.encode())
            else:
                try:
                    digest = _file_digest(self._input_path(name))
                except OSError:
                    digest = b""
            inputs[name] = (mtime, size, digest)
            if old is None or old[2] != digest:
                changed.add(name)
        changed |= before.keys() - now.keys()
        return inputs, changed

    def _input_path(self, name: str) -> str:
        if name.startswith("theme"):
            return name.split(":", 1)[1]
        return os.path.join(self._root_text, name)

    def _intact(self, outputs: dict[str, tuple[int, int]]) -> set[str]:
        intact = set()
        # Plain strings: a Path for each of 10,000 files costs more than the stat.
        base = os.fspath(self.out) + os.sep
        for rel, record in outputs.items():
            try:
                st = os.stat(base + rel)
            except OSError:
                continue
            if (st.st_mtime_ns, st.st_size) == record:
                intact.add(rel)
        return intact

    def unchanged(self) -> bool:
        """True when no input changed and the output folder is as the last build left it."""
        return (
            bool(self._state)
            and not self.changed
            and self._state.get("params") == self.params
            and len(self.intact) == len(self._outputs)
        )

    @property
    def links_checked(self) -> bool:
        """Whether the last build checked every link of the site it left (a strict build) and found none broken."""
        return bool(self._state.get("links_checked"))

    @property
    def warnings(self) -> tuple:
        return self._state.get("warnings", ())

    @property
    def notices(self) -> tuple[Diagnostic, ...]:
        """Warnings about the cache itself, for this build only: the next one reads what this one wrote."""
        if self._rejected is None:
            return ()
        return (Diagnostic(Location(self._rejected), REJECTED, "warning"),)

    def _read(self, name: str):
        """A cache file's value, or None; a file that fails its checks is noted for one warning."""
        path = self.folder / name
        try:
            return _read_pickle(path, self._secret, self.tool)
        except _Forged:
            if self._rejected is None:
                self._rejected = path
            return None

    def _write(self, name: str, value) -> None:
        _write_pickle(self.folder / name, value, self._secret, self.tool)

    def site_files(self) -> "SiteFiles":
        """The files of the last build, read from the output folder when asked for."""
        return SiteFiles({}, self.out, sorted(self._outputs))

    # -- memos handed to the stages -------------------------------------

    def _memo_shards(self) -> list[dict]:
        if self._stored is None:
            key = (self.tool, str(self.root))
            self._stored = []
            for i in range(_SHARDS):
                shard = self._read(f"memo-{i:02d}.pickle")
                valid = isinstance(shard, dict) and shard.get("key") == key
                self._stored.append(shard if valid else {"key": key, "files": {}, "names": (), "splits": {}, "markdown": {}})
        return self._stored

    def parsed(self) -> "_Parsed":
        """The load memo: parse results of input files that did not change."""
        if self._parsed_memo is None:
            files = {name: entry for shard in self._memo_shards() for name, entry in shard["files"].items()}
            self._parsed_memo = _Parsed(self.root, files, self.inputs)
        return self._parsed_memo

    def link(self):
        """The link memo (a `LinkMemo`): Markdown and mention splits of earlier builds."""
        from generator.link import LinkMemo

        if self._link is None:
            shards = self._memo_shards()
            memo = LinkMemo(names=shards[0]["names"])
            for shard in shards:
                memo.markdown.update(shard["markdown"])
                if shard["names"] == memo.names:
                    memo.splits.update(shard["splits"])
            related = self._read("related.pickle")
            if isinstance(related, dict) and related.get("key") == (self.tool, str(self.root)):
                memo.related = related["related"]
            self._related_before = memo.related[0]
            self._link = memo
        return self._link

    def _save_memo(self) -> None:
        """Write the memo shards whose content changed."""
        shards = self._memo_shards()
        key = (self.tool, str(self.root))
        new = [{"key": key, "files": {}, "names": (), "splits": {}, "markdown": {}} for _ in range(_SHARDS)]
        files = self._parsed_memo.files if self._parsed_memo is not None else {n: e for s in shards for n, e in s["files"].items()}
        # An article's split goes where its seed's parse result goes: one file holds its HTML once.
        home: dict[str, int] = {}
        for name, entry in files.items():
            i = _shard(name)
            new[i]["files"][name] = entry
            result = entry[1]
            if name.startswith("seeds/") and result[0] is not None:
                home[result[0].body_html] = i
        if self._link is not None:
            for shard in new:
                shard["names"] = self._link.names
            for html, split in self._link.splits.items():
                new[home[html] if html in home else _shard(html)]["splits"][html] = split
            for text, html in self._link.markdown.items():
                new[_shard(text)]["markdown"][text] = html
        else:
            for shard, old in zip(new, shards):
                shard.update(names=old["names"], splits=old["splits"], markdown=old["markdown"])
        for i, (shard, old) in enumerate(zip(new, shards)):
            if _signature(shard) != _signature(old):
                self._write(f"memo-{i:02d}.pickle", shard)
        if self._link is not None and self._link.related[0] != self._related_before:
            self._write("related.pickle", {"key": key, "related": self._link.related})

    def pages(self, graph, base_url: str | None) -> "_Pages":
        stored = self._read("pages.pickle")
        theme = sorted((name, record[2]) for name, record in self.inputs.items() if name.startswith("theme"))
        env = _digest(_value_bytes((self.params, theme, graph.config, base_url)))
        valid = isinstance(stored, dict) and stored.get("env") == env and stored.get("build") == self._state.get("build")
        previous = stored["pages"] if valid else {}
        self._pages = _Pages(graph, env, previous, self.intact)
        self._pages.digest_nodes()
        return self._pages

    # -- after the write ------------------------------------------------

    def save(self, files: Mapping[str, bytes], warnings: tuple, *, links_checked: bool = False) -> None:
        """Record what this build read and left in the output folder, and whether it checked every link there."""
        outputs = {}
        kept = self._pages.fresh_paths if self._pages is not None else set()
        for rel in files:
            if rel in kept and rel in self._outputs:
                outputs[rel] = self._outputs[rel]
                continue
            try:
                st = os.stat(self.out / rel)
            except OSError:
                continue
            outputs[rel] = (st.st_mtime_ns, st.st_size)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._save_memo()
        if self._pages is not None:
            self._write("pages.pickle", {
                "env": self._pages.env, "build": self.started_ns, "pages": self._pages.records,
            })
        # Written last: a build interrupted before this point leaves the old state,
        # whose build id the new pages record does not carry, so neither is trusted
        # beyond what the files on disk still show.
        self._write("state.pickle", {
            "tool": self.tool, "params": self.params, "inputs": self.inputs, "build": self.started_ns,
            "saved_ns": self.started_ns, "outputs": outputs, "warnings": warnings, "links_checked": links_checked,
        })


def _shard(name: str) -> int:
    return zlib.crc32(name.encode("utf-8", "surrogatepass")) % _SHARDS


def _signature(shard: dict) -> tuple:
    """What a memo shard holds, to tell whether it must be written again."""
    return (
        {name: entry[0] for name, entry in shard["files"].items()},
        shard["names"], frozenset(shard["splits"]), frozenset(shard["markdown"]),
    )


class _Parsed(dict):
    """Load's memo: path → parse result, holding only files whose digest is unchanged.

    Keyed by the path's text as load spells it (`root / name`), which is cheaper
    to make for thousands of files than a Path.
    """

    def __init__(self, root: Path, stored: dict, inputs: dict):
        super().__init__()
        self.prefix = str(Path(root) / "x")[:-1]
        self.inputs = inputs
        self.files = {}  # relative name → (digest, result): what is saved
        for name, (digest, result) in stored.items():
            record = inputs.get(name)
            if record is not None and record[2] == digest:
                self.files[name] = (digest, result)
                super().__setitem__(self.prefix + name, result)

    def __contains__(self, path) -> bool:
        return super().__contains__(str(path))

    def __getitem__(self, path):
        return super().__getitem__(str(path))

    def __setitem__(self, path, result) -> None:
        text = str(path)
        super().__setitem__(text, result)
        name = text[len(self.prefix):]
        record = self.inputs.get(name)
        if record is not None:
            self.files[name] = (record[2], result)


class _Pages:
    """Render's memo: which output files still stand, from digests of everything their render read."""

    def __init__(self, graph, env: bytes, previous: dict, intact: set[str]):
        from generator.link import EntityNode, EventNode, SiteGraph

        self._kinds = (EventNode, EntityNode, SiteGraph)
        self.graph = graph
        self.env = env
        self.previous = previous
        self.intact = intact
        self.records: dict[str, tuple[bytes, tuple[str, ...]]] = {}
        self.fresh_paths: set[str] = set()
        self._meta: dict[tuple[str, str], bytes] = {}
        self._full: dict[str, bytes] = {}
        self._deps: dict[str, bytes] = {}

    def digest_nodes(self) -> None:
        """Digest every node now, in this process.

        Render's workers are forked after this and inherit the digests: each
        of them would otherwise pickle every node again, as the feeds and data
        files each of them renders depend on all of them. A build that checks
        its pages (`fresh`) needs them all in this process anyway.
        """
        for node in self.graph.events:
            self._node(node)
        for node in self.graph.entities.values():
            self._node(node)
        for dep in ("nodes:", "graph:"):
            self._dep(dep)

    def fresh(self, template, route, path, context, absolute) -> bool:
        # (Taken out: a page rendered again gets a record of its own, and the old one need not be held beside it.)
        record = self.previous.pop(path, None)
        if record is None or path not in self.intact:
            return False
        key, deps = record
        if key != self._key((template, route, path, context, absolute), deps):
            return False
        self.records[path] = record
        self.fresh_paths.add(path)
        return True

    def key(self, job, deps: frozenset) -> tuple[bytes, tuple[str, ...]]:
        """The record of a file just rendered: the digest of everything it read, and the names of the nodes looked up."""
        # (Interned: some twenty names a page, two million at 100,000 articles, but only some 90,000 of them
        # differ; one string each keeps the records a tenth of their size, in memory and in the pickle.)
        names = tuple(sorted(sys.intern(f"{kind}:{ident}") for kind, ident in deps))
        return self._key(job, names), names

    # -- digests --------------------------------------------------------

    def _key(self, job, deps: tuple[str, ...]) -> bytes:
        # The names of the lookups are stored beside the key, so only their digests go in.
        template, route, path, context, absolute = job
        h = hashlib.blake2b(self.env, digest_size=16)
        # Version 0: no references to repeated objects, so the bytes follow the values.
        h.update(marshal.dumps((template, route, path, absolute), 0))
        self._value(context, h)
        known = self._deps
        h.update(b"".join([known.get(dep) or self._dep(dep) for dep in deps]))
        return h.digest()

    def _dep(self, dep: str) -> bytes:
        kind, _, ident = dep.partition(":")
        if kind == "entity":
            node = self.graph.entities.get(ident)
            digest = self._node(node) if node is not None else b"-" * 16
        elif kind in ("event", "segments"):
            try:
                node = self.graph.event(ident)
            except KeyError:
                digest = b"-" * 16
            else:
                digest = self._node(node)
                if kind == "segments":
                    digest = self._full[ident]
        else:
            # "nodes": every node but no segments (the data files); "graph": anything.
            h = hashlib.blake2b(digest_size=16)
            for node in self.graph.events:
                meta = self._node(node)
                h.update(meta if kind == "nodes" else self._full[node.id])
            for node in self.graph.entities.values():
                h.update(self._node(node))
            h.update(_value_bytes(self.graph.config))
            digest = h.digest()
        self._deps[dep] = digest
        return digest

    def _node(self, node) -> bytes:
        """A digest of a node without its segments (see `_Renderer._owner`); an event's full digest is kept aside."""
        key = (type(node).__name__, node.id)
        digest = self._meta.get(key)
        if digest is None:
            buffer, segments = io.BytesIO(), []
            _MetaPickler(buffer, segments).dump(node)
            digest = self._meta[key] = _digest(buffer.getvalue())
            if isinstance(node, self._kinds[0]):
                self._full[node.id] = _digest(digest + b"".join(segments))
        return digest

    def _value(self, value, h) -> None:
        kind = type(value)
        if kind is self._kinds[0] or kind is self._kinds[1]:
            h.update(self._node(value))
        elif kind is self._kinds[2]:
            h.update(self._deps.get("graph:") or self._dep("graph:"))
        elif kind is list or kind is tuple or kind is dict:
            try:
                # Plain data (the sitemap's paths, the search index, summaries'
                # keys) in one call: marshal's version 0 writes no references,
                # so equal values give equal bytes, and it refuses anything
                # else (a node, a str subclass such as Markup), which is
                # then taken apart below.
                data = marshal.dumps(value, 0)
            except ValueError:
                pass
            else:
                h.update(b"m%d:" % len(data))
                h.update(data)
                return
            if kind is dict:
                h.update(b"{%d" % len(value))
                for name, item in value.items():
                    self._value(name, h)
                    self._value(item, h)
            else:
                h.update(b"[%d" % len(value))
                for item in value:
                    self._value(item, h)
        elif kind is str:
            # The commonest leaf (routes, keys, the sitemap's thousands of paths):
            # its length and UTF-8, without a pickler for each. Tagged, so it is
            # never read as a pickle's bytes, which start with PROTO.
            data = value.encode("utf-8", "surrogatepass")
            h.update(b"s%d:" % len(data))
            h.update(data)
        elif kind is int:
            h.update(b"i%d;" % value)
        elif value is None:
            h.update(b"N")
        else:
            h.update(_value_bytes(value))


class _MetaPickler(pickle.Pickler):
    """Pickles a node with each Segments left out and its key noted instead."""

    def __init__(self, file, segments: list[bytes]):
        super().__init__(file, protocol=4)
        # No memo: see `_value_bytes`.
        self.fast = True
        self.segments = segments

    def reducer_override(self, obj):
        if type(obj) is Segments:
            self.segments.append(obj.key)
            return tuple, ()
        return NotImplemented


class SiteFiles(FileListing):
    """A build's files: those rendered now in memory, the rest read from the output folder on demand."""

    def __init__(self, rendered: Mapping[str, bytes], out: Path, paths):
        super().__init__(sorted(set(paths) | set(rendered)))
        self._rendered = rendered
        self._out = Path(out)

    def __getitem__(self, path: str) -> bytes:
        if path in self._rendered:
            return self._rendered[path]
        if path not in self._known:
            raise KeyError(path)
        return (self._out / path).read_bytes()
