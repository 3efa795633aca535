"""Find entity names in sanitised HTML and split it into linkable segments."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A segment is HTML text, with the id of the entity it names or None.
Segments = tuple[tuple[str, str | None], ...]

_TAG = re.compile(r"(<[^>]*>)")
_NO_LINK_INSIDE = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "time"}


# A letter or digit of a Latin-script word. Python's \w also matches kana and
# kanji, which would stop "NSATU" from being found in "NSATUに".
_LATIN = r"[0-9A-Za-z\u00c0-\u024f]"


def _pattern_for(name: str) -> str:
    escaped = re.escape(name).replace(r"\ ", r"\s+")
    # Whole words for names in Latin script; Japanese has no spaces, so a name in
    # it is matched wherever it stands.
    if re.match(_LATIN, name[0]):
        escaped = rf"(?<!{_LATIN})" + escaped
    if re.match(_LATIN, name[-1]):
        escaped = escaped + rf"(?!{_LATIN})"
    return escaped


class MentionFinder:
    """One compiled pattern for every name, short name and alias of every entity."""

    def __init__(self, names: Iterable[tuple[str, str]]):
        owner: dict[str, str] = {}
        for name, entity_id in names:
            owner.setdefault(_escape_html(name), entity_id)
        self._owner = owner
        # Longest first, so "Japan Ground Self-Defense Force" wins over "Japan".
        ordered = sorted(owner, key=lambda n: (-len(n), n))
        self._pattern = (
            re.compile("|".join(f"({_pattern_for(n)})" for n in ordered)) if ordered else None
        )
        self._group_owner = [owner[n] for n in ordered]

    def split(self, html: str, link_once: bool = True) -> tuple[Segments, frozenset[str]]:
        """Split HTML at entity mentions outside links and headings; return the ids found."""
        if self._pattern is None or not html:
            return ((html, None),), frozenset()
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
        return tuple(segments), frozenset(found)


def _escape_html(name: str) -> str:
    # Names are searched in HTML text, where & < > stand escaped.
    return name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
