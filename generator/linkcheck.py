"""Every internal link and #anchor in the rendered site must lead somewhere.

Pure: works on the `{output path: bytes}` that render produced, before anything
is written, so `check` can refuse a site that would have dead links.

Every build runs this over every page, so it reads links with regular
expressions rather than a full parser: the tag grammar below is html.parser's
own, and the links and ids it finds are the ones html.parser would, at the same
places. Our templates autoescape and nh3 re-serialises what articles bring, so
text never holds a raw "<". Positions are worked out only for the few links
that turn out broken, and a link that means the same on many pages (navigation,
entity links) is resolved once.

A page rendered by the shipped templates need not be read at all: the renderer
records the links it wrote and the ids it gave (`PageLinks`), and the page is
read only when one of its links turns out broken (then what the reading finds
is what is reported, exactly as for a page without a record) or when a link
asks for an id its record does not hold.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Mapping
from html import unescape
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote

from generator.diagnostics import Diagnostic, Location
from generator.parallel import parallel_map

# Where a link or resource address can stand in a page.
_URL_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",),
    "img": ("src",), "script": ("src",), "iframe": ("src",), "source": ("src",),
    "audio": ("src",), "video": ("src", "poster"), "track": ("src",), "embed": ("src",),
    "form": ("action",),
}
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
NOT_FOUND_PAGE = "404.html"

# html.parser's grammar for a start tag (its locatestarttagend_tolerant):
# a ">" inside a quoted value does not end the tag.
_TAG_NAME = r"[a-zA-Z][^\t\n\r\f\ />\x00]*+"
_ATTRIBUTE = r"""(?<=['"\s/])%s[^\s/>][^\s/=>]*+
    (?:\s*=+\s*(?:'[^']*+'|"[^"]*+"|(?!['"])[^>\s]*+)\s*)?(?:\s|/(?!>))*+"""
_ATTRIBUTES = rf"(?:[\s/]*+(?:{_ATTRIBUTE})*+)?+"
# The attributes a link or an id can stand in, and the tags whose content is raw text.
_WANTED = r"(?:[iI][dD]|[hH][rR][eE][fF]|[sS][rR][cC]|[nN][aA][mM][eE]|[aA][cC][tT][iI][oO][nN]|[pP][oO][sS][tT][eE][rR])(?=[\s/=>])"
_OTHER = f"(?!{_WANTED})"
_RAW = r"(?:[sS][cC][rR][iI][pP][tT]|[sS][tT][yY][lL][eE])[\t\n\r\f\ />\x00]"
# One match per start tag that may hold a link or an id: the regular expression
# engine passes over text, comments, end tags, declarations and every other tag
# by itself, and they are most of a page. A tag with one such attribute (nearly
# all) hands over its value in groups; others their attributes' span.
_HTML_MARKUP = re.compile(
    r"(?:[^<]++|<!--.*?--\s*>|</[^>]*+>|<![^>]*+>|<\?[^>]*+>|<(?![a-zA-Z!/?])"
    rf"|<(?!{_RAW}){_TAG_NAME}{_ATTRIBUTES % _OTHER}\s*/?>)*+"
    rf"""(?:<({_TAG_NAME}){_ATTRIBUTES % _OTHER}(?<=['"\s/])({_WANTED})
          \s*=+\s*(?:'([^']*+)'|"([^"]*+)"|(?!['"])([^>\s]*+))\s*(?:\s|/(?!>))*+
          (?:{_ATTRIBUTE % _OTHER})*+\s*/?>
       |<({_TAG_NAME})({_ATTRIBUTES % ''})\s*/?>
       |<|\Z)""",
    re.VERBOSE | re.DOTALL,
)
# html.parser's tagfind_tolerant and attrfind_tolerant: a tag's name, then one attribute at a time.
_HTML_TAG = re.compile(r"[a-zA-Z][^\t\n\r\f />\x00]*(?:\s|/(?!>))*")
_HTML_ATTRIBUTE = re.compile(r"""
    ((?<=['"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?(?:\s|/(?!>))*
""", re.VERBOSE)
# html.parser reads the content of these as raw text, up to their end tag.
_RAW_TEXT_END = {tag: re.compile(rf"</\s*{tag}\s*>", re.IGNORECASE) for tag in ("script", "style")}

# What generator/feeds.py writes: Atom's link/@href and the sitemap's <loc>,
# in any namespace prefix; comments and CDATA hold no links.
_XML_MARKUP = re.compile(r"""
    <!--.*?-->
  | <!\[CDATA\[.*?\]\]>
  | <(?:[^\s/>:!?]+:)?link\s(?:[^>"']|"[^"]*"|'[^']*')*?(?<=\s)href\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')
  | <(?:[^\s/>:!?]+:)?loc(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>(?P<loc>[^<]*)
""", re.VERBOSE | re.DOTALL)
_XML_LINE_END = re.compile(r"\r\n?")
_XML_SPACE = re.compile(r"\r\n|[\t\n\r]")


class PageLinks(NamedTuple):
    """What the renderer knows of a page it made, without reading it (generator/render.py).

    `links` holds every link the page makes (and may hold more: a link the
    renderer made for a data attribute or JSON-LD); `ids` only ids the page
    has (and may miss some). So a page whose recorded links all lead
    somewhere has no broken link, and an #anchor found among its ids is there.
    """

    links: tuple[str, ...]
    ids: frozenset[str]


def content_links(html: str) -> PageLinks:
    """The links and ids in a fragment of sanitised HTML, as they are where a page shows it in its text.

    nh3 writes complete tags and no raw "<" in text, so the fragment reads the
    same alone as amid a page. A tag holds a link or an id only with an
    attribute value, so HTML without "=" holds neither (most article text).
    """
    if "=" not in html:
        return _NO_LINKS
    page = _html_page(html)
    return PageLinks(tuple(dict.fromkeys(href for href, _ in page.links)), page.ids)


class _Page(NamedTuple):
    """A page's ids, and the links it makes with the offset of the tag each is in."""

    ids: frozenset[str]
    links: list[tuple[str, int]]


def _html_page(text: str) -> _Page:
    """The ids and links html.parser would report for a page."""
    ids: set[str] = set()
    links: list[tuple[str, int]] = []
    match_at, attributes = _HTML_MARKUP.match, _HTML_ATTRIBUTE.findall
    pos, size = 0, len(text)
    while pos < size:
        match = match_at(text, pos)
        pos = match.end()
        tag, name, single, double, bare, other_tag = match.group(1, 2, 3, 4, 5, 6)
        if name is not None:
            values = ((name, double or single or bare or ""),)
        elif other_tag is not None:
            tag = other_tag
            values = [(name, _unquoted(value)) for name, rest, value in attributes(text, *match.span(7)) if rest]
        else:
            continue  # the end of the page, or a "<" that starts no tag
        tag = tag.lower()
        start = match.start(1 if name is not None else 6) - 1  # the tag's "<"
        url_attributes = _URL_ATTRIBUTES.get(tag, ())
        for name, value in values:
            name = name.lower()
            if "&" in value:
                value = unescape(value)
            if name == "id" or (tag == "a" and name == "name"):
                ids.add(value)
            elif name in url_attributes:
                links.append((value, start))
        if tag in _RAW_TEXT_END and not _closes_itself(text, start, pos):
            raw_end = _RAW_TEXT_END[tag].search(text, pos)
            pos = raw_end.end() if raw_end else size
    return _Page(frozenset(ids), links)


_NO_LINKS = PageLinks((), frozenset())


def _unquoted(value: str) -> str:
    if value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
        return value[1:-1]
    return value


def _closes_itself(text: str, start: int, end: int) -> bool:
    """Whether the start tag text[start:end] is "<script ... />", as html.parser decides it."""
    k = _HTML_TAG.match(text, start + 1).end()
    while k < end and (attribute := _HTML_ATTRIBUTE.match(text, k)):
        k = attribute.end()
    return text[k:end].strip() == "/>"


def _html_position(text: str, offset: int) -> tuple[int, int]:
    """Line and column as html.parser counts them: lines end at "\\n" only."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _xml_links(text: str) -> list[tuple[str, int]]:
    """Links in a feed or sitemap, decoded as an XML parser would, with their tag's offset.

    Exact for the well-formed XML feeds.py writes; unlike a parser, it does not
    give up on XML that is not (the feeds' own tests check that it is).
    """
    links = []
    for match in _XML_MARKUP.finditer(text):
        if match["loc"] is not None:
            href = match["loc"].strip()
        else:
            href = match["dq"] if match["dq"] is not None else match["sq"]
            if href is None:
                continue  # a comment or CDATA
            href = _XML_SPACE.sub(" ", href)  # attribute-value normalisation
        links.append((unescape(href) if "&" in href else href, match.start()))
    return links


def _xml_position(text: str, offset: int) -> tuple[int, int]:
    """Line and column as expat counts them: "\\r\\n" and a lone "\\r" end a line too."""
    before = _XML_LINE_END.sub("\n", text[:offset])
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def _robots_links(text: str) -> list[tuple[str, tuple[int, int]]]:
    lines = text.splitlines()
    return [(line.split(":", 1)[1].strip(), (n, 1)) for n, line in enumerate(lines, 1) if line.lower().startswith("sitemap:")]


def _decoded(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _links(path: str, text: str) -> tuple[list, Callable]:
    """The links in a feed, sitemap or robots.txt, and how to place them."""
    if path.endswith(".xml"):
        return _xml_links(text), _xml_position
    return _robots_links(text), lambda text, where: where  # robots.txt counts its lines itself


class _Site:
    def __init__(self, files: Mapping[str, bytes], base_path: str, base_absolute: str, recorded: Mapping[str, PageLinks] | None = None):
        self.files = files
        self.base_path = base_path
        self.base_absolute = base_absolute
        # What the renderer recorded of the pages it made: they are read only when that is not enough.
        self.recorded = recorded or {}
        # Every page's ids, read once and only when asked for (a link to an #anchor of the page, or its check);
        # and the links of pages read for their ids before their own check, until it comes. (Not every
        # page's links: at 100,000 articles they would hold a gigabyte to the end of the check.)
        self.ids: dict[str, frozenset[str]] = {}
        self.ahead: dict[str, list[tuple[str, int]]] = {}
        self.answers: dict[tuple, str | None] = {}

    def page_ids(self, path: str) -> frozenset[str]:
        ids = self.ids.get(path)
        if ids is None:
            page = _html_page(_decoded(self.files[path]))
            ids = self.ids[path] = page.ids
            if path not in self.recorded:  # (a recorded page's check does not need them)
                self.ahead[path] = page.links
        return ids

    def has_id(self, path: str, fragment: str) -> bool:
        record = self.recorded.get(path)
        return (record is not None and fragment in record.ids) or fragment in self.page_ids(path)

    def page_links(self, path: str) -> list[tuple[str, int]]:
        links = self.ahead.pop(path, None)
        if links is None:
            page = _html_page(_decoded(self.files[path]))
            self.ids.setdefault(path, page.ids)
            links = page.links
        return links

    def broken(self, path: str) -> list[tuple[int, int, str]]:
        """(line, column, message) for each broken link in one file."""
        text = None
        key = _link_keys(path, self.base_absolute)
        record = self.recorded.get(path)
        # A recorded page is read only if one of the links it may make is broken:
        # then the page itself says which links it makes, and where.
        if record is not None and not self._problems(path, record.links, key):
            return []
        if path.endswith(".html"):
            links, place = self.page_links(path), _html_position
        else:
            text = _decoded(self.files[path])
            links, place = _links(path, text)
        # A page repeats many of its links (an entity named twice, the pager
        # top and bottom): each is looked up once, and placed only if broken.
        problems = self._problems(path, dict.fromkeys([href for href, _ in links]), key)
        if not problems:
            return []
        if text is None:
            text = _decoded(self.files[path])
        return [
            (*place(text, where), f"broken link to {href} ({problems[href]})")
            for href, where in links if href in problems
        ]

    def _problems(self, path: str, hrefs: Iterable[str], key: Callable) -> dict[str, str]:
        """Why each of these distinct links written in `path` is broken, for those that are."""
        answers, problems = self.answers, {}
        for href in hrefs:
            link = key(href)
            try:
                problem = answers[link]
            except KeyError:
                problem = answers[link] = self.problem(path, href)
            if problem:
                problems[href] = problem
        return problems

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
        if fragment and found.endswith(".html") and not self.has_id(found, fragment):
            return f"no element with id {fragment!r} in {found}"
        return None


def _link_keys(path: str, base_absolute: str):
    """A memo key for each link written in `path`: links with one key lead to one place.

    Most links repeat: "../../entities/x/" means the same from every page two
    folders deep, "/briefing/x/" from every page, and a page's navigation is on
    every page. A link to the page itself ("#top") and the 404 page's links
    depend on the page.
    """
    folder = path.rpartition("/")[0]
    parts = folder.split("/") if folder else []
    # Only a plain folder path ("a/b", no "." or "..") tells how deep it is.
    depth = len(parts) if all(part not in ("", ".", "..") for part in parts) else 0
    up = "../" * depth
    absolute = ("/", base_absolute) if base_absolute else ("/",)

    def key(href: str) -> tuple:
        if path == NOT_FOUND_PAGE or href.lstrip()[:1] in "#?":
            return ("#", path, href)
        if depth and href.startswith(up):
            return (depth, href)
        if href.startswith(absolute):
            return (None, href)
        return (folder, href)

    return key


class LinkChecker:
    """`check_links` one file at a time, for a caller that does more with each file where it is checked.

    The build writes each file in the process that checked it (generator/build.py).
    """

    def __init__(
        self, files: Mapping[str, bytes], base_path: str, base_absolute: str, site_dir: Path,
        recorded: Mapping[str, PageLinks] | None = None,
    ):
        self._site = _Site(files, base_path, base_absolute, recorded)
        self._site_dir = site_dir

    @staticmethod
    def checks(path: str) -> bool:
        """Whether a file can hold links: pages, feeds, the sitemap and robots.txt."""
        return path.endswith((".html", ".xml")) or path == "robots.txt"

    def broken(self, path: str) -> list[tuple[int, int, str]]:
        """(line, column, message) for each broken link in one file; none in a file that holds no links."""
        return self._site.broken(path) if self.checks(path) else []

    def diagnostics(self, found: Iterable[tuple[str, list[tuple[int, int, str]]]]) -> list[Diagnostic]:
        """The (path, broken) pairs as problems at their place in the site folder, in order."""
        problems = [
            Diagnostic(Location(self._site_dir / path, line, col), message)
            for path, broken in found
            for line, col, message in broken
        ]
        return sorted(problems, key=lambda d: d.sort_key)


def check_links(
    files: Mapping[str, bytes],
    base_path: str,
    base_absolute: str,
    site_dir: Path,
    only: Iterable[str] | None = None,
    *,
    jobs: int = 1,
    recorded: Mapping[str, PageLinks] | None = None,
) -> list[Diagnostic]:
    """Every broken internal link and #anchor in HTML pages, feeds and the sitemap.

    `base_path` ("/" or "/repo/") and `base_absolute` ("" or "https://host/repo/")
    say where the site is served; `site_dir` is where the files are (or would be)
    written, for the locations in the messages. With `only`, just the links in
    those files are checked (against all of `files`). `jobs` processes share
    the work. `recorded` holds what the renderer recorded of the pages it made
    (see `PageLinks`): those are read only where that is not enough.
    """
    checker = LinkChecker(files, base_path, base_absolute, site_dir, recorded)
    paths = [p for p in sorted(files if only is None else only) if checker.checks(p)]
    # Each file is checked on its own; a process that needs another page's ids reads that page itself.
    return checker.diagnostics(zip(paths, parallel_map(checker.broken, paths, jobs)))
