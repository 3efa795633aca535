"""A second opinion on each line of a scraped page, learnt from labelled pages: furniture, headline, byline, stamp.

The rules in `layout` and `debris` name furniture they were written for. These
models score lines by their shape, their words and where they sit (above,
inside or below the page's run of prose, between which neighbours), with
weights fitted by logistic regression on the corpus's labelled pages
(`benchmarks/train_line_roles.py`, which writes `lineroles.json`): how likely a
line is furniture, how likely a line above the story is the headline or
the byline line, and how likely a dated line is the publication stamp.
`layout.separate` reads the page with the rules first and then asks: a
headline the model is sure is a caption, or far less likely than another
line, is replaced; a kept line the model is sure is furniture (a caption
between paragraphs, a promotion box) is dropped; a byline line the rules
missed gives its name; a stamp the rules could not read gives its date. Stamp lines, list items and long paragraphs are
never dropped, whole sentences only on near certainty: see `furniture`.

Pure text in, indexes and scores out; the weights are read once, from the package.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from generator.articles.datetext import UPDATED, full_dates
from generator.articles.debris import BULLET, is_sentence, list_marker, words

WEIGHTS = Path(__file__).with_name("lineroles.json")
# A model ({"furniture": weights, "headline": weights, "byline": weights, "threshold": p}) used instead
# of the shipped one while set ({} for none: the rules alone): for training and cross-validation only.
OVERRIDE: list[dict] = []
SENTENCE = 0.97  # the certainty needed to hide a line that is a whole sentence of four words or more
LONG_LINE = 0.995  # the certainty needed to hide any line of fifteen words or more
LONGEST = 40
CROSSHEAD = 0.9  # the certainty needed to hide a short line between paragraphs of the story
PROSE = 80  # words: a page with less prose than this (a note, a stub, a test's page) is the rules' alone
# The rules' headline gives way to the headline model's choice when that is at least this likely and
# the rules' line at most HEADLINE_UNSURE (or the furniture model is sure the rules' line is furniture).
HEADLINE_SURE = 0.8
HEADLINE_UNSURE = 0.1
# Nor to a line the headline model gives less than this, however sure it is that the rules' line is furniture.
HEADLINE_FLOOR = 0.01
# With no byline found by the rules, a line above the story at least this likely the byline line gives
# the name it opens with.
BYLINE_SURE = 0.3
# The rules' byline gives way when the line it was read from scores under BYLINE_UNSURE as the byline
# line and another scores BYLINE_OVER or more.
BYLINE_UNSURE = 0.05
BYLINE_OVER = 0.8
# With no publication stamp found by the rules, a dated line at least this likely the stamp gives its
# date; the rules' stamp gives way when its line scores under STAMP_UNSURE and another STAMP_OVER or more.
STAMP_SURE = 0.5
STAMP_UNSURE = 0.05
STAMP_OVER = 0.9

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_STOP = re.compile(r"[.!?。](?:\s|$)")
_TAIL = re.compile(r"[(\[]\s*([^\W\d_]+)[^()\[\]]{0,60}[)\]]$")  # "… last year. [File, Standard]", "(Photo: …)"
_SLASHED = re.compile(r"[^\W\d_]\s?/\s?[^\W\d_]")  # "Supplied/Japan Ministry", "AGENCY / NAME"
_DIGIT = re.compile(r"\d")
_URLISH = re.compile(r"@\w|https?:|www\.|\.(?:com|org|net)\b")
# A short credit after a sentence, set off by a dash, a slash or a bar: "… at the command. – Picture courtesy
# of the ministry", "… a su llegada a Tokio. / Sudpress", "… en Fráncfort. | Especial": a caption's.
_CREDIT_TAIL = re.compile(r"[.!?)]\s*(?:[–—-]|/|\|)\s*([^\W\d_][^.!?]{0,60})$|[.!?]([A-Z][A-Z .'/-]{4,60})$")
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # in every date written to the day


def _bucket(n: int) -> str:
    for top, name in ((1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (8, "6-8"), (12, "9-12"), (20, "13-20"), (30, "21-30")):
        if n <= top:
            return name
    return "31+"


def _end(text: str) -> str:
    last = text.rstrip()[-1:]
    if not last:
        return "none"
    if last in ".!?。！？":
        return "stop"
    if last in "\"'”’»」":
        return "quote"
    if last in ")]）】":
        return "close"
    if last in ":：":
        return "colon"
    if last.isdigit():
        return "digit"
    if last.isalpha():
        return "upper" if last.isupper() else "letter"
    return "mark"


def _start(text: str) -> str:
    first = text[:1]
    if first.isdigit():
        return "digit"
    if first.isalpha():
        return "upper" if first.isupper() else ("lower" if first.islower() else "letter")
    if first in "\"'“‘«「":
        return "quote"
    return "mark"


def _caps(text: str) -> str:
    lower = sum(map(str.islower, text))  # (counted in C: a generator over the characters was 7% of reading)
    cased = sum(map(str.isupper, text)) + lower
    if cased * 2 < sum(map(str.isalpha, text)):
        return "uncased"  # Hindi, Arabic, Thai, Chinese: "NATO" in a line of them is no line in capitals
    if not lower and cased >= 3:
        return "all"
    tokens = [t for t in text.split() if t[:1].isalpha()]
    if not tokens:
        return "none"
    share = sum(t[0].isupper() for t in tokens) / len(tokens)
    return "most" if share >= 0.7 else ("some" if share >= 0.3 else "few")


def _prose(text: str, n: int | None = None) -> bool:
    n = words(text) if n is None else n
    return n > 30 or (n >= 15 and is_sentence(text))


def _measure(texts: list[str]) -> tuple[list[int], list[bool], int, int]:
    """Each line's words and whether it is prose; the first and the last line of prose."""
    sizes = [words(t) if t else 0 for t in texts]
    prose = [bool(t) and _prose(t, n) for t, n in zip(texts, sizes)]
    first = next((i for i, p in enumerate(prose) if p), len(texts))
    last = next((i for i in range(len(texts) - 1, -1, -1) if prose[i]), -1)
    return sizes, prose, first, last


