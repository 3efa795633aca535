"""The built site works where GitHub Pages serves a project: under /<repo>/, with 404.html for unknown paths."""

from __future__ import annotations

import mimetypes
import os
import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from chromium import CHROMIUM, chromium

from generator.cli import main
from generator.write import MANIFEST

PREFIX = "/briefing/"


class _PagesHandler(BaseHTTPRequestHandler):
    """Serves a folder under PREFIX as GitHub Pages does: index.html for folders, "dir" redirected
    to "dir/", and the site's own 404.html, with status 404, for anything else."""

    site: Path

    def log_message(self, *args):  # keep the test output quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _serve(self, head: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        target = None
        if path.startswith(PREFIX) and ".." not in path.split("/"):
            rel = path[len(PREFIX):]
            candidate = self.site / rel
            if candidate.is_dir() and rel and not rel.endswith("/"):
                self.send_response(301)
                self.send_header("Location", path + "/")
                self.end_headers()
                return
            if candidate.is_dir():
                candidate = candidate / "index.html"
            if candidate.is_file():
                target = candidate
        if target is None:
            self._send(404, (self.site / "404.html").read_bytes(), "text/html; charset=utf-8", head)
            return
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/json", "application/xml"):
            ctype += "; charset=utf-8"
        self._send(200, target.read_bytes(), ctype, head)

    def do_GET(self):
        self._serve(head=False)

    def do_HEAD(self):
        self._serve(head=True)


@pytest.fixture
def pages(shipped, capsys):
    """The shipped briefing built for, and served at, http://127.0.0.1:<port>/briefing/."""
    site = shipped / "site"
    handler = type("Handler", (_PagesHandler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    # Built as the workflow builds it: with the address Pages will serve it at.
    assert main(["build", "--root", str(shipped), "--base-url", base]) == 0
    capsys.readouterr()
    try:
        yield base, site
    finally:
        server.shutdown()
        server.server_close()


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def links_in(url: str, ctype: str, body: bytes) -> list[str]:
    """Every address a browser, feed reader or crawler would follow from this response."""
    if ctype.startswith("text/html"):
        page = BeautifulSoup(body, "html.parser")
        found = [tag.get("href") for tag in page.find_all(["a", "link"], href=True)]
        found += [tag.get("src") for tag in page.find_all(["img", "script"], src=True)]
    elif url.endswith(".xml"):
        root = ET.fromstring(body)
        found = [el.get("href") for el in root.iter() if el.tag.endswith("}link") and el.get("href")]
        found += [el.text.strip() for el in root.iter() if el.tag.endswith("}loc")]
    elif url.endswith("robots.txt"):
        found = [line.split(":", 1)[1].strip() for line in body.decode().splitlines() if line.startswith("Sitemap:")]
    else:
        found = []
    return [urljoin(url, link) for link in found]


def crawl(base: str) -> tuple[dict[str, int], list[str]]:
    """Follow every link under `base` from the home page (and robots.txt, as a crawler would)."""
    origin = base[: base.index("/", len("http://"))]
    status: dict[str, int] = {}
    broken: list[str] = []
    queue = [(base, "start"), (base + "robots.txt", "start")]
    while queue:
        url, source = queue.pop()
        if url in status:
            continue
        code, ctype, body = fetch(url)
        status[url] = code
        if code != 200:
            broken.append(f"{source} → {url}: {code}")
            continue
        for link in links_in(url, ctype, body):
            link = urldefrag(link).url
            if link.startswith(base) and link not in status:
                queue.append((link, url))
            elif link.startswith(origin + "/") and not link.startswith(base):
                broken.append(f"{url} → {link}: outside {PREFIX}")
    return status, broken


def test_every_page_stylesheet_feed_and_data_file_is_reachable_under_the_sub_path(pages):
    base, site = pages
    status, broken = crawl(base)
    assert broken == []
    reached = {url[len(base):] for url in status}
    reached = {path + "index.html" if path == "" or path.endswith("/") else path for path in reached}
    built = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    # Everything the build made is linked from somewhere, except the 404 page (served for
    # unknown paths), the write stage's own manifest, the old addresses of
    # articles an event took in, which lead on to where the article is now, and
    # the search index's files, which the search page's script loads by name.
    moved = {p for p in built if p.endswith(".html") and 'http-equiv="refresh"' in (site / p).read_text("utf-8")}
    assert moved
    index = {p for p in built if p.startswith(("search/t/", "search/d/")) and p.endswith(".js")}
    assert index
    assert reached == built - {"404.html", MANIFEST} - moved - index
    assert all(fetch(base + p)[0] == 200 for p in sorted(index))
    for path in sorted(moved):
        target = BeautifulSoup((site / path).read_bytes(), "html.parser").select_one("body a")["href"]
        assert fetch(urldefrag(urljoin(base + path, target)).url)[0] == 200, path
    for wanted in ("static/style.css", "feed.xml", "sitemap.xml", "data/events.json", "data/entities.json", "entities/nsatu/feed.xml"):
        assert wanted in reached


@pytest.mark.parametrize("missing", ["no-such-page", "events/no/such/deep/page/", "entities/nsatu/gone.html"])
def test_the_404_page_is_served_styled_with_working_links_at_any_depth(pages, missing):
    base, site = pages
    url = base + missing
    code, ctype, body = fetch(url)
    assert code == 404
    assert body == (site / "404.html").read_bytes()
    page = BeautifulSoup(body, "html.parser")
    assert page.h1.get_text() == "Page not found"
    stylesheet = urljoin(url, page.select_one('link[rel="stylesheet"]')["href"])
    code, ctype, css = fetch(stylesheet)
    assert (code, ctype) == (200, "text/css; charset=utf-8")
    assert css == (site / "static/style.css").read_bytes()
    for link in links_in(url, ctype="text/html", body=body):
        link = urldefrag(link).url
        if link.startswith(base) and link != url:  # "#main" stays on this page
            assert fetch(link)[0] == 200, link


@pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"), reason="browser tests need Debian's chromium at /usr/bin/chromium")
def test_the_404_page_renders_styled_in_a_browser_at_a_deep_path(pages):
    base, _ = pages
    with chromium() as browser:
        page = browser.new_page()
        response = page.goto(base + "events/no/such/deep/page/")
        assert response.status == 404
        # Styles from static/style.css, not the browser's defaults.
        assert page.eval_on_selector(".masthead .wrap", "el => getComputedStyle(el).display") == "flex"
        assert page.eval_on_selector("body", "el => getComputedStyle(el).margin") == "0px"
        page.click("text=The timeline of every event")
        page.wait_for_url(base + "timeline/")
        assert page.locator("h1").inner_text() == "Timeline"


def test_every_page_names_its_public_address_as_canonical(pages):
    base, site = pages
    for path in site.rglob("index.html"):
        route = path.parent.relative_to(site).as_posix() + "/" if path.parent != site else ""
        page = BeautifulSoup(path.read_bytes(), "html.parser")
        canonical = page.select_one('link[rel="canonical"]')["href"]
        if page.select_one('meta[http-equiv="refresh"]'):
            # An article's old address names the page that shows the article now.
            moved_to = urljoin(base + route, page.select_one("body a")["href"]).partition("#")[0]
            assert canonical == moved_to != base + route
        else:
            assert canonical == base + route
