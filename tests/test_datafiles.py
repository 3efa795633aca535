"""data/events.json and data/entities.json: the evidence pages show, following their published schemas."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import MINIMAL, REPO

# An event with no article of its own whose fact cites an outside address and
# an article told by another event; an entity with a website and a summary.
EVIDENCE = {
    "content/entities/alliance.yaml": """
        id: alliance
        name: North Atlantic Alliance
        short_name: NAA
        kind: alliance
        website: https://example.org/naa/
        summary: A *test* alliance of harbour states.
        facts:
          - text: Founded by treaty.
            date: 2020
            sources: [https://example.org/treaty]
    """,
    "content/events/charter.yaml": """
        id: charter-signed
        title: The alliance charter is signed
        date: 2020-02-14
        entities:
          - id: alliance
            role: signed
        summary: Nine harbour states sign the **charter**.
        facts:
          - text: Nine states signed on the first day.
            sources: [https://example.org/treaty, 2026-05-29-posting]
    """,
}


def _load(out, name):
    return json.loads((out / "data" / name).read_text("utf-8"))


def _validate(out):
    for name in ("events", "entities"):
        schema = _load(out, f"{name}.schema.json")
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(_load(out, f"{name}.json"))


@pytest.mark.parametrize("which", ["shipped", "fixture"])
def test_every_build_s_data_files_follow_the_schemas_it_publishes(which, shipped, briefing, build_site):
    root = shipped if which == "shipped" else briefing(EVIDENCE)
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    _validate(out)
    assert _load(out, "events.json")["version"] == _load(out, "entities.json")["version"] == 1


def test_the_schemas_in_docs_are_the_ones_a_build_publishes(briefing, build_site):
    code, out, _, stderr = build_site(briefing())
    assert code == 0, stderr
    for name in ("events.schema.json", "entities.schema.json"):
        assert (REPO / "docs/schema" / name).read_bytes() == (out / "data" / name).read_bytes()


def test_event_data_carries_its_summary_facts_and_every_source_its_page_cites(briefing, build_site):
    code, out, _, stderr = build_site(briefing(EVIDENCE))
    assert code == 0, stderr
    events = {e["id"]: e for e in _load(out, "events.json")["events"]}
    charter = events["charter-signed"]
    assert charter["summary"] == "Nine harbour states sign the charter."
    assert charter["summary_html"] == "<p>Nine harbour states sign the <strong>charter</strong>.</p>"
    assert charter["url"] == "https://example.org/briefing/events/charter-signed/"
    assert charter["path"] == "events/charter-signed/"
    [fact] = charter["facts"]
    assert fact["text"] == "Nine states signed on the first day."
    assert fact["citations"] == [
        {"source": "https://example.org/treaty", "title": None, "publisher": "example.org", "url": "https://example.org/treaty", "page": None},
        {
            "source": "2026-05-29-posting",
            "title": "Four officers posted to the Assistance Command",
            "publisher": "Test Wire",
            "url": "https://example.org/news/posting",
            "page": "https://example.org/briefing/events/2026-05-29-posting/#source-2026-05-29-posting",
        },
    ]
    # The page cites an outside address and another event's article: both are its sources.
    assert [(s["seed"], s["url"]) for s in charter["sources"]] == [
        ("2026-05-29-posting", "https://example.org/news/posting"),
        (None, "https://example.org/treaty"),
    ]


def test_entity_data_carries_its_summary_facts_and_website(briefing, build_site):
    code, out, _, stderr = build_site(briefing(EVIDENCE))
    assert code == 0, stderr
    entities = {e["id"]: e for e in _load(out, "entities.json")["entities"]}
    alliance = entities["alliance"]
    assert alliance["website"] == "https://example.org/naa/"
    assert alliance["summary"] == "A test alliance of harbour states."
    assert alliance["summary_html"] == "<p>A <em>test</em> alliance of harbour states.</p>"
    assert [(f["text"], f["date"], [c["source"] for c in f["citations"]]) for f in alliance["facts"]] == [
        ("Founded by treaty.", "2020", ["https://example.org/treaty"]),
    ]
    assert alliance["url"] == "https://example.org/briefing/entities/alliance/"
    assert entities["command"]["label"] == "Assistance Command (NAA)"


def test_data_files_link_relative_to_the_site_root_when_no_address_is_known(briefing, build_site):
    root = briefing({**EVIDENCE, "content/site.yaml": "title: No address\n"})
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    _validate(out)
    charter = next(e for e in _load(out, "events.json")["events"] if e["id"] == "charter-signed")
    assert charter["url"] == charter["path"] == "events/charter-signed/"
    cited = charter["facts"][0]["citations"][1]
    assert cited["page"] == "events/2026-05-29-posting/#source-2026-05-29-posting"
    assert (out / cited["page"].partition("#")[0] / "index.html").is_file()


def test_a_rebuild_after_an_edited_summary_shows_the_new_summary_in_the_data(briefing, build_site):
    root = briefing(EVIDENCE)
    assert build_site(root)[0] == 0
    path = root / "content/events/charter.yaml"
    path.write_text(path.read_text("utf-8").replace("Nine harbour states", "Eleven harbour states"), "utf-8")
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    charter = next(e for e in _load(out, "events.json")["events"] if e["id"] == "charter-signed")
    assert charter["summary"] == "Eleven harbour states sign the charter."


def test_the_shipped_treaty_event_lists_the_address_its_fact_cites_among_its_sources(shipped, build_site):
    code, out, _, stderr = build_site(shipped)
    assert code == 0, stderr
    founded = next(e for e in _load(out, "events.json")["events"] if e["id"] == "nato-founded")
    assert "https://www.nato.int/" in [s["url"] for s in founded["sources"] if s["seed"] is None]
    assert founded["summary"] and founded["facts"][0]["citations"]


@pytest.mark.parametrize("which", ["shipped", "fixture", "no events"])
def test_the_data_files_are_the_canonical_json_of_what_they_hold(which, shipped, briefing, build_site):
    # events.json is written one event at a time (it holds every article's text); byte for byte
    # it is what the standard library makes of its content: sorted keys, two-space indent, UTF-8.
    root = {"shipped": lambda: shipped, "fixture": lambda: briefing(EVIDENCE),
            "no events": lambda: briefing(base={k: v for k, v in MINIMAL.items() if not k.startswith(("seeds/", "content/events/"))})}[which]()
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    for name in ("events.json", "entities.json"):
        raw = (out / "data" / name).read_text("utf-8")
        assert raw == json.dumps(json.loads(raw), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert (which == "no events") == (_load(out, "events.json")["events"] == [])
