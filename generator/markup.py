"""Markdown and scraped text become sanitised HTML; nothing else makes HTML from content."""

from __future__ import annotations

import html
import threading

import markdown
import nh3

from generator.typography import smarten

# Tags an article or a curated summary may use. Scripts, styles, forms, frames
# and every event-handler attribute are dropped by nh3 (ammonia).
_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "dd", "del", "dl", "dt",
    "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong",
    "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
}
_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "time": {"datetime"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "*": {"lang", "id"},
}
_local = threading.local()


def _markdown() -> markdown.Markdown:
    # Building a Markdown instance loads every extension; one per thread is reused.
    md = getattr(_local, "md", None)
    if md is None:
        # Typographic quotes and dashes come from `smarten`, which gives what the
        # `smarty` extension gives at a tenth of its cost.
        md = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
        _local.md = md
    return md


def sanitise(fragment: str) -> str:
    """Strip everything but plain article markup from an HTML fragment."""
    return nh3.clean(
        fragment,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def markdown_to_html(text: str) -> str:
    """Render Markdown to sanitised HTML."""
    md = _markdown()
    md.reset()
    return sanitise(smarten(md.convert(text)))


def inline_markdown(text: str) -> str:
    """Render a one-line Markdown string without its wrapping paragraph."""
    rendered = markdown_to_html(text).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    return rendered


def blocks_to_html(blocks) -> str:
    """Render the blocks of a scraped article; their text is escaped, never parsed."""
    out = []
    for block in blocks:
        if block.kind == "h":
            out.append(f"<h2>{html.escape(block.text, quote=False)}</h2>")
        elif block.kind == "ul":
            items = "".join(f"<li>{html.escape(item, quote=False)}</li>" for item in block.items)
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<p>{html.escape(block.text, quote=False)}</p>")
    return "\n".join(out)
