"""Time reading raw scraped text seeds: `parse_text_article` on every `.txt` seed, in one process.

    PYTHONPATH=. python benchmarks/read_seeds.py [SEEDS_FOLDER] [--runs 3]

Without a folder it reads a 1,000-article briefing made by make_corpus (500
text seeds). Prints the best of the runs in milliseconds per article; the
files are read into memory first, so only the parsing is timed.

    PYTHONPATH=. python benchmarks/read_seeds.py --large

times instead the two largest articles a briefing takes by default (2 MB): one
of 2,100 paragraphs, each a long run of one letter after a sentence, and one
block of 30,000 sentences, each naming a weekday. `ingest` gives an article
10 seconds; these show how far under that the reader stays.
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
    parser.add_argument("--large", action="store_true", help="time two 2 MB articles instead")
    args = parser.parse_args()
    if args.large:
        paragraphs = "Harbour crane inspection report\n\n" + "\n\n".join(
            f"Paragraph {i}: the harbour cranes were inspected again. " + "x" * 960 for i in range(2100)) + "\n"
        block = "Harbour crane report\n\n" + " ".join(
            "The harbour cranes were inspected again on Tuesday, said the port." for _ in range(30000)) + "\n"
        for name, text in (("2,100 paragraphs", paragraphs), ("one block", block)):
            best = float("inf")
            for _ in range(args.runs):
                start = time.perf_counter()
                parse_text_article(text)
                best = min(best, time.perf_counter() - start)
            print(f"{name} ({len(text.encode()) // 1024} KB): {best:.2f} s (best of {args.runs})")
        return
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
