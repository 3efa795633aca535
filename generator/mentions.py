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

    __slots__ = ("html", "spans", "key")

    def __init__(self, html: str, spans: tuple[tuple[int, int, str], ...] = (), key: bytes = b""):
        self.html, self.spans, self.key = html, spans, key

    def __iter__(self):
        # Made as they are read, and not kept: pairs kept by every process
        # that rendered the text would be a second copy of every article.
        # Every mention follows one text segment, empty or not, and one ends the list.
        last, html = 0, self.html
        for start, end, entity_id in self.spans:
            yield html[last:start], None
            yield html[start:end], entity_id
            last = end
        yield html[last:], None

    def _all(self) -> tuple[tuple[str, str | None], ...]:
        return tuple(self)

    def __getitem__(self, index):
        return self._all()[index]

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
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9]+)")
# The step each common tag ("<p>", "</h2>") takes into or out of a part where names are not linked.
_STEPS: dict[str, int] = {}


def _step(tag: str) -> int:
    name = _TAG_NAME.match(tag)
    step = 0 if not name or name.group(1).lower() not in _NO_LINK_INSIDE else -1 if tag.startswith("</") else 1
    if len(tag) <= 12 and len(_STEPS) < 1000:
        _STEPS[tag] = step
    return step
_NO_LINK_INSIDE = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "time"}
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


# A name in Latin script stands apart from a letter or digit of a Latin-script
# word, [0-9A-Za-z\u00c0-\u024f]: Python's \w also matches kana and kanji,
# which would stop "NSATU" from being found in "NSATUに". The class is written
# as two assertions: as one, its range past U+00FF makes `re` build a table of
# 65,536 characters for every name's end, two thirds of the time the pattern of
# 500 entities' names took to compile (0.3 s, before any text is split).
_NOT_LATIN_AFTER = r"(?![0-9A-Za-z])(?![\u00c0-\u024f])"


def _not_latin_before(unit: str) -> str:
    return rf"(?<![0-9A-Za-z]{unit})(?<![\u00c0-\u024f]{unit})"


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
                head = unit + _not_latin_before(unit)
            branches.append(head + emit(node[unit], depth + 1))
        if "" in node:
            # After every longer branch, so that the longest name wins.
            groups.append(node[""])
            branches.append((_NOT_LATIN_AFTER if _ASCII_WORD.match(node[""][-1]) else "") + "()")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie, 0), groups


