"""What a stranger's content says cannot become a script, a lost article or a wrong value."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import soup, write_files
from generator.cli import main

ATOM = "{http://www.w3.org/2005/Atom}"
# What a browser would run or open as a page of its own when a reader clicks.
_ACTIVE = re.compile(r"^(javascript|data|vbscript):")


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _pages(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.suffix in (".html", ".xml"))


def _links(out: Path) -> list[str]:
    """Every URL-bearing attribute of every page and feed, feed entries' HTML included."""
    found = []

    def from_html(markup: str) -> None:
        for tag in BeautifulSoup(markup, "html.parser").find_all(True):
            found.extend(tag.get(name) for name in ("href", "src", "action", "formaction") if tag.get(name))

    for path in _pages(out):
        if path.suffix == ".html":
            from_html(path.read_text("utf-8"))
            continue
        tree = ET.parse(path)
        for element in tree.iter():
            found.extend(v for k, v in element.attrib.items() if k in ("href", "src"))
            if element.tag == ATOM + "content" and element.text:
                from_html(element.text)
    return found


def _active(links: list[str]) -> list[str]:
    # A browser ignores case, spaces and control characters in a scheme.
    return [link for link in links if _ACTIVE.match(re.sub(r"[\x00-\x20]", "", link).lower())]


# -- point 4 of issue 11: only web addresses become links ------------------

HOSTILE = {
    "javascript": ("javascript:alert(1)", "javascript: links are not allowed"),
    "mixed-case": ("JaVaScRiPt:alert(1)", "javascript: links are not allowed"),
    "tab-inside": ('"java\\tscript:alert(1)"', "it contains the character U+0009"),
    "data": ("data:text/html;base64,PHNjcmlwdD4=", "data: links are not allowed"),
    "vbscript": ("vbscript:msgbox(1)", "vbscript: links are not allowed"),
    "protocol-relative": ("//elsewhere.example/page", "it is not a full address (start it with https://)"),
    "relative": ("about/page.html", "it is not a full address (start it with https://)"),
    "space": ('"https://exam ple.org/"', "it contains a space"),
    "no-host": ("https:elsewhere.example", "it has no host (write https://host/...)"),
}


def _as_written(value: str) -> str:
    return yaml.safe_load(value)


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_an_entity_website_that_is_not_a_web_address_is_an_error(case, briefing, build_site):
    value, reason = HOSTILE[case]
    root = briefing({"content/entities/zz.yaml": f"id: zz\nname: Zed\nkind: country\nwebsite: {value}\n"})
    code, out, _, err = build_site(root)
    assert code == 1 and not out.exists()
    assert f"content/entities/zz.yaml:4:10: 'website' must be an http(s) or mailto: URL such as https://example.org/, not {_as_written(value)!r}: {reason}" in err


def test_an_entity_website_may_be_a_mailto_address(briefing, build_site):
    root = briefing({"content/entities/zz.yaml": "id: zz\nname: Zed\nkind: country\nwebsite: mailto:press@zed.example\n"})
    code, out, _, err = build_site(root)
    assert code == 0, err
    link = soup(out / "entities/zz/index.html").select_one(".meta a[rel=noopener]")
    assert link["href"] == "mailto:press@zed.example"


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_an_event_seed_url_that_is_not_a_web_address_is_an_error(case, briefing, build_site):
    value, reason = HOSTILE[case]
    event = f"id: told\ntitle: Told\ndate: 2026\nseeds:\n  - id: 2026-05-29-posting\n    url: {value}\n"
    code, out, _, err = build_site(briefing({"content/events/told.yaml": event}))
    assert code == 1 and not out.exists()
    assert f"content/events/told.yaml:6:10: 'url' must be an http(s) URL such as https://example.org/, not {_as_written(value)!r}: {reason}" in err


