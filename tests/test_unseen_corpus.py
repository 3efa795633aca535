"""The frozen held-out sets are well formed: the benchmark can score every article of them.

Seven sets: `unseen/` (written before the reader was generalised), `holdout/`
(written after, by someone who did not read the reader's code), `holdout2/`
(written blind while the reader was being changed against `holdout/`), `holdout3/`
(written blind while the reader was being changed against `holdout2/`), `holdout4/`
(written blind, likewise, after `holdout3/`), `holdout5/` (written blind after
`holdout4/`) and `holdout6/` (written blind after `holdout5/`). How the reader
does on them is measured by benchmarks/ingest_accuracy.py, not asserted here:
each set was written before it was scored, to be read as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).resolve().parent / "corpus"
UNSEEN = CORPUS / "unseen"
HOLDOUT = CORPUS / "holdout"
HOLDOUT2 = CORPUS / "holdout2"
HOLDOUT3 = CORPUS / "holdout3"
HOLDOUT4 = CORPUS / "holdout4"
HOLDOUT5 = CORPUS / "holdout5"
HOLDOUT6 = CORPUS / "holdout6"
ENTITIES = CORPUS / "content" / "entities"
KEYS = {
    "title", "published", "updated", "event_date", "event_precision", "event_end", "event_end_precision",
    "dateline", "publisher", "attributed_to", "byline", "entities", "must_contain", "debris", "headings", "bullets",
}


def _articles(root: Path) -> list[Path]:
    return sorted(p for p in (root / "articles").glob("*") if p.suffix in (".txt", ".md"))


ARTICLES = [(root, p) for root in (UNSEEN, HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT5, HOLDOUT6) for p in _articles(root)]


def test_the_unseen_set_has_at_least_fifteen_articles():
    assert len(_articles(UNSEEN)) >= 15


def test_the_holdout_set_has_twelve_articles_each_with_an_expectation():
    articles = _articles(HOLDOUT)
    assert len(articles) == 12
    assert sorted(p.stem for p in (HOLDOUT / "expected").glob("*.yaml")) == [p.stem for p in articles]


def test_the_holdout_set_shares_no_article_stem_with_the_unseen_set():
    assert not {p.stem for p in _articles(UNSEEN)} & {p.stem for p in _articles(HOLDOUT)}


def test_the_second_holdout_set_has_ten_articles_each_with_an_expectation():
    articles = _articles(HOLDOUT2)
    assert len(articles) == 10
    assert sorted(p.stem for p in (HOLDOUT2 / "expected").glob("*.yaml")) == [p.stem for p in articles]


def test_the_second_holdout_set_shares_no_article_stem_with_the_earlier_sets():
    earlier = {p.stem for p in _articles(UNSEEN)} | {p.stem for p in _articles(HOLDOUT)}
    assert not earlier & {p.stem for p in _articles(HOLDOUT2)}


def test_the_third_holdout_set_has_thirteen_articles_each_with_an_expectation():
    articles = _articles(HOLDOUT3)
    assert len(articles) == 13
    assert sorted(p.stem for p in (HOLDOUT3 / "expected").glob("*.yaml")) == [p.stem for p in articles]


def test_the_third_holdout_set_shares_no_article_stem_with_the_earlier_sets():
    earlier = {p.stem for root in (UNSEEN, HOLDOUT, HOLDOUT2) for p in _articles(root)}
    assert not earlier & {p.stem for p in _articles(HOLDOUT3)}



def test_the_fourth_holdout_set_has_fifteen_articles_each_with_an_expectation():
    articles = _articles(HOLDOUT4)
    assert len(articles) == 15
    assert sorted(p.stem for p in (HOLDOUT4 / "expected").glob("*.yaml")) == [p.stem for p in articles]


def test_the_fourth_holdout_set_shares_no_article_stem_with_the_earlier_sets():
    earlier = {p.stem for root in (UNSEEN, HOLDOUT, HOLDOUT2, HOLDOUT3) for p in _articles(root)}
    assert not earlier & {p.stem for p in _articles(HOLDOUT4)}


def test_the_fifth_holdout_set_has_fourteen_articles_each_with_an_expectation():
    articles = _articles(HOLDOUT5)
    assert len(articles) == 14
    assert sorted(p.stem for p in (HOLDOUT5 / "expected").glob("*.yaml")) == [p.stem for p in articles]


def test_the_fifth_holdout_set_shares_no_article_stem_with_the_earlier_sets():
    earlier = {p.stem for root in (UNSEEN, HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4) for p in _articles(root)}
    assert not earlier & {p.stem for p in _articles(HOLDOUT5)}


def test_the_sixth_holdout_set_has_fourteen_articles_each_with_an_expectation():
    articles = _articles(HOLDOUT6)
    assert len(articles) == 14
    assert sorted(p.stem for p in (HOLDOUT6 / "expected").glob("*.yaml")) == [p.stem for p in articles]


def test_the_sixth_holdout_set_shares_no_article_stem_with_the_earlier_sets():
    earlier = {p.stem for root in (UNSEEN, HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT5) for p in _articles(root)}
    assert not earlier & {p.stem for p in _articles(HOLDOUT6)}


@pytest.mark.parametrize("root,article", ARTICLES, ids=lambda v: v.stem if v.suffix else v.name)
def test_each_held_out_article_has_a_complete_expectation_quoting_its_own_text(root, article):
    want = yaml.safe_load((root / "expected" / f"{article.stem}.yaml").read_text("utf-8"))
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
