"""Read an article as a scraper saved it: headline, body blocks, dates and credits.

Pure text in, an `Article` out; nothing here touches the disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.articles.credits import according_to, byline, dateline, reported_by
from generator.articles.datetext import (
    DateMention,
    date_mentions,
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
from generator.dates import MONTHS, PartialDate


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
    years: list[tuple[int, int]] = field(default_factory=list)  # (line, year) from copyright lines


def _separate(lines: list[Line], meta: _Meta) -> tuple[str, int, list[Line]]:
    """Find the headline and cut away everything that is not the story; return (title, line, story lines)."""
    kept, stamps_at = _furniture_cut(_unwrapped(lines), meta)
    _bare_byline(kept, stamps_at, meta)
    title, title_line, story = _headline(kept, stamps_at, meta)
    return title, title_line, _without_tail(story, meta)


_POSTED = re.compile(r"^(?P<stamp>(?:posted|published|written|updated)\s+(?:on\s+)?.+?)\s+by\s+(?P<name>[^\d]+)$", re.IGNORECASE)
_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?:\s+[A-Z]{2,4})?$", re.IGNORECASE)


def _furniture_cut(lines: list[Line], meta: _Meta) -> tuple[list[Line], list[int]]:
    """Drop the lines that are page furniture on their own, noting what they say about the article.

    Returns the lines kept and, for each stamp or byline line, how many lines were kept before it.
    """
    kept: list[Line] = []
    stamps_at: list[int] = []
    apart = _repeated_apart(lines)
    in_list = False  # inside a "Read also" or "Most read" list
    list_items = 0
    for line in lines:
        text = line.text
        if not text:
            # A blank line right under "Read also" does not end the list; one after its items does.
            in_list = in_list and list_items == 0
            kept.append(line)
            continue
        # Copyright lines and wire sign-offs name the publisher, even inside a list.
        holder = copyright_holder(text)
        if holder is not None:
            if holder:
                meta.publishers.setdefault("copyright", (holder, line.number))
            meta.years += [(line.number, int(y)) for y in _YEAR_IN.findall(text)]
            continue
        ended, agency = sign_off(text)
        if ended:
            if agency:
                meta.publishers.setdefault("sign-off", (agency, line.number))
            continue
        opens, item = list_marker(text)
        if opens:
            in_list, list_items = True, 0
            if item:
                meta.notes.append((line.number, f"dropped as a link to another article: {item!r}"))
                list_items = 1
            continue
        if line.hint in ("caption", "aside") or is_line_debris(text):
            continue
        if in_list:
            if is_list_item(text):
                meta.notes.append((line.number, f"dropped as a link to another article: {text!r}"))
                list_items += 1
                continue
            in_list = False
        if text in apart:
            if not any(k.text for k in kept) and words(text) <= 6 and not is_sentence(text):
                meta.publishers.setdefault("masthead", (text, line.number))  # a letterhead, repeated in the contact block
            meta.notes.append((line.number, f"dropped as a page header or footer (it comes again elsewhere): {text!r}"))
            continue
        posted = _POSTED.match(text) if len(text) <= 200 else None  # a stamp line is short; the pattern is not linear
        if posted and stamp_dates(posted.group("stamp")) and byline("By " + posted.group("name")):
            text = posted.group("stamp")  # "Posted on May 29, 2026 by Jane Doe": a stamp and a byline
            meta.author = meta.author or byline("By " + posted.group("name"))
        stamps = stamp_dates(text)
        if stamps is not None:
            for kind, date, note in stamps:
                meta.stamps.append((kind, date, line.number))
                if note:
                    meta.notes.append((line.number, note))
            meta.times += [(line.number, t, True) for t in line.times]
            stamps_at.append(len(kept))
            continue
        name = byline(text)
        if name is not None:
            meta.author = meta.author or name
            meta.times += [(line.number, t, True) for t in line.times]
            stamps_at.append(len(kept))
            continue
        meta.times += [(line.number, t, False) for t in line.times]
        if is_navigation(text) or _TIME_ONLY.match(text):
            continue  # a menu, or a liveblog entry's time
        kept.append(line)
    return kept, stamps_at


_YEAR_IN = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _repeated_apart(lines: list[Line]) -> set[str]:
    """Short lines that come back further down the page: running headers, a masthead repeated in the footer."""
    seen: dict[str, int] = {}
    apart: set[str] = set()
    position = 0
    for line in lines:
        if not line.text:
            continue
        position += 1
        text = line.text
        if text in seen and position - seen[text] > 1 and not _is_prose(text) and words(text) <= 12:
            apart.add(text)
        seen[text] = position
    return apart


def _is_prose(text: str) -> bool:
    """A paragraph of the story: whole sentences, longer than any headline."""
    return is_sentence(text) and words(text) >= 12


_NAME = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")


def _bare_byline(kept: list[Line], stamps_at: list[int], meta: _Meta) -> None:
    """An author's name on a line of its own, right above or below the date line, is the byline."""
    if meta.author:
        return
    for at in stamps_at[:4]:  # the byline block is near the top; a page of stamps costs no more
        for i in (_nonblank_before(kept, at), _nonblank_from(kept, at)):
            if i is not None and _NAME.match(kept[i].text) and not any(c.isdigit() for c in kept[i].text) and kept[i].hint is None:
                meta.author = kept[i].text
                meta.notes.append((kept[i].number, f"byline read from a name beside the date: {kept[i].text!r}"))
                del kept[i]
                for j, later in enumerate(stamps_at):
                    stamps_at[j] = later - (later > i)
                return


