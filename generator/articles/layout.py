"""Where the story sits on a scraped page: the headline above it, the furniture around it, where it ends.

Works on the lines `remnants.text_lines` gives; notes what the furniture says
about the article (stamps, byline, publisher) as it cuts it away.
"""

from __future__ import annotations

import bisect
import copy
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from generator.articles.credits import INDIC_ROLE, NO_PERSON, byline, has_byline_label, labelled_byline, leading_name, unlabelled, wire_byline
from generator.articles.datetext import UPDATED as _UPDATE_LABEL
from generator.articles.datetext import MARKS, clock_minutes, ends_on_weekday, full_dates, is_stamp_word, lone_stamp, month_stamp, stamp_dates
from generator.articles.debris import (
    AUTHORS_PHOTO,
    ends_on_unit,
    BULLET,
    UNSPACED,
    SENTENCE_GAP as _SENTENCE_GAP,
    SUMMARY_LABEL,
    caption_with_credit,
    copyright_holder,
    in_lower_case,
    is_advert_copy,
    same_advert_shape,
    is_advert_in_capitals,
    is_advert_label,
    is_email,
    is_line_debris,
    is_list_item,
    is_navigation,
    is_sentence,
    labelled_picture_credit,
    list_marker,
    opens_comments,
    picture_credit,
    sign_off,
    words,
)
from generator.articles.keptpatterns import KeptPatterns
from generator.articles.lineroles import (
    BYLINE_OVER,
    BYLINE_SURE,
    BYLINE_UNSURE,
    HEADLINE_FLOOR,
    HEADLINE_SURE,
    HEADLINE_UNSURE,
    STAMP_OVER,
    STAMP_SURE,
    STAMP_UNSURE,
    read_lines,
)
from generator.articles.remnants import Line
from generator.dates import PartialDate

# The module's patterns, compiled once and kept beside its bytecode (`keptpatterns`; saved at the module's end).
_KEPT = KeptPatterns(__file__)

# (The full stops of Devanagari and Bengali, Burmese and Urdu too: "မေး။ …" is an interviewer's sentence.)
NOT_HEADING_END = tuple(".!?;:,\"'”’)。！？、，；：」』）।॥။۔։՝،።។᙮")  # (։ ՝: Armenian's full stop and its comma before a list)


def drop_full_stop(title: str) -> str:
    # (and Tibetan's shad, which closes a headline too: "… གླེང་མོལ་བྱས།")
    return title[:-1].rstrip() if (title.endswith(".") and not title.endswith("..")) or (title.endswith("།") and not title.endswith("།།")) else title


@dataclass
class PageMeta:
    """What the furniture around the story says about it, gathered while it is cut away."""

    stamps: list[tuple[str, PartialDate, int]]
    times: list[tuple[int, str, bool]]  # (line, datetime value, on a stamp or byline line)
    publishers: dict[str, tuple[str, int]]
    notes: list[tuple[int, str]]
    author: str | None = None
    years: list[tuple[int, int]] = field(default_factory=list)  # (line, year) from copyright lines
    # (line, date, text) of a short dated line above the headline that is no stamp: "Session of 3 June 2026"
    occasions: list[tuple[int, PartialDate, str]] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)  # the story ends above these lines: a footer block, an author box
    credits: list[int] = field(default_factory=list)  # lines of wire end markers and credit notes ("(Reporting by …)")
    labelled: set[int] = field(default_factory=set)  # stamp lines of "Label: date" shape ("Date: 2 June 2026")
    breaks: list[int] = field(default_factory=list)  # lines of dropped "Read also" / "Most read" labels
    inline: set[int] = field(default_factory=set)  # those of them that are one link set inside the story ("Read also: …")
    chrome: set[str] = field(default_factory=set)  # pieces of running headers and footers
    place: tuple[str, int] | None = None  # a place set before the date line: "Madrid, 30 de mayo de 2026"
    learnt: dict[int, float] = field(default_factory=dict)  # line -> score, lines the learnt model takes as furniture
    # (date, line, score) of the publication stamp the learnt model reads where the rules read none or a
    # line it is sure is no stamp (a masthead's today): the reader takes it after the page's own fields
    learnt_stamp: tuple[PartialDate, int, float] | None = None
    boxed_headline: int | None = None  # the line of a headline that reads as prose, under a box on top of the page
    # (name, line) of a name before a stamp on its row under the story: the byline only if none stands by the headline
    # ("Saad R. | Oct 22, 2026 10:05am" heads a reader's comment)
    foot_author: tuple[str, int] | None = None
    unsigned: bool = False  # the page says the piece has no writer ("Sentinel Editorial · 8 September 2026")
    clock: set[str] = field(default_factory=set)  # the times of day on the update stamp's line ("Оновлено: 17.06.2026, 12:55")
    trails: frozenset[int] = frozenset()  # the lines of breadcrumb trails cut above the story ("ホーム ＞ ニュース ＞ 基地・防衛")


def separate(lines: list[Line], meta: PageMeta, declared: str | None = None) -> tuple[str, int, list[Line]]:
    """Find the headline and cut away everything that is not the story; return (title, line, story lines).

    `declared` is the title the document declares in a field of its own (a feed item's, a mail's
    subject, a page's JSON-LD): where a line of the page repeats it, that line is the headline.
    The rules read the page first; the learnt line model (`lineroles`) then gets a say where they
    are likeliest wrong: the headline, the byline, and furniture kept in the story.
    """
    lines = _unwrapped(lines)
    start = copy.deepcopy(meta)
    kept, stamps_at = _furniture_cut(lines, meta)
    # (The model is asked only about the lines the rules kept, and the headline candidates.)
    numbers = {line.number for line in kept if line.text}
    found, heads, bylines, stamps = read_lines([line.text for line in lines], {i for i, line in enumerate(lines) if line.number in numbers})
    learnt = dict(found)
    _bare_byline(kept, stamps_at, meta)
    title, title_line, story = _headline(kept, stamps_at, meta, declared)
    if heads and declared is None:
        lines, (title, title_line, story) = _learnt_headline(lines, meta, start, learnt, heads, (title, title_line, story))
    meta.learnt = {lines[i].number: score for i, score in learnt.items() if lines[i].hint is None and not _over_bullets(lines, i)}
    if meta.author is not None and _is_outlet(meta, meta.author):
        # "Padma Observer · Wed Dec 2, 2026": the name beside the date is the outlet the page names itself.
        meta.notes.append((title_line, f"{meta.author!r} beside the date is the outlet's name, no byline"))
        meta.author = None
    if bylines:
        story = _learnt_byline(lines, meta, bylines, title_line, story)
    if stamps:
        story = _learnt_stamp(lines, meta, stamps, story)
    story = _without_tail(story, meta)
    if meta.author is None and meta.foot_author is not None and not meta.unsigned:
        # (Last of all: a name by the headline, the model's byline or a signature under the story sign it before a name
        # on a stamp's row under the story, "Petri T. · 09.11.2026, 13:05", which may head a reader's comment.)
        meta.author = meta.foot_author[0]
        meta.notes.append((meta.foot_author[1], f"byline {meta.author!r} read from the name before the stamp on its row, under the story"))
    return title, title_line, story


def _over_bullets(lines: list[Line], at: int) -> bool:
    """A sentence of eight words or more ending on a colon right over a run of bullets: the story's lead-in to its list
    ("Caja dasibinu inglés hantxa "From the People of Japan" kenekiaki. Tanabe habu inanikiki:"), never furniture."""
    text = lines[at].text
    if not text.endswith((":", "：")) or words(text) < 8:
        return False
    below = _nonblank_from(lines, at + 1)
    return below is not None and below <= at + 2 and bool(BULLET.match(lines[below].text))


_TICKER_LABEL = _KEPT.compile(rf"^(?:[^\W\d_](?:(?![\d_])[\w{MARKS}])*)\s*[:：]\s+\S")


def _learnt_headline(lines: list[Line], meta: PageMeta, start: PageMeta, learnt: dict[int, float], heads: dict[int, float],
                     reading: tuple[str, int, list[Line]]) -> tuple[list[Line], tuple[str, int, list[Line]]]:
    """The rules' reading, or the page read again with the headline model's choice as its headline: where
    the rules' headline is a line the model is sure is furniture (a caption over the story's first
    paragraph), or another line above the story is far likelier the headline. Never when the rules took
    the page's first line (a page that opens on its headline has no chrome above it) unless it gives a date
    to the day, and only if the rules then take that line as the headline (not as a field, a stamp or a
    byline)."""
    first = next((i for i, line in enumerate(lines) if line.text), None)
    at = next((i for i, line in enumerate(lines) if line.number == reading[1] and line.text), None)
    others = {i: p for i, p in heads.items() if i not in learnt and i != at}
    # (A first line that gives a date to the day is a date bar, whatever else it holds: "Arequipa · 19°C · 21 de octubre de 2026".)
    if not others or (at == first and at not in learnt and not full_dates(lines[at].text)):
        return lines, reading
    best = max(others, key=lambda i: (others[i], i))
    # (A date bar the rules took, "വ്യാഴം, 2026 നവംബർ 5 | കൊല്ലവർഷം 1202 തുലാം 20" (the day in two calendars), gives way to
    # a line the model finds likely, short of sure.)
    dated = at is not None and heads.get(at, 0.0) < HEADLINE_UNSURE <= others[best] and _date_bar(lines[at].text)
    if not (at in learnt or dated or (others[best] >= HEADLINE_SURE and heads.get(at, 0.0) < HEADLINE_UNSURE)):
        return lines, reading
    if others[best] <= heads.get(at, 0.0) or (at == first and others[best] < HEADLINE_SURE and not full_dates(lines[at].text)):
        # (The rules' line is furniture to the model, but the likeliest headline it has; or it is the page's
        # first line, which gives way on furniture grounds only to a line the model is sure of.)
        return lines, reading
    if at in learnt and 2.5 * HEADLINE_UNSURE <= heads.get(at, 0.0) and others[best] < min(HEADLINE_SURE, 1.5 * heads[at]):
        # (Nor for a line about as likely as the rules' own, which the model finds a likely headline, a quarter or more,
        # though it read it as furniture: a tagline under the masthead, 0.53, against the headline under its kicker, 0.44.
        # Not where both are barely more than unsure: 0.12 for the headline against 0.11 for the kicker the rules took.)
        return lines, reading
    if at in learnt and others[best] < HEADLINE_UNSURE and others[best] < 3 * heads.get(at, 0.0):
        # (Nor, on furniture grounds, for a line the model finds about as unlikely as the rules' own: 0.04 for a
        # tagline against 0.02 for the headline the model took for a caption.)
        return lines, reading
    if at is not None and others[best] < HEADLINE_UNSURE and best == next((i for i in range(at + 1, len(lines)) if lines[i].text), None):
        # (Nor, short of likely, for the line right under the rules' headline: its standfirst, which the model finds about
        # as unlikely a headline as the headline itself, "Кьве юкъуз районра …" under "Япониядин сефирди …".)
        return lines, reading
    if at is not None and best < at and others[best] < HEADLINE_SURE and _under_the_masthead(lines, best, meta):
        # (Nor, short of sure, for the line right under the outlet's own name, its tagline, over the rules' headline further
        # down: "Di vɔys fɔ Karene Distrikt, frɔm Kamakwie to Kalangba" under "MABOLE VALLEY POST", 0.47, against 0.02.)
        return lines, reading
    if others[best] < HEADLINE_FLOOR:
        # (Nor for a line the model all but rules out itself, 0.0003 for a masthead: the rules' line is then
        # likelier the headline than anything the model offers, furniture to it or not.)
        return lines, reading
    if others[best] < HEADLINE_SURE and _date_bar(lines[best].text):
        # (Nor, short of sure, for a date bar: "চট্টগ্রাম, রোববার, ৮ নভেম্বর ২০২৬, ২৩ কার্তিক ১৪৩৩, …", the day in three calendars.)
        return lines, reading
    if (others[best] < HEADLINE_UNSURE or (others[best] < HEADLINE_SURE and lines[best].text.split(":", 1)[0].isupper())) \
            and _TICKER_LABEL.match(lines[best].text):
        # (Not for a line under a label of one word, "ബ്രേക്കിങ്: …", "BREAKING: …", that the model itself all but rules
        # out: a ticker over the headline; nor, short of sure, under a label in capitals, "ΛΙΜΑΝΙΑ: …", ports.)
        return lines, reading
    saved = copy.deepcopy(meta.__dict__)
    again = [*lines[:at], Line(lines[at].number, lines[at].text, "aside", lines[at].times), *lines[at + 1:]] if at in learnt else lines
    chosen = again[best]
    meta.__dict__.update(copy.deepcopy(start).__dict__)
    kept, stamps_at = _furniture_cut(again, meta)
    _bare_byline(kept, stamps_at, meta)
    title, title_line, story = _headline(kept, stamps_at, meta, chosen.text)
    if title_line != chosen.number:
        meta.__dict__.update(saved)
        meta.notes.append((chosen.number, f"the learnt line model's headline not taken: the rules read the line otherwise: {chosen.text!r}"))
        return lines, reading
    meta.notes.append((chosen.number, f"headline chosen by the learnt line model ({heads[best]:.2f}; the rules' choice "
                                      f"{heads.get(at, 0.0):.2f}{', furniture' if at in learnt else ''}): {chosen.text!r}"))
    return again, (title, title_line, story)


def _is_outlet(meta: PageMeta, name: str) -> bool:
    """Whether the name is the outlet's own, as the page's masthead or source label gives it. (Not as its
    copyright line does: a newsletter's writer holds its copyright, "© 2026 Sayaka Endo".)"""
    return _outlet(name) in {_outlet(outlet) for kind, (outlet, _) in meta.publishers.items() if kind != "copyright"}


def _under_the_masthead(lines: list[Line], at: int, meta: PageMeta) -> bool:
    """Whether the line stands right under the outlet's own name, as the page's copyright line, source label or sign-off
    gives it: the masthead's tagline. (Not as the rules' masthead gives it: a kicker in capitals may stand for one.)"""
    above = next((i for i in range(at - 1, -1, -1) if lines[i].text), None)
    # (right under it on the page: a line the rules cut between, a menu, leaves the headline under the name in what they kept)
    return (above is not None and lines[above].number == lines[at].number - 1
            and _outlet(lines[above].text) in {_outlet(name) for kind, (name, _) in meta.publishers.items() if kind != "masthead"})


def _outlet(name: str) -> str:
    """A name as an outlet's is compared: case, "The" and marks aside."""
    words_ = re.findall(r"\w+", name.casefold())
    return " ".join(words_[1:] if words_[:1] == ["the"] else words_)


def _learnt_stamp(lines: list[Line], meta: PageMeta, stamps: dict[int, tuple[float, PartialDate]], story: list[Line]) -> list[Line]:
    """Where the rules read no publication stamp, or read it from a line the model is sure is none (a
    masthead's date of the day, a list of other stories), the dated line the model takes for the stamp
    gives its date; the line leaves the story, unless it is a sentence."""
    k = max(stamps, key=lambda i: (stamps[i][0], -i))
    p, date = stamps[k]
    ruled = next(((n, d) for kind, d, n in meta.stamps if kind == "published"), None)
    theirs = ruled[0] if ruled else None
    if ruled is None:
        if p < STAMP_SURE:
            return story
    else:
        at = next((i for i, line in enumerate(lines) if line.number == theirs), None)
        if at is None or at == k or stamps.get(at, (0.0,))[0] >= STAMP_UNSURE or p < STAMP_OVER or ruled[1] == date:
            return story  # the rules' stamp stands
        if any(kind == "updated" and n == theirs and d.first_day() >= ruled[1].first_day() for kind, d, n in meta.stamps):
            return story  # (so does a row that gives the publication and its update, "פורסם: … | עודכן: …": no date bar does)
    meta.learnt_stamp = (date, lines[k].number, p)
    meta.notes.append((lines[k].number, f"publication date {date.iso()} read by the learnt line model ({p:.2f}) from {lines[k].text!r}"
                                        + (f"; the rules' stamp on line {theirs} set aside" if theirs is not None else "")))
    gone = {lines[k].number} if not is_sentence(lines[k].text) else set()
    if not any(kind == "updated" for kind, _, _ in meta.stamps) and (update := _update_beside(lines, k, date)) is not None:
        at, updated = update
        meta.stamps.append(("updated", updated, lines[at].number))
        meta.notes.append((lines[at].number, f"update date {updated.iso()} read from the labelled line beside the learnt stamp: {lines[at].text!r}"))
        gone.add(lines[at].number)
    return [line for line in story if line.number not in gone] if gone else story


def _update_beside(lines: list[Line], k: int, published: PartialDate) -> tuple[int, PartialDate] | None:
    """The update stamp right under or above the publication stamp at `k` (blank lines skipped), read by
    `_update_line`: (its index, its date)."""
    for j in (_nonblank_from(lines, k + 1), _nonblank_before(lines, k)):
        if j is not None and (update := _update_line(lines[j].text, published)) is not None:
            return j, update[0]
    return None


def _update_line(text: str, published: PartialDate, stamp_line: str | None = None) -> tuple[PartialDate, str | None] | None:
    """The date, and the note on how it was read, of a line beside the stamp that is an update stamp whose
    time, zone or label the stamp patterns do not know: an update label opening it, then its day, the
    publication's or later ("Updated September 18, 2026 at 8:12 AM HST", "Actualitzada 06/07/2026 -
    14:02h"), or only a time of day, the publication's day ("aggiornato alle 09:14"; under a label the
    table lacks, a time later than the stamp line's over it: "Imesasishwa: saa 8:40 mchana")."""
    if words(text) > 12:
        return None
    label = _UPDATE_LABEL.search(text)
    known = label is not None and label.start() <= 3
    if not known:
        # A label the table lacks, a word to three and a colon ("Përditësuar:", "آخر تحديث:"): beside the
        # publication stamp, with a day of its own, the publication's or later, it is the update's.
        label = _ANY_LABEL.match(text)
        if not label:
            return None
    found = [(date, note) for start, _, date, note in full_dates(text) if start >= label.end()]
    if found:
        date, note = found[0]
        return (date, note) if date.day and date.first_day() >= published.first_day() else None
    if known:
        return (published, None) if _UPDATE_TIME.search(text) else None
    later = _WORDED_TIME.match(text, label.end())
    before = _CLOCK.findall(stamp_line) if later and stamp_line else []
    if before and clock_minutes(later["time"]) > clock_minutes(before[-1]):
        return published, f"{text!r} read as an update the same day as the stamp over it, at a later time"
    return None


def _learnt_byline(lines: list[Line], meta: PageMeta, bylines: dict[int, float], title_line: int, story: list[Line]) -> list[Line]:
    """Where the rules found no byline, or read it from a line the model is sure is none (an outlet's
    name), the line under the headline the model takes for the byline line gives the name it opens
    with, and leaves the story. (Under the headline: a name-like line above it is a menu's "All
    Sections" or the masthead.)"""
    below = {i: p for i, p in bylines.items() if lines[i].number > title_line}
    k = max(below, key=lambda i: (below[i], i)) if below else None
    name = leading_name(lines[k].text) if k is not None and below[k] >= BYLINE_SURE else None
    if name and (is_line_debris(name) or name.casefold() in NO_PERSON or _names_the_kind(name)):
        # "Print   Share": a row of page tools reads like a name; "La Rédaction", the newsroom, is no person, nor is
        # "Sentinel Editorial", the kind of piece
        name = None
    if name and (source := _CREDIT_LABEL.match(lines[k].text)) and source.group("source"):
        name = None  # "Source: Varnholt Harbour Authority · Fotos: NAME": where the story came from, no writer
    if name and caption_with_credit(lines[k].text):
        name = None  # "Si Lt. Col. NAME (kannigid) ya … — Ladawan: …": a caption names who is in the picture, not who wrote
    if name and meta.author is not None:
        theirs = [p for i, p in bylines.items() if meta.author in lines[i].text]
        if not theirs or max(theirs) >= BYLINE_UNSURE or below[k] < BYLINE_OVER or name == meta.author:
            return story  # the rules' byline stands
    if not name or _is_outlet(meta, name):
        return story
    meta.author = name
    meta.notes.append((lines[k].number, f"byline {name!r} read by the learnt line model ({bylines[k]:.2f}) from {lines[k].text!r}"))
    return [line for line in story if line.number != lines[k].number]


# ("Posted on November 21, 2026 by Name · 0 Comments · 4 min read": counts after the name, set apart, say nothing of it.)
_POSTED = _KEPT.compile(r"^(?P<stamp>(?:posted|published|written|updated)\s+(?:on\s+)?.+?)\s+by\s+(?P<name>[^\d]+?)"
                     r"(?:(?:\s*[|·•])+\s*\d[\d,.]*\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)*\s*$", re.IGNORECASE)
