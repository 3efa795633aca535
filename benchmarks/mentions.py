#!/usr/bin/env python3
"""Time finding entity mentions in every article, as the link stage does, in one process.

    PYTHONPATH=. python benchmarks/mentions.py [BRIEFING] [--n 10000] [--runs 3]

Without a folder it loads a briefing made by make_corpus (N articles, 500
entities). Loading is not timed. Prints the time to build the finder and
compile its pattern, the best of the runs splitting every article body (wall
and CPU time: on a shared machine the CPU time of this one process is the
steadier figure), and how many mentions were found, so that a change to the
finder shows both what it costs and what it finds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generator.load import load_content  # noqa: E402
from generator.mentions import MentionFinder  # noqa: E402
from make_corpus import make_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("briefing", nargs="?", type=Path)
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.briefing
        if root is None:
            root = make_corpus(Path(tmp) / "b", args.n, 500)
        content = load_content(root, jobs=1)
    htmls = list(dict.fromkeys(seed.body_html for seed in content.seeds))
    names = [(name, e.id) for e in content.entities for name in e.names]
    started = time.perf_counter()
    finder = MentionFinder(names)
    finder.prepare()
    setup = time.perf_counter() - started
    best = cpu = float("inf")
    for _ in range(args.runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        results = [finder.split(html) for html in htmls]
        best = min(best, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - cpu_started)
        found = sum(len(ids) for _, ids in results)
        spans = sum(len(segments.spans) for segments, _ in results)
    print(f"{len(htmls)} article bodies, {len(names)} names of {len(content.entities)} entities")
    print(f"finder built and compiled: {setup * 1000:.0f} ms")
    print(f"split (best of {args.runs}): {best * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU, "
          f"{cpu / max(len(htmls), 1) * 1e6:.0f} µs CPU per article")
    print(f"entities found: {found} (per article, summed); links made: {spans}")


if __name__ == "__main__":
    main()