def test_a_mailto_address_is_no_url_for_an_article(briefing, build_site):
    event = "id: told\ntitle: Told\ndate: 2026\nseeds:\n  - id: 2026-05-29-posting\n    url: mailto:desk@wire.example\n"
    code, _, _, err = build_site(briefing({"content/events/told.yaml": event}))
    assert code == 1
    assert "content/events/told.yaml:6:10: 'url' must be an http(s) URL such as https://example.org/, not 'mailto:desk@wire.example': mailto: links are not allowed" in err


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_fact_source_written_as_a_hostile_address_is_an_error(case, briefing, build_site):
    value, reason = HOSTILE[case]
    if "/" not in _as_written(value) and ":" not in _as_written(value):
        pytest.skip("not written as an address: an unknown seed id")
    entity = f"id: zz\nname: Zed\nkind: country\nfacts:\n  - text: Zed exists.\n    sources:\n      - {value}\n"
    code, out, _, err = build_site(briefing({"content/entities/zz.yaml": entity}))
    assert code == 1 and not out.exists()
    assert f"content/entities/zz.yaml:7:9: a fact's source must be a seed id or an http(s) URL, not {_as_written(value)!r}: {reason}" in err


def test_a_fact_source_is_labelled_with_the_host_it_leads_to(briefing, build_site):
    entity = "id: zz\nname: Zed\nkind: country\nfacts:\n  - text: Zed exists.\n    sources: ['https://trusted.example@other.example/zed']\n"
    code, out, _, err = build_site(briefing({"content/entities/zz.yaml": entity}))
    assert code == 0, err
    cite = soup(out / "entities/zz/index.html").select_one("a.cite")
    assert cite.get_text() == "other.example"


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_markdown_seed_url_that_is_not_a_web_address_is_dropped_with_a_warning(case, briefing, build_site):
    value, reason = HOSTILE[case]
    seed = f"---\ntitle: Harbour cell grows\npublisher: Harbour Post\nurl: {value}\n---\nThe cell took on three more officers.\n"
    code, out, _, err = build_site(briefing({"seeds/harbour.md": seed}))
    assert code == 0, err
    assert f"seeds/harbour.md:4:6: warning: 'url' {_as_written(value)!r} is not an http(s) URL ({reason}): the article is shown without a link to it" in err
    heading = soup(out / "events/harbour/index.html").select_one("#source-harbour h3")
    assert heading.get_text() == "Harbour cell grows" and heading.find("a") is None
    links = _links(out)
    assert any(link.endswith("events/harbour/#source-harbour") for link in links)  # the feed links the page instead
    assert _active(links) == [] and not any("elsewhere.example" in link or "exam ple" in link for link in links)


def test_no_page_or_feed_links_to_a_script_written_in_any_markdown(briefing, build_site):
    root = briefing({
        "content/site.yaml": "title: T\nurl: https://example.org/b/\nabout: '[about](javascript:alert(1))'\n",
        "content/entities/zz.yaml": """
            id: zz
            name: Zed
            kind: country
            summary: "[one](javascript:alert(1)) [two](JaVaScRiPt:alert(2)) [three](java&#x09;script:alert(3)) ![four](data:image/svg+xml;base64,PHN2Zz4=)"
            facts:
              - text: "[five](vbscript:msgbox(5)) <a href='javascript:alert(6)'>six</a>"
                sources: [https://example.org/zed]
        """,
        "content/events/zed.yaml": """
            id: zed-day
            title: Zed day
            date: 2026-01-02
            entities: [zz]
            summary: "[seven](javascript:alert(7)) with Zed"
        """,
        "seeds/zed.md": "---\ntitle: Zed news\n---\n[eight](javascript:alert(8)) [nine](<javascript:alert(9)>)\n",
    })
    code, out, _, err = build_site(root)
    assert code == 0, err
    text = soup(out / "entities/zz/index.html").select_one(".summary").get_text()
    assert "one" in text and "three" in text
    assert _active(_links(out)) == []


