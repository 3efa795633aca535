"""Read an article as a scraper saved it: headline, body blocks, attribution, dates.

Pure text in, an `Article` out; nothing here touches the disk.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from generator.dates import MONTHS, PartialDate


@dataclass(frozen=True)
class Block:
    kind: str  # "p" paragraph, "h" heading, "ul" bullet list
    text: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    title: str
    title_line: int
    blocks: tuple[Block, ...]
    attributed_to: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: PartialDate | None = None
    event_date: PartialDate | None = None
    uncertain: tuple[tuple[int, str], ...] = field(default=())


_MONTH = "|".join(MONTHS)
_MONTH_NUM = {name.lower(): i for i, name in enumerate(MONTHS, 1)}
_MDY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),\s*(\d{{4}})\b")
_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s+(\d{{4}})\b")
_MY = re.compile(rf"\b({_MONTH})\s+(\d{{4}})\b")
_ACCORDING = re.compile(r"^According to ([^:,.]{2,60}):\s*(.*)$")
_BULLET = re.compile(r"^\s*[•·▪●◦‣∙*-]\s+(.*)$")
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
# Lines from which everything to the end of the article is page furniture.
_TAIL_DEBRIS = re.compile(
    r"^(read also|read more|related( articles| news)?|advertising|advertisement|"
    r"share( this( article)?)?|tags?:|we use cookies|subscribe)\b",
    re.IGNORECASE,
)
_LINE_DEBRIS = re.compile(
    r"^(advertising|advertisement|share on .*|copy link|print|comments?)$", re.IGNORECASE
)


def _clean_markup(text: str) -> str:
    """Drop script/style blocks and tags left by the scraper, and decode entities."""
    text = _SCRIPT.sub(" ", text)
    text = _TAG.sub("", text)
    return html.unescape(text).replace("\u00a0", " ")


def find_date(text: str) -> PartialDate | None:
    """The first date written out in prose, at the precision it was written."""
    best = None
    for rx, parts in ((_MDY, (3, 1, 2)), (_DMY, (3, 2, 1))):
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            year, month, day = (m.group(i) for i in parts)
            try:
                best = (m.start(), PartialDate(int(year), _MONTH_NUM[month.lower()], int(day)))
            except ValueError:
                continue
    if best:
        return best[1]
    m = _MY.search(text)
    if m:
        return PartialDate(int(m.group(2)), _MONTH_NUM[m.group(1).lower()])
    return None


def _is_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 10
        and len(line) <= 80
        and line[-1] not in ".!?;:,\"'”’)"
        and not _BULLET.match(line)
    )


def parse_text_article(text: str) -> Article:
    """Split a scraped article into headline, blocks and what it says about itself."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [(n, _clean_markup(raw).strip()) for n, raw in enumerate(text.split("\n"), 1)]

    title, title_line = "", 1
    body: list[tuple[int, str]] = []
    for n, line in lines:
        if not title:
            if line:
                title, title_line = line, n
            continue
        if _TAIL_DEBRIS.match(line):
            break
        body.append((n, line))
    title = title.rstrip(".").strip()

    # Image captions come twice in a row (alt text and caption): drop every copy.
    nonblank = [line for _, line in body if line]
    repeated = {a for a, b in zip(nonblank, nonblank[1:]) if a == b}

    blocks: list[Block] = []
    bullets: list[str] = []
    attributed_to = None

    def flush_bullets() -> None:
        if bullets:
            blocks.append(Block("ul", items=tuple(bullets)))
            bullets.clear()

    for _, line in body:
        if not line or line in repeated or _LINE_DEBRIS.match(line) or line == title:
            flush_bullets()
            continue
        bullet = _BULLET.match(line)
        if bullet:
            bullets.append(bullet.group(1).strip())
            continue
        flush_bullets()
        according = _ACCORDING.match(line)
        if according and attributed_to is None:
            attributed_to = according.group(1).strip()
            line = according.group(2).strip()
            if not line:
                continue
        if _is_heading(line):
            blocks.append(Block("h", text=line))
        else:
            blocks.append(Block("p", text=line))
    flush_bullets()

    prose = " ".join(b.text for b in blocks if b.kind == "p")
    return Article(
        title=title,
        title_line=title_line,
        blocks=tuple(blocks),
        attributed_to=attributed_to,
        event_date=find_date(prose),
    )
