"""Typographic punctuation for rendered Markdown: curly quotes, dashes and ellipses.

What Python-Markdown's `smarty` extension does, with its rules (taken from
SmartyPants), but as one pass over the finished HTML instead of a dozen inline
patterns tried at every position of every paragraph: the extension tripled the
cost of rendering an article. Text inside `code`, `pre`, `kbd`, `samp`,
`script` and `style`, and everything inside tags, is left as written.
"""

from __future__ import annotations

import re

# Markup: a tag, a comment, or an HTML entity (kept whole, so that `&amp;` is not text).
_MARKUP = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_VERBATIM = {"code", "pre", "kbd", "samp", "script", "style", "math"}
# After these tags the text starts afresh, as at the start of a paragraph.
_BLOCK = re.compile(r"</?(?:p|li|h[1-6]|blockquote|td|th|dt|dd|div|br|hr|ul|ol|table|tr|figcaption)\b", re.I)
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")

_PUNCT = r"""[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"""
# Characters after which a quote closes (SmartyPants' "close class").
_CLOSE = r"[^ \t\r\n\[{(\-\x00]"
_OPENING = r"(\s|\xa0|--|–|—)"

# In the order SmartyPants applies them; \x00 stands for "start of the text".
_RULES = [
    (re.compile(r"\.\.\."), "…"),
    (re.compile(r"---"), "—"),
    (re.compile(r"--"), "–"),
    (re.compile(r"(?<=\x00)'(?=%s\B)" % _PUNCT), "’"),
    (re.compile(r'(?<=\x00)"(?=%s\B)' % _PUNCT), "”"),
    (re.compile(r""""'(?=\w)"""), "“‘"),
    (re.compile(r"""'"(?=\w)"""), "‘“"),
    (re.compile(r"(?<!\w)'(?=\d{2}s)"), "’"),
    (re.compile(r'%s"(?=\w)' % _OPENING), r"\1“"),
    (re.compile(r'"(?=\s)'), "”"),
    (re.compile(r'(?<=%s)"' % _CLOSE), "”"),
    (re.compile(r"%s'(?=\w)" % _OPENING), r"\1‘"),
    (re.compile(r"(?<=%s)'(?!\s|s\b|\d)" % _CLOSE), "’"),
    (re.compile(r"'(?=\s|s\b)"), "’"),
    (re.compile(r"'"), "‘"),
    (re.compile(r'"'), "“"),
]
_NEEDS_WORK = re.compile(r"['\"]|\.\.\.|--")


def _smarten_text(text: str, before: str) -> str:
    # `before` is the character in front of this text (across inline tags), or
    # \x00 at the start of a block: lookbehinds see it, the result drops it.
    text = before + text
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text[1:]


def smarten(html: str) -> str:
    """Curly quotes, en and em dashes and ellipses in the text of an HTML fragment."""
    if not _NEEDS_WORK.search(html):
        return html
    parts = _MARKUP.split(html)
    verbatim = 0
    before = "\x00"
    for i, part in enumerate(parts):
        if i % 2:  # a tag or comment
            name = _TAG_NAME.match(part)
            if name and name.group(1).lower() in _VERBATIM:
                verbatim += -1 if part.startswith("</") else (0 if part.endswith("/>") else 1)
                verbatim = max(verbatim, 0)
                before = "x"  # code reads as a word: a quote after it closes
            elif _BLOCK.match(part):
                before = "\x00"
            continue
        if not part or verbatim:
            if part:
                before = part[-1]
            continue
        if _NEEDS_WORK.search(part):
            part = parts[i] = _smarten_text(part, before)
        before = part[-1]
    return "".join(parts)
