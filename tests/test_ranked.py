"""Contested values: a field with several values, each ranked and sourced, shown with what else was reported."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import soup
from generator.cli import main
from test_site import resolve

# The command's founding as three sources tell it; its seat; a summit whose
# date and place two sources give differently.
RANKED = {
    "content/entities/harbour.yaml": """
        id: harbour
        name: Harbour City
        kind: city
    """,
    "content/entities/port.yaml": """
        id: port
        name: Port Town
        kind: city
    """,
    "content/entities/command.yaml": """
        id: command
        name: Assistance Command
        short_name: ASCOM
        kind: command
        parent: alliance
        founded:
          - value: 2024-12-18
            rank: preferred
            note: operational
            sources: [2026-05-29-posting]
          - value: 2024-07
            note: agreed at the summit
            sources: [https://example.org/summit-declaration]
          - value: 2024-06
            rank: deprecated
            note: an early report, since corrected
            sources: [https://example.org/early]
        headquarters:
          - value: harbour
            sources: [https://example.org/seat]
    """,
    "content/events/summit.yaml": """
        id: summit
        title: The alliance summit agrees to create the command
        date:
          - value: 2024-07-10
            sources: [https://example.org/summit-declaration]
          - value: 2024-07-11
            rank: preferred
            note: the closing day
            sources: [2026-05-29-posting, https://example.org/summit-declaration]
        location:
          - value: harbour
            rank: preferred
            sources: [https://example.org/summit-declaration]
          - value: port
            sources: [2026-05-29-posting]
        entities:
          - id: alliance
            role: held the summit
    """,
}


@pytest.fixture
def ranked_site(briefing, build_site):
    code, out, _, stderr = build_site(briefing(RANKED))
    assert code == 0, stderr
    return out


def _field(page, label):
    """The <dd> that follows the <dt> with this label in the page's infobox."""
    dt = next(dt for dt in page.select("dl.meta dt") if dt.get_text(strip=True) == label)
    return dt.find_next_sibling("dd")


def _follows(page_path, link, out):
    """Where a citation link leads: an outside address, or an element on a page of the site."""
    href = link["href"]
    if href.startswith("https://"):
        return href
    target, _, anchor = href.partition("#")
    path = resolve(page_path, target)
    assert path.is_file(), href
    assert soup(path).find(id=anchor) is not None, href
    return path.relative_to(out).as_posix() + "#" + anchor


def test_infobox_shows_the_preferred_value_with_its_citations(ranked_site):
    path = ranked_site / "entities/command/index.html"
    founded = _field(soup(path), "Founded")
    shown = founded.select_one(".ranked-shown")
    assert shown.time["datetime"] == "2024-12-18"
    assert shown.time.get_text() == "18 December 2024"
    assert "(operational)" in shown.get_text(" ")
    cites = shown.select(".cites a")
    assert [a.get_text() for a in cites] == ["Test Wire"]
    assert _follows(path, cites[0], ranked_site) == "events/2026-05-29-posting/index.html#source-2026-05-29-posting"


def test_infobox_lists_the_other_values_as_also_reported_with_their_sources(ranked_site):
    path = ranked_site / "entities/command/index.html"
    founded = _field(soup(path), "Founded")
    also = founded.select_one("ul.also-reported")
    label = founded.find(id=also["aria-labelledby"])
    assert label.get_text(strip=True) == "Also reported"
    normal, deprecated = also.select("li")
    assert normal.time["datetime"] == "2024-07" and normal.time.get_text() == "July 2024"
    assert "agreed at the summit" in normal.get_text(" ")
    assert [_follows(path, a, ranked_site) for a in normal.select(".cites a")] == ["https://example.org/summit-declaration"]
    # A deprecated value is struck through and says so in words, for readers who cannot see the line.
    assert "deprecated" in deprecated["class"]
    assert deprecated.s.time["datetime"] == "2024-06"
    assert "(deprecated" in deprecated.get_text(" ")
    assert [a["href"] for a in deprecated.select(".cites a")] == ["https://example.org/early"]


def test_a_ranked_entity_value_links_the_entity_and_cites_its_source(ranked_site):
    path = ranked_site / "entities/command/index.html"
    hq = _field(soup(path), "Headquarters")
    link = hq.select_one(".ranked-shown > a")
    assert link.get_text() == "Harbour City"
    assert resolve(path, link["href"]) == ranked_site / "entities/harbour/index.html"
    assert [a["href"] for a in hq.select(".cites a")] == ["https://example.org/seat"]
    assert hq.select_one("ul.also-reported") is None


def test_the_timeline_uses_the_preferred_date_and_the_event_page_shows_the_others(ranked_site):
    timeline = soup(ranked_site / "timeline/index.html")
    item = next(li for li in timeline.select(".event-item") if "summit" in li.get_text())
    assert item.time["datetime"] == "2024-07-11"
    path = ranked_site / "events/summit/index.html"
    page = soup(path)
    date = _field(page, "Date")
    assert date.select_one(".ranked-shown time")["datetime"] == "2024-07-11"
    assert [_follows(path, a, ranked_site) for a in date.select(".ranked-shown .cites a")] == [
        "events/2026-05-29-posting/index.html#source-2026-05-29-posting", "https://example.org/summit-declaration"]
    assert [li.time["datetime"] for li in date.select("ul.also-reported li")] == ["2024-07-10"]
    place = _field(page, "Place")
    assert place.select_one(".ranked-shown > a").get_text() == "Harbour City"
    assert [li.a.get_text() for li in place.select("ul.also-reported li")] == ["Port Town"]
    # Every "also reported" list on the page has its own label.
    ids = [ul["aria-labelledby"] for ul in page.select("ul.also-reported")]
    assert len(ids) == len(set(ids)) == 2 and all(page.find(id=i) for i in ids)


def test_data_files_carry_every_value_with_its_rank_and_citations(ranked_site):
    entities = {e["id"]: e for e in json.loads((ranked_site / "data/entities.json").read_text("utf-8"))["entities"]}
    command = entities["command"]
    assert command["founded"] == "2024-12-18" and command["headquarters"] == "harbour"
    values = command["values"]["founded"]
    assert [(v["value"], v["rank"], v["shown"]) for v in values] == [
        ("2024-12-18", "preferred", True), ("2024-07", "normal", False), ("2024-06", "deprecated", False)]
    assert values[0]["note"] == "operational"
    assert values[0]["citations"][0]["source"] == "2026-05-29-posting"
    assert values[0]["citations"][0]["publisher"] == "Test Wire"
    assert values[2]["citations"] == [{"source": "https://example.org/early", "title": None, "publisher": "example.org",
                                        "url": "https://example.org/early", "page": None}]
    # A value written plainly has no list of values.
    assert entities["alliance"]["values"] == {"founded": [], "headquarters": []}
    events = {e["id"]: e for e in json.loads((ranked_site / "data/events.json").read_text("utf-8"))["events"]}
    summit = events["summit"]
    assert (summit["date"], summit["location"]) == ("2024-07-11", "harbour")
    assert [(v["value"], v["shown"]) for v in summit["values"]["date"]] == [("2024-07-10", False), ("2024-07-11", True)]
    assert [v["value"] for v in summit["values"]["location"]] == ["harbour", "port"]
    for name in ("events", "entities"):
        schema = json.loads((ranked_site / f"data/{name}.schema.json").read_text("utf-8"))
        jsonschema.Draft202012Validator(schema).validate(json.loads((ranked_site / f"data/{name}.json").read_text("utf-8")))


def test_a_plain_value_is_shown_as_before_without_an_also_reported_list(ranked_site):
    alliance = soup(ranked_site / "entities/alliance/index.html")
    assert alliance.select("dd.ranked") == []
    plain = soup(ranked_site / "entities/command/index.html")
    assert plain.select_one("dl.meta dd.ranked") is not None


def test_when_no_value_is_preferred_the_first_normal_one_is_shown(briefing, build_site):
    code, out, _, stderr = build_site(briefing({**RANKED, "content/entities/command.yaml": """
        id: command
        name: Assistance Command
        kind: command
        founded:
          - value: 2024-05
            rank: deprecated
            sources: [https://example.org/a]
          - value: 2024-07
            sources: [https://example.org/b]
          - value: 2024-12-18
            sources: [https://example.org/c]
    """}))
    assert code == 0, stderr
    founded = _field(soup(out / "entities/command/index.html"), "Founded")
    assert founded.select_one(".ranked-shown time")["datetime"] == "2024-07"
    assert [li.time["datetime"] for li in founded.select("ul.also-reported li")] == ["2024-12-18", "2024-05"]


# Each kind of wrong ranked value, with the exact message at the place it is written.
BROKEN = """
    id: command
    name: Assistance Command
    kind: command
    founded:
      - value: 2024-12-18
        rank: prefered
        sources: [2026-05-29-posting]
      - value: 2024-07
        rank: preferred
        sources: [https://example.org/a]
      - value: 2024-06
        rank: preferred
        sources: [https://example.org/b]
      - value: 2024-05
      - value: 2024-04
        sources: []
      - value: 2024-13
        sources: [https://example.org/c]
      - 2024-03
      - value: 2024-02
        sources: ["javascript:alert(1)"]
        source: [https://example.org/d]
    headquarters: []
"""
BROKEN_MESSAGES = [
    "content/entities/command.yaml:6:11: unknown rank 'prefered' (did you mean 'preferred'?); a value's rank is preferred, normal or deprecated",
    "content/entities/command.yaml:12:11: a second preferred value of 'founded' (the first is at line 9): mark one preferred, the others normal",
    "content/entities/command.yaml:14:5: a value of 'founded' must cite at least one source: add 'sources' with a seed id or a URL",
    "content/entities/command.yaml:16:14: a value of 'founded' must cite at least one source (a seed id or a URL)",
    "content/entities/command.yaml:17:12: bad date in 'founded': month 13 does not exist",
    "content/entities/command.yaml:19:5: each value of 'founded' must be a mapping with 'value' and 'sources'",
    "content/entities/command.yaml:21:15: a source must be a seed id or an http(s) URL, not 'javascript:alert(1)': javascript: links are not allowed",
    "content/entities/command.yaml:22:13: unknown field 'source' in a ranked value (did you mean 'sources'?)",
    "content/entities/command.yaml:23:15: 'headquarters' lists no values: give one value, or a list of values with their sources",
]


def _check(root, capsys):
    code = main(["check", "--root", str(root)])
    captured = capsys.readouterr()
    return code, captured.err


def test_every_wrong_ranked_value_is_reported_at_once_where_it_is_written(briefing, capsys, monkeypatch):
    root = briefing({**RANKED, "content/entities/command.yaml": BROKEN})
    monkeypatch.chdir(root)
    code, stderr = _check(root.relative_to(root), capsys)
    assert code == 1
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.startswith("content/")]
    assert lines == BROKEN_MESSAGES, stderr


def test_a_value_citing_a_source_the_briefing_lacks_is_refused(briefing, capsys, monkeypatch):
    root = briefing({**RANKED, "content/events/summit.yaml": """
        id: summit
        title: The alliance summit
        date:
          - value: 2024-07-11
            rank: preferred
            sources: [2026-05-29-postin, https://example.org/ok]
          - value: 2024-07-10
            sources: [https://example.org/ok, no-such-article]
        location:
          - value: harbor
            sources: [https://example.org/ok]
    """})
    monkeypatch.chdir(root)
    code, stderr = _check(root.relative_to(root), capsys)
    assert code == 1
    lines = [line for line in stderr.splitlines() if line.startswith("content/")]
    assert lines == [
        "content/events/summit.yaml:6:15: a value of 'date' cites unknown source '2026-05-29-postin': "
        "use a seed id or an http(s) URL (did you mean '2026-05-29-posting'?)",
        "content/events/summit.yaml:8:39: a value of 'date' cites unknown source 'no-such-article': use a seed id or an http(s) URL",
        "content/events/summit.yaml:10:12: unknown entity 'harbor' in 'location' (did you mean 'harbour'?)",
    ], stderr


def test_a_field_whose_every_value_is_deprecated_is_refused(briefing, capsys, monkeypatch):
    root = briefing({**RANKED, "content/entities/port.yaml": """
        id: port
        name: Port Town
        kind: city
        founded:
          - value: 1200
            rank: deprecated
            sources: [https://example.org/legend]
    """})
    monkeypatch.chdir(root)
    code, stderr = _check(root.relative_to(root), capsys)
    assert code == 1
    assert "content/entities/port.yaml:5:3: every value of 'founded' is deprecated: mark the one to show preferred or normal" in stderr, stderr


def test_the_shipped_briefing_dates_nsatu_from_when_it_began_work_and_reports_the_summit_decision(shipped, build_site):
    code, out, _, stderr = build_site(shipped)
    assert code == 0, stderr
    path = out / "entities/nsatu/index.html"
    founded = _field(soup(path), "Founded")
    assert founded.select_one(".ranked-shown time")["datetime"] == "2024-12-18"
    also = founded.select("ul.also-reported li")
    assert [li.time["datetime"] for li in also] == ["2024-07"]
    assert "Washington summit" in also[0].get_text(" ")
    for link in founded.select(".cites a"):
        _follows(path, link, out)
    assert len(founded.select(".cites a")) == 3


def test_a_note_is_text_on_the_page_and_in_the_sandbox_of_a_briefing_s_own_templates(briefing, build_site):
    from conftest import REPO

    hostile = '<script>alert(1)</script> "quoted" & more'
    files = {**RANKED, "content/entities/port.yaml": f"""
        id: port
        name: Port Town
        kind: city
        founded:
          - value: 1200
            note: '{hostile}'
            sources: [https://example.org/charter]
    """}
    # A template of the briefing's own puts every page in Jinja's sandbox.
    base = (REPO / "templates/base.html").read_text("utf-8").replace("<body", "<body data-own-theme", 1)
    files["templates/base.html"] = base
    code, out, _, stderr = build_site(briefing(files))
    assert code == 0, stderr
    page = soup(out / "entities/port/index.html")
    assert page.body.has_attr("data-own-theme")
    shown = _field(page, "Founded").select_one(".ranked-shown")
    assert shown.select_one(".note").get_text() == f"({hostile})"
    assert not page.select("dd script")
    values = {e["id"]: e for e in json.loads((out / "data/entities.json").read_text("utf-8"))["entities"]}["port"]["values"]
    assert values["founded"][0]["note"] == hostile


def test_a_ranked_date_may_be_an_interval_and_the_timeline_shows_its_span(briefing, build_site):
    files = dict(RANKED)
    files["content/events/summit.yaml"] = """
        id: summit
        title: The alliance summit agrees to create the command
        date:
          - value: 2024-07-09/2024-07-11
            rank: preferred
            note: the summit's three days
            sources: [https://example.org/summit-declaration]
          - value: 2024-07-10
            note: the day of the decision
            sources: [2026-05-29-posting]
        entities:
          - id: alliance
    """
    code, out, _, stderr = build_site(briefing(files))
    assert code == 0, stderr
    timeline = soup(out / "timeline/index.html")
    item = next(li for li in timeline.select(".event-item") if "summit" in li.get_text())
    assert [t["datetime"] for t in item.select("time")] == ["2024-07-09", "2024-07-11"]
    assert "9\u201311 July 2024" in item.get_text()
    date = _field(soup(out / "events/summit/index.html"), "Date")
    assert [t["datetime"] for t in date.select(".ranked-shown time")] == ["2024-07-09", "2024-07-11"]
    assert [li.time["datetime"] for li in date.select("ul.also-reported li")] == ["2024-07-10"]
    summit = next(e for e in json.loads((out / "data/events.json").read_text("utf-8"))["events"] if e["id"] == "summit")
    assert (summit["date"], summit["end"], summit["edtf"]) == ("2024-07-09", "2024-07-11", "2024-07-09/2024-07-11")
    assert summit["values"]["date"][0]["value"] == "2024-07-09/2024-07-11"
