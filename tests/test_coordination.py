"""Names that share their last words across a coordination: "the Air and Maritime Self-Defense Forces"."""

from __future__ import annotations

import json

from conftest import soup

SITE = """
    title: Coordination briefing
    description: Names shared by a coordination.
    language: en
    url: https://example.org/coord/
"""


def _force(eid: str, branch: str, short: str) -> str:
    return f"""
        id: {eid}
        name: Japan {branch} Self-Defense Force
        short_name: {short}
        kind: armed-force
        aliases: [{branch} Self-Defense Force]
        parent: jsdf
    """


ENTITIES = {
    "content/site.yaml": SITE,
    "content/entities/jsdf.yaml": """
        id: jsdf
        name: Japan Self-Defense Forces
        short_name: JSDF
        kind: armed-force
        aliases: [Self-Defense Forces]
    """,
    "content/entities/jgsdf.yaml": _force("jgsdf", "Ground", "JGSDF"),
    "content/entities/jasdf.yaml": _force("jasdf", "Air", "JASDF"),
    "content/entities/jmsdf.yaml": _force("jmsdf", "Maritime", "JMSDF"),
    "content/entities/japan.yaml": """
        id: japan
        name: Japan
        kind: country
    """,
    "content/entities/jcg.yaml": """
        id: jcg
        name: Japan Coast Guard
        kind: organisation
    """,
    "content/entities/kcg.yaml": """
        id: kcg
        name: Korea Coast Guard
        kind: organisation
    """,
    "content/entities/wiesbaden.yaml": """
        id: wiesbaden
        name: Wiesbaden
        kind: city
    """,
}


def _build(briefing, build_site, seed: str):
    files = dict(ENTITIES)
    files["seeds/2026-05-29-posting.txt"] = seed
    code, out, _, stderr = build_site(briefing(files, base={}))
    assert code == 0, stderr
    (event,) = json.loads((out / "data/events.json").read_text("utf-8"))["events"]
    page = soup(out / f"events/{event['id']}/index.html")
    links = [(a.get_text(" ", strip=True), a["href"]) for a in page.select(".source .body a.mention")]
    return out, event, page, links


POSTING = """\
    Four officers for the command in Wiesbaden

    Tokyo will post four officers to the command in Wiesbaden: two from the Ground Self-Defense Force and one each from the Air and Maritime Self-Defense Forces.
"""


def test_event_involves_every_branch_a_coordination_names_and_each_conjunct_links_to_its_own_page(briefing, build_site):
    out, event, page, links = _build(briefing, build_site, POSTING)
    assert sorted(event["entities"]) == ["jasdf", "jgsdf", "jmsdf", "wiesbaden"]
    mentioned = [li.a.get_text(strip=True) for li in page.select("ul.mentioned li")]
    assert "Japan Air Self-Defense Force" in mentioned and "Japan Maritime Self-Defense Force" in mentioned
    assert links == [
        ("Wiesbaden", "../../entities/wiesbaden/"),
        ("Ground Self-Defense Force", "../../entities/jgsdf/"),
        ("Air", "../../entities/jasdf/"),
        ("Maritime Self-Defense Forces", "../../entities/jmsdf/"),
    ]
    # The short link says in its title which force it stands for.
    air = page.select_one('.source .body a.mention[href="../../entities/jasdf/"]')
    assert air["title"] == "Japan Air Self-Defense Force"
    # The link leads to a page that lists the event back.
    jasdf = soup(out / "entities/jasdf/index.html")
    assert any(f"events/{event['id']}/" in a.get("href", "") for a in jasdf.select("main a"))


def test_the_parent_named_only_inside_the_shared_words_is_not_a_mention(briefing, build_site):
    # "Self-Defense Forces" here is the tail of the branches' names, not the
    # Self-Defense Forces as a whole.
    _, event, _, links = _build(briefing, build_site, POSTING)
    assert "jsdf" not in event["entities"]
    assert all(href != "../../entities/jsdf/" for _, href in links)


def test_three_conjuncts_with_a_serial_comma_and_a_shared_country_word(briefing, build_site):
    seed = """\
        Staff from all three branches

        Officers of the Japan Ground, Air, and Maritime Self-Defense Forces will serve in Wiesbaden.
    """
    _, event, _, links = _build(briefing, build_site, seed)
    assert sorted(event["entities"]) == ["jasdf", "jgsdf", "jmsdf", "wiesbaden"]
    assert links[:3] == [
        ("Japan Ground", "../../entities/jgsdf/"),
        ("Air", "../../entities/jasdf/"),
        ("Maritime Self-Defense Forces", "../../entities/jmsdf/"),
    ]


