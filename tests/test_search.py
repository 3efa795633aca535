"""Search: an index of every event and entity, filtered in the reader's browser."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from conftest import soup
from chromium import ARGS as CHROMIUM_ARGS
from test_subpath import pages  # noqa: F401 - the served-site fixture

CHROMIUM = Path("/usr/bin/chromium")


def _script_data(path: Path, name: str):
    """The data a search index file hands to briefingSearch(name, data)."""
    text = path.read_text("utf-8")
    head = f"briefingSearch({json.dumps(name)},"
    assert text.startswith(head) and text.endswith(");\n")
    return json.loads(text[len(head) : -3])


def _outline(out: Path) -> dict:
    return json.loads(soup(out / "search/index.html").select_one("#q")["data-outline"])


def index_entries(out: Path) -> list[list]:
    """Every entry of a built site's search index, in its order: [type, title, url, date, text]."""
    outline = _outline(out)
    entries = []
    for n in range((outline["count"] + outline["chunk"] - 1) // outline["chunk"]):
        entries += _script_data(out / f"search/d/{n}.js", f"d/{n}")
    assert len(entries) == outline["count"]
    return entries


def _docs(postings) -> list[int]:
    """Doc numbers from a posting list: gaps less one, or a bitmap in base64."""
    if isinstance(postings, str):
        bits = base64.b64decode(postings)
        return [i for i in range(len(bits) * 8) if bits[i >> 3] >> (i & 7) & 1]
    return [sum(postings[: k + 1]) + k for k in range(len(postings))]


def test_search_index_lists_every_event_and_entity(shipped, build_site):
    code, out, _, _ = build_site(shipped)
    assert code == 0
    items = index_entries(out)
    events = json.loads((out / "data/events.json").read_text("utf-8"))["events"]
    entities = json.loads((out / "data/entities.json").read_text("utf-8"))["entities"]
    assert sorted(i[2] for i in items if i[0] == "event") == sorted(e["path"] for e in events)
    assert sorted(i[2] for i in items if i[0] == "entity") == sorted(e["path"] for e in entities)
    for item in items:
        assert "<" not in item[4]


def test_search_index_finds_names_by_the_first_letters_of_any_word(shipped, build_site):
    from generator.search import shard_name

    code, out, _, _ = build_site(shipped)
    items = index_entries(out)
    jgsdf = next(n for n, i in enumerate(items) if i[2] == "entities/jgsdf/")
    # A short shipped briefing: no shard is cut finer than one letter.
    assert _outline(out)["splits"] == []
    for word, term in (("jgsdf", "jgsdf"), ("陸", "陸上自衛隊"), ("自衛", "自衛隊")):
        shard = _script_data(out / f"search/t/{shard_name(word[0])}.js", f"t/{shard_name(word[0])}")
        assert term in shard, word
        assert jgsdf in _docs(shard[term][0]) and jgsdf in _docs(shard[term][1])  # in its names, so ranked first


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


@pytest.mark.skipif(not CHROMIUM.exists(), reason="browser tests need Debian's chromium")
def test_a_search_downloads_the_outline_one_shard_per_word_and_the_entries_it_shows(pages):  # noqa: F811
    from playwright.sync_api import sync_playwright

    from generator.search import shard_name

    base, site = pages
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            asked: list[str] = []
            page.on("request", lambda r: asked.append(r.url[len(base):]) if r.url.startswith(base + "search/") else None)
            page.goto(base + "search/?q=wiesbaden+officers")
            page.wait_for_selector("#search-results li a >> text=Japan to assign four SDF officers")
            page.wait_for_load_state("networkidle")
            wanted = {f"search/t/{shard_name('w')}.js", f"search/t/{shard_name('o')}.js"}
            assert wanted <= set(asked)
            assert {u for u in asked if u.startswith("search/d/")} == {"search/d/0.js"}
            assert len(asked) == len(set(asked)) == 2 + len(wanted)  # and the page itself: nothing twice, nothing more
            everything = sum(p.stat().st_size for p in (site / "search").rglob("*.js"))
            fetched = sum((site / u).stat().st_size for u in asked if u.endswith(".js"))
            assert fetched < everything
        finally:
            browser.close()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="browser tests need Debian's chromium")
def test_a_site_opened_from_disk_navigates_and_searches(shipped, build_site):
    from playwright.sync_api import sync_playwright

    code, out, _, _ = build_site(shipped)
    assert code == 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto((out / "index.html").as_uri())
            page.click("nav >> text=Timeline")
            page.wait_for_url((out / "timeline/index.html").as_uri())
            assert page.locator("h1").inner_text() == "Timeline"
            page.click(".event-item a >> nth=0")
            assert page.url.endswith("/index.html") and page.locator("h1").count() == 1
            page.click("nav >> text=Search")
            page.wait_for_url((out / "search/index.html").as_uri())
            page.fill("#q", "JASDF")
            page.wait_for_selector("#search-results li a >> text=Japan Air Self-Defense Force")
            page.click("#search-results li a >> text=Japan Air Self-Defense Force")
            page.wait_for_url((out / "entities/jasdf/index.html").as_uri())
            assert page.locator("h1").inner_text().startswith("Japan Air Self-Defense Force")
            # The home page's own links name their file too.
            page.goto((out / "index.html").as_uri())
            assert page.get_attribute("a.brand", "href") == "./index.html"
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
    text = next(item[4] for item in index_entries(out) if item[2] == "events/2026-06-03-long/")
    plain = ("the ministry’s note " if opening else "") + words
    expected = plain[:240].rsplit(" ", 1)[0] + "…"
    assert text == expected


@pytest.mark.skipif(not CHROMIUM.exists(), reason="browser tests need Debian's chromium")
def test_many_results_come_twenty_at_a_time_newest_first(briefing, build_site):
    from playwright.sync_api import sync_playwright

    drills = {
        f"content/events/drill-{n:02d}.yaml": f"id: drill-{n:02d}\ntitle: Harbour drill number {n}\ndate: 2024-03-{n + 1:02d}\n"
        for n in range(25)
    }
    code, out, _, err = build_site(briefing(drills))
    assert code == 0, err
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto((out / "search/index.html").as_uri() + "?q=harbour+dri")
            page.wait_for_selector("#search-results li")
            assert page.locator("#search-status").inner_text() == "25 results for “harbour dri”."
            titles = page.locator("#search-results li a").all_inner_texts()
            assert titles == [f"Harbour drill number {n}" for n in range(24, 4, -1)]
            page.click("text=Show more results")
            page.wait_for_function("document.querySelectorAll('#search-results li').length === 25")
            assert page.locator("#search-results li a").last.inner_text() == "Harbour drill number 0"
            assert page.locator("#search-more").count() == 0
        finally:
            browser.close()