def line_features(texts: list[str], only: set[int] | None = None, measured=None) -> list[list[str]]:
    """The features of each line (texts of one page, blank lines as ""); a blank line, one longer
    than LONGEST words (never hidden, never a headline) and one not in `only` (when given) have none."""
    sizes, prose, first, last = measured or _measure(texts)
    seen: dict[str, int] = {}
    for t in texts:
        if t:
            seen[t] = seen.get(t, 0) + 1
    ends = [_end(t) if t else "none" for t in texts]
    buckets = [_bucket(n) for n in sizes]
    firsts = [m.group(0).lower() if (m := _TOKEN.search(t)) else "" for t in texts]  # a neighbour's first word: "Foto:", "Credit:"
    out: list[list[str]] = []
    filled = [i for i, t in enumerate(texts) if t]
    where = {i: k for k, i in enumerate(filled)}
    for i, text in enumerate(texts):
        if not text or sizes[i] > LONGEST or (only is not None and i not in only):
            out.append([])
            continue
        lower = text.lower()
        tokens = _TOKEN.findall(lower)
        size, end = buckets[i], ends[i]
        zone = "before" if i < first else ("after" if i > last else "inside")
        k = where[i]
        a = filled[k - 1] if k else None
        b = filled[k + 1] if k + 1 < len(filled) else None
        above, below = texts[a] if a is not None else "", texts[b] if b is not None else ""
        above_prose, below_prose = a is not None and prose[a], b is not None and prose[b]
        f = [
            "bias", f"n:{size}", f"end:{end}", f"start:{_start(text)}", f"caps:{_caps(text)}",
            f"zone:{zone}", f"zone:{zone}:n:{size}", f"zone:{zone}:end:{end}", f"n:{size}:end:{end}",
            f"sentences:{min(len(_STOP.findall(text)), 3)}",
            f"above:n:{buckets[a] if a is not None else 'none'}", f"above:end:{ends[a] if a is not None else 'none'}",
            f"below:n:{buckets[b] if b is not None else 'none'}", f"below:end:{ends[b] if b is not None else 'none'}",
            f"above:prose:{above_prose}", f"below:prose:{below_prose}", f"between:{above_prose}:{below_prose}:{size}",
            f"blank:{i > 0 and not texts[i - 1]}:{i + 1 < len(texts) and not texts[i + 1]}",
            f"{zone}:below:prose:{below_prose}:end:{end}", f"{zone}:below:prose:{below_prose}:n:{size}",
        ]
        if above:
            f.append(f"above:first:{firsts[a]}")
        if below:
            f.append(f"below:first:{firsts[b]}")
        if above and (_TIME.search(above) or _YEAR.search(above)):
            f.append(f"above:dated:{zone}")
        if above[:3].lower() == "by ":
            f.append(f"above:by:{zone}")
        if text[-1] in ")]":
            tail = _TAIL.search(text)
            if tail:
                f += ["tail", f"tail:{tail.group(1).lower()}", f"tail:{zone}:{end}"]
        if " | " in text:
            piece = text.rsplit(" | ", 1)[1].split()
            f.append(f"after-bar:{piece[0].lower() if piece else ''}")
        if "/" in text and _SLASHED.search(text):
            f.append("slashed")
        if (credit := _CREDIT_TAIL.search(text)) and words(credit.group(1) or credit.group(2)) <= 8:
            f += ["credit-tail", f"credit-tail:{zone}"]
        if "©" in text:
            f.append("copyright")
        if seen[text] > 1:
            f.append("repeated")
        if _TIME.search(text):
            f.append("time")
        if _YEAR.search(text):
            f.append("year")
        if _DIGIT.search(text):
            f.append("digits")
        if _URLISH.search(lower):
            f.append("url")
        if tokens:
            f += [f"first:{tokens[0]}", f"last:{tokens[-1]}"]
            if len(tokens) >= 2:
                f += [f"first2:{tokens[0]} {tokens[1]}", f"last2:{tokens[-2]} {tokens[-1]}"]
        # (In the order the words come: a set's order would change the sum's last bits from run to run.)
        f += dict.fromkeys(f"w:{t}" if t.isalpha() else f"p:{t}" for t in tokens if (t.isalpha() and len(t) >= 2) or not t.isalnum())
        out.append(f)
    return out