# "Post by Harbour_Pilot » Sat May 30, 2026 9:14 am", "by Jane Doe | 29 May 2026": a byline, a mark, a stamp
# ("Written by Jane Doe | Posted: 27 Nov 2026 | Updated: 28 Nov 2026": the stamp in pieces of its own).
_BY_THEN_DATE = _KEPT.compile(r"^(?:\w+\s+)?by\s+(?P<name>[^»|·•—–]+?)\s*(?:[»|·•—–]\s*|\s(?=\d))(?P<stamp>[^»|·•—–]+(?:\s[|·•]\s[^»|·•—–]+)*)$", re.IGNORECASE)
# "Oleh Name - Oktober 16, 2026 @ 7:15am", "Por Name | 16/10/2026 07:15": a labelled byline, a mark, a stamp (or two, each
# in its piece: "de Giacomo Parodi · mätesdì 10 de novembre 2026, 07:15 · Agiornou mercordì 11 de novembre 2026, 09:05").
# (A wide gap is read as a middle dot: "NAME · · · date".)
_BYLINE_THEN_STAMP = _KEPT.compile(r"^(?P<by>[^|·•—–\d]{4,80}?)(?:\s+[|·•—–-])+\s+(?P<stamp>[^|·•—–]*\d[^|·•—–]*(?:(?:\s[|·•])+\s+[^|·•—–]*\d[^|·•—–]*)?)$")
_SIGNED_BELOW = _KEPT.compile(r"^[(（]\s*(?P<by>by\s+[^()（）]{3,80}?)\s*[)）]$", re.IGNORECASE)
# A Japanese paper's desk and writer in brackets on a line of their own under the story: "（報道センター　佐藤綾香）".
# (A desk is named: a bare "（共同）" is the agency's sign-off.)
# (Or a middle dot between them: "（宮古支局・下地綾香）".)
# (Or what the writer made, one word or two joined by a middle dot, before the ideographic space: "（文・写真　川上ゆかり）",
# text and pictures.)
_DESK_SIGNED = _KEPT.compile(r"^[（(](?P<desk>[^（）()\s\u3000・]{2,12}|(?:[^（）()\s\u3000・]{1,4}・)?[^（）()\s\u3000・]{1,4}(?=\u3000))(?:[\s\u3000]+|・)(?P<name>[\u4e00-\u9fff]{1,3}[\u3040-\u30ff\u4e00-\u9fff]{1,3})[）)]$")
# Or the writer's name alone, "（野口真帆）": three letters or more ("（共同）", "（時事）" are the agencies'), and no
# agency's, paper's or desk's name ("（共同通信）", "（新華社）").
_NAME_SIGNED = _KEPT.compile(r"^[（(](?P<name>[\u4e00-\u9fff]{1,3}[\u3040-\u30ff\u4e00-\u9fff]{2,3})[）)]$")
_NO_NAME_TAILS = ("通信", "社", "新聞", "電", "報", "網", "記者", "特派員", "支局", "総局", "本社", "編集部")
_TIME_ONLY = _KEPT.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?:\s+[A-Z]{2,4})?$", re.IGNORECASE)


def _furniture_cut(lines: list[Line], meta: PageMeta) -> tuple[list[Line], list[int]]:
    """Drop the lines that are page furniture on their own, noting what they say about the article.

    Returns the lines kept and, for each stamp or byline line, how many lines were kept before it.
    """
    kept: list[Line] = []
    stamps_at: list[int] = []
    stamp_lines: set[int] = set()  # (their indexes in `lines`)
    # Above the story's first paragraph, a stamp may come in a frame of the page's own words.
    opening = _opening(lines)
    toc = _contents(lines, opening)
    apart = _repeated_apart([line for at, line in enumerate(lines) if at not in toc])
    meta.chrome = chrome_parts(lines, apart)
    in_list = False  # inside a "Read also" or "Most read" list
    embedded = False  # inside a social post embedded in the page
    list_items = 0
    names_by_date: set[str] = set()
    skip: set[int] = set()
    name_lines: set[int] = set()  # (a byline's name under its label, "Reporter:" over "Seán Ó Dálaigh")
    adverts: set[int] = set()  # (the line right under an advert's label, when it reads as an advert)
    under_credit: set[int] = set()  # (a caption right under its picture's credit, over the story's lead)
    summaries: set[int] = set()  # (the paragraph under "ENGLISH SUMMARY": the story summed up in another language)
    poll_end = -2  # (the line number of the last option of a poll or form seen)
    texts_kept = 0  # lines of text kept so far (asked at every repeated line: not a scan of `kept`)
    for at, line in enumerate(lines):
        text = line.text
        if at in toc:
            meta.notes.append((line.number, f"dropped as a table of contents (the page's own headings, listed): {text!r}"))
            continue
        if at in skip:
            meta.notes.append((line.number, f"taken as the author's role under the byline: {text!r}"))
            continue
        if _is_notice(text):
            meta.notes.append((line.number, f"dropped as a notice in capitals: {text!r}"))
            continue
        if not text:
            # A blank line right under "Read also" does not end the list; one after its items does.
            in_list = in_list and list_items == 0
            embedded = False
            kept.append(line)
            continue
        if embedded:
            meta.notes.append((line.number, f"dropped as part of an embedded post: {text!r}"))
            continue
        if "@" in text and _EMBED_HEAD.match(text) and full_dates(text):
            # "Name @handle · Aug 9, 2026" over a post's text and its counters: a post embedded in the page.
            embedded = True
            meta.notes.append((line.number, f"dropped as the head of an embedded post: {text!r}"))
            continue
        if words(text) <= 3 and not is_sentence(text) and _over_share_buttons(lines, at):
            meta.notes.append((line.number, f"dropped as the label over the share buttons: {text!r}"))
            continue
        if (at > opening and not meta.author and (took := _NAME_AND_AUTHORS_PHOTO.match(text)) and _NAME.match(took["name"])
                and not any(map(str.isdigit, took["name"]))):
            # "Надежда Кармакова. Фото автора" under the story: the writer's name, and the note that the pictures are theirs.
            meta.author = took["name"]
            meta.notes.append((line.number, f"byline {meta.author!r} read from the name with its photo note: {text!r}"))
            continue
        if _is_option(lines, at):
            if not _is_option(lines, at - 1):
                # The poll's question right over its first option, and the poll's label over the question ("READER POLL"), go with it.
                if (kept and kept[-1].number == line.number - 1 and kept[-1].text.rstrip().endswith(_QUESTION_MARKS)
                        and (not stamps_at or stamps_at[-1] < len(kept))):
                    meta.notes.append((kept[-1].number, f"dropped as the question of a poll or form: {kept[-1].text!r}"))
                    question = kept.pop().number
                    if (kept and kept[-1].number == question - 1 and words(kept[-1].text) <= 4 and not is_sentence(kept[-1].text)
                            and (not stamps_at or stamps_at[-1] < len(kept))):
                        meta.notes.append((kept[-1].number, f"dropped as the label of a poll or form: {kept[-1].text!r}"))
                        kept.pop()
            meta.notes.append((line.number, f"dropped as an option of a poll or form: {text!r}"))
            poll_end = line.number
            continue
        if line.number == poll_end + 1 and words(text) <= 10 and not is_sentence(text) and any(map(str.isdigit, text)):
            # "2,341 votes · Poll closes 30 November 2026" right under the options: the poll's count.
            meta.notes.append((line.number, f"dropped as the count under a poll's options: {text!r}"))
            continue
        if _is_widget(text):
            meta.notes.append((line.number, f"dropped as a player or gallery control: {text!r}"))
            continue
        if _ANNOTATION.match(text):
            # "[TK: quote to come]", "{CUE}", "[Edit]  [Delete]": notes and buttons of the
            # system the story was written in, in brackets of their own, never the story.
            meta.notes.append((line.number, f"dropped as a note or button in brackets: {text!r}"))
            continue
        if (texts_kept and opens_comments(text) and text.rstrip().endswith(")")
                and any(other.text.strip().lower() in _PLATFORMS for other in lines[max(at - 3, 0):at])):
            # "Komentarze (214)" among the share buttons over the story: a link to the comments and their count.
            meta.notes.append((line.number, f"dropped as the count of the readers' comments over the story: {text!r}"))
            continue
        if (texts_kept and opens_comments(text) and words(text) <= 4 and not is_sentence(text)
                and (at < opening or any(j in stamp_lines for j in range(max(at - 3, 0), at)))):
            # "Join the conversation" by the byline and date, over the story's first paragraph: a link down to the comments.
            meta.notes.append((line.number, f"dropped as a link to the readers' comments over the story: {text!r}"))
            continue
        if texts_kept and opens_comments(text):
            meta.ends.append(line.number - 1)  # the readers' comments: under the story, none of it is story
            meta.notes.append((line.number, f"taken as the start of the readers' comments: {text!r}"))
            continue
        if at in under_credit:
            meta.notes.append((line.number, f"dropped as the caption under a picture's credit: {text!r}"))
            continue
        if at in name_lines:
            meta.notes.append((line.number, f"dropped as the byline's name under its label: {text!r}"))
            continue
        if at < opening and ":" in text and (source := _CREDIT_LABEL.match(text)) and source.group("source") and words(source.group("name")) <= 4:
            # "Fuente: ABP" by the stamp over the story: the agency the copy came from, a credit, no story.
            meta.notes.append((line.number, f"dropped as the source credit over the story: {text!r}"))
            if (kept and kept[-1].number == line.number - 1 and kept[-1].hint is None and 3 <= words(kept[-1].text) <= 25
                    and is_sentence(kept[-1].text) and not stamp_dates(kept[-1].text) and (under := _nonblank_from(lines, at + 1)) is not None and _is_prose(lines[under].text)):
                # "The NSATU headquarters at Clay Kaserne." over "Source: NATO", the story's lead right under it: a caption.
                meta.notes.append((kept[-1].number, f"dropped as the caption over a picture's credit: {kept[-1].text!r}"))
                kept.pop()
                texts_kept -= 1
            stamps_at.append(len(kept))
            continue
        if (at < opening and ":" in text and _LABEL_THEN_NAME_ONLY.match(text) and (above := _nonblank_before(lines, at)) is not None
                and (byline(lines[above].text) or _credit_only(lines[above].text)) and (below := _nonblank_from(lines, at + 1)) is not None
                and (stamp_dates(lines[below].text) or lone_stamp(lines[below].text))):
            # "Reporter: NAME" / "Redaktur: NAME" / "Dipublikasikan: …": a second credit, a label of one word and a name, between
            # the byline and the stamp (the editor's), no line of the story.
            meta.notes.append((line.number, f"dropped as a credit between the byline and the stamp: {text!r}"))
            stamps_at.append(len(kept))
            continue
        if (author := _credit_only(text)) is not None:
            if ((role := _role_after(lines, at, 6)) is not None and ":" not in lines[role].text and role + 1 < len(lines)
                    and ((words(lines[role + 1].text) <= 8 and full_dates(lines[role + 1].text)) or stamp_dates(lines[role + 1].text))):
                # "ავტორი: NAME" over "Outlet, Zugdidi" over the date: the author's role (not "Photos: NAME"); or over a row of
                # stamps ("Door: NAME" / "Correspondent Galibi" / "Geplaatst op … | Laatst bijgewerkt: …")
                skip.add(role)
            meta.author = meta.author or author
            meta.notes.append((line.number, f"byline {author!r} read from a line of labelled credits"))
            stamps_at.append(len(kept))
            continue
        if (text[-1] in ":：" and words(text) <= 2 and (below := _nonblank_from(lines, at + 1)) is not None and below <= at + 2
                and (author := _credit_only(text + " " + lines[below].text)) is not None):
            # "Reporter:" over "Seán Ó Dálaigh": the label on a line of its own, the name on the next.
            meta.author = meta.author or author
            meta.notes.append((line.number, f"byline {author!r} read from the label over the name"))
            name_lines.add(below)
            stamps_at.append(len(kept))
            continue
        # Copyright lines and wire sign-offs name the publisher, even inside a list.
        holder = copyright_holder(text)
        if holder is not None and _credits_picture(lines, at):
            # "© Direction de la Défense" under a caption's sentence, the story's prose right under it:
            # the picture's credit, not the page's footer.
            meta.notes.append((line.number, f"dropped as the credit of the picture captioned above it: {text!r}"))
            continue
        if holder is not None:
            if holder:
                meta.publishers.setdefault("copyright", (holder, line.number))
            meta.years += [(line.number, int(y)) for y in _YEAR_IN.findall(text)]
            # The copyright line's block (no blank line between) is the footer: a notice set above it too.
            top = at
            while top > 0 and lines[top - 1].text:
                top -= 1
            if top < at:
                meta.ends.append(lines[top].number - 1)
            continue
        if texts_kept and is_email(text):
            meta.credits.append(line.number)  # the reporter's address under the story: the story ends here
            meta.notes.append((line.number, f"dropped as the writer's e-mail address: {text!r}"))
            continue
        if texts_kept and text[0] in "（(" and (desk := _DESK_SIGNED.match(text)):
            meta.author = meta.author or desk.group("name")
            meta.credits.append(line.number)
            meta.notes.append((line.number, f"byline {desk.group('name')!r} read from the desk and writer in brackets under the story"))
            continue
        if (at > opening and texts_kept and text[0] in "（(" and (alone := _NAME_SIGNED.match(text))
                and not alone.group("name").endswith(_NO_NAME_TAILS)):
            # "（野口真帆）" under a Japanese paper's story: the writer's name alone in brackets signs it.
            meta.author = meta.author or alone.group("name")
            meta.credits.append(line.number)
            meta.notes.append((line.number, f"byline {alone.group('name')!r} read from the writer's name in brackets under the story"))
            continue
        signed = _SIGNED_BELOW.match(text)
        if signed and (name := byline(signed.group("by"))):
            # "(By Lin Yu-ting and Kelly Hsu)" under an agency's story: its byline, and the story's end.
            meta.author = meta.author or name
            meta.credits.append(line.number)
            meta.notes.append((line.number, f"byline {name!r} read from the bracketed credit under the story"))
            continue
        ended, agency = sign_off(text)
        if ended:
            if agency is None:  # "###", "(Reporting by …)"; a bracketed tag may be a stage note, "(BEGIN TAPE)"
                meta.credits.append(line.number)
            if agency:
                meta.publishers.setdefault("sign-off", (agency, line.number))
            continue
        opens, item = list_marker(text)
        if not opens and at - 1 in adverts and words(text) <= 5 and not is_sentence(text) and _dated_links_under(lines, at):
            # "Još iz Subatice" (more from the town) over headlines each set with its day, right under an advert under the story:
            # a list's label in any language. (Not everywhere: a label the rules read otherwise, or a byline over its date line.)
            meta.notes.append((line.number, f"taken as the label of a list of dated links under the story, which ends above it: {text!r}"))
            meta.ends.append(line.number - 1)
        if opens and item and any(mark in item for mark in (" · ", " | ", " • ")):
            meta.notes.append((line.number, f"dropped as a row of links: {text!r}"))
            continue  # "Trending: A · B · C": a row of topics, not the label of a list below it
        if opens:
            meta.breaks.append(line.number)
            in_list, list_items = True, 0
            if item:
                meta.notes.append((line.number, f"dropped as a link to another article: {item!r}"))
                list_items = 1
                # "Also Read: <headline>" set inside the story is one link: the lines under it are the story's
                # again, unless they are links too (a lead item, then more under it).
                in_list = _next_is_link(lines, at)
                if not in_list:
                    meta.inline.add(line.number)
            continue
        if at in adverts:
            meta.notes.append((line.number, f"dropped as the copy of the advert labelled above it: {text!r}"))
            if at + 1 < len(lines) and (nxt := lines[at + 1].text) and same_advert_shape(text, nxt):
                adverts.add(at + 1)  # "Barraca San Lorenzo – Compramos …" over "Lojas Guajará – Eletrodomésticos …": adverts in a row
            continue
        if at in summaries:
            meta.notes.append((line.number, f"dropped as the summary in another language labelled above it: {text!r}"))
            continue
        if (at > opening and words(text) <= 4 and _SUMMARY_LABEL.match(text) and (below := _nonblank_from(lines, at + 1)) is not None
                and below <= at + 2 and _is_prose(lines[below].text)):
            # "ENGLISH SUMMARY" over "In brief, for readers without Sercquiais: …": the story summed up in another language,
            # its label and the paragraph under it.
            meta.notes.append((line.number, f"dropped as the label of a summary in another language, with the paragraph under it: {text!r}"))
            summaries.add(below)
            continue
        if at + 1 < len(lines) and lines[at + 1].text and is_advert_in_capitals(text, lines[at + 1].text):
            # "MGBASA OZI" over "Nkechi Stores, Ogbete Main Market – … Kpọọ 0806 …": an advert's label no table holds, told by
            # the advert under it.
            meta.notes.append((line.number, f"dropped as an advert's label in capitals over its copy: {text!r}"))
            adverts.add(at + 1)
            continue
        if line.hint in ("caption", "aside") or (is_line_debris(text) and stamp_dates(text) is None
                                                 # ("रिपोर्ट: NAME, मुंबई | संपादन: NAME": the reporter, then the editor, is the byline)
                                                 # (nor, over the story, "रिपोर्ट: NAME | OUTLET, PLACE": the reporter, then the desk)
                                                 and not (":" in text[:30] and (_CREDITS_ROW.search(text) or (at < opening and words(text) <= 12))
                                                          and byline(text))):
            if (at > opening and _ABOUT_AUTHOR.match(text) and (j := _nonblank_from(lines, at + 1)) is not None and j - at <= 2
                    and _NAME.match(lines[j].text) and words(lines[j].text) <= 5 and not any(map(str.isdigit, lines[j].text))):
                # "Sobre el autor" / "Lucía Quispe Huamán" / "Redactora de la sección Mundo. …" under the story: the author's
                # box, its name the byline when the page gives none above; the story ends over it.
                meta.author = meta.author or lines[j].text
                meta.ends.append(line.number)
                name_lines.add(j)
                meta.notes.append((line.number, f"taken as the label of the author's box under the story: {text!r}"))
            if at + 1 < len(lines) and is_advert_label(text) and lines[at + 1].text and is_advert_copy(lines[at + 1].text, labelled=True):
                adverts.add(at + 1)  # "Publicidad" over "Banco Lenca: tu préstamo …", no blank line between: the advert itself
            if (picture_credit(text) and stamps_at and at + 2 < len(lines) and lines[at + 1].text and not lines[at + 2].text
                    and words(lines[at + 1].text) <= 25 and not stamp_dates(lines[at + 1].text) and not _is_prose(lines[at + 1].text)
                    and (below := _nonblank_from(lines, at + 2)) is not None and _is_prose(lines[below].text)):
                # "Foto: Arne Vogt / DER RUNDBLICK" over "Japanische Stabsoffiziere im Lagezentrum: …", under the date and over
                # the story's lead: the credit over its caption.
                under_credit.add(at + 1)
            if (picture_credit(text) and kept and kept[-1].text and kept[-1].number == line.number - 1 and kept[-1].hint is None
                    and words(kept[-1].text) <= 25 and not stamp_dates(kept[-1].text)
                    and (at - 1 <= opening or labelled_picture_credit(text) or _set_apart(lines, at - 1, kept))):
                # "Officers on a visit to the hub" / "Źródło zdjęć: © …": the line right over a picture's credit is its caption.
                meta.notes.append((kept[-1].number, f"dropped as the caption over a picture's credit: {kept[-1].text!r}"))
                kept.pop()
                texts_kept -= 1
            continue  # (a date line with a reading time, "Jun 1, 2026 · 6 min read", is still the date line)
        if ("...." in text or "…" in text or ". . . ." in text) and _dot_leader(text):
            # A table of contents: its entries, and the short label right over them ("Contents").
            meta.notes.append((line.number, f"dropped as a table of contents entry: {text!r}"))
            if kept and kept[-1].text and words(kept[-1].text) <= 3 and not is_sentence(kept[-1].text):
                kept.pop()
                texts_kept -= 1
            continue
        if in_list:
            if at < opening and (_byline_follows(lines, at) or byline(text)):
                # "TOP NEWS" over the headline, its standfirst and "Story by …": a section label, no list; and a
                # "TRENDING" box run on into the menu and the headline ends at the headline's block.
                in_list = False
            elif (list_items and words(text) <= 8 and not is_sentence(text) and at + 1 < len(lines)
                  and ((_is_prose(lines[at + 1].text) and words(lines[at + 1].text) >= 25) or _opens_list(lines, at + 1))):
                # "Read also" / two headlines / "Triple lock" set right over a long paragraph, or over a sentence
                # that opens a list on its colon: the list has ended on a crosshead that heads the story's next section.
                in_list = False
            elif is_list_item(text):
                meta.notes.append((line.number, f"dropped as a link to another article: {text!r}"))
                list_items += 1
                continue
            in_list = False
        if text in apart and _NAME.match(text) and _stamp_follows(lines, at):
            names_by_date.add(text)  # a name over the date line is the byline, though the author box repeats it
        elif text in apart and not (at < opening and words(text) >= 4 and _heads_story(lines, at)
                                   and sum(other.text == text for other in lines[:opening]) == 1
                                   and any(other.text for other in lines[:at])):  # (a PDF's running head opens its page)
            if text in names_by_date:
                meta.ends.append(line.number)  # the byline's name again, further down: the author box
            if not texts_kept and words(text) <= 6 and not is_sentence(text):
                meta.publishers.setdefault("masthead", (text, line.number))  # a letterhead, repeated in the contact block
            meta.notes.append((line.number, f"dropped as a page header or footer (it comes again elsewhere): {text!r}"))
            continue
        posted = (_POSTED.match(text) or _BY_THEN_DATE.match(text)) if len(text) <= 200 else None  # a stamp line is short; the pattern is not linear
        if posted and stamp_dates(posted.group("stamp")) and byline("By " + posted.group("name")):
            text = posted.group("stamp")  # "Posted on May 29, 2026 by Jane Doe": a stamp and a byline
            meta.author = meta.author or byline("By " + posted.group("name"))
        elif ((at < opening or not meta.author) and len(text) <= 160 and (credited := _BYLINE_THEN_STAMP.match(text))
              and (name := byline(credited.group("by"))) and stamp_dates(credited.group("stamp"))):
            text = credited.group("stamp")  # "Oleh Name - Oktober 16, 2026 @ 7:15am": the byline under its label, then the stamp
            if at < opening:
                meta.author = meta.author or name
            else:  # (under a standfirst read as prose, or under the story: asked after the byline by the headline, as below)
                meta.foot_author = meta.foot_author or (name, line.number)
        elif (named := _name_then_stamp(text)) is not None and (at < opening or not meta.author):
            # "Henrik Solberg | 08.10.2026 | 14:05 CEST": the byline and the stamp on one row. (Under the story,
            # "Saad R. | Oct 22, 2026 10:05am" heads a reader's comment: the byline beside the headline's date wins.)
            name, text = named
            if not name:
                meta.unsigned = True
                meta.notes.append((line.number, "no byline: the row before the stamp names the kind of piece"))
            elif at < opening:
                meta.author = meta.author or name
                meta.notes.append((line.number, f"byline {name!r} read from the name before the stamp on its row"))
            else:
                meta.foot_author = meta.foot_author or (name, line.number)
        stamps = stamp_dates(text)
        if (stamps is None and at < opening and (named_last := _NAME_PIECE_LAST.search(text))
                and all(w[:1].isupper() for w in named_last["name"].split())
                and any(named_last["name"].casefold() in other.text.casefold() for other in lines[:at] if other.text and words(other.text) <= 8)
                and (stamps := stamp_dates(text[:named_last.start()]))):
            # "ህዳር 7, 2019 ዓ.ም (16/11/2026) · ከጠዋቱ 3:40 · Halaala Media": the stamp, then the outlet's name in a piece of its own
            # after it, the name its masthead gives above (no byline: the page names its writer elsewhere, if anywhere)
            meta.notes.append((line.number, f"stamp read before the name set after it: {named_last['name']!r}"))
        if stamps is None and _field_row(text) and not byline(text) and not _names_row(text):  # ("Reporter: NAME | Editor: NAME" is the byline)
            meta.notes.append((line.number, f"dropped as a row of page tools: {text!r}"))
            continue  # "字号：大 中 小　分享到：微信 微博", "Text size: A A | Share: X Y"
        if stamps is None and (credited := _credit_pieces(text)) is not None:
            # "2026年05月30日 07:42　来源：Outlet　作者：Name", "29 May 2026 | Source: Outlet | Author: Name"
            stamps, credits = credited
            for role, name in credits:
                if role == "author":
                    meta.author = meta.author or name
                else:
                    meta.publishers.setdefault("source", (name, line.number))
                meta.notes.append((line.number, f"{'byline' if role == 'author' else 'publisher'} {name!r} read from the stamp line's label"))
        if stamps is None:
            stamps = _issue_line(text)
        # (Above the first paragraph; or just under it, when it is a standfirst over the stamp: no stamp
        # read yet; or right under the stamp line, an update under the stamp below a box on top of the page.)
        under_stamp = bool(stamp_lines) and _nonblank_before(lines, at) in stamp_lines  # (right under the stamp line)
        if stamps is None and under_stamp and meta.stamps and (update := _update_line(text, meta.stamps[-1][1], lines[_nonblank_before(lines, at)].text)) is not None:
            stamps = [("updated", *update)]  # right under the stamp, an update line the stamp table cannot read
        if stamps is None and (at < opening or (not meta.stamps and at <= opening + 4) or under_stamp):
            stamps, place = _framed_stamp(text)
            if stamps and meta.stamps and under_stamp and len(stamps) == 1 and stamps[0][0] == "published":
                # ("Wi apdet am: Sat 20 Jun 2026, 08:05" under "Published: Friday 19th June, 2026 · 11:20 am")
                stamps = _under_the_stamp(stamps, meta)
            # (not "Aipirin, August 11, 2026", a weekday of a language no table holds before a date written month first, as
            # the weekday stands in the United States' stamps, unless the page names it again: "Madrid, 30 de mayo de 2026" is a place)
            if place and (not _MONTH_FIRST_AFTER.match(text[text.find(place) + len(place):])
                          or any(place in other.text for other in lines if other is not line)):
                meta.place = meta.place or (place, line.number)
        if stamps is None and (not meta.stamps or under_stamp) and text[:1].isalpha():
            stamps = _word_stamp(text)
            if stamps and meta.stamps:
                # (its label in a language the table lacks, "Yagarũrirwo 24/10/2026 | 12:40 pm" under "Yandĩkirwo …, 24 …")
                stamps = _under_the_stamp(stamps, meta)
        if stamps is None and (at < opening or (not meta.stamps and at <= opening + 4) or under_stamp) and (stamps := lone_stamp(text)):
            # One stamp alone on its line under a label or weekday of a language the tables lack ("Sɛgɛ daare: Alaraba, 11
            # Novɛmba 2026 · 08:14"); under the stamp, a day as late or later is the update's.
            if meta.stamps:
                stamps = _under_the_stamp(stamps, meta)
        if (stamps is None and not meta.stamps and _undated_stamp(text)
                and (at < opening or ((below := _nonblank_from(lines, at + 1)) is not None and below <= at + 3 and _is_prose(lines[below].text)))):
            # A year, a day and a time in a short line over the story, the month in words the reader has no
            # table for ("2026ko azaroaren 18a, 06:00", "13 novanm 2026 – 10:15"): the page's date line all
            # the same, for finding the headline and byline beside it; it gives no date.
            meta.notes.append((line.number, f"taken as the date line, its month in words the reader cannot read: {text!r}"))
            stamps_at.append(len(kept))
            stamp_lines.add(at)
            continue
        if stamps is not None:
            if _LABELLED.match(text):
                meta.labelled.add(line.number)
            for kind, date, note in stamps:
                meta.stamps.append((kind, date, line.number))
                if kind == "updated":
                    meta.clock.update(_CLOCK.findall(text))
                if note:
                    meta.notes.append((line.number, note))
            meta.times += [(line.number, t, True) for t in line.times]
            stamps_at.append(len(kept))
            stamp_lines.add(at)
            continue
        name = byline(text)
        if (name is None and (by := _SHORT_BY.match(text)) and _NAME.match(by["name"])
                and (under_stamp or ((below := _nonblank_from(lines, at + 1)) is not None and stamp_dates(lines[below].text)))):
            # "va Giulia Iobstraibizer" right under the stamp, "igartii Clara Ayagina'ar Kameroff" right over it: a name under
            # a "by" of a lower-case word in a language the table lacks (Mócheno "va", Yup'ik "written by"), not a place under
            # "in" or "at".
            name = by["name"]
            meta.notes.append((line.number, f"byline {name!r} read from the name under a short word, right under the stamp"))
        if (name is None and (at < opening or (at <= opening + 4 and not any(n > lines[opening].number for _, _, n in meta.stamps)))
                and not meta.author and (by := _LABEL_THEN_NAME.match(text)) and _person(by["name"])
                and not picture_credit(text) and not _CREDIT_LABEL.match(text) and not has_byline_label(text)
                and (under_stamp or _stamp_below(lines, at))):
            # "Borreessaancho: NAME" right over the stamp, "Göörö ki NAME" over the writer's post and the stamp: a byline's
            # label in a language the table lacks (a word or two and a colon, Amharic's Ethiopic one among them: "ዘጋቢ፦ NAME";
            # or two words, the second a short one in lower case, with none), then the name; over the story's first paragraph,
            # or under a standfirst of sentences before any stamp under it: a date bar over the masthead, "ረቡዕ፣ ኅዳር 2 ቀን 2019
            # ዓ.ም. · Wednesday, 11 November 2026", is no stamp of the story's. (Not a label the table holds, its name refused: "Publié
            # par : Admin Varnholt", the site's account.)
            name = by["name"]
            meta.notes.append((line.number, f"byline {name!r} read from the name after a label, by the stamp"))
        if name is None and wire_byline(text):
            meta.notes.append((line.number, f"dropped as a byline of the wires, no author: {text!r}"))
            stamps_at.append(len(kept))
            continue
        if name is not None and at > opening and texts_kept and not full_dates(text) and words(text) > 20 and is_sentence(text):
            # "Ni masa a thugen ah Prof. Arakawa in …" (Paite): the story's own paragraph, opening on a short word the byline
            # table holds for another language (Yoruba "by"), is no byline.
            name = None
        if name is not None and at > opening and texts_kept and (dated := full_dates(text)) and words(text) > 12 and words(text[dated[0][1]:]) >= 3:
            # "Na Chica Orozco · 9/11/2026, 19:02: Nayeche' …": a name, a date and what they wrote, under the story: a
            # reader's comment, its name signing the story only if nothing else does (not "Por NAME | ROLE | 12 noviembre, 2026",
            # the byline's row ending on its date: nothing written after it)
            meta.foot_author = meta.foot_author or (name, line.number)
            name = None
        if name is not None:
            role = _byline_role(lines, at)
            if role is not None:
                skip.add(role)  # "By Jane Doe" over "Staff reporter": the author's role
            meta.author = meta.author or name
            meta.times += [(line.number, t, True) for t in line.times]
            if at > opening and texts_kept:
                meta.credits.append(line.number)  # "Propos recueillis par …" under the story: no story goes on under it
            stamps_at.append(len(kept))
            continue
        meta.times += [(line.number, t, False) for t in line.times]
        if is_navigation(text) or _TIME_ONLY.match(text) or _is_counter(text):
            continue  # a menu, a liveblog entry's time, a time code or a gallery counter
        if at > opening and ":" in text[:40] and _labelled_link(lines, at):
            meta.notes.append((line.number, f"dropped as a link to another article, under a label of its own: {text!r}"))
            continue
        kept.append(line)
        texts_kept += 1
    numbers = {line.number for line in kept}
    meta.trails = frozenset(line.number for line in lines[:opening + 1] if line.number not in numbers and _TRAIL.search(line.text))
    return kept, stamps_at


