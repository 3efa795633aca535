"""Read an article as a scraper saved it: headline, body blocks, dates and credits.

Pure text in, an `Article` out; nothing here touches the disk.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from generator.articles.credits import INDIC_ROLE, Dateline, according_to, according_to_end, byline_place, colon_place, dateline, reported_by
from generator.articles.datetext import (
    BS_SHIFT,
    MONTH_FIRST,
    DateMention,
    date_mentions,
    find_event_date,
    is_background,
    is_recent,
    lasting,
    parse_datetime_attribute,
    bikram_sambat_shift,
    writes_month_first,
)
from generator.articles.debris import is_sentence, words
from generator.articles.formats import read_document
from generator.articles.layout import BULLET, NOT_HEADING_END, PageMeta, drop_full_stop, separate
from generator.articles.mdpage import MOST_QUOTES, plain_line, word_set
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


_QUOTE_OPENS = re.compile(r"(?:^|\s)['‘\"“„«]|[\"“„«]")  # (a quotation mark at a word's start; a double one anywhere)
_TIME_CODE = re.compile(r"^\[?\d{1,2}(?::\d{2}){1,2}\]?\s")  # "02:15 What the command does": a chapter mark
# "1. Announcements" is the heading "Announcements"; "■「現場の声を持ち帰る」", a Japanese paper's mark before its crosshead, the quotation.
_NUMBERED_HEADING = re.compile(r"^(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s+|[■◆◇□▼]\s*)(?=\S)")


# "Location: Yokosuka", "Submission: 2.6.2026": a label and a short value or a figure is a field, not a heading.
_FIELD = re.compile(r"^[^\W\d_][\w' -]{0,30}:\s+(?:\S+(?:\s\S+)?|.*\d.*)$")


# (in the Cyrillic and Greek alphabets too: "КИЇВ. Ту Парискиви …", named again "Київ")
_SHORT_CAPS_DOT = re.compile(r"^(?P<place>[A-ZÀ-ÖØ-ÞЀ-ЯΆ-Ω]{3,4})\.\s+(?=[A-ZÀ-ÖØ-ÞЀ-ЯΆ-Ω][a-zà-ÿа-џά-ώ])")


def _is_heading(text: str) -> bool:
    return (
        0 < words(text) <= 10
        and not _TIME_CODE.match(text)
        and not _FIELD.match(text)
        and len(text) <= 80
        # (A line of kanji or kana ending on its quotation, no "。" in it, is a crosshead: "北部方面隊「任務に誇り」".)
        and (not text.endswith(NOT_HEADING_END) or (text[-1] in "」』" and not is_sentence(text))
             # (an apostrophe that is a letter's, a glottal stop, no quotation's close: "Nelayan Atanya Soal Jhuko'", Madurese;
             # "Téí'yoonóh'o hee3éíhiinoo'", Arapaho: no quotation mark opens a word before it)
             or (text[-1] in "'’" and text[-2:-1].isalpha() and not _QUOTE_OPENS.search(text[:-1])))
        and not BULLET.match(text)
    )


def _question_heads(story: list[Line]) -> set[int]:
    """The lines that ask a short question between two paragraphs of prose, or quote a few words there
    without a stop of their own: crossheads ("¿Y México?", "What will the officers do?", "'Small team, big
    spreadsheet'"), not story (a paragraph that asks runs on, is a quoted reply, or is a transcript's "Q: …").
    (Over the crosshead, a line of furniture may stand between it and the prose: a "Read more" link.)"""
    filled = [line for line in story if line.text]
    out = set()
    interview = _interview(filled)
    for k in range(1, len(filled) - 1):
        text = filled[k].text
        if filled[k].hint is not None or words(filled[k + 1].text) < 15 or not any(words(filled[j].text) >= 15 for j in range(max(k - 2, 0), k)):
            continue
        asks = not interview and text.endswith(("?", "？")) and words(text) <= 8 and text[:1] not in "\"“„«'‘—–-" and ":" not in text
        quotes = (_QUOTED.match(text) is not None and 2 <= words(text) <= 7 and not text[1:-1].rstrip().endswith((".", ",", "!", "?", ";", ":", "…"))
                  and ":" not in text)
        if asks or quotes:
            out.add(filled[k].number)
    return out


_QUOTED = re.compile(r"^[\"“„«'‘].+[\"”“»'’]$")
_ASKS = ("?", "？", "؟")


def _interview(filled: list[Line]) -> bool:
    """Whether the story is an interview: two questions or more on lines of their own, each over its answer,
    one of them too long for a crosshead ("Pourquoi le Japon, qui n'est pas membre de l'Otan, envoie-t-il …?").
    Its questions are the interviewer's words, none a heading; an explainer asks short ones ("What is NSATU?")."""
    asked = [line.text for k, line in enumerate(filled[1:-1], 1)
             if line.hint is None and line.text.endswith(_ASKS) and words(line.text) <= 40 and not _SENTENCE_INSIDE.search(line.text[:-1])
             and (any(words(filled[j].text) >= 15 for j in range(max(k - 2, 0), k)) or words(filled[k + 1].text) >= 15)
             and words(filled[k + 1].text) >= 4]
    return len(asked) >= 2 and any(words(text) > 8 for text in asked)