def test_markdown_at_the_sanitisers_boundary_makes_no_script(briefing, build_site):
    """Raw HTML, an autolink, a reference link and an entity-spelt scheme: each is cleaned, in every page and feed."""
    seed = (
        "---\ntitle: Quay news\n---\n"
        "The quay [ten](&#106;avascript:alert(10)) and [eleven][r] and <javascript:alert(12)>.\n\n"
        "<img src=x onerror=alert(13)> <a href=\"jav&#x09;ascript:alert(14)\" onclick=\"alert(15)\">fourteen</a>\n\n"
        "<script>alert(16)</script> <https://example.org/quay> stays a link.\n\n"
        "[r]: javascript:alert(11)\n"
    )
    code, out, _, err = build_site(briefing({"seeds/quay.md": seed}))
    assert code == 0, err
    assert _active(_links(out)) == []
    body = soup(out / "events/quay/index.html").select_one("#source-quay")
    assert "ten" in body.get_text() and "eleven" in body.get_text() and "fourteen" in body.get_text()
    assert body.find("script") is None and [img.attrs for img in body.find_all("img")] == [{"src": "x"}]
    assert not any(name.startswith("on") for tag in body.find_all(True) for name in tag.attrs)
    assert [a["href"] for a in body.find_all("a", href=True)] == ["https://example.org/quay"]


# -- point 6: two files, two articles --------------------------------------

COLLIDING = {
    "case": ("Zz-Case.txt", "zz-case.txt", "seeds/zz-case.txt:1:1: seed id 'zz-case' is also the id of seeds/Zz-Case.txt: rename one of them"),
    "extension": ("x.md", "x.txt", "seeds/x.txt:1:1: seed id 'x' is also the id of seeds/x.md: rename one of them"),
    "punctuation": ("zz a.txt", "zz_a.txt", "seeds/zz_a.txt:1:1: seed id 'zz-a' is also the id of seeds/zz a.txt: rename one of them"),
}


def _article(headline: str) -> str:
    return f"{headline}\n\nThe harbour office said on 2 March 2026 that {headline.lower()} was on schedule.\n"


def _markdown(headline: str) -> str:
    return f"---\ntitle: {headline}\n---\nThe harbour office said {headline.lower()} was on schedule.\n"


@pytest.mark.parametrize("case", sorted(COLLIDING))
def test_two_seed_files_with_one_id_are_an_error_naming_both(case, briefing, build_site):
    first, second, message = COLLIDING[case]
    files = {f"seeds/{name}": (_markdown if name.endswith(".md") else _article)(headline)
             for name, headline in ((first, "Quay one opens"), (second, "Quay two opens"))}
    code, out, _, err = build_site(briefing(files))
    assert code == 1 and not out.exists()
    assert message in err


def _seed_pages(out: Path) -> dict[str, str]:
    """Event route -> the headline of the article it shows, for events told by one seed."""
    found = {}
    for page in (out / "events").glob("*/index.html"):
        headline = soup(page).select_one("article.source h3")
        if headline is not None:
            found[page.parent.name] = headline.get_text()
    return found


def test_seeds_named_without_latin_letters_each_get_their_own_stable_page(briefing, build_site):
    names = {"記事.txt": "Quay one opens", "ニュース.txt": "Quay two opens", "報道.md": "Quay three opens"}
    composed = briefing({f"seeds/{n}": (_markdown if n.endswith(".md") else _article)(h) for n, h in names.items()}, name="nfc")
    # The same names as macOS may hand them over, decomposed.
    decomposed = briefing({f"seeds/{unicodedata.normalize('NFD', n)}": (_markdown if n.endswith(".md") else _article)(h)
                           for n, h in names.items()}, name="nfd")
    pages = []
    for root in (composed, decomposed):
        code, out, _, err = build_site(root)
        assert code == 0, err
        pages.append({route: headline for route, headline in _seed_pages(out).items() if headline in names.values()})
    assert sorted(pages[0].values()) == sorted(names.values())
    assert all(re.fullmatch(r"seed-[0-9a-f]{10}", route) for route in pages[0])
    assert pages[0] == pages[1]


def test_ingest_never_names_a_seed_with_an_id_an_event_already_has(briefing, build_site, capsys, tmp_path):
    root = briefing({"content/events/quay.yaml": "id: 2026-03-02-quay-one-opens\ntitle: The quay opens\ndate: 2026-03-02\n"})
    inbox = write_files(tmp_path / "inbox", {"quay.txt": "Quay one opens\n\n2 March 2026\n\nThe harbour office opened the quay.\n"})
    code, out, err = _run(capsys, "ingest", "--root", str(root), str(inbox / "quay.txt"))
    assert code == 0, err
    added = sorted(p.name for p in (root / "seeds").iterdir())
    assert "2026-03-02-quay-one-opens.txt" not in added
    code, _, _, err = build_site(root)
    assert code == 0, err


