"""Long timelines and entity timelines are cut into pages a reader can load: by year, by month, numbered."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from conftest import soup
from generator import paging


def _events(dates: list[str]) -> dict[str, str]:
    """One curated event per date, each involving the alliance and the command."""
    return {
        f"content/events/e{i:03d}.yaml": f"""
            id: e{i:03d}
            title: Event number {i}
            date: {date}
            entities:
              - id: alliance
                role: host
              - id: command
        """
        for i, date in enumerate(dates)
    }


# 2023 is short (two events); 2024 has six, over the limit of four, so it goes by month;
# July 2024 alone has five, so its month goes on to a second page.
DATES = ["2023-02-01", "2023-05", "2024", "2024-03-10", "2024-07-01", "2024-07-02", "2024-07-03", "2024-07-04"]


@pytest.fixture
def long_site(briefing, build_site, monkeypatch):
    monkeypatch.setattr(paging, "LIMIT", 4)
    root = briefing(_events(DATES))
    code, out, _, err = build_site(root)
    assert code == 0, err
    return root, out


def _to(out, route: str, href: str) -> str:
    """The route a link on the page at `route` leads to (anchor kept)."""
    path, _, anchor = href.partition("#")
    target = (out / route / path).resolve().relative_to(out.resolve()).as_posix() + "/"
    return target + ("#" + anchor if anchor else "")


def _mine(titles: list[str]) -> list[str]:
    return [t for t in titles if t.startswith("Event number")]


def _walk(out, first: str) -> list[str]:
    """The pages met by following "next" from `first`, and the event titles on each."""
    seen, route = [], first
    while route is not None:
        page = soup(out / route / "index.html")
        seen.append((route, [a.get_text() for a in page.select("main ol.events .event-item > a")]))
        nxt = page.select_one('nav.pager a[rel="next"]')
        route = _to(out, route, nxt["href"]) if nxt else None
        assert len(seen) < 50
    return seen


def test_a_long_timeline_is_an_index_of_years_whose_pages_lead_from_one_to_the_next(long_site):
    _, out = long_site
    index = soup(out / "timeline/index.html")
    assert not index.select(".event-item")  # no event on the index itself
    years = {li["id"]: _to(out, "timeline/", li.a["href"]) for li in index.select("ol.parts > li")}
    assert years == {"y2023": "timeline/2023/", "y2024": "timeline/2024/", "y2026": "timeline/2026/"}
    # Old links to a month of the one-page timeline still land on an entry that leads there.
    assert _to(out, "timeline/", index.select_one("#y2024-07 a")["href"]) == "timeline/2024/07/"
    assert _to(out, "timeline/", index.select_one("#y2023-05 a")["href"]) == "timeline/2023/#y2023-05"
    assert soup(out / "timeline/2023/index.html").select_one("#y2023-05")
    pages = _walk(out, "timeline/2023/")
    routes = [route for route, _ in pages]
    assert routes[:5] == ["timeline/2023/", "timeline/2024/", "timeline/2024/03/", "timeline/2024/07/", "timeline/2024/07/p2/"]
    shown = [title for _, titles in pages for title in titles]
    # Every event once, in date order, the year-only 2024 event on its year's page before its months.
    assert _mine(shown) == [f"Event number {i}" for i in range(len(DATES))]
    assert len(shown) == len(set(shown)) == len(DATES) + 2  # and the minimal briefing's event and article
    july2 = soup(out / "timeline/2024/07/p2/index.html")
    assert july2.h1.get_text() == "Timeline: July 2024, page 2 of 2"
    assert _to(out, "timeline/2024/07/p2/", july2.select_one('nav.pager a[rel="prev"]')["href"]) == "timeline/2024/07/"
    assert _to(out, "timeline/2024/", soup(out / "timeline/2024/index.html").select_one("#y2024-07 a")["href"]) == "timeline/2024/07/"


def test_a_long_entity_timeline_goes_over_pages_of_its_own(long_site):
    _, out = long_site
    entity = soup(out / "entities/alliance/index.html")
    assert not entity.select("ol.events .event-item")
    assert _to(out, "entities/alliance/", entity.select_one("#y2024 a")["href"]) == "entities/alliance/2024/"
    pages = _walk(out, "entities/alliance/2023/")
    titles = [t for _, ts in pages for t in ts]
    assert _mine(titles) == [f"Event number {i}" for i in range(len(DATES))]
    page = soup(out / "entities/alliance/2024/07/index.html")
    assert page.select_one(".event-item .role").get_text() == "host"
    assert _to(out, "entities/alliance/2024/07/", page.select_one(".kicker a")["href"]) == "entities/alliance/"


def test_paged_routes_are_in_the_sitemap_and_every_link_between_them_holds(long_site, capsys):
    from generator.cli import main

    root, out = long_site
    locs = {loc.text for loc in ET.parse(out / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert {"https://example.org/briefing/timeline/2024/07/p2/", "https://example.org/briefing/entities/alliance/2024/07/"} <= locs
    assert main(["check", "--root", str(root), "--base-url", "/sub/path/"]) == 0, capsys.readouterr().err


def test_a_short_timeline_stays_one_page(briefing, build_site):
    code, out, _, _ = build_site(briefing(_events(DATES)))
    assert code == 0
    page = soup(out / "timeline/index.html")
    assert len(page.select(".event-item")) == len(DATES) + 2  # and the minimal briefing's event and article
    assert not page.select("nav.pager") and not (out / "timeline/2024").exists()