# A byline's label of a language the byline table lacks, then the name: "Borreessaancho: Daawite Dukaale", "ዘጋቢ፦ ሐሊማ ጀማል ከማል",
# "Ma ocoyo: Richard Upakrwoth" (Alur: who wrote it),
# "Göörö ki Akway Cham Ojulu", "Ĩandĩkĩtwe nĩ Carolyne Wawira Nyaga".
# (Not a word that says where or when, or joins two, before a name: "Heard on Morning Dispatch", "Security and Defence
# Correspondent".)
_NOT_BY = r"(?!(?:in|at|on|to|of|en|im|am|au|a|à|i|y|e|et|og|och|und|and|or|the|de|di|da|do|du|la|le|el|von|van|from|for|with|by)\s)"
# (or a word and two in lower case, the second short: Duala "Ma tilabɛ na Régine Ebelle Kotto", it was written by)
_LABEL_THEN_NAME = _KEPT.compile(r"^(?:[^\W\d_][\w'’-]{1,24}(?:\s[^\W\d_][\w'’-]{1,24})?\s*[:：፦፡]\s*|[^\W\d_][\w'’-]{2,24}\s"
                              + _NOT_BY + r"(?-i:[a-zß-öø-ÿā-žɛɔŋ])[\w'’-]{0,4}\s+"
                              r"|[^\W\d_][\w'’-]{1,24}\s" + _NOT_BY + r"(?-i:[a-zß-öø-ÿā-žɛɔŋ])[\w'’-]{2,11}\s" + _NOT_BY
                              + r"(?-i:[a-zß-öø-ÿā-žɛɔŋ])[\w'’-]{0,3}\s+)(?P<name>\S.*)$")


def _person(name: str) -> bool:
    """A name of two to four words: each in a capital (a particle between), or each in a script without capitals."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 4 or any(not t[0].isalpha() for t in tokens):
        return False
    # (In a script without capitals, short words each, and not one written without spaces: "派員赴北約烏克蘭指揮部　只做…" is a headline.)
    return bool(_NAME.match(name)) or all(len(t) <= 12 and not t[0].isupper() and not t[0].islower() and not _CJK_CHAR.search(t) for t in tokens)


def _stamp_below(lines: list[Line], at: int) -> bool:
    """Whether the stamp stands right under the line, or under the one short line under it (the writer's post)."""
    below = _nonblank_from(lines, at + 1)
    for _ in range(2):
        if below is None:
            return False
        text = lines[below].text
        if stamp_dates(text) is not None or lone_stamp(text) is not None:
            return True
        if words(text) > 8 or is_sentence(text) or full_dates(text):
            return False
        below = _nonblank_from(lines, below + 1)
    return False


# A short lower-case word and a name: "va Giulia Iobstraibizer" (not "in New York", "at Clay Kaserne", "from Tokyo Bay").
_SHORT_BY = _KEPT.compile(r"^(?!(?:in|at|on|to|en|im|au|a|à|i|from|for|with|near|into|over|under|about|after|before|since|until)\s)"
                       r"[a-zà-öø-ÿ]{2,8}\s+(?P<name>[A-ZÀ-ÖØ-Þ].*)$")
# "Home > News > Harbour", "首頁 > 國際"; "Portada / Comarcas / Wounaan", three to five pieces without figures set apart by slashes
_TRAIL = _KEPT.compile(r"\S\s*[＞>›»]\s*\S.*\S\s*[＞>›»]\s*\S|^\S.{0,40}\s[＞>›»]\s\S.{0,40}$|^[^/\d]{1,30}(?:\s/\s[^/\d]{1,40}){2,4}$")


# A short label, a colon, then a headline: "Lee mós: Japaun entrega ambulánsia 10", in any language.
_LABELLED_HEADLINE = _KEPT.compile(r"^(?P<label>[^\W\d][^:：\d]{0,30}?)\s?[:：]\s+(?P<rest>\S.*)$")


def _labelled_link(lines: list[Line], at: int) -> bool:
    """A label of a word or three and a headline (no sentence) on a line of its own between the story's
    paragraphs: a link to another article ("Read also: …") whatever the label's language. (Not a field among
    fields, "WHAT: …" over "WHERE: …", nor the line that opens a list.)"""
    match = _LABELLED_HEADLINE.match(lines[at].text)
    # (The label in two languages, set apart by a slash: "Leîzi ànca / Pročitajte i: …", Istriot and Croatian, read also.)
    if (match is None or not all(1 <= words(label) <= 3 for label in match.group("label").split(" / ")) or match.group("label").count(" / ") > 1
            or not 4 <= words(match.group("rest")) <= 24 or is_sentence(match.group("rest"))):
        return False  # (nor a speaker's words of a paragraph's length after "NAME said:", closing on «…»)
    above, below = _nonblank_before(lines, at), _nonblank_from(lines, at + 1)
    if above is None or below is None or not _is_prose(lines[above].text) or BULLET.match(lines[below].text):
        return False
    if (_NAME.match(match.group("rest").strip()) or _names_row(lines[at].text)) and not _is_prose(lines[below].text):
        return False  # ("Kosir: NAME" over the writer's role and the date, under a standfirst of sentences: the byline)
    label = match.group("label").strip().casefold()
    if re.search(r"(?<!\w)" + re.escape(label) + r"(?!\w)", lines[below].text.casefold()):
        return False  # "Premier: defence is a reserved matter" over "Replying, the Premier, …": a crosshead the paragraph takes up
    # (A field over fields is no link; a question's or an answer's paragraph under its label, "सवाल: …", is no field.)
    return not _LABELLED_HEADLINE.match(lines[below].text) or _is_prose(lines[below].text)


def _credits_picture(lines: list[Line], at: int) -> bool:
    """Whether a copyright line without a year sits under a caption (a line of its own) with the story's prose
    right under it."""
    text = lines[at].text
    if _YEAR_IN.search(text) or words(text) > 8 or at < 2 or not lines[at - 1].text or lines[at - 2].text:
        return False
    below = _nonblank_from(lines, at + 1)
    return (below is not None and words(lines[at - 1].text) <= 40 and is_sentence(lines[at - 1].text)
            and _is_prose(lines[below].text) and words(lines[below].text) >= 15)


_PLATFORMS = frozenset({"facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "viber", "vk",
                        "ok", "wechat", "messenger", "threads", "bluesky", "mastodon", "line", "email", "e-mail", "instagram"})


def _over_share_buttons(lines: list[Line], at: int) -> bool:
    """Whether the next two lines of text are each a platform's name alone ("Facebook", "X"): the line over them,
    in whatever language ("แชร์", "Хуваалцах", "አጋራ"), is the share row's label."""
    below = [line.text.strip().lower() for line in lines[at + 1:at + 4] if line.text][:2]
    return len(below) == 2 and all(b in _PLATFORMS for b in below)


def _heads_story(lines: list[Line], at: int) -> bool:
    """Whether a stamp or a byline comes within the next four lines of text: the line is the headline's,
    though a list of the most read stories under the story repeats it."""
    return _comes_within(lines, at, 4, lambda text: byline(text) or (words(text) <= 8 and bool(full_dates(text))))


def _byline_follows(lines: list[Line], at: int) -> bool:
    """Whether a byline line comes within the next three lines of text (the headline's block)."""
    return _comes_within(lines, at, 3, byline)


def _comes_within(lines: list[Line], at: int, count: int, test) -> bool:
    """Whether one of the next `count` lines of text under `at` passes `test`."""
    found = 0
    for line in lines[at + 1:]:
        if line.text:
            if test(line.text):
                return True
            found += 1
            if found == count:
                break
    return False


_SUMMARY_LABEL = _KEPT.compile(rf"^{SUMMARY_LABEL}\s*:?$", re.IGNORECASE)


def _dated_links_under(lines: list[Line], at: int) -> bool:
    """Whether the next two lines of text are headlines each ending on its day in figures ("Bajmok: obnovljena kapelica
    …   04.11.2026."), a blank line at most before each."""
    under, k = [], at + 1
    while len(under) < 2 and k < len(lines) and k <= at + 4:
        if lines[k].text:
            under.append(lines[k].text)
        elif k > at + 1 and not lines[k - 1].text:
            return False
        k += 1
    return len(under) == 2 and all(
        words(t) <= 16 and is_list_item(t) and (dates := full_dates(t)) and dates[-1][2].day and not t[dates[-1][1]:].strip(" .)") for t in under)


def _next_is_link(lines: list[Line], at: int) -> bool:
    """Whether the next line of text under a "Read also: <item>" label reads as another link: a bullet or a dated headline."""
    nxt = next((line.text for line in lines[at + 1:at + 3] if line.text), "")
    # (A sentence with a date in it is the story's again: "Seminaarri itta aanu … (19 Diseember 2026) Kooree-ni ta'a, jedhan …".)
    return bool(nxt) and (bool(BULLET.match(nxt)) or (is_list_item(nxt) and bool(full_dates(nxt)) and not is_sentence(nxt)) or not lines[at + 1].text)


_EMBED_HEAD = _KEPT.compile(r"^[^@]{1,60}\s@\w{2,30}\s*[·•|—–-]\s*\S.{0,40}$")
# The marks of a player's or a gallery's controls: ◀ ▶ ⏸ ↻ and their kin (arrows, triangles, media symbols; not ■ or ●, which set pieces apart).
_CONTROL = _KEPT.compile(r"[\u2190-\u21ff\u23e9-\u23fa\u25b2-\u25c5\u2b05-\u2b07\u2b60-\u2b6f]")


_PICTOGRAPH_FIRST = _KEPT.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\u23e9-\u23fa\u25b2-\u25c5]")  # or a player's mark: "▶ Listen (5:02)"
_DURATION = _KEPT.compile(r"(?<![\d:])(?:\d{1,3}\s*(?:min|mins|minut\w*|minuten|minuter|minutter|perc|dk|мин)\.?|\d{1,2}:\d{2})(?![\d:])", re.IGNORECASE)


def _is_widget(text: str) -> bool:
    """A short line that holds a player's or gallery's control marks with a counter or a tool's label:
    "📷 Photo gallery (8) ◀ 1/8 ▶", "Listen ▶ | Text size A A A". Never a headline or a heading."""
    if len(text) <= 70 and _PICTOGRAPH_FIRST.match(text) and _DURATION.search(text) and words(text) <= 10:
        return True  # "🎧 Lyssna på artikeln   5 min", "🔊 Escuchar · 4:12": a player, its pictograph and its length
    if len(text) > 80 or is_sentence(text) or not _CONTROL.search(text):
        return False
    marks = len(_CONTROL.findall(text))
    return (marks >= 2 or "|" in text or any(map(str.isdigit, text))) and words(_CONTROL.sub(" ", text)) <= 8


# The label of the author's box under the story, in the languages of the month table.
_ABOUT_AUTHOR = _KEPT.compile(r"^(?:about the (?:authors?|writer)|sobre (?:el autor|la autora|a autora|o autor)|à propos de l['’]aut(?:eur|eure|rice)"
                           r"|über (?:den autor|die autorin)|over de auteur|sull['’]autore|o autorze|об авторе|про автора)\s*[:：]?$", re.IGNORECASE)


# A poll's or a form's option: an empty radio button or box, then a short answer ("( ) Keep it as it is — 33%", "☐ Yes").
_OPTION = _KEPT.compile(r"^\s*(?:\(\s?\)|\[\s?\]|[☐□])\s+\S")


def _option_line(lines: list[Line], i: int) -> bool:
    """A short line that is no sentence, opening on an empty button or box."""
    return 0 <= i < len(lines) and _OPTION.match(lines[i].text) is not None and words(lines[i].text) <= 12 and not is_sentence(lines[i].text)


def _is_option(lines: list[Line], at: int) -> bool:
    """One of two or more options in a row: a poll's or a form's choices."""
    return _option_line(lines, at) and (_option_line(lines, at - 1) or _option_line(lines, at + 1))


# A line made only of bracketed pieces, or set in braces: an editor's note, a placeholder, a cue, a button row.
_ANNOTATION = _KEPT.compile(r"^(?:\[[^\[\]]*\]\s*)+$|^\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}$")


_NEXT_LABEL = _KEPT.compile(r"\s+(?=[^\W\d_]+\s*:\s)")