class MentionFinder:
    """One pattern for every name, short name and alias of every entity."""

    def __init__(self, names: Iterable[tuple[str, str]]):
        owner: dict[str, str] = {}
        for name, entity_id in names:
            owner.setdefault(_escape_html(name), entity_id)
        # An acronym of four letters or more is also written in title case ("Nato" in British and Nordic
        # papers): that form names the same entity, unless another entity has it as a name of its own.
        for name, entity_id in list(owner.items()):
            if len(name) >= 4 and name.isascii() and name.isalpha() and name.isupper():
                owner.setdefault(name[0] + name[1:].lower(), entity_id)
        self._shared = _SharedHeads(owner)
        # A plural is searched like a name, and kept only where it ends a coordination.
        for form, name in self._shared.plurals.items():
            owner.setdefault(form, owner[name])
        # Longest first, so "Japan Ground Self-Defense Force" wins over "Japan".
        self._ordered = sorted(owner, key=lambda n: (-len(n), n))
        self._owner = owner
        # What decides every split: a cache of mentions is valid while this is unchanged.
        self.key = tuple((n, owner[n]) for n in self._ordered)
        self._digest = hashlib.blake2b(repr(self.key).encode("utf-8"), digest_size=16)
        self._full: tuple[re.Pattern, list[str], list[str | None]] | None = None
        self._needles: list[tuple[str, str]] | None = None  # (needle, name), made on the first split

    def prepare(self) -> None:
        """Compile the pattern of every name, worth it before splitting many texts (it takes a while)."""
        if self._full is None and self._ordered:
            self._full = self._compile(self._ordered)

    def _compile(self, names: list[str]) -> tuple[re.Pattern, list[str], list[str | None]]:
        # Per group: its entity, and the name if it may end a coordination (else None).
        pattern, groups = _trie_pattern(names)
        last = self._shared.last
        return re.compile(pattern), [self._owner[n] for n in groups], [n if n in last else None for n in groups]

    def _matcher(self, html: str) -> tuple[re.Pattern, list[str], list[str | None]] | None:
        if self._full is not None:
            return self._full
        # Only names that stand somewhere in the text can match in it, so a pattern
        # of those alone splits it the same way, and compiles in a fraction of the time.
        text = _SPACES.sub(" ", html)
        if self._needles is None:
            self._needles = [(_needle(n), n) for n in self._ordered]
        present = [n for needle, n in self._needles if needle in text]
        return self._compile(present) if present else None

    def split(self, html: str, link_once: bool = True) -> tuple[Segments, frozenset[str]]:
        """Split HTML at entity mentions outside links and headings; return the ids found."""
        digest = self._digest.copy()
        digest.update(html.encode("utf-8"))
        key = digest.digest()
        if not html:
            return Segments(html, (), key), frozenset()
        matcher = self._matcher(html)
        if matcher is None:
            return Segments(html, (), key), frozenset()
        # One scan of the whole HTML finds what a scan of each run of text
        # between tags would, in one call: no name holds '<' or '>' (they
        # stand escaped), so no match crosses a tag, and the '>' before a run
        # and the '<' after it are not letters, as its ends are not. Matches
        # inside a tag are dropped; runs without one are not read again.
        hits = list(matcher[0].finditer(html))
        if not hits:
            return Segments(html, (), key), frozenset()
        spans: list[tuple[int, int, str]] = []
        found: set[str] = set()
        linked: set[str] = set()
        skip_depth = 0
        offset = 0
        i, count = 0, len(hits)
        for part in _TAG.split(html):
            start, offset = offset, offset + len(part)
            if not part:
                continue
            if part[0] == "<":
                step = _STEPS.get(part)
                if step is None:
                    step = _step(part)
                if step:
                    skip_depth = max(skip_depth + step, 0)
                continue
            while i < count and hits[i].start() < start:
                i += 1
            first = i
            while i < count and hits[i].start() < offset:
                i += 1
            if first == i:
                continue
            for begin, end, entity_id in self._mentions(part, matcher, hits[first:i], start):
                found.add(entity_id)
                if skip_depth or (link_once and entity_id in linked):
                    continue
                linked.add(entity_id)
                spans.append((start + begin, start + end, entity_id))
            if i == count:  # no name further on
                break
        return Segments(html, tuple(spans), key), frozenset(found)

    def _mentions(self, text: str, matcher, hits: list[re.Match], shift: int) -> list[tuple[int, int, str]]:
        """Where names stand in a run of text without tags, in order, each with its entity.

        `hits` are the pattern's matches in the run, found in a text where it starts at `shift`.
        """
        pattern, group_owner, group_last = matcher
        shared = self._shared
        mentions: list[tuple[int, int, str]] = []
        floor, restart = 0, 0
        matches = hits
        while restart is not None:
            pos, restart = restart, None
            for match in matches:
                group = match.lastindex - 1
                name = group_last[group]
                begin, end = match.span()
                begin, end = begin - shift, end - shift
                if name is None:
                    mentions.append((begin, end, group_owner[group]))
                    continue
                # Only a name after a join word ("and", "or", "&amp;") may end a coordination.
                if begin > floor and text[begin - 2:begin - 1] in _JOIN_ENDS:
                    conjuncts = shared.coordination(text, begin, end, name, floor)
                    if conjuncts:
                        # The conjuncts before the last were read before it, perhaps as other names.
                        first = conjuncts[-1][0]
                        while mentions and mentions[-1][1] > first:
                            mentions.pop()
                        mentions += reversed(conjuncts)
                        floor = end
                        continue
                if name in shared.plurals:
                    # No coordination: a shorter name may stand inside ("Self-Defense Forces").
                    restart = begin + 1
                    break
                mentions.append((begin, end, group_owner[group]))
            matches, shift = (pattern.finditer(text, restart), 0) if restart is not None else ((), 0)
        return mentions


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


# What joins the last two conjuncts of a coordination ("X and Y", "X, or Y",
# "X &amp; Y": text is searched as HTML), and what joins the ones before
# ("X, Y and Z"). Both end where the next conjunct begins.
_LAST_JOIN = re.compile(r"(?:\s*,)?\s+(?:and|or)\s+\Z|\s*&amp;\s+\Z")
_LIST_JOIN = re.compile(r"\s*,\s*\Z")
# The character before the space before a name that may end a coordination:
# the end of "and", "or" or "&amp;", or more space.
_JOIN_ENDS = frozenset("dr; \t\n\r\f\v")
_WORD = re.compile(r"\S+")
_OPENERS = "([«\"'“‘"
_OPENING = re.compile(f"[{re.escape(_OPENERS)}]+")


