"""The links and ids of the page being rendered, noted as its templates write them.

The link check (generator/linkcheck.py) then need not read a page back to
learn what it links to: only a page with a link that turns out broken is
read, to say exactly which links and where. So what is noted must hold every
link the page makes (it may hold more) and only ids the page has (it may miss
some); `tests/test_pagelinks.py` compares both with a reading of every page.

The shipped templates write every link through `url()` or the `href` filter,
every id through the `html_id` filter, and content HTML through `markup()` or
the `segments` filter. A briefing with templates of its own gets no record: its pages are
read, as any page was before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from markupsafe import Markup

from generator.linkcheck import PageLinks, content_links


class LinkRecorder:
    """Notes links and ids for one page at a time (`start`, then `record`).

    An inactive one (for templates of a briefing's own) reads no content HTML.
    """

    def __init__(self, active: bool = True):
        self.active = active
        self.links: list[str] = []
        self.ids: list[str] = []

    def start(self) -> None:
        # Emptied in place: the `url` functions made for earlier pages (a snippet's, say) note into these lists.
        self.links.clear()
        self.ids.clear()

    def record(self) -> PageLinks:
        """What the page made since `start`: each link once."""
        return PageLinks(tuple(dict.fromkeys(self.links)), frozenset(self.ids))

    def url_from(self, prefix: str) -> Callable[[str], str]:
        """Templates' `url(target)` on a page whose links to the site root start with `prefix`, noting each link."""

        note = self.links.append

        def url(target: str) -> str:
            made = prefix + target or "./"
            note(made)
            return made

        return url

    def href(self, value):
        """A link a template writes other than through `url()` (an #anchor, a source's address): noted and given back (the `href` filter)."""
        self.links.append(value.unescape() if isinstance(value, Markup) else str(value))
        return value

    def html_id(self, value):
        """An id a template gives an element: noted and given back (the `html_id` filter)."""
        self.ids.append(value.unescape() if isinstance(value, Markup) else str(value))
        return value

    def markup(self, html) -> Markup:
        """Sanitised content HTML as Markup, with its links and ids noted."""
        self.content(html)
        return Markup(html)

    def content(self, html: str) -> None:
        """Note the links and ids of sanitised content HTML shown in a page's text."""
        if not self.active:
            return
        found = content_links(html)
        if found.links:
            self.links += found.links
        if found.ids:
            self.ids += found.ids

    def mark(self) -> tuple[int, int]:
        """Where the notes of the page stand now, for `since`."""
        return len(self.links), len(self.ids)

    def since(self, mark: tuple[int, int]) -> tuple[tuple[str, ...], tuple[str, ...]] | tuple[()]:
        """What was noted after `mark`, for a piece of HTML remembered and shown again (generator/snippets.py); () for nothing."""
        links, ids = tuple(self.links[mark[0]:]), tuple(self.ids[mark[1]:])
        return (links, ids) if links or ids else ()

    def replay(self, noted: tuple[Iterable[str], Iterable[str]]) -> None:
        """Note again what `since` gave, where the remembered piece is shown again."""
        links, ids = noted
        if links:
            self.links += links
        if ids:
            self.ids += ids