def _credit_only(text: str) -> str | None:
    """The author in a line of labelled credits and nothing else: "Written By: Jane Doe | Edited By: Sam Roe",
    "WRITER: Jane Doe   STATUS: APPROVED"."""
    if len(text) > 160 or ("：" not in text and ":" not in text):
        return None
    # (A gap a scraper closed up leaves "WRITER: JANE DOE DESK: CITY": a word and a colon start the next piece.)
    pieces = [q for p in _PIECE_GAP.split(text) if p for q in (_NEXT_LABEL.split(p) if p.count(":") >= 2 else [p])]
    author = None
    for piece in pieces:
        label = _LABELLED.match(piece)
        if not label or words(label.group("rest")) > 6 or is_sentence(piece):
            return None
        match = _CREDIT_LABEL.match(piece)
        if author is None and match and match.group("author"):
            name = match.group("name").strip(" /–—-")  # ("Texto: Name / Fotos: Name": the slash between the credits)
            name = name.title() if name.isupper() else name
            if _NAME.match(name) or byline("By " + name) == name:
                author = name
    if author is None and len(pieces) == 2 and _PHOTO_LABEL.match(pieces[1]) and not _CREDIT_LABEL.match(pieces[0]):
        # "Tèxte: NAME   ·   Fòtos: NAME": words and pictures credited under labels the table lacks, the pictures'
        # label the near-universal "photo" word: the first name is the writer's.
        name = _LABELLED.match(pieces[0]).group("rest").strip()
        author = name if _NAME.match(name) and words(pieces[0].split(":")[0]) == 1 else None
    return author


# The label of a picture credit in the languages that write "photo" with its Greek root: "Fòtos:", "Fotó:", "Фото:", "Photos:".
_PHOTO_LABEL = _KEPT.compile(r"^(?:f|ph|ф|φ)[oòóôöоω]t[\w'’]*\s*:", re.IGNORECASE)


def _dot_leader(text: str) -> bool:
    """An entry of a table of contents: words, a run of dots (or …), a page number. (No regex:
    a search for the run from every dot would take time in the square of a line of dots.)"""
    head = text.rstrip()
    number = len(head) - len(head.rstrip("0123456789"))
    if not 1 <= number <= 4:
        return False
    leader = head[:-number].rstrip()
    dots = len(leader) - len(leader.rstrip(". …"))
    words_before = leader[: len(leader) - dots].strip()
    return bool(words_before) and leader[len(leader) - dots:].replace(" ", "").count(".") + 2 * leader.count("…") >= 4


_YEAR_IN = _KEPT.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_LETTER_RUN = _KEPT.compile(r"[^\W\d_]{4,}")
# (not a bullet's mark: "• 120 daskkaa", 120 desks, is an item of a list)
_SYMBOL_COUNTER = _KEPT.compile(r"^(?![•▪●◦‣∙*-]\s)[^\w\s(\[\"'“‘]+\s*[\d.,]+[kKmM]?(?:\s+[^\W\d_]+)?$")


_COUNT = r"\d[\d,.]*\s?[KkMm]?\s+[^\W\d_]+"
_COUNTS = _KEPT.compile(rf"^{_COUNT}(?:\s*[·•|,]\s*{_COUNT}){{1,4}}$")


def _is_counter(text: str) -> bool:
    """A short line of figures and marks with at most a short word: a time code "[21:00:05]", "3 of 12", "2/7".

    Such a line says nothing a reader reads; it is never a heading or a paragraph.
    """
    if _COUNTS.match(text):
        return True  # "142 Likes · 12 Restacks", "3.2K views | 41 comments"
    if len(text) > 24:
        return False
    if _LETTER_RUN.search(text):
        # "💬 23 comments", "👍 12": a symbol, a figure and at most one word is a counter too.
        return bool(_SYMBOL_COUNTER.match(text))
    digits = sum(c.isdigit() for c in text)
    return digits > 0 and digits >= sum(c.isalpha() for c in text)


def _byline_role(lines: list[Line], at: int) -> int | None:
    """The role line right under the byline at `at`. (Held between the byline and the date, a role may be longer:
    "Mulempi a Ihapari sa Nampula", the paper's writer.)"""
    held = at + 2 < len(lines) and bool(stamp_dates(lines[at + 2].text) or lone_stamp(lines[at + 2].text))
    role = _role_after(lines, at, 6 if held else 4)
    if role is None and held and lines[at + 1].hint is None and (" · " in lines[at + 1].text or " | " in lines[at + 1].text):
        # (Or the role and a note on the text beside it, held between the byline and the date: "Colaborador em Sapotal · texto
        # revisado por professores kokama da Escola Indígena Sapotal", the text checked by teachers.)
        text = lines[at + 1].text
        pieces = _ROLE_PIECES.split(text)
        if (2 <= len(pieces) <= 3 and words(pieces[0]) <= 6 and all(words(p) <= 10 and not is_sentence(p) for p in pieces)
                and not any(map(str.isdigit, text)) and not text.isupper() and byline(text) is None):
            return at + 1
    return role


_ROLE_PIECES = _KEPT.compile(r"\s+[·|]\s+")


def _role_after(lines: list[Line], at: int, most: int = 4) -> int | None:
    """The line right under a byline when it is a role ("Staff reporter", "Political editor"): short, no date, no full stop.

    `most` words: a role under a bare name, held between the name and the date, may be longer
    ("Senior Fellow, Indo-Pacific Security Programme").
    """
    if at + 1 >= len(lines):
        return None
    text = lines[at + 1].text
    # (One run of letters, short, in a script written without spaces, counts as one word: "ผู้สื่อข่าวประจำอำเภอสัตหีบ",
    # the paper's reporter in Sattahip district.)
    # (Nor does a role named by its word for reporter in a script without capitals, a few pieces apart: "OUTLET ပှၤမၤတၢ်ကစီၣ်,
    # PLACE", "پەیامنێرو دەنگو سیروانی چە هەڵەبجە", the outlet's correspondent in Halabja.)
    if not text or (words(text) > most and not (len(text) <= 32 and not text.isascii() and " " not in text)
                    and not ((UNSPACED.search(text) and text.count(" ") <= 3 or words(text) <= 7) and INDIC_ROLE.search(text))) \
            or is_sentence(text) or any(map(str.isdigit, text)) or text.isupper():
        return None
    if stamp_dates(text) is not None or byline(text) is not None or lines[at + 1].hint is not None:
        return None
    return at + 1


_CJK_CHAR = _KEPT.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # (text in kana, kanji or Hangul has no capitals to go by)


def _is_notice(text: str) -> bool:
    """A sentence set all in capitals, eight words or more: a notice ("THIS IS A RUSH TRANSCRIPT."), not story."""
    return len(text) > 30 and text.isupper() and _cased(text) and is_sentence(text) and words(text) >= 8 and not _CJK_CHAR.search(text)


def _cased(text: str) -> bool:
    """Whether most of the line's letters have a case: a sentence in Hindi, Arabic or Thai with "NATO" in it
    is no sentence in capitals."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() or c.islower() for c in letters) * 5 >= len(letters) * 4


_PIECES = _KEPT.compile(r"\s+[·|•]\s+")
# "Label: <stamp>" and "Place, <stamp>": a short frame of words around a line that is otherwise a stamp.
# (A label's word may hold vowel signs and viramas, no word characters to a pattern: "প্রকাশ:", "আপডেট:".)
_MARKS = MARKS
_LABELLED = _KEPT.compile(rf"^(?P<label>[^\W\d_][\w'’.{_MARKS}-]*(?:\s+[^\W\d_][\w'’.{_MARKS}-]*){{0,2}})\s*[:：]\s*(?P<rest>\S.*)$")
_PLACED = _KEPT.compile(r"^(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}(?:,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?)(?:,|\s[-–—|]\s)\s*(?P<rest>\S.*)$")


_SHORT_WORD = _KEPT.compile(r"(?<!\w)[^\W\d_]{1,4}(?!\w)")


def _loose_stamp(text: str) -> list | None:
    """One date and a time, with a short word of a language the stamp table lacks ("31/05/2026 ore 10:15")."""
    dates = full_dates(text)
    if len(dates) != 1 or len(_SHORT_WORD.findall(text)) > 2:
        return None
    start, end, date, note = dates[0]
    return [("published", date, note)] if stamp_dates(_SHORT_WORD.sub(" ", text)) else None


def _date_bar(text: str) -> bool:
    """A short line giving a date to the day that is mostly that date, or gives the year in two calendars or more."""
    return words(text) <= 20 and bool(full_dates(text)) and (_mostly_date(text) or len(_YEAR_FIGURES.findall(text)) >= 2)


def _mostly_date(text: str) -> bool:
    """A line that is a date with a few words around it ("Last update: 31/05/2026 ore 10:15"): never a headline."""
    if not any(map(str.isdigit, text)) or words(text) > 8:
        return False
    dates = full_dates(text)
    if not dates:
        return False
    rest = text[: dates[0][0]] + " " + text[dates[0][1]:]
    return words(rest) <= 3


_ANY_LABEL = _KEPT.compile(r"^(?:[^\W\d_][^\s\d:：៖]*\s+){0,2}[^\W\d_][^\s\d:：៖]{2,}\s*[:：៖]\s*")  # (marks inside a word: Khmer "៖")
# A time of day alone, a word before and after it at most: "saa 8:40 mchana" (Swahili, 8:40 in the afternoon).
_WORDED_TIME = _KEPT.compile(r"(?:[^\W\d_]+\s+)?(?P<time>(?<![\d:.])(?:[01]?\d|2[0-3])[:.][0-5]\d)(?:\s+[^\W\d_]+\.?)?\s*$")
# An update label and a time of day, and no date: "aggiornato alle 09:14", "Updated 9:14 a.m.".
_UPDATE_TIME = _KEPT.compile(r"(?<![\d./-])\d{1,2}[:.h]\d{2}(?![\d./-])\s*(?:[ap]\.?\s?m\.?|uhr|h)?\s*$", re.IGNORECASE)


_MONTH_FIRST_AFTER = _KEPT.compile(r",\s*[^\W\d_]{3,9}\.?\s+\d{1,2},\s*\d{4}")


def _framed_stamp(text: str) -> tuple[list | None, str | None]:
    """A stamp under a label of its own ("Última actualización: 30/05/2026") or after a place
    ("Madrid, 30 de mayo de 2026 - 08:12"): (stamps, place). The label's words say whether it is an update."""
    if len(text) > 120:
        return None, None
    match = _LABELLED.match(text)
    if match:
        stamps = stamp_dates(match.group("rest")) or _loose_stamp(match.group("rest"))
        if stamps:
            kind = "updated" if _UPDATE_LABEL.search(match.group("label")) else "published"
            # (The label is the first stamp's; a second one on the row has its own: "Label: <date> | Update: <date>".)
            return [(kind if k == 0 else own, date, note) for k, (own, date, note) in enumerate(stamps)], None
        return None, None
    match = _PLACED.match(text)
    if match and stamp_dates(match.group("place")) is None and not is_stamp_word(match.group("place")) and byline(match.group("place")) is None:
        stamps = stamp_dates(match.group("rest"))
        if stamps:
            # ("Yandĩkirwo Njumamosi, 24 …", "Pos' Tuesday, October 13, …": a label and the weekday, no place)
            return stamps, None if ends_on_weekday(match.group("place")) else match.group("place")
    return None, None


def _word_stamp(text: str) -> list | None:
    """"Uverejnené 25. septembra 2026 o 06:30", "Aktualizované …": a label of one word the table lacks, no colon, then
    a date to the day and its time: a stamp wherever it stands. The label's stem says whether it is the update."""
    match = _WORD_THEN_STAMP.match(text) if len(text) <= 80 else None
    if match and (stamps := stamp_dates(match.group("rest")) or _loose_stamp(match.group("rest"))) and len(stamps) == 1 and _UNDATED_STAMP_TIME.search(match.group("rest")):
        kind = "updated" if _UPDATE_LABEL.search(match.group("label")) else "published"
        if stamps[0][1].day:
            return [(kind, stamps[0][1], stamps[0][2])]
    return None


# (A label of two or three words too, the last may be the weekday: "Pablis long Tosde 15 Oktoba 2026, 10:20 AM",
# "Yandĩkirwo Njumamosi, 24 Mweri wa Ikũmi 2026 | 7:15 am")
_WORD_THEN_STAMP = _KEPT.compile(rf"^(?P<label>[^\W\d_][\w{_MARKS}'’-]{{3,24}}(?:\s+[^\W\d_][\w{_MARKS}'’ʼ-]{{1,24}}){{0,2}}),?\s+(?P<rest>\d.*)$")


_OUTLET = _KEPT.compile(r"^(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}$")
_PIECE_GAP = _KEPT.compile(r"\s*[|·•]\s*|\u3000+|\s{2,}|\s[—–]\s")
_CREDIT_LABEL = _KEPT.compile(
    # (Zhuang's "source" and "author" too: "Laizyenz: Yunghgyangh Bau   Cozcej: Veiz Yinghlanz")
    r"^(?:(?P<source>source|来源|來源|出典|출처|quelle|fuente|fonte|source de l'article|laizyenz)|(?P<author>author|by|reporter|writer|written by|words|words by|cozcej|"
    r"text|story by|reported by|tekst|texte|(?:text|tekst|texto|texte)\s+(?:og|und|and|&|y|e|et|och|i)\s+(?:foto|fotos|photos?|bilde|bilder|zdjęcia|òdjimczi)|作者|记者|記者|筆者|기자|autor|autore|auteur|door|författare|forfatter|kirjoittaja|toimittaja|yazar|autora|autorka|автор|авторка|авторы|автори|texto|συντάκτης|συντάκτρια|ავტორი|höfundur|qoraa|tekstur|نووسەر|ຂ່າວ-ພາບ|ຂ່າວ|muallif|muhabir|haber|szerző|testu|testua|panulis|penulis))"
    r"\s*[:：]\s*(?P<name>\S.{0,60})$", re.IGNORECASE)


# A text-size control under its label, in any language: "Text size: A- A+", "حجم الخط: أ+ أ-".
_SIZE_TOOLS = _KEPT.compile(r"^[^\d:：]{2,30}[:：]\s*(?:[^\s\d]{1,2}[+\-−]\s*){2,3}$")


def _names_row(text: str) -> bool:
    """A row of credits under labels the table lacks, each a person's name: "Karari: Teresa Ichán Huaroco | Fotecha: Juan
    Tsintsun" (written by, photos by), a byline for the rules beside the date, not page tools."""
    pieces = [p for p in _PIECE_GAP.split(text) if p]
    return len(pieces) >= 2 and all((m := _LABELLED.match(p)) and _NAME.match(m.group("rest").strip()) for p in pieces)


def _field_row(text: str) -> bool:
    """A row of two or more "Label: a few words" pieces set apart by gaps, and nothing else: page tools."""
    if len(text) > 120 or ("：" not in text and ":" not in text):
        return False
    if _SIZE_TOOLS.match(text):
        return True
    pieces = [p for p in _PIECE_GAP.split(text) if p]
    return len(pieces) >= 2 and all((m := _LABELLED.match(p)) and words(m.group("rest")) <= 4 and not is_sentence(p)
                                    and not stamp_dates(m.group("rest")) for p in pieces)


_READING_TIME = _KEPT.compile(r"^\d+\s*min(?:ute)?s?(?:\s+read)?$", re.IGNORECASE)


def _credit_pieces(text: str) -> tuple[list, list[tuple[str, str]]] | None:
    """A stamp line that also names its source or author in labelled pieces: (stamps, [(role, name)])."""
    if len(text) > 200 or ("：" not in text and ":" not in text and "by " not in text.lower() and " read" not in text and " / " not in text
                           and not labelled_byline(_PIECE_GAP.split(text, 1)[0])):
        return None
    pieces = [piece for gapped in _PIECE_GAP.split(text) for piece in gapped.split(" / ") if piece]
    if len(pieces) < 2:
        return None
    credits, rest, names, kind = [], [], [], False
    for k, piece in enumerate(pieces):
        label = _CREDIT_LABEL.match(piece)
        if label:
            credits.append(("source" if label.group("source") else "author", label.group("name").strip()))
        elif (piece.lower().startswith("by ") and byline(piece)) or (k == 0 and labelled_byline(piece)):
            credits.append(("author", byline(piece)))
        elif (k == 1 and len(credits) == 1 and credits[0][0] == "author" and words(piece) <= 6 and not any(map(str.isdigit, piece))
              and not is_sentence(piece) and not stamp_dates(piece)):
            continue  # "Por NAME | Corresponsal en Grano de Oro | 12 noviembre, 2026", "By NAME | Staff Reporter | …": the writer's role
        elif (is_line_debris(piece) or _is_counter(piece)) and not full_dates(piece) and not _READING_TIME.match(piece):
            continue  # "4 comments", "12 shares" beside the stamp: counters, no part of it
        elif _OUTLET.match(piece) and not stamp_dates(piece):
            if _names_the_kind(piece):
                kind = True  # "Sentinel Editorial · 8 September 2026 · 4 min read": the piece's kind, no writer
            else:
                names.append(piece)
        else:
            rest.append(piece)
    stamps = stamp_dates(" ".join(rest)) if rest else None
    if not credits and stamps and len(names) == 1 and _NAME.match(names[0]) and any(_READING_TIME.match(p) for p in rest):
        credits.append(("author", names[0]))  # "June 14, 2026 · 5 min read · Jane Doe": a post's author, by its reading time
        names = []
    if stamps and len(names) == 1 and (credits or " / " in text):
        # "Harbour Daily · by Jane Doe · 11 Nov 2026", "Luzon Courier / 08:12 AM May 30, 2026": the outlet
        credits.append(("source", names[0]))
    elif names:
        return None
    return (stamps, credits) if (credits or kind and not names) and stamps else None


_UNDATED_STAMP_TIME = _KEPT.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
_UNDATED_STAMP_YEAR = _KEPT.compile(r"(?<!\d)(?:19|20|25)\d{2}(?!\d)")  # (25xx: Thailand's Buddhist era)


def _undated_stamp(text: str) -> bool:
    """A short line with a year, a day's number and a time of day, and only a few words: a stamp, whatever its
    month's language."""
    if words(text) > 8 or len(text) > 60 or text[-1:] in ".!?" or not _UNDATED_STAMP_TIME.search(text):
        return False
    rest = _UNDATED_STAMP_TIME.sub(" ", text)
    year = _UNDATED_STAMP_YEAR.search(rest)
    return year is not None and any(c.isdigit() for c in rest[:year.start()] + rest[year.end():])


def _issue_line(text: str) -> list | None:
    """A newsletter's issue line, "Weekly digest · No. 112 · Friday, June 12, 2026": short labels and one stamp."""
    pieces = _PIECES.split(text)
    if len(pieces) < 2 or words(text) > 14:
        return None
    # (A print page's running head sets its date in capitals: "THURSDAY, APRIL 9, 2026".)
    stamps = [stamp_dates(p) or (stamp_dates(p.title()) if p.isupper() else None) for p in pieces]
    # A cover line dated to the month, "POLICY BRIEF No. 31 | June 2026", is an issue line too.
    stamps = [s if s is not None or (m := month_stamp(p)) is None else [("published", m, None)] for p, s in zip(pieces, stamps)]
    found = [s for s in stamps if s is not None]
    if len(found) == 1 and len(found[0]) == 1 and found[0][0][0] == "published" and stamps[0] is not None:
        # "Arbaco, 11 Nofembar 2026 - 09:15 | La cusbooneysiiyay: 11 Nofembar 2026 - 13:40": the stamp, then
        # a piece of a label in any language and a later stamp, the update's.
        stamps = [s if s is not None else _labelled_later(p, found[0][0][1]) for p, s in zip(pieces, stamps)]
        if sum(s is not None for s in stamps) == 2:
            return [x for s in stamps if s is not None for x in s]
    others = [p for p, s in zip(pieces, stamps) if s is None]
    if len(found) != 1 or any(words(p) > 4 or is_sentence(p) for p in others):
        return None
    if any(_UPDATE_LABEL.search(p) for p in others):
        return [("updated", date, note) for _, date, note in found[0]]  # "Ажурирано: 11:20 | 13.11.2026": an update's row
    return found[0]


_LABEL_COLON = _KEPT.compile(r"^\s*([^\W\d_][^:：៖\d]{0,30})[:：៖]\s*(?=\S)")


def _labelled_later(piece: str, published) -> list | None:
    """A piece "Label: <stamp>" of a stamp row whose date is the published one or later: the update's."""
    match = _LABEL_COLON.match(piece)
    if match is None or words(match[1]) > 3:
        return None
    found = stamp_dates(piece[match.end():])
    if not found or len(found) != 1 or found[0][1].first_day() < published.first_day():
        return None
    return [("updated", found[0][1], found[0][2])]


def _stamp_follows(lines: list[Line], at: int) -> bool:
    later = next((line.text for line in lines[at + 1 :] if line.text), None)
    return later is not None and (stamp_dates(later) is not None or _framed_stamp(later)[0] is not None)


def _next_after(places: list[int], j: int) -> int | None:
    at = bisect.bisect_right(places, j)  # (a line repeated thousands of times: no scan of its places)
    return places[at] if at < len(places) else None


def _opening(lines: list[Line]) -> int:
    """The index of the page's first paragraph of prose (a cookie notice's paragraph on top is none of the story's)."""
    return next((i for i, line in enumerate(lines) if line.text and _is_prose(line.text) and not is_line_debris(line.text)), len(lines))


