"""The pages a large briefing is cut into, in a real browser: axe-core's accessibility rules find nothing.

An event's first page and a further page of its reports, the index of a large
entity directory and one of its kinds' pages, each at desktop and phone width.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import link, paging
from generator.build import build
from chromium import CHROMIUM
from static_server import StaticSite
from tests.conftest import write_files
from tests.test_directory_pages import _entities
from tests.test_event_pages import _files

REPO = Path(__file__).resolve().parent.parent
PAGES = {
    "event, first page": "events/harbour-vote/",
    "event, reports page": "events/harbour-vote/reports/2/",
    "directory index": "entities/",
    "directory, a kind": "entities/by-kind/person/2/",
}

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("CI"), reason="browser tests need Debian's chromium at /usr/bin/chromium"
)


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pages-browser")
    patch = pytest.MonkeyPatch()
    patch.setattr(link, "REPORT_BUDGET", 12_000)
    patch.setattr(paging, "LIMIT", 4)
    patch.setenv("XDG_CACHE_HOME", str(tmp / "user-cache"))
    try:
        root = write_files(tmp / "briefing", {**_files(briefs=40), **_entities(11)})
        shutil.copytree(REPO / "templates", root / "templates")
        build(root, tmp / "site", cache=False, base_url="/repo/")
    finally:
        patch.undo()
    with StaticSite(tmp / "site", "/repo/") as url:
        yield url


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("kind", list(PAGES))
def test_axe_finds_no_violations_on_the_pages_of_a_large_briefing(kind, width, site_url, browser):
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    response = page.goto(site_url + PAGES[kind])
    assert response.ok, PAGES[kind]
    violations = Axe().run(page).response["violations"]
    context.close()
    assert violations == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:5]) for v in violations]