_SENTENCE_INSIDE = re.compile(r"[.!?？؟。]\s")


def _without_pull_quotes(blocks: list[Block], meta: PageMeta) -> list[Block]:
    """A paragraph that is only a quotation whose words all stand in another paragraph is a pull quote
    repeating the story ("“The point is to be in the room.”"), not story."""
    quotes = [k for k, b in enumerate(blocks) if b.kind == "p" and _QUOTED.match(b.text) and 4 <= words(b.text) <= 30][:MOST_QUOTES]
    if not quotes:
        return blocks
    said = [(k, word_set(b.text)) for k, b in enumerate(blocks) if b.kind == "p"]
    pulled = set()
    for k in quotes:
        quoted = word_set(blocks[k].text)
        if any(other != k and len(words_) > len(quoted) and quoted <= words_ for other, words_ in said):
            pulled.add(k)
            meta.notes.append((blocks[k].line, f"taken as a pull quote repeating the story: {blocks[k].text[:60]!r}"))
    return [b for k, b in enumerate(blocks) if k not in pulled]


def _outlets_initials(tail: str, paragraph: str, lines: list[Line]) -> bool:
    """Whether the piece after a dateline's place is written in capitals as the initials of a name of two to five words
    the page sets on a line of its own (its masthead): "GSP" for "GUMI SASAK POS"."""
    if not (2 <= len(tail) <= 5 and tail.isalpha() and (", " + tail.upper()) in paragraph[:60]):
        return False
    return any(2 <= len(parts := line.text.split()) <= 5 and "".join(p[0] for p in parts).upper() == tail.upper()
               and all(p[0].isupper() for p in parts) for line in lines if line.text)


def _names_the_writer(agency: str, meta: PageMeta, lines: list[Line], lead: int) -> bool:
    """Whether a dateline's bracket names the article's writer: the byline read, or a line over the lead that opens
    with the same name before a comma (its role after it: "Name, Senior Reporter")."""
    if meta.author == agency:
        return True
    if (not agency.isascii() and 2 <= len(agency.split()) <= 4 and not any(map(str.isdigit, agency)) and not INDIC_ROLE.search(agency)
            and not _DESK_WORD.search(agency) and "\u0900" <= agency[:1] <= "\u0dff"):
        return True  # "ਅੰਮ੍ਰਿਤਸਰ, 10 ਸਤੰਬਰ (NAME)- …": a name of two to four words in an Indian script, no desk's or agency's word
    return any(line.text.startswith(agency + ",") for line in lines if line.number < lead)  # (not a line that is the name alone: a masthead)


# A desk's, a bureau's or an agency's word in the languages of India: what a bracket after the dateline names when no person.
_DESK_WORD = re.compile(r"ਪ੍ਰੇਰਕ|ਬਿਊਰੋ|ਏਜੰਸੀ|ਸਟਾਫ|एजेंसी|ब्यूरो|डेस्क|स्टाफ|ডেস্ক|সংস্থা|ব্যুরো|ஏஜென்சி|செய்திப் பிரிவு")


def _repeated(story: list[Line]) -> set[str]:
    # Image captions come twice in a row (alt text and caption): every copy goes.
    texts = [line.text for line in story if line.text]
    return {a for a, b in zip(texts, texts[1:]) if a == b}


