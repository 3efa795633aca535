"""The frozen unseen set is well formed: the benchmark can score every article of it.

How the reader does on it is measured by benchmarks/ingest_accuracy.py, not
asserted here: the set was written before the rules, to be read as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

UNSEEN = Path(__file__).resolve().parent / "corpus" / "unseen"
ENTITIES = Path(__file__).resolve().parent / "corpus" / "content" / "entities"
KEYS = {
    "title", "published", "updated", "event_date", "event_precision", "event_end", "event_end_precision",
    "dateline", "publisher", "attributed_to", "byline", "entities", "must_contain", "debris", "headings", "bullets",
}
ARTICLES = sorted(p for p in (UNSEEN / "articles").glob("*") if p.suffix in (".txt", ".md"))


def test_the_unseen_set_has_at_least_fifteen_articles():
    assert len(ARTICLES) >= 15


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_each_unseen_article_has_a_complete_expectation_quoting_its_own_text(article):
    want = yaml.safe_load((UNSEEN / "expected" / f"{article.stem}.yaml").read_text("utf-8"))
    assert set(want) == KEYS
    text = article.read_text("utf-8-sig")
    flat = " ".join(text.split())
    for phrase in want["must_contain"] + want["debris"]:
        assert " ".join(phrase.split()) in flat, phrase
    known = {yaml.safe_load(p.read_text("utf-8"))["id"] for p in ENTITIES.glob("*.yaml")}
    assert set(want["entities"]) <= known
    assert want["entities"] == sorted(want["entities"])
    for key, precision in (("event_date", "event_precision"), ("event_end", "event_end_precision")):
        value = want[key]
        assert (value is None) == (want[precision] is None)
        if value is not None:
            assert {4: "year", 7: "month", 10: "day"}[len(str(value))] == want[precision]
