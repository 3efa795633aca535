"""Articles that arrive as documents of a known kind: a feed item, a whole HTML page, an e-mail,
an API's JSON, a sheet saved as CSV.

Such a document says what it is in fields a program filled in: a feed item's
`<title>`, `<pubDate>` and `<dc:creator>`; a page's JSON-LD `NewsArticle` and
`<article>` element; a mail's `From:`/`Date:`/`Subject:` header. The kind is
told by the text's own shape, never by the file's name. What the fields
declare is read here, and the text handed on to the reader is the document
with its machinery blanked: every line keeps its number, so what the reader
notes still points at the right line of the file.

Everything here is linear in the text's length: each pattern stops at the
next tag of its kind, as in `remnants`, and JSON-LD blocks are read only up
to a size a page's metadata never reaches.
"""

from __future__ import annotations

import bisect
import email.utils
import html
import json
import re
from dataclasses import dataclass

from generator.articles.datetext import full_dates, parse_datetime_attribute
from generator.articles.debris import copyright_holder, is_sentence
from generator.dates import PartialDate


@dataclass(frozen=True)
class Declared:
    """What a document declares about itself, each value with the line it was read on."""

    kind: str | None = None  # "feed", "page", "mail", "json", "csv", or None for text of no known kind
    title: tuple[str, int] | None = None
    published: tuple[PartialDate, int] | None = None
    updated: tuple[PartialDate, int] | None = None
    author: tuple[str, int] | None = None
    publisher: tuple[str, int] | None = None


NOTHING = Declared()


def read_document(text: str) -> tuple[str, Declared]:
    """The text as the reader should see it, and what the document declares; plain text comes back as it was."""
    start = text.lstrip("\ufeff \t\r\n")[:512].lower()
    if start.startswith(("<?xml", "<rss", "<feed", "<rdf")) and _FEED_ITEM.search(text):
        return _feed(text)
    if start.startswith(("<!doctype html", "<html")) or (start.startswith("<?xml") and "<html" in start):
        return text, _page(text)
    if start.startswith(("{", "[")):
        found = _json_article(text)
        if found is not None:
            return found
    if _ORG_KEYWORD.search(text[:4_000]):
        return _org(text)
    if _ADOC_TITLE.match(text.lstrip("\ufeff \t\r\n")[:2_000]) and _ADOC_SHAPE.search(text[:20_000]):
        return _asciidoc(text)
    if "\n" in text and _MAIL_HEADER.search(text[:20_000]):
        return _mail(text)
    if start.startswith('"') and _is_csv(text):
        return _csv(text), Declared(kind="csv")
    return text, NOTHING


class _Lines:
    """Offsets to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


def _blank(text: str) -> str:
    return "\n" * text.count("\n")


# --- feeds: RSS 2.0, RSS 1.0 (RDF) and Atom -------------------------------------------------------

_FEED_ITEM = re.compile(r"<(item|entry)\b[^<>]*>", re.IGNORECASE)
_BODY_TAGS = ("content:encoded", "content", "body", "xhtml:body")
_SUMMARY_TAGS = ("description", "summary", "dc:description")
_DATE_TAGS = {"pubdate": "published", "published": "published", "dc:date": "published", "issued": "published",
              "updated": "updated", "modified": "updated", "dcterms:modified": "updated"}
_AUTHOR_TAGS = ("dc:creator", "author", "creator")
_RIGHTS_TAGS = ("copyright", "rights", "dc:rights")
# An element the reader uses, up to its end tag; not looked for past the next start tag of its kind.
# (Only these names: from each of thousands of unclosed elements of as many names, a search for
# its end tag would run on to the end of the text.) Other elements are blanked with the gaps between.
_NAMES = "|".join(re.escape(n) for n in sorted(sorted({"title", *_BODY_TAGS, *_SUMMARY_TAGS, *_DATE_TAGS, *_AUTHOR_TAGS, *_RIGHTS_TAGS}),
                                                key=len, reverse=True))
_ELEMENT = re.compile(rf"<({_NAMES})(?![\w:.-])([^<>]*?)(/?)>((?:(?!<\1(?![\w:.-])).)*?)</\1\s*>", re.DOTALL | re.IGNORECASE)
_CDATA = re.compile(r"<!\[CDATA\[((?:(?!<!\[CDATA\[).)*?)\]\]>", re.DOTALL)


def _inner(value: str) -> str:
    """An element's text: CDATA sections as written, anything else with its entities decoded."""
    if "<![CDATA[" in value:
        return _CDATA.sub(lambda m: m.group(1), value)
    return html.unescape(value)


