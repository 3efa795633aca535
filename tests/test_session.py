"""A long-lived build (what serve runs): the short way for text edits gives what a clean build gives."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from conftest import write_files
from generator.build import build
from generator.diagnostics import BuildFailed
from generator.session import Session

SEED = "seeds/2026-05-29-posting.md"
TEXT_SEED = "seeds/2026-05-30-wire.txt"
MORE = {
    "content/entities/ministry.yaml": """
        id: ministry
        name: Defence Ministry
        kind: ministry
    """,
    TEXT_SEED: """
        Officers leave for the Assistance Command

        30 May 2026

        Four officers left on Saturday for ASCOM, the ministry said.

        They will serve for a year.
    """,
}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _same_as_a_clean_build(root: Path, out: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    build(root, clean, cache=False)
    assert _files(out) == _files(clean)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


@pytest.fixture
def session(briefing):
    root = briefing(MORE)
    session = Session(root, root / ".preview")
    session.build()
    return session


@pytest.mark.parametrize("seed, old, new", [
    (SEED, "would join", "were due to join"),
    (TEXT_SEED, "They will serve for a year.", "They will serve for a year, the ministry added."),
])
def test_an_edit_to_an_articles_text_rewrites_its_page_alone_and_matches_a_clean_build(session, tmp_path, seed, old, new):
    path = session.root / seed
    _edit(path, old, new)
    result = session.build([str(path)])
    assert [name for name, _ in result.stages] == ["patch"]
    # The event page and the feeds that carry it; nothing else was rewritten.
    assert 1 <= result.report.written <= 4
    page = (session.out / "events" / path.stem / "index.html").read_text("utf-8")
    assert new in page and old not in page
    _same_as_a_clean_build(session.root, session.out, tmp_path)


def test_edits_one_after_another_each_match_a_clean_build_and_so_does_a_restart(session, tmp_path):
    path = session.root / SEED
    for n in range(3):
        _edit(path, "officers would" if n == 0 else f"officers (revision {n - 1}) would", f"officers (revision {n}) would")
        assert session.build([str(path)]).stages[0][0] == "patch"
        _same_as_a_clean_build(session.root, session.out, tmp_path)
    # A new process builds from the cache on disk, which the short way did not update.
    again = build(session.root, session.out)
    assert again.report.written == 0
    _same_as_a_clean_build(session.root, session.out, tmp_path)


@pytest.mark.parametrize("change", [
    "title",      # the headline is in listings, feeds and neighbours' pages
    "mention",    # a new entity named: the event's roles and the entity's page move
    "new file",   # a new article: a new event
    "entity",     # curated YAML
])
def test_other_edits_take_the_long_way_and_match_a_clean_build(session, tmp_path, change):
    root = session.root
    if change == "title":
        path = root / SEED
        _edit(path, "title: Four officers posted", "title: Four staff officers posted")
    elif change == "mention":
        path = root / SEED
        _edit(path, "would join ASCOM.", "would join ASCOM, the Defence Ministry said.")
    elif change == "new file":
        path = root / "seeds/2026-06-01-later.md"
        write_files(root, {"seeds/2026-06-01-later.md": "---\ntitle: A later article\npublished: 2026-06-01\n---\nThe NAA met.\n"})
    else:
        path = root / "content/entities/alliance.yaml"
        _edit(path, "summary: A test alliance.", "summary: A test alliance of states.")
    result = session.build([str(path)])
    assert "patch" not in [name for name, _ in result.stages]
    _same_as_a_clean_build(root, session.out, tmp_path)


def test_after_a_failed_build_a_text_edit_still_reports_the_error(session):
    root = session.root
    write_files(root, {"content/entities/broken.yaml": "id: broken\nname: [unclosed\n"})
    with pytest.raises(BuildFailed):
        session.build([str(root / "content/entities/broken.yaml")])
    path = root / SEED
    _edit(path, "would join", "were to join")
    with pytest.raises(BuildFailed) as failed:
        session.build([str(path)])
    assert any("broken.yaml" in d.shown() for d in failed.value.diagnostics)


def test_a_text_edit_reaches_every_event_that_cites_the_article(briefing, tmp_path):
    root = briefing({
        "content/events/two.yaml": """
            - id: posting-announced
              title: The posting is announced
              date: 2026-05-29
              seeds: [2026-05-29-posting]
            - id: posting-discussed
              title: The posting is discussed
              date: 2026-06-02
              seeds: [2026-05-29-posting]
        """,
    })
    session = Session(root, root / ".preview")
    session.build()
    _edit(root / SEED, "would join", "were posted to")
    assert session.build([str(root / SEED)]).stages[0][0] == "patch"
    for event in ("posting-announced", "posting-discussed"):
        assert "were posted to" in (session.out / "events" / event / "index.html").read_text("utf-8")
    _same_as_a_clean_build(root, session.out, tmp_path)


def test_full_rebuilds_in_a_long_session_leave_no_garbage_behind(briefing):
    root = briefing()
    session = Session(root, root / ".preview")
    entity = root / "content/entities/alliance.yaml"
    text = entity.read_text("utf-8")

    def rebuild(i: int) -> None:
        entity.write_text(f"{text}# edit {i}\n", "utf-8")
        assert session.build().built is not None, "an entity edit goes the long way"

    enabled = gc.isenabled()
    # As in serve; the command line turns the collector off for one-off commands run earlier in this process.
    gc.enable()
    try:
        for i in range(3):
            rebuild(i)
        gc.collect()
        before = len(gc.get_objects())
        for i in range(3, 23):
            rebuild(i)
        grown = len(gc.get_objects()) - before
        left_over = gc.collect()
    finally:
        if not enabled:
            gc.disable()
    # Each rebuild used to leave some 100 objects in reference cycles that no collection reached.
    assert grown < 100, f"{grown} more tracked objects after 20 rebuilds"
    assert left_over < 100, f"20 rebuilds left {left_over} unreachable objects for a full collection"


def test_a_text_edit_that_makes_an_article_a_near_copy_takes_the_long_way(briefing, tmp_path):
    long_text = (
        "On 29 May the NAA said four officers would join ASCOM for a year of staff work, "
        "the first such posting, with more to follow once the first group has settled in "
        "and the command has found them desks, passes and a place to live near the base."
    )
    root = briefing({"seeds/2026-05-29-posting-copy.md": f"---\ntitle: Four officers posted to the Assistance Command\n---\n{long_text}\n"})
    session = Session(root, root / ".preview")
    session.build()
    _edit(root / SEED, "On 29 May the NAA said four officers would join ASCOM.", long_text)
    result = session.build([str(root / SEED)])
    assert "patch" not in [name for name, _ in result.stages]
    assert any("near-copy" in w.message for w in result.warnings)
    _same_as_a_clean_build(root, session.out, tmp_path)


def test_text_edits_in_a_generated_briefing_take_the_short_way_and_match_a_clean_build(tmp_path):
    # Every kind of file a briefing has: calendars (site-wide and per entity),
    # CSV tables, charts, JSON-LD, search shards, feeds, timelines and entity
    # pages over several pages; articles told by curated events and by their own.
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from make_corpus import make_corpus

    root = make_corpus(tmp_path / "briefing", articles=120, entities=12, seed=3)
    session = Session(root, root / ".preview")
    session.build()
    seeds = sorted((root / "seeds").iterdir())
    short = 0
    for n, path in enumerate(seeds[5::37]):
        text = path.read_text("utf-8")
        at = text.rfind("\n\n", 0, len(text) - 40)
        # A sentence added near the end, as a writer corrects a report.
        path.write_text(text[:at] + f" The report was corrected (revision {n})." + text[at:], "utf-8")
        result = session.build([str(path)])
        short += result.stages[0][0] == "patch"
        assert result.report.written <= 1 + 1 + len(result.files) // 20
        page = next(p for p in (session.out / "events").glob("*/index.html") if f"revision {n})" in p.read_text("utf-8"))
        assert page.is_file()
    assert short >= 3, "most text edits take the short way"
    _same_as_a_clean_build(root, session.out, tmp_path)