def test_ingest_never_names_a_seed_with_the_id_of_a_seed_of_another_kind(briefing, build_site, capsys, tmp_path):
    root = briefing({"seeds/2026-03-02-quay-one-opens.md": _markdown("Quay one opens")})
    inbox = write_files(tmp_path / "inbox", {"quay.txt": "Quay one opens\n\n2 March 2026\n\nThe harbour office opened the quay.\n"})
    code, out, err = _run(capsys, "ingest", "--root", str(root), str(inbox / "quay.txt"))
    assert code == 0, err
    code, _, _, err = build_site(root)
    assert code == 0, err
    assert sum(1 for p in (root / "seeds").iterdir() if p.stem.startswith("2026-03-02-quay-one-opens")) == 2


# -- point 12: what is written is what is shown ----------------------------

# Each is text to a reader and something else to YAML 1.1.
NAMES = ["1:30", "010", "0x1F", "1_000", "1.5e+3", ".inf", "yes", "no", "on", "off", "2024", "-1.5", "+12", "0b11"]
ALIASES = ["2:45", "017", "0xFF", "2_000", "2.5E+2", "-.inf", "Yes", "No", "On", "OFF", "1999", ".5", "+13", "0b101"]


def test_yaml_words_that_look_like_numbers_or_booleans_are_shown_as_written(briefing, build_site):
    assert all(not isinstance(yaml.safe_load(v), str) for v in NAMES + ALIASES), "each value must surprise YAML 1.1"
    files = {"content/site.yaml": "title: Odd words\nurl: https://example.org/odd/\n"}
    for i, (name, alias) in enumerate(zip(NAMES, ALIASES)):
        files[f"content/entities/n{i}.yaml"] = f"id: n{i}\nname: {name}\nkind: organisation\naliases: [{alias}]\n"
        files[f"content/events/t{i}.yaml"] = (
            f"id: t{i}\ntitle: {name}\ndate: 2025-01-{i + 1:02d}\n"
            f"entities:\n  - id: n{i}\n    role: {alias}\n"
            f"facts:\n  - text: {name}\n    sources: [https://example.org/fact]\n"
        )
    files["content/events/year.yaml"] = "id: 2024\ntitle: A year\ndate: 2024\n"
    code, out, _, err = build_site(briefing(files, base={}))
    assert code == 0, err
    for i, (name, alias) in enumerate(zip(NAMES, ALIASES)):
        entity = soup(out / f"entities/n{i}/index.html")
        assert entity.h1.get_text() == name
        assert entity.select_one(".aliases").get_text() == alias
        event = soup(out / f"events/t{i}/index.html")
        assert event.h1.get_text() == name
        assert event.select_one(".roles .role").get_text() == alias
        assert event.select_one(".facts li p, .facts li").get_text().strip().startswith(name)
    assert soup(out / "events/2024/index.html").h1.get_text() == "A year"


@pytest.mark.parametrize("value", ["0x1F", "1:30", "010", "1_000", "1.5e+3", "yes", "0", "-3", "'12'"])
def test_feed_limit_must_be_written_as_plain_digits(value, briefing, build_site):
    root = briefing({"content/site.yaml": f"title: T\nurl: https://example.org/b/\nfeed_limit: {value}\n"})
    code, _, _, err = build_site(root)
    if value == "'12'":
        assert code == 0, err  # quoted digits are still digits
        return
    assert code == 1
    assert (f"content/site.yaml:3:13: 'feed_limit' must be a whole number of at least 1 (how many events a feed carries), "
            f"got {_as_written(value) if isinstance(_as_written(value), str) else value!r}: write plain digits such as 50") in err


# -- point 14: empty articles, control characters, ids ---------------------

