#!/usr/bin/env python3
"""Print how faithfully the corpus articles are read, field by field, and how long reading takes.

    PYTHONPATH=. python benchmarks/ingest_accuracy.py [--corpus tests/corpus] [--verbose]

Every article in CORPUS/articles is loaded and linked as the seed of one
briefing with CORPUS/content/entities, exactly as `build` reads it, and
compared with CORPUS/expected. Entities are scored by precision and recall
over all articles (an entity found but not expected is a false positive).
Target: every field at 100% on the corpus; a rule change that lowers a figure
needs a reason.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.articles import parse_text_article  # noqa: E402
from generator.link import link_site  # noqa: E402
from generator.load import load_content  # noqa: E402

FIELDS = ("title", "published", "updated", "event_date", "dateline", "publisher", "attributed_to", "byline", "headings", "bullets", "debris-free", "must_contain")


def _iso(date) -> str | None:
    return date.iso() if date else None


def _plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()


def _observed(seed, event) -> dict:
    body = seed.body_html
    return {
        "title": seed.title,
        "published": _iso(seed.published),
        "updated": _iso(seed.updated),
        "event_date": (_iso(event.date), event.date.precision if event.date else None),
        "dateline": seed.dateline,
        "publisher": seed.publisher,
        "attributed_to": seed.attributed_to,
        "byline": seed.author,
        "headings": [_plain(h) for h in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", body, re.S)],
        "bullets": body.count("<li"),
        "text": _plain(body),
        "entities": set(event.entity_ids),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "tests" / "corpus")
    parser.add_argument("--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args()
    articles = sorted(p for p in (args.corpus / "articles").iterdir() if p.suffix in (".txt", ".md"))

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        shutil.copytree(args.corpus / "content" / "entities", root / "content" / "entities")
        (root / "seeds").mkdir()
        for article in articles:
            shutil.copyfile(article, root / "seeds" / article.name)
        started = time.perf_counter()
        content = load_content(root)
        graph = link_site(content)
        load_link = time.perf_counter() - started
    seeds = {s.path.stem: s for s in content.seeds}

    right = dict.fromkeys(FIELDS, 0)
    true_pos = false_pos = false_neg = 0
    misses: list[str] = []
    for article in articles:
        want = yaml.safe_load((args.corpus / "expected" / f"{article.stem}.yaml").read_text("utf-8"))
        seed = seeds[article.stem]
        got = _observed(seed, graph.event(seed.id))
        expected = {
            **{k: want[k] for k in ("title", "published", "updated", "dateline", "publisher", "attributed_to", "byline", "headings", "bullets")},
            "event_date": (want["event_date"], want["event_precision"]),
        }
        for field, value in expected.items():
            if got[field] == value:
                right[field] += 1
            else:
                misses.append(f"{article.name}: {field}: got {got[field]!r}, want {value!r}")
        leaked = [d for d in want["debris"] if d in got["text"] or d in seed.title]
        right["debris-free"] += not leaked
        misses += [f"{article.name}: debris reached the page: {d!r}" for d in leaked]
        missing = [m for m in want["must_contain"] if re.sub(r"\s+", " ", m) not in got["text"]]
        right["must_contain"] += not missing
        misses += [f"{article.name}: story text lost: {m!r}" for m in missing]
        expected_entities = set(want["entities"])
        true_pos += len(got["entities"] & expected_entities)
        false_pos += len(got["entities"] - expected_entities)
        false_neg += len(expected_entities - got["entities"])
        for eid in sorted(got["entities"] - expected_entities):
            misses.append(f"{article.name}: entity found but not in the story: {eid}")
        for eid in sorted(expected_entities - got["entities"]):
            misses.append(f"{article.name}: entity missed: {eid}")

    raw = [a.read_bytes().decode("utf-8-sig") for a in articles if a.suffix == ".txt"]
    rounds = 20
    started = time.perf_counter()
    for _ in range(rounds):
        for text in raw:
            parse_text_article(text)
    per_article = (time.perf_counter() - started) / (rounds * len(raw)) * 1000

    total = len(articles)
    print(f"ingestion accuracy over {total} articles in {args.corpus.relative_to(REPO) if args.corpus.is_relative_to(REPO) else args.corpus}")
    print(f"{'field':<16}{'right':>7}{'of':>5}{'accuracy':>11}")
    for field in FIELDS:
        label = "event date+prec" if field == "event_date" else field
        print(f"{label:<16}{right[field]:>7}{total:>5}{right[field] / total:>10.1%}")
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    print(f"{'entities':<16} precision {precision:.1%} ({true_pos}/{true_pos + false_pos}), recall {recall:.1%} ({true_pos}/{true_pos + false_neg})")
    print(f"reading speed: {per_article:.2f} ms per raw article (parse only); load+link of the corpus {load_link * 1000:.0f} ms")
    if misses:
        print(f"{len(misses)} mismatch(es)" + ("" if args.verbose else " (--verbose lists them)"))
        if args.verbose:
            for line in misses:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
