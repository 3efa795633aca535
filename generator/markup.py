"""Markdown and scraped text become sanitised HTML; nothing else makes HTML from content."""

from __future__ import annotations

import html
import re
import threading

import markdown
import nh3
from markdown import treeprocessors, util

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
# C0 and C1 control characters but tab, newline and carriage return: invisible,
# invalid in XML (so in a feed), and a NUL ends a C string.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# Python-Markdown's inline patterns (3.x with `extra`), each with the text that
# every match of it contains. Keyed by name and exact regex: a pattern that a
# later release changes, or that another extension adds, is always tried.
_NEEDS = {
    ("backtick", r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`)"): ("`",),
    ("escape", r"\\(.)"): ("\\",),
    ("footnote", r"\[\^([^\]]*)\]"): ("[",),
    ("reference", r"(?<!\!)\["): ("[",),
    ("link", r"(?<!\!)\["): ("[",),
    ("image_link", r"\!\["): ("![",),
    ("image_reference", r"\!\["): ("![",),
    ("short_reference", r"(?<!\!)\["): ("[",),
    ("short_image_ref", r"\!\["): ("![",),
    ("autolink", r"<([A-Za-z][A-Za-z0-9+.-]*://[^<>]*)>"): ("<",),
    ("automail", r"<([^<> !]+@[^@<> ]+)>"): ("<",),
    ("linebreak", r"  \n"): ("  \n",),
    ("html", (
        r"""(<(\/?+[a-zA-Z][^\s"'<>@]*+(?:\s+[^\s"'=<>]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'=<>]++))?+)*+\s*+/?"""
        r"""|!--(?:(?!<!--|-->).)*--|[?](?:(?!<[?]|[?]>).)*[?]|!\[CDATA\[(?:(?!<!\[CDATA\[|\]\]>).)*\]\])>)"""
    )): ("<",),
    ("entity", r"(&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)"): ("&",),
    ("em_strong", r"\*|_"): ("*", "_"),
}


class _SkippingInlineProcessor(treeprocessors.InlineProcessor):
    """Python-Markdown's inline pass, without trying patterns that cannot match a text.

    The stock pass runs each of its fifteen patterns over every paragraph, list
    item and heading; in prose without brackets, backticks, `<` or `&` all but
    emphasis are sure to fail, and trying them was half of Markdown's time. A
    pattern is skipped only when the text lacks what every match of it
    contains, so the output is the same.
    """

    def run(self, tree, ancestors=None):
        self.inlinePatterns._sort()
        needs = [_NEEDS.get((item.name, self.inlinePatterns[item.name].compiled_re.pattern)) for item in self.inlinePatterns._priority]
        # A single string is tested with one `in`, the common case.
        self._pattern_needs = [need[0] if need and len(need) == 1 else need for need in needs]
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        # The stock loop (InlineProcessor.__handleInline), with the skip added.
        if isinstance(data, util.AtomicString):
            return data
        patterns, needs = self.inlinePatterns, self._pattern_needs
        apply = self._InlineProcessor__applyPattern
        start, count = 0, len(patterns)
        while patternIndex < count:
            need = needs[patternIndex]
            if need is not None and (need not in data if type(need) is str else not any(n in data for n in need)):
                patternIndex, start = patternIndex + 1, 0
                continue
            data, matched, start = apply(patterns[patternIndex], data, patternIndex, start)
            if not matched:
                patternIndex += 1
        return data


def _skip_hopeless_patterns(md: markdown.Markdown) -> None:
    """Put `_SkippingInlineProcessor` in place of the stock inline pass, where it is the stock one."""
    if type(md.treeprocessors["inline"]) is not treeprocessors.InlineProcessor or not all(
        hasattr(treeprocessors.InlineProcessor, f"_InlineProcessor__{name}") for name in ("handleInline", "applyPattern")
    ):
        return
    priority = next(item.priority for item in md.treeprocessors._priority if item.name == "inline")
    md.treeprocessors.register(_SkippingInlineProcessor(md), "inline", priority)


def _markdown() -> markdown.Markdown:
    # Building a Markdown instance loads every extension; one per thread is reused.
    md = getattr(_local, "md", None)
    if md is None:
        # Typographic quotes and dashes come from `smarten`, which gives what the
        # `smarty` extension gives at a tenth of its cost.
        md = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
        _skip_hopeless_patterns(md)
        _local.md = md
    return md


def sanitise(fragment: str) -> str:
    """Strip everything but plain article markup from an HTML fragment."""
    clean = nh3.clean(
        fragment,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    # Files lose their control characters when read, but a character
    # reference (`&#7;`) makes one again, and XML forbids it.
    return CONTROL_CHARACTERS.sub("", clean)


# A start tag as the sanitiser writes it: every attribute `name="value"`, with
# no '"' inside a value and no '<' in text, so a tag is found exactly.
_START_TAG = re.compile(r'<[a-zA-Z][a-zA-Z0-9]*((?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*)\s*/?>')
_ATTRIBUTE = re.compile(r'(\s+)([^\s"\'>/=]+)(?:="([^"]*)")?')


def scope_ids(fragment: str, prefix: str) -> str:
    """Sanitised HTML with every id it defines prefixed, and its links to them (`#id`) too.

    Content may give any id (`{#main}` in Markdown, `<span id=...>`, footnotes'
    `fn:1`) and one page shows several pieces of content beside the
    template's own ids. Each piece a page shows gets its own prefix, which
    holds a ':' that no template id has, so no two ids on a page are the same;
    an id given twice in one text stays on its first element only.
    """
    if ' id="' not in fragment:
        return fragment
    ids = {
        value
        for tag in _START_TAG.finditer(fragment)
        for _, name, value in _ATTRIBUTE.findall(tag.group(1))
        if name == "id"
    }
    if not ids:
        return fragment

    seen: set[str] = set()

    def scoped(match: re.Match) -> str:
        attributes = match.group(1)
        out = []
        for space, name, value in _ATTRIBUTE.findall(attributes):
            if name == "id":
                if value in seen:
                    continue  # the same id again in one text: its first element keeps it
                seen.add(value)
            if name == "id" or (name == "href" and value.startswith("#") and value[1:] in ids):
                value = ("#" + prefix + value[1:]) if name == "href" else prefix + value
            out.append(f'{space}{name}="{value}"')
        start, end = match.span(1)
        whole = match.group()
        return whole[: start - match.start()] + "".join(out) + whole[end - match.start():]

    return _START_TAG.sub(scoped, fragment)


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