@pytest.mark.parametrize("name,text", [
    ("blank.txt", ""),
    ("blank.txt", "  \n\t\n\n"),
    ("blank.txt", "\ufeff\r\n\r\n"),
    ("blank.txt", "Home | World | Asia\n\nAdvertising\n"),
    ("blank.md", "\n\n"),
    ("blank.md", "---\n---\n\n"),
    ("blank.md", "---\npublisher: Harbour Post\n---\n   \n"),
])
def test_an_empty_article_is_an_error(name, text, briefing, build_site):
    code, out, _, err = build_site(briefing({f"seeds/{name}": text.encode("utf-8")}))
    assert code == 1 and not out.exists()
    assert f"seeds/{name}:1:1: the article is empty" in err


def test_a_markdown_seed_with_a_title_and_no_body_is_a_stub(briefing, build_site):
    seed = "---\ntitle: Harbour cell grows\nurl: https://harbour.example/cell\n---\n"
    code, out, _, err = build_site(briefing({"seeds/stub.md": seed}))
    assert code == 0, err
    page = soup(out / "events/stub/index.html")
    assert page.h1.get_text() == "Harbour cell grows"
    assert page.select_one("#source-stub h3 a")["href"] == "https://harbour.example/cell"


def test_ingest_refuses_an_empty_article(briefing, capsys, tmp_path):
    root = briefing()
    before = sorted(p.name for p in (root / "seeds").iterdir())
    inbox = write_files(tmp_path / "inbox", {"blank.txt": " \n\n"})
    code, _, err = _run(capsys, "ingest", "--root", str(root), str(inbox / "blank.txt"))
    assert code == 1
    assert f"{(inbox / 'blank.txt').as_posix()}:1:1: the article is empty" in err
    assert sorted(p.name for p in (root / "seeds").iterdir()) == before


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def test_control_characters_are_removed_with_one_warning_per_file(briefing, build_site):
    root = briefing({
        "seeds/wire.txt": "Harbour cell\x00 grows\n\nThe cell\x1b[31m took on\x07 three officers on 2 March 2026.\x85\n".encode("utf-8"),
        "seeds/note.md": "---\ntitle: Quay\x0b opens\n---\nThe quay\x00 opened &#7;at &#x1b;dawn&#127;.\n".encode("utf-8"),
        "content/entities/zz.yaml": "id: zz\nname: Zed\x00 Port\nkind: city\nsummary: A port\x9b city.\n".encode("utf-8"),
        "content/events/zed.yaml": "id: zed-day\ntitle: Zed\x01 day\ndate: 2026-03-03\nentities: [zz]\nsummary: The\x7f day.\n".encode("utf-8"),
    })
    code, out, _, err = build_site(root)
    assert code == 0, err
    warnings = [line.replace(f"{root.as_posix()}/", "") for line in err.splitlines() if "control character" in line]
    assert sorted(warnings) == sorted([
        "seeds/wire.txt:1:13: warning: control character U+0000 removed (4 in this file): a page cannot show it; save the file as plain text",
        "seeds/note.md:2:12: warning: control character U+000B removed (2 in this file): a page cannot show it; save the file as plain text",
        "content/entities/zz.yaml:2:10: warning: control character U+0000 removed (2 in this file): a page cannot show it; save the file as plain text",
        "content/events/zed.yaml:2:11: warning: control character U+0001 removed (2 in this file): a page cannot show it; save the file as plain text",
    ])
    for path in out.rglob("*"):
        if path.suffix in (".html", ".xml", ".json"):
            assert not _CONTROL.search(path.read_text("utf-8")), path
            if path.suffix == ".xml":
                ET.parse(path)  # feeds and the sitemap stay XML
    assert soup(out / "entities/zz/index.html").h1.get_text() == "Zed Port"
    assert soup(out / "events/wire/index.html").h1.get_text() == "Harbour cell grows"