def _nonblank_before(kept: list[Line], at: int) -> int | None:
    return next((i for i in range(at - 1, -1, -1) if kept[i].text), None)


def _nonblank_from(kept: list[Line], at: int) -> int | None:
    return next((i for i in range(at, len(kept)) if kept[i].text), None)


_SUFFIX = re.compile(r"^(?P<head>.+?)\s+(?:[|–—·-]|::)\s+(?P<site>[^|–—·]{2,60})$|^(?P<head2>.+?)\s*[｜]\s*(?P<site2>[^｜]{2,60})$")


def _headline(kept: list[Line], stamps_at: list[int], meta: _Meta) -> tuple[str, int, list[Line]]:
    """Choose the headline among the lines above the story's first paragraph; drop the site chrome above it."""
    prose = [i for i, line in enumerate(kept) if line.text and line.hint not in ("h", "h1") and _is_prose(line.text)]
    first_line = _nonblank_from(kept, 0)
    # The article's first line is its headline at worst, even when it reads as a sentence.
    first_prose = next((i for i in prose if i != first_line), len(kept))
    head = [i for i in range(first_prose) if kept[i].text]
    if not head:
        return "", 1, kept
    chosen, title = _suffixed(kept, head, meta)
    if chosen is None:
        chosen = _nearest_the_date(kept, head, [at for at in stamps_at if at <= first_prose])
    if chosen is None:
        return "", 1, kept
    title = title or _drop_full_stop(kept[chosen].text)
    dropped = [kept[i] for i in head if i < chosen]
    for line in dropped:
        what = "a section label" if words(line.text) <= 3 and not is_sentence(line.text) else "site furniture above the headline"
        meta.notes.append((line.number, f"taken as {what}, not the headline: {line.text!r}"))
    # A name on top of several lines of chrome (tagline, address, menu) is the outlet's masthead.
    top = dropped[0] if len(dropped) >= 2 else None
    if top is not None and 2 <= words(top.text) <= 6 and not any(c.isdigit() for c in top.text) and not is_sentence(top.text):
        meta.publishers.setdefault("masthead", (top.text, top.number))
    story = [line for i, line in enumerate(kept) if i > chosen or (not line.text and i < chosen)]
    return title, kept[chosen].number, story


def _suffixed(kept: list[Line], head: list[int], meta: _Meta) -> tuple[int | None, str]:
    """A page title "Headline | Outlet": the clean headline, when the page also carries it or names the outlet."""
    texts = {kept[i].text: i for i in head}
    outlets = {name.casefold() for name, _ in meta.publishers.values()}
    outlets |= {kept[i].text.casefold() for i in head if words(kept[i].text) <= 4}
    for i in head:
        match = _SUFFIX.match(kept[i].text)
        if not match:
            continue
        clean = (match.group("head") or match.group("head2")).strip()
        site = (match.group("site") or match.group("site2")).strip()
        if clean in texts and texts[clean] != i:
            meta.notes.append((kept[i].number, f"the page title {kept[i].text!r} carries the site's name; the clean headline is below it"))
            return texts[clean], clean
        if site.casefold() in outlets and words(clean) > 3:
            meta.notes.append((kept[i].number, f"{site!r} cut from the title: it names the outlet"))
            return i, _drop_full_stop(clean)
    return None, ""