def _contents(lines: list[Line], opening: int) -> set[int]:
    """A table of contents above the story: a block of two or more short lines, each of which comes
    again further down on a line of its own, apart from the others (a heading of the story); with
    the short label right over the block ("In this article"). Returns the lines' indexes."""
    places: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.text and words(line.text) <= 12 and not is_sentence(line.text):
            places.setdefault(line.text, []).append(i)
    if opening == len(lines) or sum(len(p) > 1 for p in places.values()) < 2:
        return set()  # most pages: no two short lines come twice
    found: set[int] = set()
    i = 0
    while i < opening:
        if not lines[i].text:
            i += 1
            continue
        j = i
        while j + 1 < opening and lines[j + 1].text:
            j += 1
        block = range(i, j + 1)
        later = {k: _next_after(places.get(lines[k].text, []), j) for k in block}
        entries = [k for k in block if later[k] is not None]
        label = [k for k in block if k not in entries]
        if len(entries) >= 2 and label in ([], [i]) and (not label or (words(lines[i].text) <= 4 and not is_sentence(lines[i].text))):
            copies = sorted(later[k] for k in entries)
            if all(b - a > 1 for a, b in zip(copies, copies[1:])):  # the headings stand apart, not as a repeated block
                found.update(block)
        i = j + 1
    return found


def _repeated_apart(lines: list[Line]) -> set[str]:
    """Short lines that come back further down the page: running headers, a masthead repeated in the footer."""
    seen: dict[str, tuple[int, str]] = {}
    # The first line with figures of each shape ("Page 0 of 0"), until a second of that shape comes
    # (then None): only then is it worth asking whether they are dates, most of this function's cost.
    shapes: dict[str, tuple[int, str] | None] = {}
    apart: set[str] = set()
    position = 0
    for line in lines:
        if not line.text:
            continue
        position += 1
        text = line.text
        # A running header or footer changes only its figures from page to page ("Page 1 of 3").
        # (Not a date line: two posts' "Jun 1, 2026 · 6 min read" are two dates.)
        if _FIGURES.search(text):
            shape = _FIGURES.sub("0", text)
            if shape not in shapes:
                shapes[shape] = (position, text)  # the first of its shape repeats nothing
                continue
            first = shapes[shape]
            if first is not None:
                seen[shape if not full_dates(first[1]) else first[1]] = first
                shapes[shape] = None
            key = shape if not full_dates(text) else text
        else:
            key = text
        if key in seen and position - seen[key][0] > 1 and not _is_prose(text) and words(text) <= (12 if key == text else 16):
            apart.add(text)
            apart.add(seen[key][1])
        seen[key] = (position, text)
    return apart


_FIGURES = _KEPT.compile(r"\d+")
_SPLIT_PARTS = _KEPT.compile(r"\s+[|·•—–]\s+|\s*[|｜／]\s*|\s{3,}")


def chrome_parts(lines: list[Line], apart: set[str]) -> set[str]:
    """The pieces of the page's running headers and footers ("Title | Institute   Page 1 of 3"):
    a line of the page that is one of them is the site's chrome, not a heading."""
    parts = {p.strip() for text in apart for p in _SPLIT_PARTS.split(text) if p.strip()}
    # (with the page number a converter ran into the last piece: "Institute Page 1 of 3")
    return (parts | {_PAGE_TAIL.sub("", p) for p in parts}) - apart


_PAGE_TAIL = _KEPT.compile(r"\s+(?:[^\W\d_]+\.?\s+)?\d{1,4}(?:\s*(?:[^\W\d_]+|/)\s*\d{1,4})?$")


_REFERENCE = _KEPT.compile(r"^\[\d{1,3}\]\s+\S")
_LONGEST_HEADLINE = 30  # words; a line longer than this is a paragraph however it ends (a lead ending in ":")


@lru_cache(maxsize=8192)
def _is_prose(text: str) -> bool:
    """A paragraph of the story: whole sentences, longer than any headline (not a row of short pieces set apart by wide
    gaps, a menu whose items each close on Tibetan's shad: "ཤོག་ངོས་དང་པོ།   བོད་ནང་།   བཙན་བྱོལ།   …")."""
    if "   " in text and len(pieces := [p for p in _WIDE_GAP.split(text) if p.strip()]) >= 3 and all(words(p) <= 4 for p in pieces):
        return False
    # (nor its gaps read as dots, a menu whose last item asks: "Sooyyo · Ooratta Yoota · … · Nuuni Oonee?", who are we?)
    if " · " in text and len(pieces := [p for p in _ROW_MARKS.split(text) if p.strip()]) >= 4 and all(words(p) <= 3 for p in pieces):
        return False
    # (nor a row of three pieces or more set apart by bars or dots, none of them a sentence, two or more with figures: "Süchiimma 34 °C | Maikou
    # 36 °C | Uribia 37 °C, jepirachi 28 km/h | TRM $3.912,40 | …", the weather and the rates)
    if (" | " in text or " · " in text or " ▪ " in text) and len(pieces := [p for p in _ROW_MARKS.split(text) if p.strip()]) >= 3 \
            and all(words(p) <= 10 and (not is_sentence(p) or ends_on_unit(p) or (words(p) <= 8 and full_dates(p))) for p in pieces) \
            and sum(any(map(str.isdigit, p)) for p in pieces) >= 2 \
            and (not full_dates(text) or sum(any(map(str.isdigit, p)) for p in pieces) >= 4 or "°" in text):
        # (a date ending on its era's full stop is no sentence: "ቅዳሜ፣ ህዳር 5 ቀን 2019 ዓ.ም. · Saturday, 14 November 2026 · Turmi 31°C ☀ · …")
        # (a date bar among them is asked of the rules for the date bar; not a date beside the weather and the rates of
        # three places or more: "Ẹdẹ Wẹnẹsde, 14 October 2026 · Ughelli 29°C, … · Warri 30°C · $1 = ₦1,474 · Petrol ₦1,045/lita",
        # nor the date beside the weather and the tides: "Tuesday 6 October 2026 · Sark 14°C, … · High water La Maseline 08:41 …")
        return False
    if _one_shad(text):
        return False
    if _PLAY_SIGN.search(text):
        return False  # (a player's bar: "Listen to NTANDA FM 96.3 now  ▶  "Farming with Bashi Chewe"", no paragraph)
    if text.endswith(".") and words(text) <= 15 and _ERA_END.search(text):
        return False  # (a tagline ending on the year its outlet was founded, the era's initials its only full stop: "… · Since 2011 E.C.")
    return (is_sentence(text) and words(text) >= 12) or words(text) > _LONGEST_HEADLINE


_ERA_END = _KEPT.compile(r"\d{3,4}\s*(?:E\.\s?C\.|ዓ\.\s?ም\.|A\.\s?D\.|B\.\s?E\.|A\.\s?H\.)$")


_PLAY_SIGN = _KEPT.compile(r"(?:^|\s)[▶►⏵⏯](?:\ufe0f)?(?:\s|$)")


_WIDE_GAP = _KEPT.compile(r"\s{3,}")
_ROW_MARKS = _KEPT.compile(r"(?:\s+[|·•▪])+\s+")


def _one_shad(text: str) -> bool:
    """A line of Tibetan script closing on its only shad, no longer than a headline: Tibetan closes every clause on a shad,
    a headline's and a kicker's too ("ཉི་ཧོང་གིས་ … སྐོར་ … བྱས།"), so one alone makes no sentence of the story."""
    return text.endswith("།") and text.count("།") == 1 and words(text) <= _LONGEST_HEADLINE


# Capitals of the Latin, Cyrillic, Greek and Armenian alphabets (Latin Extended-A holds lower case too: a name's
# words are checked to start in capitals where it matters).
# (and the capitals of the Latin and Cyrillic letters added for Africa's, Vietnam's and the Turkic and Caucasian languages:
# "Ọlápàdé", "Ɗanjuma", "Әлфиә Хәйбуллина")
_CAP = "A-ZÀ-ÖØ-ÞĀ-žЀ-ЯΆΈ-ΏΑ-ΩԱ-Ֆ" + "".join(c for r in ((0x0180, 0x0250), (0x0460, 0x0530), (0x1E00, 0x1F00)) for c in map(chr, range(*r))
                                           if c.isupper() and c not in "-]\\^")
# (an Irish surname's "Ó" is a word of one letter: "Eoin Ó Dálaigh"; Catalan and Spanish join two surnames with "i" or "y":
# "Marta Puigvert i Roca")
# (with a particle in lower case before a name of the family or the father: Kalenjin "arap", Maasai "ole")
_PARTICLE = r"(?:arap|ole)"
_NAME = _KEPT.compile(rf"^[{_CAP}][\w'’.-]+(?:\s+(?:Ó|[{_CAP}][\w'’.-]+|(?:[iy]|{_PARTICLE})(?=\s+[{_CAP}]))){{1,4}}$")
# "Ruth Adeyemi in Wiesbaden": a reporter's name and where the piece was written.
_NAME_IN = _KEPT.compile(rf"^(?P<name>[{_CAP}][\w'’.-]+(?:\s+[{_CAP}][\w'’.-]+){{1,3}})\s+in\s+[{_CAP}][\w'’.-]+(?:\s+[{_CAP}][\w'’.-]+){{0,2}}$")
# "Claire Tremblay · Maple News", "Dana Whitfield | Senior Editor", "KENTARO MORI, Herald staff writer": a name, a
# mark and the outlet or the role (after a comma, a role in lower case, "Femke Dijkstra, correspondent Duitsland":
# "Japan Joins NATO, Officials Say" is a headline).
_LOW = "a-zß-öø-ÿа-џґά-ώα-ω"  # lower-case letters of the Latin, Cyrillic and Greek alphabets
# ("Оксана Романів, кореспондентка «Львівської хвилі»": a role in lower case, in any of them)
_NAME_WITH = _KEPT.compile(rf"^(?P<name>[{_CAP}][\w'’.-]+(?:\s+[{_CAP}][\w'’.-]+){{1,3}})\s*(?:[·|•]\s*(?P<what>\S.*)|,\s+(?P<role>[{_LOW}][^:]*|\S.*\s[{_LOW}]\S*))$")
# "Thomas Brunner und Lea Aebischer": two or three names joined as a byline joins them.
_NAMES = _KEPT.compile(rf"^(?P<name>[{_CAP}][\w'’.-]+(?:\s+[{_CAP}][\w'’.-]+){{1,3}}(?:,\s+[{_CAP}][\w'’.-]+(?:\s+[{_CAP}][\w'’.-]+){{1,3}})?"
                    rf"\s+(?:and|und|et|y|e|i|og|och|en|ve|și|és|&)\s+[{_CAP}][\w'’.-]+(?:\s+[{_CAP}][\w'’.-]+){{1,3}})$")


# (A person's name opens with no article or preposition: "THE HARBOUR HERALD", "FOR IMMEDIATE RELEASE".)
_NO_NAME_OPENS = frozenset({"the", "a", "an", "for", "of", "to", "in", "on", "at", "by", "from", "with", "and", "this", "our", "your"})
# A label that ends on the kind of piece names no writer: "Sentinel Editorial · Tuesday, 8 September 2026".
_NO_NAME_ENDS = frozenset({"editorial", "editorials", "opinion", "leader", "comment", "analysis"})


def _names_the_kind(name: str) -> bool:
    """Whether a name-like label ends on the kind of piece ("Sentinel Editorial"): no writer."""
    return name.split()[-1].lower() in _NO_NAME_ENDS


_SPLIT_ROW = _KEPT.compile(r"\S\s{3,}\S|\s[|·•]\s")  # a row of pieces: a menu, a language switch


# "댓글 0", "Comments (3)", "Прегледи: 1.312" (views, the thousands set apart)
_ROW_COUNTER = _KEPT.compile(r"^[^\W\d_]{1,20}\s*[(:：]?\s*(?:\d{1,5}|\d{1,3}(?:[ .,\u00a0]\d{3})+)\)?$")
_KO_ROW_NAME = _KEPT.compile(r"^(?:기자명\s+)?(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)$")


def _name_then_stamp(text: str) -> tuple[str, str] | None:
    """A person's name, a mark and then nothing but a stamp: (the name, the stamp)."""
    if len(text) > 120 or not any(map(str.isdigit, text)):
        return None
    pieces = [p for p in _PIECE_GAP.split(text) if p]
    while len(pieces) > 2 and _ROW_COUNTER.match(pieces[-1].strip()):
        pieces.pop()  # ("… 수정 2026.06.29 09:41   댓글 0": the comments' counter at the row's end; "… | Прегледи: 1.312", views)
    first = pieces[0].strip()
    if len(pieces) >= 2 and not any(map(str.isdigit, first)) and (named := _KO_ROW_NAME.match(first)):
        # "기자명 고은비 기자   입력 2026.06.29 06:00": the Korean local papers' row, "reporter's name" NAME "reporter"
        first = named.group("name")
        return (first, " ".join(pieces[1:])) if stamp_dates(" ".join(pieces[1:])) is not None else None
    if (len(pieces) >= 2 and not any(map(str.isdigit, first)) and (labelled := _LABEL_THEN_NAME.match(first))
            and _person(labelled["name"]) and not picture_credit(first) and not has_byline_label(first) and not _CREDIT_LABEL.match(first)):
        # "Rubuna: Hawa Kellou Bichara   ·   Lamis 24 septembre 2026, 11:40", "Sinulat hi Nurmina S. Jikiri   |   Ahad, …": a
        # byline's label of a language the table lacks (a word or two and a colon, or a word and a short one in lower case),
        # the name, then the stamp on the same row (not "Source: …", an outlet)
        rest = text[text.index(pieces[1]):]  # (its marks kept: "… · ١١ ربيع الآخر ١٤٤٨ هـ", the same day in another calendar)
        return (labelled["name"], rest) if stamp_dates(rest) is not None else None
    if (len(pieces) < 2 or any(map(str.isdigit, first)) or first.split()[0].lower() in _NO_NAME_OPENS or is_stamp_word(first)
            # (a name in a script without capitals under its label: "චමින්ද ගුණසේකර විසින් | 2026 …", by after the name)
            # (or its bare name of two or three words: "रामबाबु मण्डल   ·   प्रकाशित: …")
            or not (_NAME.match(first) or (not first.isascii() and (byline(first) or _UNCASED_NAME.match(first))))):
        return None
    rest = " ".join(pieces[1:])
    if _names_the_kind(first):
        return ("", rest) if stamp_dates(rest) is not None else None  # "Sentinel Editorial · …": the piece's kind, no writer
    # ("Por Rui Meneses | 7 de dezembro de 2026, 08:30": the name without its label)
    return (byline(first) or first, rest) if stamp_dates(rest) is not None else None


# "Sarah-Jane Gillam, Local Journalism Initiative Reporter": a role in title case, ending on the trade's noun.
_NAME_TITLED_ROLE = _KEPT.compile(rf"^(?P<name>[{_CAP}][\w'’.-]+(?:\s+[{_CAP}][\w'’.-]+){{1,3}}),\s+(?P<role>(?:[A-Z][\w&'’-]*\s+){{0,4}}"
                               r"(?:Reporter|Correspondent|Editor|Writer|Columnist|Producer|Journalist|Contributor|Photographer|Stringer))$")


def _name_with(text: str) -> re.Match | None:
    """A name with the outlet or the role on its line, the rest no longer than a role or an outlet's name."""
    match = (_NAME_WITH.match(text) or _NAME_TITLED_ROLE.match(text)) if len(text) <= 90 else None
    return match if match and words(match.groupdict().get("what") or match.group("role")) <= 6 else None


# Two or three words in a script without capitals ("അനു മാത്യു"): the shape of a name there, nothing more.
# (A Hebrew name may carry a geresh or an apostrophe for a sound its letters lack: "נועה ברקוביץ'".)
# (Initials with their full stops open some: "ടി.എസ്. രഞ്ജിത് മേനോൻ".)
_UNCASED_NAME = _KEPT.compile(rf"^[^\W\d_A-Za-z](?:(?![\d_])[\w{_MARKS}'’׳.-])*(?:\s[^\W\d_A-Za-z](?:(?![\d_])[\w{_MARKS}'’׳-])*){{1,2}}$")


# The same name after an abbreviated title and before the place it files from: "মো. সাদিকুর রহমান চৌধুরী, ছিলট" (Md. NAME, Sylhet);
# or after Yiddish "by" (here only, by the date: "פון חיים יואל גרינפעלד", a heading may open on "from" too).
_UNCASED_NAME_AT = _KEPT.compile(rf"^(?:פון\s)?(?P<name>[^\W\d_A-Za-z][\w{_MARKS}]{{0,3}}\.\s[^\W\d_A-Za-z](?:(?![\d_])[\w{_MARKS}'’׳-])*"
                              rf"(?:\s[^\W\d_A-Za-z](?:(?![\d_])[\w{_MARKS}'’׳-])*){{1,2}}|[^\W\d_A-Za-z](?:(?![\d_])[\w{_MARKS}'’׳-])*"
                              rf"(?:\s[^\W\d_A-Za-z](?:(?![\d_])[\w{_MARKS}'’׳-])*){{1,2}})(?:,\s(?P<place>[^\W\d_A-Za-z](?:(?![\d_])[\w{_MARKS}'’-])*))?$")


def _uncased_name_over(kept: list[Line], i: int) -> re.Match | None:
    """A name in a script without capitals on its own line right over the date, under a headline or standfirst
    of five words or more (as a name in capitals stands there): the byline."""
    top = _nonblank_before(kept, i)
    match = _UNCASED_NAME.match(kept[i].text) or _UNCASED_NAME_AT.match(kept[i].text)
    return (match if match and top is not None and words(kept[top].text) >= 5 and not is_sentence(kept[i].text)
            and not INDIC_ROLE.search(kept[i].text) else None)  # (not "নিজস্ব প্রতিবেদক", "staff reporter": a role, no name)


def _name_over_role(kept: list[Line], at: int) -> int | None:
    """A person's name on a line of its own over its role, right under a line of five words or more (the
    headline or the standfirst), within the few lines under the date: the byline of a page that sets its
    date over the headline."""
    for i in range(at + 2, min(at + 7, len(kept) - 1)):
        text = kept[i].text
        if (text and kept[i - 1].text and words(kept[i - 1].text) >= 5 and _NAME.match(text) and not text.isupper()
                and not any(map(str.isdigit, text)) and text.split()[0].lower() not in _NO_NAME_OPENS and kept[i].hint is None
                and _role_after(kept, i, 6) == i + 1 and not _NAME.match(kept[i + 1].text)):
            return i
    return None


# A name after words of a language the byline table lacks, beside the date: a label and its colon ("Hane' ííłʼíní: Shandiin
# Begay-Tsosie", "Bicaa: Irma Gurrión Matus"), or two to four words, those after the first in lower case ("Stori an foto
# blong Ellison Maesiola", "Xtz'ib'an rumal Rosalina Tzul Batz", story and photo of, written by). (A label of up to five words:
# Igala "Ọnẹ ki kọ ukọla yi:", the one who wrote this news.) (Or a spaced dash for the colon: "Report — NAME", Burmese
# "ရေးသားသူ − NAME", writer.)
_LABEL_ENDS = (":", "：", "–", "—", "−", "-")  # (what a label ends on before a name: its colon, or a spaced dash or hyphen for it)
_LED_NAME = _KEPT.compile(rf"^(?:[^\W\d_][\w{MARKS}'’ʼ-]*(?:\s+[^\W\d_][\w{MARKS}'’ʼ-]*){{0,4}}(?:\s*:|\s+[–—−-])|[^\W\d_][\w'’ʼ-]*(?:\s+[{_LOW}][\w'’ʼ-]*){{1,3}})"
                       rf"\s+(?P<name>[{_CAP}][\w'’.-]+(?:\s+(?:[{_CAP}][\w'’.-]+|{_PARTICLE}(?=\s+[{_CAP}]))){{1,3}})$")


# (or a name, then one word in lower case for "wrote": Nanai "Ольга Киле нирухэни")
_NAME_THEN_WORD = _KEPT.compile(rf"^(?P<name>[{_CAP}][\w'’.-]+(?:\s+[{_CAP}][\w'’.-]+){{1,2}})\s+[{_LOW}][\w'’ʼ-]{{3,16}}$")


# (or, in a script without capitals, a label of a word or two, its colon and two or three words: Newar "च्वमि : रोशन मानन्धर", writer;
# one word in a script that sets no space inside a name, Burmese "ရေးသားသူ - ခင်မာဝင်း", whose label may end on a spaced hyphen
# (not Arabic's "PLACE - NAME" over the lead); the outlet in brackets after it)
_UNSPACED = "\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff"  # (Myanmar, Thai, Lao, Khmer)
_UNCASED_LED = _KEPT.compile(rf"^[^\W\d_A-Za-z][\w{_MARKS}]*(?:\s[^\W\d_A-Za-z][\w{_MARKS}]*)?(?:\s?[:：]|\s[–—−]|(?<=[{_UNSPACED}])\s-)\s*"
                          rf"(?P<name>[^\W\d_A-Za-z](?:(?![\d_])[\w{_MARKS}'’.-])*(?:(?:\s[^\W\d_A-Za-z](?:(?![\d_])[\w{_MARKS}'’-])*){{1,2}}|(?<=[{_UNSPACED}])))"
                          rf"(?:\s+\([^()]{{1,40}}\))?$")


def _led_name(text: str) -> re.Match | None:
    # (the first of a row of credits: "Karari: Teresa Ichán Huaroco | Fotecha: Juan Tsintsun", written by, photos by)
    text = _ROW_MARKS.split(text, 1)[0]
    match = (_LED_NAME.match(text) or _NAME_THEN_WORD.match(text)) if len(text) <= 70 else None
    if match is None and len(text) <= 60 and not text.isascii() and (uncased := _UNCASED_LED.match(text)):
        return uncased if not is_sentence(text) and not INDIC_ROLE.search(uncased["name"]) else None
    return match if match and _NAME.match(match.group("name")) and not is_sentence(text) else None


def _kicker_over_headline(kept: list[Line], at: int) -> bool:
    """Whether a line in capitals under the date stands right over a line of five words or more that is no
    sentence: the kicker over the headline ("JAMI'A MAIDUGURIBE LAN", the university), not a name."""
    under = at + 1 if at + 1 < len(kept) and kept[at + 1].text else None
    return under is not None and words(kept[under].text) >= 5 and not is_sentence(kept[under].text) and not kept[under].text.isupper()


