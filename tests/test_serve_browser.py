"""The preview in a real browser: headless Debian Chromium, driven by Playwright, reloads by itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from chromium import CHROMIUM
from preview_server import Preview

EVENT = "events/2026-05-29-posting/"
PLAIN = "<p>A page with no head.</p>\n"
# livereload.js has shaken hands with the server, so the page will hear of the next build.
CONNECTED = "() => !!(window.LiveReload && window.LiveReload.connector && window.LiveReload.connector.protocol)"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="browser tests need Debian's chromium at /usr/bin/chromium")


def test_preview_page_follows_edits_and_shows_then_clears_build_errors(browser, briefing):
    from playwright.sync_api import expect

    root = briefing({"templates/static/plain.html": PLAIN})
    seed = root / "seeds/2026-05-29-posting.md"
    founding = root / "content/events/founding.yaml"
    with Preview(root, "--base-url", "/briefing/") as preview:
        page = browser.new_page()
        page.goto(preview.url + EVENT)
        body = page.locator("main .body")
        expect(body).to_contain_text("would join")
        page.wait_for_function(CONNECTED)
        # A mark that a reload would wipe: the page must reload by itself, the test never does.
        page.evaluate("window.stillTheSamePage = true")

        seed.write_text(seed.read_text("utf-8").replace("would join", "have reported to"), "utf-8")
        expect(body).to_contain_text("have reported to", timeout=10_000)
        assert page.evaluate("window.stillTheSamePage === undefined")
        assert page.url == preview.url + EVENT

        good = founding.read_text("utf-8")
        page.wait_for_function(CONNECTED)
        founding.write_text(good.replace("title: The Assistance", "title: [The Assistance"), "utf-8")
        panel = page.locator("#preview-build-errors")
        expect(panel).to_be_visible(timeout=10_000)
        expect(panel).to_contain_text("Build failed: 1 error")
        expect(panel).to_contain_text("content/events/founding.yaml:3:5: invalid YAML")
        # Hard to miss: across the top of the window, above everything, while the last good page stays beneath.
        box = panel.bounding_box()
        width = page.viewport_size["width"]
        assert box["y"] == 0 and box["width"] == width
        top = page.evaluate(f"document.elementFromPoint({width // 2}, {int(box['height'] // 2)}).closest('#preview-build-errors') !== null")
        assert top
        expect(body).to_contain_text("have reported to")

        page.wait_for_function(CONNECTED)
        founding.write_text(good, "utf-8")
        expect(panel).to_have_count(0, timeout=10_000)
        expect(body).to_contain_text("have reported to")
        page.close()

        # A page with no <head> at all gets the script at its end, and it connects all the same.
        page = browser.new_page()
        page.goto(preview.url + "static/plain.html")
        page.wait_for_function(CONNECTED)
        page.evaluate("window.stillTheSamePage = true")
        (root / "templates/static/plain.html").write_text(PLAIN.replace("no head", "no head, edited"), "utf-8")
        expect(page.locator("p")).to_have_text("A page with no head, edited.", timeout=10_000)
        assert page.evaluate("window.stillTheSamePage === undefined")
        page.close()