def _nearest_the_date(kept: list[Line], head: list[int], stamps_at: list[int]) -> int | None:
    """The headline: the first headline-like line under the byline and date, else the nearest above them.

    With no byline or date above the story, the first headline-like line.
    """
    h1 = [i for i in head if kept[i].hint == "h1"]
    if h1:
        return h1[0]
    twice = {a.text for a, b in zip(kept, kept[1:]) if a.text and a.text == b.text}  # a caption, as alt text and caption
    head = [i for i in head if kept[i].text not in twice]
    candidates = [i for i in head if words(kept[i].text) > 3 or is_sentence(kept[i].text)]
    chosen = set(candidates)
    labels = [i for i in head if i not in chosen]
    if stamps_at:
        # A sentence by the date is a standfirst or the story's start; a headline rarely ends one.
        headlines = [i for i in candidates if not is_sentence(kept[i].text)]
        below = [i for i in headlines if i >= stamps_at[-1]]
        if below:
            return below[0]
        above = [i for i in headlines if i < stamps_at[0]] or [i for i in candidates if i < stamps_at[0]]
        if above:
            return above[-1]
    if candidates:
        first = candidates[0]
        above = [i for i in labels if i < first]
        if above and is_sentence(kept[first].text):
            return above[-1]  # a full sentence under a short line is the standfirst of a short headline
        return first
    return labels[-1] if labels else None


def _without_tail(story: list[Line], meta: _Meta) -> list[Line]:
    """Cut what follows the story's main run of prose: credits, footers, lists of links, forms.

    The run ends at its last paragraph, or where three lines in a row that are
    neither prose nor list items break it; a heading followed by a list is kept.
    """
    kinds = []
    twice = {a.text for a, b in zip(story, story[1:]) if a.text and a.text == b.text}  # captions, dropped later
    for line in story:
        if not line.text or line.text in twice:
            kinds.append(None)
        elif _BULLET.match(line.text) or line.hint == "li":
            kinds.append("b")
        elif line.hint not in ("h", "h1") and is_sentence(line.text) and words(line.text) >= 3:
            kinds.append("p")
        else:
            kinds.append("o")
    # The main run starts at the first paragraph of real length; what stands above it is left as it is.
    start = next((i for i, line in enumerate(story) if kinds[i] == "p" and _is_prose(line.text)), None)
    if start is None:
        return story
    end = start + 1  # one past the last line of the run
    gap = 0
    for i in range(start, len(story)):
        kind = kinds[i]
        if kind is None:
            continue
        if kind == "o":
            gap += 1
            if gap == 3:
                break
            continue
        gap = 0
        end = i + 1
    # A heading right under the last paragraph, over a list that ends the story, stays.
    tail = [i for i in range(end, len(story)) if kinds[i]]
    if tail and kinds[tail[0]] == "o" and len(tail) > 1 and kinds[tail[1]] == "b":
        end = tail[1] + 1
        while end < len(story) and kinds[end] in ("b", None):
            end += 1
    cut = [line for line in story[end:] if line.text]
    if cut:
        meta.notes.append((cut[0].number, f"taken as page furniture after the story, from here on: {cut[0].text!r}"))
    return story[:end]


def _unwrapped(lines: list[Line]) -> list[Line]:
    """Join lines a converter broke inside paragraphs (text out of a PDF), each kept under its first line's number.

    A block of two or more lines of similar width, none longer than a page is
    wide, the first not ending a sentence, is one paragraph; a word split with
    a hyphen at a line's end is joined again.
    """
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if not lines[i].text:
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].text and lines[j + 1].number == lines[j].number + 1:
            j += 1
        block = lines[i:j + 1]
        if len(block) >= 2 and _wrapped(block):
            text = block[0].text
            for line in block[1:]:
                if _SPLIT_WORD.search(text) and line.text[:1].islower():
                    text = text[:-1] + line.text
                else:
                    text += " " + line.text
            out.append(Line(block[0].number, text, None, tuple(t for line in block for t in line.times)))
        else:
            out += block
        i = j + 1
    return out


_SPLIT_WORD = re.compile(r"[a-zà-ÿ]-$")