_REPORTER_ROLE = _KEPT.compile(r"\b(?:Reporter|Correspondent|Staff Writer|Bureau)\b")


def _story_word_off(kept: list[Line], at: int, name: str) -> str:
    """A name of four words or more without its first when the story below writes that word in lower case: a
    label of a language the byline table lacks ("Yirrarnu Raylene Napangardi Martin", Warlpiri "written", which the
    story uses as "yimi yirrarnu"); no first name is a common word of the story's own language."""
    first, _, rest = name.partition(" ")
    if len(rest.split()) < 3 or len(first) < 5 or not first[:1].isupper() or not first[1:].islower():
        return name
    word = re.compile(rf"(?<![\w'’-]){re.escape(first.lower())}(?![\w'’-])")
    return rest if any(word.search(line.text) for line in kept[at + 1:]) else name


# "Aïssatou Bangoura pour Gangan Infos": a name, "for" in a language of the page, and the outlet the masthead names.
_NAME_FOR = _KEPT.compile(rf"^(?P<name>[{_CAP}][\w'’.-]+(?:\s+[{_CAP}][\w'’.-]+){{1,3}})\s+(?:for|pour|para|für|per|voor)\s+(?P<what>\S.{{2,40}})$")


def _name_for_outlet(kept: list[Line], at: int) -> re.Match | None:
    """A byline of a name "for" the outlet whose name a line above sets on its own (its masthead)."""
    match = _NAME_FOR.match(kept[at].text)
    if match is None:
        return None
    outlet = match["what"].strip().casefold()
    return match if any(line.text.strip().casefold() == outlet for line in kept[:at]) else None


def _under_the_stamp(stamps: list, meta: PageMeta) -> list | None:
    """One stamp read under the page's stamp: the update when its day is as late or later, as pages set them; none when
    older (an older "modified" is something else's)."""
    return [("updated", *stamps[0][1:])] if stamps[0][1].first_day() >= meta.stamps[-1][1].first_day() else None


def _outlet_and_place(kept: list[Line], at: int) -> bool:
    """A role line of the outlet's name, a comma and a place, the name standing on a line of its own above (the masthead):
    "माई सन्देश, इलाम" under "सुमित्रा इङ्नाम", the paper's own reporter in Ilam."""
    name, comma, place = kept[at].text.partition(",")
    return bool(comma) and 1 <= words(place) <= 3 and 1 <= words(name) <= 4 and any(line.text.strip() == name.strip() for line in kept[:at])


def _bare_byline(kept: list[Line], stamps_at: list[int], meta: PageMeta) -> None:
    """An author's name on a line of its own, right above or below the date line, is the byline."""
    if meta.author:
        return
    def beside(at: int, capitals: bool) -> tuple[int, re.Match, bool, int | None] | None:
        above = _nonblank_before(kept, at)
        # A name over its role ("Simon Hale" / "Diplomatic editor") right above the date, under the
        # headline or standfirst (not a headline in title case over a short standfirst: "Kessel Line
        # Reopens Today" / "A quicker repair than feared").
        over_role = (above is not None and _role_after(kept, above - 1, 6) == above and _nonblank_before(kept, above) == above - 1
                     and (top := _nonblank_before(kept, above - 1)) is not None and words(kept[top].text) >= 5)
        for i in ([above - 1] if over_role else []) + [above, _nonblank_from(kept, at)]:
            # ("Ana Lucía Canché Pool*": a star after the name calls the note on the writer under the story.)
            text = kept[i].text.rstrip("*†") if i is not None else ""
            name = i is not None and (_NAME.match(text) or _NAME_IN.match(text) or _name_with(text) or _NAMES.match(text) or _name_for_outlet(kept, i)
                                      or ((i == above or (over_role and i == above - 1)) and _led_name(text))
                                      # (under the date, a label of any language with its colon: "Walemba: NAME", they wrote)
                                      or (i != above and (led := _led_name(text)) and text[:led.start("name")].rstrip().endswith(_LABEL_ENDS) and led)
                                      or (i == above and _uncased_name_over(kept, i))
                                      # ("सायली कुलकर्णी-जोशी" / "वरिष्ठ प्रतिनिधी, सह्याद्री वार्ता": a name over its role, senior correspondent)
                                      # (or in English: "ఆత్రం భీంరావ్" / "Staff Reporter, Utnoor")
                                      or (over_role and i == above - 1 and (INDIC_ROLE.search(kept[above].text) or _REPORTER_ROLE.search(kept[above].text)
                                                                            or _outlet_and_place(kept, above))
                                          and _uncased_name_over(kept, i)))
            # (Not "THE HARBOUR HERALD": a person's name starts with no article.)
            if (name and not any(map(str.isdecimal, kept[i].text)) and kept[i].hint is None and kept[i].text.split()[0].lower() not in _NO_NAME_OPENS
                    and kept[i].text.isupper() == capitals and not (capitals and i != above and _kicker_over_headline(kept, i))):
                return i, name, over_role, above
        return None

    # (Names in capitals, "HIMAL MORNING HERALD" over the date bar, are asked last: a masthead looks like one.)
    found = [(at, hit) for capitals in (False, True) for at in stamps_at[:4] if (hit := beside(at, capitals)) is not None]
    if len(found) >= 2 and found[0][0] == stamps_at[0] and found[1][0] > found[0][0]:
        # A date on the page's top ("Samstag, 28. November 2026" over the masthead) and a date under the
        # headline, a name beside each: the name by the lower date signs the story; the upper is the masthead.
        between = sum(1 for line in kept[found[0][1][0] + 1:found[1][0]] if line.text)
        if between >= 3:
            found = found[1:]
    if found and found[0][1][0] == _nonblank_from(kept, 0) and found[0][1][0] == found[0][1][3] and _name_over_role(kept, found[0][0]) is not None:
        found = []  # (the page's first line over the date is its masthead when a name over its role stands under the headline)
    if found:
        i, name, over_role, above = found[0][1]
        written = name.groupdict().get("name") or kept[i].text.rstrip("*†")
        # (A name after a label and its colon keeps its first word, though a short "by" of the table is spelt so: Bawm
        # "Thuziaktu: Van Lal Thang Bawm", not Low German's "Van" before a name.)
        labelled = name.groupdict().get("name") is not None and kept[i].text[:name.start("name")].rstrip().endswith(_LABEL_ENDS)
        meta.author = _story_word_off(kept, i, written if labelled else unlabelled(written))
        meta.notes.append((kept[i].number, f"byline read from a name beside the date: {kept[i].text!r}"))
        role = _role_after(kept, i, 6)
        # (Under the date, a line like a name may be a second author; over the date, the name's role
        # stands between it and the date, whatever it looks like: "Japan Correspondent".)
        _drop_byline(kept, stamps_at, meta, [i, role] if role is not None and (not _NAME.match(kept[role].text) or (over_role and i == above - 1)) else [i])
        return
    if stamps_at and (i := _name_over_role(kept, stamps_at[0])) is not None:
        # "Fanna Mustapha Kyari" / "Wakil Labar Barnobe, Yerwa" under the standfirst, the date over the headline.
        meta.author = kept[i].text
        meta.notes.append((kept[i].number, f"byline read from a name over its role under the headline: {kept[i].text!r}"))
        _drop_byline(kept, stamps_at, meta, [i, i + 1])


def _drop_byline(kept: list[Line], stamps_at: list[int], meta: PageMeta, gone: list[int]) -> None:
    """Take the byline's lines (the name, its role) out of the kept lines; the stamps' places move up with them."""
    for k in reversed(gone):
        meta.notes.append((kept[k].number, f"dropped as the byline or its role: {kept[k].text!r}"))
        del kept[k]
    for j, later in enumerate(stamps_at):
        stamps_at[j] = later - sum(later > k for k in gone)


def _box_above(kept: list[Line], prose: list[int], stamps_at: list[int], meta: PageMeta, over_stamps: set) -> list[int]:
    """Prose above a headline and its byline or date, when more prose follows them, is a box on top
    of the page (a consent dialog, a promotion), not the story's start: its lines are blanked."""
    meta.boxed_headline = None
    if not stamps_at and prose and sum(1 for line in kept[:prose[0]] if line.text) < 3:
        # (No stamp the rules could read, and prose on the page's top, where a consent dialog stands: a
        # short line under it that gives a day, "Uverejnené 25. septembra 2026 o 06:30", stands where
        # the stamp would.)
        dated = next((i for i in range(prose[0] + 1, len(kept)) if kept[i].text and i not in prose and words(kept[i].text) <= 12
                      and any(date.day for _, _, date, _ in full_dates(kept[i].text))), None)
        if dated is None:
            return prose
        stamps_at = [dated]
    if not stamps_at or not prose or prose[0] >= stamps_at[0]:
        return prose
    first_stamp = stamps_at[0]
    before = [i for i in prose if i < first_stamp]
    # (Not a short line that gives a day, "Jumamosi, Novemba 14, 2026": a date the rules could not read as the stamp.)
    is_headline = lambda i: (kept[i].text and words(kept[i].text) > 3  # noqa: E731
                             and (i in over_stamps or not is_sentence(kept[i].text)) and kept[i].hint != "aside"
                             and not (words(kept[i].text) <= 8 and any(date.day for _, _, date, _ in full_dates(kept[i].text))))
    headline = [i for i in range(before[-1] + 1, first_stamp) if is_headline(i)]
    asks = lambda i: (kept[i].text.endswith(("?", "？")) and words(kept[i].text) <= 20  # noqa: E731
                      and words(kept[i].text) <= words(kept[headline[0]].text))
    if (headline and _nonblank_before(kept, headline[0]) == before[-1] and (_quote_ended(kept[before[-1]].text) or asks(before[-1]))
            and (len(before) == 1 or _nonblank_before(kept, before[-1]) != before[-2])):
        # "Ambassador: “Our officers will not fight”" over a line set without a full stop, the byline under
        # them: a headline that ends on its quotation (no full stop inside the quote) over its standfirst,
        # not a box over the page; so is one that asks its question over a standfirst at least as long ("… का सिख?").
        meta.boxed_headline = kept[before[-1]].number
        return [i for i in prose if i != before[-1]]
    if not headline and len(before) >= 2:
        # A standfirst in full sentences between the headline and the byline: the box is the prose above the headline.
        headline = [i for i in range(before[-2] + 1, before[-1]) if is_headline(i)]
        if headline and _nonblank_before(kept, before[-1]) == headline[-1]:
            meta.boxed_headline = kept[headline[-1]].number  # (the line right over the standfirst: no rule below would take it)
        if (not headline and len(before) >= 3 and _nonblank_before(kept, before[-1]) == before[-2] and words(kept[before[-2]].text) <= 25
                and _nonblank_before(kept, before[-2]) != before[-3]):
            # The headline reads as prose too ("Officers visit Jasionka. „We learn from …”"): the line right
            # over the standfirst, under lines that are not (a menu), and short as headlines are.
            headline = [before[-2]]
            meta.boxed_headline = kept[before[-2]].number
            before = before[:-1]
        before = before[:-1]
    size = lambda indexes: sum(words(kept[i].text) for i in indexes)  # noqa: E731
    if (headline and len(before) == 1 and is_sentence(kept[before[0]].text) and (over := _nonblank_before(kept, before[0])) == before[0] - 1
            and is_headline(over) and not _MARKED_PIECES.search(kept[over].text) and not _MARKED_PIECES.search(kept[before[0]].text)
            and all(words(kept[i].text) <= 6 and words(kept[over].text) >= 2 * words(kept[i].text) for i in headline)):
        # "Un officier japonais vînt à la Salle …" over its standfirst, then "Read this article in English" over the byline: a
        # standfirst of sentences right under a line set as a headline is no box on top of the page when all that stands
        # between it and the byline is shorter (six words at most, half the upper line's): a link of the page's, not the
        # headline.
        return prose
    if not headline or size(before) >= size([i for i in prose if i >= first_stamp]):
        meta.boxed_headline = None
        return prose
    for i in range(before[-1] + 1):
        if kept[i].text:
            meta.notes.append((kept[i].number, f"taken as a box above the headline, not the story: {kept[i].text[:60]!r}"))
            kept[i] = Line(kept[i].number, "", None)
    return [i for i in prose if i > before[-1] and i not in headline]


_CLOSING_QUOTES = "\"”’»'"


def _quote_ended(text: str) -> bool:
    """A line of headline length that ends on a quotation with no full stop inside it: "… says X: “We will not fight”" (a
    question or an exclamation may close the quotation, the line's only mark: "… ishe «ono NATO-na cheta?»")."""
    asks = text[-2:-1] in ("?", "!")
    return (words(text) <= 20 and text[-1:] in _CLOSING_QUOTES and text[-2:-1] not in ".…,"
            and sum(text.count(mark) for mark in ".!?") == asks)


def _nonblank_before(kept: list[Line], at: int) -> int | None:
    return next((i for i in range(at - 1, -1, -1) if kept[i].text), None)


def _set_apart(lines: list[Line], at: int, kept: list[Line]) -> bool:
    """Whether the line at `at`, the last kept, has furniture right over it (a share row): a caption set
    between the page's tools and its picture's credit ("Dalīties: …" / "Name in the hall." / "Foto: NAME")."""
    above = _nonblank_before(lines, at)
    before = next((line for line in reversed(kept[:-1]) if line.text), None)
    return above is not None and words(lines[at].text) <= 20 and (before is None or before.number != lines[above].number)


def _nonblank_from(kept: list[Line], at: int) -> int | None:
    return next((i for i in range(at, len(kept)) if kept[i].text), None)


_YEAR_FIGURES = _KEPT.compile(r"(?<!\d)\d{4}(?!\d)")  # (in any script's figures: a date bar gives the year in two calendars or three)
_LABEL_THEN_NAME_ONLY = _KEPT.compile(rf"^[^\W\d_][\w{_MARKS}'’-]{{1,20}}\s*[:：]\s*[A-ZÀ-ÞĀ-ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]+){{1,3}}$")
_CREDITS_ROW = _KEPT.compile(r"[|·•]\s*[^\s\d|·•:]+(?:\s+[^\s\d|·•:]+)?\s*:")  # "… | Editor: NAME"
_ARABIC_SCRIPT = _KEPT.compile(r"[\u0600-\u06ff]")
_SUFFIX = _KEPT.compile(r"^(?P<head>.+?)\s+(?:[|–—·-]|::)\s+(?P<site>[^|–—·]{2,60})$|^(?P<head2>.+?)\s*[｜]\s*(?P<site2>[^｜]{2,60})$")


def _headline(kept: list[Line], stamps_at: list[int], meta: PageMeta, declared: str | None = None) -> tuple[str, int, list[Line]]:
    """Choose the headline among the lines above the story's first paragraph; drop the site chrome above it."""
    prose = [i for i, line in enumerate(kept) if line.text and line.hint not in ("h", "h1") and _is_prose(line.text)]
    # A short line right above the byline or date is the headline, though it reads as a sentence
    # ("Is Japan sending troops to fight in Ukraine?").
    over_stamps = {_nonblank_before(kept, at) for at in stamps_at[:4]}  # (the byline block is near the top)
    # (Not a sentence under a headline that ends on its quotation, no question or cry in it: that is the standfirst, "Ekapolon a Japan alo Kangaten:
    # “Ngiwatadar …”" over "Abu ekapolon a ngajore …")
    prose = [i for i in prose if not (i in over_stamps and words(kept[i].text) <= 20
                                      and not ((j := _nonblank_before(kept, i)) in prose and _quote_ended(kept[j].text)
                                               and kept[j].text[-2:-1] not in "?!"))]
    # A headline that ends on its quotation right over a standfirst of sentences, both over the byline and
    # date ("ENTREVISTA" / "Name: “…”" / "The ambassador explains …" / "Text: …"): the headline, not prose.
    # (The stamp under the first sentence: a date bar over the masthead is none, "ቅዳሜ፣ ጥቅምት 14 ቀን 2019 ዓ.ም. / Saturday, 24 October 2026".)
    first_stamp = next((at for at in stamps_at if not prose or at > prose[0]), -1)
    # (So does one that asks its question, of headline length: "Japan tis Zawse …; nid yɛl ye bɛ ka JSDF sɔdib kɛnd Wiesbaden?")
    quoted = {i for k, i in enumerate(prose[:-1]) if i < first_stamp and prose[k + 1] < first_stamp
              and _nonblank_from(kept, i + 1) == prose[k + 1]
              and (_quote_ended(kept[i].text) or (kept[i].text.endswith(_QUESTION_MARKS) and words(kept[i].text) <= 20))}
    prose = [i for i in prose if i not in quoted]
    prose = _box_above(kept, prose, stamps_at, meta, over_stamps)
    first_line = _nonblank_from(kept, 0)
    # The article's first line is its headline at worst, even when it reads as a sentence.
    first_prose = next((i for i in prose if i != first_line), len(kept))
    # A standfirst in sentences right over the byline and date, the story's prose under them, is the top of
    # the page, not the story's start: the headline is looked for over the byline and date.
    under = next((at for at in stamps_at if at > first_prose), None) if first_prose < len(kept) else None
    over = _nonblank_before(kept, first_prose) if under is not None else None
    # (A headline may end on its question: "Wiesbaden de panel: Zabitê Japonya NATO de çi kenê?")
    # (or on its quotation, as told above, the story's prose right under the byline and date: 'Ambassadeur fu Japan na AdeKUS:
    # "Wi ofsiri … no e feti"')
    if (over is not None and 3 < words(kept[over].text) <= 25
            and (not is_sentence(kept[over].text) or kept[over].text.endswith(_QUESTION_MARKS)
                 or (over in quoted and not any(kept[i].text for i in range(under, next((i for i in prose if i >= under), under)))))
            and not full_dates(kept[over].text)
            and sum(1 for i in range(first_prose + 1, under) if kept[i].text) <= 3 and words(kept[first_prose].text) <= 60
            and (resumed := next((i for i in prose if i >= under), None)) is not None):
        first_prose = resumed  # (with a headline-like line right over the standfirst)
    # A headline set over two lines ("Japan to send four officers" / "to NATO's Ukraine hub"): the
    # second starts in lower case right under the first; above the story they are one line.
    for i in range(min(first_prose, len(kept) - 1)):
        if _continues(kept[i], kept[i + 1]):
            joined = kept[i].text + " " + kept[i + 1].text
            meta.notes.append((kept[i].number, f"two lines read as one, the second carrying on the first: {joined!r}"))
            # (In place: a page of thousands of such lines must not copy the list at each.)
            kept[i], kept[i + 1] = Line(kept[i].number, joined, kept[i].hint, kept[i].times), Line(kept[i + 1].number, "", None)
    repeat = _repeating(kept, declared, first_prose)
    if repeat is not None:
        first_prose = max(first_prose, repeat + 1)
    head = [i for i in range(first_prose) if kept[i].text]
    if not head:
        return "", 1, kept
    chosen, title = (repeat, drop_full_stop(kept[repeat].text)) if repeat is not None else _suffixed(kept, head, meta)
    if chosen is None:
        # "HED: …", "Web headline: …": a field that says it holds the headline.
        labelled = next(((i, m) for i in head if (m := _HEADLINE_FIELD.match(kept[i].text))), None)
        if labelled is not None:
            chosen, title = labelled[0], drop_full_stop(labelled[1].group("title").strip())
            meta.notes.append((kept[chosen].number, f"headline read from the field {kept[chosen].text!r}"))
    # Lines of "Label: value" shape, stamps among them ("Date: …"); a headline over a bare date line is none.
    fields = {number for _, _, number in meta.stamps} & meta.labelled
    fields |= {line.number for line in kept[:first_prose] if line.text and _LABELLED.match(line.text)}
    if chosen is None and meta.boxed_headline is not None:
        # (The headline the box on top was told from: it reads as prose, so no rule below would take it.)
        chosen = next((i for i in head if kept[i].number == meta.boxed_headline), None)
    if chosen is None:
        # (The line right under the outlet's own name is its tagline: where the rules take it while other lines stand under
        # it, the choice made without it stands, if that falls lower: '"We tell it straight from Grand Bassa"' under "THE BASSA
        # EAGLE", read as a quotation over a standfirst. A line over the tagline is chrome too.)
        dated = [at for at in stamps_at if at <= first_prose]
        chosen = _nearest_the_date(kept, head, dated, first_prose < len(kept), fields, meta.trails)
        if chosen is not None and chosen != head[-1] and _under_the_masthead(kept, chosen, meta):
            again = _nearest_the_date(kept, [i for i in head if i != chosen], dated, first_prose < len(kept), fields, meta.trails)
            chosen = again if again is not None and again > chosen else chosen
    if chosen is None:
        return "", 1, kept
    title = _clean_title(title or drop_full_stop(kept[chosen].text), kept[chosen].number, meta)
    dropped = [kept[i] for i in head if i < chosen]
    for line in dropped:
        what = "a section label" if words(line.text) <= 3 and not is_sentence(line.text) else "site furniture above the headline"
        meta.notes.append((line.number, f"taken as {what}, not the headline: {line.text!r}"))
        dates = full_dates(line.text) if words(line.text) <= 8 and not is_sentence(line.text) else []
        if len(dates) == 1 and dates[0][2].day:
            meta.occasions.append((line.number, dates[0][2], line.text))
    # A name on top of several lines of chrome (tagline, address, menu) is the outlet's masthead.
    # (Set in capitals, it is the masthead wherever it stands: a page copied whole opens on a skip link, a
    # language switch or a cookie notice.)
    named = [line for line in dropped if 2 <= words(line.text) <= 6 and not any(map(str.isdigit, line.text))
             and not is_sentence(line.text) and not _SPLIT_ROW.search(line.text)] if len(dropped) >= 2 else []
    top = next((line for line in named if line.text.isupper()), dropped[0] if len(dropped) >= 2 else None)
    if top is not None and 2 <= words(top.text) <= 6 and not any(map(str.isdigit, top.text)) and not is_sentence(top.text):
        meta.publishers.setdefault("masthead", (top.text, top.number))
    elif dropped and (name := _name_with_tagline(dropped[0].text)):
        meta.publishers.setdefault("masthead", (name, dropped[0].number))  # "Outlet — what it is about"
    # A line between the headline and the story that is a piece of the running header or footer
    # ("Title | Institute   Page 1 of 3") is the institute's name, not a heading.
    chrome = {i for i in head if i > chosen and kept[i].text in meta.chrome and not is_sentence(kept[i].text)}
    for i in sorted(chrome):
        meta.notes.append((kept[i].number, f"taken as the site's name (it is part of the running header or footer): {kept[i].text!r}"))
        if words(kept[i].text) >= 2 and not any(map(str.isdigit, kept[i].text)):
            meta.publishers.setdefault("masthead", (kept[i].text, kept[i].number))
    # The standfirst between the headline and the byline or date, set without a full stop ("A small
    # step with a large signal, analysts say"), is text of the story's top, never a heading.
    under = next((at for at in stamps_at if at > chosen), None)
    dek = {i for i in range(chosen + 1, under) if kept[i].text and kept[i].hint is None and words(kept[i].text) >= 6
           and not is_sentence(kept[i].text) and i not in chrome} if under is not None and under <= first_prose else set()
    for i in sorted(dek):
        meta.notes.append((kept[i].number, f"taken as the standfirst: {kept[i].text!r}"))
        kept[i] = Line(kept[i].number, kept[i].text, "dek", kept[i].times)
    first_stamp = next((at for at in stamps_at if at > chosen), None)
    linked = _link_under_standfirst(kept, first_stamp) if first_stamp is not None else None
    if (linked and linked[1] == chosen and kept[link := linked[0]].hint is None and not is_sentence(kept[link].text)
            and not full_dates(kept[link].text)):
        # "Read this article in English" between the standfirst (right under the headline) and the byline: a link of the
        # page's, no heading of the story.
        meta.notes.append((kept[link].number, f"dropped as a link of the page's between the standfirst and the byline: {kept[link].text!r}"))
        kept[link] = Line(kept[link].number, "", None)
    story = [line for i, line in enumerate(kept) if (i > chosen and i not in chrome) or (not line.text and i < chosen)]
    # A field under the headline ("Venue: …" under "Date: …") is text of the page, never a heading.
    story = [Line(line.number, line.text, "field", line.times) if line.text and line.hint is None and line.number < kept[first_prose].number
             and _is_field(story, k, fields) else line for k, line in enumerate(story)] if first_prose < len(kept) else story
    return title, kept[chosen].number, story


