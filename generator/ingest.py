"""`ingest`: copy articles into seeds/ under stable names and draft an event for each.

An article is read exactly as `build` will read it (through `load_seed`), so
the draft shows what the build extracts. Nothing is ever written over: the same
bytes already in seeds/ are left where they are, and a draft event is only
written where no file and no event claims it yet, so running ingest again on the
same article changes nothing.

An article is first set against the briefing as `build` would read it: a
near-copy of an article already in seeds/ is reported and not added, and an
article that reports a curated event gets no draft of its own: ingest prints
what to add to that event's file, which stays the editor's to change.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from generator.articles import parse_text_article
from generator.articles.mdpage import markdown_marks_as_tags
from generator.dates import span_iso
from generator.diagnostics import BuildFailed, Diagnostic, Location
from generator.inputs import Refused
from generator.link import event_matcher
from generator.load import SEED_SUFFIXES, load_content, load_seed, read_article
from generator.mentions import MentionFinder
from generator.model import MAX_ARTICLE_KB, Content, Seed
from generator.similar import NEAR_COPY, resemblance

_SLUG_WORDS = 9
# File names have a limit (255 bytes on most systems); a headline of one
# 100,000-letter word must still give one.
_SLUG_CHARS = 80
# A draft event's id: a few whole words of the headline, short enough to type.
_ID_WORDS, _ID_CHARS = 6, 50
# Words that carry little alone: dropped from a long headline, and never its id's last word.
_SMALL_WORDS = {
    "a", "about", "after", "against", "amid", "an", "and", "are", "as", "at", "be", "before", "but", "by",
    "during", "for", "from", "has", "have", "her", "his", "in", "into", "is", "its", "of", "on", "or",
    "over", "than", "that", "the", "their", "this", "to", "under", "was", "were", "will", "with",
}


@dataclass(frozen=True)
class Ingested:
    """What ingest did with one article."""

    source: Path
    seed: Path  # where the article is in seeds/
    added: bool  # False when the same bytes were already in seeds/
    draft: Path  # the draft event's file
    drafted: bool  # False when that file exists or an event already lists the seed
    unsure: int  # lines of the article listed in the draft for the editor to check
    reason: str = ""  # why no draft was written
    copied: str = ""  # how much of its text a near-copy shares with `seed`, which it was not added beside
    snippet: str = ""  # what to add to an editor's event file, never written there by ingest


def _inputs(files: Sequence[Path], errors: list[Diagnostic], max_article_kb: int) -> list[tuple[Path, bytes, str]]:
    found = []
    for path in files:
        kind = SEED_SUFFIXES.get(path.suffix.lower())
        if kind is None:
            errors.append(Diagnostic(Location(path), "not an article: ingest reads raw text (.txt) and Markdown (.md)"))
            continue
        # The user named the file, so it may be anywhere; but a FIFO or an
        # endless file is refused here as the build would refuse it.
        try:
            data = read_article(path, max_article_kb)
            data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            errors.append(Diagnostic(Location(path), f"not UTF-8 text (byte {exc.start}): save the file as UTF-8"))
            continue
        except Refused as exc:
            errors.append(exc.diagnostic)
            continue
        found.append((path, data, ".txt" if kind == "text" else ".md"))
    return found


def _read(inputs: list[tuple[Path, bytes, str]], max_article_kb: int) -> list[Seed]:
    """Each article as load reads it, from a scratch briefing holding only the new seeds."""
    with tempfile.TemporaryDirectory(prefix="briefing-ingest-") as scratch:
        folder = Path(scratch) / "seeds"
        folder.mkdir()
        seeds, errors = [], []
        for i, (source, data, ext) in enumerate(inputs):
            path = folder / f"article-{i:04d}{ext}"
            path.write_bytes(data)
            seed, found, _ = load_seed(path, Path(scratch), max_article_kb)
            seeds.append(seed)
            # Problems are reported against the file the user named.
            errors += [replace(d, location=replace(d.location, path=source)) if d.location.path == path else d for d in found]
        if errors:
            raise BuildFailed(errors)
        return seeds


def _headline_words(title: str) -> list[str]:
    """A headline's words in lower-case ASCII, or none when too little of it is in Latin letters."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text.replace("'", "").replace("\u2019", ""))
    letters = sum(len(w) for w in words)
    return [] if letters < 0.5 * len(re.sub(r"\W", "", title)) else words


def _slug(title: str) -> str | None:
    """A file-name slug of a headline, or None when too little of it is in Latin letters."""
    words = _headline_words(title)
    return "-".join(words[:_SLUG_WORDS])[:_SLUG_CHARS].rstrip("-") if words else None