def _plain(value: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^<>]*>", " ", _inner(value))).strip()


def _feed(text: str) -> tuple[str, Declared]:
    """The first item of a feed: its title as the headline, its content as the story, its fields as declared."""
    lines = _Lines(text)
    item = _FEED_ITEM.search(text)
    end = re.compile(rf"</{item.group(1)}\s*>", re.IGNORECASE).search(text, item.end())
    stop = end.start() if end else len(text)
    out = [_blank(text[:item.end()])]
    found: dict[str, tuple[object, int]] = {}
    # The channel's rights line names the publisher (its other fields are about the feed, not the story).
    for rights in _ELEMENT.finditer(text, 0, item.start()):
        if rights.group(1).lower() in _RIGHTS_TAGS:
            holder = copyright_holder(_plain(rights.group(4)))
            holder = holder or _plain(rights.group(4)).lstrip("©").strip()
            if holder:
                found["publisher"] = (holder, lines.at(rights.start()))
    if "publisher" not in found:
        # Without a rights line, the feed's own title names the publication ("Outlet – Section": the outlet).
        head = re.search(r"<title\b[^<>]*>([^<]*)</title\s*>", text[:item.start()], re.IGNORECASE)
        name = head and re.split(r"\s+[–—|:-]\s+", _plain(head.group(1)))[0].strip()
        if name:
            found["publisher"] = (name, lines.at(head.start()))
    body_seen = any(m.group(1).lower() in _BODY_TAGS for m in _ELEMENT.finditer(text, item.end(), stop))
    at = item.end()
    for element in _ELEMENT.finditer(text, item.end(), stop):
        out.append(_blank(text[at:element.start()]))
        at = element.end()
        whole = element.group(0)
        name = element.group(1).lower()
        value = element.group(4) or ""
        number = lines.at(element.start())
        if name == "title" and "title" not in found:
            title = _plain(value)
            found["title"] = (title, number)
            out.append(f"<h1>{html.escape(title)}</h1>" + _blank(whole))
        elif name in _BODY_TAGS or (name in _SUMMARY_TAGS and not body_seen):
            body = _inner(value)
            if "<" not in body and "&lt;" in body:
                body = html.unescape(body)  # Atom's type="html": the markup comes escaped
            out.append(body if body.count("\n") == whole.count("\n") else _keep_lines(body, whole))
        else:
            if name in _DATE_TAGS and _DATE_TAGS[name] not in found:
                date = _feed_date(_plain(value))
                if date is not None:
                    found[_DATE_TAGS[name]] = (date, number)
            elif name in _AUTHOR_TAGS and "author" not in found:
                who = _plain(re.sub(r"<(?:email|uri)\b.*?</(?:email|uri)\s*>", "", value, flags=re.DOTALL | re.IGNORECASE))
                who = re.sub(r"^\S+@\S+\s*\((.+)\)$", r"\1", who)  # RSS: "mail@example.org (Name)"
                if who and "@" not in who:
                    found["author"] = (who, number)
            out.append(_blank(whole))
    out.append(_blank(text[at:]))
    return "".join(out), Declared(kind="feed", **found)


def _keep_lines(body: str, whole: str) -> str:
    """The body, padded or joined so that it spans as many lines as the element did."""
    have, want = body.count("\n"), whole.count("\n")
    if have < want:
        return body + "\n" * (want - have)
    parts = body.split("\n")
    return "\n".join(parts[:want] + [" ".join(parts[want:])])


