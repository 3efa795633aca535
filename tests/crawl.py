"""Follow every internal link of a built site, as a reader's browser would."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlparse


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name) and not (tag == "link" and attrs.get("rel") == "canonical"):
                self.links.append(attrs[name])


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text("utf-8"))
    return parser


def file_for(out: Path, url_path: str, prefix: str) -> Path | None:
    """The file a static server would answer with for a URL path under prefix."""
    if not url_path.startswith(prefix):
        return None
    rel = unquote(url_path[len(prefix):])
    target = out / rel
    if rel == "" or rel.endswith("/"):
        target = target / "index.html"
    return target if target.is_file() else None


def broken_links(out: Path, prefix: str = "/", start: str = "") -> list[str]:
    """Crawl from the home page; return 'page -> link' for every link that leads nowhere."""
    host = "http://briefing.test"
    queue = [host + prefix + start]
    seen: set[str] = set()
    broken: list[str] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        page = file_for(out, urlparse(url).path, prefix)
        if page is None or page.suffix != ".html":
            continue
        parsed = parse(page)
        for link in parsed.links:
            absolute = urljoin(url, link)
            if urlparse(absolute).netloc != urlparse(host).netloc:
                continue
            target_url, fragment = urldefrag(absolute)
            target = file_for(out, urlparse(target_url).path, prefix)
            if target is None:
                broken.append(f"{page.relative_to(out)} -> {link}")
                continue
            if fragment and target.suffix == ".html" and fragment not in parse(target).ids:
                broken.append(f"{page.relative_to(out)} -> {link} (no #{fragment})")
            queue.append(target_url)
    return sorted(set(broken)), seen
