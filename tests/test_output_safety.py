"""The write stage touches only what it made, and a reader never sees two builds mixed."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.build import build
from generator.cli import main
from generator.session import Session
from generator.write import MANIFEST, OutputRefused

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from make_corpus import make_corpus  # noqa: E402

SEED = "seeds/2026-05-29-posting.md"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def edit_seed(root: Path) -> Path:
    """Change the text of one article, so that the next build has pages to write."""
    path = root / SEED
    text = path.read_text("utf-8")
    path.write_text(text.replace("join ASCOM.", "join ASCOM within weeks.") if "weeks" not in text else text + "\nMore later.\n", "utf-8")
    return path


def forge(out: Path, entry: str) -> None:
    manifest = out / MANIFEST
    listed = json.loads(manifest.read_text("utf-8"))
    listed["files"].append(entry)
    manifest.write_text(json.dumps(listed), "utf-8")


@pytest.fixture
def outside(tmp_path):
    """A folder beside the briefing holding a file no build may touch."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "precious.txt").write_text("not the build's\n", "utf-8")
    return folder


def _forged_entries(root: Path, out: Path, outside: Path) -> dict[str, Path]:
    """Manifest entries that lead out of the output folder, and the file each would reach."""
    (out / "linked").symlink_to(outside, target_is_directory=True)
    return {
        os.path.relpath(root / "content" / "site.yaml", out): root / "content" / "site.yaml",
        str(outside / "precious.txt"): outside / "precious.txt",
        "linked/precious.txt": outside / "precious.txt",
    }


@pytest.mark.parametrize("how, folder", [("build", "site"), ("full", ".preview"), ("short", ".preview")],
                         ids=["build", "serve's full build", "serve's short way"])
def test_a_forged_manifest_deletes_nothing_outside_the_output_folder(how, folder, briefing, outside):
    root = briefing()
    out = root / folder
    session = Session(root, out)
    session.build()
    entries = _forged_entries(root, out, outside)
    before = {path: path.read_bytes() for path in entries.values()}
    for entry in entries:
        forge(out, entry)
    edited = edit_seed(root)
    if how == "build":
        assert main(["build", "--root", str(root), "--out", str(out)]) == 0
    elif how == "full":
        build(root, out)
    else:
        assert session.build([str(edited)]).stages[0][0] == "patch", "the edit went the long way"
    assert {path: path.read_bytes() for path in before} == before
    assert sorted(p.name for p in outside.iterdir()) == ["precious.txt"]


def test_a_manifest_naming_paths_outside_is_reported_as_a_warning(briefing, outside, capsys):
    root = briefing()
    build(root, root / "site")
    forge(root / "site", "../content/site.yaml")
    edit_seed(root)
    assert main(["build", "--root", str(root)]) == 0
    err = capsys.readouterr().err
    assert f"{MANIFEST}:1:1: warning: ignored 1 entry naming something outside the output folder (such as '../content/site.yaml')" in err


def test_a_manifest_that_is_not_json_is_ignored_and_deletes_nothing(briefing, capsys):
    root = briefing()
    build(root, root / "site")
    (root / "site" / "notes.txt").write_text("mine\n", "utf-8")
    (root / "site" / MANIFEST).write_text("{not json", "utf-8")
    edit_seed(root)
    assert main(["build", "--root", str(root)]) == 0
    assert "warning: not a manifest this tool wrote" in capsys.readouterr().err
    assert (root / "site" / "notes.txt").read_text("utf-8") == "mine\n"


def _home_like(root: Path) -> Path:
    home = root.parent / "home"
    (home / "data").mkdir(parents=True)
    (home / "index.html").write_text("<p>my own page</p>\n", "utf-8")
    (home / "data" / "events.json").write_text("[1, 2, 3]\n", "utf-8")
    return home


def _checkout(root: Path) -> Path:
    repo = root.parent / "checkout"
    (repo / ".git").mkdir(parents=True)
    (repo / ".git" / "HEAD").write_text("ref: refs/heads/main\n", "utf-8")
    return repo


def _regular_file(root: Path) -> Path:
    path = root.parent / "out.txt"
    path.write_text("a file\n", "utf-8")
    return path


