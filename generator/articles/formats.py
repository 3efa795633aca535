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
from generator.articles.debris import copyright_holder
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
_NAMES = "|".join(re.escape(n) for n in sorted({"title", *_BODY_TAGS, *_SUMMARY_TAGS, *_DATE_TAGS, *_AUTHOR_TAGS, *_RIGHTS_TAGS},
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
    # The forwarder's note and the header are the mail's, not the story's.
    return _blank(text[:block.end()]) + text[block.end():], Declared(kind="mail", **found)


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
