"""Every page says what it is to machines: JSON-LD read back by extruct, Open Graph and a description of its own."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

import extruct
import pytest
from bs4 import BeautifulSoup

from conftest import soup
from generator.dates import PartialDate

SITE = "https://example.org/briefing/"

# A force with a branch, a city, and an event there with an article, two
# participants an editor named and one the text only mentions.
STRUCTURE = {
    "content/entities/forces.yaml": """
        id: forces
        name: Harbour Self-Defense Forces
        short_name: HSDF
        kind: armed-force
        founded: 1954-07-01
        website: https://example.org/hsdf/
        summary: The harbour state's *armed forces*.
    """,
    "content/entities/land.yaml": """
        id: land
        name: Harbour Ground Force
        kind: armed-force
        parent: forces
    """,
    "content/entities/port.yaml": """
        id: port
        name: Port Lumen
        kind: city
    """,
    "content/events/posting.yaml": """
        id: officers-posted
        title: Four officers posted to the Assistance Command
        date: 2026-05-29
        location: port
        seeds: [2026-05-29-posting]
        entities:
          - id: land
            role: sends officers
          - id: command
            role: receives them
        summary: Four land force officers join the command in Port Lumen.
    """,
}


def _jsonld(path: Path, base: str) -> list[dict]:
    return extruct.extract(path.read_text("utf-8"), base_url=base, syntaxes=["json-ld"])["json-ld"]


def _page_url(out: Path, path: Path) -> str:
    return SITE + path.relative_to(out).as_posix().removesuffix("index.html")


def _pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def _one(out: Path, rel: str) -> dict:
    [data] = _jsonld(out / rel, SITE + rel)
    assert data["@context"] == "https://schema.org"
    return data


def _ids(refs) -> set[str]:
    return {r["@id"] for r in (refs if isinstance(refs, list) else [refs])}


@pytest.fixture
def built(briefing, build_site):
    code, out, _, stderr = build_site(briefing(STRUCTURE))
    assert code == 0, stderr
    return out


def test_every_page_carries_json_ld_that_a_library_reads(built):
    pages = _pages(built)
    assert len(pages) >= 10
    for path in pages:
        found = _jsonld(path, _page_url(built, path))
        assert len(found) == 1, path
        assert found[0]["@context"] == "https://schema.org", path


def test_an_event_page_is_an_event_linked_to_its_place_participants_and_reports(built):
    data = _one(built, "events/officers-posted/index.html")
    assert data["@type"] == "Event"
    assert data["@id"] == data["url"] == SITE + "events/officers-posted/"
    assert data["name"] == "Four officers posted to the Assistance Command"
    assert data["startDate"] == "2026-05-29" and "endDate" not in data
    assert data["description"] == "Four land force officers join the command in Port Lumen."
    assert data["location"]["@type"] == "Place"
    assert data["location"]["@id"] == SITE + "entities/port/"
    assert data["location"]["name"] == "Port Lumen"
    assert _ids(data["organizer"]) == {SITE + "entities/land/", SITE + "entities/command/"}
    # The text names the alliance too (as NAA): it is what the event is about, not who did it.
    assert _ids(data["about"]) == {SITE + "entities/land/", SITE + "entities/command/", SITE + "entities/alliance/"}
    [article] = data["subjectOf"]
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "Four officers posted to the Assistance Command"
    assert article["url"] == "https://example.org/news/posting"
    assert article["datePublished"] == "2026-05-29"
    assert article["publisher"] == {"@type": "Organization", "name": "Test Wire"}


def test_a_month_dated_event_keeps_its_precision(built):
    data = _one(built, "events/command-founded/index.html")
    assert data["startDate"] == "2024-07"


def test_an_entity_page_links_its_parent_and_its_branches(built):
    land = _one(built, "entities/land/index.html")
    assert land["@type"] == "GovernmentOrganization"
    assert land["@id"] == SITE + "entities/land/"
    assert land["parentOrganization"]["@id"] == SITE + "entities/forces/"
    assert land["parentOrganization"]["name"] == "Harbour Self-Defense Forces"
    forces = _one(built, "entities/forces/index.html")
    assert _ids(forces["subOrganization"]) == {SITE + "entities/land/"}
    assert forces["foundingDate"] == "1954-07-01"
    assert forces["alternateName"] == ["HSDF"]
    assert forces["sameAs"] == ["https://example.org/hsdf/"]
    assert forces["description"] == "The harbour state’s armed forces."
    command = _one(built, "entities/command/index.html")
    assert command["parentOrganization"]["@id"] == SITE + "entities/alliance/"
    assert _one(built, "entities/port/index.html")["@type"] == "Place"


def test_the_home_timeline_and_directory_list_what_they_show(built):
    home = _one(built, "index.html")
    site = next(n for n in home["@graph"] if n["@type"] == "WebSite")
    assert site["url"] == SITE and site["name"] == "Test briefing"
    assert site["potentialAction"]["target"] == SITE + "search/?q={query}"
    timeline = _one(built, "timeline/index.html")
    assert timeline["@type"] == "CollectionPage" and timeline["url"] == SITE + "timeline/"
    items = timeline["mainEntity"]["itemListElement"]
    assert [i["url"] for i in items] == [SITE + "events/command-founded/", SITE + "events/officers-posted/"]
    assert [i["position"] for i in items] == [1, 2]
    directory = _one(built, "entities/index.html")
    urls = {i["url"] for i in directory["mainEntity"]["itemListElement"]}
    assert urls == {SITE + f"entities/{e}/" for e in ("alliance", "command", "forces", "land", "port")}


def _meta(page: BeautifulSoup) -> dict[str, str]:
    found = {m["property"]: m["content"] for m in page.find_all("meta", property=True)}
    found["description"] = page.find("meta", attrs={"name": "description"})["content"]
    return found


def test_open_graph_and_the_description_are_the_page_s_own(built):
    event = _meta(soup(built / "events/officers-posted/index.html"))
    assert event["og:type"] == "article"
    assert event["og:title"] == "Four officers posted to the Assistance Command"
    assert event["og:url"] == SITE + "events/officers-posted/"
    assert event["og:site_name"] == "Test briefing"
    assert event["description"] == event["og:description"]
    assert "Four land force officers join the command" in event["description"]
    entity = _meta(soup(built / "entities/forces/index.html"))
    assert entity["og:type"] == "profile" or entity["og:type"] == "website"
    assert entity["description"] == "The harbour state’s armed forces."
    home = _meta(soup(built / "index.html"))
    assert home["og:url"] == SITE and home["description"] == "A briefing used by the tests."
    # Every page a reader lands on; an old article address only forwards to one.
    read = [soup(p) for p in _pages(built) if p.name != "404.html"]
    descriptions = [_meta(page)["description"] for page in read if not page.find("meta", attrs={"http-equiv": "refresh"})]
    assert len(descriptions) >= 9
    assert len(set(descriptions)) == len(descriptions)


def test_without_a_public_address_ids_are_relative_and_there_is_no_og_url(briefing, build_site):
    root = briefing(STRUCTURE)
    (root / "content/site.yaml").write_text("title: Test briefing\nlanguage: en\n", "utf-8")
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    page = out / "entities/land/index.html"
    base = page.as_uri()
    [land] = _jsonld(page, base)
    # A relative @id names the page it leads to, wherever the site is opened.
    assert urljoin(base, land["parentOrganization"]["@id"]) == (out / "entities/forces/").as_uri() + "/"
    assert "og:url" not in _meta(soup(page))
    assert _meta(soup(page))["description"]


# -- nothing a briefing says can leave the script element ----------------------------

HOSTILE_NAME = "</script><script>alert(1)</script><!--"
HOSTILE = {
    "content/entities/evil.yaml": f"""
        id: evil
        name: "{HOSTILE_NAME}"
        kind: organisation
        summary: "A summary with \\u2028 a line separator, \\u2029 a paragraph one and </SCRIPT > & <!-- too."
    """,
    "content/events/evil.yaml": f"""
        id: evil-event
        title: "{HOSTILE_NAME} \\u2028 done"
        date: 2026-05-01
        entities: [evil]
        summary: "Closing </script> and <!-- <script> in the summary."
    """,
}


def test_hostile_names_stay_inside_the_json_ld_and_open_graph(briefing, build_site):
    code, out, _, stderr = build_site(briefing(HOSTILE))
    assert code == 0, stderr
    theme = set()
    for path in _pages(out):
        text = path.read_text("utf-8")
        page = BeautifulSoup(text, "html.parser")
        # Only the page's own scripts: the JSON-LD, search's script by address, and
        # the theme's one inline script (the same on every page, so none of the content).
        for script in page.find_all("script"):
            if script.get("type") != "application/ld+json" and not script.get("src"):
                theme.add(script.string)
            assert "alert(1)" not in script.get_text() or script.get("type") == "application/ld+json"
        block = text.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
        assert "<" not in block and ">" not in block and "\u2028" not in block and "\u2029" not in block, path
        json.loads(block)
    assert len(theme) == 1 and "evil" not in next(iter(theme)).lower()
    entity = _one(out, "entities/evil/index.html")
    assert entity["name"] == HOSTILE_NAME
    # The summary is Markdown, sanitised: what is left of its markup is text, and stays in.
    assert "& <!" in entity["description"]
    event = _one(out, "events/evil-event/index.html")
    assert event["name"] == f"{HOSTILE_NAME} \u2028 done"
    assert event["about"][0]["name"] == HOSTILE_NAME
    meta = _meta(soup(out / "entities/evil/index.html"))
    assert meta["og:title"] == HOSTILE_NAME


# -- an interval, once events carry one -----------------------------------------------

class _WithEnd:
    """An event node that spans an interval, as the intervals work gives them `end`."""

    def __init__(self, node, end: PartialDate):
        self._node, self.end = node, end

    def __getattr__(self, name):
        return getattr(self._node, name)


def test_an_event_over_an_interval_has_a_start_and_an_end_date(briefing):
    from generator.build import render  # noqa: F401 - the graph as a build makes it
    from generator.link import link_site
    from generator.load import load_content
    from generator.structured import event_data

    root = briefing(STRUCTURE)
    graph = link_site(load_content(root))
    node = _WithEnd(graph.event("officers-posted"), PartialDate.parse("2026-06"))
    data = event_data(node, graph, lambda route: SITE + route)
    assert (data["startDate"], data["endDate"]) == ("2026-05-29", "2026-06")


def test_a_long_listing_names_its_first_pages_and_counts_them_all():
    from generator.structured import LIST_LIMIT, _list

    listing = _list("Timeline", [f"events/e{i}/" for i in range(LIST_LIMIT + 50)], lambda route: SITE + route)
    assert listing["numberOfItems"] == LIST_LIMIT + 50
    assert len(listing["itemListElement"]) == LIST_LIMIT
    assert listing["itemListElement"][-1] == {"@type": "ListItem", "position": LIST_LIMIT, "url": SITE + f"events/e{LIST_LIMIT - 1}/"}
