"""Typographic punctuation in Markdown: what Python-Markdown's smarty extension gives, made in one pass."""

from __future__ import annotations

import markdown
import pytest

from generator.markup import markdown_to_html, sanitise
from conftest import soup

# Each line exercises one SmartyPants rule; the oracle is the smarty extension itself.
SAMPLES = [
    'The minister said "the posting is routine" and left.',
    "It's the officers' first posting; the '90s saw none.",
    "\"'Liaison,' not 'combat',\" the spokesman stressed.",
    "Dates -- 29 May --- and more... to follow. . . later",
    "rock 'n' roll, 5' 10\" tall",
    '*"Emphasised quote"* and **"bold"** and [a "link"](https://example.org/x "t")',
    'Inline `"code" -- stays` as written, "but this curls".',
    "```\n\"fenced\" -- code\n```\n\nafter 'it'",
    "- 'one'\n- \"two\"\n\n> \"quoted block\"",
    "| a | b |\n|---|---|\n| \"x\" | 'y' |",
    '"NSATU"-led, (\'parenthesised\') and [\'bracketed\']',
]


@pytest.mark.parametrize("text", SAMPLES)
def test_markdown_punctuation_matches_the_smarty_extension(text):
    oracle = markdown.Markdown(extensions=["extra", "sane_lists", "smarty"], output_format="html")
    assert markdown_to_html(text) == sanitise(oracle.convert(text))


def test_a_seed_page_shows_curly_quotes_and_dashes_but_leaves_code_alone(briefing, build_site):
    root = briefing({
        "seeds/2026-05-30-quotes.md": """
            ---
            title: Quotes and dashes
            published: 2026-05-30
            ---
            The ministry called it "a liaison role" -- nothing more... It's `"literal" -- text`.
        """,
    })
    code, out, _, err = build_site(root)
    assert code == 0, err
    body = soup(out / "events" / "2026-05-30-quotes" / "index.html").find("article", class_="source").find(class_="body")
    text = body.get_text()
    assert "“a liaison role” – nothing more… It’s" in text
    assert body.find("code").get_text() == '"literal" -- text'
