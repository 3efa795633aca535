"""Find entity names in sanitised HTML and split it into linkable segments."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence


class Segments(Sequence):
    """HTML split at entity mentions: (HTML text, id of the entity it names or None) pairs.

    Kept as the HTML and the places of the mentions in it, and made into pairs
    only when read: a cache can hold thousands of articles without building
    pairs for pages it does not render. `key` is a digest of the HTML and of the
    names it was split by, so a cache can tell whether a page that shows these
    segments is up to date without comparing text.
    """

    __slots__ = ("html", "spans", "key", "_pairs")

    def __init__(self, html: str, spans: tuple[tuple[int, int, str], ...] = (), key: bytes = b""):
        self.html, self.spans, self.key, self._pairs = html, spans, key, None

    def _all(self) -> tuple[tuple[str, str | None], ...]:
        if self._pairs is None:
            # Every mention follows one text segment, empty or not, and one ends the list.
            pairs, last, html = [], 0, self.html
            for start, end, entity_id in self.spans:
                pairs += [(html[last:start], None), (html[start:end], entity_id)]
                last = end
            pairs.append((html[last:], None))
            self._pairs = tuple(pairs)
        return self._pairs

    def __getitem__(self, index):
        return self._all()[index]

    def __iter__(self):
        return iter(self._all())

    def __len__(self) -> int:
        return 2 * len(self.spans) + 1

    def __eq__(self, other) -> bool:
        if isinstance(other, Segments):
            return self.html == other.html and self.spans == other.spans
        return isinstance(other, tuple) and self._all() == other

    def __hash__(self) -> int:
        return hash((self.html, self.spans))

    def __repr__(self) -> str:
        return f"Segments({self._all()!r})"

    def __reduce__(self):
        return Segments, (self.html, self.spans, self.key)


_TAG = re.compile(r"(<[^>]*>)")
_NO_LINK_INSIDE = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "time"}
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


# A letter or digit of a Latin-script word. Python's \w also matches kana and
# kanji, which would stop "NSATU" from being found in "NSATUに".
_LATIN = r"[0-9A-Za-z\u00c0-\u024f]"


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
                head = f"{unit}(?<!{_LATIN}{unit})"
            branches.append(head + emit(node[unit], depth + 1))
        if "" in node:
            # After every longer branch, so that the longest name wins.
            groups.append(node[""])
            branches.append((f"(?!{_LATIN})" if _ASCII_WORD.match(node[""][-1]) else "") + "()")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie, 0), groups


class MentionFinder:
    """One pattern for every name, short name and alias of every entity."""

    def __init__(self, names: Iterable[tuple[str, str]]):
        owner: dict[str, str] = {}
        for name, entity_id in names:
            owner.setdefault(_escape_html(name), entity_id)
        # Longest first, so "Japan Ground Self-Defense Force" wins over "Japan".
        self._ordered = sorted(owner, key=lambda n: (-len(n), n))
        self._owner = owner
        # What decides every split: a cache of mentions is valid while this is unchanged.
        self.key = tuple((n, owner[n]) for n in self._ordered)
        self._digest = hashlib.blake2b(repr(self.key).encode("utf-8"), digest_size=16)
        self._full: tuple[re.Pattern, list[str]] | None = None

    def prepare(self) -> None:
        """Compile the pattern of every name, worth it before splitting many texts (it takes a while)."""
        if self._full is None and self._ordered:
            self._full = self._compile(self._ordered)

    def _compile(self, names: list[str]) -> tuple[re.Pattern, list[str]]:
        pattern, groups = _trie_pattern(names)
        return re.compile(pattern), [self._owner[n] for n in groups]

    def _matcher(self, html: str) -> tuple[re.Pattern, list[str]] | None:
        if self._full is not None:
            return self._full
        # Only names that stand somewhere in the text can match in it, so a pattern
        # of those alone splits it the same way, and compiles in a fraction of the time.
        text = _SPACES.sub(" ", html)
        present = [n for n in self._ordered if _needle(n) in text]
        return self._compile(present) if present else None

    def split(self, html: str, link_once: bool = True) -> tuple[Segments, frozenset[str]]:
        """Split HTML at entity mentions outside links and headings; return the ids found."""
        digest = self._digest.copy()
        digest.update(html.encode("utf-8"))
        key = digest.digest()
        matcher = self._matcher(html) if html else None
        if matcher is None:
            return Segments(html, (), key), frozenset()
        pattern, group_owner = matcher
        spans: list[tuple[int, int, str]] = []
        found: set[str] = set()
        linked: set[str] = set()
        skip_depth = 0
        offset = 0
        for part in _TAG.split(html):
            start, offset = offset, offset + len(part)
            if not part:
                continue
            if part.startswith("<"):
                name = re.match(r"</?\s*([a-zA-Z0-9]+)", part)
                tag = name.group(1).lower() if name else ""
                if tag in _NO_LINK_INSIDE:
                    skip_depth += -1 if part.startswith("</") else 1
                    skip_depth = max(skip_depth, 0)
                continue
            for match in pattern.finditer(part):
                entity_id = group_owner[match.lastindex - 1]
                found.add(entity_id)
                if skip_depth or (link_once and entity_id in linked):
                    continue
                linked.add(entity_id)
                spans.append((start + match.start(), start + match.end(), entity_id))
        return Segments(html, tuple(spans), key), frozenset(found)


_SPACES = re.compile(r"\s+")


def _needle(name: str) -> str:
    """What a name must appear as in text whose runs of whitespace are single spaces."""
    # A name holding whitespace other than spaces is always tried.
    if any(ch.isspace() and ch != " " for ch in name):
        return ""
    return re.sub(" +", " ", name)


def _escape_html(name: str) -> str:
    # Names are searched in HTML text, where & < > stand escaped.
    return name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
