"""End to end: build real briefings and read the pages as a reader would."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import soup
from crawl import broken_links, file_for


@pytest.fixture
def shipped_site(shipped, build_site):
    code, out, stdout, stderr = build_site(shipped)
    assert code == 0, stderr
    return out


def resolve(page: Path, href: str) -> Path:
    """The file a relative link on a page leads to."""
    target = (page.parent / href.partition("#")[0]).resolve()
    return target / "index.html" if target.is_dir() else target


def _events_json(out):
    return json.loads((out / "data/events.json").read_text("utf-8"))["events"]


def _entities_json(out):
    return {e["id"]: e for e in json.loads((out / "data/entities.json").read_text("utf-8"))["entities"]}


def test_build_prints_a_summary_line(shipped, build_site):
    code, _, stdout, _ = build_site(shipped)
    assert code == 0
    assert re.search(r"built \d+ pages .*0 errors, \d+ warnings, [\d.]+ s", stdout)


def test_every_seed_becomes_reachable_from_an_event_page(shipped, shipped_site):
    seeds = {p.stem for p in (shipped / "seeds").iterdir()}
    cited = set()
    for event in _events_json(shipped_site):
        page = soup(shipped_site / event["path"] / "index.html")
        assert page.h1.get_text(strip=True) == event["title"]
        for source in event["sources"] + event["reading"]:
            if source["page"] != f"{event['url']}#source-{source['seed']}":
                continue  # cited by a fact, shown on another page or elsewhere
            assert page.find(id=f"source-{source['seed']}") is not None
            cited.add(source["seed"])
    assert cited == seeds


def test_uncurated_raw_seed_gets_its_own_event_page_with_title_from_headline(briefing, build_site):
    root = briefing({"seeds/2025-03-02-harbour-raw.txt": """
        Harbour pilots strike for a second day

        According to Test Wire: On March 2, 2025, pilots at the harbour stopped work again.

        Read also

        Advertising
    """})
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    page = soup(out / "events/2025-03-02-harbour-raw/index.html")
    assert page.h1.get_text(strip=True) == "Harbour pilots strike for a second day"
    body = page.select_one(".source .body").get_text(" ")
    assert "Read also" not in body and "Advertising" not in body


def test_the_shipped_explainer_is_reading_of_the_announcement_not_an_event_of_its_own(shipped_site):
    explainer = "2026-05-31-nsatu-wiesbaden-explainer-raw"
    assert explainer not in {e["id"] for e in _events_json(shipped_site)}
    timeline = soup(shipped_site / "timeline/index.html")
    assert [a.get_text(strip=True) for a in timeline.select(".event-item a") if "29 May 2026" in a.parent.get_text()] == [
        "Japan to assign four SDF officers to NATO's NSATU command"
    ]
    home = soup(shipped_site / "index.html").get_text(" ")
    assert "Inside Wiesbaden" not in home
    event = soup(shipped_site / "events/japan-officers-to-nsatu/index.html")
    assert event.select_one(f"#reading ~ #source-{explainer}, section[aria-labelledby=reading] #source-{explainer}") is not None
    for entity in ("nsatu", "wiesbaden"):
        page = soup(shipped_site / f"entities/{entity}/index.html")
        links = page.select("ul.reading a")
        assert [a.get_text(strip=True) for a in links] == ["Inside Wiesbaden: the NATO command that organises help for Ukraine"]
        assert resolve(shipped_site / f"entities/{entity}/index.html", links[0]["href"]) == shipped_site / "events/japan-officers-to-nsatu/index.html"
        assert links[0]["href"].endswith(f"#source-{explainer}")


def test_announcement_event_shows_date_sources_roles_and_facts(shipped_site):
    page = soup(shipped_site / "events/japan-officers-to-nsatu/index.html")
    assert page.select_one(".kicker time")["datetime"] == "2026-05-29"
    assert page.select_one(".kicker time").get_text() == "29 May 2026"
    publishers = [p.get_text(strip=True) for p in page.select(".source .publisher")]
    assert "Kyiv Wire" in publishers
    assert any("according to" in a.get_text() for a in page.select(".source .attribution"))
    roles = {li.a.get_text(strip=True): li.select_one(".role").get_text(strip=True) if li.select_one(".role") else None for li in page.select(".roles li")}
    assert roles["Japan Ground Self-Defense Force"] == "sends two officers"
    assert roles["Ministry of Defense (Japan)"] == "announced"
    facts = page.select(".facts li")
    assert facts and all(f.select(".cites a") for f in facts)


def test_fact_citation_of_a_seed_links_to_that_article_on_its_event_page(shipped_site):
    for page_path in sorted(shipped_site.rglob("index.html")):
        page = soup(page_path)
        for cite in page.select(".cites a"):
            href = cite["href"]
            if href.startswith("http"):
                continue
            path, _, anchor = href.partition("#")
            target = (page_path.parent / path / "index.html").resolve()
            assert target.is_file(), href
            assert soup(target).find(id=anchor) is not None, href


def test_mentions_in_article_text_link_to_entity_pages_and_count_as_involvement(shipped_site):
    page = soup(shipped_site / "events/japan-officers-to-nsatu/index.html")
    page_path = shipped_site / "events/japan-officers-to-nsatu/index.html"
    targets = {resolve(page_path, a["href"]) for a in page.select(".source .body a.mention")}
    assert shipped_site / "entities/nsatu/index.html" in targets
    assert shipped_site / "entities/jgsdf/index.html" in targets
    event = next(e for e in _events_json(shipped_site) if e["id"] == "japan-officers-to-nsatu")
    assert "nato" in event["entities"]  # mentioned, not curated
    nato = soup(shipped_site / "entities/nato/index.html")
    assert "events/japan-officers-to-nsatu/" in [a["href"].replace("../../", "") for a in nato.select("#timeline ~ ol a")]


def test_parent_and_children_link_both_ways(shipped_site):
    jsdf = soup(shipped_site / "entities/jsdf/index.html")
    children = [a.get_text(strip=True) for a in jsdf.select(".children a")]
    assert children == sorted(children)
    assert "Japan Ground Self-Defense Force" in children and "Japan Air Self-Defense Force" in children
    jgsdf = soup(shipped_site / "entities/jgsdf/index.html")
    jgsdf_path = shipped_site / "entities/jgsdf/index.html"
    assert resolve(jgsdf_path, jgsdf.select_one(".parent a")["href"]) == shipped_site / "entities/jsdf/index.html"
    nato_path = shipped_site / "entities/nato/index.html"
    children = {resolve(nato_path, a["href"]) for a in soup(nato_path).select(".children a")}
    assert shipped_site / "entities/nsatu/index.html" in children
    nsatu_path = shipped_site / "entities/nsatu/index.html"
    assert resolve(nsatu_path, soup(nsatu_path).select_one(".parent a")["href"]) == nato_path


def test_entity_page_marks_native_name_with_its_language(shipped_site):
    page = soup(shipped_site / "entities/jgsdf/index.html")
    native = page.select_one(".native")
    assert native["lang"] == "ja" and native.get_text(strip=True) == "陸上自衛隊"
    assert "GSDF" in page.select_one(".aliases").get_text()


def test_dates_are_shown_as_precisely_as_known_a_year_never_padded_a_summit_as_its_days(shipped_site):
    timeline = soup(shipped_site / "timeline/index.html")
    package = next(li for li in timeline.select(".event-item") if "Assistance Package" in li.get_text())
    assert (package.time.get_text(), package.time["datetime"]) == ("2016", "2016")
    assert "1 January 2016" not in (shipped_site / "timeline/index.html").read_text("utf-8")
    summit = next(li for li in timeline.select(".event-item") if "summit" in li.get_text().lower())
    assert summit.select_one(".span").get_text() == "9–11 July 2024"
    assert [t["datetime"] for t in summit.find_all("time")] == ["2024-07-09", "2024-07-11"]


def test_timeline_lists_every_event_in_date_order_grouped_by_year(shipped_site):
    timeline = soup(shipped_site / "timeline/index.html")
    keys = []
    for li in timeline.select(".event-item"):
        # An interval's first <time> is its start, which orders it.
        parts = [int(x) for x in li.time["datetime"].split("-")]
        keys.append(tuple(parts + [0] * (3 - len(parts))))
    assert keys == sorted(keys)
    assert len(keys) == len(_events_json(shipped_site))
    years = [h.get_text() for h in timeline.select("section.year > h2")]
    assert years == sorted(years)


def test_event_pages_chain_previous_and_next_in_timeline_order(shipped_site):
    events = _events_json(shipped_site)
    for before, after in zip(events, events[1:]):
        page = soup(shipped_site / before["path"] / "index.html")
        nxt = page.select_one('.pager a[rel="next"]')
        assert nxt.get_text(strip=True).rstrip(" →") == after["title"]
        back = soup(shipped_site / after["path"] / "index.html").select_one('.pager a[rel="prev"]')
        assert back.get_text(strip=True).lstrip("← ") == before["title"]


def test_related_events_share_an_entity(shipped_site):
    events = {e["id"]: e for e in _events_json(shipped_site)}
    page = soup(shipped_site / "events/japan-officers-to-nsatu/index.html")
    related = [a["href"].split("/")[-2] for a in page.select("#related ~ ul a")]
    assert related
    for rid in related:
        assert set(events[rid]["entities"]) & set(events["japan-officers-to-nsatu"]["entities"])


def test_entity_directory_groups_by_kind(shipped_site):
    page = soup(shipped_site / "entities/index.html")
    kinds = {s["id"]: [a.get_text(strip=True) for a in s.select("ul.entities > li > a")] for s in page.select("section.kind")}
    entities = _entities_json(shipped_site)
    for eid, entity in entities.items():
        assert entity["label"] in kinds[entity["kind"]]


def test_home_shows_about_latest_events_and_key_entities(shipped_site):
    page = soup(shipped_site / "index.html")
    assert page.select_one(".about p")
    latest = [li.time["datetime"] for li in page.select("#latest ~ ol .event-item")]
    assert latest and latest == sorted(latest, reverse=True)
    assert page.select("#key ~ ul a")


def test_data_files_describe_events_and_entities(shipped_site):
    events = _events_json(shipped_site)
    for event in events:
        assert set(event) >= {"id", "title", "date", "precision", "url", "entities", "sources"}
        assert event["precision"] in ("year", "month", "day")
        assert (shipped_site / event["path"] / "index.html").is_file()
        for source in event["sources"]:
            assert set(source) >= {"title", "publisher", "attributed_to", "url", "published"}
    summit = next(e for e in events if e["id"] == "nato-washington-summit-2024")
    assert (summit["date"], summit["precision"], summit["end"], summit["end_precision"]) == ("2024-07-09", "day", "2024-07-11", "day")
    assert summit["edtf"] == "2024-07-09/2024-07-11"
    entities = _entities_json(shipped_site)
    assert entities["jgsdf"]["parent"] == "jsdf"
    for entity in entities.values():
        assert set(entity) >= {"id", "name", "kind", "parent", "aliases", "url", "events"}
        assert (shipped_site / entity["path"] / "index.html").is_file()
        for eid in entity["events"]:
            assert eid in {e["id"] for e in events}


@pytest.mark.parametrize("prefix", ["/", "/briefing/"])
def test_no_internal_link_is_broken_at_root_or_under_a_sub_path(shipped, build_site, prefix):
    code, out, _, stderr = build_site(shipped, "--base-url", prefix)
    assert code == 0, stderr
    broken, seen = broken_links(out, prefix)
    assert broken == []
    pages = {p for p in out.rglob("*.html") if p.name != "404.html"}
    reached = {file_for(out, u.split("briefing.test", 1)[1].split("#")[0], prefix) for u in seen}
    # What no link reaches is an article's old address, which leads to where the article is now.
    for page in sorted(pages - reached):
        assert soup(page).select_one("meta[http-equiv=refresh]"), page
        rel = page.relative_to(out).as_posix()
        assert broken_links(out, prefix, start=rel.removesuffix("index.html"))[0] == []
    # The 404 page is served at any depth, so its links start at the base path.
    assert broken_links(out, prefix, start="404.html")[0] == []
    not_found = soup(out / "404.html")
    assert not_found.select_one('link[rel="stylesheet"]')["href"] == prefix + "static/style.css"


def test_building_twice_gives_byte_identical_output(shipped, build_site, tmp_path):
    _, first, _, _ = build_site(shipped, out=tmp_path / "a")
    _, second, _, _ = build_site(shipped, out=tmp_path / "b")
    files = lambda d: {p.relative_to(d).as_posix(): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}  # noqa: E731
    assert files(first) == files(second)
    code, _, stdout, _ = build_site(shipped, out=tmp_path / "a")
    assert "0 written" in stdout


def test_script_and_event_handlers_in_articles_never_reach_a_page(briefing, build_site):
    root = briefing({
        "seeds/evil.md": """
            ---
            title: A <b>bold</b> claim
            ---
            Hello <script>alert('md')</script> <img src="x.png" onerror="alert(1)"> <a href="javascript:alert(2)">link</a>
        """,
        "seeds/evil-raw.txt": "Raw headline\n\n<script>alert('raw')</script>Text <b onclick=\"x()\">bold</b>\n<style>body{display:none}</style>More text.\n",
    })
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    own = [s.string for s in soup(out / "index.html").find_all("script") if s.get("type") != "application/ld+json"]  # the theme's own, on every page
    for event in ("evil", "evil-raw"):
        html = (out / "events" / event / "index.html").read_text("utf-8")
        # The page's own JSON-LD (which holds no "<": tests/test_structured.py), then the theme's scripts.
        html = re.sub(r'<script type="application/ld\+json">[^<]*</script>', "", html, count=1)
        assert [s.string for s in soup(out / "events" / event / "index.html").find_all("script") if s.get("type") != "application/ld+json"] == own
        for script in own:
            html = html.replace(script, "")
        assert "onerror" not in html and "onclick" not in html
        assert "javascript:" not in html and "alert(" not in html and "display:none" not in html
    title = soup(out / "events/evil/index.html").h1
    assert title.find("b") is None and "<b>bold</b>" in title.get_text()


def test_japanese_alias_in_article_text_links_to_entity(briefing, build_site):
    root = briefing({"seeds/ja.md": "---\ntitle: 司令部の記事\npublished: 2026-06-01\n---\n日本は支援司令部に将校を送る。\n"})
    code, out, _, _ = build_site(root)
    assert code == 0
    page = out / "events/ja/index.html"
    link = soup(page).select_one("a.mention")
    assert link.get_text() == "支援司令部"
    assert resolve(page, link["href"]) == (out / "entities/command/index.html").resolve()


def test_mentions_match_whole_words_only(briefing, build_site):
    root = briefing({"seeds/words.md": "---\ntitle: Words\npublished: 2026-06-02\n---\nThe NAAS and ASCOMS groups are not ours, but NAA's is.\n"})
    code, out, _, _ = build_site(root)
    page = soup(out / "events/words/index.html")
    assert [a.get_text() for a in page.select("a.mention")] == ["NAA"]
    assert json.loads((out / "data/events.json").read_text())["events"][-1]["entities"] == ["alliance"]


def test_curated_event_overrides_what_was_extracted_from_its_seed(briefing, build_site):
    root = briefing({"content/events/posting.yaml": """
        id: posting
        title: Curated title for the posting
        date: 2026-05
        seeds:
          - id: 2026-05-29-posting
            publisher: Corrected Publisher
    """})
    code, out, _, _ = build_site(root)
    assert code == 0
    # The article's own address leads to the event that shows it now.
    moved = soup(out / "events/2026-05-29-posting/index.html")
    assert moved.select_one("body a")["href"] == "../../events/posting/#source-2026-05-29-posting"
    page = soup(out / "events/posting/index.html")
    assert page.h1.get_text() == "Curated title for the posting"
    assert page.select_one(".kicker time").get_text() == "May 2026"
    assert page.select_one(".source .publisher").get_text() == "Corrected Publisher"


def test_root_without_templates_uses_the_shipped_theme(briefing, build_site):
    root = briefing()
    assert not (root / "templates").exists()
    code, out, _, _ = build_site(root)
    assert code == 0
    assert (out / "static/style.css").is_file()
    assert soup(out / "index.html").title.get_text() == "Test briefing"


def test_a_briefing_template_overrides_only_that_template(briefing, build_site):
    root = briefing({"templates/entities.html": "{% extends 'base.html' %}{% block main %}<h1>Custom directory</h1>{% endblock %}"})
    code, out, _, _ = build_site(root)
    assert soup(out / "entities/index.html").h1.get_text() == "Custom directory"
    assert soup(out / "index.html").select_one("#latest")


def test_write_never_deletes_files_it_did_not_create(briefing, build_site):
    root = briefing()
    _, out, _, _ = build_site(root)
    (out / "keep-me.txt").write_text("mine")
    (root / "seeds/2026-05-29-posting.md").unlink()
    code, _, stdout, _ = build_site(root)
    assert code == 0
    assert (out / "keep-me.txt").read_text() == "mine"
    assert not (out / "events/2026-05-29-posting").exists()
    assert "1 removed" in stdout or "removed" in stdout


def test_markdown_seed_without_front_matter_takes_its_title_from_the_first_heading(briefing, build_site):
    root = briefing({"seeds/plain.md": "# Officers &amp; staff arrive\n\nThe NAA welcomed them.\n"})
    code, out, _, _ = build_site(root)
    assert code == 0
    page = soup(out / "events/plain/index.html")
    assert page.h1.get_text() == "Officers & staff arrive"
    assert len(page.find_all("h1")) == 1


@pytest.mark.parametrize(
    "override, site_url, absolute, path",
    [
        (None, "https://example.org/briefing/", "https://example.org/briefing/", "/briefing/"),
        ("/other/", "https://example.org/briefing/", "https://example.org/other/", "/other/"),
        ("https://news.example/b/", "https://example.org/briefing/", "https://news.example/b/", "/b/"),
        ("/b/", "", "", "/b/"),
        (None, "", "", "/"),
    ],
)
def test_base_url_option_overrides_site_url_and_a_bare_path_keeps_its_host(override, site_url, absolute, path):
    from generator.render import BaseURL

    base = BaseURL.choose(override, site_url)
    assert (base.absolute, base.path) == (absolute, path)


def test_canonical_link_follows_a_bare_base_path_on_the_configured_host(briefing, build_site):
    code, out, _, _ = build_site(briefing(), "--base-url", "/preview/")
    assert code == 0
    assert soup(out / "timeline/index.html").select_one('link[rel="canonical"]')["href"] == "https://example.org/preview/timeline/"