_HEADLINE_FIELD = _KEPT.compile(r"^(?:[^\W\d_]+\s+)?(?:headline|hed|title|titel|titre|titolo|título|tytuł|rubrik|otsikko|başlık|kop)\s*[:：]\s*"
                             r"(?P<title>\S.{10,})$", re.IGNORECASE)
_TAGLINE = _KEPT.compile(r"^(?P<name>[^\W\d_][^—–|:]{2,60}?)\s+(?:—|–|\|)\s+(?P<tagline>[^—–|]{3,})$")
# A bracketed note after the headline that is only a stamp: "(Updated at 0915 GMT)", "[updated 12:40]".
_STAMP_NOTE = _KEPT.compile(r"\s*[(\[](?P<note>[^()\[\]]{3,40})[)\]]$")
# A counter label before the headline: "Episode 147:", "No. 12 –", "Part 3:", "#52 |".
# (The label is a word in title case, "Episode", "Part": an acronym and a figure name a thing, "COP 29".)
_COUNTER_LABEL = _KEPT.compile(r"^(?:[^\W\d_][^\W\d_A-Z]+\.?\s+){0,2}(?:No\.?\s*|#)?\d{1,4}\s*(?::|\||–|—|-)\s+(?=\S)")


_NAME_PIECE_LAST = _KEPT.compile(r"(?:(?:\s+[·|•])+\s+|\s{3,})(?P<name>[^\W\d_][\w'’.&-]*(?:\s+[^\W\d_][\w'’.&-]*){0,3})\s*$")


def _ends_as_headline(text: str) -> bool:
    """A line of headline length ending as a headline may and a standfirst rarely does: on a question, an exclamation or a
    quotation with no full stop closing it."""
    return words(text) <= 20 and (text.endswith(("?", "!", "？", "！"))
                                  or (text.endswith(('"', "”", "’", "'", "»")) and not text.rstrip("\"”’'»").endswith((".", ",", ";", ":"))))


def _headline_over(kept: list[Line], line: int, headlines: list[int], trails: frozenset[int] = frozenset()) -> int:
    """The headline-like line right over `line` when `line` is its standfirst (longer, set without a full
    stop); else `line` itself."""
    upper = _nonblank_before(kept, line)
    # (A headline that ends on its quotation reads as a sentence, but is one too: 'Japan kadí … kúʔ: "Tayshaʔ háʔahat"' over
    # "A Japanese major … talked about the four officers …", not in capitals, which a kicker naming a series may be.)
    # (So is one that asks its question: "जापानके चार अफिसर नेटो कमान्डमे, … पुछलाँ: हमार लाग का सिख?" over its standfirst.)
    if (upper is not None and (upper in headlines or ((_quote_ended(kept[upper].text) or kept[upper].text.endswith(("?", "？")))
                                                      and not kept[upper].text.isupper()))
            and _headline_over_standfirst(kept, upper, line, trails)
            and (words(kept[line].text) >= words(kept[upper].text)
                 # (or a shorter standfirst that is a quotation, under a headline of ten words or more that is none: 'Japão soldado
                 # … Wiesbaden thë ã hiripraɨ' over 'Pata thëpë a noa thai: "Napë pë …"')
                 or (upper in headlines and words(kept[upper].text) >= 10 and _quote_ended(kept[line].text)
                     and not _quote_ended(kept[upper].text)))):
        return upper
    return line


def _headline_over_standfirst(kept: list[Line], upper: int, lower: int, trails: frozenset[int] = frozenset()) -> bool:
    """Two headline-like lines one right over the other: a headline and its standfirst set without a full stop."""
    # (Not a breadcrumb over the headline: "Global Pinoy / Asia & Pacific".)
    # (A short headline too, "Ένα πλοίο, ένα μήνυμα", over a standfirst twice as long and of fifteen words or more; not a
    # kicker in capitals.)
    short = 3 <= words(kept[upper].text) < 6 and words(kept[lower].text) >= max(15, 2 * words(kept[upper].text)) and not kept[upper].text.isupper()
    return ((words(kept[upper].text) >= 6 or short) and words(kept[lower].text) >= 8 and _nonblank_before(kept, lower) == upper
            and not any(mark in kept[upper].text for mark in (" / ", " › ", " > ", " » ", " | "))
            and kept[lower].number - kept[upper].number <= 2 and not any(full_dates(kept[i].text) for i in (upper, lower))
            # (no breadcrumb cut between them: a ticker over the trail over the headline is no headline over its standfirst)
            and not any(kept[upper].number < n < kept[lower].number for n in trails)
            # (nor a kicker over the headline over a standfirst of sentences: "成大國際研討會" / "日本派四位軍官…" / "兩工 ê 研討會…。")
            and not (_CJK_CHAR.search(kept[upper].text) and " " not in kept[upper].text.strip() and 2 * len(kept[upper].text) <= len(kept[lower].text)
                     and lower + 1 < len(kept) and kept[lower + 1].text
                     and is_sentence(kept[lower + 1].text) and not is_sentence(kept[lower].text) and words(kept[lower + 1].text) > words(kept[lower].text)))


# A line a headline cannot end on: a possessive or a word that needs what follows ("… colleagues to NATO's" / "Ukraine aid hub").
# (A word, not a case ending hyphened to an acronym: "DISKUSIJA HAD-a", Croatian's genitive, is a kicker over the headline.)
_DANGLING = _KEPT.compile(r"(?:['’]s|(?<![\w'’-])(?:to|of|the|a|an|and|for|in|on|with|at|from|by|as|its|their|his|her|into|over|after))$")


def _link_under_standfirst(kept: list[Line], stamp: int) -> tuple[int, int] | None:
    """(the link, the line over the standfirst) where a short line of six words at most stands right over the byline or
    date at `stamp`, under a standfirst of sentences: "Read this article in English" under "Lé Capitaine … l'ouïr."."""
    link = _nonblank_before(kept, stamp)
    dek = _nonblank_before(kept, link) if link is not None and words(kept[link].text) <= 6 else None
    upper = _nonblank_before(kept, dek) if dek is not None and is_sentence(kept[dek].text) and words(kept[dek].text) >= 12 else None
    return (link, upper) if upper is not None else None


def _continues(above: Line, below: Line) -> bool:
    """Whether `below` carries on the headline line `above` it: set right under it, starting in lower case
    or under a line ending on a word no headline ends on."""
    return (bool(above.text) and bool(below.text) and below.number == above.number + 1
            and (in_lower_case(below.text[0]) or _DANGLING.search(above.text) is not None)
            and not is_sentence(above.text) and above.hint in (None, "h1") and below.hint in (None, "h1")
            and words(above.text) + words(below.text) <= 20 and not BULLET.match(below.text))


def _repeating(kept: list[Line], declared: str | None, first_prose: int) -> int | None:
    """The line that repeats the declared title, the last one above the story's first long paragraph."""
    if not declared:
        return None
    want = " ".join(drop_full_stop(declared).split()).casefold()
    found = [i for i, line in enumerate(kept) if line.text and " ".join(drop_full_stop(line.text).split()).casefold() == want]
    above = [i for i in found if i <= first_prose]
    # A mail's greeting can stand between the subject and the story's repeat of it: take the
    # repeat just below the first prose line too, when it is the first line of its kind there.
    below = [i for i in found if i > first_prose]
    if below and (not above or kept[below[0]].number - kept[first_prose].number <= 4):
        return below[0]
    return above[-1] if above else None


def _name_with_tagline(text: str) -> str | None:
    """The outlet's name in a masthead with its tagline ("The Staff Room — a podcast about armies")."""
    match = _TAGLINE.match(text)
    if not match or is_sentence(text):
        return None
    name = match.group("name").strip()
    tokens = name.split()
    if not 2 <= len(tokens) <= 6 or not all(t[0].isupper() or t.islower() and len(t) <= 3 for t in tokens):
        return None
    return name if words(match.group("tagline")) >= 2 else None


# An agency's tag before the headline, in brackets and capitals: "(LEAD)", "(2nd LD)", "(URGENT)", "(UPDATE 2)".
_WIRE_TAG = _KEPT.compile(r"^\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|UPDATE(?:\s+\d+)?|CORRECTED|REFILE|WRAPUP(?:\s+\d+)?|"
                       r"EXCLUSIVE|ATTN|NEWS FOCUS|News Focus|FOCUS|ANALYSIS|INTERVIEW|[A-Z][A-Za-z]+ Interview)\)\s+")


def _clean_title(title: str, number: int, meta: PageMeta) -> str:
    """The headline without the parts a page adds around it: a stamp note after it, a counter label before it."""
    note = _STAMP_NOTE.search(title)
    if note and any(map(str.isdigit, note.group("note"))) and is_stamp_word(_FIGURES.sub("", note.group("note"))):
        meta.notes.append((number, f"{note.group().strip()!r} cut from the title: it is an update stamp"))
        title = title[: note.start()].rstrip()
    tag = _WIRE_TAG.match(title)
    if tag and words(title[tag.end():]) >= 3:
        meta.notes.append((number, f"{tag.group().strip()!r} cut from the title: it is the agency's tag for the version"))
        title = title[tag.end():]
    label = _COUNTER_LABEL.match(title)
    if label and words(title[label.end():]) >= 3:
        meta.notes.append((number, f"{label.group().strip()!r} cut from the title: it is a counter, not headline"))
        title = title[label.end():]
    # Pictographs set before or after the words ("⚡️ Breaking …", "… 🇯🇵") decorate a post; they are no part of its headline.
    bare = _decoration_cut(title)
    if bare != title and words(bare) >= 3:
        meta.notes.append((number, f"symbols cut from the title: {title!r}"))
        title = bare
    return title


