"""Scraped text with HTML left in it, turned into plain lines that remember their line number.

Scripts, styles and comments go with their contents; block tags split a line;
headings, list items and captions keep a hint of what they were; entities are
decoded last, so an escaped `&lt;b&gt;` stays text; `<time datetime>` values
are kept as a date source.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from generator.articles.datetext import full_dates
from generator.articles.debris import words


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line in the file
    text: str
    hint: str | None = None  # "h1" headline, "h" heading, "li" list item, "caption", "cell" of a table, "aside" furniture
    times: tuple[str, ...] = ()  # datetime attributes of <time> elements on this line


# An element's content ends at its end tag, and is not looked for past the next
# start tag of its kind: from each of 5,000 unclosed <script> the search ran
# to the end of the text, 8 s in one call that no time limit can stop.
_INVISIBLE = re.compile(
    r"<(script|style|noscript|template|iframe|svg|object|head)\b[^<>]*>(?:(?!<\1\b).)*?</\1\s*>"
    r"|<!--(?:(?!<!--).)*?-->|<![A-Za-z][^<>]*>|<\?[^<>]*\?>",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>")
_TIME = re.compile(r"""<time\b[^<>]*\bdatetime\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_BLOCK = {
    "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header",
    "footer", "aside", "nav", "figure", "figcaption", "blockquote", "table", "tr", "td", "th",
    "main", "form", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "pre", "body", "html", "title",
}
_HINTS = {"h1": "h1", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h", "li": "li",
          "figcaption": "caption", "caption": "caption", "nav": "aside", "aside": "aside", "td": "cell", "th": "cell",
          "footer": "aside", "form": "aside"}
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f\u200b]+")
_UNEVEN_SPACE = re.compile(r"[\t\u00a0\u2009\u202f\u200b]|  ")  # what _SPACES would change


def _blank_out(match: re.Match) -> str:
    # Keep the newlines so every later line keeps its number.
    return "\n" * match.group(0).count("\n")


def text_lines(text: str) -> list[Line]:
    """Split raw scraped text into plain lines; tags split a line into several with one number."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub(_blank_out, text)
    if "[" in text and len(_LINK_MARK.findall(text, 0, 200_000)) >= 3:
        # A text browser's dump ("By [12]Jane Doe"): its numbered link marks go, the words they mark stay.
        text = _LINK_MARK.sub("", text)
    lines: list[Line] = []
    open_hints: list[str] = []  # hint-giving elements open across lines
    for number, raw in enumerate(text.split("\n"), 1):
        if "<" not in raw:  # most lines: no tags, so no <time> either
            hint = "aside" if _is_button_row(raw) else "caption" if _MEDIA_LABEL.match(raw) else None
            if not raw.isascii() and _BOX.search(raw):  # a box drawn with line characters: its frame is no text, its words a side box
                raw, hint = _BOX.sub(" ", raw), "aside"
            elif hint is None and ("   " in raw or "\t" in raw) and len(_WIDE_GAP.findall(raw.strip())) >= 2:
                # A print page's running head, "B4      THE COURIER      THURSDAY, APRIL 9, 2026":
                # its pieces are set apart by wide gaps, kept as separators.
                raw = " · ".join(_WIDE_GAP.split(raw.strip()))
            lines.append(Line(number, _clean(raw), hint or (open_hints[-1] if open_hints else None)))
            continue
        times = tuple(m.group(1) for m in _TIME.finditer(raw))
        pieces: list[tuple[str, str | None]] = []
        buffer: list[str] = []
        last = 0
        for tag in _TAG.finditer(raw):
            buffer.append(raw[last:tag.start()])
            last = tag.end()
            closing, name = tag.group(1) == "/", tag.group(2).lower()
            if name not in _BLOCK:
                continue
            pieces.append(("".join(buffer), open_hints[-1] if open_hints else None))
            buffer = []
            hint = _HINTS.get(name)
            if hint and not tag.group(3).rstrip().endswith("/"):
                if not closing:
                    open_hints.append(hint)
                elif hint in open_hints:
                    del open_hints[len(open_hints) - 1 - open_hints[::-1].index(hint)]
        buffer.append(raw[last:])
        pieces.append(("".join(buffer), open_hints[-1] if open_hints else None))
        texts = [(t, h) for t, h in ((_clean(t), h) for t, h in pieces) if t]
        cells = [t for t, h in texts if h == "cell"]
        if len(cells) >= 2 and len(cells) == len(texts):  # a table row on one line: one line of text
            texts = [((": " if len(cells) == 2 else "; ").join(cells), "cell")]
        for i, (piece, hint) in enumerate(texts or [("", None)]):
            lines.append(Line(number, piece, hint, times if i == 0 else ()))
    return lines


# A link's number set right before its words by a text browser (lynx, w3m): "[12]Jane Doe". (A
# footnote call stands after its words: "said.[3] The …".)
_LINK_MARK = re.compile(r"(?:(?<=\s)|^)\[\d{1,4}\](?=[^\W_]|[\"“‘'(])", re.MULTILINE)
# A line that says it is a picture's caption: "[Photo] …", "Photo: …", "(Video) …".
_MEDIA_LABEL = re.compile(r"^\s*(?:\[(?:photo|image|video|picture|graphic|foto|bild)\]|\((?:photo|image|video|foto)\)|(?:photo|image|foto|bild)\s*:)\s*\S",
                          re.IGNORECASE)
_WIDE_GAP = re.compile(r" {3,}|\t+")
_BOX = re.compile(r"^\s*[\u2500-\u257f]+|[\u2500-\u257f]+\s*$")  # "│ CLAIM: … │", "└────┘"


# Buttons and menu items saved side by side: short pieces set apart by runs of spaces.
_ROW_GAP = re.compile(r"(?: {2,}|\t|\u3000)+")
_PIECE_END = tuple(".!?,;:。！？、")
_BAR = re.compile(r"\s*[|｜]\s*")  # "Language: English | 日本語": a bar between two buttons of one piece


_LABELLED_NAME = re.compile(r"^[^\W\d_]{3,}\s?:\s+(?P<name>[^\W\d_][\w'’.-]*\s+[^\W\d_][\w'’.-]*)$")


def _is_button_row(raw: str) -> bool:
    """A row of buttons or menu items ("Share   Print   Email"), told by its gaps, not its words."""
    raw = raw.strip()
    if "  " not in raw and "\t" not in raw and "\u3000" not in raw:
        return False  # most lines: one space between words
    pieces = [piece for gapped in _ROW_GAP.split(raw) for piece in _BAR.split(gapped)]
    if (labelled := _LABELLED_NAME.match(pieces[0])) and all(w[:1].isupper() for w in labelled.group("name").split()):
        return False  # "Текст: NAME   ·   Фото: NAME": the writer and the photographer credited, no buttons
    return len(pieces) >= 2 and pieces[0][:1] not in "•·▪●◦‣∙*-" and all(
        0 < words(p) <= 3 and len(p) <= 24 and not p.endswith(_PIECE_END) for p in pieces
    ) and not any(full_dates(p) for p in pieces)  # "Filed 2026-04-09 10:12   Revised …" are stamps, not buttons


def _clean(text: str) -> str:
    if "<" in text:
        text = _TAG.sub("", text)
    text = html.unescape(text)
    if _UNEVEN_SPACE.search(text):  # most lines are spaced one plain space a word
        text = _SPACES.sub(" ", text)
    return text.strip()
