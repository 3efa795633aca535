"""Find entity names in sanitised HTML and split it into linkable segments."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable


class Segments(tuple):
    """HTML split at entity mentions: (HTML text, id of the entity it names or None) pairs.

    `key` is a digest of the HTML that was split and the names it was split by,
    so a cache can tell whether a page that shows these segments is up to date
    without comparing the text.
    """

    key: bytes = b""

    @classmethod
    def of(cls, parts, key: bytes) -> "Segments":
        segments = cls(parts)
        segments.key = key
        return segments

_TAG = re.compile(r"(<[^>]*>)")
_NO_LINK_INSIDE = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "time"}
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def _units(name: str) -> list[str]:
    """A name as regex pieces: each character escaped, each run of spaces standing for any whitespace."""
    units: list[str] = []
    for ch in name:
        if ch != " ":
            units.append(re.escape(ch))
        elif not units or units[-1] != r"\s+":
            units.append(r"\s+")
    return units


def _trie_pattern(names: list[str]) -> tuple[str, list[str]]:
    """One regex for many names, shaped as a trie so that each position is tried once, not once per name.

    At a position the longest name that matches wins, as with an alternation of
    the names sorted longest first. Each name ends in an empty group; the second
    value lists the names in group order, so `match.lastindex` tells which one
    matched. Names in Latin script match whole words only; names in Japanese
    script, which has no spaces, match anywhere.
    """
    trie: dict = {}
    for name in names:
        node = trie
        for unit in _units(name):
            node = node.setdefault(unit, {})
        # Names that differ only in how many spaces they hold are one path; the longest keeps it.
        node.setdefault("", name)
    groups: list[str] = []

    def emit(node: dict, depth: int) -> str:
        branches = []
        for unit in sorted(k for k in node if k):
            head = unit
            if depth == 0 and _ASCII_WORD.match(unit[-1]):
                # The first letter, then "not preceded by a word character": a literal
                # first keeps the engine's fast scan over possible first characters.
                head = f"{unit}(?<!\\w{unit})"
            branches.append(head + emit(node[unit], depth + 1))
        if "" in node:
            # After every longer branch, so that the longest name wins.
            groups.append(node[""])
            branches.append(("(?!\\w)" if _ASCII_WORD.match(node[""][-1]) else "") + "()")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie, 0), groups


class MentionFinder:
    """One compiled pattern for every name, short name and alias of every entity."""

    def __init__(self, names: Iterable[tuple[str, str]]):
        owner: dict[str, str] = {}
        for name, entity_id in names:
            owner.setdefault(_escape_html(name), entity_id)
        # Longest first, so "Japan Ground Self-Defense Force" wins over "Japan".
        ordered = sorted(owner, key=lambda n: (-len(n), n))
        # What decides every split: a cache of mentions is valid while this is unchanged.
        self.key = tuple((n, owner[n]) for n in ordered)
        self._digest = hashlib.blake2b(repr(self.key).encode("utf-8"), digest_size=16)
        self._pattern = None
        if ordered:
            pattern, groups = _trie_pattern(ordered)
            self._pattern = re.compile(pattern)
            self._group_owner = [owner[n] for n in groups]

    def split(self, html: str, link_once: bool = True) -> tuple[Segments, frozenset[str]]:
        """Split HTML at entity mentions outside links and headings; return the ids found."""
        digest = self._digest.copy()
        digest.update(html.encode("utf-8"))
        key = digest.digest()
        if self._pattern is None or not html:
            return Segments.of(((html, None),), key), frozenset()
        segments: list[tuple[str, str | None]] = []
        found: set[str] = set()
        linked: set[str] = set()
        buffer: list[str] = []
        skip_depth = 0
        for part in _TAG.split(html):
            if not part:
                continue
            if part.startswith("<"):
                name = re.match(r"</?\s*([a-zA-Z0-9]+)", part)
                tag = name.group(1).lower() if name else ""
                if tag in _NO_LINK_INSIDE:
                    skip_depth += -1 if part.startswith("</") else 1
                    skip_depth = max(skip_depth, 0)
                buffer.append(part)
                continue
            last = 0
            for match in self._pattern.finditer(part):
                entity_id = self._group_owner[match.lastindex - 1]
                found.add(entity_id)
                if skip_depth or (link_once and entity_id in linked):
                    continue
                linked.add(entity_id)
                buffer.append(part[last:match.start()])
                if buffer:
                    segments.append(("".join(buffer), None))
                    buffer = []
                segments.append((match.group(0), entity_id))
                last = match.end()
            buffer.append(part[last:])
        if buffer:
            segments.append(("".join(buffer), None))
        return Segments.of(segments, key), frozenset(found)


def _escape_html(name: str) -> str:
    # Names are searched in HTML text, where & < > stand escaped.
    return name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
