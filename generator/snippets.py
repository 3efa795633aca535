"""Pieces of HTML that many pages show alike, rendered once per build instead of once per page.

An entity page lists every event the entity takes part in and an event page
links every entity involved: through Jinja macros, each date and each link
costs a macro call for every row of every page. The theme's `_macros.html`
still makes them (a briefing that overrides a macro sees its own markup), but
`date` is called once per date, and `entity_link` and `dated_link` once per
node and link depth; so these may use only their argument, `url` and the
site-wide globals. Templates reach them as filters, which Jinja calls
directly (a function call from a template goes through `Context.call`, which
costs several times as much).
"""

from __future__ import annotations

import jinja2
from markupsafe import Markup


class Snippets:
    """The theme's `date`, `entity_link` and `dated_link` macros as filters, remembered by argument."""

    def __init__(self, env: jinja2.Environment, entity):
        self._env = env
        # The renderer's entity lookup, which notes what the page depends on.
        self._entity = entity
        # What links from the page being rendered to the site root start with.
        self.prefix = ""
        self._dates: dict[object, Markup] = {}
        self._made: dict[tuple[str, str, str], Markup] = {}
        self._modules: dict[str, object] = {}
        env.filters.update(date=self.date, entity_link=self.entity_link, dated_link=self.dated_link)

    def _module(self, prefix: str):
        """`_macros.html` with links made by prefixing `prefix` (one module per link depth)."""
        module = self._modules.get(prefix)
        if module is None:
            url = lambda target: prefix + target or "./"  # noqa: E731
            module = self._modules[prefix] = self._env.get_template("_macros.html").make_module({"url": url, "markup": Markup})
        return module

    def date(self, d) -> Markup:
        """A date (or None) as the `date` macro shows it; it links nothing, so any depth will do."""
        try:
            return self._dates[d]
        except KeyError:
            html = self._dates[d] = Markup(self._module("").date(d))
            return html

    def entity_link(self, node) -> Markup:
        """An entity (its node, or its id) as a link, as the `entity_link` macro makes it."""
        if isinstance(node, str):
            node = self._entity(node)
        return self._made.get(("entity_link", self.prefix, node.id)) or self._make("entity_link", node)

    def dated_link(self, node) -> Markup:
        """An event node's date and a link to it, as the `dated_link` macro makes them."""
        return self._made.get(("dated_link", self.prefix, node.id)) or self._make("dated_link", node)

    def _make(self, macro: str, node) -> Markup:
        html = self._made[(macro, self.prefix, node.id)] = Markup(getattr(self._module(self.prefix), macro)(node))
        return html