def _event_id(seed: Seed, sid: str, taken: set[str]) -> str:
    """A short, readable id for the draft event: whole words of the headline, the seed's id when it has none or it is taken."""
    words = _headline_words(seed.title)
    if not words:
        return sid
    if len(words) > _ID_WORDS:
        # Small words go first, so that more of what the headline says fits.
        words = words[:1] + [w for w in words[1:] if w not in _SMALL_WORDS]
    kept: list[str] = []
    for word in words[:_ID_WORDS]:
        if len("-".join(kept + [word])) > _ID_CHARS:
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1] in _SMALL_WORDS:
        kept.pop()
    ident = "-".join(kept)
    return sid if not ident or ident in taken else ident


def _stable_stem(seed: Seed, data: bytes) -> str:
    date = seed.published or seed.updated or seed.event_date
    slug = _slug(seed.title) or f"article-{hashlib.sha256(data).hexdigest()[:8]}"
    return f"{date.iso()}-{slug}" if date else slug


def _free_stem(stem: str, data: bytes, taken: set[str]) -> str:
    """`stem`, or failing that the stem with the article's digest (and a number), that no seed or event has as its id."""
    if stem not in taken:
        return stem
    stem = f"{stem}-{hashlib.sha256(data).hexdigest()[:8]}"
    candidate, n = stem, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


def _write_new(path: Path, data: bytes) -> None:
    """Write a file that does not exist yet, all at once (never over another file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.link(tmp, path)  # fails if the file appeared meanwhile
    finally:
        os.unlink(tmp)


def _yaml_text(value: str) -> str:
    # JSON strings are YAML double-quoted scalars: every character stays as written.
    return json.dumps(value, ensure_ascii=False)


def _draft(seed: Seed, ident: str, sid: str, seed_file: str, notes, entities: list[str]) -> str:
    """The draft event's YAML: every field an event can have, filled from the article or left empty to fill in."""
    out = [
        f"# Draft event for {seed_file},",
        "# written by `briefing ingest` from what the article says.",
        "# Correct anything wrong: this file is yours now, and ingest never writes over it.",
    ]
    if notes:
        out += ["#", "# What the reader found or guessed, by line of the article; check each:"]
        out += [f"#   line {number}: {message}" for number, message in notes]
    out += [f"id: {ident}", f"title: {_yaml_text(seed.title)}"]
    if seed.event_date:
        where = f", from line {seed.event_date_at.line} of the article" if seed.event_date_at else ""
        if seed.event_end:
            # The one spelling of an interval an event file reads (see generator/dates.py).
            span = f"{span_iso(seed.event_date, seed.event_end)}  # interval, {seed.event_date.precision} to {seed.event_end.precision}"
            out.append(f"date: {span}{where}")
        else:
            out.append(f"date: {seed.event_date.iso()}  # {seed.event_date.precision}{where}")
    elif seed.published or seed.updated:
        date = seed.published or seed.updated
        out.append(f"date: {date.iso()}  # the article's own date: its story names no other")
    else:
        out.append("date:  # the article gives none; add one (2026-05-29, 2026-05 or 2026)")
    out.append("location:  # where it happened: an entity id from content/entities")
    out += ["seeds:", f"  - id: {sid}"]
    out.append(f"    published: {seed.published.iso()}" if seed.published else "    # published: not found in the article")
    for key in ("publisher", "attributed_to", "url"):
        value = getattr(seed, key)
        out.append(f"    {key}: {_yaml_text(value)}" if value else f"    # {key}: not found in the article")
    extra = [f"{label} {value}" for label, value in (
        ("byline:", seed.author), ("filed in:", seed.dateline),
        ("updated:", seed.updated.iso() if seed.updated else None),
    ) if value]
    if extra:
        out.append("# The article also gives " + "; ".join(extra) + " (shown with the source).")
    out.append("reading: []  # background articles (seed ids) shown under Reading on the event page")
    if entities:
        out.append("entities:  # named in the story; give each a role (- id: x, role: ...), move any not involved to not_involved")
        out += [f"  - {eid}" for eid in entities]
    else:
        out.append("entities: []  # the story names none of content/entities")
    out += [
        "not_involved: []  # entities the text mentions that take no part",
        'summary: ""  # two or three sentences in Markdown: what happened',
        "facts: []  # - text: ...  then  sources: [a seed id or an https:// address]",
    ]
    return "\n".join(out) + "\n"


