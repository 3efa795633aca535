"""The timeline and the org chart: SVG drawn at build time, every mark a named link to the right page."""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from conftest import soup
from generator.charts import DETAIL_LIMIT, MAX_BARS, WIDTH, org_chart, timeline_chart
from generator.dates import PartialDate

SVG = "{http://www.w3.org/2000/svg}"

HIERARCHY = {
    "content/entities/forces.yaml": """
        - id: forces
          name: Island Defence Forces
          short_name: IDF
          kind: armed-force
        - id: ground
          name: Island Ground Force
          kind: armed-force
          parent: forces
        - id: sea
          name: Island Sea Force
          kind: armed-force
          parent: forces
        - id: air
          name: Island Air Force
          kind: armed-force
          parent: forces
        - id: loner
          name: Lone Harbour
          kind: city
    """,
    "content/events/more.yaml": """
        - id: forces-created
          title: The Island Defence Forces are created
          date: 1954-07-01
          entities: [forces, ground, sea, air]
        - id: sea-exercise
          title: The Sea Force holds an exercise
          date: 2024
          entities: [sea]
    """,
}


def _resolve(page: Path, site: Path, href: str) -> tuple[Path, str]:
    """The file a relative link on `page` leads to, and its #fragment."""
    target, _, fragment = href.partition("#")
    assert not target.startswith(("/", "http")), href
    rel = posixpath.normpath(posixpath.join(page.parent.relative_to(site).as_posix(), target))
    path = site / rel
    return (path / "index.html" if path.is_dir() else path), fragment


def _chart(page_soup: BeautifulSoup, kind: str):
    figure = page_soup.select_one(f"figure.{kind}")
    assert figure is not None, f"no {kind} on the page"
    return figure


def _marks(figure) -> list:
    return figure.find("svg").find_all("a")


def _ev(date: str, title: str = "An event", end: str | None = None, ident: str = "e"):
    return SimpleNamespace(
        id=ident, title=title, route=f"events/{ident}/",
        date=PartialDate.parse(date) if date else None,
        end=PartialDate.parse(end) if end else None,
    )