def _wrapped(block: list[Line]) -> bool:
    if any(line.hint or not line.text or _BULLET.match(line.text) or is_navigation(line.text) for line in block):
        return False
    if not is_sentence(block[-1].text) or any(a.text == b.text for a, b in zip(block, block[1:])):
        return False  # a paragraph ends a sentence; a caption comes twice
    if not re.search(r"(?:^|\s)[a-zà-ÿ][\w'’]*$|[,-]$", block[0].text):
        return False  # a line broken mid-sentence ends on a small word, a comma or a split word
    if any(copyright_holder(line.text) is not None or is_line_debris(line.text) or byline(line.text) for line in block):
        return False
    widths = [len(line.text) for line in block]
    # A line that ends in a split word may stop short of the page's width.
    full = [len(line.text) for line in block[:-1] if not _SPLIT_WORD.search(line.text)]
    if max(widths) > 100 or (full and min(full) < max(45, 0.6 * max(widths))):
        return False
    if min(words(line.text) for line in block[:-1]) < 4:
        return False
    open_ends = sum(not is_sentence(line.text) for line in block[:-1])
    return not is_sentence(block[0].text) and open_ends * 2 >= len(block) - 1


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
        # "According to X:" credits the story only in its first paragraphs; further down it is one source among others.
        lead = according_to(text) if paragraphs < 2 else None
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
    evidence = _year_evidence(meta, blocks) if filed and filed.month and not filed.year and not (published or updated) else None
    filed_on = _filed_on(filed, published or updated, meta.notes, filed_line or title_line, evidence)
    if published is None and filed_on is not None and filed and (filed.year or evidence):
        published, published_line = filed_on, None
    reference = filed_on or published or updated

    prose = [(b.line, b.text) for b in blocks if b.kind == "p"]
    prose += [(b.line, item) for b in blocks if b.kind == "ul" for item in b.items]
    lead = next(((b.line, b.text) for b in blocks if b.kind == "p"), None)
    if lead and reference is not None and _reports_now(lead[1], reference):
        # "The ministry has decided …": the news is the release itself, dated by its own stamp;
        # dates further down ("the summit of 9 to 11 July 2024") are background.
        event, skipped = None, ()
        meta.notes.append((lead[0], "the lead gives no date and reports in the present perfect: the event takes the article's date"))
    else:
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
        if event.end is not None:
            guesses.append((event.line, f"the event runs over several days, to {event.end.iso()}: read from {event.text!r}"))
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


_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:now|just|also|today|formally|officially)\s+)?(?!been\b|had\b)[a-z]+(?:ed|en|un|ld|nt)\b")


def _reports_now(lead: str, reference: PartialDate) -> bool:
    """Whether a lead with no date of its own reports its news as just done ("has decided", "have agreed")."""
    if not _PERFECT.search(lead):
        return False
    return not any(m.date is not None or m.note for m in date_mentions(lead, reference))


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
    if "masthead" in meta.publishers:
        name, number = meta.publishers["masthead"]
        guesses.append((number, f"publisher {name!r} guessed from the masthead or letterhead above the headline"))
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


def _year_evidence(meta: _Meta, blocks: list[Block]) -> tuple[int, int, str] | None:
    """The year an article without a dated stamp carries elsewhere: (line, year, where it was read).

    The copyright line's (its latest year), else the latest year of the dates
    the story writes out in full. Never today's year: a build on another day
    must read the same article the same way.
    """
    if meta.years:
        number, year = max(meta.years, key=lambda y: (y[1], -y[0]))
        return number, year, "the copyright line"
    written = [(b.line, m.date.year) for b in blocks if b.kind == "p" for m in date_mentions(b.text, None, b.line)
               if m.date is not None and m.date.day is not None]
    if written:
        number, year = max(written, key=lambda y: (y[1], -y[0]))
        return number, year, "a date written in full in the story"
    return None


def _filed_on(filed, reference: PartialDate | None, notes: list, line: int, evidence=None) -> PartialDate | None:
    """The date in a dateline, with the year of the publication date when it gives none."""
    if filed is None or filed.month is None:
        return None
    if filed.year:
        years = [filed.year]
    elif reference is not None:
        years = [reference.year - 1, reference.year, reference.year + 1]
    elif evidence is not None:
        number, year, where = evidence
        years = [year]
        notes.append((line, f"the dateline gives {MONTHS[filed.month - 1]} {filed.day} without a year: {year} taken from "
                            f"{where} (line {number}); check it"))
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


