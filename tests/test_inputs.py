"""Nothing from outside the briefing is read: symlinks, special files and endless files are refused."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import MINIMAL, REPO, write_files
from generator.cli import main
from generator.diagnostics import BuildFailed
from generator.session import Session

SECRET = "Quartermaster passphrase heron-velvet-9142"
SEED_TEXT = f"{SECRET}\n\nThe store room key moved to the east gate on Tuesday.\n"

# Each case: (link in the briefing, what it points to outside, the files out there).
LEAKS = {
    "seed": ("seeds/leak.txt", "leak.txt", {"leak.txt": SEED_TEXT}),
    "entity": ("content/entities/leak.yaml", "leak.yaml", {"leak.yaml": f"id: leak\nname: {SECRET}\nkind: alliance\n"}),
    "event": ("content/events/leak.yaml", "leak.yaml", {"leak.yaml": f"id: leak\ntitle: {SECRET}\ndate: 2026\n"}),
    "site configuration": ("content/site.yaml", "site.yaml", {"site.yaml": f"title: {SECRET}\n"}),
    "static file": ("templates/static/notes.txt", "notes.txt", {"notes.txt": SECRET + "\n"}),
    "template": (
        "templates/event.html", "event.html",
        {"event.html": "{% extends 'base.html' %}{% block main %}" + SECRET + "{% endblock %}\n"},
    ),
    "entities folder": ("content/entities", "entities", {
        "entities/alliance.yaml": MINIMAL["content/entities/alliance.yaml"],
        "entities/command.yaml": MINIMAL["content/entities/command.yaml"],
        "entities/leak.yaml": f"id: leak\nname: {SECRET}\nkind: alliance\n",
    }),
    "folder among the entities": ("content/entities/more", "more", {"more/leak.yaml": f"id: leak\nname: {SECRET}\nkind: alliance\n"}),
    "static folder": ("templates/static", "static", {"static/notes.txt": SECRET + "\n"}),
    "templates folder": ("templates", "theme", {
        "theme/event.html": "{% extends 'base.html' %}{% block main %}" + SECRET + "{% endblock %}\n",
    }),
}


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _link(root: Path, rel: str, target: Path | str) -> None:
    """Put a symlink at root/rel, in place of whatever is there."""
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif os.path.lexists(path):
        path.unlink()
    path.symlink_to(target)


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":1:1: " in line]


@pytest.mark.parametrize("cache", [[], ["--no-cache"]], ids=["cached", "no-cache"])
@pytest.mark.parametrize("case", sorted(LEAKS))
def test_build_refuses_a_file_symlinked_outside_the_briefing(case, cache, briefing, build_site, tmp_path, monkeypatch):
    rel, target, files = LEAKS[case]
    outside = write_files(tmp_path / "elsewhere", files)
    root = briefing()
    code, out, _, _ = build_site(root, *cache)
    assert code == 0
    before = _tree(out)

    _link(root, rel, outside / target)
    monkeypatch.chdir(root)
    code, out, _, stderr = build_site(Path("."), *cache, out=out)

    assert code == 1
    assert f"{rel}:1:1: symlink to outside the briefing" in stderr, stderr
    assert "Traceback" not in stderr
    assert _tree(out) == before
    # Nothing read out there reached the site, nor the cache.
    for folder in (out, root / ".briefing-cache"):
        assert not any(SECRET.encode() in data for data in _tree(folder).values())


def test_symlinks_that_stay_inside_the_briefing_are_read_like_files(briefing, build_site):
    root = briefing({
        "archive/crane.txt": "Harbour crane passes its inspection\n\nThe crane was cleared for work on 2 March 2026.\n",
        "archive/events/crane-cleared.yaml": "id: crane-cleared\nseeds: [crane]\n",
        "assets/extra.css": "body { margin: 0 }\n",
    })
    _link(root, "seeds/crane.txt", "../archive/crane.txt")
    _link(root, "content/events/archived", "../../archive/events")
    _link(root, "templates/static/extra.css", "../../assets/extra.css")

    code, out, _, stderr = build_site(root)

    assert code == 0, stderr
    assert "Harbour crane passes its inspection" in (out / "events" / "crane-cleared" / "index.html").read_text("utf-8")
    assert (out / "static" / "extra.css").read_text("utf-8") == "body { margin: 0 }\n"


def _run(root: Path, *args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=root, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


@pytest.mark.parametrize("cache", [[], ["--no-cache"]], ids=["cached", "no-cache"])
@pytest.mark.parametrize("rel", ["seeds/pipe.txt", "content/events/pipe.yaml", "templates/static/pipe.css"])
def test_build_refuses_a_fifo_without_waiting_for_a_writer(rel, cache, briefing):
    root = briefing()
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(root / rel)

    result = _run(root, "build", "--root", ".", *cache)

    assert result.returncode == 1
    assert f"{rel}:1:1: not a regular file (FIFO)" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (root / "site").exists()


def test_a_seed_symlinked_to_an_endless_device_is_refused_without_reading_it(briefing):
    root = briefing()
    _link(root, "seeds/zero.txt", "/dev/zero")

    result = _run(root, "build", "--root", ".", "--no-cache")

    assert result.returncode == 1
    assert "seeds/zero.txt:1:1: symlink to outside the briefing" in result.stderr


def _report(paragraphs: int) -> str:
    """An article of about `paragraphs` KB."""
    body = "\n\n".join(f"Paragraph {i}: the harbour cranes were inspected again. " + "x" * 960 for i in range(paragraphs))
    return "Harbour crane inspection report\n\n" + body + "\n"


def _site_yaml(extra: str = "") -> str:
    return textwrap.dedent(MINIMAL["content/site.yaml"]).lstrip("\n") + extra


def test_an_article_over_the_size_cap_is_refused_until_max_article_kb_raises_it(briefing, build_site, monkeypatch):
    root = briefing({"seeds/report.txt": _report(3), "content/site.yaml": _site_yaml("max_article_kb: 4\n")})
    monkeypatch.chdir(root)
    code, out, _, stderr = build_site(Path("."))
    assert code == 0, stderr

    # What the cache kept of the article was read under the old cap: it must be read again.
    write_files(root, {"content/site.yaml": _site_yaml("max_article_kb: 2\n")})
    code, out, _, stderr = build_site(Path("."), out=out)
    assert code == 1
    assert "seeds/report.txt:1:1: the article is 4 KB, over the limit of 2 KB (raise max_article_kb in content/site.yaml)" in stderr

    write_files(root, {"content/site.yaml": _site_yaml("max_article_kb: 4\n")})
    code, out, _, stderr = build_site(Path("."), out=out)
    assert code == 0, stderr
    assert "Harbour crane inspection report" in (out / "events" / "report" / "index.html").read_text("utf-8")


def test_files_over_2048_kb_are_refused_unless_site_yaml_raises_the_cap(briefing, build_site, monkeypatch):
    big = "Harbour crane log\n\n" + ("Crane four lifted a container. " * 32 + "\n\n") * 2200
    root = briefing({"seeds/log.txt": big, "content/events/notes.yaml": "# " + "n" * (2049 * 1024) + "\n"})
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(Path("."), "--no-cache")
    assert code == 1
    assert "seeds/log.txt:1:1: the article is 2136 KB, over the limit of 2048 KB (raise max_article_kb" in stderr
    # Curated files have a fixed cap.
    assert "content/events/notes.yaml:1:1: the file is 2050 KB, over the limit of 2048 KB" in stderr


@pytest.mark.parametrize("value", ["lots", "0", "-5", "true", "2.5", "2000000"])
def test_max_article_kb_must_be_a_sensible_whole_number(value, briefing, build_site, monkeypatch):
    root = briefing({"content/site.yaml": _site_yaml(f"max_article_kb: {value}\n")})
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(Path("."))
    assert code == 1
    assert "content/site.yaml:5:17: 'max_article_kb' must be a whole number from 1 to 1048576" in stderr


def _loops(root: Path) -> None:
    _link(root, "seeds/a.txt", "b.txt")
    _link(root, "seeds/b.txt", "a.txt")
    _link(root, "content/entities/loop", "..")


@pytest.mark.parametrize("command", [["build", "--no-cache"], ["build"], ["check"]])
def test_a_symlink_loop_is_reported_not_a_traceback(command, briefing, capsys, monkeypatch):
    root = briefing()
    monkeypatch.chdir(root)
    assert main(["build", "--root", "."]) == 0
    _loops(root)
    capsys.readouterr()

    code = main([*command, "--root", "."])

    stderr = capsys.readouterr().err
    assert code == 1
    assert _errors(stderr) == [
        "content/entities/loop:1:1: symlink loop (the link leads back to itself)",
        "seeds/a.txt:1:1: symlink loop (the link leads back to itself)",
        "seeds/b.txt:1:1: symlink loop (the link leads back to itself)",
    ]


@pytest.mark.parametrize("target", ["missing.txt", "dangling.txt"], ids=["broken", "looping"])
def test_a_cached_build_reports_an_added_bad_symlink_as_a_clean_build_does(target, briefing, build_site, monkeypatch):
    root = briefing()
    monkeypatch.chdir(root)
    code, out, _, _ = build_site(Path("."))
    assert code == 0
    _link(root, "seeds/dangling.txt", target)

    cached_code, _, _, cached = build_site(Path("."), out=out)
    clean_code, _, _, clean = build_site(Path("."), "--no-cache", out=out)

    assert (cached_code, clean_code) == (1, 1)
    assert _errors(cached) == _errors(clean) != []
    assert "seeds/dangling.txt:1:1: " in cached


def test_ingest_refuses_a_fifo_without_waiting_for_a_writer(briefing, tmp_path):
    root = briefing()
    os.mkfifo(tmp_path / "pipe.txt")

    result = _run(tmp_path, "ingest", "--root", str(root), "pipe.txt")

    assert result.returncode == 1
    assert "pipe.txt:1:1: not a regular file (FIFO)" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_holds_articles_to_the_briefings_size_cap(briefing, tmp_path, capsys):
    root = briefing()
    article = tmp_path / "inbox" / "report.txt"
    write_files(tmp_path / "inbox", {"report.txt": _report(2100)})

    code = main(["ingest", "--root", str(root), str(article)])
    assert code == 1
    assert f"{article}:1:1: the article is 2089 KB, over the limit of 2048 KB (raise max_article_kb in content/site.yaml)" in capsys.readouterr().err

    write_files(root, {"content/site.yaml": _site_yaml("max_article_kb: 4096\n")})
    code = main(["ingest", "--root", str(root), str(article)])
    assert code == 0, capsys.readouterr().err
    assert [p.name for p in (root / "seeds").glob("*harbour-crane-inspection-report.txt")]


def test_reading_stops_one_byte_past_the_cap_even_when_a_file_claims_no_size(monkeypatch):
    # /proc files say they are empty and are made up as they are read: the size
    # a file claims cannot be what stops the read.
    from generator import inputs

    asked = []
    real_read = os.read
    monkeypatch.setattr(inputs.os, "read", lambda fd, n: asked.append(n) or real_read(fd, n))

    with pytest.raises(inputs.Refused, match="over the limit of 1 KB"):
        inputs.read("/proc/self/maps", 100)
    assert sum(asked) <= 101


def test_the_preview_short_way_refuses_an_article_swapped_for_a_symlink_outside(briefing, tmp_path):
    seed = "seeds/2026-05-30-wire.txt"
    article = "Officers leave for the Assistance Command\n\n30 May 2026\n\nFour officers left on Saturday for ASCOM.\n"
    root = briefing({seed: article})
    session = Session(root, root / ".preview")
    session.build()
    # Only the text differs: the short way would take it, and write its page alone.
    outside = write_files(tmp_path / "elsewhere", {"wire.txt": article.replace("Four officers", SECRET)})
    _link(root, seed, outside / "wire.txt")

    with pytest.raises(BuildFailed) as failed:
        session.build([str(root / seed)])

    assert [d.shown(root) for d in failed.value.diagnostics] == [f"{seed}:1:1: symlink to outside the briefing"]
    assert not any(SECRET.encode() in data for data in _tree(root / ".preview").values())
