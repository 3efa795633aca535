"""Memory of a long preview session: many full rebuilds through `generator.session.Session`, as `serve` runs them.

A generated briefing (with a copy of the shipped templates) is built once, then
an entity file is edited and the briefing rebuilt again and again; an entity
edit goes the long way (load, link, render, write), not the short way of a
seed edit. Printed: the resident memory and the number of objects the garbage
collector tracks after the first rebuild and after the last, and what a final
full collection still finds unreachable.

Target: flat. The resident memory grows by less than 2 MB over 300 rebuilds,
the tracked objects by less than 1 %, and a final collection finds nothing left
over by the builds.

    PYTHONPATH=$PWD python benchmarks/serve_memory.py [--rebuilds 300] [--articles 40]
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from make_corpus import make_corpus  # noqa: E402

from generator.session import Session  # noqa: E402

TARGET_MB = 2.0
TARGET_OBJECTS = 0.01


def rss_mb() -> float:
    """Resident memory of this process now (not its peak), in MB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuilds", type=int, default=300, help="full rebuilds after the first build (default: 300)")
    parser.add_argument("--articles", type=int, default=40, help="articles in the generated briefing (default: 40)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        # A key of its own: the benchmark leaves nothing in the user's cache folder.
        os.environ.setdefault("BRIEFING_CACHE_KEY", "serve-memory-benchmark")
        root = make_corpus(Path(tmp) / "briefing", articles=args.articles, entities=max(10, args.articles // 4), seed=3)
        shutil.copytree(REPO / "templates", root / "templates")
        entity = sorted((root / "content" / "entities").iterdir())[0]
        original = entity.read_text("utf-8")
        session = Session(root, root / ".preview")
        session.build()

        def rebuild(i: int) -> None:
            # A comment changes the file, and so its digest, without changing what it says.
            entity.write_text(f"{original}# edit {i}\n", "utf-8")
            result = session.build()
            assert result.report is not None and result.built is not None, "the rebuild did not go the long way"

        rebuild(0)
        start_rss, start_objects = rss_mb(), len(gc.get_objects())
        started = time.perf_counter()
        for i in range(1, args.rebuilds + 1):
            rebuild(i)
        seconds = time.perf_counter() - started
        end_rss, end_objects = rss_mb(), len(gc.get_objects())
        left_over = gc.collect()

    grew_mb, grew_objects = end_rss - start_rss, end_objects - start_objects
    print(f"serve memory: {args.rebuilds} full rebuilds of {args.articles} articles through Session, {seconds / args.rebuilds * 1000:.0f} ms each")
    print(f"  resident memory   {start_rss:7.1f} MB -> {end_rss:7.1f} MB   ({grew_mb:+.1f} MB, {grew_mb / args.rebuilds * 1000:+.1f} kB per rebuild)")
    print(f"  tracked objects   {start_objects:7d}    -> {end_objects:7d}      ({grew_objects:+d}, {grew_objects / args.rebuilds:+.1f} per rebuild)")
    print(f"  unreachable objects a final full collection found: {left_over}")
    flat = grew_mb < TARGET_MB and grew_objects < TARGET_OBJECTS * start_objects
    print(f"  target (under {TARGET_MB:.0f} MB and {TARGET_OBJECTS:.0%} more objects): {'met' if flat else 'MISSED'}")
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
