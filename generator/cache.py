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
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import marshal
import os
import pickle
import stat
import sys
import time
import zlib
from collections.abc import Mapping
from pathlib import Path

from generator.inputs import OPEN_FLAGS, bound, walk
from generator.mentions import Segments
from generator.themes import theme_folders

CACHE_DIR = ".briefing-cache"
# Raise when the layout of the cache files changes.
_FORMAT = 2
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


# Libraries whose output reaches the site: an upgrade of any of them must not
# reuse what the old version made.
_LIBRARIES = ("jinja2", "markupsafe", "markdown", "nh3", "yaml", "frontmatter")


def _tool_digest() -> bytes:
    """The tool's own code, Python's version and the installed libraries: output made by other code is not reused."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{_FORMAT} {sys.version}".encode())
    for path in sorted(_PACKAGE.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    for name in _LIBRARIES:
        # Where each is installed and when: found without importing it, which takes longer.
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None and spec.origin else ""
        try:
            st = os.stat(origin)
            h.update(f"{name} {origin} {st.st_mtime_ns} {st.st_size}".encode())
        except OSError:
            h.update(f"{name} {origin}".encode())
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


# Cache files this process read or wrote, with their stat data: a process that
# builds again and again (the preview server) skips reading what it wrote
# itself. Nothing read from the cache is changed in place, so sharing is safe.
_held: dict[str, tuple[tuple[int, int, int], object]] = {}


def _stamp(path: Path) -> tuple[int, int, int]:
    st = os.stat(path)
    return st.st_ino, st.st_mtime_ns, st.st_size


def _read_pickle(path: Path):
    try:
        stamp = _stamp(path)
        held = _held.get(str(path))
        if held is not None and held[0] == stamp:
            return held[1]
        with open(path, "rb") as fh:
            value = pickle.load(fh)
    except Exception:  # noqa: BLE001 - any damage to a cache file means: no cache
        return None
    _held[str(path)] = (stamp, value)
    return value


def _write_pickle(path: Path, value) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    _held[str(path)] = (_stamp(path), value)


class BuildCache:
    """One build's view of the cache: open it, ask it, then save what the build did."""

    def __init__(self, root: Path, out: Path, base_url: str | None, folder: Path | None = None):
        self.root = Path(root)
        self._root_text = os.fspath(self.root)
        self.out = Path(out)
        self.folder = Path(folder) if folder is not None else self.root / CACHE_DIR
        self.started_ns = time.time_ns()
        self.tool = _tool_digest()
        self.params = (self.tool, str(self.root), str(self.out.resolve()), base_url)
        state = _read_pickle(self.folder / "state.pickle")
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
    def warnings(self) -> tuple:
        return self._state.get("warnings", ())

    def site_files(self) -> "SiteFiles":
        """The files of the last build, read from the output folder when asked for."""
        return SiteFiles({}, self.out, sorted(self._outputs))

    # -- memos handed to the stages -------------------------------------

    def _memo_shards(self) -> list[dict]:
        if self._stored is None:
            key = (self.tool, str(self.root))
            self._stored = []
            for i in range(_SHARDS):
                shard = _read_pickle(self.folder / f"memo-{i:02d}.pickle")
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
            related = _read_pickle(self.folder / "related.pickle")
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
                _write_pickle(self.folder / f"memo-{i:02d}.pickle", shard)
        if self._link is not None and self._link.related[0] != self._related_before:
            _write_pickle(self.folder / "related.pickle", {"key": key, "related": self._link.related})

    def pages(self, graph, base_url: str | None) -> "_Pages":
        stored = _read_pickle(self.folder / "pages.pickle")
        theme = sorted((name, record[2]) for name, record in self.inputs.items() if name.startswith("theme"))
        env = _digest(_value_bytes((self.params, theme, graph.config, base_url)))
        valid = isinstance(stored, dict) and stored.get("env") == env and stored.get("build") == self._state.get("build")
        previous = stored["pages"] if valid else {}
        self._pages = _Pages(graph, env, previous, self.intact)
        return self._pages

    # -- after the write ------------------------------------------------

    def save(self, files: Mapping[str, bytes], warnings: tuple) -> None:
        """Record what this build read and left in the output folder."""
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
            _write_pickle(self.folder / "pages.pickle", {
                "env": self._pages.env, "build": self.started_ns, "pages": self._pages.records,
            })
        # Written last: a build interrupted before this point leaves the old state,
        # whose build id the new pages record does not carry, so neither is trusted
        # beyond what the files on disk still show.
        _write_pickle(self.folder / "state.pickle", {
            "tool": self.tool, "params": self.params, "inputs": self.inputs, "build": self.started_ns,
            "saved_ns": self.started_ns, "outputs": outputs, "warnings": warnings,
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

    def fresh(self, template, route, path, context, absolute) -> bool:
        record = self.previous.get(path)
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
        names = tuple(sorted(f"{kind}:{ident}" for kind, ident in deps))
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
        elif kind is list or kind is tuple:
            h.update(b"[%d" % len(value))
            for item in value:
                self._value(item, h)
        elif kind is dict:
            h.update(b"{%d" % len(value))
            for name, item in value.items():
                self._value(name, h)
                self._value(item, h)
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


class SiteFiles(Mapping):
    """A build's files: those rendered now in memory, the rest read from the output folder on demand."""

    def __init__(self, rendered: Mapping[str, bytes], out: Path, paths):
        self._rendered = rendered
        self._out = Path(out)
        self._paths = sorted(set(paths) | set(rendered))
        self._known = set(self._paths)

    def __getitem__(self, path: str) -> bytes:
        if path in self._rendered:
            return self._rendered[path]
        if path not in self._known:
            raise KeyError(path)
        return (self._out / path).read_bytes()

    def __iter__(self):
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)

    def __contains__(self, path) -> bool:
        return path in self._known