REFUSED = {
    "content/": (lambda root: root / "content", "is the briefing's content/"),
    "seeds/": (lambda root: root / "seeds", "is the briefing's seeds/"),
    "templates/": (lambda root: root / "templates", "is the briefing's templates/"),
    "a folder inside content/": (lambda root: root / "content" / "events", "lies inside the briefing's content/"),
    "the briefing itself": (lambda root: root, "would hold the briefing's own files"),
    "a folder holding the briefing": (lambda root: root.parent, "would hold the briefing's own files"),
    "a folder of someone's own files": (_home_like, "holds files that no build made (it has no .briefing-manifest.json)"),
    "a git checkout": (_checkout, "is a git checkout (it holds .git)"),
    "a regular file": (_regular_file, "is a file, not a folder"),
}


@pytest.mark.parametrize("make, message", REFUSED.values(), ids=REFUSED.keys())
def test_build_refuses_an_output_folder_that_holds_files_it_did_not_make(make, message, briefing, capsys):
    root = briefing({"templates/404.html": "<p>The user's own page.</p>\n"})
    out = make(root)
    watched = root.parent
    before = tree(watched)
    assert main(["build", "--root", str(root), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: --out: {out} {message}"), err
    assert "Traceback" not in err
    assert tree(watched) == before


def test_every_caller_of_build_gets_the_same_refusal(briefing):
    root = briefing()
    before = tree(root)
    with pytest.raises(OutputRefused) as refused:
        build(root, root / "templates")
    assert "is the briefing's templates/" in refused.value.message
    with pytest.raises(OutputRefused):
        Session(root, root / "content").build()
    assert tree(root) == before


def test_build_into_a_new_or_empty_folder_or_an_earlier_build_works(briefing, build_site):
    root = briefing()
    (root / "empty").mkdir()
    assert build_site(root, out=root / "empty")[0] == 0
    assert build_site(root, out=root / "new" / "site")[0] == 0
    assert build_site(root)[0] == 0
    edit_seed(root)
    assert build_site(root)[0] == 0
    assert tree(root / "empty")["index.html"] == tree(root / "new" / "site")["index.html"]


def test_build_never_writes_through_a_folder_linked_outside(briefing, outside):
    root = briefing()
    build(root, root / "site")
    data = root / "site" / "data"
    for path in data.iterdir():
        path.unlink()
    data.rmdir()
    data.symlink_to(outside, target_is_directory=True)
    edit_seed(root)
    assert main(["build", "--root", str(root)]) == 0
    assert sorted(p.name for p in outside.iterdir()) == ["precious.txt"]
    assert not data.is_symlink() and (data / "events.json").is_file()


def test_files_the_user_put_in_the_output_folder_survive_a_rebuild(briefing):
    root = briefing()
    build(root, root / "site")
    (root / "site" / "CNAME").write_text("briefing.example.org\n", "utf-8")
    (root / "site" / "extra").mkdir()
    (root / "site" / "extra" / "notes.txt").write_text("kept\n", "utf-8")
    edit_seed(root)
    build(root, root / "site")
    assert (root / "site" / "CNAME").read_text("utf-8") == "briefing.example.org\n"
    assert (root / "site" / "extra" / "notes.txt").read_text("utf-8") == "kept\n"
    assert "CNAME" not in json.loads((root / "site" / MANIFEST).read_text("utf-8"))["files"]


def test_a_staging_folder_left_by_a_killed_build_is_removed_and_nothing_else(briefing):
    root = briefing()
    build(root, root / "site")
    dead = 2**22 + 1  # above Linux's default pid_max: no process has it
    leftover = root / f".site.staging-{dead}"
    (leftover / "events").mkdir(parents=True)
    (leftover / ".briefing-staging").write_bytes(b"")
    lookalike = root / f".site.staging-{dead + 1}"
    lookalike.mkdir()
    (lookalike / "mine.txt").write_text("not a build's\n", "utf-8")
    edit_seed(root)
    build(root, root / "site")
    assert _staging_folders(root, [lookalike.name]) == [lookalike.name]
    assert (lookalike / "mine.txt").read_text("utf-8") == "not a build's\n"


def _staging_folders(root: Path, expected: list[str]) -> list[str]:
    """The folders beside site/ once they are `expected`, or after a minute: the old site is deleted in the background."""
    deadline = time.monotonic() + 60
    while True:
        found = sorted(p.name for p in root.iterdir() if p.name.startswith(".site."))
        if found == expected or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


# -- a build killed at any moment ---------------------------------------------


def _set_seeds(root: Path, texts: dict[Path, str]) -> None:
    for path, text in texts.items():
        path.write_text(text, "utf-8")


def _run_build(root: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--root", str(root)],
        env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _output_starts_changing(root: Path, process: subprocess.Popen) -> float:
    """Wait until the build makes anything beside site/, in it or in its folders (or ends); return when."""
    folders = [root, root / "site", *(p for p in (root / "site").iterdir() if p.is_dir())]

    def stamps():
        return [os.stat(folder).st_mtime_ns for folder in folders]

    before = stamps()
    while process.poll() is None and stamps() == before:
        time.sleep(0.002)
    return time.perf_counter()


def test_a_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one_never_a_mixture(tmp_path):
    root = make_corpus(tmp_path / "briefing", articles=150, entities=15, seed=5)
    seeds = sorted((root / "seeds").iterdir())
    old = {path: path.read_text("utf-8") for path in seeds}
    # Every article's text changes, so every page that shows one changes.
    new = {path: text.replace("\n\n", "\n\nThis report was revised after publication.\n\n", 1) for path, text in old.items()}
    _set_seeds(root, new)
    build(root, tmp_path / "new", cache=False)
    _set_seeds(root, old)
    assert _run_build(root).wait() == 0
    versions = {"old": (old, tree(root / "site")), "new": (new, tree(tmp_path / "new"))}
    changed = sum(versions["old"][1].get(rel) != data for rel, data in versions["new"][1].items())
    assert changed >= 100
    # How long a build that rewrites every article's page takes here, and how
    # long it writes for: half the kills land anywhere, half while it writes.
    _set_seeds(root, new)
    start = time.perf_counter()
    calibration = _run_build(root)
    writing = _output_starts_changing(root, calibration)
    assert calibration.wait() == 0
    seconds, writes = time.perf_counter() - start, time.perf_counter() - writing
    assert tree(root / "site") == versions["new"][1]
    rng = random.Random(20261202)
    shown, target = "new", "old"
    for trial in range(6):
        _set_seeds(root, versions[target][0])
        build_process = _run_build(root)
        if trial % 2:
            _output_starts_changing(root, build_process)
            time.sleep(rng.uniform(0, 1.2) * writes)
        else:
            time.sleep(rng.uniform(0, 1.1) * seconds)
        # The build and the workers it forked, at once.
        os.killpg(build_process.pid, signal.SIGKILL)
        build_process.wait()
        found = tree(root / "site")
        assert found in (versions[shown][1], versions[target][1]), f"trial {trial}: a mixture of the two builds"
        finished = _run_build(root)
        assert finished.wait() == 0, finished.stderr.read().decode()
        assert tree(root / "site") == versions[target][1], f"trial {trial}: the next build differs from a clean one"
        assert _staging_folders(root, []) == []
        shown, target = target, shown


def test_without_an_atomic_exchange_the_build_swaps_by_two_renames(briefing, monkeypatch, tmp_path):
    from generator import write

    monkeypatch.setattr(write, "_exchange", lambda a, b: False)
    root = briefing()
    build(root, root / "site")
    (root / "site" / "CNAME").write_text("briefing.example.org\n", "utf-8")
    edit_seed(root)
    build(root, root / "site")
    build(root, tmp_path / "clean", cache=False)
    assert tree(root / "site") == {**tree(tmp_path / "clean"), "CNAME": b"briefing.example.org\n"}
    assert _staging_folders(root, []) == []


def test_a_template_error_midway_leaves_the_old_site_and_no_staging_folder(tmp_path):
    # Pages go into the staging folder as they are rendered: a page that fails
    # after many were written must still leave site/ as it was, and nothing beside it.
    root = make_corpus(tmp_path / "briefing", articles=60, entities=8, seed=11)
    (root / "templates").mkdir(exist_ok=True)
    assert _run_build(root).wait() == 0
    before = tree(root / "site")
    shipped = (REPO / "templates" / "event.html").read_text("utf-8")
    (root / "templates" / "event.html").write_text(
        shipped.replace("{% block main %}", "{% block main %}{% if page.id.endswith('9') %}{{ 1 // 0 }}{% endif %}", 1), "utf-8"
    )
    failed = _run_build(root)
    assert failed.wait() == 1
    assert "ZeroDivisionError" in failed.stderr.read().decode()
    assert tree(root / "site") == before
    assert _staging_folders(root, []) == []