def test_a_control_character_written_as_a_yaml_escape_is_removed_with_a_warning(briefing, build_site):
    root = briefing({
        "content/entities/zz.yaml": 'id: zz\nname: "Zed\\x07 Port"\nkind: city\nsummary: "A \\0port\\e city"\n',
        "seeds/note.md": '---\ntitle: "Quay\\x1b opens"\n---\nThe quay opened.\n',
    })
    code, out, _, err = build_site(root)
    assert code == 0, err
    assert "content/entities/zz.yaml:2:7: warning: control character U+0007 (written as an escape) removed: a page cannot show it" in err
    assert "seeds/note.md:2:8: warning: control character U+001B (written as an escape) removed: a page cannot show it" in err
    assert soup(out / "entities/zz/index.html").h1.get_text() == "Zed Port"
    assert soup(out / "entities/zz/index.html").select_one(".summary").get_text().strip() == "A port city"
    assert soup(out / "events/note/index.html").h1.get_text() == "Quay opens"
    for path in out.rglob("*"):
        if path.suffix in (".html", ".xml", ".json"):
            assert not _CONTROL.search(path.read_text("utf-8")), path


def _ids(page: Path) -> list[str]:
    return [tag["id"] for tag in soup(page).find_all(id=True)]


def test_ids_given_in_content_never_repeat_an_id_of_the_page(briefing, build_site, capsys):
    # Every id the templates give, on any page of a briefing like this one.
    plain = briefing({"content/events/founding.yaml": "id: command-founded\ntitle: Founded\ndate: 2024-07\nentities: [command]\nsummary: Set up.\n"
                      "facts:\n  - text: It was set up.\n    sources: [https://example.org/a]\n"}, name="plain")
    code, out, _, err = build_site(plain)
    assert code == 0, err
    template_ids = sorted({i for page in out.rglob("*.html") for i in _ids(page)})
    assert {"main", "facts", "sources", "source-2026-05-29-posting"} <= set(template_ids)

    headings = "\n\n".join(f"## Part {n} {{#{i}}}\n\nSee [part {n}](#{i})." for n, i in enumerate(template_ids))
    spans = " ".join(f'<span id="{i}">{i}</span>' for i in template_ids)
    noted = "A claim[^1] and another[^2].\n\n[^1]: First note.\n[^2]: Second note."
    root = briefing({
        "content/site.yaml": f"title: T\nurl: https://example.org/b/\nabout: |\n  {spans}\n\n  {noted.replace(chr(10), chr(10) + '  ')}\n",
        "content/events/founding.yaml": "id: command-founded\ntitle: Founded\ndate: 2024-07\nentities: [command]\n"
                                        f"summary: |\n  {spans}\n\n  {noted.replace(chr(10), chr(10) + '  ')}\n"
                                        "seeds: [2026-05-29-posting, second]\n"
                                        "facts:\n"
                                        f"  - text: '{spans}'\n    sources: [https://example.org/a]\n"
                                        f"  - text: '{spans}'\n    sources: [https://example.org/b]\n",
        "content/entities/alliance.yaml": f"id: alliance\nname: North Atlantic Alliance\nkind: alliance\nsummary: |\n  {spans}\n"
                                          f"facts:\n  - text: '{spans}'\n    sources: [https://example.org/c]\n",
        "seeds/2026-05-29-posting.md": f"---\ntitle: Officers posted\n---\n{headings}\n\n{noted}\n",
        "seeds/second.md": f"---\ntitle: More officers posted\n---\n{spans}\n\n{headings}\n\n{noted}\n",
    })
    code, out, _, err = build_site(root)
    assert code == 0, err
    for page in out.rglob("*.html"):
        repeated = [i for i, n in Counter(_ids(page)).items() if n > 1]
        assert repeated == [], f"{page.relative_to(out)} repeats ids {repeated}"
    event = soup(out / "events/command-founded/index.html")
    assert event.find(id="main").name == "main" and event.find(id="sources").name == "h2"
    # Links inside a piece of content still lead to its own ids, footnotes included.
    code, _, err = _run(capsys, "check", "--root", str(root))
    assert code == 0 and "broken link" not in err, err


@pytest.mark.parametrize("url", ["https://exa mple.org/", "javascript:alert(1)", "//example.org/"])
def test_the_sites_own_url_is_checked_as_any_url_from_content(url, briefing, build_site, monkeypatch):
    root = briefing({"content/site.yaml": f'title: T\nurl: "{url}"\n'})
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(Path("."))
    assert code == 1
    assert "content/site.yaml:2:6: 'url' must be an http(s) URL such as https://example.org/" in stderr