def headline_candidates(texts: list[str], features: list[list[str]] | None = None, measured=None) -> dict[int, list[str]]:
    """The lines above the page's first paragraph of prose, each with its features as a headline."""
    measured = measured or _measure(texts)
    features = features or line_features(texts, None, measured)
    first = measured[2]
    filled = [i for i in range(first) if texts[i]][-MOST_CANDIDATES:]
    out = {}
    for k, i in enumerate(filled):
        below = texts[filled[k + 1]] if k + 1 < len(filled) else (texts[first] if first < len(texts) else "")
        above = texts[filled[k - 1]] if k else ""
        f = [*features[i], f"rank:{_bucket(k + 1)}", f"gap:{_bucket(len(filled) - k)}"]
        f += [f"below-first:{t}" for t in _TOKEN.findall(below.lower())[:1]] + [f"above-first:{t}" for t in _TOKEN.findall(above.lower())[:1]]
        if below and (_TIME.search(below) or _YEAR.search(below)):
            f.append("below:dated")
        out[i] = f
    return out


MOST_CANDIDATES = 40


def dated_lines(texts: list[str]) -> dict[int, list]:
    """The lines of at most LONGEST words that give a date to the day: index -> [(start, end, date, note)]."""
    out = {}
    for i, text in enumerate(texts):
        if text and _A_YEAR.search(text) and words(text) <= LONGEST:
            found = full_dates(text)
            if found:
                out[i] = found
    return out


def stamp_date(text: str, found: list):
    """The date a stamp line gives as the publication's: the first not labelled as an update (None when
    every date is: "Updated: May 30, 2026" says when the article changed, not when it came out)."""
    last = 0
    for start, end, date, _ in found:
        if not UPDATED.search(text[last:start]):
            return date
        last = end
    return None


