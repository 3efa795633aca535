"""Dates and entity links are made once by the theme's macros and shown on every page alike."""

from __future__ import annotations

from pathlib import Path

from conftest import REPO, soup
from generator.build import build

# Two offices share a headquarters that belongs to a ministry; nothing else
# on the offices' pages mentions the ministry.
OFFICES = {
    "content/site.yaml": """
        title: Offices
        language: en
    """,
    "content/entities/ministry.yaml": """
        id: ministry
        name: Ministry of Works
        kind: ministry
    """,
    "content/entities/tower.yaml": """
        id: tower
        name: Works Tower
        kind: city
        parent: ministry
    """,
    "content/entities/east.yaml": """
        id: east-office
        name: East Office
        kind: organisation
        headquarters: tower
        founded: 2019-03
    """,
    "content/entities/west.yaml": """
        id: west-office
        name: West Office
        kind: organisation
        headquarters: tower
        founded: 2019-03
    """,
    "content/events/opening.yaml": """
        id: east-opens
        title: The East Office opens
        date: 2019-03
        entities:
          - id: east-office
            role: opened
    """,
}


def own_macros(root: Path, old: str, new: str) -> None:
    """Give the briefing its own `_macros.html`: the shipped one with one change."""
    text = (REPO / "templates" / "_macros.html").read_text("utf-8")
    assert old in text
    (root / "templates").mkdir(exist_ok=True)
    (root / "templates" / "_macros.html").write_text(text.replace(old, new), "utf-8")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_briefing_s_own_date_macro_shows_on_every_page_with_a_date(briefing, build_site):
    root = briefing(base=OFFICES)
    own_macros(root, '<time datetime=', '<time class="stamp" datetime=')
    code, out, _, err = build_site(root)
    assert code == 0, err
    for page in ("entities/east-office/index.html", "entities/west-office/index.html", "events/east-opens/index.html", "timeline/index.html"):
        times = soup(out / page).select("main time")
        assert times and all(t.get("class") == ["stamp"] for t in times), page
    assert soup(out / "entities/east-office/index.html").select_one("main dd time").get_text() == "March 2019"


def test_entity_links_follow_the_depth_of_the_page_that_shows_them(briefing, build_site):
    code, out, _, err = build_site(briefing(base=OFFICES))
    assert code == 0, err
    event = soup(out / "events/east-opens/index.html").select_one(".roles a")
    assert event["href"] == "../../entities/east-office/"
    assert (out / "events/east-opens" / event["href"] / "index.html").resolve().is_file()
    timeline = soup(out / "timeline/index.html").select_one(".event-item a")
    assert timeline["href"] == "../events/east-opens/"


def test_a_link_macro_that_reads_another_entity_is_redone_on_every_page_when_it_changes(briefing, tmp_path):
    root = briefing(base=OFFICES)
    own_macros(
        root,
        '<a href="{{ url(n.route) }}">',
        '<a href="{{ url(n.route) }}"{% if n.entity.parent %} title="part of {{ entity(n.entity.parent).entity.name }}"{% endif %}>',
    )
    build(root, root / "site")
    path = root / "content" / "entities" / "ministry.yaml"
    path.write_text(path.read_text("utf-8").replace("Ministry of Works", "Ministry of Public Works"), "utf-8")
    build(root, root / "site")
    for office in ("east-office", "west-office"):
        link = soup(root / "site" / "entities" / office / "index.html").select_one("main dd a")
        assert link["title"] == "part of Ministry of Public Works", office
    build(root, tmp_path / "clean", cache=False)
    assert tree(root / "site") == tree(tmp_path / "clean")
