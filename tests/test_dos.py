"""One hostile article costs a bounded time: the build finishes, with a message naming it."""

from __future__ import annotations

import threading

import pytest

from generator import parallel

# Thousands of HTML blocks: seconds of Python-Markdown, far over the small budget below.
SLOW = "".join(f"<div>block {i}</div>\n\n" for i in range(40000))
STOPPED = "seeds/slow.md:1:1: reading this article took over 0.2 s; it was stopped (is it a scraped page of markup?)"


def _budget(seconds: str) -> dict:
    # Large enough for the slow articles below: the time budget, not the size cap, must stop them.
    return {"content/site.yaml": f"title: Test briefing\nurl: https://example.org/briefing/\nparse_seconds: {seconds}\nmax_article_kb: 65536\n"}


def _in_a_thread(run):
    # As `serve` builds: in a thread, where no signal can reach the work.
    result = []
    worker = threading.Thread(target=lambda: result.append(run()))
    worker.start()
    worker.join()
    return result[0]


@pytest.mark.parametrize("how", ["one job", "worker processes", "a thread"])
def test_an_article_over_its_time_budget_fails_the_build_with_its_name(how, briefing, build_site, monkeypatch):
    root = briefing({**_budget("0.2"), "seeds/slow.md": "---\ntitle: Slow\n---\n" + SLOW})
    monkeypatch.chdir(root)
    if how == "worker processes":
        monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
        code, out, _, stderr = build_site(root.relative_to(root), "--jobs", "2")
    elif how == "a thread":
        code, out, _, stderr = _in_a_thread(lambda: build_site(root.relative_to(root), "--jobs", "1"))
    else:
        code, out, _, stderr = build_site(root.relative_to(root), "--jobs", "1")
    assert code == 1
    assert STOPPED in stderr.splitlines()
    assert not out.exists()
    assert threading.active_count() == 1  # no timer left behind


def test_a_raw_text_article_over_its_time_budget_fails_the_build_too(briefing, build_site, monkeypatch):
    lines = "".join(f"Line {i} of a scraped page, 29 May 2026 | Home | News\n" for i in range(200000))
    root = briefing({**_budget("0.2"), "seeds/slow.txt": "A headline\n\n" + lines})
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(root.relative_to(root), "--jobs", "1")
    assert code == 1
    assert STOPPED.replace("slow.md", "slow.txt") in stderr.splitlines()


def test_an_article_within_its_budget_builds(briefing, build_site):
    code, out, _, stderr = build_site(briefing(_budget("30")), "--jobs", "1")
    assert code == 0, stderr
    assert (out / "events" / "2026-05-29-posting" / "index.html").is_file()


@pytest.mark.parametrize("value", ["0", "-1", "ten", "[1, 2]"])
def test_parse_seconds_must_be_a_positive_number(value, briefing, build_site, monkeypatch):
    root = briefing(_budget(value))
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(root.relative_to(root))
    assert code == 1
    assert "content/site.yaml:3:16: 'parse_seconds' must be a number of seconds above 0" in stderr


# Text whose reading grew with the square of its length, minutes for these: each
# now reads in seconds at most, well within a budget the old reader overran.
PATHOLOGICAL = {
    "unclosed brackets": "[" * 20000,
    "unclosed image brackets": "![" * 10000,
    "nested brackets": "[" * 10000 + "]" * 10000,
    "tags and entities": "".join(f"<b>&amp;{i}</b>" for i in range(30000)),
    "component-like lines": ("<A" + " b" * 30000 + "\n") * 3 + "{/*" + "*/" * 30000 + "\n" + "import {" + "a," * 30000 + "\n",
}


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL))
def test_markdown_that_once_took_minutes_builds_within_the_budget(case, briefing, build_site):
    root = briefing({**_budget("30"), "seeds/odd.md": "---\ntitle: Odd\n---\n" + PATHOLOGICAL[case] + "\n"})
    code, out, _, stderr = build_site(root, "--jobs", "1")
    assert code == 0, stderr
    assert (out / "events" / "odd" / "index.html").is_file()


