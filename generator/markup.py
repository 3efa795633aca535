"""Markdown and scraped text become sanitised HTML; nothing else makes HTML from content."""

from __future__ import annotations

import html
import re
import sys
import threading
import types

import markdown
import nh3
from markdown import inlinepatterns, treeprocessors, util

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
# Of those, the patterns whose every match becomes a placeholder whatever
# surrounds it: they have no look-behind, and their handler reads only the
# match. All their matches in a text are replaced in one pass (see below).
_SELF_CONTAINED = {"escape", "autolink", "automail", "html", "entity"}
_BRACKETS = re.compile(r"[\[\]]")
# The sanitiser's HTML parser (html5ever) takes time that grows with the square
# of how deeply elements nest, in one call that no time limit can stop: 20,000
# nested <div> took 8 s. No article nests this deep.
MAX_HTML_DEPTH = 500
# Lists or quotes inside each other this many times are no article's either. Python-Markdown before 3.11.4 hit Python's
# recursion limit at some two hundred levels (read as the error below); later versions render them: the same error, from
# the rendered lists, whichever version is installed.
MAX_LIST_DEPTH = 100
_LIST_TAGS = frozenset({"ul", "ol", "blockquote"})
_TOO_DEEP = "Markdown nested too deeply to read (lists or quotes inside each other hundreds of times): flatten it"
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*?(/?)>")
# Elements that never hold others, or that the next sibling closes.
_FLAT = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rb", "rt", "rp",
}


class MarkupError(ValueError):
    """Markdown that cannot be read within bounds; the message says what to change."""


class _SkippingInlineProcessor(treeprocessors.InlineProcessor):
    """Python-Markdown's inline pass, without trying patterns that cannot match a text.

    The stock pass runs each of its fifteen patterns over every paragraph, list
    item and heading; in prose without brackets, backticks, `<` or `&` all but
    emphasis are sure to fail, and trying them was half of Markdown's time. A
    pattern is skipped only when the text lacks what every match of it
    contains, so the output is the same.
    """

    _patterns: tuple = ()

    def run(self, tree, ancestors=None):
        registry = self.inlinePatterns
        registry._sort()
        patterns = tuple(registry._data[item.name] for item in registry._priority)
        # Worked out again only when the patterns change, not for every text.
        if patterns != self._patterns:
            known = [(item.name, pattern.compiled_re.pattern) for item, pattern in zip(registry._priority, patterns)]
            needs = [_NEEDS.get(key) for key in known]
            # A single string is tested with one `find`, the common case.
            self._pattern_needs = [need[0] if need and len(need) == 1 else need for need in needs]
            self._whole = [key in _NEEDS and key[0] in _SELF_CONTAINED for key in known]
            self._patterns = patterns
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        # The stock loop (InlineProcessor.__handleInline), with the skip added.
        if isinstance(data, util.AtomicString):
            return data
        patterns, needs, whole = self.inlinePatterns, self._pattern_needs, self._whole
        apply = self._InlineProcessor__applyPattern
        start, count = 0, len(patterns)
        while patternIndex < count:
            need = needs[patternIndex]
            # Looked for from `start` only: every match lies after it, and the
            # placeholders before it would be read again after every match.
            if need is not None and (data.find(need, start) < 0 if type(need) is str else all(data.find(n, start) < 0 for n in need)):
                patternIndex, start = patternIndex + 1, 0
                continue
            if whole[patternIndex]:
                data = self._apply_everywhere(patterns[patternIndex], data)
                patternIndex, start = patternIndex + 1, 0
                continue
            data, matched, start = apply(patterns[patternIndex], data, patternIndex, start)
            if not matched:
                patternIndex += 1
        return data

    def _InlineProcessor__processPlaceholders(self, data, parent, isText: bool = True):
        # The stock method (InlineProcessor.__processPlaceholders), with the text
        # between elements gathered and joined once: it added each piece with
        # `+=`, copying all before it, 1.3 s for 60,000 pieces in one paragraph.
        result, pending = [], []

        def flush():
            if not pending:
                return
            text = pending[0] if len(pending) == 1 else "".join(pending)
            pending.clear()
            if result:
                node, attr = result[-1][0], "tail"
            else:
                node, attr = parent, "tail" if not isText else "text"
            before = getattr(node, attr)
            setattr(node, attr, before + text if before else text)

        prefix = self._InlineProcessor__placeholder_prefix
        find_placeholder = self._InlineProcessor__findPlaceholder
        element_text = self._InlineProcessor__processElementText
        start = 0
        while data:
            index = data.find(prefix, start)
            if index == -1:
                text = data[start:]
                if isinstance(data, util.AtomicString):
                    text = util.AtomicString(text)
                if text:
                    pending.append(text)
                break
            id, end = find_placeholder(data, index)
            if id not in self.stashed_nodes:  # not a placeholder after all
                after = index + len(prefix)
                if data[start:after]:
                    pending.append(data[start:after])
                start = after
                continue
            node = self.stashed_nodes.get(id)
            if index > 0 and data[start:index]:
                pending.append(data[start:index])
            if isinstance(node, str):
                if node:
                    pending.append(node)
                start = end
                continue
            for child in [node] + list(node):
                if child.tail and child.tail.strip():
                    element_text(node, child, False)
                if child.text and child.text.strip():
                    element_text(child, child)
            start = end
            flush()
            result.append((node, self.ancestors[:]))
        flush()
        return result

    def _apply_everywhere(self, pattern, data: str) -> str:
        """Every match of a self-contained pattern replaced, as the stock loop does one at a time.

        The stock loop copies the whole text once per match: 30,000 tags and
        entities in one scraped paragraph took seconds. The matches and the
        placeholders are the same; the text is put together once.
        """
        if any(exclude.lower() in self.ancestors for exclude in pattern.ANCESTOR_EXCLUDES):
            return data
        compiled, stash = pattern.getCompiledRegExp(), self._InlineProcessor__stashNode
        pieces, done, pos = [], 0, 0
        while (match := compiled.search(data, pos)) is not None:
            node, start, end = pattern.handleMatch(match, data)
            if start is None or end is None:
                pos = match.end(0)
                continue
            if node is not None:
                # These patterns make text or elements of atomic text: nothing inside to parse.
                pieces += (data[done:start], stash(node, pattern.type()))
                done = end
            pos = end if end > match.start(0) else match.end(0)
        return "".join(pieces) + data[done:] if pieces else data