def parse_text_article(text: str) -> Article:
    """Split a scraped article into headline, blocks and what it says about itself."""
    # (A page whose own dates in figures can only be month first, "09/29/2026", is read so throughout.)
    # (And its Bikram Sambat dates by its own calendar, where a weekday printed with one shows the table a day out.)
    order, shift = MONTH_FIRST.set(writes_month_first(text)), BS_SHIFT.set(bikram_sambat_shift(text))
    try:
        return _parse_text_article(text)
    finally:
        MONTH_FIRST.reset(order)
        BS_SHIFT.reset(shift)


# A place and a name, a word to three each in a script without capitals, joined by a dash: "العقبة - هديل الرواشدة".
_PLACE_THEN_NAME = re.compile(r"^(?P<place>[^\W\d_A-Za-z\u00c0-\u024f\u0370-\u04ff][^\s\d]*(?:\s[^\W\d_A-Za-z][^\s\d]*){0,2})\s+[-–—]\s+"
                              r"(?P<name>[^\W\d_A-Za-z\u00c0-\u024f\u0370-\u04ff][^\s\d]*(?:\s[^\W\d_A-Za-z][^\s\d]*){1,3})$")
_CAPS_PLACE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'.-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'.-]+){0,2}(?:,\s[A-ZÀ-Þ][A-ZÀ-Þ'.-]+)?\s*[–—-]?$")


def _parse_text_article(text: str) -> Article:
    text, declared = read_document(text)
    meta = PageMeta(stamps=[], times=[], publishers={}, notes=[])
    lines = text_lines(text)
    title, title_line, story = separate(lines, meta, declared.title[0] if declared.title else None)
    filled = {line.number for line in lines if any(map(str.isalnum, line.text))}  # (a rule of "=====" is no line of words)
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

    questions = _question_heads(story)
    news = bool(meta.stamps or meta.author or meta.learnt_stamp)  # (a byline or a stamp: a news page's head)
    led = False  # whether a paragraph of the story's run has come yet
    for at, line in enumerate(story):
        text = line.text
        if filed is None and paragraphs == 0 and text and _CAPS_PLACE.match(text):
            following = next((later.text for later in story[at + 1:at + 3] if later.text), "")
            place = text.rstrip(" –—-:").strip()
            # "JOHANNESBURG –", or "ANKARA" when the page names the place in its own case too (not "SYNOPSIS", "PTI").
            named = text[-1] in "–—-" or any(place.title() in later.text for later in story if later is not line) or place.title() in title
            if named and words(following) >= 15 and not following[:1].islower():
                # A place in capitals on a line of its own over the lead: the dateline, set apart. (The lead opens on a
                # capital, or in a script without capitals: "NYAUNGSHWE —" over "ဂျပန် သံရုံး က …".)
                filed = Dateline(place.title(), None, None, None, None, 0)
                filed_line = line.number
                continue
        if (filed is None and paragraphs == 0 and text and " - " in text and not any(map(str.isdigit, text))
                and (placed := _PLACE_THEN_NAME.match(text))):
            # "العقبة - هديل الرواشدة": the place and the reporter on a line of their own over the lead (the place named again
            # in the story) are the dateline and the byline.
            following = next((later.text for later in story[at + 1:at + 3] if later.text), "")
            place, name = placed["place"], placed["name"]
            if words(following) >= 15 and any(place in later.text for later in story if later is not line) and place not in name:
                filed = Dateline(place, None, None, None, None, 0)
                filed_line = line.number
                if meta.author is None and name not in {outlet for outlet, _ in meta.publishers.values()}:
                    # (not the outlet's own name, where a wire's would stand: "طرابلس - بوابة الواحة")
                    meta.author = name
                    meta.notes.append((line.number, f"byline {name!r} read from the line of the dateline"))
                continue
        if not text or text in repeated or drop_full_stop(text) == title or not any(c.isalnum() for c in text):  # ("___", "* * *": a rule)
            flush_bullets()
            continue
        bullet = BULLET.match(text)
        if line.number in meta.learnt and not bullet and line.hint is None:
            meta.notes.append((line.number, f"dropped as furniture by the learnt line model ({meta.learnt[line.number]:.2f}): {text!r}"))
            flush_bullets()
            continue
        if bullet or line.hint == "li":
            bullets.append((line.number, bullet.group(1).strip() if bullet else text))
            continue
        flush_bullets()
        if filed is None and paragraphs < 3 and line.hint not in ("h", "h1"):
            filed = dateline(text)
            if (filed is not None and filed.agency is None and filed.month is None and " " not in filed.place
                    and not text[:len(filed.place)].isupper()
                    and text[:filed.end].rstrip().endswith(".") and filed.place not in text[filed.end:]
                    and not any(filed.place in later.text for later in story if later is not line)):
                filed = None  # ("Kweh. Wednesday, …": a greeting and its full stop, a word the story never names again, no place)
            # (The lead may come under a standfirst kept in the story: the first paragraph or the second.)
            if filed is None and paragraphs <= 1 and (placed := colon_place(text)) is not None and (
                    text[len(placed.place):placed.end].strip() in ("//", "।") or any(placed.place in later.text for later in story[at + 1:] if later.text)):
                # ("સુરત : …", the city named again further down the story; two slashes or a danda mark a dateline alone:
                # "سرینگر// …", "श्रीनगर गढ़वाल। …")
                filed = placed
            if filed is None and paragraphs <= 1 and (short := _SHORT_CAPS_DOT.match(text)) is not None and any(
                    short["place"].title() in later.text for later in story if later.text and later is not line):
                # "LEÓN. No es habitual …": a place of three or four capitals and a full stop, named again in its own case.
                filed = Dateline(short["place"].title(), None, None, None, None, short.end())
            if filed and ", " in filed.place and _outlets_initials(filed.place.rpartition(", ")[2], text, lines):
                # "TANJUNG, GSP – …": after the place, the initials of the outlet the masthead names ("GUMI SASAK POS"), no region
                filed = dataclasses.replace(filed, place=filed.place.rpartition(", ")[0])
            if filed:
                text = text[filed.end:]
                filed_line = line.number
                if filed.agency and _names_the_writer(filed.agency, meta, lines, line.number):
                    # "ਪਟਿਆਲਾ, 14 ਅਕਤੂਬਰ (Name)- …": the name in brackets is the byline's, the paper's own reporter, no agency.
                    filed = dataclasses.replace(filed, agency=None, reporter=filed.agency)
                if filed.reporter and meta.author is None:
                    meta.author = filed.reporter
                    meta.notes.append((line.number, f"byline {filed.reporter!r} read from the dateline"))
        # "According to X:" credits the story only in its first paragraphs; further down it is one source among others.
        lead = according_to(text) if paragraphs < 2 else None
        if lead and attributed_to is None:
            attributed_to, text = lead
            attributed_line = line.number
            if not text:
                continue
        if (line.hint is None and not led and news and words(text) <= 3 and line.number - 1 in filled and _is_heading(text)
                and line.number not in questions):
            # A word or three packed under a news page's byline or stamp, over its first paragraph, is a
            # button or a label of the page ("Partilhar", "Abone Ol", "留言", "See Less"), not a heading: a
            # story's sections come after its lead, and a document's first heading stands apart ("Summary"
            # with a blank line over it).
            meta.notes.append((line.number, f"dropped as a page's button or label above the story's first paragraph: {text!r}"))
            continue
        if line.hint in ("h", "h1") or (line.hint is None and (_is_heading(text) or line.number in questions)):
            blocks.append(Block("h", text=_NUMBERED_HEADING.sub("", text), line=line.number))
        else:
            blocks.append(Block("p", text=text, line=line.number))
            paragraphs += line.hint != "dek"  # (the standfirst is no paragraph of the story's lead)
            led = led or (line.hint != "dek" and words(text) >= 15)  # (a paragraph of the story's run, not a second headline line)
    flush_bullets()
    blocks = _without_pull_quotes(blocks, meta)

    published, published_line = ruled = _under_headline(meta, title_line) or _stamp(meta, "published")
    updated, _ = _stamp(meta, "updated")
    # What the document declares in its own fields (a feed's <pubDate>, a page's JSON-LD, a mail's
    # Date:) was written by the publisher's software for machines: it wins over what the text suggests.
    if declared.published:
        published, published_line = declared.published
        meta.notes.append((published_line, f"publication date {published.iso()} declared by the {_KIND[declared.kind]}"))
    if declared.updated:
        updated = declared.updated[0]
        meta.notes.append((declared.updated[1], f"update date {updated.iso()} declared by the {_KIND[declared.kind]}"))
    if declared.author:
        meta.author = declared.author[0]
    if published is None:
        published, published_line = _time_attribute(meta)
    if meta.learnt_stamp is not None and not declared.published and (published, published_line) == ruled:
        # (Over the rules' stamp or none, not over a date the document declares or a <time datetime> gives.)
        published, published_line = meta.learnt_stamp[:2]
    evidence = _year_evidence(meta, blocks) if filed and filed.month and not filed.year and not (published or updated) else None
    filed_on = _filed_on(filed, published or updated, meta.notes, filed_line or title_line, evidence)
    if published is None and filed_on is not None and filed and (filed.year or evidence):
        published, published_line = filed_on, None
    if updated is not None and published is not None and updated.first_day() < published.first_day() and not declared.updated:
        # (A page's "modified" date older than its stamp belongs to something else on the page.)
        meta.notes.append((published_line or title_line, f"an update dated {updated.iso()}, before the publication, not taken"))
        updated = None
    reference = filed_on or published or updated

    # (The standfirst sums the story up; the story's own paragraphs say when its news happened.)
    standfirst = {line.number for line in story if line.hint == "dek"}
    prose = [(b.line, b.text) for b in blocks if b.kind == "p" and b.line not in standfirst]
    prose += [(b.line, item) for b in blocks if b.kind == "ul" for item in b.items]
    prose.sort(key=lambda p: p[0])
    lead = next(((b.line, b.text) for b in blocks if b.kind == "p" and b.line not in standfirst), None)
    event, skipped = find_event_date(prose, reference)
    # A standfirst written as sentences, between the headline and the stamp under it, gives the event only where the
    # story's own paragraphs give that day too ("昨日" over "… 昨日（2日）…"); where they give another, theirs is the
    # event ("Heute plant er …" or "… liegt bis Donnerstag am Kai" over "… am Dienstagabend …", "… mandag morgen …").
    above = [line for line, _ in prose if published_line and title_line < line < published_line]
    if event is not None and event.line in above and len(above) <= 2 and published_line - title_line <= 8:
        body = [(line, text) for line, text in prose if line not in above]
        own, own_skipped = find_event_date(body, reference)
        if own is not None and own.date != event.date and not any(
                m.date == event.date for line, text in body[:2] for m in date_mentions(text, reference, line)):
            # (the story's first two paragraphs: a day further down is what followed, "… fuhr am Mittwoch zurück")
            meta.notes.append((event.line, f"the standfirst's {event.text!r} is not the day the story's paragraphs give"))
            event, skipped = own, own_skipped
    if lead and reference is not None and _reports_now(lead[1], reference) and not (event and is_recent(event.date, reference)):
        # "The ministry has decided …": the news is the release itself, dated by its own stamp;
        # dates further down ("the summit of 9 to 11 July 2024") are background. (A day of the
        # weeks just before, "On May 29, the ministry said …", is the news the lead sums up.)
        event, skipped = None, ()
        meta.notes.append((lead[0], "the lead gives no date and reports in the present perfect: the event takes the article's date"))
    if event is None and meta.occasions:
        # The story gives no date, but a dated line above the headline names its occasion
        # ("Session of Wednesday, 3 June 2026"): minutes and transcripts are dated by it.
        number, date, text = meta.occasions[0]
        event = DateMention(date, number, 1, text, f"event date read from the line above the headline: {text!r}")
    meta.notes += [(m.line, m.note) for m in skipped if m.note]
    if event and event.note:
        meta.notes.append((event.line, event.note))

    guesses = []
    ending = according_to_end(lead[1]) if lead and attributed_to is None else None
    if ending:
        attributed_to = ending
        meta.notes.append((lead[0], f"attribution read from the lead's 'according to {ending}'"))
    if attributed_to is None:
        for number, text in prose:
            who = reported_by(text)
            if who:
                attributed_to = who
                meta.notes.append((number, f"attribution read from {who!r} reporting"))
                break
    elif attributed_line:
        guesses.append((attributed_line, f"attribution {attributed_to!r} read from an 'According to' lead"))

    publisher = _publisher(meta, filed, filed_line, guesses, lines)
    if declared.publisher:
        publisher = declared.publisher[0]
        guesses.append((declared.publisher[1], f"publisher {publisher!r} declared by the {_KIND[declared.kind]}"))
    if filed is None and meta.place is None and meta.author:
        meta.place = _place_on_byline(lines, title_line, meta.author, blocks, publisher)
        if meta.place:
            guesses.append((meta.place[1], f"dateline: filed in {meta.place[0]}, read from the byline's line"))
    if filed and publisher and ", " in filed.place and filed.place.rpartition(", ")[2].casefold() == publisher.casefold():
        # "SURABAYA, Kabar Brantas – …": the outlet's own name after the place, where a wire's agency stands.
        filed = dataclasses.replace(filed, place=filed.place.rpartition(", ")[0])
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
        dateline=filed.place if filed else (meta.place[0] if meta.place else None),
        event=event,
        uncertain=tuple(sorted(set(meta.notes))),
        guesses=tuple(sorted(set(guesses))),
    )


def _place_on_byline(lines: list[Line], title_line: int, author: str, blocks: list[Block], publisher: str | None) -> tuple[str, int] | None:
    """The filing place after the name on the byline's line near the headline, if the story names it too."""
    for line in lines:
        if abs(line.number - title_line) <= 12 and author.casefold() in line.text.casefold():
            place = byline_place(line.text, author)
            if place and place != publisher and any(place in b.text for b in blocks if b.kind == "p"):
                return place, line.number
            # "Ginés Conesa Sánchez" / "Cartagena" / the stamp: the place on a line of its own under the name, as Spanish
            # papers set it (a word or three in capitals, named in the story; a role, "Staff reporter", is not).
            under = next((other for other in lines if other.number > line.number and other.text), None)
            if (line.text.strip() == author and under is not None and 1 <= len(under.text.split()) <= 3 and under.text != publisher
                    and not any(map(str.isdigit, under.text)) and all(w[:1].isupper() for w in under.text.split())
                    and any(re.search(rf"(?<!\w){re.escape(under.text)}(?!\w)", b.text) for b in blocks if b.kind == "p")):
                return under.text, under.number
    return None


_KIND = {"feed": "feed item", "page": "page's metadata", "mail": "mail's header", "json": "article's JSON fields", "csv": "sheet",
         "org": "Org-mode settings", "asciidoc": "AsciiDoc header"}


# "has decided", "have agreed"; and a release's own present, "The Ministry announces that …"
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:now|just|also|today|formally|officially)\s+)?(?!been\b|had\b)[a-z]+(?:ed|en|un|ld|nt)\b"
                      r"|\b(?:announces|confirms|declares|decides)\s+(?:today\s+)?that\b")