def test_or_with_a_singular_shared_head(briefing, build_site):
    seed = """\
        One officer yet to be chosen

        The fourth officer will come from the Ground or Air Self-Defense Force, the ministry said.
    """
    _, event, _, links = _build(briefing, build_site, seed)
    assert sorted(event["entities"]) == ["jasdf", "jgsdf"]
    assert links == [("Ground", "../../entities/jgsdf/"), ("Air Self-Defense Force", "../../entities/jasdf/")]


def test_a_conjunct_that_is_a_name_of_its_own_keeps_it_before_a_singular_head(briefing, build_site):
    # "Japan Coast Guard" is a name, but "Japan and Korea Coast Guard officials"
    # more likely pairs the country with one service: without a plural head the
    # coordination is not read as sharing the head.
    seed = """\
        Coast guards meet

        Talks between Japan and Korea Coast Guard officials ended on Friday.
    """
    _, event, _, links = _build(briefing, build_site, seed)
    assert sorted(event["entities"]) == ["japan", "kcg"]
    assert links == [("Japan", "../../entities/japan/"), ("Korea Coast Guard", "../../entities/kcg/")]


def test_a_word_that_makes_no_name_with_the_head_is_not_a_conjunct(briefing, build_site):
    seed = """\
        Soldiers and sailors

        The Army and Maritime Self-Defense Force staff met in Wiesbaden.
    """
    _, event, _, links = _build(briefing, build_site, seed)
    assert sorted(event["entities"]) == ["jmsdf", "wiesbaden"]
    assert ("Maritime Self-Defense Force", "../../entities/jmsdf/") in links


def test_a_plural_tail_outside_a_coordination_is_read_as_before(briefing, build_site):
    seed = """\
        A fleet review

        The Maritime Self-Defense Forces of the region met in Wiesbaden.
    """
    _, event, _, links = _build(briefing, build_site, seed)
    assert sorted(event["entities"]) == ["jsdf", "wiesbaden"]
    assert ("Self-Defense Forces", "../../entities/jsdf/") in links


WRAPPED = """\
    ---
    title: Officers and agencies
    published: 2026-05-29
    ---
    One officer each from the Air
    and   Maritime
    Self-Defense Forces will serve. The Procurement & Research & Development Agencies pay.
"""


def test_conjuncts_across_line_breaks_and_ampersands(briefing, build_site):
    files = dict(ENTITIES)
    files["content/entities/rda.yaml"] = "id: rda\nname: Research & Development Agency\nkind: organisation\n"
    files["content/entities/pa.yaml"] = "id: pa\nname: Procurement Agency\nkind: organisation\n"
    files["seeds/2026-05-29-wrapped.md"] = WRAPPED
    code, out, _, stderr = build_site(briefing(files, base={}))
    assert code == 0, stderr
    (event,) = json.loads((out / "data/events.json").read_text("utf-8"))["events"]
    assert sorted(event["entities"]) == ["jasdf", "jmsdf", "pa", "rda"]
    page = soup(out / f"events/{event['id']}/index.html")
    assert [(" ".join(a.get_text().split()), a["href"].split("/")[-2]) for a in page.select(".source .body a.mention")] == [
        ("Air", "jasdf"), ("Maritime Self-Defense Forces", "jmsdf"),
        ("Procurement", "pa"), ("Research & Development Agencies", "rda"),
    ]


def test_a_coordination_in_a_heading_counts_for_the_event_but_is_not_linked(briefing, build_site):
    files = dict(ENTITIES)
    files["seeds/2026-05-29-heading.md"] = """\
        ---
        title: Two services
        published: 2026-05-29
        ---
        ## Air and Maritime Self-Defense Forces

        Staff will come from both.
    """
    code, out, _, stderr = build_site(briefing(files, base={}))
    assert code == 0, stderr
    (event,) = json.loads((out / "data/events.json").read_text("utf-8"))["events"]
    assert sorted(event["entities"]) == ["jasdf", "jmsdf"]
    page = soup(out / f"events/{event['id']}/index.html")
    assert page.select_one(".source .body h2").get_text() == "Air and Maritime Self-Defense Forces"
    assert not page.select(".source .body a.mention")


def test_the_shipped_posting_article_links_each_branch_its_bullets_name_by_coordination(shipped, build_site):
    code, out, _, stderr = build_site(shipped)
    assert code == 0, stderr
    page = soup(out / "events/japan-officers-to-nsatu/index.html")
    (bullet,) = [li for li in page.select(".source .body li") if "apiece" in li.get_text()]
    assert [(a.get_text(" ", strip=True), a["href"]) for a in bullet.select("a.mention")] == [
        ("Air", "../../entities/jasdf/"),
        ("Maritime Self-Defense Forces", "../../entities/jmsdf/"),
    ]
    for branch in ("jgsdf", "jasdf", "jmsdf"):
        timeline = soup(out / f"entities/{branch}/index.html")
        assert any("events/japan-officers-to-nsatu/" in a.get("href", "") for a in timeline.select("main a"))
