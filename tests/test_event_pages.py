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


def _files(briefs: int = 0) -> dict[str, str]:
    """A curated event cited by twelve long reports (and `briefs` short ones after them), a fact citing the last long one, a background article."""
    brief_ids = [f"{_day(i)}-brief-{i:03d}" for i in range(briefs)]
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
        """ % ", ".join([f"2025-03-{1 + i:02d}-report-{i:02d}" for i in range(REPORTS)] + brief_ids),
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
    for i, seed in enumerate(brief_ids):
        pick = random.Random(1000 + i)
        files[f"seeds/{seed}.md"] = (
            f"---\ntitle: Brief {i:03d} on the quay\npublished: {_day(i)}\npublisher: Wire {i % 7}\n---\n"
            + f"Brief {i} on the quay: " + " ".join(pick.choice(words) for _ in range(30)) + ".\n"
        )
    return files


def _day(i: int) -> str:
    import datetime

    return (datetime.date(2025, 4, 1) + datetime.timedelta(days=i)).isoformat()


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


def _contents(page: Path):
    return soup(page).select_one('nav[aria-label="Reports, page by page"]')


def test_each_page_lists_its_own_reports_and_one_line_for_each_other_page(many, tmp_path):
    out = tmp_path / "site"
    build(many, out, cache=False)
    pages = _pages(out)
    shown_on = {}
    for number, page in enumerate(pages, 1):
        for report in soup(page).select('section[aria-labelledby="sources"] article.source'):
            shown_on[report["id"]] = number
    for number, page in enumerate(pages, 1):
        listing = _contents(page)
        assert listing is not None, page
        lines = listing.find("ol").find_all("li", recursive=False)
        assert len(lines) == len(pages), page
        current = [li for li in lines if li.get("aria-current") == "page"]
        assert len(current) == 1 and lines.index(current[0]) == number - 1, page
        # This page's reports, each a link to its text here.
        own = current[0].find("ol").find_all("a")
        assert [a["href"] for a in own] == [f"#{r}" for r, n in shown_on.items() if n == number], page
        for a in own:
            _lands(page, a["href"])
        # Each other page is one line: which reports, from when, by how many outlets.
        for other, line in enumerate(lines, 1):
            if other == number:
                continue
            assert line.find("ol") is None
            held = [r for r, n in shown_on.items() if n == other]
            first = list(shown_on).index(held[0]) + 1
            assert f"Reports {first}–{first + len(held) - 1}: page {other}" in line.get_text(), line.get_text()
            assert "March 2025" in line.get_text() and "outlet" in line.get_text()
            assert _lands(page, line.find("a")["href"]) == pages[other - 1].resolve()
    # The background article stays on the main page.
    assert soup(pages[0]).find(id="source-2025-03-20-background") is not None


def test_following_links_from_the_event_page_reaches_every_report_exactly_once(tmp_path, monkeypatch):
    monkeypatch.setattr(link, "REPORT_BUDGET", BUDGET)
    root = write_files(tmp_path / "briefing", _files(briefs=150))
    shutil.copytree(REPO / "templates", root / "templates")
    out = tmp_path / "site"
    build(root, out, cache=False)
    event = (out / "events/harbour-vote").resolve()
    start = event / "index.html"
    seen, queue, shown = {start}, [start], []
    while queue:
        page = queue.pop(0)
        shown += [r["id"] for r in soup(page).select('section[aria-labelledby="sources"] article.source')]
        for a in soup(page).find_all("a", href=True):
            href = a["href"]
            if "://" in href or not href.partition("#")[0]:
                continue
            target = _lands(page, href)
            if event in target.parents and target not in seen:
                seen.add(target)
                queue.append(target)
    expected = [f"source-2025-03-{1 + i:02d}-report-{i:02d}" for i in range(REPORTS)] + [f"source-{_day(i)}-brief-{i:03d}" for i in range(150)]
    assert sorted(shown) == sorted(expected)
    assert len(shown) == len(set(shown))
    assert len(seen) > 5


def test_the_event_page_does_not_grow_with_the_reports_on_other_pages(tmp_path, monkeypatch):
    monkeypatch.setattr(link, "REPORT_BUDGET", BUDGET)
    sizes, counts = [], []
    for briefs in (0, 300):
        root = write_files(tmp_path / f"b{briefs}", _files(briefs=briefs))
        shutil.copytree(REPO / "templates", root / "templates")
        build(root, tmp_path / f"site{briefs}", cache=False)
        main = tmp_path / f"site{briefs}/events/harbour-vote/index.html"
        sizes.append(main.stat().st_size)
        counts.append(len(_pages(tmp_path / f"site{briefs}")))
        text = main.read_text("utf-8")
        assert "Brief 299 on the quay" not in text and "brief-150" not in text
    assert counts[1] > counts[0] + 5
    # 300 more reports, on more pages: the page gains one line and one page number per page, not a line per report.
    grown = sizes[1] - sizes[0]
    assert grown < 400 * (counts[1] - counts[0]), (sizes, counts)
    assert grown < 300 * 40, (sizes, counts)


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
    assert soup(next(out.glob("events/*/index.html"))).select_one('nav[aria-label="Reports, page by page"]') is None


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


def test_an_event_naming_very_many_entities_lists_the_first_and_its_data_stays_the_same_size(briefing, build_site):
    import json

    from generator.paging import SHOWN_PARTS

    count = SHOWN_PARTS + 7
    names = [f"Pier Office {i:03d}" for i in range(count)]
    files = {f"content/entities/pier-{i:03d}.yaml": f"id: pier-{i:03d}\nname: {name}\nkind: organisation\n" for i, name in enumerate(names)}
    files["content/events/pier-talks.yaml"] = "id: pier-talks\ntitle: The pier offices meet\ndate: 2025-05-02\nseeds: [2025-05-02-roll-call]\n"
    files["seeds/2025-05-02-roll-call.md"] = (
        "---\ntitle: Every pier office at one table\npublished: 2025-05-02\npublisher: Quay Review\n---\n"
        + "\n\n".join(f"{name} sent a delegate." for name in names) + "\n"
    )
    code, out, _, err = build_site(briefing(files))
    assert code == 0, err
    page = soup(out / "events/pier-talks/index.html")
    listed = page.select("ul.mentioned li")
    assert len(listed) == SHOWN_PARTS
    assert "and 7 more" in page.select_one("#mentioned").find_next("p").get_text()
    # Every one is still a link, in the report that names it.
    linked = {a.get_text() for a in page.select("article.source .body a")}
    assert set(names) <= linked
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert len(data["about"]) == SHOWN_PARTS