def _reports_now(lead: str, reference: PartialDate) -> bool:
    """Whether a lead with no date of its own reports its news as just done ("has decided", "have agreed")."""
    if not _PERFECT.search(lead):
        return False
    return not any((m.date is not None or m.note) and not (m.date and is_background(m.date, reference) and lasting(lead, m))
                   for m in date_mentions(lead, reference))


# Short words a name set in capitals keeps in lower case, and short words that are no acronym.
_SMALL = {"of", "in", "the", "and", "for", "on", "at", "to", "by", "de", "du", "des", "la", "le", "von", "der", "und", "et", "y"}
_SHORT_WORDS = {"new", "old", "day", "sun", "big", "bay", "red", "top", "our", "web", "net", "one", "end", "age", "air", "sea"}


_VOWEL = re.compile(r"[aeiouyäöüåæøéèáíóúà]")  # ("KCSN", "NDTV": no word without a vowel is read as one)


def _as_name(name: str | None) -> str | None:
    """A name set in capitals on a letterhead ("EMBASSY OF JAPAN IN GERMANY") as it is written in text;
    acronyms ("NHK WORLD") keep their capitals."""
    if not name or not name.isupper() or len(name.split()) < 2 or any(t.isdigit() for t in name.split()):
        return name  # (a station's call sign and channel, "KCSN 13", is written so)
    out = []
    for i, token in enumerate(name.split()):
        low = token.lower()
        if i and low in _SMALL:
            out.append(low)
        elif (len(token.strip(".,")) <= 3 and low.strip(".,") not in _SHORT_WORDS and low not in _SMALL) or not _VOWEL.search(low):
            out.append(token)
        else:
            out.append(token.capitalize() if "-" not in token else "-".join(t.capitalize() for t in token.split("-")))
    return " ".join(out)