# Raw articles whose tags a single regular expression searched to the end of the
# text from each one: a call no time limit can interrupt, so it must be linear.
RAW = {
    "unclosed script tags": "<script>" * 20000,
    "unclosed comments": "<!--" * 20000,
    "unclosed time tags": "<time " * 10000,
    # A label a paragraph apart, thousands of times: each once searched the whole page (20 s at 5,000).
    "read-also labels between paragraphs": "".join(
        f"Read also: Item {i} about the bridge\n\nThe footbridge reopened to walkers on Tuesday morning, the town's engineers said today.\n\n"
        for i in range(5000)),
}


@pytest.mark.parametrize("case", sorted(RAW))
def test_a_raw_article_of_unclosed_tags_builds_within_the_budget(case, briefing, build_site):
    root = briefing({**_budget("5"), "seeds/odd.txt": "A headline\n\nSome text. " + RAW[case] + "\n"})
    code, out, _, stderr = build_site(root, "--jobs", "1")
    assert code == 0, stderr
    assert (out / "events" / "odd" / "index.html").is_file()


# Documents of a known kind (a feed, a whole page, a mail) are read by their fields first: the
# same holds for what looks for those fields.
DOCUMENTS = {
    "a feed of unclosed elements": "<?xml version='1.0'?><rss><channel><item>"
    + "".join(f"<x{i}><title>" for i in range(10000)) + "<![CDATA[" * 10000 + "<content:encoded>" * 5000,
    "a page of unclosed metadata": "<!DOCTYPE html><html><head>" + '<script type="application/ld+json">{' * 20000 + "<meta " * 20000,
    "a mail of header lines": "".join(f"From: a{i}\nSubject: b\nTo: c\n" for i in range(20000)),
    # Org-mode and AsciiDoc sources: a heading, a section, a block title and a cross reference run long.
    "an Org note of long headings": "#+TITLE: t\n" + ("* a" + " " * 50000 + "b\n") * 4 + "*" + " x" * 50000 + " :t\n",
    "an AsciiDoc page of long lines": "= t\n:a: b\n\n" + ("== a" + " " * 50000 + "b\n") * 4 + ".a" + " " * 50000 + ".\n"
    + "<" * 100000 + "\n" + "*a " * 30000 + "\n",
    "an embed head and bracketed notes": "A headline\n\n" + ("x" * 59 + " @a · " + "[" * 30000 + "\n") * 3
    + "[" * 50000 + "]\n" + "{" * 50000 + "\n",
}


@pytest.mark.parametrize("case", sorted(DOCUMENTS))
def test_a_document_of_a_known_kind_made_hostile_builds_within_the_budget(case, briefing, build_site):
    root = briefing({**_budget("5"), "seeds/odd.txt": DOCUMENTS[case] + "\n"})
    code, out, _, stderr = build_site(root, "--jobs", "1")
    # Read in time: either a page, or the plain verdict that nothing in it reads as a story.
    assert "took over" not in stderr and "Traceback" not in stderr
    if code == 0:
        assert (out / "events" / "odd" / "index.html").is_file()
    else:
        assert "seeds/odd.txt:1:1: the article is empty" in stderr


@pytest.mark.parametrize("case, body, line", [
    ("lists", "".join("    " * i + "- item\n" for i in range(300)), 4),
    ("html", "Text.\n\n" + "<div>" * 20000 + "deep", 4),
], ids=["lists", "html"])
def test_markdown_nested_too_deeply_is_an_error_not_a_crash(case, body, line, briefing, build_site, monkeypatch):
    root = briefing({"seeds/deep.md": "---\ntitle: Deep\n---\n" + body})
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(root.relative_to(root), "--jobs", "1")
    assert code == 1
    assert "Traceback" not in stderr
    expected = {
        "lists": "Markdown nested too deeply to read (lists or quotes inside each other hundreds of times): flatten it",
        "html": "its HTML nests more than 500 elements inside each other (is it a scraped page of markup?): flatten it",
    }[case]
    assert f"seeds/deep.md:{line}:1: {expected}" in stderr.splitlines()


def test_curated_markdown_nested_too_deeply_is_an_error_at_its_event(briefing, build_site, monkeypatch):
    summary = "".join("  " + "    " * i + "- item\n" for i in range(300))
    root = briefing({"content/events/deep.yaml": "id: deep\ntitle: Deep\ndate: 2026\nsummary: |\n" + summary})
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(root.relative_to(root))
    assert code == 1
    assert "content/events/deep.yaml:1:1: Markdown nested too deeply to read" in stderr