def _skip_hopeless_patterns(md: markdown.Markdown) -> None:
    """Put `_SkippingInlineProcessor` in place of the stock inline pass, where it is the stock one."""
    if type(md.treeprocessors["inline"]) is not treeprocessors.InlineProcessor or not all(
        hasattr(treeprocessors.InlineProcessor, f"_InlineProcessor__{name}")
        for name in ("handleInline", "applyPattern", "processPlaceholders", "findPlaceholder", "processElementText", "stashNode")
    ):
        return
    priority = next(item.priority for item in md.treeprocessors._priority if item.name == "inline")
    md.treeprocessors.register(_SkippingInlineProcessor(md), "inline", priority)
    for pattern in md.inlinePatterns:
        if isinstance(pattern, inlinepatterns.LinkInlineProcessor) and type(pattern).getText is inlinepatterns.LinkInlineProcessor.getText:
            pattern.getText = types.MethodType(_link_text, pattern)


def _skip_hopeless_blocks(md: markdown.Markdown) -> None:
    """Tell the table and definition-list block tests to give up at once on a block without '|' or ':'.

    Every paragraph is tested for both; a table's first row holds a '|' (its
    cells' divider, or its border) and a definition a ':', so the stock tests
    can only say no to a block without them, and said it after splitting it
    into rows and cells (5% of Markdown's time for the corpus's articles).
    """
    from markdown.extensions.def_list import DefListProcessor
    from markdown.extensions.tables import TableProcessor

    for processor in md.parser.blockprocessors:
        if type(processor) in (TableProcessor, DefListProcessor):
            processor.test = _needing("|" if type(processor) is TableProcessor else ":", processor.test)


def _needing(needle: str, test):
    def needing(parent, block: str) -> bool:
        return needle in block and test(parent, block)

    return needing


def _link_text(pattern, data: str, index: int) -> tuple[str, int, bool]:
    """`LinkInlineProcessor.getText` in linear time: the text between `[` (just before index) and its `]`.

    The stock one walks to the end of the text for every `[` that is never
    closed, so 20 KB of `[` took 43 s. Here a `[` whose `]` comes before
    any other `[` is found by two searches, and nested brackets are paired
    once per text.
    """
    close = data.find("]", index)
    if close < 0:
        return "", len(data), False
    if data.find("[", index, close) < 0 or data[index - 1:index] != "[":
        if data[index - 1:index] == "[":
            return data[index:close], close + 1, True
        return inlinepatterns.LinkInlineProcessor.getText(pattern, data, index)
    pairs = pattern.__dict__.get("_pairs")
    if pairs is None or pairs[0] is not data:
        opened, closing = [], {}
        for bracket in _BRACKETS.finditer(data):
            if bracket[0] == "[":
                opened.append(bracket.start())
            elif opened:
                closing[opened.pop()] = bracket.start()
        pairs = pattern._pairs = (data, closing)
    close = pairs[1].get(index - 1)
    if close is None:
        return "", len(data), False
    return data[index:close], close + 1, True


