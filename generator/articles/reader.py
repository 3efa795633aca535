"""Read an article as a scraper saved it: headline, body blocks, dates and credits.

Pure text in, an `Article` out; nothing here touches the disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.articles.credits import according_to, byline, dateline, reported_by
from generator.articles.datetext import (
    DateMention,
    find_event_date,
    parse_datetime_attribute,
    stamp_dates,
)
from generator.articles.debris import (
    copyright_holder,
    is_line_debris,
    is_list_item,
    is_navigation,
    is_sentence,
    list_marker,
    sign_off,
    words,
)
from generator.articles.remnants import Line, text_lines
from generator.dates import PartialDate


@dataclass(frozen=True)
class Block:
    kind: str  # "p" paragraph, "h" heading, "ul" bullet list
    text: str = ""
    items: tuple[str, ...] = ()
    line: int = 0  # where the block starts in the file


@dataclass(frozen=True)
class Article:
    title: str
    title_line: int
    blocks: tuple[Block, ...]
    attributed_to: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: PartialDate | None = None
    published_line: int | None = None
    updated: PartialDate | None = None
    dateline: str | None = None
    # The first date the story's text gives; None when it only has its stamps.
    event: DateMention | None = None
    # (line, what was decided) for every judgement call, for the editor to check.
    uncertain: tuple[tuple[int, str], ...] = ()
    # (line, what was read there) for each credit and date the reader found:
    # guesses too, however sure, for the editor to check against the line.
    guesses: tuple[tuple[int, str], ...] = ()

    @property
    def event_date(self) -> PartialDate | None:
        return self.event.date if self.event else None


_BULLET = re.compile(r"^[•·▪●◦‣∙*-]\s+(.*)$")
_NOT_HEADING_END = tuple(".!?;:,\"'”’)。！？、，；：」』）")


def _is_heading(text: str) -> bool:
    return (
        0 < words(text) <= 10
        and len(text) <= 80
        and not text.endswith(_NOT_HEADING_END)
        and not _BULLET.match(text)
    )


def _drop_full_stop(title: str) -> str:
    return title[:-1].rstrip() if title.endswith(".") and not title.endswith("..") else title


@dataclass
class _Meta:
    """What the furniture around the story says about it, gathered while it is cut away."""

    stamps: list[tuple[str, PartialDate, int]]
    times: list[tuple[int, str, bool]]  # (line, datetime value, on a stamp or byline line)
    publishers: dict[str, tuple[str, int]]
    notes: list[tuple[int, str]]
    author: str | None = None


def _separate(lines: list[Line], meta: _Meta) -> tuple[str, int, list[Line]]:
    """Find the headline and cut away everything that is not the story; return (title, line, story lines)."""
    title, title_line = "", 1
    story: list[Line] = []
    labels: list[Line] = []  # short lines above the headline: section labels ("World", "Analysis")
    in_list = False  # inside a "Read also" or "Most read" list
    for line in lines:
        text = line.text
        if not text:
            in_list = False
            story.append(line)
            continue
        # Copyright lines and wire sign-offs name the publisher, even inside a list.
        holder = copyright_holder(text)
        if holder is not None:
            if holder:
                meta.publishers.setdefault("copyright", (holder, line.number))
            continue
        ended, agency = sign_off(text)
        if ended:
            if agency:
                meta.publishers.setdefault("sign-off", (agency, line.number))
            continue
        opens, item = list_marker(text)
        if opens:
            in_list = True
            if item:
                meta.notes.append((line.number, f"dropped as a link to another article: {item!r}"))
            continue
        if line.hint in ("caption", "aside") or is_line_debris(text):
            continue
        if in_list:
            if is_list_item(text):
                meta.notes.append((line.number, f"dropped as a link to another article: {text!r}"))
                continue
            in_list = False
        stamps = stamp_dates(text)
        if stamps is not None:
            for kind, date, note in stamps:
                meta.stamps.append((kind, date, line.number))
                if note:
                    meta.notes.append((line.number, note))
            meta.times += [(line.number, t, True) for t in line.times]
            continue
        name = byline(text)
        if name is not None:
            meta.author = meta.author or name
            meta.times += [(line.number, t, True) for t in line.times]
            continue
        meta.times += [(line.number, t, False) for t in line.times]
        if is_navigation(text):
            continue
        if not title:
            if words(text) <= 3 and not is_sentence(text) and line.hint != "h1":
                labels.append(line)
                continue
            if labels and is_sentence(text):
                # A full sentence under a short line is the standfirst of a short headline.
                headline, *labels = labels[::-1]
                labels.reverse()
                story.append(line)
            else:
                headline = line
            title, title_line = _drop_full_stop(headline.text), headline.number
            meta.notes += [(label.number, f"taken as a section label, not the headline: {label.text!r}") for label in labels]
            continue
        story.append(line)
    if not title and labels:
        title, title_line = _drop_full_stop(labels[0].text), labels[0].number
    return title, title_line, story


def _repeated(story: list[Line]) -> set[str]:
    # Image captions come twice in a row (alt text and caption): every copy goes.
    texts = [line.text for line in story if line.text]
    return {a for a, b in zip(texts, texts[1:]) if a == b}


def parse_text_article(text: str) -> Article:
    """Split a scraped article into headline, blocks and what it says about itself."""
    meta = _Meta(stamps=[], times=[], publishers={}, notes=[])
    title, title_line, story = _separate(text_lines(text), meta)
    repeated = _repeated(story)

    blocks: list[Block] = []
    bullets: list[tuple[int, str]] = []
    attributed_to = None
    attributed_line = filed_line = 0
    filed = None
    paragraphs = 0

    def flush_bullets() -> None:
        if bullets:
            blocks.append(Block("ul", items=tuple(t for _, t in bullets), line=bullets[0][0]))
            bullets.clear()

    for line in story:
        text = line.text
        if not text or text in repeated or _drop_full_stop(text) == title:
            flush_bullets()
            continue
        bullet = _BULLET.match(text)
        if bullet or line.hint == "li":
            bullets.append((line.number, bullet.group(1).strip() if bullet else text))
            continue
        flush_bullets()
        if filed is None and paragraphs < 2 and line.hint not in ("h", "h1"):
            filed = dateline(text)
            if filed:
                text = text[filed.end:]
                filed_line = line.number
        lead = according_to(text)
        if lead and attributed_to is None:
            attributed_to, text = lead
            attributed_line = line.number
            if not text:
                continue
        if line.hint in ("h", "h1") or (line.hint is None and _is_heading(text)):
            blocks.append(Block("h", text=text, line=line.number))
        else:
            blocks.append(Block("p", text=text, line=line.number))
            paragraphs += 1
    flush_bullets()

    published, published_line = _stamp(meta, "published")
    updated, _ = _stamp(meta, "updated")
    if published is None:
        published, published_line = _time_attribute(meta)
    filed_on = _filed_on(filed, published or updated, meta.notes, title_line)
    if published is None and filed_on is not None and filed and filed.year:
        published, published_line = filed_on, None
    reference = filed_on or published or updated

    prose = [(b.line, b.text) for b in blocks if b.kind == "p"]
    prose += [(b.line, item) for b in blocks if b.kind == "ul" for item in b.items]
    event, skipped = find_event_date(sorted(prose, key=lambda p: p[0]), reference)
    meta.notes += [(m.line, m.note) for m in skipped if m.note]
    if event and event.note:
        meta.notes.append((event.line, event.note))

    guesses = []
    if attributed_to is None:
        for number, text in prose:
            who = reported_by(text)
            if who:
                attributed_to = who
                meta.notes.append((number, f"attribution read from {who!r} reporting"))
                break
    elif attributed_line:
        guesses.append((attributed_line, f"attribution {attributed_to!r} read from an 'According to' lead"))

    publisher = _publisher(meta, filed, filed_line, guesses)
    if filed:
        guesses.append((filed_line, f"dateline: filed in {filed.place}"))
    if published is not None:
        guesses.append((published_line or filed_line or title_line, f"publication date {published.iso()} read here"))
    if event is not None:
        guesses.append((event.line, f"event date {event.date.iso()} read here"))
    return Article(
        title=title,
        title_line=title_line,
        blocks=tuple(blocks),
        attributed_to=attributed_to,
        publisher=publisher,
        author=meta.author,
        published=published,
        published_line=published_line,
        updated=updated,
        dateline=filed.place if filed else None,
        event=event,
        uncertain=tuple(sorted(set(meta.notes))),
        guesses=tuple(sorted(set(guesses))),
    )


def _publisher(meta: _Meta, filed, filed_line: int, guesses: list) -> str | None:
    """Who published the article: the outlet it names itself wins over a wire agency it carries."""
    agency = filed.agency if filed and filed.agency else None
    outlet = meta.publishers.get("copyright")
    if outlet and agency and agency.casefold() in outlet[0].casefold():
        outlet = None  # the agency's own copyright ("Harbour Wire Group"): one outfit, known by its wire name
    if outlet:
        note = f"publisher {outlet[0]!r} read from the copyright line"
        if agency and agency != outlet[0]:
            note += f"; the dateline credits {agency!r} (wire copy?)"
        guesses.append((outlet[1], note))
        return outlet[0]
    if agency:
        guesses.append((filed_line, f"publisher {agency!r} guessed from the dateline's agency"))
        return agency
    if "sign-off" in meta.publishers:
        name, number = meta.publishers["sign-off"]
        guesses.append((number, f"publisher {name!r} guessed from the sign-off"))
        return name
    return None


def _stamp(meta: _Meta, kind: str) -> tuple[PartialDate | None, int | None]:
    for found, date, number in meta.stamps:
        if found == kind:
            return date, number
    return None, None


def _time_attribute(meta: _Meta) -> tuple[PartialDate | None, int | None]:
    """A `<time datetime>` as the publication date: one beside the byline or stamp, else the first."""
    for beside in (True, False):
        for number, value, near in meta.times:
            date = parse_datetime_attribute(value)
            if near == beside and date is not None:
                if not beside:
                    meta.notes.append((number, f"publication date taken from <time datetime={value!r}>"))
                return date, number
    return None, None


def _filed_on(filed, reference: PartialDate | None, notes: list, line: int) -> PartialDate | None:
    """The date in a dateline, with the year of the publication date when it gives none."""
    if filed is None or filed.month is None:
        return None
    if filed.year:
        years = [filed.year]
    elif reference is not None:
        years = [reference.year - 1, reference.year, reference.year + 1]
    else:
        notes.append((line, f"the dateline of {filed.place} has a day but no year, and the article no date"))
        return None
    candidates = []
    for year in years:
        try:
            candidates.append(PartialDate(year, filed.month, filed.day))
        except ValueError:
            continue
    if not candidates:
        return None
    if reference is None:
        return candidates[0]
    ref = reference.first_day()
    return min(candidates, key=lambda c: (abs((c.first_day() - ref).days), c.first_day() > ref))


_MD_SKIP = re.compile(r"^\s*(?:```|~~~|<!--)")
# A link's text and address hold no bracket of their kind: each try stops at
# the next one, where `[^\]]*` ran to the end of the line from every `[`
# (13 s for a line of 20,000 of them, in one call no time limit can stop).
_MD_INLINE = re.compile(r"!?\[([^\[\]]*)\]\([^()]*\)|[*_`]+|^\s*(?:#{1,6}|[-*+]|\d+[.)]|>)\s+")


def markdown_event_date(body: str, first_line: int, reference: PartialDate | None) -> DateMention | None:
    """The first date a Markdown body gives, read like a raw article's prose; lines are the file's."""
    def prose():  # read only as far as the first date
        fenced = False
        for number, raw in enumerate(body.split("\n"), first_line):
            if _MD_SKIP.match(raw):
                fenced = not fenced if raw.lstrip().startswith(("```", "~~~")) else fenced
                continue
            if not fenced and not raw.lstrip().startswith("#"):
                yield number, _MD_INLINE.sub(r"\1", raw)

    event, _ = find_event_date(prose(), reference)
    return event


