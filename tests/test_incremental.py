"""Incremental builds: after any edit, the site is byte for byte what a clean build makes."""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cache, parallel
from generator.build import build
from generator.cache import CACHE_DIR

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from make_corpus import make_corpus  # noqa: E402


@pytest.fixture
def corpus(tmp_path):
    """A generated briefing of 40 articles with its own copy of the shipped templates."""
    root = make_corpus(tmp_path / "briefing", articles=40, entities=20, seed=7)
    shutil.copytree(REPO / "templates", root / "templates")
    return root


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def clean_build(root: Path, out: Path) -> dict[str, bytes]:
    build(root, out, cache=False)
    return tree(out)


def seeds(root: Path) -> list[Path]:
    return sorted((root / "seeds").iterdir())


def unreferenced_seed(root: Path) -> Path:
    """A seed that no event or fact names, so that renaming it breaks no reference."""
    curated = "".join(p.read_text("utf-8") for p in (root / "content").rglob("*.yaml"))
    return next(p for p in seeds(root) if p.stem not in curated)


def referenced_seed(root: Path) -> Path:
    """A seed a curated event tells (its page mixes curated and extracted facts)."""
    curated = "".join(p.read_text("utf-8") for p in (root / "content" / "events").rglob("*.yaml"))
    return next(p for p in seeds(root) if p.stem in curated)


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def edit_seed_body(root):
    path = seeds(root)[3]
    replace_in(path, "\n\n", "\n\nA correction was added to this report on Tuesday.\n\n")


def edit_seed_headline(root):
    path = referenced_seed(root)
    if path.suffix == ".md":
        replace_in(path, 'title: "', 'title: "Revised ')
    else:
        path.write_text("Revised " + path.read_text("utf-8"), "utf-8")


def edit_entity(root):
    path = sorted((root / "content" / "entities").iterdir())[2]
    replace_in(path, "summary: |\n", "summary: |\n  Its summary was rewritten.\n")


def add_alias(root):
    # A new name is found in every article, so mentions change across the site.
    path = sorted((root / "content" / "entities").iterdir())[1]
    replace_in(path, "kind:", "aliases: [the planning staff]\nkind:")
    replace_in(seeds(root)[5], "\n\n", "\n\nThe planning staff met again.\n\n")


def edit_event(root):
    path = sorted((root / "content" / "events").iterdir())[0]
    text = path.read_text("utf-8")
    path.write_text(re.sub(r"date: (\d{4})", lambda m: f"date: {int(m.group(1)) - 3}", text, count=1)
                    if "date: " in text else text.replace("entities:", "date: 2001-02\nentities:", 1), "utf-8")


def rank_a_value(root):
    # The founding date becomes contested, cited to an article: the entity page and the data files change.
    path = sorted((root / "content" / "entities").iterdir())[2]
    source = seeds(root)[4].stem
    text = path.read_text("utf-8")
    text = re.sub(r"founded: (\S+)", lambda m: (
        f"founded:\n  - value: {m.group(1)}\n    sources: [{source}]\n"
        f"  - value: 1990\n    rank: preferred\n    note: as first reported\n    sources: [https://example.org/first]"
    ), text, count=1)
    assert "rank: preferred" in text
    path.write_text(text, "utf-8")


def edit_template(root):
    replace_in(root / "templates" / "event.html", '<article class="event">', '<article class="event revised">')


def edit_stylesheet(root):
    path = root / "templates" / "static" / "style.css"
    path.write_text(path.read_text("utf-8") + "\n.revised { outline: 1px solid; }\n", "utf-8")


def delete_seed(root):
    unreferenced_seed(root).unlink()


def rename_seed(root):
    path = unreferenced_seed(root)
    path.rename(path.with_name("2031-01-01-renamed-report" + path.suffix))


def add_seed(root):
    (root / "seeds" / "2031-02-02-new-report.md").write_text(
        "---\ntitle: A new report arrives\npublished: 2031-02-02\npublisher: Test Wire\n---\nNothing else happened.\n",
        "utf-8",
    )


