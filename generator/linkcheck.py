"""Every internal link and #anchor in the rendered site must lead somewhere.

Pure: works on the `{output path: bytes}` that render produced, before anything
is written, so `check` can refuse a site that would have dead links.
"""

from __future__ import annotations

import posixpath
import re
import xml.parsers.expat
from collections.abc import Iterable, Mapping
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from generator.diagnostics import Diagnostic, Location

# Where a link or resource address can stand in a page.
_URL_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",),
    "img": ("src",), "script": ("src",), "iframe": ("src",), "source": ("src",),
    "audio": ("src",), "video": ("src", "poster"), "track": ("src",), "embed": ("src",),
    "form": ("action",),
}
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
NOT_FOUND_PAGE = "404.html"


class _Page(HTMLParser):
    """Collects a page's ids and the links it makes, with their line and column."""

    def __init__(self) -> None:
        # Text is never looked at, so character references in it need not be decoded
        # (attribute values are decoded either way).
        super().__init__(convert_charrefs=False)
        self.ids: set[str] = set()
        self.links: list[tuple[str, int, int]] = []

    def handle_starttag(self, tag, attrs):
        line, offset = self.getpos()
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in _URL_ATTRIBUTES.get(tag, ()):
                self.links.append((value, line, offset + 1))


def _xml_links(data: bytes) -> list[tuple[str, int, int]]:
    """Links in a feed or sitemap: Atom's link/@href and the sitemap's <loc>."""
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    links: list[tuple[str, int, int]] = []
    text: list[str] | None = None
    where = (1, 1)

    def start(tag, attrs):
        nonlocal text, where
        local = tag.rsplit(" ", 1)[-1]
        if local == "link" and "href" in attrs:
            links.append((attrs["href"], parser.CurrentLineNumber, parser.CurrentColumnNumber + 1))
        elif local == "loc":
            text, where = [], (parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)

    def end(tag):
        nonlocal text
        if text is not None:
            links.append(("".join(text).strip(), *where))
            text = None

    def chars(data):
        if text is not None:
            text.append(data)

    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, chars
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError:
        return []  # A malformed feed is not a link problem; the feed's own tests catch it.
    return links


class _Site:
    def __init__(self, files: Mapping[str, bytes], base_path: str, base_absolute: str):
        self.files = files
        self.base_path = base_path
        self.base_absolute = base_absolute
        self._pages: dict[str, _Page] = {}

    def page(self, path: str) -> _Page:
        """A page's links and ids, parsed once and only when asked for."""
        page = self._pages.get(path)
        if page is None:
            page = self._pages[path] = _Page()
            page.feed(self.files[path].decode("utf-8", errors="replace"))
            page.close()
        return page

    def _target(self, source: str, href: str) -> tuple[str | None, str, str | None]:
        """(site path or None if external, fragment, problem) for a link written in `source`."""
        if self.base_absolute and href.startswith(self.base_absolute):
            href = self.base_path + href[len(self.base_absolute):]
        if _SCHEME.match(href) or href.startswith("//"):
            return None, "", None  # another site, mailto:, data: ...
        rest, _, fragment = href.partition("#")
        path = rest.partition("?")[0]
        if source == NOT_FOUND_PAGE and path and not path.startswith("/"):
            # The 404 page is served at whatever address was missing, so relative links from it break.
            return None, "", "the 404 page is served at any depth, so its links must start at the site root"
        if not path:
            resolved = self.base_path + source
        else:
            # A URL path resolves like a POSIX one, except that a trailing "/", "." or ".." names a folder.
            joined = path if path.startswith("/") else self.base_path + posixpath.dirname(source) + "/" + path
            resolved = posixpath.normpath(joined).replace("//", "/")
            if path.endswith(("/", "/.", "/..")) or path in (".", ".."):
                resolved = resolved.rstrip("/") + "/"
        if not resolved.startswith(self.base_path):
            return None, "", f"it leaves the site, which is served under {self.base_path}"
        return unquote(resolved[len(self.base_path):]), unquote(fragment), None

    def _file(self, path: str) -> str | None:
        """The file a site path is served from; a folder serves its index.html."""
        if not path or path.endswith("/"):
            candidates = [path + "index.html"]
        else:
            # GitHub Pages answers "dir" with a redirect to "dir/".
            candidates = [path, path + "/index.html"]
        return next((c for c in candidates if c in self.files), None)

    def problem(self, source: str, href: str) -> str | None:
        """Why a link written in `source` is broken, or None when it is fine or leads elsewhere."""
        href = href.strip()
        if not href:
            return None
        path, fragment, problem = self._target(source, href)
        if problem or path is None:
            return problem
        found = self._file(path)
        if found is None:
            return f"nothing at {path or 'the site root'}"
        if fragment and found.endswith(".html") and fragment not in self.page(found).ids:
            return f"no element with id {fragment!r} in {found}"
        return None


def check_links(
    files: Mapping[str, bytes], base_path: str, base_absolute: str, site_dir: Path, only: Iterable[str] | None = None
) -> list[Diagnostic]:
    """Every broken internal link and #anchor in HTML pages, feeds and the sitemap.

    `base_path` ("/" or "/repo/") and `base_absolute` ("" or "https://host/repo/")
    say where the site is served; `site_dir` is where the files are (or would be)
    written, for the locations in the messages. With `only`, just the links in
    those files are checked (against all of `files`).
    """
    site = _Site(files, base_path, base_absolute)
    problems = []
    for path in sorted(files if only is None else only):
        data = files[path]
        if path.endswith(".html"):
            links = site.page(path).links
        elif path.endswith(".xml"):
            links = _xml_links(data)
        elif path == "robots.txt":
            lines = data.decode("utf-8", errors="replace").splitlines()
            links = [(line.split(":", 1)[1].strip(), n, 1) for n, line in enumerate(lines, 1) if line.lower().startswith("sitemap:")]
        else:
            continue
        for href, line, col in links:
            problem = site.problem(path, href)
            if problem:
                problems.append(Diagnostic(Location(site_dir / path, line, col), f"broken link to {href} ({problem})"))
    return sorted(problems, key=lambda d: d.sort_key)
