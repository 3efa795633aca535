"""Time reading raw scraped text seeds: `parse_text_article` on every `.txt` seed, in one process.

    PYTHONPATH=. python benchmarks/read_seeds.py [SEEDS_FOLDER] [--runs 3]

Without a folder it reads a 1,000-article briefing made by make_corpus (500
text seeds). Prints the best of the runs in milliseconds per article; the
files are read into memory first, so only the parsing is timed.
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

from generator.articles import parse_text_article  # noqa: E402
from make_corpus import make_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.seeds
        if folder is None:
            make_corpus(Path(tmp), 1000, 500)
            folder = Path(tmp) / "seeds"
        texts = [p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.txt"))]
    best = float("inf")
    for _ in range(args.runs):
        start = time.perf_counter()
        for text in texts:
            parse_text_article(text)
        best = min(best, time.perf_counter() - start)
    per = best * 1000 / max(len(texts), 1)
    print(f"read {len(texts)} text seeds: {best:.3f} s, {per:.2f} ms an article (best of {args.runs})")


if __name__ == "__main__":
    main()