def _decoration_cut(text: str) -> str:
    start, end = 0, len(text)
    while start < end and (_is_symbol(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (_is_symbol(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


def _is_symbol(char: str) -> bool:
    """A pictograph, a flag's letters or what joins and varies them (emoji), not a letter, figure or punctuation.
    (Not a vowel sign or virama, which end words in many scripts: "தூதுவர்".)"""
    return (unicodedata.category(char) in ("So", "Sk", "Cf") or "\U0001F1E6" <= char <= "\U0001F1FF" or "\ufe00" <= char <= "\ufe0f"
            or char == "\u20e3")


_TITLE_GAP = _KEPT.compile(r"\s+(?:[|–—·•:-]|::)\s+|\s*[｜]\s*")


def _suffixed(kept: list[Line], head: list[int], meta: PageMeta) -> tuple[int | None, str]:
    """A page title "Headline | Outlet": the clean headline, when the page also carries it or names the outlet."""
    texts = {kept[i].text: i for i in head}
    outlets = {name.casefold() for name, _ in meta.publishers.values()}
    outlets |= {kept[i].text.casefold() for i in head if words(kept[i].text) <= 4}
    for i in head:
        # "Site • View topic - Headline" or "Headline | Site": either side may be the clean headline below.
        for gap in _TITLE_GAP.finditer(kept[i].text):
            for side in (kept[i].text[gap.end():].strip(), kept[i].text[:gap.start()].strip()):
                if words(side) > 3 and texts.get(side, i) != i:
                    meta.notes.append((kept[i].number, f"the page title {kept[i].text!r} carries the site's name; the clean headline is below it"))
                    return texts[side], side
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
            return i, drop_full_stop(clean)
    return None, ""


def _is_field(kept: list[Line], i: int, fields: set[int]) -> bool:
    """A "Label: value" line in a block of such lines or of stamps ("Date: …" over "Venue: …"): a field, not a headline."""
    label = _LABELLED.match(kept[i].text)
    if not label or words(label.group("label")) > 2:
        return False
    return kept[i].number - 1 in fields  # it continues a block of fields started above it


_MARKED_PIECES = _KEPT.compile(r"\s[·|]\s")


_QUESTION_MARKS = ("?", "？", "؟")  # (Latin's, the full-width one of Chinese and Japanese, Arabic script's)


def _asks_over_a_standfirst(kept: list[Line], i: int) -> bool:
    """A short question right over a paragraph of sentences: a headline that asks ("… why Wiesbaden?"), its standfirst under it."""
    under = _nonblank_from(kept, i + 1)
    return (kept[i].text.endswith(_QUESTION_MARKS) and words(kept[i].text) <= 20 and under is not None
            and is_sentence(kept[under].text) and not kept[under].text.endswith(_QUESTION_MARKS))


_TICKER_ITEMS = _KEPT.compile(r"\s[▸►▶]\s.+\s[▸►▶]\s")  # (two items or more, each after a pointing triangle)


def _row_of_figures(text: str) -> bool:
    """A row of three pieces or more set apart by bars or dots, three or more with figures and none a sentence: the
    market's prices, the weather, the rates ("Bazar rates (Mon): Rice ₹58/kg · Mustard oil ₹182/L · Ginger ₹60/kg")."""
    if not (" | " in text or " · " in text or " ▪ " in text):
        return False
    pieces = [p for p in _ROW_MARKS.split(text) if p.strip()]
    return (len(pieces) >= 3 and sum(any(map(str.isdigit, p)) for p in pieces) >= 3
            and not any(is_sentence(p) and not ends_on_unit(p) for p in pieces))


def _nearest_the_date(kept: list[Line], head: list[int], stamps_at: list[int], prose_follows: bool = False,
                      fields: set[int] = frozenset(), trails: frozenset[int] = frozenset()) -> int | None:
    """The headline: the first headline-like line under the byline and date, else the nearest above them.

    With no byline or date above the story, the first headline-like line.
    """
    h1 = [i for i in head if kept[i].hint == "h1"]
    if h1:
        return h1[0]
    twice = {a.text for a, b in zip(kept, kept[1:]) if a.text and a.text == b.text}  # a caption, as alt text and caption
    head = [i for i in head if kept[i].text not in twice and not _is_field(kept, i, fields) and not _mostly_date(kept[i].text)
            and not BULLET.match(kept[i].text) and kept[i].hint != "li"  # a list item is never the headline,
            # nor a date bar of pieces set apart by marks ("Satra 14 novembre 2026 · Paramaribo 32°C · US$ 1 = SRD 37,85"),
            and not (_MARKED_PIECES.search(kept[i].text) and full_dates(kept[i].text))
            # nor a ticker of items after its label ("LATEST ▸ A   ▸ B"), nor a label over what follows ("Author of the article:")
            and not _TICKER_ITEMS.search(kept[i].text) and not _row_of_figures(kept[i].text)
            and not kept[i].text.endswith((":", "："))]
    candidates = [i for i in head if words(kept[i].text) > 3 or is_sentence(kept[i].text)]
    chosen = set(candidates)
    labels = [i for i in head if i not in chosen]
    if stamps_at:
        # A sentence by the date is a standfirst or the story's start; a headline rarely ends one.
        headlines = [i for i in candidates if not is_sentence(kept[i].text) or _one_shad(kept[i].text)
                     # (or, under the first date, a question over a standfirst: "… why Wiesbaden?" / "At a two-day forum …")
                     or (i > stamps_at[0] and _asks_over_a_standfirst(kept, i))]
        # Under the date, a headline comes before any sentence; one after a sentence ("Good morning. …")
        # heads a section of the story.
        opened = next((i for i in head if i >= stamps_at[-1] and is_sentence(kept[i].text) and not _one_shad(kept[i].text)
                       and not _asks_over_a_standfirst(kept, i)), len(kept))
        below = [i for i in headlines if stamps_at[-1] <= i < opened]
        # Over the byline and date (and a standfirst over them), a long headline-like line is the
        # headline of the usual layout; a line under them is then the page's tools ("Share · Listen").
        over = _nonblank_before(kept, stamps_at[0])
        if over is not None and is_sentence(kept[over].text) and over not in candidates[:1]:
            over = _nonblank_before(kept, over)  # the standfirst
        if below and over in headlines and words(kept[over].text) >= 6 and words(kept[over].text) >= words(kept[below[0]].text):
            # (That line may be the standfirst under the headline, set without a full stop.)
            return _headline_over(kept, over, headlines, trails)
        if below:
            # Iranian sites set a kicker (the rutitr) over the headline, and the lead under it: "در نشست … مطرح شد" /
            # "استاد …: اعزام افسران …" / "کارشناسان … می‌گویند …". The longer line over the lead is the headline.
            if (len(below) >= 2 and below[1] == _nonblank_from(kept, below[0] + 1) and (_ARABIC_SCRIPT.search(kept[below[0]].text) or _one_shad(kept[below[0]].text))
                    and words(kept[below[0]].text) < words(kept[below[1]].text) and (lead := _nonblank_from(kept, below[1] + 1)) is not None
                    and is_sentence(kept[lead].text)):
                return below[1]
            return below[0]
        # A line right above the byline that a headline may end like (a question, an exclamation, a
        # quotation: "Is it true?", '… settle in: "It is mostly spreadsheets"', "…: «Iruaka oficiais …, tɨma guerra»") is the
        # headline, before any kicker.
        right_above = _nonblank_before(kept, stamps_at[0])
        if right_above in candidates and _ends_as_headline(kept[right_above].text):
            # (Unless it is the standfirst under a headline: "… officers in Wiesbaden are 'small in number, large in meaning'";
            # not under a kicker in capitals, "KUKAMA KUMITSA · NOTÍCIA EM KOKAMA", the section and the story's language.)
            upper = _nonblank_before(kept, right_above)
            if upper is not None and kept[upper].text.isupper() and not kept[right_above].text.isupper():
                return right_above
            return _headline_over(kept, right_above, headlines, trails)
        # Fields with a date on top (a clipping's "Date:", an export's "Saved:") and a byline further
        # down: the headline-like line right over the byline is the headline, not one among the fields.
        last_group = next(at for k, at in enumerate(stamps_at) if all(b - a <= 1 for a, b in zip(stamps_at[k:], stamps_at[k + 1:])))
        over_last = _nonblank_before(kept, last_group)
        if over_last is not None and over_last > stamps_at[0] and over_last not in headlines and is_sentence(kept[over_last].text):
            if (over_last in candidates and _ends_as_headline(kept[over_last].text)
                    and _headline_over(kept, over_last, headlines, trails) == over_last):
                # (A line that ends on its quotation right over the byline, no headline over it whose standfirst it would be, is the
                # headline, not a standfirst of sentences: 'Jaappaane kaptaaney …: "Nu halaqati …"' over "Written by …", a date
                # bar over the masthead and its tagline.)
                return over_last
            over_last = _nonblank_before(kept, over_last)  # (a standfirst of sentences between the headline and the byline)
        if last_group > stamps_at[0] and over_last in headlines and over_last > stamps_at[0] and words(kept[over_last].text) >= 4:
            # (That line may be the standfirst under the headline, set without a full stop.)
            return _headline_over(kept, over_last, [i for i in headlines if i > stamps_at[0]], trails)
        above = [i for i in headlines if i < stamps_at[0]] or [i for i in candidates if i < stamps_at[0]]
        if not above and last_group > stamps_at[0]:
            # (Nothing headline-like over the first date, a date bar on top of the page: look over the byline and date under
            # it instead, "پنجشنبه ۲۱ آبان ۱۴۰۵ | 12 November 2026" over the masthead.)
            stamps_at = [at for at in stamps_at if at >= last_group]
            if (right_above := _nonblank_before(kept, stamps_at[0])) in candidates and _ends_as_headline(kept[right_above].text):
                return right_above  # (there too a line ending on its quotation right over the byline and date is the headline)
            above = [i for i in headlines if i < stamps_at[0]]
        # A headline that asks its question right over a standfirst set without a full stop, both over the date: the
        # question is the headline ("ДГУ-ялда гара-чӀвари: … щай руго?" over "Востоковедазул факультеталда … гьабуна").
        asked = _nonblank_before(kept, above[-1]) if above and above[-1] in headlines and _nonblank_before(kept, stamps_at[0]) == above[-1] else None
        if (asked is not None and asked in candidates and kept[asked].text.endswith(("?", "？")) and words(kept[asked].text) >= 4
                and kept[above[-1]].number - kept[asked].number == 1 and words(kept[above[-1]].text) >= 6):
            return asked
        # Two headline-like lines in a row over the byline: a headline and its standfirst (a dek set
        # without a full stop). The upper one is the headline, unless it is short enough to be a masthead.
        if len(above) >= 2 and above[-2] in headlines and _headline_over_standfirst(kept, above[-2], above[-1], trails):
            # (Unless a standfirst of sentences stands between the lower one and the byline and date, and the upper one is half
            # its length or less: a kicker over the headline, "गढ़वाल विश्वविद्यालय मा अंतरराष्ट्रीय गोष्ठी" / "जापान का चार अफसर …
            # खुलि बहस" / "जापानी प्रोफेसर न ब्वाल … ।" / the byline.)
            dek = _nonblank_from(kept, above[-1] + 1)
            if not (dek is not None and dek < stamps_at[0] and _nonblank_from(kept, dek + 1) == stamps_at[0] and is_sentence(kept[dek].text)
                    and words(kept[dek].text) >= 8 and 2 * words(kept[above[-2]].text) <= words(kept[above[-1]].text)):
                return above[-2]
            return above[-1]
        # A headline that ends on a quotation or a question over a standfirst of full sentences: both read
        # as sentences, but a standfirst ends on its full stop and a headline does not.
        if (len(above) >= 2 and not headlines and _nonblank_before(kept, above[-1]) == above[-2] and words(kept[above[-2]].text) >= 4
                and kept[above[-1]].text.endswith(".") and not kept[above[-2]].text.rstrip("\"”’'»").endswith((".", ",", ";", ":"))):
            return above[-2]
        # A headline that ends on its quotation ("Harbour master: “We will not fight”") right over a standfirst
        # set without a full stop: the quotation reads as a sentence, but it is the headline.
        upper = _nonblank_before(kept, above[-1]) if above and above[-1] in headlines and words(kept[above[-1]].text) >= 6 else None
        if upper is not None and upper in candidates and _quote_ended(kept[upper].text) and not kept[upper].text.isupper():
            return upper  # (not a kicker in capitals that names a series: "CICLO «UESCA Y O MUNDO»")
        # (So is one over a standfirst of sentences, its full stop or danda, right over the byline and date, a tagline higher up: "Japansk attaché
        # på Marinmuseum: ”Vi skickar …”" / "Japans försvarsattaché … fyllde auditoriet …" under "Nyheter från Karlskrona …".)
        standfirst = _nonblank_before(kept, stamps_at[0])
        quoted = _nonblank_before(kept, standfirst) if standfirst is not None and kept[standfirst].text.endswith((".", "।", "。")) else None
        if (quoted is not None and quoted in candidates and quoted not in headlines and _quote_ended(kept[quoted].text)
                and words(kept[quoted].text) >= 4 and (not above or quoted > above[-1])):
            return quoted
        # (A headline that asks, over a standfirst of sentences right over the byline and date, under a tagline higher up:
        # "जापानी अफसर सूं … पूछ्यो: च्यार अफसर जर्मनी क्यूं?" / "दिल्ली सूं आया … ।" / the byline.)
        asking = _nonblank_before(kept, standfirst) if standfirst is not None and is_sentence(kept[standfirst].text) else None
        if (asking is not None and asking in candidates and kept[asking].text.rstrip("\"”’'»").endswith(_QUESTION_MARKS) and words(kept[asking].text) >= 4
                and (not above or asking > above[-1])):
            return asking
        # (A short line between the standfirst and the byline, "Read this article in English", is a link of the page's: the
        # longer headline-like line right over the standfirst of sentences is the headline.)
        linked = _link_under_standfirst(kept, stamps_at[0])
        if (above and linked and linked[0] == above[-1] and linked[1] in headlines
                and words(kept[linked[1]].text) >= 2 * words(kept[linked[0]].text)):
            return linked[1]
        if above:
            return above[-1]
    if candidates:
        # With no date line to go by, a short name on top (a masthead) is page chrome when a
        # longer headline-like line stands right above the story's prose.
        first = candidates[0]
        last = candidates[-1]
        if (
            prose_follows and last != first and words(kept[first].text) <= 6 and not is_sentence(kept[first].text)
            and (not is_sentence(kept[last].text) or _quote_ended(kept[last].text)) and words(kept[last].text) > words(kept[first].text)
        ):
            first = last
        above = [i for i in labels if i < first]
        if above and is_sentence(kept[first].text) and not _quote_ended(kept[first].text):
            return above[-1]  # a full sentence under a short line is the standfirst of a short headline
            # (not a headline that ends on its quotation under a kicker: "ENTREVISTA" / "Name: “…”")
        return first
    return labels[-1] if labels else None


# What follows the author's name opening an author box: nothing, a comma, or "is a fellow …".
_AUTHOR_BOX_TAIL = _KEPT.compile(r"$|,|\s+(?:is|was|has|writes|covers|reports|teaches)\b")


def _run_end(story: list[Line], kinds: list, start: int) -> int:
    """One past the last line of the run of prose from `start`: it ends where three lines in a row are neither prose nor list."""
    end = start + 1
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
    return end


_THAI_LAO = _KEPT.compile("[\u0e01-\u0e30\u0e81-\u0eb0]")  # (letters of the Thai and Lao alphabets)


def _unmarked_sentences(text: str) -> bool:
    """A line of Thai or Lao, which end their sentences with a space and no mark, of twelve words or more and two
    phrases at least: a paragraph, not a label ("ทั้งนี้ ผู้ที่ต้องการเข้าชมเรือ … และงดนำโดรนเข้าพื้นที่")."""
    return " " in text.strip() and _THAI_LAO.match(text) is not None and words(text) >= 12


def _without_tail(story: list[Line], meta: PageMeta) -> list[Line]:
    """Cut what follows the story's main run of prose: credits, footers, lists of links, forms.

    The run ends at its last paragraph, or where three lines in a row that are
    neither prose nor list items break it; a heading followed by a list is kept.
    """
    kinds = []
    twice = {a.text for a, b in zip(story, story[1:]) if a.text and a.text == b.text}  # captions, dropped later
    for line in story:
        if not line.text or line.text in twice or line.hint == "cell":
            kinds.append(None)  # a table's cells neither end the story nor carry it on
        elif BULLET.match(line.text) or line.hint == "li":
            kinds.append("b")
        elif _REFERENCE.match(line.text):
            kinds.append("o")  # a numbered note, "[1] Ministry of Defense, transcript.": apparatus, not story
        elif _enumerated(story, len(kinds)):
            kinds.append("b")  # one of a block of lines led alike ("02:15 …", "2) …"): a list, though unmarked
        elif _opens_list(story, len(kinds)):
            kinds.append("b")  # the story's own line over its list, "The seminar agreed on three things:": of the list
        elif line.hint not in ("h", "h1") and ((is_sentence(line.text) and words(line.text) >= 3) or _is_prose(line.text)
                                               or _unmarked_sentences(line.text)):
            kinds.append("p")
        else:
            kinds.append("o")
    # The main run starts at the first paragraph of real length; what stands above it is left as it is.
    start = next((i for i, line in enumerate(story) if kinds[i] == "p" and _is_prose(line.text)), None)
    if start is None:
        return story
    end = _run_end(story, kinds, start)
    # The main run is the one with the most prose: a short one above it (an export's highlights,
    # a teaser) must not end the story before it begins.
    best = sum(words(story[i].text) for i in range(start, end) if kinds[i] == "p")
    at = end
    while True:
        nxt = next((i for i in range(at, len(story)) if kinds[i] == "p" and _is_prose(story[i].text)), None)
        if nxt is None:
            break
        at = _run_end(story, kinds, nxt)
        prose = sum(words(story[i].text) for i in range(nxt, at) if kinds[i] == "p")
        if prose > best:
            meta.notes.append((story[nxt].number, f"the story's main run of prose starts here, after a shorter one above: {story[nxt].text[:60]!r}"))
            end, best = at, prose
    # What follows a wire end marker or a credit note under the story is not story.
    start_number = story[start].number
    # (A credit note inside a liveblog, with entries after it, ends nothing: it must leave no paragraph of prose after it.)
    # The same for a dropped "Most read" or "Read also" label: what follows it is comments and links.
    # (Under a "Read also" label, one short sentence of a sign-up box, "By signing up you agree to
    # our Terms …", is no story carrying on, when the story above is three paragraphs or more.)
    # (The story's paragraphs found once: a page of thousands of labels must not search the page at each.)
    paragraphs = [line for line in story if _is_prose(line.text)]
    numbers = [line.number for line in paragraphs]
    # (and every line of the story that is a sentence of six words or more: a paragraph under a list's colon line,
    # and that colon line itself, "The two sides agreed on three areas:")
    sentences = [line.number for line in story if line.text and words(line.text) >= 6 and (is_sentence(line.text) or line.text[-1] in ":：")]

    def story_goes_on(n: int, breaks: bool) -> bool:
        at = bisect.bisect_right(numbers, n)
        after = len(numbers) - at
        if not breaks or after != 1 or words(paragraphs[-1].text) > 30:
            return after > 0
        # (Two sentences under it, one a paragraph: the story carries on under a "Read also" link.)
        return at - bisect.bisect_left(numbers, start_number) < 3 or len(sentences) - bisect.bisect_right(sentences, n) >= 2
    credit = next(
        (n for n in sorted(meta.credits + meta.breaks)
         if n > start_number and not story_goes_on(n, n in meta.breaks and n not in meta.inline)),
        None,
    )
    ending = min((n for n in [*meta.ends, credit] if n is not None and n > start_number), default=None)
    if ending is not None:
        end = min(end, next((i for i in range(start, len(story)) if story[i].number > ending), end))
    # An author box: the byline's name opening a line under the story ("Jane Doe", "Jane Doe is a fellow …"),
    # with the heading over it.
    if meta.author:
        author = meta.author  # (its name, then a fixed pattern: not a pattern compiled for each page)
        box = next((i for i in range(start + 1, end)
                    if story[i].text.startswith(author) and _AUTHOR_BOX_TAIL.match(story[i].text, len(author))), None)
        if box is not None:
            above = _nonblank_before(story, box)
            end = above if above is not None and above > start and kinds[above] == "o" else box
    # The page's last block (no blank line inside), of two lines or more, none of them prose and
    # one of them no sentence at all ("Support the show. …" over "Music: … (CC BY 4.0)"), is its footer.
    last = [i for i in range(start + 1, len(story)) if kinds[i]]
    if last:
        top = last[-1]
        while top - 1 > start and story[top - 1].text and kinds[top - 1]:
            top -= 1
        block = range(top, last[-1] + 1)
        if (len(block) >= 2 and top < end and not any(_is_prose(story[i].text) for i in block)
                # (one line no sentence, or one cut from it as furniture: "Already a subscriber? Sign in")
                and (any(kinds[i] == "o" for i in block) or story[block[-1]].number - story[block[0]].number >= len(block))
                and all(kinds[i] != "b" for i in block)
                and (top == 0 or not story[top - 1].text)):
            end = top
    # A heading right under the last paragraph, over a list that ends the story, stays.
    # (Right under: with nothing cut between them, a caption or a "Read also" box; blank lines are no cut.)
    tail = [i for i in range(end, len(story)) if kinds[i]]
    above = next((i for i in range(end - 1, start - 1, -1) if story[i].text), None)
    if (tail and kinds[tail[0]] == "o" and len(tail) > 1 and kinds[tail[1]] == "b" and above is not None
            and story[tail[0]].number - story[above].number <= tail[0] - above):
        end = tail[1] + 1
        while end < len(story) and kinds[end] in ("b", None):
            end += 1
    # A name over the writer's town under the story's paragraphs ("Jane Doe" / "Kurashiki, Okayama"):
    # the letter's signature. It and what follows (the page's notes on letters) are not story.
    # (In the run, or the first line after it.)
    last = next((i for i in range(end, len(story)) if story[i].text), end)
    signature = None if meta.author else next(
        (i for i in range(start + 1, min(last + 1, len(story) - 1)) if not story[i - 1].text and _signs(story[i], story[i + 1])), None)
    if signature is not None:
        meta.author = story[signature].text
        meta.notes.append((story[signature].number, f"byline read from the signature under the story: {story[signature].text!r}"))
        end = signature
    # A person's name on a line of its own as the run's last line, right under a paragraph: the writer's signature
    # (a heading heads text under it; the last line of the story heads none).
    # (The run's last line, or the line right under the run's last paragraph.)
    last = next((i for i in range(end - 1, start, -1) if story[i].text), None)
    if last is not None and kinds[last] == "p":
        under = _nonblank_from(story, end)
        last = under if under is not None and story[under].number == story[last].number + 1 else None
    above = _nonblank_before(story, last) if last is not None else None
    if (not meta.author and last is not None and above is not None and kinds[above] == "p" and _is_prose(story[above].text)
            and _NAME.match(story[last].text) and not any(map(str.isdigit, story[last].text))
            and story[last].text.split()[0].lower() not in _NO_NAME_OPENS and not story[last].text.isupper()):
        meta.author = story[last].text
        meta.notes.append((story[last].number, f"byline read from the name under the story's last paragraph: {story[last].text!r}"))
        end = last
    # A short sentence closing the run that gives the update stamp's time of day is the note on that update
    # ("Новину доповнено коментарем Львівської ОВА о 12:55." under "Оновлено: 17.06.2026, 12:55").
    last = next((i for i in range(end - 1, start, -1) if story[i].text), None)
    if (last is not None and meta.clock and words(story[last].text) <= 12 and (clock := _CLOCK.findall(story[last].text))
            and set(clock) <= meta.clock and not _SENTENCE_GAP.search(story[last].text)):
        end = last
    cut = [line for line in story[end:] if line.text]
    if cut:
        meta.notes.append((cut[0].number, f"taken as page furniture after the story, from here on: {cut[0].text!r}"))
    # A letter's close under the story, "See you Thursday," over a name, is signed by the author;
    # so is a name right under the story over the writer's town ("Jane Doe" / "Kurashiki, Okayama").
    if (not meta.author and len(cut) >= 2 and cut[0].text.endswith(",") and words(cut[0].text) <= 5
            and cut[1].number == cut[0].number + 1 and _NAME.match(cut[1].text) and not any(map(str.isdigit, cut[1].text))):
        meta.author = cut[1].text
        meta.notes.append((cut[1].number, f"byline read from the name under the closing {cut[0].text!r}"))
    # A label of a language the byline table lacks, its colon and a name right under the story's last paragraph sign it:
    # "Hantumkaw: Aïchatou Hamani Garba" (Zarma, the writer).
    closing = next((i for i in range(end - 1, start - 1, -1) if story[i].text), None)
    if (not meta.author and cut and closing is not None and kinds[closing] == "p" and cut[0].number == story[closing].number + 1
            # (its place after a comma: "Yolempwa ni: Rosalina Mutheto Napuanha, o Gurué", written by, in Gurué)
            and (led := _led_name(_PLACE_AFTER.sub("", cut[0].text))) and cut[0].text[:led.start("name")].rstrip().endswith((":", "："))):
        meta.author = led.group("name")
        meta.notes.append((cut[0].number, f"byline {meta.author!r} read from the labelled name under the story's last paragraph"))
    # A writer's initial and surname in capitals right under the story ("Д. ЈОВАНОВИЋ", "K. NYGAARD") sign it.
    if not meta.author and cut and _INITIALS_SIGNATURE.match(cut[0].text) and cut[0].text.isupper() and end > 0:
        meta.author = cut[0].text
        meta.notes.append((cut[0].number, f"byline read from the initial and surname under the story: {cut[0].text!r}"))

    return story[:end]


_NAME_AND_AUTHORS_PHOTO = _KEPT.compile(r"^(?P<name>[^.!?:]{3,40})\.\s+" + AUTHORS_PHOTO + r"\.?$", re.IGNORECASE)
# A place after a signature's name and its comma, with a short word for "in" or none: ", o Gurué", ", Nampula".
_PLACE_AFTER = _KEPT.compile(rf",\s+(?:[{_LOW}][\w'’]{{0,2}}\s+)?[{_CAP}][\w'’.-]+(?:\s+[{_CAP}][\w'’.-]+)?$")
_CLOCK = _KEPT.compile(r"(?<!\d)(?<!\d[:.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d|[:.]\d)")


def _opens_list(lines: list[Line], at: int) -> bool:
    """Whether the line is a sentence of six words or more that ends on a colon, over a list item: the story's own list."""
    text = lines[at].text
    return (words(text) >= 6 and text.endswith((":", "：")) and at + 1 < len(lines)
            and BULLET.match(lines[at + 1].text) is not None)


def _signs(name: Line, place: Line) -> bool:
    """Whether two lines are a signature: a person's name right over a town and its region."""
    return (place.number == name.number + 1 and bool(_NAME.match(name.text)) and bool(_PLACED_LINE.match(place.text))
            and name.text.split()[0].lower() != "the" and not any(map(str.isdigit, name.text + place.text)))


_INITIALS_SIGNATURE = _KEPT.compile(r"^(?:[^\W\d_]\.\s?){1,2}[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?$")
_PLACED_LINE = _KEPT.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?,\s+[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){0,2}$")  # "Kurashiki, Okayama Prefecture"
_LEAD_TOKEN = _KEPT.compile(r"^(?:\[?\d{1,2}(?::\d{2}){1,2}\]?|\d{1,2}[.)])\s+\S")


def _lead_shape(text: str) -> str | None:
    match = _LEAD_TOKEN.match(text)
    return _FIGURES.sub("0", match.group().split()[0]) if match else None


def _enumerated(story: list[Line], i: int) -> bool:
    """Whether the line is one of two or more adjacent lines that open with a token of one shape
    (time codes, "1.", "2)"): a list a converter left without its marks."""
    shape = _lead_shape(story[i].text)
    if shape is None:
        return False
    return any(0 <= j < len(story) and story[j].text and _lead_shape(story[j].text) == shape for j in (i - 1, i + 1))


def _unwrapped(lines: list[Line]) -> list[Line]:
    """Join lines a converter broke inside paragraphs (text out of a PDF), each kept under its first line's number.

    A block of two or more lines of similar width, none longer than a page is
    wide, the first not ending a sentence, is one paragraph; a word split with
    a hyphen at a line's end is joined again.
    """
    lines = _drop_caps_joined(lines)
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
                elif _SPLIT_WORD.search(text) and line.text[:1].isupper() and text[-2:-1].isalpha():
                    text += line.text  # a compound broken at its own hyphen: "Self-" + "Defense"
                else:
                    text += " " + line.text
            out.append(Line(block[0].number, text, None, tuple(t for line in block for t in line.times)))
        else:
            out += block
        i = j + 1
    return out


def _drop_caps_joined(lines: list[Line]) -> list[Line]:
    """A drop cap on a line of its own over the rest of its word ("J" / "apan's decision …") is one word again."""
    if not any(len(line.text) == 1 for line in lines):
        return lines  # most pages: no line of one letter
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        if (above is not None and len(above.text) == 1 and above.text.isupper() and line.number == above.number + 1
                and line.text[:1].islower()):
            out[-1] = Line(above.number, above.text + line.text, line.hint, above.times + line.times)
        else:
            out.append(line)
    return out


_SPLIT_WORD = _KEPT.compile(r"[a-zà-ÿ]-$")


def _wrapped(block: list[Line]) -> bool:
    # A newspaper's narrow column (four or more lines of some 30 characters) is wrapped text too;
    # two or three short lines are more often an address, a list or a verse.
    narrow = len(block) >= 4
    if any(line.hint or not line.text or BULLET.match(line.text) or is_navigation(line.text) for line in block):
        return False
    if not is_sentence(block[-1].text) or any(a.text == b.text for a, b in zip(block, block[1:])):
        return False  # a paragraph ends a sentence; a caption comes twice
    if not narrow and not re.search(r"(?:^|\s)[a-zà-ÿ][\w'’]*$|[,-]$", block[0].text):
        return False  # a line broken mid-sentence ends on a small word, a comma or a split word
    if any(copyright_holder(line.text) is not None or is_line_debris(line.text) or byline(line.text) for line in block):
        return False
    widths = [len(line.text) for line in block]
    # A line that ends in a split word may stop short of the page's width.
    full = [len(line.text) for line in block[:-1] if not _SPLIT_WORD.search(line.text)]
    if max(widths) > 100 or (full and min(full) < max(20 if narrow else 45, 0.6 * max(widths))):
        return False
    if min((words(line.text) for line in block[:-1] if not _SPLIT_WORD.search(line.text)), default=4) < (3 if narrow else 4):
        return False
    open_ends = sum(not is_sentence(line.text) for line in block[:-1])
    return not is_sentence(block[0].text) and open_ends * 2 >= len(block) - 1


_KEPT.save()  # (last: every kept pattern above is compiled by now)