def stamp_candidates(texts: list[str], dated: dict[int, list], features: list[list[str]], measured,
                     heads: dict[int, float]) -> dict[int, tuple[object, list[str]]]:
    """Each dated line, with the date it gives as the publication's (`stamp_date`, None for an update
    only) and its features as the page's publication stamp: its shape and words (what is left of it
    without its dates), where it sits (against the story's first paragraph and the likeliest headline),
    and how its date stands among the page's other dates."""
    first = measured[2]
    head = max(heads, key=lambda i: (heads[i], -i)) if heads else None
    filled = [i for i, t in enumerate(texts) if t]
    where = {i: k for k, i in enumerate(filled)}
    days = {i: stamp_date(texts[i], found) for i, found in dated.items()}
    known = [d for d in days.values() if d is not None]
    newest, oldest = (max(known), min(known)) if known else (None, None)
    out = {}
    for rank, (i, found) in enumerate(dated.items(), 1):
        text = texts[i]
        rest, last = [], 0
        for start, end, _, _ in found:
            rest.append(text[last:start])
            last = end
        rest.append(text[last:])
        left = [w for w in _TOKEN.findall(" ".join(rest).lower()) if w.isalpha()]
        date = days[i]
        f = [*features[i], f"s:rank:{_bucket(rank)}", f"s:left:{_bucket(len(left))}", f"s:dates:{min(len(found), 3)}",
             f"s:lead:{found[0][0] <= 2}", f"s:place:{_bucket(where[i] + 1)}",
             f"s:newest:{date == newest}", f"s:oldest:{date == oldest}", f"s:update:{date is None}",
             f"s:same:{min(sum(d == date for d in days.values()) - 1, 2)}"]
        if i < first:
            f.append(f"s:before:{_bucket(sum(1 for k in filled if i < k < first) + 1)}")
        else:
            f.append(f"s:after:{_bucket(sum(1 for k in filled if first <= k < i) + 1)}")
        if head is not None:
            f.append(f"s:head:{'below' if i > head else ('at' if i == head else 'above')}:{_bucket(abs(where[i] - where[head]) + 1)}")
        f += dict.fromkeys(f"s:w:{w}" for w in left)
        if left:
            f.append(f"s:left-first:{left[0]}")
        out[i] = (date, f)
    return out


@lru_cache(maxsize=1)
def _model() -> dict | None:
    try:
        return json.loads(WEIGHTS.read_text("utf-8"))
    except FileNotFoundError:
        return None


def _active() -> dict | None:
    return OVERRIDE[-1] if OVERRIDE else _model()


def _probability(f: list[str], weights: dict[str, float]) -> float:
    z = sum(filter(None, map(weights.get, f)))  # (a feature never seen in training weighs nothing)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def scores(texts: list[str], weights: dict[str, float], features: list[list[str]] | None = None) -> list[float]:
    """The model's probability, for each line, that it is furniture (0 for a blank line)."""
    return [_probability(f, weights) if f else 0.0 for f in (features or line_features(texts))]


def read_lines(texts: list[str], only: set[int] | None = None) -> tuple[list[tuple[int, float]], dict[int, float], dict[int, float], dict[int, tuple[float, object]]]:
    """The lines the model is sure are furniture, (index, score); each headline candidate's score as the
    headline, and as the byline line; each dated line's as the publication stamp, with its date.

    `only`: the lines worth asking about besides the headline candidates and the dated lines (those the
    rules kept); the others are still read as the neighbours and the page they are."""
    model = _active()
    if model is None or not model.get("furniture"):
        return [], {}, {}, {}
    measured = sizes, prose, first, _ = _measure(texts)
    if sum(n for n, p in zip(sizes, prose) if p) < PROSE:
        return [], {}, {}, {}  # no story's run of prose: not the kind of page the model learnt from
    # A paragraph of prose between two more is never dropped (see `furniture`): not worth asking about.
    inside = {i for i in _between_prose(texts, prose) if prose[i]}
    dated = dated_lines(texts) if model.get("stamp") else {}
    kept = only  # (the lines the rules kept: a crosshead's paragraph above is looked for among them)
    only = (set(range(len(texts))) if only is None else only | set(range(first))) - inside
    features = line_features(texts, only | set(dated), measured)
    candidates = headline_candidates(texts, features, measured)
    heads = {i: _probability(f, model["headline"]) for i, f in candidates.items()}
    bylines = {i: _probability(f, model["byline"]) for i, f in candidates.items()} if model.get("byline") else {}
    stamps = {i: (_probability(f, model["stamp"]), date) for i, (date, f) in stamp_candidates(texts, dated, features, measured, heads).items()
              if date is not None} if dated else {}
    return furniture(texts, model, [f if i in only else [] for i, f in enumerate(features)] if dated else features, kept), heads, bylines, stamps