def _as_written(name: str, lines: list[Line]) -> str:
    """The name as a line of the page writes it in lower and upper case ("Il Corriere del Campidano – …"), else as given."""
    folded = name.casefold()
    for line in lines:
        at = line.text.casefold().find(folded)
        if at >= 0 and not line.text[at:at + len(name)].isupper() and line.text[at].isupper():
            written = line.text[at:at + len(name)]
            if (at == 0 or not line.text[at - 1].isalnum()) and not line.text[at + len(name):at + len(name) + 1].isalnum():
                return written
    return name


def _publisher(meta: PageMeta, filed, filed_line: int, guesses: list, lines: list[Line]) -> str | None:
    """Who published the article: the outlet it names itself wins over a wire agency it carries."""
    name = _named_publisher(meta, filed, filed_line, guesses, lines)
    if name and name.isupper() and len(name.split()) >= 2:
        # (A masthead set in capitals, "IL CORRIERE DEL CAMPIDANO": as the page writes it elsewhere, if it does.)
        written = _as_written(name, lines)
        if written != name:
            return written
    if name and len(name) > 2 and name[0] in "«“„\"" and name[-1] in "»”“\"" and not any(q in name[1:-1] for q in "«»“”„\""):
        name = name[1:-1].strip()  # ("© 2026 «Къойсу Хабар», с. Агвали": the outlet's name in its quotes, without them)
    return _as_name(name)


