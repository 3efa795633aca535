"""Markdown through our inline pass gives what stock Python-Markdown gives, byte for byte."""

from __future__ import annotations

import random

import markdown
import pytest

from generator.markup import _markdown

# Pieces that start, end or break each inline pattern: code, escapes, links,
# images, references, footnotes, autolinks, raw HTML, entities, hard breaks and
# emphasis, mixed with plain words so that some texts have none of them.
PIECES = [
    "the", "officers", "Wiesbaden", "NSATU", "29", "May", ",", ".", ";", " ", " ", " ", "\n",
    "`", "``", "`code`", "\\", "\\*", "\\`", "\\\\", "[", "]", "(", ")", "[link](https://example.org/a)",
    "![img](https://example.org/i.png)", "[ref]", "[ref][]", "![ref]", "[^1]", "\n\n[^1]: A note.\n\n",
    "\n\n[ref]: https://example.org/r\n\n", "<", ">", "<https://example.org/auto>", "<desk@example.org>",
    "<b>", "</b>", "<!-- c -->", "<?pi?>", "&", "&amp;", "&#233;", "&copy;", "&nope", "  \n", "*", "**",
    "_", "__", "***", "a_b_c", "*em*", "**strong**", "_em_", "{: .x }", "\n- ", "\n1. ", "\n## ", "\n> ",
    "\n    ", "\n```\n", "|", "\n|---|---|\n", "\x02", "\x03", "!", "~", "'", '"',
    ":", "\n: ", "\n|", "|\n", "\n| a |\n", "\n:--|--:\n", "\\|", "`|`",
]


def _documents(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60))) for _ in range(count)]


SAMPLES = [
    "Plain prose with no markup at all, over\ntwo lines.",
    "Only **strong** and *emphasis* here, and a_snake_case word.",
    "A [link](https://example.org/x \"title\") and an ![image](https://example.org/i.png).",
    "Escapes: \\*not em\\*, \\[not a link\\], \\`not code\\`.",
    "Code `with *stars* and [brackets]` stays literal.",
    "Hard  \nbreak, <span>raw</span> HTML, &amp; an entity, <https://example.org> autolink.",
    "A footnote[^n] and an abbreviation HTML.\n\n[^n]: The note, with **bold**.\n\n*[HTML]: Hyper Text",
    "- item with [ref]\n- item with `code`\n\n[ref]: https://example.org/r",
    "| a | *b* |\n|---|---|\n| [c](https://e.org) | `d` |",
    "Paragraph {: #anchor }\n\nNext *one*{: .cls }",
    "```python\nif a < b and c > d: print('x')\n```\n\n~~~ {.json hl_lines=\"1\"}\n{\"a\": 1}\n~~~",
    "Term\n: Its definition, *emphasised*.\n\n<div markdown=\"1\">*inside*</div>",
]


def _stock() -> markdown.Markdown:
    return markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")


def _ours(text: str) -> str:
    md = _markdown()
    md.reset()
    return md.convert(text)


@pytest.mark.parametrize("text", SAMPLES)
def test_markdown_matches_stock_python_markdown(text):
    assert _ours(text) == _stock().convert(text)


def test_random_markdown_matches_stock_python_markdown():
    differ = [text for text in _documents(1000, 2026) if _ours(text) != _stock().convert(text)]
    assert not differ, f"{len(differ)} documents differ, the first: {differ[0]!r}"