EDITS = {
    "a seed's body edited": edit_seed_body,
    "a seed's headline edited": edit_seed_headline,
    "an entity edited": edit_entity,
    "an alias added": add_alias,
    "an event edited": edit_event,
    "a value ranked and sourced": rank_a_value,
    "a template edited": edit_template,
    "the stylesheet edited": edit_stylesheet,
    "a seed deleted": delete_seed,
    "a seed renamed": rename_seed,
    "a seed added": add_seed,
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_incremental_build_equals_clean_build_after(edit, corpus, tmp_path):
    build(corpus, corpus / "site")
    edit(corpus)
    result = build(corpus, corpus / "site")
    assert tree(corpus / "site") == clean_build(corpus, tmp_path / "clean")
    assert result.report.written < len(result.files), "the rebuild redid everything"


def test_incremental_build_equals_clean_build_after_a_series_of_edits(corpus, tmp_path):
    build(corpus, corpus / "site")
    for edit in EDITS.values():
        edit(corpus)
        build(corpus, corpus / "site")
        assert tree(corpus / "site") == clean_build(corpus, tmp_path / "clean"), edit.__name__


def test_rebuild_after_a_seed_edit_rewrites_only_the_pages_whose_bytes_changed(corpus):
    site = corpus / "site"
    build(corpus, site)
    before = tree(site)
    stamps = {rel: (os.stat(site / rel).st_ino, os.stat(site / rel).st_mtime_ns) for rel in before}
    edit_seed_body(corpus)
    result = build(corpus, site)
    after = tree(site)
    changed = {rel for rel in after if before.get(rel) != after[rel]}
    rewritten = {rel for rel in after if (os.stat(site / rel).st_ino, os.stat(site / rel).st_mtime_ns) != stamps.get(rel)}
    assert changed, "the edit changed no page"
    assert rewritten - {".briefing-manifest.json"} == changed
    assert result.report.written == len(changed)


def test_rebuild_after_a_seed_edit_renders_only_that_event_page_after_a_restart(corpus, monkeypatch):
    build(corpus, corpus / "site")
    # What a new process sees: everything read back from the cache files, none of
    # it the objects this process made (equal values, other identities).
    monkeypatch.setattr(cache, "_held", {})
    index = _search_files(corpus)
    edit_seed_body(corpus)
    totals = {}
    build(corpus, corpus / "site", progress=lambda stage, done, total: totals.__setitem__(stage, total))
    # The event's page, and what quotes its text: the files of the search index
    # that hold its words, the briefing's feed and the feed of each entity involved in it.
    changed = _changed(index, _search_files(corpus))
    assert 1 <= changed < len(index) // 2
    seed_id = seeds(corpus)[3].stem
    events = json.loads((corpus / "site/data/events.json").read_text("utf-8"))["events"]
    event = next(e for e in events if f"{e['url']}#source-{seed_id}" in [s["page"] for s in e["sources"]])
    assert totals.get("rendering") == 2 + changed + len(event["entities"]), (totals, event["entities"])
    assert "reading" in totals and totals["reading"] == 1


def _search_files(corpus: Path) -> dict[str, bytes]:
    return {p.relative_to(corpus).as_posix(): p.read_bytes() for p in (corpus / "site/search").rglob("*.js")}


def _changed(before: dict[str, bytes], after: dict[str, bytes]) -> int:
    return sum(1 for path, data in after.items() if before.get(path) != data)


def test_rebuild_with_nothing_changed_writes_nothing(corpus, build_site):
    assert build_site(corpus)[0] == 0
    code, _, out, _ = build_site(corpus)
    assert code == 0
    assert re.search(r"\(0 written, \d+ unchanged, 0 removed\)", out)


def test_rebuild_restores_an_output_file_deleted_by_hand(corpus, tmp_path):
    build(corpus, corpus / "site")
    (corpus / "site" / "timeline" / "index.html").unlink()
    build(corpus, corpus / "site")
    assert tree(corpus / "site") == clean_build(corpus, tmp_path / "clean")


def test_cache_lives_beside_the_site_and_is_safe_to_delete(corpus, tmp_path):
    build(corpus, corpus / "site")
    assert (corpus / CACHE_DIR).is_dir()
    assert not any(p.name == CACHE_DIR for p in (corpus / "site").rglob("*"))
    shutil.rmtree(corpus / CACHE_DIR)
    edit_seed_body(corpus)
    build(corpus, corpus / "site")
    assert tree(corpus / "site") == clean_build(corpus, tmp_path / "clean")


def test_damaged_cache_files_are_ignored(corpus, tmp_path):
    build(corpus, corpus / "site")
    for path in (corpus / CACHE_DIR).iterdir():
        path.write_bytes(b"not a cache")
    edit_entity(corpus)
    build(corpus, corpus / "site")
    assert tree(corpus / "site") == clean_build(corpus, tmp_path / "clean")


def test_failed_build_keeps_the_site_and_the_next_build_is_still_exact(corpus, tmp_path, build_site):
    build(corpus, corpus / "site")
    before = tree(corpus / "site")
    entity = sorted((corpus / "content" / "entities").iterdir())[0]
    good = entity.read_text("utf-8")
    entity.write_text(good.replace("kind:", "kind: planet\nwhatever:", 1), "utf-8")
    code, _, _, err = build_site(corpus)
    assert code == 1 and "unknown" in err
    assert tree(corpus / "site") == before
    entity.write_text(good.replace("summary: |\n", "summary: |\n  Fixed.\n", 1), "utf-8")
    assert build_site(corpus)[0] == 0
    assert tree(corpus / "site") == clean_build(corpus, tmp_path / "clean")


def test_cache_survives_a_restart_of_the_command(corpus):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "generator", "build", "--root", str(corpus)]
    first = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    index = _search_files(corpus)
    edit_seed_body(corpus)
    second = subprocess.run(command + ["--verbose"], cwd=REPO, env=env, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    # One article re-read, and only its page and the files of the search index
    # that hold its words rewritten: the second process used what the first kept.
    changed = _changed(index, _search_files(corpus))
    assert re.search(rf"\({1 + changed} written, \d+ unchanged, 0 removed\)", second.stdout), second.stdout


def test_cache_dir_option_moves_the_cache_and_no_cache_keeps_none(corpus, tmp_path, build_site):
    elsewhere = tmp_path / "elsewhere"
    assert build_site(corpus, "--cache-dir", str(elsewhere))[0] == 0
    assert any(elsewhere.iterdir()) and not (corpus / CACHE_DIR).exists()
    shutil.rmtree(corpus / "site")
    assert build_site(corpus, "--no-cache")[0] == 0
    assert not (corpus / CACHE_DIR).exists()


def test_parallel_build_gives_the_same_bytes_as_a_serial_one(corpus, tmp_path, monkeypatch):
    # The pool only starts for many items; make it start for these few.
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    build(corpus, tmp_path / "parallel", cache=False, jobs=2)
    build(corpus, tmp_path / "serial", cache=False, jobs=1)
    assert tree(tmp_path / "parallel") == tree(tmp_path / "serial")


def test_parallel_incremental_build_equals_clean_build(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    build(corpus, corpus / "site", jobs=2)
    add_alias(corpus)
    build(corpus, corpus / "site", jobs=2)
    assert tree(corpus / "site") == clean_build(corpus, tmp_path / "clean")


def test_verbose_prints_how_long_each_stage_took(corpus, build_site):
    code, _, _, err = build_site(corpus, "--verbose")
    assert code == 0
    for stage in ("load", "link", "render", "write"):
        assert re.search(rf"^\s+{stage}\s+\d+\.\d+ s\s+CPU\s+\d+\.\d+ s \+\s+\d+\.\d+ s in workers$", err, re.MULTILINE), err


def test_verbose_shows_where_a_parallel_build_spent_its_cpu(corpus, monkeypatch):
    # Every stage's CPU is counted, and a stage spread over workers shows it there.
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    result = build(corpus, corpus / "site", cache=False, jobs=2)
    cpu = {stage: (here, workers) for stage, here, workers in result.cpu}
    assert [stage for stage, _ in result.stages] == list(cpu)
    assert sum(workers for _, workers in cpu.values()) > 0
    assert cpu["check"][1] == 0  # a stage that forks nothing
    serial = build(corpus, corpus / "serial", cache=False, jobs=1)
    assert sum(workers for _, _, workers in serial.cpu) == 0


def test_progress_stays_quiet_when_stderr_is_not_a_terminal(corpus, build_site):
    code, _, out, err = build_site(corpus)
    assert code == 0
    assert "\r" not in err and "[#" not in err
    # Whatever it does print are whole diagnostic lines, not a bar's leftovers.
    assert all(": warning: " in line for line in err.splitlines()), err


def test_progress_bar_is_drawn_on_a_terminal(corpus):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    main, other = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "generator", "build", "--root", str(corpus)],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=other, text=True,
        )
        os.close(other)
        drawn = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(main)
    assert proc.returncode == 0
    text = drawn.decode("utf-8", "replace")
    assert re.search(r"reading\s+\[#+-*\] \d+/\d+", text), text
    assert "rendering" in text