_TOWN = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]{2,20}")  # (a one-word town name in Latin letters, capitalised)
_TOWN_AND_REGION = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]{2,20}\s\([A-ZÀ-Þ][\w&.'’ -]{1,24}\)")


def _named_publisher(meta: PageMeta, filed, filed_line: int, guesses: list, lines: list[Line]) -> str | None:
    agency = filed.agency if filed and filed.agency else None
    outlet = meta.publishers.get("copyright")
    if outlet and agency and agency.casefold() in outlet[0].casefold():
        outlet = None  # the agency's own copyright ("Harbour Wire Group"): one outfit, known by its wire name
    if outlet and ("," in outlet[0] or "،" in outlet[0]):
        # "© 2026 The Cook Inlet Courier, Anchorage, Alaska" on a page whose masthead is "THE COOK INLET COURIER":
        # the holder is the name the page also sets alone; the rest is its place. (Arabic script's comma: "،".)
        name, place = (piece.strip() for piece in outlet[0].replace("،", ",").split(",")[:2])
        masthead = meta.publishers.get("masthead")
        town = (re.compile(rf"(?<!\w){re.escape(place.rstrip('.'))}(?!\w)")
                if words(name) >= 2 and _TOWN.fullmatch(place.rstrip(".")) is not None else None)
        if (any(line.text.strip().casefold() == name.casefold() for line in lines if line.number != outlet[1])
                # ("© 2026 Nzema Amaneɛ Media, Axim" under the masthead "NZEMA AMANEƐ": the outlet's company, then its town;
                # or one that names it among its words: "© 2026 Rádio Comunitária Mbila FM, Quissico" under "MBILA FM")
                or (masthead and words(name) <= 6 and f" {masthead[0].casefold()} " in f" {name.casefold()} ")
                # (or whose place is the dateline's: "© 2026 Ntanda Community Radio Trust, Ndola." over "NDOLA — …")
                or (filed is not None and filed.place and place.rstrip(".").casefold() == filed.place.casefold())
                # (or a town of one word the page names on another line: "© 2026 Vaigai Sourashtra Vani, Madurai." under the
                # tagline "The Sourashtra community's voice in Madurai since 1987", its masthead in another script)
                or (town is not None and any(town.search(line.text) for line in lines if line.number != outlet[1]))
                # (or a town of one word with its region in brackets after it, a place's shape: "© 2026 Korku Disum, Dharni
                # (Amravati).", its masthead and its town in Devanagari only)
                or (words(name) >= 2 and _TOWN_AND_REGION.fullmatch(place.rstrip(".")) is not None)
                # (or whose name of two words or more the page writes inside another line, in any case: "© 2026 Barak Thar,
                # Silchar." under the masthead row "ইমার ঠারর খবর · BARAK THAR · শিলচর", "Get Neeru Valley Times in your inbox")
                or (words(name) >= 2 and (named := re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE))
                    and any(named.search(line.text) for line in lines if line.number != outlet[1]))):
            outlet = (name, outlet[1])
        elif words(outlet[0]) > 6:
            outlet = None  # (a name and its place that the page does not name otherwise: too loose to credit)
    if outlet and outlet[0][:1] == "ل" and len(outlet[0]) > 4:
        # "جميع الحقوق محفوظة لبوابة الواحة": "reserved to" joins its "ل" to the holder's name, set alone elsewhere on the page.
        name = outlet[0][1:].lstrip("ـ ")
        if any(line.text.strip() == name for line in lines if line.number != outlet[1]):
            outlet = (name, outlet[1])
    if outlet:
        note = f"publisher {outlet[0]!r} read from the copyright line"
        if agency and agency != outlet[0]:
            note += f"; the dateline credits {agency!r} (wire copy?)"
        guesses.append((outlet[1], note))
        return outlet[0]
    if agency:
        guesses.append((filed_line, f"publisher {agency!r} guessed from the dateline's agency"))
        return agency
    if "source" in meta.publishers:
        name, number = meta.publishers["source"]
        guesses.append((number, f"publisher {name!r} read from the source named on the stamp line"))
        return name
    if "sign-off" in meta.publishers:
        name, number = meta.publishers["sign-off"]
        guesses.append((number, f"publisher {name!r} guessed from the sign-off"))
        return name
    if "masthead" in meta.publishers:
        name, number = meta.publishers["masthead"]
        guesses.append((number, f"publisher {name!r} guessed from the masthead or letterhead above the headline"))
        return name
    return None


def _stamp(meta: PageMeta, kind: str) -> tuple[PartialDate | None, int | None]:
    for found, date, number in meta.stamps:
        if found == kind:
            return date, number
    return None, None


def _under_headline(meta: PageMeta, title_line: int) -> tuple[PartialDate, int] | None:
    """The publication stamp right under the headline, where the page's first stamp stands well above it:
    that one is the site's date bar ("Friday, December 4, 2026" over the masthead), the day it was copied."""
    stamps = [(date, number) for kind, date, number in meta.stamps if kind == "published"]
    if len(stamps) < 2 or stamps[0][1] >= title_line - 3:
        return None
    under = next(((date, number) for date, number in stamps if title_line < number <= title_line + 6), None)
    if under is None and title_line - stamps[0][1] >= 8:
        # (Or just over the headline and its kicker, well under the date bar: "کد خبر: …" / "چهارشنبه ۱۳ آبان ۱۴۰۵ - ۰۸:۴۰")
        under = next(((date, number) for date, number in reversed(stamps[1:]) if title_line - 6 <= number < title_line
                      and number - stamps[0][1] >= 6), None)
    if under is not None and under[0] != stamps[0][0]:
        meta.notes.append((stamps[0][1], f"the date over the masthead taken as the site's date bar; the stamp under the headline is the article's"))
    return under


def _time_attribute(meta: PageMeta) -> tuple[PartialDate | None, int | None]:
    """A `<time datetime>` as the publication date: one beside the byline or stamp, else the first."""
    for beside in (True, False):
        for number, value, near in meta.times:
            date = parse_datetime_attribute(value)
            if near == beside and date is not None:
                if not beside:
                    meta.notes.append((number, f"publication date taken from <time datetime={value!r}>"))
                return date, number
    return None, None


def _year_evidence(meta: PageMeta, blocks: list[Block]) -> tuple[int, int, str] | None:
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


def markdown_event_date(body: str, first_line: int, reference: PartialDate | None) -> DateMention | None:
    """The first date a Markdown body gives, read like a raw article's prose; lines are the file's."""
    def prose():  # read only as far as the first date
        fenced = False
        for number, raw in enumerate(body.split("\n"), first_line):
            if _MD_SKIP.match(raw):
                fenced = not fenced if raw.lstrip().startswith(("```", "~~~")) else fenced
                continue
            if not fenced and not raw.lstrip().startswith("#"):
                yield number, plain_line(raw)

    event, _ = find_event_date(prose(), reference)
    return event


