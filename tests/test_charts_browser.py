"""The charts and every page type in a real browser: keyboard, links, and axe-core's accessibility rules.

Headless Debian Chromium, driven by Playwright, against the shipped briefing
built under a sub-path (`/repo/`) and served as GitHub project pages serve it.
CI installs Chromium (.ci/run), so there a missing browser fails instead of skipping.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from chromium import CHROMIUM
from static_server import StaticSite

from generator.cli import main as briefing_cli

REPO = Path(__file__).resolve().parent.parent
PAGES = {
    "home": "",
    "timeline": "timeline/",
    "event": "events/japan-officers-to-nsatu/",
    "entity": "entities/nsatu/",
    "entities": "entities/",
    "search": "search/?q=NSATU",
    "404": "no-such-page/",
}

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("CI"), reason="browser tests need Debian's chromium at /usr/bin/chromium"
)


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    """The shipped briefing, built for /repo/ and served there."""
    tmp = tmp_path_factory.mktemp("charts-browser")
    root = tmp / "briefing"
    for folder in ("seeds", "content", "templates"):
        shutil.copytree(REPO / folder, root / folder)
    os.environ.setdefault("XDG_CACHE_HOME", str(tmp / "user-cache"))
    assert briefing_cli(["build", "--root", str(root), "--out", str(tmp / "site"), "--base-url", "/repo/"]) == 0
    with StaticSite(tmp / "site", "/repo/") as url:
        yield url


def _tab_to_marks(page, selector: str, limit: int = 200) -> list[str]:
    """Press Tab from the top of the page; the accessible names of the chart marks focus lands on, in order."""
    reached = []
    page.locator("body").focus()
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """(selector) => {
                const el = document.activeElement;
                if (!el || el === document.body) return null;
                const inChart = el.matches(selector);
                const style = getComputedStyle(el);
                return {inChart, name: inChart ? el.querySelector('title').textContent : null, visible: el.matches(':focus-visible'),
                        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
                        after: !!el.closest('footer')};
            }""",
            selector,
        )
        if info is None or info["after"]:
            break
        if info["inChart"]:
            # Focus shows: the mark matches :focus-visible and draws an outline.
            assert info["visible"] and info["outline"], info
            reached.append(info["name"])
    return reached


@pytest.mark.parametrize(("address", "chart", "width"), [
    ("", "figure.timeline-chart svg a", 1280),
    ("", "figure.timeline-chart svg a", 390),
    ("timeline/", "figure.timeline-chart svg a", 1280),
    ("entities/", "figure.org-chart svg a", 1280),
    ("entities/nsatu/", "figure.org-chart svg a", 390),
    ("entities/nsatu/", "figure.timeline-chart svg a", 1280),
])
def test_tab_reaches_every_chart_mark_and_each_leads_to_the_page_it_names(address, chart, width, site_url, browser):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(site_url + address)
    # A phone and a desktop each see one drawing of the timeline; the other is not shown, nor reached.
    marks = page.locator(chart + " >> visible=true")
    assert marks.count() * (2 if "timeline" in chart else 1) == page.locator(chart).count()
    names = marks.evaluate_all("els => els.map(e => e.querySelector('title').textContent)")
    hrefs = marks.evaluate_all("els => els.map(e => e.href.baseVal !== undefined ? new URL(e.href.baseVal, document.baseURI).href : e.href)")
    assert names and all(names)
    # Each mark's accessible name, as the browser computes it, is its title.
    for name in names:
        assert page.get_by_role("link", name=name, exact=True).count() >= 1
    assert _tab_to_marks(page, chart) == names
    for name, href in zip(names, hrefs):
        assert href.startswith(site_url), href
        response = page.goto(href)
        assert response.status == 200, href
        heading = page.locator("h1").inner_text()
        if "org-chart" in chart:
            assert name.startswith(heading.split(" (")[0]), (name, heading)
        else:
            assert name.startswith(heading + ", "), (name, heading)
    page.close()


def test_enter_on_a_focused_timeline_mark_opens_its_event(site_url, browser):
    page = browser.new_page()
    page.goto(site_url)
    first = page.locator("figure.timeline-chart svg a").first
    name = first.locator("title").text_content()
    first.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.startswith(site_url + "events/")
    assert name.startswith(page.locator("h1").inner_text())
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("kind", list(PAGES))
def test_axe_finds_no_violations(kind, width, scheme, site_url, browser):
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + PAGES[kind])
    if kind == "search":
        page.wait_for_selector("#search-results li", timeout=10_000)
    results = Axe().run(page)
    violations = results.response["violations"]
    context.close()
    assert violations == [], [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:5], v["nodes"][0].get("failureSummary")) for v in violations
    ]