def _feed_date(value: str) -> PartialDate | None:
    """An RFC 822 date (RSS: "Mon, 01 Jun 2026 06:30:00 +0900") or ISO 8601 (Atom), as written: no zone shift."""
    parsed = email.utils.parsedate_tz(value) if not value[:4].isdigit() else None
    if parsed:
        try:
            return PartialDate(parsed[0], parsed[1], parsed[2])
        except ValueError:
            return None
    return parse_datetime_attribute(value)


# --- whole HTML pages: JSON-LD and meta tags ----------------------------------------------------------

_LD_JSON = re.compile(r"<script\b[^<>]*type\s*=\s*[\"']application/ld\+json[\"'][^<>]*>((?:(?!<script\b).)*?)</script\s*>",
                      re.IGNORECASE | re.DOTALL)
_META = re.compile(r"<meta\b([^<>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ARTICLE_TYPES = re.compile(r"(?:Article|BlogPosting|Report|LiveBlogPosting|PressRelease)$")
_LD_LIMIT = 200_000  # a page's metadata is a few kilobytes


def _page(text: str) -> Declared:
    lines = _Lines(text)
    found: dict[str, tuple[object, int]] = {}
    for block in _LD_JSON.finditer(text):
        if len(block.group(1)) > _LD_LIMIT:
            continue
        try:
            data = json.loads(html.unescape(block.group(1)) if "&quot;" in block.group(1) else block.group(1))
        except ValueError:
            continue
        article = _ld_article(data)
        if article is not None:
            _read_ld(article, lines.at(block.start(1)), found)
            break
    for meta in _META.finditer(text):
        attributes = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3) for m in _ATTRIBUTE.finditer(meta.group(1))}
        key = (attributes.get("property") or attributes.get("name") or "").lower()
        value = html.unescape(attributes.get("content") or "").strip()
        number = lines.at(meta.start())
        if not value:
            continue
        if key == "article:published_time" and "published" not in found:
            date = parse_datetime_attribute(value)
            if date:
                found["published"] = (date, number)
        elif key == "article:modified_time" and "updated" not in found:
            date = parse_datetime_attribute(value)
            if date:
                found["updated"] = (date, number)
        elif key == "author" and "author" not in found and "@" not in value and not value.startswith("http"):
            found["author"] = (value, number)
    return Declared(kind="page", **found) if found else Declared(kind="page")


def _ld_article(data, depth: int = 0):
    """The first object of an article type in JSON-LD (top level, a list, or an @graph)."""
    if depth > 4:
        return None
    if isinstance(data, list):
        for entry in data[:50]:
            found = _ld_article(entry, depth + 1)
            if found is not None:
                return found
        return None
    if not isinstance(data, dict):
        return None
    kind = data.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
        return data
    return _ld_article(data.get("@graph"), depth + 1) if "@graph" in data else None


def _ld_name(value) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value[:5]) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _read_ld(article: dict, number: int, found: dict) -> None:
    headline = article.get("headline") or article.get("name")
    if isinstance(headline, str) and headline.strip():
        found["title"] = (html.unescape(headline.strip()), number)
    for key, field in (("datePublished", "published"), ("dateModified", "updated")):
        value = article.get(key)
        date = parse_datetime_attribute(value) if isinstance(value, str) else None
        if date is not None:
            found[field] = (date, number)
    author = _ld_name(article.get("author"))
    if author:
        found["author"] = (author, number)
    publisher = _ld_name(article.get("publisher"))
    if publisher:
        found["publisher"] = (publisher, number)


# --- e-mail: a message pasted with its header, or forwarded inside another -------------------------

_HEADER_NAMES = ("from", "date", "sent", "subject", "to", "cc", "reply-to", "von", "gesendet", "datum", "an",
                 "betreff", "de", "para", "objet", "envoyé", "asunto", "enviado", "fecha")
