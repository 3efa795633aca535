"""The renderer notes each page's links and ids as it writes them, so the link check need not read pages back.

What it notes must hold every link a reading of the page finds (more is
harmless) and only ids the page has: these tests read every page and compare.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import link
from generator.cli import main
from generator.link import link_site
from generator.linkcheck import PageLinks, _html_page, check_links
from generator.load import load_content
from generator.render import render_site

from test_event_pages import BUDGET
from test_event_pages import _files as many_reports
from test_linkcheck import LINKS, THREE_EVENTS
from test_one_story import ARTICLES as ONE_STORY
from test_one_story import BASE as ONE_STORY_BASE
from test_ranked import RANKED

# Markdown with links and headings, facts with citations, an entity's website.
RICH = {
    **THREE_EVENTS,
    "content/entities/alliance.yaml": """
        id: alliance
        name: North Atlantic Alliance
        short_name: NAA
        kind: alliance
        website: https://example.org/briefing/entities/alliance/
        summary: |
          ## Members

          See [its founding](../../events/command-founded/#facts) and [the top](#main).
        facts:
          - text: Founded by treaty, see [the timeline](../../timeline/).
            sources: [https://example.org/treaty]
    """,
}


def _pages(root: Path, base_url: str | None = None) -> tuple[dict[str, bytes], dict[str, PageLinks]]:
    graph = link_site(load_content(root))
    links: dict[str, PageLinks] = {}
    files = render_site(graph, root, base_url, links=links)
    return files, links


@pytest.mark.parametrize("base_url", [None, "/sub/", "https://someone.github.io/briefing/"])
@pytest.mark.parametrize("which", ["shipped", "rich", "links", "ranked", "many reports", "one story"])
def test_every_page_notes_every_link_it_makes_and_exactly_its_ids(which, base_url, shipped, briefing, monkeypatch):
    # Reports over several pages and background articles ("many reports"), a near-copy ("one story").
    monkeypatch.setattr(link, "REPORT_BUDGET", BUDGET)
    root = {
        "shipped": lambda: shipped, "rich": lambda: briefing(RICH), "links": lambda: briefing(LINKS),
        "ranked": lambda: briefing(RANKED), "many reports": lambda: briefing(many_reports(briefs=3), base={}),
        "one story": lambda: briefing({f"seeds/{name}": text for name, text in ONE_STORY.items()}, base=ONE_STORY_BASE),
    }[which]()
    files, links = _pages(root, base_url)
    pages = [path for path in files if path.endswith(".html")]
    assert pages and set(links) <= set(pages)
    if which == "one story":
        assert any(b'class="copy-of"' in files[path] for path in pages)
    for path in pages:
        if path not in links:
            continue  # a redirect, made without a template: read as before
        read = _html_page(files[path].decode("utf-8"))
        assert {href for href, _ in read.links} <= set(links[path].links), path
        assert links[path].ids == read.ids, path
    # Every page made from a template is noted.
    assert {p for p in pages if b'http-equiv="refresh"' not in files[p]} <= set(links)


def test_a_briefing_with_templates_of_its_own_gets_its_pages_read(briefing):
    root = briefing({"templates/home.html": '{% extends "base.html" %}{% block main %}<a href="gone/">x</a>{% endblock %}'})
    _, links = _pages(root)
    assert links == {}


def _check(root, capsys) -> list[str]:
    assert main(["check", "--root", str(root)]) == 1
    err = capsys.readouterr().err.replace(str(root) + "/", "")
    return [re.sub(r":\d+:\d+:", ":L:C:", line) for line in err.splitlines() if "broken link" in line]


def test_an_anchor_to_an_id_the_template_did_not_give_is_found_broken(briefing, capsys):
    # The command has no facts, so its page has no #facts; the alliance's has.
    root = briefing({"content/events/founding.yaml": """
        id: command-founded
        title: The Assistance Command is founded
        date: 2024-07
        summary: See [its facts](../../entities/command/#facts), [the alliance's](../../entities/alliance/#facts).
        entities: [command]
    """})
    assert _check(root, capsys) == [
        "site/events/command-founded/index.html:L:C: broken link to ../../entities/command/#facts "
        "(no element with id 'facts' in entities/command/index.html)",
    ]


def test_a_broken_link_in_an_entity_summary_and_a_fact_is_found_at_its_place(briefing, capsys):
    root = briefing({"content/entities/alliance.yaml": """
        id: alliance
        name: North Atlantic Alliance
        kind: alliance
        summary: See [nowhere](../nowhere/).
        facts:
          - text: Founded by treaty, see [the treaty page](../../treaty/).
            sources: [https://example.org/treaty]
    """})
    found = _check(root, capsys)
    assert found == [
        "site/entities/alliance/index.html:L:C: broken link to ../nowhere/ (nothing at entities/nowhere/)",
        "site/entities/alliance/index.html:L:C: broken link to ../../treaty/ (nothing at treaty/)",
    ]


# The check's side of the bargain, on pages whose notes are given by hand.
SITE = {
    "index.html": b'<html><body><main id="main"><a href="#main">top</a> <a href="a/">a</a></main></body></html>',
    "a/index.html": b'<html><body><h2 id="there">x</h2>\n<p><a href="../#main">home</a>\n<a href="../gone/">gone</a></p></body></html>',
}


def _problems(recorded) -> list[str]:
    return [d.shown() for d in check_links(SITE, "/", "", Path("site"), recorded=recorded)]


def test_a_page_whose_noted_links_all_lead_somewhere_is_not_read():
    # The note says nothing of "../gone/", so the page is taken at its word.
    noted = {"a/index.html": PageLinks(("../#main",), frozenset({"there"}))}
    assert _problems(noted) == []


def test_a_page_with_a_broken_noted_link_is_read_and_reported_as_a_reading_finds_it():
    # A link noted but not on the page (from JSON-LD, say) is not reported; what the page holds is, at its place.
    noted = {"a/index.html": PageLinks(("../#main", "../json-ld-only/"), frozenset({"there"}))}
    assert _problems(noted) == ["site/a/index.html:3:1: broken link to ../gone/ (nothing at gone/)"]
    assert _problems({}) == _problems(noted)


def test_an_id_missing_from_a_note_is_looked_for_in_the_page():
    noted = {"index.html": PageLinks(("#main", "a/"), frozenset()), "a/index.html": PageLinks(("../#main",), frozenset())}
    assert _problems(noted) == []
