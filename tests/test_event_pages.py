"""An event with many long reports: its page keeps the first ones, the rest go on numbered pages."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from generator import link
from generator.build import build
from tests.conftest import soup, write_files

REPO = Path(__file__).resolve().parent.parent
BUDGET = 12_000  # bytes of report text a page holds, lowered from the real one
REPORTS = 12


def _files() -> dict[str, str]:
    """A curated event cited by twelve long reports, a fact citing the last, a background article."""
    files = {
        "content/site.yaml": """
            title: Paging briefing
            description: Many reports of one event.
            language: en
            url: https://example.org/quay/
        """,
        "content/entities/council.yaml": """
            id: council
            name: Harbour Council
            kind: organisation
            facts:
              - text: The council meets monthly.
                sources: [2025-03-12-report-11]
        """,
        "content/events/vote.yaml": """
            id: harbour-vote
            title: The Harbour Council votes on the new quay
            date: 2025-03-01
            seeds: [%s]
            reading: [2025-03-20-background]
            entities:
              - id: council
                role: voted
            summary: The council voted on the quay.
            facts:
              - text: The vote was close.
                sources: [2025-03-01-report-00, 2025-03-12-report-11]
        """ % ", ".join(f"2025-03-{1 + i:02d}-report-{i:02d}" for i in range(REPORTS)),
        "seeds/2025-03-20-background.md": """
            ---
            title: Why the quay matters to the Harbour Council
            published: 2025-03-20
            publisher: Quay Review
            ---
            The Harbour Council has argued about the quay for years.
        """,
    }
    syllables = ["ka", "lo", "mi", "ren", "tsu", "va", "dor", "pel", "quin", "sa", "bo", "te"]
    words = [a + b + c for a in syllables for b in syllables for c in syllables[:4]]
    for i in range(REPORTS):
        pick = random.Random(i)
        # Each report in words of its own, so that none is a near-copy of another.
        lines = "\n".join(
            f"Paragraph {j} of report {i}: the Harbour Council weighed berth number {j} at length. "
            + " ".join(pick.choice(words) for _ in range(12)) + "."
            for j in range(20)
        )
        files[f"seeds/2025-03-{1 + i:02d}-report-{i:02d}.md"] = (
            f"---\ntitle: Report {i:02d} on the quay vote\npublished: 2025-03-{1 + i:02d}\npublisher: Outlet {i % 3}\n---\n"
            + lines.replace("\n", "\n\n") + "\n"
        )
    return files


@pytest.fixture
def many(tmp_path, monkeypatch):
    monkeypatch.setattr(link, "REPORT_BUDGET", BUDGET)
    root = write_files(tmp_path / "briefing", _files())
    shutil.copytree(REPO / "templates", root / "templates")
    return root


def resolve(page: Path, href: str) -> Path:
    target = (page.parent / href.partition("#")[0]).resolve()
    return target / "index.html" if target.is_dir() else target


def _lands(page: Path, href: str) -> Path:
    """The page a link leads to, having checked that its anchor is there."""
    target = resolve(page, href) if href.partition("#")[0] else page
    assert target.is_file(), href
    anchor = href.partition("#")[2]
    if anchor:
        assert soup(target).find(id=anchor) is not None, f"{href} from {page}: no #{anchor} on {target}"
    return target


def _pages(out: Path) -> list[Path]:
    return [out / "events/harbour-vote/index.html", *sorted((out / "events/harbour-vote/reports").glob("*/index.html"))]


def test_reports_beyond_the_budget_go_to_numbered_pages_each_under_budget(many, tmp_path):
    out = tmp_path / "site"
    build(many, out, cache=False)
    pages = _pages(out)
    assert len(pages) >= 3
    assert [p.parent.name for p in pages[1:]] == [str(n) for n in range(2, len(pages) + 1)]
    shown = []
    for page in pages:
        doc = soup(page)
        reports = doc.select('section[aria-labelledby="sources"] article.source')
        assert reports, page
        text = sum(len(str(r.select_one(".body") or "")) for r in reports)
        # One report alone may exceed the budget; two never share a page over it.
        assert len(reports) == 1 or text <= BUDGET, (page, text)
        shown += [r["id"] for r in reports]
        # Every page of reports links to the others through its pager.
        pager = doc.select_one('nav.pager[aria-label="Pages of reports"]')
        assert pager is not None, page
        for a in pager.find_all("a"):
            _lands(page, a["href"])
    assert shown == [f"source-2025-03-{1 + i:02d}-report-{i:02d}" for i in range(REPORTS)]
    # The sitemap lists the new pages.
    sitemap = (out / "sitemap.xml").read_text("utf-8")
    assert "events/harbour-vote/reports/2/" in sitemap


def test_main_page_lists_every_report_and_each_link_lands_on_its_text(many, tmp_path):
    out = tmp_path / "site"
    build(many, out, cache=False)
    main = out / "events/harbour-vote/index.html"
    listing = soup(main).select_one('nav[aria-label="All reports"]')
    assert listing is not None
    items = listing.find_all("li")
    assert len(items) == REPORTS
    for i, item in enumerate(items):
        assert f"Report {i:02d} on the quay vote" in item.get_text()
        assert f"Outlet {i % 3}" in item.get_text()
        a = item.find("a")
        assert a["href"].endswith(f"#source-2025-03-{1 + i:02d}-report-{i:02d}")
        _lands(main, a["href"])
    # The background article stays on the main page.
    assert soup(main).find(id="source-2025-03-20-background") is not None


def test_every_link_to_a_report_lands_on_the_page_that_shows_it(many, tmp_path):
    out = tmp_path / "site"
    build(many, out, cache=False)
    last = "source-2025-03-12-report-11"
    seen = 0
    for page in out.rglob("*.html"):
        for a in soup(page).find_all("a", href=True):
            if "#source-" in a["href"] and "://" not in a["href"]:
                target = _lands(page, a["href"])
                seen += 1
                if a["href"].endswith("#" + last):
                    assert "reports" in target.parts
    assert seen > REPORTS
    # The fact citations on the event and the entity page lead to the last page.
    for page in (out / "events/harbour-vote/index.html", out / "entities/council/index.html"):
        hrefs = [a["href"] for a in soup(page).select(f'a[href$="#{last}"]')]
        assert hrefs, page
    # The old address of a report, as an event of its own, redirects to its page.
    old = out / "events/2025-03-12-report-11/index.html"
    if old.exists():
        refresh = soup(old).find("meta", attrs={"http-equiv": "refresh"})
        href = refresh["content"].split("url=", 1)[1]
        _lands(old, href)


def test_machine_readable_addresses_of_reports_point_at_their_page(many, tmp_path):
    import json

    out = tmp_path / "site"
    build(many, out, cache=False)
    events = json.loads((out / "data/events.json").read_text("utf-8"))["events"]
    vote = next(e for e in events if e["id"] == "harbour-vote")
    pages = [s.get("page") for s in vote.get("sources", [])]
    assert any(p and "reports/" in p for p in pages)
    # The JSON-LD of each page lists the reports it shows, at the address of their text.
    listed = []
    for page in _pages(out):
        for script in soup(page).find_all("script", type="application/ld+json"):
            data = json.loads(script.string)
            for article in data.get("subjectOf", []) + data.get("hasPart", []):
                route = article["url"].removeprefix("https://example.org/quay/")
                shown = (out / route.partition("#")[0] / "index.html").resolve()
                assert shown == page.resolve(), (article["url"], page)
                listed.append(route.partition("#")[2])
    assert listed == [f"source-2025-03-{1 + i:02d}-report-{i:02d}" for i in range(REPORTS)]


def test_linkcheck_passes_on_a_briefing_with_continuation_pages(many, tmp_path):
    from generator.cli import main

    assert main(["build", "--root", str(many), "--out", str(tmp_path / "site")]) == 0
    assert main(["check", "--root", str(many)]) == 0


def test_incremental_rebuild_after_editing_one_report_equals_a_clean_build(many, tmp_path):
    out = tmp_path / "site"
    build(many, out)
    seed = many / "seeds/2025-03-02-report-01.md"
    # Longer text moves later reports to other pages.
    seed.write_text(seed.read_text("utf-8") + "\n" + "A long added paragraph about the quay. " * 80 + "\n", "utf-8")
    build(many, out)
    clean = tmp_path / "clean"
    build(many, clean, cache=False)
    def tree(folder):
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and ".cache" not in p.parts}
    assert tree(out) == tree(clean)


def test_a_small_event_has_no_continuation_pages(shipped, tmp_path):
    out = tmp_path / "site"
    build(shipped, out, cache=False)
    assert not list(out.glob("events/*/reports"))
    assert soup(next(out.glob("events/*/index.html"))).select_one('nav[aria-label="All reports"]') is None


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("added", [
    " Also noted by the harbour master.",  # a few words: the reports stay on their pages
    " A long added paragraph about the quay." * 80,  # the later reports move to other pages
], ids=["short", "long"])
def test_serve_rebuild_after_editing_a_report_matches_a_clean_build(many, tmp_path, added):
    from generator.session import Session

    session = Session(many, many / ".preview")
    session.build()
    seed = many / "seeds/2025-03-02-report-01.md"
    seed.write_text(seed.read_text("utf-8").replace("\n\nParagraph 1 of", added + "\n\nParagraph 1 of", 1), "utf-8")
    result = session.build([str(seed)])
    if len(added) < 100:
        # A few words take the short way, and the pages stay as they were cut.
        assert [name for name, _ in result.stages] == ["patch"]
    page = next(p for p in (many / ".preview/events/harbour-vote").rglob("index.html") if 'id="source-2025-03-02-report-01"' in p.read_text("utf-8"))
    assert added.strip()[:30] in page.read_text("utf-8")
    clean = tmp_path / "clean"
    build(many, clean, cache=False)
    assert _tree(many / ".preview") == _tree(clean)