def test_the_cache_outlives_a_reinstall_of_the_same_library_versions_but_not_an_upgrade(tmp_path, monkeypatch):
    # CI installs the libraries afresh on every run: new files, same versions. A cache
    # it restores must still count as made by this code, and not after an upgrade.
    site = tmp_path / "site-packages"
    (site / "fakelib").mkdir(parents=True)
    (site / "fakelib" / "__init__.py").write_text("", "utf-8")
    (site / "fakelib-1.0.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(cache, "_LIBRARIES", (*cache._LIBRARIES, ("fakelib", "fakelib")))
    first = cache._tool_digest()
    os.utime(site / "fakelib" / "__init__.py", ns=(10**18, 10**18))
    assert cache._tool_digest() == first
    (site / "fakelib-1.0.dist-info").rename(site / "fakelib-1.1.dist-info")
    assert cache._tool_digest() != first


def test_a_change_to_any_module_of_the_tool_sub_packages_included_invalidates_the_cache(tmp_path, monkeypatch):
    package = tmp_path / "generator"
    shutil.copytree(REPO / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_PACKAGE", package)
    first = cache._tool_digest()
    reader = package / "articles" / "reader.py"
    reader.write_text(reader.read_text("utf-8") + "\n# the headline rule changed\n", "utf-8")
    assert cache._tool_digest() != first