def _between_prose(texts: list[str], prose: list[bool]) -> set[int]:
    """The lines with a paragraph of prose right above and right below them (blank lines skipped)."""
    filled = [i for i, t in enumerate(texts) if t]
    return {filled[k] for k in range(1, len(filled) - 1) if prose[filled[k - 1]] and prose[filled[k + 1]]}


def furniture(texts: list[str], model: dict | None = None, features: list[list[str]] | None = None,
              kept: set[int] | None = None) -> list[tuple[int, float]]:
    """(index, score) of the lines the model is sure are furniture; never a line of more than LONGEST words.

    `kept`: the lines the rules kept, where known (a line they cut, "Read also: …", stands in no crosshead's way)."""
    model = model or _active()
    if model is None or not model.get("furniture"):
        return []
    weights, threshold = model["furniture"], model["threshold"]
    prose: list[bool] | None = None  # (found once, when a sentence or a long line first needs it)
    between: set[int] = set()
    out = []
    for i, p in enumerate(scores(texts, weights, features)):
        if p < threshold or words(texts[i]) > LONGEST:
            continue
        sentence = is_sentence(texts[i]) and words(texts[i]) >= 4
        uncased_head = 3 <= words(texts[i]) <= 8 and not sentence and _UNCASED_HEAD.match(texts[i]) is not None
        if (sentence or words(texts[i]) >= 15 or uncased_head) and prose is None:
            prose = _measure(texts)[1]
            between = _between_prose(texts, prose)
            if kept is not None:
                between |= _over_kept_prose(texts, prose, kept)
        # A whole sentence may be the story's own: hidden only when the model is all but certain, and
        # one right under a paragraph of prose (the story's last short line) only as a long line is.
        if sentence and p < max(threshold, LONG_LINE if _under_prose(texts, prose, i) else SENTENCE):
            continue
        # (And never one right under the story's own list, the items under a colon line of prose: the story goes on.)
        if sentence and _under_list(texts, prose, i):
            continue
        # So may a long line; one with a paragraph of prose right above and right below it is the
        # story's own run going on, whatever the model says.
        if words(texts[i]) >= 15 and (p < LONG_LINE or i in between):
            continue
        # A short line in a script without capitals, set between two paragraphs of the story, is its crosshead: the
        # model, which learnt crossheads mostly from their capitals, does not tell it from a menu's item.
        if uncased_head and i in between:
            continue
        # A short line under a paragraph of the story, over more of it (a paragraph, the colon line of a list, a list's
        # first item), is its crosshead: hidden only on near certainty.
        if p < CROSSHEAD and not sentence and words(texts[i]) <= 10 and _crosshead_place(texts, i, kept):
            continue
        out.append((i, p))
    return out


# (No letter of the Latin, Greek or Cyrillic alphabets, no figure, no colon: "ਚਾਰ ਅਫ਼ਸਰ ਪਰ ਕੋਈ ਹਥਿਆਰ ਨਹੀਂ".)
_UNCASED_HEAD = re.compile(r"^[^A-Za-z\u00c0-\u024f\u0370-\u04ff\d:：|·•]+$")


def _over_kept_prose(texts: list[str], prose: list[bool], kept: set[int]) -> set[int]:
    """The first lines of prose the rules kept right over another they kept, a line they cut between (a photo's caption
    under the lead): the story's run, whatever stands above its first paragraph (a byline, a share row)."""
    filled = [i for i, t in enumerate(texts) if t and i in kept]
    top = {i for i in filled if prose[i]}
    top = set(sorted(top)[:3])  # (the story's top only: under its end, the rules' own tail cut has yet to come)
    return {filled[k] for k in range(len(filled) - 1) if filled[k] in top and prose[filled[k + 1]]
            and any(texts[j] for j in range(filled[k] + 1, filled[k + 1]))}


