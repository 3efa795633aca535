"""The timeline chart's bars, on a timeline cut into pages, lead to the page that lists their month or year."""

from __future__ import annotations

from pathlib import Path

from generator import charts, paging
from tests.conftest import soup

# (date, count): 2024 has more events than a page holds, so it is cut by month; 2023 is one page.
DATES = [("2023-02-10", 1), ("2023-05-10", 1), ("2024-01-15", 2), ("2024-03-15", 3), ("2024-09-15", 2), ("2024", 1)]


def _events() -> dict[str, str]:
    files, n = {}, 0
    for date, count in DATES:
        for _ in range(count):
            files[f"content/events/e{n:02d}.yaml"] = f"id: e{n:02d}\ntitle: Harbour event {n:02d}\ndate: {date}\n"
            n += 1
    return files


def _target(page: Path, href: str) -> tuple[Path, str]:
    target = (page.parent / href.partition("#")[0]).resolve()
    return (target / "index.html" if target.is_dir() else target), href.partition("#")[2]


def test_each_bar_leads_to_the_page_that_lists_its_events(briefing, build_site, monkeypatch):
    monkeypatch.setattr(paging, "LIMIT", 3)
    monkeypatch.setattr(charts, "DETAIL_LIMIT", 2)  # count by month rather than draw each event
    code, out, _, err = build_site(briefing(_events(), base={"content/site.yaml": "title: Harbour\n"}))
    assert code == 0, err
    assert (out / "timeline/2024/03/index.html").is_file()
    for start in (out / "index.html", out / "timeline/index.html"):
        bars = soup(start).select("svg.timeline a")
        assert bars, start
        checked = set()
        for bar in bars:
            name = bar.find("title").get_text()
            page, anchor = _target(start, bar["href"])
            assert page.is_file(), (start, bar["href"])
            doc = soup(page)
            if anchor:
                assert doc.find(id=anchor) is not None, bar["href"]
            listed = {a.get_text() for a in doc.select("main li a")}
            if name.startswith("March 2024"):
                # March 2024 is a page of its own, with its three events.
                assert page == (out / "timeline/2024/03/index.html").resolve(), bar["href"]
                assert {f"Harbour event {n:02d}" for n in (4, 5, 6)} <= listed
                checked.add(name)
            elif name.startswith("May 2023"):
                assert page == (out / "timeline/2023/index.html").resolve() and anchor == "y2023-05", bar["href"]
                assert "Harbour event 01" in listed
                checked.add(name)
            elif name.startswith("2024, month not known"):
                assert page == (out / "timeline/2024/index.html").resolve(), bar["href"]
                assert "Harbour event 09" in listed
                checked.add(name)
        # The wide drawing and the narrow one both.
        assert len(checked) == 3, (start, [b.find("title").get_text() for b in bars])