_HEADER_LINE = re.compile(r"^[ \t>]*(" + "|".join(_HEADER_NAMES) + r")[ \t]*:[ \t]*(\S.*)$", re.IGNORECASE | re.MULTILINE)
# Three header lines in a row, one of them naming the subject.
_MAIL_HEADER = re.compile(
    r"^[ \t>]*(?:" + "|".join(_HEADER_NAMES) + r")[ \t]*:[ \t]*\S.*\n(?:[ \t>]*(?:" + "|".join(_HEADER_NAMES)
    + r")[ \t]*:[ \t]*\S.*\n){2,}", re.IGNORECASE | re.MULTILINE)
# One more header line, where the block runs on past the window it is looked for in.
_MORE_HEADER = re.compile(r"[ \t>]*(?:" + "|".join(_HEADER_NAMES) + r")[ \t]*:[ \t]*\S.*\n", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|fw|aw|wg|tr|rv|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_SUBJECT = ("subject", "betreff", "objet", "asunto")
_DATE = ("date", "sent", "gesendet", "datum", "envoyé", "enviado", "fecha")


def _mail(text: str) -> tuple[str, Declared]:
    """A mail's header block: its subject is the title, its date the publication date; all above it is transport."""
    block = _MAIL_HEADER.search(text[:20_000])
    fields = {}
    for header in _HEADER_LINE.finditer(text, block.start(), block.end()):
        fields.setdefault(header.group(1).lower(), (header.group(2).strip(), header.start()))
    subject = next((fields[k] for k in _SUBJECT if k in fields), None)
    if subject is None or not any(k in fields for k in ("from", "von", "de")):
        return text, NOTHING
    lines = _Lines(text)
    found: dict[str, tuple[object, int]] = {}
    title = _SUBJECT_PREFIX.sub("", subject[0]).strip()
    if title:
        found["title"] = (title, lines.at(subject[1]))
    date = next((fields[k] for k in _DATE if k in fields), None)
    if date is not None:
        parsed = _feed_date(date[0]) if email.utils.parsedate_tz(date[0]) else None
        if parsed is None:
            dates = full_dates(date[0])
            parsed = dates[0][2] if dates else None
        if parsed is not None:
            found["published"] = (parsed, lines.at(date[1]))
    # The forwarder's note and the header are the mail's, not the story's (the header all of it, however long: a line at a
    # time past the first 20,000 characters).
    end = block.end()
    while (more := _MORE_HEADER.match(text, end)) is not None:
        end = more.end()
    return _blank(text[:end]) + text[end:], Declared(kind="mail", **found)


# --- an article as JSON (what a news API returns) ----------------------------------------------------

_BODY_KEYS = ("articleBody", "body", "content", "text", "content_html", "body_html", "html")
_TITLE_KEYS = ("headline", "title", "name")


def _json_article(text: str) -> tuple[str, Declared] | None:
    """An article object in JSON: its headline and body where they stand in the file, its fields declared."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    article = _json_object(data)
    if article is None:
        return None
    title_key = next(k for k in _TITLE_KEYS if isinstance(article.get(k), str))
    body_key = next(k for k in _BODY_KEYS if isinstance(article.get(k), str))
    lines = text.split("\n")
    out = [""] * len(lines)

    def line_of(key: str, value: str) -> int:
        # The line where the key is written with its value (a key may come again in a nested object).
        start = json.dumps(value, ensure_ascii=False)[:40]
        for number, line in enumerate(lines):
            if f'"{key}"' in line and (start in line or json.dumps(value)[:40] in line):
                return number
        return next((n for n, line in enumerate(lines) if f'"{key}"' in line), 0)

    title, body = article[title_key].strip(), article[body_key]
    title_at, body_at = line_of(title_key, article[title_key]), line_of(body_key, body)
    if "<" not in body:  # plain text: its blank lines part its paragraphs
        body = "".join(f"<p>{html.escape(p.strip(), quote=False)}</p>" for p in re.split(r"\n\s*\n", body) if p.strip())
    out[title_at] = f"<h1>{html.escape(title, quote=False)}</h1>"
    out[body_at] = (out[body_at] + " " if body_at == title_at else "") + body.replace("\n", " ")
    found: dict[str, tuple[object, int]] = {}
    _read_ld(article, 1, found)
    for field, keys in (("published", ("published", "publishedAt", "pubDate", "date")), ("updated", ("updated", "updatedAt", "modified"))):
        value = next((article[k] for k in keys if isinstance(article.get(k), str)), None)
        date = _feed_date(value) if value else None
        if field not in found and date is not None:
            found[field] = (date, 1)
    for field, key in (("title", title_key), ("published", "datePublished"), ("updated", "dateModified"),
                       ("author", "author"), ("publisher", "publisher")):
        if field in found:
            value = article.get(key)
            found[field] = (found[field][0], line_of(key, value) + 1 if isinstance(value, str) else found[field][1])
    found["title"] = (title, title_at + 1)
    return "\n".join(out), Declared(kind="json", **found)


def _json_object(data, depth: int = 0):
    """The first object holding a headline and a body, at the top or a few levels down (`{"data": {...}}`)."""
    if depth > 4:
        return None
    if isinstance(data, dict):
        if any(isinstance(data.get(k), str) and data[k].strip() for k in _TITLE_KEYS) and any(isinstance(data.get(k), str) for k in _BODY_KEYS):
            return data
        children = list(data.values())[:50]
    elif isinstance(data, list):
        children = data[:50]
    else:
        return None
    for child in children:
        found = _json_object(child, depth + 1)
        if found is not None:
            return found
    return None


# --- a sheet saved as CSV ------------------------------------------------------------------------------

_CSV_ROW = re.compile(r'^\s*"(?:[^"]|"")*"(?:\s*[,;\t]\s*"(?:[^"]|"")*")+\s*$')


def _is_csv(text: str) -> bool:
    """Every line of text a row of quoted fields: a sheet saved as CSV."""
    rows = [line for line in text.split("\n")[:400] if line.strip()]
    return len(rows) >= 3 and sum(1 for row in rows if _CSV_ROW.match(row)) >= 0.9 * len(rows)


def _csv(text: str) -> str:
    """The sheet as lines the reader knows: a row of one value is a line of text, a row of more a table row."""
    import csv

    out = []
    for line in text.split("\n"):
        if not _CSV_ROW.match(line):
            out.append(line)
            continue
        delimiter = next((d for d in (",", ";", "\t") if f'"{d}"' in line.replace(" ", "")), ",")
        cells = [c.strip() for c in next(csv.reader([line.strip()], delimiter=delimiter, skipinitialspace=True), []) if c.strip()]
        if len(cells) == 1:
            out.append(html.escape(cells[0], quote=False))
        elif cells:
            out.append("<tr>" + "".join(f"<td>{html.escape(c, quote=False)}</td>" for c in cells) + "</tr>")
        else:
            out.append("")
    return "\n".join(out)


# --- lightweight markup: Emacs Org-mode and AsciiDoc sources --------------------------------------------
# Each line becomes at most one line the reader knows (a headline, a heading, a list item, prose),
# the markup's machinery (settings, drawers, macros, block delimiters, comments) a blank line.

_ORG_KEYWORD = re.compile(r"^#\+(?:title|author|date)\s*:", re.IGNORECASE | re.MULTILINE)
_ORG_BLOCK = re.compile(r"^\s*#\+(begin|end)_(\w+)\b.*$", re.IGNORECASE)
_ORG_SETTING = re.compile(r"^\s*#\+(?P<key>[\w_-]+)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_ORG_TASK = ("TODO", "DONE", "NEXT", "WAITING", "CANCELED", "CANCELLED")
_ORG_TAGS = re.compile(r":[\w@#%:]+:")
_ORG_DRAWER = re.compile(r"^\s*:[\w-]+:\s*$")
_ORG_PLANNING = re.compile(r"^\s*(?:SCHEDULED|DEADLINE|CLOSED):", re.MULTILINE)
_ORG_LINK = re.compile(r"\[\[(?:[^\[\]]*)\]\[([^\[\]]*)\]\]|\[\[([^\[\]]*)\]\]")
_ORG_EMPHASIS = re.compile(r"(?<![\w*/=~+])([*/=~+_])(?=\S)([^*/=~+_\n]*?\S)\1(?![\w*/=~+])")
_ITEM = re.compile(r"^\s*(?:[-+]|\d{1,3}[.)])\s+(?P<text>\S.*)$")


def _line(kind: str, text: str) -> str:
    return f"<{kind}>{html.escape(text, quote=False)}</{kind}>"


def _org(text: str) -> tuple[str, Declared]:
    """An Org-mode note: #+TITLE/#+AUTHOR/#+DATE declare, `*` lines are headings; drawers, settings,
    tasks and `:noexport:` subtrees are no part of what it says."""
    out: list[str] = []
    found: dict[str, tuple[object, int]] = {}
    drawer = False
    block = None  # the kind of #+BEGIN_… block the line is in
    dropped_below = None  # the level of a :noexport: heading or task whose subtree is skipped
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        delimiter = _ORG_BLOCK.match(line)
        if delimiter:
            block = delimiter.group(2).lower() if delimiter.group(1).lower() == "begin" else None
            out.append("")
            continue
        setting = _ORG_SETTING.match(line)
        heading = _org_heading(line) if line.startswith("*") and not drawer and block is None else None
        if heading is not None:
            level, task, words_, tags = heading
            if dropped_below is not None and level > dropped_below:
                out.append("")
                continue
            dropped_below = None
            if task or ":noexport:" in tags:
                dropped_below = level  # a task of the writer's, or a part kept out of every export
                out.append("")
                continue
            out.append(_line("h2", _org_inline(words_)))
            continue
        if dropped_below is not None:
            out.append("")
            continue
        if setting:
            key, value = setting.group("key").lower(), setting.group("value").strip()
            if key == "title" and value and "title" not in found:
                found["title"] = (_org_inline(value), number)
                out.append(_line("h1", _org_inline(value)))
                continue
            elif key == "author" and value:
                found.setdefault("author", (value, number))
            elif key == "date" and value:
                date = parse_datetime_attribute(value.strip("<>[] "))
                if date is not None:
                    found.setdefault("published", (date, number))
            out.append("")
            continue
        if drawer or _ORG_DRAWER.match(line):
            # ":PROPERTIES:" … ":END:": the entry's data for Emacs, not for readers.
            drawer = not line.strip().upper() == ":END:"
            out.append("")
            continue
        if line.lstrip().startswith("# ") or line.strip() == "#" or _ORG_PLANNING.match(line) or (block and block in ("src", "example", "comment")):
            out.append("")
            continue
        item = _ITEM.match(line)
        out.append(_line("li", _org_inline(item.group("text"))) if item else _org_inline(line))
    return "\n".join(out), Declared(kind="org", **found)


def _org_heading(line: str) -> tuple[int, bool, str, str] | None:
    """A heading line, "** TODO Words :tag:": (level, whether it is a task, its words, its tags)."""
    rest = line.lstrip("*")
    level = len(line) - len(rest)
    if not rest[:1].isspace() or not rest.strip():
        return None  # "*bold* text" is no heading
    rest = rest.strip()
    first, _, after = rest.partition(" ")
    task = first in _ORG_TASK
    if task:
        rest = after.strip()
    tags = ""
    head, _, last = rest.rpartition(" ")
    if head and _ORG_TAGS.fullmatch(last):
        rest, tags = head.rstrip(), last
    return level, task, rest, tags


def _org_inline(text: str) -> str:
    text = _ORG_LINK.sub(lambda m: m.group(1) or m.group(2), text)
    return _ORG_EMPHASIS.sub(lambda m: m.group(2), text)


_ADOC_TITLE = re.compile(r"^=\s+\S")
_ADOC_SHAPE = re.compile(r"^(?::[\w-]+!?:(?:\s|$)|={2,5}\s+\S|(?:image|include|ifdef|ifndef|endif|toc)::)", re.MULTILINE)
_ADOC_ATTRIBUTE = re.compile(r"^:(?P<name>!?[\w-]+!?):(?:\s+(?P<value>.*))?$")
_ADOC_SECTION = re.compile(r"^(?P<marks>={2,6}|#{2,6})\s+(?P<text>\S.*)$")  # (on a line without its trailing space)
_ADOC_MACRO = re.compile(r"^(?:image|include|ifdef|ifndef|ifeval|endif|toc|video|audio)::.*\[.*\]\s*$")
_ADOC_BLOCK_LINE = re.compile(r"^(?:\[[^\[\]]*\]|\.[^\W\d_][^.]*|(?:-{4,}|={4,}|\*{4,}|_{4,}|\.{4,}|\+{4,}|/{4,}|\|={3,}))$")
_ADOC_ITEM = re.compile(r"^\s*(?:\*{1,5}|-|\.{1,5}|\d{1,3}\.)\s+(?P<text>\S.*)$")
_ADOC_REVISION = re.compile(r"^v?\d+(?:\.\d+)*,\s*(?P<date>[^:]+?)(?::.*)?$")
_ADOC_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+")
_ADOC_LINK = re.compile(r"(?:link:)?(?:https?://|mailto:)[^\s\[]+\[([^\]]*)\]|<<[^,<>]+,([^<>]+)>>|<<([^<>]+)>>")
_ADOC_EMPHASIS = re.compile(r"(?<![\w*_`])([*_`])(?=\S)([^*_`\n]*?\S)\1(?![\w*_`])")


def _asciidoc(text: str) -> tuple[str, Declared]:
    """An AsciiDoc source: `= Title`, the author and revision lines under it, `:attributes:`; `==` sections,
    `*` items; macros, block attributes, delimiters and comments are no part of what it says."""
    out: list[str] = []
    found: dict[str, tuple[object, int]] = {}
    header = True  # the lines right under the title: author, revision, attributes
    comment = False
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip().lstrip("\ufeff")
        if line.startswith("////"):
            comment = not comment
            out.append("")
            continue
        if comment or line.startswith("//"):
            out.append("")
            continue
        if "title" not in found:
            if _ADOC_TITLE.match(line):
                found["title"] = (_adoc_inline(line[1:].strip()), number)
                out.append(_line("h1", _adoc_inline(line[1:].strip())))
            else:
                out.append("" if not line.strip() else line)
            continue
        attribute = _ADOC_ATTRIBUTE.match(line)
        if attribute:
            name, value = attribute.group("name").lower(), (attribute.group("value") or "").strip()
            if name in ("author",) and value:
                found.setdefault("author", (value, number))
            elif name in ("revdate", "date") and value:
                dates = full_dates(value)
                if dates:
                    found.setdefault("published", (dates[0][2], number))
            elif name in ("orgname", "organization", "publisher") and value:
                found.setdefault("publisher", (value, number))
            out.append("")
            continue
        if header and line.strip():
            revision = _ADOC_REVISION.match(line.strip())
            if revision:
                dates = full_dates(revision.group("date"))
                if dates:
                    found.setdefault("published", (dates[0][2], number))
                out.append("")
                continue
            if "author" not in found and not _ADOC_MACRO.match(line) and not _ADOC_BLOCK_LINE.match(line):
                name = re.sub(r"\s*<[^<>]*>\s*$", "", line).strip()  # "Jane Doe <jane@example.org>"
                if 1 <= len(name.split()) <= 5 and not is_sentence(name):
                    found["author"] = (name, number)
                    out.append("")
                    continue
        if not line.strip():
            header = False
            out.append("")
            continue
        header = False
        section = _ADOC_SECTION.match(line)
        if section:
            out.append(_line("h2", _adoc_inline(section.group("text").rstrip("= \t"))))
        elif _ADOC_MACRO.match(line) or _ADOC_BLOCK_LINE.match(line):
            out.append("")
        elif item := _ADOC_ITEM.match(line):
            out.append(_line("li", _adoc_inline(item.group("text"))))
        else:
            out.append(_adoc_inline(_ADOC_ADMONITION.sub("", line)))
    return "\n".join(out), Declared(kind="asciidoc", **found)


def _adoc_inline(text: str) -> str:
    text = _ADOC_LINK.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text)
    return _ADOC_EMPHASIS.sub(lambda m: m.group(2), text)