def _notes(seed: Seed, data: bytes, ext: str) -> list[tuple[int, str]]:
    """The lines of the article to check: each judgement call and each credit or date read from it."""
    if seed.format == "text":  # a `.txt` with front matter is read as Markdown
        text = data.decode("utf-8-sig")
        article = parse_text_article(markdown_marks_as_tags(text) if ext == ".md" else text)  # (a `.md` without front matter)
        return sorted(set(article.uncertain) | set(article.guesses))
    # Front matter says what it says; only a date read from the body is a guess.
    if seed.event_date and seed.event_date_at:
        line = data.decode("utf-8-sig").split("\n")[seed.event_date_at.line - 1]
        if not line.lstrip().startswith("event_date:"):
            notes = [(seed.event_date_at.line, f"event date {seed.event_date.iso()} read here")]
            if seed.event_end is not None:
                notes.append((seed.event_date_at.line, f"the event runs over several days, to {seed.event_end.iso()}"))
            return notes
    return []


def _near_copy(seed: Seed, sketches: dict[Path, bytes]) -> tuple[Path, float] | None:
    """The article in seeds/ this one nearly copies, and how much text they share; None if none."""
    found = [(resemblance(seed.sketch, held), path) for path, held in sorted(sketches.items())]
    best = max(found, key=lambda f: f[0], default=(0.0, None))
    return (best[1], best[0]) if best[0] >= NEAR_COPY else None


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _claimed(content: Content) -> set[str]:
    return {e.id for e in content.events} | {ref.id for e in content.events for ref in e.seeds}


def ingest_articles(root: Path, files: Sequence[Path]) -> tuple[Ingested, ...]:
    """Copy articles into ROOT/seeds and draft ROOT/content/events/<seed>.yaml for each new one."""
    root = Path(root)
    errors: list[Diagnostic] = []
    # The briefing must load before anything is added to it.
    try:
        content = load_content(root)
    except BuildFailed as exc:
        errors += exc.diagnostics
        content = None
    max_article_kb = content.site.max_article_kb if content is not None else MAX_ARTICLE_KB
    inputs = _inputs(files, errors, max_article_kb)
    if errors:
        raise BuildFailed(errors)
    seeds = _read(inputs, max_article_kb)
    known = {seed.path: seed.id for seed in content.seeds}
    try:
        contents = {path: read_article(path, max_article_kb) for path in known}
    except Refused as exc:
        raise BuildFailed([exc.diagnostic]) from None
    sketches = {seed.path: seed.sketch for seed in content.seeds}
    claimed = _claimed(content)
    # A new seed's id may be neither another seed's (`x.md` beside `x.txt`)
    # nor a curated event's: either way two things would want one page.
    taken = set(known.values()) | {e.id for e in content.events}
    finder = MentionFinder((name, e.id) for e in content.entities for name in e.names)
    # The same matching as the build's, so that the build agrees with what ingest said.
    match = event_matcher(content.events)
    files = {e.id: e.location.path for e in content.events}
    results = []
    for (source, data, ext), seed in zip(inputs, seeds):
        same = next((path for path, held in sorted(contents.items()) if held == data), None)
        near = None if same is not None else _near_copy(seed, sketches)
        if near is not None:
            path, share = near
            results.append(Ingested(source, path, False, path, False, 0, "", copied=f"{round(share * 100)}%"))
            continue
        if same is not None:
            target, added = same, False
        else:
            stem = _free_stem(_stable_stem(seed, data), data, taken)
            taken.add(stem)
            target, added = root / "seeds" / f"{stem}{ext}", True
            _write_new(target, data)
            known[target], contents[target], sketches[target] = stem, data, seed.sketch
        sid = known[target]
        draft = root / "content" / "events" / f"{sid}.yaml"
        notes = _notes(seed, data, ext)
        if draft.exists() or draft.with_suffix(".yml").exists():
            results.append(Ingested(source, target, added, draft, False, 0, "the file exists"))
            continue
        if sid in claimed:
            results.append(Ingested(source, target, added, draft, False, 0, "an event already lists this seed"))
            continue
        _, found = finder.split(seed.body_html)
        if seed.event:
            results.append(Ingested(source, target, added, draft, False, 0, f"its front matter places it under event {seed.event!r}"))
            continue
        matched = None if seed.event_date is None else match(replace(seed, id=sid), found)
        if matched is not None:
            eid, why = matched
            where = _relative(files[eid], root)
            listed = "reading" if seed.background else "seeds"
            results.append(Ingested(
                source, target, added, draft, False, 0, f"it reports event {eid!r}: {why}",
                snippet=f"add it to {where}, under {listed}: (the build reads it so until then, with a warning)\n{listed}:\n  - {sid}",
            ))
            continue
        ident = _event_id(seed, sid, claimed | set(known.values()))
        text = _draft(seed, ident, sid, target.relative_to(root).as_posix(), notes, sorted(found))
        _write_new(draft, text.encode("utf-8"))
        claimed |= {sid, ident}
        results.append(Ingested(source, target, added, draft, True, len(notes)))
    return tuple(results)
