"""The furniture an exported Markdown article carries around its story, found by shape.

An article saved from a blog or a CMS as Markdown keeps what the page set
around the story: an author's note, a pull quote repeating the story's words,
and, after the last paragraph, a rule over the outlet's notes or a list of
links to other articles. Each is cut by where it stands and what it is made
of, as in raw text (see `layout._without_tail`), never by its wording alone.
Lines cut are left empty, so every line keeps its number in the file.
"""

from __future__ import annotations

import re

from generator.articles.debris import is_sentence, list_marker, words

# A link's text and address hold no bracket of their kind: each try stops at
# the next one, where `[^\]]*` ran to the end of the line from every `[`
# (13 s for a line of 20,000 of them, in one call no time limit can stop).
_INLINE = re.compile(r"!?\[([^\[\]]*)\]\([^()]*\)|[*_`]+|^\s*(?:#{1,6}|[-*+]|\d+[.)]|>)\s+")
# What follows the author's name in an author's note ("Jane Doe is a columnist").
_NOTE_VERB = re.compile(r"\s+(?:is|was|has|writes|covers|reports|teaches)\b")
# What every match of _INLINE holds: most lines of prose hold none, and are spared the pattern.
_MAY_BE_MARKED = re.compile(r"[*_`\[]|^\s*[#\-+>\d]")


def word_set(text: str) -> set[str]:
    """The words of a line, lower-cased, as a pull quote is compared with the paragraph it repeats."""
    return set(_WORD.findall(text.lower()))


def plain_line(line: str) -> str:
    """A line of Markdown without its marks: link text for links, no emphasis, heading or list marker."""
    return _INLINE.sub(r"\1", line) if _MAY_BE_MARKED.search(line) else line
_LINK = re.compile(r"\[[^\[\]]*\]\([^()]*\)")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_BLOCK_START = ("#", ">", "- ", "* ", "+ ", "|", "```", "~~~", "<")
_FENCE = ("```", "~~~")
_WORD = re.compile(r"[\w'’-]+")
MOST_QUOTES = 50  # pull quotes compared with the story, at most: each is compared with every paragraph
# A line wholly in emphasis ("*…*", "_…_"): set apart from the story's own paragraphs.
_SET_APART = re.compile(r"^\s{0,3}(?:\*(?!\*)[^*]+\*|_(?!_)[^_]+_)\s*$")
_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s")


def _is_prose(plain: str) -> bool:
    return is_sentence(plain) and words(plain) >= 12


# MDX (Markdown with components): an `import`/`export` line, a component on a line of its own
# (`<Tweet id="…" />`, `<Callout type="info">` … `</Callout>`) and a `{/* comment */}` are the
# page's machinery. Components are named in capitals, as no HTML element is.
_MDX_LINE = re.compile(
    r"^\s*(?:(?:import|export)\s+(?:\{[^{}]*\}|[\w*]+(?:\s+as\s+\w+)?)(?:\s*,\s*\{[^{}]*\})?\s+from\s+[\"'][^\"']+[\"'];?"
    r"|</?[A-Z][\w.]*(?:\s[^<>]*)?/?>|\{/\*.*\*/\})\s*$"
)


def _mdx_blanked(lines: list[str]) -> list[str]:
    if not any(_MDX_LINE.match(line) for line in lines):
        return lines
    return ["" if _MDX_LINE.match(line) else line for line in lines]


def markdown_without_furniture(body: str, author: str | None = None) -> str:
    """The body with its furniture lines emptied: an author's note, a pull quote, what follows the story;
    an MDX page's imports, components and comments."""
    if "```" in body or "~~~" in body:
        return body  # code: left as written
    blanked = _mdx_blanked(body.split("\n"))
    body = "\n".join(blanked)
    lines = blanked
    plain = [plain_line(line).strip() for line in lines]
    paragraphs = [i for i, line in enumerate(lines) if plain[i] and not line.lstrip().startswith(_BLOCK_START) and _is_prose(plain[i])]
    if not paragraphs:
        return body
    cut: set[int] = set()
    last = paragraphs[-1]
    # After the last paragraph: a rule over notes, or a list of other articles, with no paragraph after it.
    for i in range(last + 1, len(lines)):
        links = len(_LINK.findall(lines[i]))
        bare = words(_LINK.sub(" ", plain_line(lines[i]) if not links else lines[i]).strip(" ·|•,-*_:"))
        if _RULE.match(lines[i]) or list_marker(plain[i])[0] or (links >= 2 and bare <= 5):
            cut.update(range(i, len(lines)))
            break
        if _SET_APART.match(lines[i]) and words(plain[i]) <= 30:
            cut.add(i)  # "*This article first appeared in our print edition.*": the outlet's note, all in italics
    # The author's note ("*Jane Doe is a columnist.*"): the byline's name opening a line of its own.
    if author:
        # (Its name, then a fixed pattern: a pattern made for each author was compiled for each page.)
        cut.update(i for i, text in enumerate(plain)
                   if text.startswith(author) and _NOTE_VERB.match(text, len(author)) and words(text) <= 40)
    # A pull quote: a one-line quote whose words all stand in one paragraph of the story.
    story_words = [word_set(plain[i]) for i in paragraphs]
    quotes = 0
    for i, line in enumerate(lines):
        if quotes >= MOST_QUOTES:
            break  # (a page of thousands of quotes: each is compared with every paragraph)
        if line.lstrip().startswith(">") and not (i + 1 < len(lines) and lines[i + 1].lstrip().startswith(">")):
            quotes += 1
            quoted = word_set(plain[i])
            if 4 <= len(quoted) <= 30 and any(quoted <= other for other in story_words):
                cut.add(i)
    # Footnote and link definitions stay wherever they stand: the story's notes and links need them.
    cut -= {i for i in cut if _DEFINITION.match(lines[i])}
    if not cut:
        return body
    return "\n".join("" if i in cut else line for i, line in enumerate(lines))


_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_EMPHASIS = re.compile(r"!\[[^\[\]]*\]\([^()]*\)|\[([^\[\]]*)\]\([^()]*\)|\*\*|__|`|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


def markdown_marks_as_tags(text: str) -> str:
    """Markdown with no front matter, as raw text whose marks are the tags the reader knows.

    `# x` is a headline (`<h1>`), `## x` a heading, `- x` and `1. x` list
    items, a table row a row of cells; links keep their text, images,
    emphasis marks, rules and fences go. One line in, one line out, so
    every line keeps its number.
    """
    out = []
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith(_FENCE):
            fenced = not fenced
            out.append("")
            continue
        if fenced:
            out.append(line)
            continue
        if _RULE.match(line) or _TABLE_RULE.match(line) and "|" in line:
            out.append("")
            continue
        line = _EMPHASIS.sub(lambda m: m.group(1) or "", line)
        heading = _HEADING.match(line)
        if heading:
            tag = "h1" if len(heading.group(1)) == 1 else "h2"
            out.append(f"<{tag}>{heading.group(2)}</{tag}>")
        elif line.lstrip().startswith("|") and line.rstrip().endswith("|"):
            cells = [c.strip() for c in line.strip()[1:-1].split("|")]
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        elif (item := _ITEM.match(line)) is not None:
            out.append(f"<li>{item.group(1)}</li>")
        else:
            out.append(_QUOTE.sub("", line))
    return "\n".join(out)
