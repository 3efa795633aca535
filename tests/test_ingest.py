"""`python -m generator ingest`: articles into seeds/, a draft event for each, nothing overwritten."""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO, soup, write_files
from generator.cli import main

CORPUS = REPO / "tests" / "corpus"

PORTAL = """\
Home | World | Asia | Politics

Harbour cell takes on three liaison officers

By Ana Ruiz
03.06.2026 09:15

Share on Facebook Share on X Copy link

The NAA said on Monday that three officers would join ASCOM, the alliance's aid cell.

Read also:
Port strike ends after two days 12.03.2025

© 2026 Harbour Post. All rights reserved.
"""


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _ingest(capsys, root: Path, *files: Path) -> tuple[int, str, str]:
    code = main(["ingest", "--root", str(root), *map(str, files)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def article(tmp_path):
    def make(name: str, text: str | bytes) -> Path:
        path = tmp_path / "inbox" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return path

    return make


def test_ingest_copies_the_article_into_seeds_under_its_date_and_headline(briefing, article, capsys):
    root, source = briefing(), article("portal.txt", PORTAL)
    code, out, _ = _ingest(capsys, root, source)
    assert code == 0
    seed = root / "seeds" / "2026-06-03-harbour-cell-takes-on-three-liaison-officers.txt"
    assert seed.read_bytes() == source.read_bytes()
    assert "seeds/2026-06-03-harbour-cell-takes-on-three-liaison-officers.txt: added from" in out


def test_ingest_draft_holds_what_was_extracted_with_unsure_lines_as_comments(briefing, article, capsys):
    root = briefing()
    _ingest(capsys, root, article("portal.txt", PORTAL))
    draft = (root / "content/events/2026-06-03-harbour-cell-takes-on-three-liaison-officers.yaml").read_text("utf-8")
    data = yaml.safe_load(draft)
    assert data["title"] == "Harbour cell takes on three liaison officers"
    assert str(data["date"]) == "2026-06-01"  # "on Monday", counted back from 3 June 2026
    assert data["seeds"] == [{
        "id": "2026-06-03-harbour-cell-takes-on-three-liaison-officers",
        "published": datetime.date(2026, 6, 3),
        "publisher": "Harbour Post",
    }]
    assert data["entities"] == ["alliance", "command"]
    comments = [line for line in draft.splitlines() if line.startswith("#")]
    assert any("line 6" in c and "03.06.2026" in c and "day first" in c for c in comments)
    assert any("line 10" in c and "Monday" in c for c in comments)
    assert any("line 13" in c and "Port strike ends" in c for c in comments)
    assert any("byline: Ana Ruiz" in c for c in comments)


def test_ingested_draft_builds_and_the_event_page_shows_title_date_and_publisher(briefing, article, build_site, capsys):
    root = briefing()
    _ingest(capsys, root, article("portal.txt", PORTAL))
    code, out, _, err = build_site(root)
    assert code == 0, err
    assert "warning" not in err
    page = soup(out / "events/harbour-cell-takes-three-liaison-officers/index.html")
    assert page.h1.get_text() == "Harbour cell takes on three liaison officers"
    assert page.select_one(".kicker time")["datetime"] == "2026-06-01"
    assert page.select_one(".source .publisher").get_text() == "Harbour Post"
    body = page.select_one(".source .body").get_text()
    assert "three officers would join" in body
    assert "Port strike" not in page.get_text() and "Share on" not in page.get_text()


def test_ingesting_the_same_article_again_changes_nothing(briefing, article, capsys):
    root = briefing()
    source = article("portal.txt", PORTAL)
    _ingest(capsys, root, source)
    before = _tree(root)
    code, out, _ = _ingest(capsys, root, source, article("copy-of-portal.txt", PORTAL))
    assert code == 0
    assert _tree(root) == before
    assert "0 added, 2 already in seeds/; 0 draft(s) written" in out


def test_ingest_never_writes_over_an_edited_draft(briefing, article, capsys):
    root = briefing()
    source = article("portal.txt", PORTAL)
    _ingest(capsys, root, source)
    draft = root / "content/events/2026-06-03-harbour-cell-takes-on-three-liaison-officers.yaml"
    draft.write_text("id: harbour-cell\ntitle: Edited by hand\ndate: 2026-06-01\nseeds: [2026-06-03-harbour-cell-takes-on-three-liaison-officers]\n")
    (root / "seeds" / "2026-06-03-harbour-cell-takes-on-three-liaison-officers.txt").unlink()
    code, out, _ = _ingest(capsys, root, source)
    assert code == 0
    assert draft.read_text().startswith("id: harbour-cell\ntitle: Edited by hand")
    assert "no draft written (the file exists)" in out


def test_ingest_drafts_nothing_for_a_seed_an_event_already_lists(briefing, article, capsys):
    root = briefing({
        "content/events/cell.yaml": """
            id: harbour-cell
            seeds: [harbour]
        """,
        "seeds/harbour.txt": PORTAL,
    })
    before = _tree(root)
    code, out, _ = _ingest(capsys, root, article("portal.txt", PORTAL))
    assert code == 0
    assert _tree(root) == before
    assert "seeds/harbour.txt: already holds" in out
    assert "no draft written (an event already lists this seed)" in out


def test_a_different_article_with_a_taken_name_gets_a_content_hash(briefing, article, capsys):
    root = briefing()
    first = article("a.txt", PORTAL)
    # The same headline and date over a story of its own (a near-copy would not be added).
    second = article("b.txt", PORTAL.split("Share on Facebook")[0] + "Two officers of the NAA arrived to set up the cell's desks and radios.\n")
    assert _ingest(capsys, root, first, second)[0] == 0
    digest = hashlib.sha256(second.read_bytes()).hexdigest()[:8]
    name = f"2026-06-03-harbour-cell-takes-on-three-liaison-officers-{digest}.txt"
    assert (root / "seeds" / name).read_bytes() == second.read_bytes()
    draft = yaml.safe_load((root / "content/events" / name.replace(".txt", ".yaml")).read_text("utf-8"))
    # The first draft took the short id: the second keeps its seed's.
    assert draft["id"] == name.removesuffix(".txt")


def test_a_headline_in_japanese_script_gets_a_name_from_its_date_and_content(briefing, article, capsys):
    root = briefing()
    source = article("ja.txt", "支援司令部に幹部3人\n\n2026年6月3日\n\nNAAは3日、支援司令部に幹部3人を派遣すると発表した。\n")
    _ingest(capsys, root, source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:8]
    assert (root / "seeds" / f"2026-06-03-article-{digest}.txt").is_file()
    draft = yaml.safe_load((root / "content/events" / f"2026-06-03-article-{digest}.yaml").read_text("utf-8"))
    assert draft["id"] == f"2026-06-03-article-{digest}"


def test_ingest_takes_markdown_with_front_matter_as_it_is(briefing, build_site, capsys):
    root = briefing()
    source = CORPUS / "articles" / "09-markdown-crlf.md"
    code, _, _ = _ingest(capsys, root, source)
    assert code == 0
    seed = root / "seeds" / "2026-06-01-opinion-a-small-posting-with-a-big-message.md"
    assert seed.read_bytes() == source.read_bytes()  # CRLF kept: the article as it arrived
    draft = yaml.safe_load((root / "content/events" / f"{seed.stem}.yaml").read_text("utf-8"))
    assert str(draft["date"]) == "2026-05-29"  # "announced on Friday", published on Monday 1 June
    assert draft["seeds"][0]["publisher"] == "Ridgeline Defence Blog"
    assert draft["seeds"][0]["url"] == "https://example.com/opinion/small-posting-big-message"
    code, out, _, err = build_site(root)
    assert code == 0, err


def test_ingest_reports_every_unreadable_article_and_adds_nothing(briefing, article, capsys):
    root = briefing()
    before = _tree(root)
    good = article("good.txt", PORTAL)
    binary = article("scan.txt", b"Headline\n\xff\xfe broken\n")
    page = article("page.html", "<html></html>")
    code, out, err = _ingest(capsys, root, good, binary, page, root / "missing.txt")
    assert code == 1
    assert f"{binary}:1:1: not UTF-8 text (byte 9): save the file as UTF-8" in err
    assert f"{page}:1:1: not an article: ingest reads raw text (.txt) and Markdown (.md)" in err
    assert f"{root / 'missing.txt'}:1:1: cannot read file" in err
    assert "ingest failed: nothing added, 3 error(s)" in err
    assert "Traceback" not in err
    assert _tree(root) == before


def test_ingest_reports_a_markdown_article_without_a_title_against_the_file_given(briefing, article, capsys):
    root = briefing()
    before = _tree(root)
    source = article("untitled.md", "---\npublisher: Somebody\n---\nJust a body.\n")
    code, _, err = _ingest(capsys, root, source)
    assert code == 1
    assert f"{source}:1:1: a Markdown seed needs a 'title' in its front matter" in err
    assert _tree(root) == before


def test_ingest_refuses_to_add_to_a_briefing_that_does_not_load_and_reports_all_problems(briefing, article, capsys):
    root = briefing({"content/events/broken.yaml": "id: Not A Valid Id\ntitle: x\ndate: 2026\n"})
    before = _tree(root)
    code, _, err = _ingest(capsys, root, article("portal.txt", PORTAL), article("page.html", "<p>x</p>"))
    assert code == 1
    assert "broken.yaml:1:5: 'Not A Valid Id' is not a valid id" in err
    assert "page.html:1:1: not an article" in err
    assert "ingest failed: nothing added, 2 error(s)" in err
    assert _tree(root) == before


def test_ingest_is_listed_in_help_and_runs_as_a_module(briefing, article, tmp_path):
    root = briefing()
    source = article("portal.txt", PORTAL)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    listed = subprocess.run([sys.executable, "-m", "generator", "--help"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert "ingest" in listed.stdout
    run = subprocess.run(
        [sys.executable, "-m", "generator", "ingest", str(source), "--root", str(root)],
        cwd=tmp_path, env=env, capture_output=True, text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "1 added" in run.stdout
    events = root / "site"
    built = subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(root)], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    data = json.loads((events / "data/events.json").read_text("utf-8"))
    harbour = next(e for e in data["events"] if e["id"] == "harbour-cell-takes-three-liaison-officers")
    assert harbour["sources"][0]["publisher"] == "Harbour Post"
    assert harbour["entities"] == ["alliance", "command"]


# A wire story as an outlet ran it: the dateline credits the agency, the
# page's own copyright line names the outlet.
WIRE = """\
Gulls return early to the northern harbour after a mild winter season

Published June 2, 2026

SALTMERE, June 1 (Gullwire) — Harbour wardens counted the first gulls on Monday, two weeks early.

According to the Saltmere Wardens Office: the count was the highest in a decade.

© 2026 Harbour Post. All rights reserved.
"""


def _draft_of(root: Path) -> tuple[str, dict]:
    [path] = [p for p in (root / "content/events").glob("*.yaml") if p.name != "founding.yaml"]
    text = path.read_text("utf-8")
    return text, yaml.safe_load(text)


def test_a_draft_holds_every_field_an_event_can_have_and_builds_as_it_is(briefing, article, build_site, capsys):
    from generator.load import _EVENT_KEYS

    root = briefing()
    _ingest(capsys, root, article("wire.txt", WIRE))
    text, data = _draft_of(root)
    assert set(data) == _EVENT_KEYS
    assert set(data["seeds"][0]) | {key for key in ("title", "publisher", "url", "attributed_to", "published") if f"# {key}:" in text} >= {"id", "publisher", "url", "attributed_to", "published"}
    code, _, _, err = build_site(root)
    assert code == 0, err


def test_the_draft_id_is_a_few_whole_words_of_the_headline_the_same_every_time(briefing, article, capsys):
    ids = []
    for name in ("one", "two"):
        root = briefing(name=name)
        _ingest(capsys, root, article("wire.txt", WIRE))
        ids.append(_draft_of(root)[1]["id"])
    assert ids[0] == ids[1] == "gulls-return-early-northern-harbour-mild"
    headline = set(re.findall(r"[a-z]+", WIRE.splitlines()[0].lower()))
    assert len(ids[0]) <= 50 and set(ids[0].split("-")) <= headline


def test_an_outlet_s_own_copyright_line_beats_the_wire_agency_and_every_guess_is_listed_by_line(briefing, article, capsys):
    root = briefing()
    _ingest(capsys, root, article("wire.txt", WIRE))
    text, data = _draft_of(root)
    assert data["seeds"][0]["publisher"] == "Harbour Post"
    assert data["seeds"][0]["attributed_to"] == "the Saltmere Wardens Office"
    checks = [line for line in text.splitlines() if line.startswith("#   line ")]
    assert "#   line 9: publisher 'Harbour Post' read from the copyright line; the dateline credits 'Gullwire' (wire copy?)" in checks
    assert "#   line 5: dateline: filed in Saltmere" in checks
    assert "#   line 3: publication date 2026-06-02 read here" in checks
    assert "#   line 5: event date 2026-06-01 read here" in checks
    assert "#   line 7: attribution 'the Saltmere Wardens Office' read from an 'According to' lead" in checks


HARBOUR_EVENT = {
    "content/entities/port.yaml": """
        id: port
        name: Kelmouth Port Authority
        kind: organisation
    """,
    "content/events/cell.yaml": """
        id: officers-join-cell
        title: Three liaison officers join the NAA's harbour cell
        date: 2026-06-01
        entities: [alliance, command, port]
        summary: The NAA sent three liaison officers to ASCOM's harbour cell.
    """,
}


def test_ingesting_a_report_of_a_curated_event_prints_what_to_add_to_that_event_and_writes_no_draft(briefing, article, capsys):
    root = briefing(HARBOUR_EVENT)
    editor_file = (root / "content/events/cell.yaml").read_bytes()
    code, out, _ = _ingest(capsys, root, article("portal.txt", PORTAL))
    assert code == 0
    seed = "2026-06-03-harbour-cell-takes-on-three-liaison-officers"
    assert (root / "seeds" / f"{seed}.txt").is_file()
    assert not (root / "content/events" / f"{seed}.yaml").exists()
    assert (root / "content/events/cell.yaml").read_bytes() == editor_file
    assert (
        f"/seeds/{seed}.txt: no draft written (it reports event 'officers-join-cell': same date, 2 shared entities, "
        "5 shared headline words); add it to content/events/cell.yaml, under seeds:"
    ) in out
    assert f"seeds:\n  - {seed}\n" in out


def test_ingesting_a_near_copy_of_an_ingested_article_reports_it_and_adds_nothing(briefing, article, capsys):
    root = briefing()
    _ingest(capsys, root, article("portal.txt", PORTAL))
    before = _tree(root)
    copy = PORTAL.replace("Ana Ruiz", "A. Ruiz").replace("© 2026 Harbour Post", "© 2026 Quay Post")
    code, out, _ = _ingest(capsys, root, article("copy.txt", copy))
    assert code == 0
    assert _tree(root) == before
    assert "/inbox/copy.txt: near-copy of " in out
    assert "/seeds/2026-06-03-harbour-cell-takes-on-three-liaison-officers.txt (" in out
    assert "the same text): not added" in out
    assert out.rstrip().endswith("0 added, 0 already in seeds/; 0 draft(s) written; 1 near-copy(ies) not added")


def test_a_markdown_export_without_front_matter_is_ingested_as_the_build_reads_it(briefing, article, capsys):
    # Its table of properties is what dates it: the draft's lines to check say so, as the build read it.
    export = ("# Gulls return early to the northern harbour\n\n| Property | Value |\n| --- | --- |\n| Created | June 2, 2026 |\n\n"
              "The wardens counted the first gulls on the northern harbour's breakwater on Monday, a week earlier than last year.\n")
    root = briefing()
    code, _, err = _ingest(capsys, root, article("export.md", export))
    assert code == 0, err
    text, data = _draft_of(root)
    assert data["title"] == "Gulls return early to the northern harbour"
    checks = [line for line in text.splitlines() if line.startswith("#   line ")]
    assert "#   line 5: publication date 2026-06-02 read here" in checks
    assert "#   line 7: event date 2026-06-01 read here" in checks
    assert not any("not the headline" in line for line in checks)  # its `# …` line is its headline, as built
