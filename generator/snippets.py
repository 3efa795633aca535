"""Pieces of HTML that many pages show alike, rendered once per build instead of once per page.

An entity page lists every event the entity takes part in and an event page
links every entity involved: through Jinja macros, each date and each link
costs a macro call for every row of every page. The theme's `_macros.html`
still makes them (a briefing that overrides a macro sees its own markup), but
`date` is called once per date, and `entity_link` and `dated_link` once per
node and link depth; so these see their argument and the site-wide names, not
the variables of the page that shows them. `facts` too is called from one
copy of `_macros.html` per link depth, instead of a copy made for each page.
Templates reach them as filters, which Jinja calls directly: a function call
from a template goes through `Context.call`, which costs several times as much.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

import jinja2
from markupsafe import Markup

from generator.dates import span_parts
from generator.pagelinks import LinkRecorder


class Snippets:
    """The theme's `date`, `span`, `entity_link`, `dated_link` and `facts` macros as filters; all but `facts` remembered by argument."""

    def __init__(
        self, env: jinja2.Environment, entity: Callable, noting: Callable[[], AbstractContextManager[set]], note: Callable[[set], None],
        links: LinkRecorder,
    ):
        self._env = env
        # The renderer's entity lookup, which notes what the page depends on.
        self._entity = entity
        # What a macro looks up in the graph, noted apart while it runs, is
        # noted again for every page that shows its result.
        self._noting, self._note = noting, note
        # The page's links and ids, noted as they are made (a remembered piece's again where it is shown).
        self._links = links
        # What links from the page being rendered to the site root start with.
        self.prefix = ""
        self._made: dict[tuple, tuple[Markup, frozenset, tuple]] = {}
        self._modules: dict[str, object] = {}
        env.filters.update(date=self.date, span=self.span, entity_link=self.entity_link, dated_link=self.dated_link, facts=self.facts)
        # What the `span` macro splits an interval's words with (generator/dates.py).
        env.globals["span_parts"] = span_parts

    def _module(self, prefix: str):
        """`_macros.html` with links made by prefixing `prefix` (one module per link depth)."""
        module = self._modules.get(prefix)
        if module is None:
            module = self._modules[prefix] = self._env.get_template("_macros.html").make_module(
                {"url": self._links.url_from(prefix), "markup": self._links.markup}
            )
        return module

    def date(self, d) -> Markup:
        """A date (or None) as the `date` macro shows it."""
        return self._snippet("date", d, d)

    def span(self, start, end=None) -> Markup:
        """A date or an interval (start, end) as the `span` macro shows it; a theme whose
        `_macros.html` has no `span` shows the start as its `date` does."""
        if not hasattr(self._module(self.prefix), "span"):
            return self.date(start)
        return self._snippet("span", (start, end), start, end)

    def entity_link(self, node) -> Markup:
        """An entity (its node, or its id) as a link, as the `entity_link` macro makes it."""
        if isinstance(node, str):
            node = self._entity(node)
        return self._snippet("entity_link", node.id, node)

    def dated_link(self, node) -> Markup:
        """An event node's date and a link to it, as the `dated_link` macro makes them."""
        return self._snippet("dated_link", node.id, node)

    def facts(self, items) -> Markup:
        """A list of facts as the `facts` macro shows it: shown once, so made each time."""
        return Markup(self._module(self.prefix).facts(items))

    def _snippet(self, macro: str, key, *values) -> Markup:
        key = (macro, self.prefix, key)
        made = self._made.get(key)
        if made is None:
            mark = self._links.mark()
            with self._noting() as looked_up:
                html = Markup(getattr(self._module(self.prefix), macro)(*values))
            made = self._made[key] = (html, frozenset(looked_up), self._links.since(mark))
        else:
            if made[1]:
                self._note(made[1])
            if made[2]:
                self._links.replay(made[2])
        return made[0]