def _under_prose(texts: list[str], prose: list[bool], i: int) -> bool:
    """Whether the line right above this one (blank lines skipped) is a paragraph of prose, or a sentence
    of eight words or more right under one (the story's last short sentences, one after another)."""
    k = _filled_above(texts, i)
    if k < 0 or prose[k]:
        return k >= 0
    if not (words(texts[k]) >= 8 and is_sentence(texts[k])):
        return False
    k = _filled_above(texts, k)
    return k >= 0 and prose[k]


def _crosshead_place(texts: list[str], i: int, kept: set[int] | None = None) -> bool:
    """Whether a line stands right under a paragraph of prose and right over one, a colon line or a list item
    (the lines the rules cut between them skipped: an inline "Read also: …" link above it or below it)."""
    above, below = _filled_above(texts, i), next((k for k in range(i + 1, len(texts)) if texts[k]), -1)
    cut = kept is not None and above >= 0 and above not in kept
    while cut and above >= 0 and above not in kept:
        above = _filled_above(texts, above)
    if cut and not any(_prose(texts[k]) for k in range(max(0, above))):
        return False  # (over a cut line, the story's own paragraph above: not the first, a standfirst over a photo's credit)
    while kept is not None and below >= 0 and below not in kept and list_marker(texts[below])[0]:
        # (nor a cut link under it: "A tilil sa tamtalas" / "Ritim tu: Lihir: …", read too, / the paragraph it heads)
        below = next((k for k in range(below + 1, len(texts)) if texts[k]), -1)
    if above < 0 or below < 0:
        return False
    if BULLET.match(texts[above]):
        # (or under the story's own list, the items under a colon line or a paragraph: "… ya ndɛmɛ:" / "• …" / "• …" / the
        # crosshead)
        while above >= 0 and BULLET.match(texts[above]):
            above = _filled_above(texts, above)
        if above < 0 or not (_prose(texts[above]) or (words(texts[above]) >= 3 and texts[above].rstrip().endswith((":", "：")))):
            return False
    elif not _prose(texts[above]) and not (is_sentence(texts[above]) and words(texts[above]) >= 6
                                           and (over := _filled_above(texts, above)) >= 0 and _prose(texts[over])):
        return False  # (a short sentence under a paragraph, a quote and who said it, is the story's too)
    under = texts[below]
    if _prose(under) or BULLET.match(under) or (under.rstrip().endswith((":", "：")) and words(under) >= 2):
        return True
    # (or a short paragraph of the story under it, more of the story under that: "Ha pagpangutana, timindug hi NAME, …" over
    # the question it tells of)
    after = next((k for k in range(below + 1, len(texts)) if texts[k]), -1)
    return is_sentence(under) and words(under) >= 8 and after >= 0 and _prose(texts[after])


def _under_list(texts: list[str], prose: list[bool], i: int) -> bool:
    """Whether the line right above this one is the last of list items that stand under a paragraph of prose, a sentence
    or a line ending on a colon ("The talks closed with three proposals:" / "• …" / "• …")."""
    k = _filled_above(texts, i)
    if k < 0 or not BULLET.match(texts[k]):
        return False
    while k >= 0 and BULLET.match(texts[k]):
        k = _filled_above(texts, k)
    # (A paragraph of the story's prose over the list introduces it as well, whatever its last mark: Korean's "다음 세 가지를
    # … 했다.", "the following three …")
    # (A colon line of three words will do: "Laivas lankytojams bus atviras:", the ship is open to visitors.)
    return k >= 0 and (prose[k] or (words(texts[k]) >= 3 and texts[k].rstrip().endswith((":", "："))) or (words(texts[k]) >= 6 and is_sentence(texts[k])))


def _filled_above(texts: list[str], i: int) -> int:
    """The index of the nearest line above `i` that is not blank (-1 for none)."""
    k = i - 1
    while k >= 0 and not texts[k]:
        k -= 1
    return k
