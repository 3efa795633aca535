"""Every corpus article read as a careful editor would read it, and shown without its debris.

Each article in tests/corpus/articles is built as the only seed of a briefing
with the corpus's entities, and checked against tests/corpus/expected: the
seed's fields as load reads them (raw text through `parse_text_article`,
Markdown through front matter), the event's date, precision and entities in
data/events.json, and the event page a reader sees.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import REPO, soup
from generator.build import build
from generator.load import load_content

CORPUS = REPO / "tests" / "corpus"
ARTICLES = sorted(p for p in (CORPUS / "articles").iterdir() if p.suffix in (".txt", ".md"))
_built: dict[str, dict] = {}


def _expected(article: Path) -> dict:
    return yaml.safe_load((CORPUS / "expected" / f"{article.stem}.yaml").read_text("utf-8"))


@pytest.fixture
def corpus_build(tmp_path_factory):
    """Build a briefing whose only seed is the article (once per article); return what it shows."""

    def run(article: Path) -> dict:
        if article.stem not in _built:
            root = tmp_path_factory.mktemp(article.stem)
            shutil.copytree(CORPUS / "content" / "entities", root / "content" / "entities")
            (root / "seeds").mkdir()
            shutil.copyfile(article, root / "seeds" / article.name)
            build(root, root / "site")
            (seed,) = load_content(root).seeds
            (event,) = json.loads((root / "site" / "data" / "events.json").read_text("utf-8"))["events"]
            _built[article.stem] = {
                "seed": seed,
                "event": event,
                "page": soup(root / "site" / event["path"] / "index.html"),
            }
        return _built[article.stem]

    return run


def _text(node) -> str:
    return _squeeze(node.get_text())


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_corpus_has_at_least_fifteen_articles_each_with_expectations():
    assert len(ARTICLES) >= 15
    assert all((CORPUS / "expected" / f"{a.stem}.yaml").is_file() for a in ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_corpus_article_metadata_matches_what_an_editor_extracts(article, corpus_build):
    seed, want = corpus_build(article)["seed"], _expected(article)
    got = {
        "title": seed.title,
        "published": seed.published.iso() if seed.published else None,
        "updated": seed.updated.iso() if seed.updated else None,
        "dateline": seed.dateline,
        "publisher": seed.publisher,
        "attributed_to": seed.attributed_to,
        "byline": seed.author,
    }
    assert got == {key: want[key] for key in got}


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_corpus_event_date_is_read_at_the_precision_the_text_supports(article, corpus_build):
    event, want = corpus_build(article)["event"], _expected(article)
    assert (event["date"], event["precision"]) == (want["event_date"], want["event_precision"])


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_corpus_event_involves_exactly_the_entities_named_in_the_story(article, corpus_build):
    event, want = corpus_build(article)["event"], _expected(article)
    assert sorted(event["entities"]) == want["entities"]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_corpus_event_page_shows_the_story_and_none_of_the_debris(article, corpus_build):
    built, want = corpus_build(article), _expected(article)
    page = built["page"]
    text = page.get_text()
    assert [d for d in want["debris"] if d in text] == []
    assert "\r" not in text and "\ufeff" not in text
    body = page.select_one(".source .body")
    story = _text(body)
    assert [m for m in want["must_contain"] if _squeeze(m) not in story] == []
    assert [_text(h) for h in body.select("h1, h2, h3, h4, h5, h6")] == [_squeeze(h) for h in want["headings"]]
    assert len(body.select("li")) == want["bullets"]
    assert _text(page.select_one("h1")) == _squeeze(want["title"])


def test_corpus_source_line_shows_publisher_update_byline_and_filing_place(corpus_build):
    brief = _text(corpus_build(CORPUS / "articles" / "05-brussels-brief-updated.txt")["page"].select_one(".source .byline"))
    assert brief == "29 May 2026 · updated 30 May 2026 · filed in Brussels"
    wire = _text(corpus_build(CORPUS / "articles" / "04-reuters-wiesbaden-followup.txt")["page"].select_one(".source .byline"))
    assert wire == "Reuters · 3 September 2026 · filed in Wiesbaden, Germany · Anna Keller"
