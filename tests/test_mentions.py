"""Entity names found in article text: any script, possessives, and parents only as context."""

import json
import shutil

from conftest import REPO, soup

CORPUS = REPO / "tests" / "corpus"


def test_latin_names_are_found_right_next_to_japanese_script(briefing, build_site):
    root = briefing({"seeds/ja.txt": "支援司令部に幹部\n\n2026年6月3日\n\nNAAは3日、ASCOMに幹部3人を派遣すると発表した。\n"})
    code, out, _, _ = build_site(root)
    assert code == 0
    page = soup(out / "events/ja/index.html")
    assert [a.get_text() for a in page.select(".source .body a.mention")] == ["NAA", "ASCOM"]


def test_possessives_and_names_inside_latin_words(briefing, build_site):
    root = briefing({"seeds/en.txt": "Headline here\n\nThe NAA's staff met ASCOM's chief; NAAS and ASCOMX are other bodies.\n"})
    code, out, _, _ = build_site(root)
    page = soup(out / "events/en/index.html")
    assert [a.get_text() for a in page.select(".source .body a.mention")] == ["NAA", "ASCOM"]


def test_a_branch_shows_its_parent_as_context_not_as_a_participant(tmp_path, build_site):
    root = tmp_path / "b"
    shutil.copytree(CORPUS / "content" / "entities", root / "content" / "entities")
    (root / "seeds").mkdir()
    shutil.copyfile(CORPUS / "articles" / "18-parent-not-implied.txt", root / "seeds" / "leave.txt")
    code, out, _, _ = build_site(root)
    assert code == 0
    (event,) = json.loads((out / "data/events.json").read_text("utf-8"))["events"]
    assert "jsdf" not in event["entities"] and "nato" not in event["entities"]
    page = soup(out / "events/leave/index.html")
    context = " ".join(page.select_one(".context").get_text().split())
    assert "JASDF, JGSDF and JMSDF are part of Japan Self-Defense Forces" in context
    assert "NSATU is part of North Atlantic Treaty Organization" in context
    listed = [li.a.get_text() for li in page.select(".roles li, .mentioned li")]
    assert "Japan Ground Self-Defense Force" in listed and "Japan Self-Defense Forces" not in listed
    jsdf = soup(out / "entities/jsdf/index.html")
    assert not [a for a in jsdf.select("main a") if "events/leave/" in a.get("href", "")]


def test_names_beside_markup_are_linked_and_names_inside_links_code_headings_and_attributes_are_not(briefing, build_site):
    body = (
        "---\ntitle: Names beside markup\npublished: 2026-06-03\n---\n"
        "**NAA**'s envoy met <em>ASCOM</em>.\n\n"
        '[the agreement](https://example.org/a "NAA and ASCOM text") and `ASCOM` in code.\n\n'
        "## ASCOM in a heading\n\n"
        "Later the NAA and ASCOM met again, NAAS no.\n"
    )
    root = briefing({"seeds/markup.md": body})
    code, out, _, _ = build_site(root)
    assert code == 0
    page = soup(out / "events/markup/index.html")
    links = page.select(".source .body a.mention")
    # Each entity is linked once, at its first mention outside a link, code or heading.
    assert [(a.get_text(), a.parent.name) for a in links] == [("NAA", "strong"), ("ASCOM", "em")]
    assert page.select_one('.source .body a[href="https://example.org/a"]')["title"] == "NAA and ASCOM text"
    assert not page.select(".source .body h2 a.mention, .source .body code a.mention")


def test_an_acronym_written_in_title_case_names_the_same_entity(briefing, build_site):
    # British and Nordic papers write "Nato"; the title case of a name of three letters ("Naa") is no
    # acronym's form, and a word in lower case ("ascom") none either.
    root = briefing({"seeds/nordic.txt": "Headline here\n\nThe Ascom staff met the ascom crew; Naa is a village.\n"})
    code, out, _, _ = build_site(root)
    assert code == 0
    page = soup(out / "events/nordic/index.html")
    assert [(a.get_text(), a["href"].rstrip("/").rsplit("/", 1)[-1]) for a in page.select(".source .body a.mention")] == [("Ascom", "command")]
