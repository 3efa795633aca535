"""`ingest`: copy articles into seeds/ under stable names and draft an event for each.

An article is read exactly as `build` will read it (through `load_content`), so
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
from generator.diagnostics import BuildFailed, Diagnostic, Location
from generator.load import SEED_SUFFIXES, load_content
from generator.link import event_matcher
from generator.mentions import MentionFinder
from generator.model import Content, Seed
from generator.similar import NEAR_COPY, resemblance

_SLUG_WORDS = 9


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


def _inputs(files: Sequence[Path], errors: list[Diagnostic]) -> list[tuple[Path, bytes, str]]:
    found = []
    for path in files:
        kind = SEED_SUFFIXES.get(path.suffix.lower())
        if kind is None:
            errors.append(Diagnostic(Location(path), "not an article: ingest reads raw text (.txt) and Markdown with front matter (.md)"))
            continue
        try:
            data = path.read_bytes()
            data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            errors.append(Diagnostic(Location(path), f"not UTF-8 text (byte {exc.start}): save the file as UTF-8"))
            continue
        except OSError as exc:
            errors.append(Diagnostic(Location(path), f"cannot read file: {exc.strerror}"))
            continue
        found.append((path, data, ".txt" if kind == "text" else ".md"))
    return found


def _read(inputs: list[tuple[Path, bytes, str]]) -> list[Seed]:
    """Each article as load reads it, from a scratch briefing holding only the new seeds."""
    with tempfile.TemporaryDirectory(prefix="briefing-ingest-") as scratch:
        folder = Path(scratch) / "seeds"
        folder.mkdir()
        origin = {}
        for i, (source, data, ext) in enumerate(inputs):
            path = folder / f"article-{i:04d}{ext}"
            path.write_bytes(data)
            origin[path] = source
        try:
            content = load_content(Path(scratch))
        except BuildFailed as exc:
            # Problems are reported against the file the user named.
            raise BuildFailed([
                replace(d, location=replace(d.location, path=origin.get(d.location.path, d.location.path)))
                for d in exc.diagnostics
            ]) from None
        by_path = {seed.path: seed for seed in content.seeds}
        return [by_path[path] for path in origin]


def _slug(title: str) -> str | None:
    """A file-name slug of a headline, or None when too little of it is in Latin letters."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text.replace("'", "").replace("\u2019", ""))
    letters = sum(len(w) for w in words)
    if letters < 0.5 * len(re.sub(r"\W", "", title)) or not words:
        return None
    return "-".join(words[:_SLUG_WORDS])


def _stable_stem(seed: Seed, data: bytes) -> str:
    date = seed.published or seed.updated or seed.event_date
    slug = _slug(seed.title) or f"article-{hashlib.sha256(data).hexdigest()[:8]}"
    return f"{date.iso()}-{slug}" if date else slug


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


def _draft(seed: Seed, sid: str, seed_file: str, notes, entities: list[str]) -> str:
    out = [
        f"# Draft event for {seed_file},",
        "# written by `python -m generator ingest` from what the article says.",
        "# Correct anything wrong: this file is yours now, and ingest never writes over it.",
    ]
    if notes:
        out += ["#", "# The reader was unsure of these lines of the article; check them:"]
        out += [f"#   line {number}: {message}" for number, message in notes]
    out += [f"id: {sid}", f"title: {_yaml_text(seed.title)}"]
    if seed.event_date:
        where = f", from line {seed.event_date_at.line} of the article" if seed.event_date_at else ""
        out.append(f"date: {seed.event_date.iso()}  # {seed.event_date.precision}{where}")
    elif seed.published or seed.updated:
        date = seed.published or seed.updated
        out.append(f"date: {date.iso()}  # the article's own date: its story names no other")
    else:
        out.append("# date: the article gives none; add one (2026-05-29, 2026-05 or 2026)")
    out += ["seeds:", f"  - id: {sid}"]
    if seed.published:
        out.append(f"    published: {seed.published.iso()}")
    for key in ("publisher", "attributed_to", "url"):
        value = getattr(seed, key)
        out.append(f"    {key}: {_yaml_text(value)}" if value else f"    # {key}: not found in the article")
    extra = [f"{label} {value}" for label, value in (
        ("byline:", seed.author), ("filed in:", seed.dateline),
        ("updated:", seed.updated.iso() if seed.updated else None),
    ) if value]
    if extra:
        out.append("# The article also gives " + "; ".join(extra) + " (shown with the source).")
    if entities:
        out.append("entities:  # named in the story; give each a role, remove any not involved")
        out += [f"  - {eid}" for eid in entities]
    else:
        out.append("# entities: the story names none of content/entities")
    return "\n".join(out) + "\n"


def _near_copy(seed: Seed, sketches: dict[Path, tuple[int, ...]]) -> tuple[Path, float] | None:
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
    inputs = _inputs(files, errors)
    # The briefing must load before anything is added to it.
    try:
        content = load_content(root)
    except BuildFailed as exc:
        errors += exc.diagnostics
    if errors:
        raise BuildFailed(errors)
    seeds = _read(inputs)
    known = {seed.path: seed.id for seed in content.seeds}
    contents = {path: path.read_bytes() for path in known}
    sketches = {seed.path: seed.sketch for seed in content.seeds}
    claimed = _claimed(content)
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
            stem = _stable_stem(seed, data)
            if stem in known.values():
                stem = f"{stem}-{hashlib.sha256(data).hexdigest()[:8]}"
            target, added = root / "seeds" / f"{stem}{ext}", True
            _write_new(target, data)
            known[target], contents[target], sketches[target] = stem, data, seed.sketch
        sid = known[target]
        draft = root / "content" / "events" / f"{sid}.yaml"
        notes = parse_text_article(data.decode("utf-8-sig")).uncertain if ext == ".txt" else ()
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
        text = _draft(seed, sid, target.relative_to(root).as_posix(), notes, sorted(found))
        _write_new(draft, text.encode("utf-8"))
        claimed.add(sid)
        results.append(Ingested(source, target, added, draft, True, len(notes)))
    return tuple(results)