def _markdown() -> markdown.Markdown:
    # Building a Markdown instance loads every extension; one per thread is reused.
    md = getattr(_local, "md", None)
    if md is None:
        # Typographic quotes and dashes come from `smarten`, which gives what the
        # `smarty` extension gives at a tenth of its cost.
        md = markdown.Markdown(extensions=_extensions(), output_format="html")
        _skip_hopeless_patterns(md)
        _skip_hopeless_blocks(md)
        _local.md = md
    return md


_SANITISER = {
    "tags": _TAGS,
    "attributes": _ATTRIBUTES,
    "url_schemes": {"http", "https", "mailto"},
    "link_rel": "noopener noreferrer",
}


def _cleaner():
    """The sanitiser's `clean`, its rules built once per thread.

    `nh3.clean` turns the Python sets of tags and attributes into ammonia's
    rules on every call, most of the cost of a short text; `nh3.Cleaner` (nh3
    0.3, the floor in pyproject.toml) keeps them.
    """
    clean = getattr(_local, "clean", None)
    if clean is None:
        clean = _local.clean = nh3.Cleaner(**_SANITISER).clean
    return clean


def _extensions() -> list:
    """`extra` (its extensions, in its order) and `sane_lists`, as instances.

    Named by string, each extension is first looked for among the entry points
    of every installed package, a scan that took as long as building the rest.
    """
    if "pygments" not in sys.modules and "markdown.extensions.codehilite" not in sys.modules:
        # `fenced_code` imports `codehilite`, which imports Pygments (25 ms) to
        # colour code blocks only when `codehilite` is turned on; it is not.
        # Told that Pygments is missing, it leaves it unloaded.
        sys.modules["pygments"] = None  # type: ignore[assignment]
        try:
            import markdown.extensions.codehilite  # noqa: F401
        finally:
            del sys.modules["pygments"]
    from markdown.extensions import abbr, attr_list, def_list, fenced_code, footnotes, md_in_html, sane_lists, tables

    return [
        fenced_code.FencedCodeExtension(), footnotes.FootnoteExtension(), attr_list.AttrListExtension(),
        def_list.DefListExtension(), tables.TableExtension(), abbr.AbbrExtension(),
        md_in_html.MarkdownInHtmlExtension(), sane_lists.SaneListExtension(),
    ]


def make_ready() -> None:
    """Build this process's Markdown converter now, before it forks workers: they share it instead of each building one."""
    _markdown()


def sanitise(fragment: str) -> str:
    """Strip everything but plain article markup from an HTML fragment."""
    clean = _cleaner()(fragment)
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
    try:
        converted = md.convert(text)
    except RecursionError:
        _local.md = None  # left half-way through the text
        raise MarkupError(_TOO_DEEP) from None
    except BaseException:  # stopped from outside (a time limit, Ctrl-C): the same
        _local.md = None
        raise
    deepest, lists = _html_depth(converted) if converted.count("<") > 2 * MAX_LIST_DEPTH else (0, 0)
    if lists > MAX_LIST_DEPTH:
        raise MarkupError(_TOO_DEEP)
    if deepest > MAX_HTML_DEPTH:
        raise MarkupError(f"its HTML nests more than {MAX_HTML_DEPTH} elements inside each other (is it a scraped page of markup?): flatten it")
    return sanitise(smarten(converted))


def _html_depth(fragment: str) -> tuple[int, int]:
    """How deeply the elements of an HTML fragment nest, at most, and its lists and quotes among them (end tags left out
    count as nesting)."""
    depth = deepest = lists = deepest_lists = 0
    for tag in _TAG.finditer(fragment):
        name = tag[2].lower()
        if tag[3] or name in _FLAT:
            continue
        step = -1 if tag[1] else 1
        depth = max(depth + step, 0)
        deepest = max(deepest, depth)
        if name in _LIST_TAGS:
            lists = max(lists + step, 0)
            deepest_lists = max(deepest_lists, lists)
    return deepest, deepest_lists


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
