"""Pieces of HTML that many pages show alike, rendered once per build instead of once per page.

An entity page lists every event the entity takes part in and an event page
links every entity involved: through Jinja macros, each date and each entity
link costs a macro call for every row of every page. The `date` and
`entity_link` macros of the theme's `_macros.html` are still what makes them
(a briefing that overrides them sees its own markup), but each is called once
per date, and once per entity and link depth; so they may use only their
argument, `url` and the site-wide globals.
"""

from __future__ import annotations

import jinja2
from markupsafe import Markup


class Snippets:
    """The theme's `date` and `entity_link` macros, remembered by argument."""

    def __init__(self, env: jinja2.Environment):
        self._env = env
        self._dates: dict[object, Markup] = {}
        self._links: dict[tuple[str, str], Markup] = {}
        self._macros: dict[str, object] = {}

    def _module(self, prefix: str):
        """`_macros.html` with links made by prefixing `prefix` (one module per link depth)."""
        module = self._macros.get(prefix)
        if module is None:
            url = lambda target: prefix + target or "./"  # noqa: E731
            module = self._macros[prefix] = self._env.get_template("_macros.html").make_module({"url": url, "markup": Markup})
        return module

    def date(self, d) -> Markup:
        """A date as the `date` macro shows it (links nothing, so any module will do)."""
        try:
            return self._dates[d]
        except KeyError:
            html = self._dates[d] = Markup(self._module("").date(d))
            return html

    def linker(self, prefix: str):
        """`entity_link(node)` for a page whose links to the site root start with `prefix`."""
        links = self._links

        def entity_link(node) -> Markup:
            key = (prefix, node.id)
            try:
                return links[key]
            except KeyError:
                html = links[key] = Markup(self._module(prefix).entity_link(node))
                return html

        return entity_link