def _tree(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # well-formed XML, or this raises


# -- on the built site -----------------------------------------------------------


def test_timeline_chart_on_home_timeline_and_entity_pages_links_each_dated_event_to_its_page(briefing, build_site):
    root = briefing(HIERARCHY)
    code, site, _, err = build_site(root, "--base-url", "/repo/")
    assert code == 0, err
    for page, expected in (
        (site / "index.html", {"command-founded", "forces-created", "sea-exercise", "2026-05-29-posting"}),
        (site / "timeline/index.html", {"command-founded", "forces-created", "sea-exercise", "2026-05-29-posting"}),
        (site / "entities/sea/index.html", {"forces-created", "sea-exercise"}),
    ):
        figure = _chart(soup(page), "timeline-chart")
        reached = set()
        for a in _marks(figure):
            name = a.find("title").get_text()
            target, _ = _resolve(page, site, a["href"])
            assert target.is_file(), a["href"]
            h1 = soup(target).find("h1").get_text()
            # The mark is named after the event it leads to, with its date.
            assert name.startswith(h1 + ", "), (name, h1)
            reached.add(target.parent.name)
        assert reached == expected
        assert re.search(r"\d+ events?, \d{4}–\d{4}\.", figure.figcaption.get_text())


def test_no_timeline_chart_for_an_entity_without_events(briefing, build_site):
    code, site, _, err = build_site(briefing(HIERARCHY))
    assert code == 0, err
    assert soup(site / "entities/loner/index.html").select_one("figure.timeline-chart") is None


def test_dense_timeline_counts_events_per_month_and_each_bar_leads_to_that_month_on_the_timeline(briefing, build_site):
    days = [(m, d) for m in (3, 7) for d in range(1, 29)] + [(11, d) for d in range(1, 16)]
    events = "".join(f"- id: e{i}\n  title: Meeting {i}\n  date: 2025-{m:02d}-{d:02d}\n" for i, (m, d) in enumerate(days))
    events += "- id: sometime\n  title: Sometime that year\n  date: 2025\n"
    root = briefing({"content/events/many.yaml": events})
    code, site, _, err = build_site(root, "--base-url", "/repo/")
    assert code == 0, err
    assert len(days) > DETAIL_LIMIT
    page = site / "index.html"
    figure = _chart(soup(page), "timeline-chart")
    assert "counted by month" in figure.figcaption.get_text()
    counts = {}
    for a in _marks(figure):
        target, fragment = _resolve(page, site, a["href"])
        assert target == site / "timeline/index.html"
        # The anchor is there on the timeline page.
        assert soup(target).find(id=fragment) is not None, fragment
        counts[fragment] = int(re.search(r": (\d+) events?$", a.find("title").get_text()).group(1))
    assert counts["y2025-03"] == 28 and counts["y2025-07"] == 28 and counts["y2025-11"] == 15
    assert counts["y2024-07"] == 1  # the fixture's own founding, dated to a month
    assert counts["y2025"] == 1  # known only to the year: drawn as the year's span, not in a month
    assert "May 2026: 1 event" in {a.find("title").get_text() for a in _marks(figure)}


def test_hostile_names_are_escaped_in_both_charts(briefing, build_site):
    hostile = '<script>alert(1)</script> "quoted" & ]]> <!--'
    root = briefing({
        "content/entities/bad.yaml": f"""
            id: bad
            name: '{hostile}'
            kind: command
            parent: alliance
        """,
        "content/events/bad.yaml": f"""
            id: bad-event
            title: '{hostile}'
            date: 2025-02-03
            entities: [bad]
        """,
    })
    code, site, _, err = build_site(root)
    assert code == 0, err
    for page in ("index.html", "entities/index.html", "entities/bad/index.html", "entities/alliance/index.html"):
        html = (site / page).read_text("utf-8")
        assert "<script>alert" not in html
        page_soup = BeautifulSoup(html, "html.parser")
        labels = []
        for figure in page_soup.select("figure.chart"):
            for svg in figure.find_all("svg"):
                _tree(str(svg))
            labels += [a.find("title").get_text() for a in _marks(figure)]
        # The name reaches a reader whole, as text: never as markup.
        assert any(hostile in label for label in labels), labels


def test_org_chart_on_the_directory_nests_each_hierarchy_and_links_each_box(briefing, build_site):
    code, site, _, err = build_site(briefing(HIERARCHY), "--base-url", "/repo/")
    assert code == 0, err
    page = site / "entities/index.html"
    figure = _chart(soup(page), "org-chart")
    boxes = []
    for a in _marks(figure):
        target, _ = _resolve(page, site, a["href"])
        assert target.is_file()
        rect = a.find("rect")
        boxes.append((target.parent.name, float(rect["x"]), float(rect["y"])))
        assert a.find("title").get_text().startswith(soup(target).find("h1").get_text().split(" (")[0])
    # Top to bottom: each hierarchy with its parts indented beneath it; an entity alone is not drawn.
    assert [b[0] for b in boxes] == ["forces", "air", "ground", "sea", "alliance", "command"]
    x = {name: bx for name, bx, _ in boxes}
    assert x["alliance"] == x["forces"] < x["command"] == x["air"] == x["ground"] == x["sea"]
    assert figure.figcaption.get_text() == "6 entities in 2 hierarchies."


def test_org_chart_on_an_entity_page_shows_its_branch_only(briefing, build_site):
    code, site, _, err = build_site(briefing(HIERARCHY))
    assert code == 0, err
    page = site / "entities/ground/index.html"
    ground = _chart(soup(page), "org-chart")
    shown = [_resolve(page, site, a["href"])[0].parent.name for a in _marks(ground)]
    # Its parent and itself; not its siblings, nor another hierarchy.
    assert shown == ["forces", "ground"]
    current = [a for a in _marks(ground) if a.get("aria-current") == "page"]
    assert len(current) == 1 and current[0].find("title").get_text().startswith("Island Ground Force")
    page = site / "entities/forces/index.html"
    forces = _chart(soup(page), "org-chart")
    assert [_resolve(page, site, a["href"])[0].parent.name for a in _marks(forces)] == ["forces", "air", "ground", "sea"]
    # An entity with neither parent nor parts has no chart.
    assert soup(site / "entities/loner/index.html").select_one("figure.org-chart") is None


def test_charts_take_colours_from_the_stylesheet_so_dark_mode_follows(briefing, build_site):
    code, site, _, err = build_site(briefing(HIERARCHY))
    assert code == 0, err
    for page in ("index.html", "entities/index.html"):
        for svg in soup(site / page).select("figure.chart svg"):
            assert not svg.find_all(attrs={"fill": True}) and not svg.find_all(attrs={"stroke": True})
            assert not svg.find_all(style=True)
    css = (site / "static/style.css").read_text("utf-8")
    assert ".chart-svg .mark { fill: var(--accent)" in css


# -- the drawing itself ------------------------------------------------------------


def _x(element) -> tuple[float, float]:
    """The left and right edge of a mark."""
    if element.tag == SVG + "circle":
        return float(element.get("cx")), float(element.get("cx"))
    return float(element.get("x")), float(element.get("x")) + float(element.get("width"))


def _marks_by_label(chart) -> dict[str, ET.Element]:
    tree = _tree(chart.svg)
    return {a.find(SVG + "title").text: next(c for c in a if c.tag in (SVG + "circle", SVG + "rect")) for a in tree.iter(SVG + "a")}


def test_a_day_is_a_point_a_month_and_a_year_are_spans_of_their_length_and_an_interval_runs_start_to_end():
    chart = timeline_chart([
        _ev("2024-07-09", "Day", ident="day"),
        _ev("2024-07", "Month", ident="month"),
        _ev("2024", "Year", ident="year"),
        _ev("2024-03-10", "Interval", end="2024-05-20", ident="interval"),
    ], lambda r: r)
    marks = _marks_by_label(chart)
    day, month, year = marks["Day, 9 July 2024"], marks["Month, July 2024"], marks["Year, 2024"]
    interval = marks["Interval, 10 March – 20 May 2024"]
    assert day.tag == SVG + "circle"
    assert month.tag == year.tag == interval.tag == SVG + "rect"
    y0, y1 = _x(year)
    m0, m1 = _x(month)
    assert (m1 - m0) == pytest.approx((y1 - y0) / 12, abs=0.2)
    assert m0 == pytest.approx(y0 + (y1 - y0) * 6 / 12, abs=0.2)
    # 9 July sits inside July, a little after its start.
    assert m0 < _x(day)[0] < m0 + (m1 - m0) / 2
    i0, i1 = _x(interval)
    assert i0 == pytest.approx(y0 + (y1 - y0) * (2 + 9 / 31) / 12, abs=0.2)
    assert i1 == pytest.approx(y0 + (y1 - y0) * (4 + 20 / 31) / 12, abs=0.2)


def test_years_with_no_event_are_folded_so_distant_and_close_events_both_stay_readable():
    chart = timeline_chart([_ev("1949-04-04", ident="a"), _ev("2024-07", ident="b"), _ev("2026-05-29", ident="c")], lambda r: r)
    tree = _tree(chart.svg)
    labels = [t.text for t in tree.iter(SVG + "text") if t.text and t.text.isdigit()]
    assert labels == ["1949", "2024", "2025", "2026"]
    assert len(tree.findall(f".//{SVG}path[@class='fold']")) == 1
    # 1949 gets as much room as each of 2024–2026, not a sliver of 77 years.
    ticks = {t.text: float(t.get("x")) for t in tree.iter(SVG + "text") if t.text in ("2024", "2025", "2026")}
    assert ticks["2026"] - ticks["2025"] == pytest.approx(ticks["2025"] - ticks["2024"])


def test_ten_thousand_events_are_counted_by_year_in_a_small_chart():
    events = [_ev(f"{2016 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}", f"Event {i}", ident=f"e{i}") for i in range(10_000)]
    chart = timeline_chart(events, lambda r: "../" + r)
    tree = _tree(chart.svg)
    links = list(tree.iter(SVG + "a"))
    assert len(links) == 10 <= MAX_BARS
    assert {a.get("href") for a in links} == {f"../timeline/#y{y}" for y in range(2016, 2026)}
    assert sum(int(a.find(SVG + "title").text.rsplit(": ", 1)[1].split()[0]) for a in links) == 10_000
    assert len(chart.svg.encode()) < 10_000 and len(chart.narrow.encode()) < 10_000
    assert chart.caption == "10000 events, 2016–2025, counted by year."


@pytest.mark.parametrize("count", [5, 500])
def test_a_phone_gets_its_own_drawing_with_the_same_marks(count):
    events = [_ev(f"{2020 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}", f"A fairly long event title number {i}", ident=f"e{i}") for i in range(count)]
    chart = timeline_chart(events, str)
    wide, narrow = _tree(chart.svg), _tree(chart.narrow)
    assert wide.get("class").split()[-1] == "wide" and narrow.get("class").split()[-1] == "narrow"
    assert float(narrow.get("width")) < float(wide.get("width"))
    links = lambda tree: sorted((a.get("href"), a.find(SVG + "title").text) for a in tree.iter(SVG + "a"))  # noqa: E731
    assert links(wide) == links(narrow) and len(links(wide)) == (count if count <= DETAIL_LIMIT else 5 * 12)
    assert all(float(r.get("x")) + float(r.get("width")) <= float(narrow.get("width")) for r in narrow.iter(SVG + "rect"))


def test_thousands_of_scattered_years_stay_bounded():
    events = [_ev(str(1000 + 3 * i), ident=f"e{i}") for i in range(3000)]
    chart = timeline_chart(events, lambda r: r)
    tree = _tree(chart.svg)
    assert len(list(tree.iter(SVG + "a"))) <= MAX_BARS
    assert all(0 <= float(r.get("x")) <= WIDTH for r in tree.iter(SVG + "rect"))


def test_undated_events_are_counted_in_the_caption_not_drawn():
    chart = timeline_chart([_ev("2024-07-09", ident="a"), _ev("", ident="b")], lambda r: r)
    assert len(list(_tree(chart.svg).iter(SVG + "a"))) == 1
    assert chart.caption == "1 event, 2024; 1 undated event not shown."
    assert not timeline_chart([_ev("", ident="b")], lambda r: r)


def test_same_events_give_the_same_bytes_whatever_their_order():
    events = [_ev(f"2024-0{m}", f"E{m}", ident=f"e{m}") for m in range(1, 8)]
    assert timeline_chart(events, str).svg == timeline_chart(events[::-1], str).svg


def _entity(eid: str, name: str, parent: str | None = None):
    return SimpleNamespace(id=eid, label=name, route=f"entities/{eid}/", entity=SimpleNamespace(parent=parent, kind="command"))


def test_a_chain_thousands_deep_draws_a_bounded_chart():
    entities = {f"e{i}": _entity(f"e{i}", f"Unit {i}", f"e{i - 1}" if i else None) for i in range(5000)}
    chart = org_chart(entities, str)
    tree = _tree(chart.svg)
    assert 0 < len(list(tree.iter(SVG + "a"))) <= 200
    assert float(tree.get("width")) <= WIDTH
    assert "the first 200 are drawn" in chart.caption
    branch = org_chart(entities, str, focus="e4999")
    assert len(list(_tree(branch.svg).iter(SVG + "a"))) <= 200


def test_a_briefings_own_template_shows_the_charts_in_the_sandbox(briefing, build_site):
    home = "{% extends 'base.html' %}\n{% block main %}\n<h1>Own home</h1>\n{% include '_timeline_chart.html' %}\n{% include '_org_chart.html' %}\n{% endblock %}\n"
    code, site, _, err = build_site(briefing({**HIERARCHY, "templates/home.html": home}))
    assert code == 0, err
    page = soup(site / "index.html")
    assert page.find("h1").get_text() == "Own home"
    assert len(_marks(_chart(page, "timeline-chart"))) == 4
    assert len(_marks(_chart(page, "org-chart"))) == 6
