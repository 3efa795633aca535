"""Search: an index of every event and entity, filtered in the reader's browser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import soup
from test_subpath import CHROMIUM_ARGS, pages  # noqa: F401 - the served-site fixture

CHROMIUM = Path("/usr/bin/chromium")


def test_search_index_lists_every_event_and_entity_with_their_names(shipped, build_site):
    code, out, _, _ = build_site(shipped)
    assert code == 0
    items = json.loads((out / "data/search.json").read_text("utf-8"))["items"]
    events = json.loads((out / "data/events.json").read_text("utf-8"))["events"]
    entities = json.loads((out / "data/entities.json").read_text("utf-8"))["entities"]
    assert sorted(i["url"] for i in items if i["type"] == "event") == sorted(e["path"] for e in events)
    assert sorted(i["url"] for i in items if i["type"] == "entity") == sorted(e["path"] for e in entities)
    jgsdf = next(i for i in items if i["url"] == "entities/jgsdf/")
    assert "陸上自衛隊" in jgsdf["terms"] and "JGSDF" in jgsdf["terms"]
    for item in items:
        assert "<" not in item["text"]


def test_every_page_offers_search_and_the_page_works_without_script(shipped, build_site):
    code, out, _, _ = build_site(shipped)
    nav = soup(out / "events/japan-officers-to-nsatu/index.html").select_one('nav a[href$="search/"]')
    assert nav is not None
    page = soup(out / "search/index.html")
    assert page.select_one("form[role=search] input[name=q]")
    assert "needs JavaScript" in page.select_one("noscript").get_text()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="browser tests need Debian's chromium")
def test_typing_in_search_finds_entities_by_alias_and_events_by_place(pages):  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, _ = pages
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(base + "search/?q=GSDF")
            page.wait_for_selector("#search-results li")
            titles = page.locator("#search-results li a").all_inner_texts()
            assert titles[0] == "Japan Ground Self-Defense Force"
            page.fill("#q", "wiesbaden officers")
            page.wait_for_function("document.getElementById('search-status').textContent.includes('wiesbaden officers')")
            results = page.locator("#search-results li a").all_inner_texts()
            assert any("Japan to assign four SDF officers" in t for t in results)
            assert "q=wiesbaden+officers" in page.url
            page.fill("#q", "zzzz-nothing")
            page.wait_for_function("document.getElementById('search-status').textContent.startsWith('Nothing matches')")
            assert page.locator("#search-results li").count() == 0
            page.fill("#q", "JASDF")
            page.wait_for_selector("#search-results li a >> text=Japan Air Self-Defense Force")
            page.click("#search-results li a >> text=Japan Air Self-Defense Force")
            page.wait_for_url(base + "entities/jasdf/")
            assert page.locator("h1").inner_text().startswith("Japan Air Self-Defense Force")
        finally:
            browser.close()


@pytest.mark.parametrize("opening", [
    "",  # a long article of plain words
    f"[the ministry's note](https://example.org/{'n' * 3000}) ",  # a link longer than the excerpt's window
])
def test_search_entries_show_the_first_words_of_a_long_article(briefing, build_site, opening):
    words = " ".join(f"word{n}" for n in range(400))
    root = briefing({"seeds/2026-06-03-long.md": f"---\ntitle: A long report\npublished: 2026-06-03\n---\n{opening}{words}\n"})
    code, out, _, err = build_site(root)
    assert code == 0, err
    items = json.loads((out / "data/search.json").read_text("utf-8"))["items"]
    text = next(item["text"] for item in items if item["url"] == "events/2026-06-03-long/")
    plain = ("the ministry’s note " if opening else "") + words
    expected = plain[:240].rsplit(" ", 1)[0] + "…"
    assert text == expected