def _plural(word: str) -> str:
    """The regular English plural of a noun: "Force" → "Forces", "Agency" → "Agencies"."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word[-1] == "y" and word[-2] not in "aeiouAEIOU":
        return word[:-1] + "ies"
    return word + "s"


class _SharedHeads:
    """Reads names that a coordination shares: "the Air and Maritime Self-Defense Forces".

    Names of several entities may end in the same words, their head, after
    different modifiers: "Air Self-Defense Force" and "Maritime Self-Defense
    Force" share "Self-Defense Force". A coordination writes such a head once,
    after its last conjunct, often in the plural; each conjunct before it is a
    modifier standing alone. Only heads of at least two entities' names are
    kept, and only modifiers that start as a name does (not in lower case, so
    "the" of "the Alliance" is not one). Each conjunct must make a name with
    the head, so a word that does not ("the Army and Maritime …") ends the list.
    """

    def __init__(self, owner: dict[str, str]):
        heads: dict[str, dict[str, str]] = {}
        for name, entity_id in owner.items():
            words = name.split()
            if words and not words[0][0].islower():
                for i in range(1, len(words)):
                    heads.setdefault(" ".join(words[i:]), {})[" ".join(words[:i])] = entity_id
        self._heads = {h: m for h, m in heads.items() if len(set(m.values())) > 1}
        # At most how many words, and characters of text, a modifier of each head takes.
        self._words = {h: max(len(m.split()) for m in mods) for h, mods in self._heads.items()}
        self._chars = {h: 2 * max(map(len, mods)) + 16 for h, mods in self._heads.items()}
        self._names = {" ".join(n.split()) for n in owner}
        # The last word of every modifier: a conjunct ends in one.
        self._ends = {m.rsplit(" ", 1)[-1] for mods in self._heads.values() for m in mods}
        # name → the shared heads it ends in, longest first, each with the name's entity.
        self.last: dict[str, list[tuple[str, str]]] = {}
        # plural form → the name: "Maritime Self-Defense Forces" → "Maritime Self-Defense Force".
        self.plurals: dict[str, str] = {}
        for name, entity_id in owner.items():
            words = name.split()
            ends = [h for h in (" ".join(words[i:]) for i in range(1, len(words))) if h in self._heads]
            if not ends or words[0][0].islower():
                continue
            self.last[name] = [(h, entity_id) for h in ends]
            plural = name.rstrip()[: -len(words[-1])] + _plural(words[-1])
            if plural not in owner:
                self.plurals[plural] = name
                self.last[plural] = self.last[name]

    def coordination(self, text: str, start: int, end: int, name: str, floor: int) -> list[tuple[int, int, str]] | None:
        """The conjuncts that end with the name at text[start:end] and share its head, last first; None unless two or more.

        Nothing before `floor` is read (it belongs to an earlier coordination).
        """
        join = _LAST_JOIN.search(text, max(floor, start - 24), start)
        if join is None:
            return None
        # Most joins are of whole names ("Kavel Air Force and Bran Navy"): the word
        # before the join must end some modifier before any head is tried.
        before = text[max(floor, join.start() - 64):join.start()].split()
        if not before or before[-1].lstrip(_OPENERS) not in self._ends:
            return None
        plural = name in self.plurals
        for head, entity_id in self.last[name]:
            claims = [(start, end, entity_id)]
            at = join
            while at is not None:
                stop = at.start()
                conjunct = self._modifier_before(text, stop, head, floor)
                if conjunct is None:
                    break
                begin, owner = conjunct
                # "Japan and Korea Coast Guard officials": before a singular head, a
                # conjunct that is a name of its own more likely stands alone.
                if not plural and " ".join(text[begin:stop].split()) in self._names:
                    break
                claims.append((begin, stop, owner))
                at = _LIST_JOIN.search(text, max(floor, begin - 8), begin)
            if len(claims) > 1:
                return claims
        return None

    def _modifier_before(self, text: str, end: int, head: str, floor: int) -> tuple[int, str] | None:
        """Where the longest modifier of the head that ends at `end` (spaces aside) begins, and whose it is."""
        while end > floor and text[end - 1].isspace():
            end -= 1
        low = max(floor, end - self._chars[head])
        words = text[low:end].split()
        if low > floor and words and not text[low - 1].isspace() and not text[low].isspace():
            words = words[1:]  # the window cut this word
        modifiers = self._heads[head]
        for j in range(min(self._words[head], len(words)), 0, -1):
            candidate = " ".join(words[-j:])
            opening = _OPENING.match(candidate) if candidate[0] in _OPENERS else None
            if opening:
                candidate = candidate[opening.end():]
            entity_id = modifiers.get(candidate)
            if entity_id is not None:
                first = [m.start() for m in _WORD.finditer(text, low, end)][-j]
                return first + (opening.end() if opening else 0), entity_id
        return None
