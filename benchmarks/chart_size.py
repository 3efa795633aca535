"""Bytes of the charts on a built site: the timeline and org chart SVG per page (all drawings), largest and median.

    PYTHONPATH=$PWD python benchmarks/make_corpus.py /tmp/c10k --articles 10000 --entities 500
    PYTHONPATH=$PWD python -m generator build --root /tmp/c10k --out /tmp/s10k
    PYTHONPATH=$PWD python benchmarks/chart_size.py /tmp/s10k

Target: a chart's size follows the number of bars or boxes it draws, never the
number of events; under 10 KB for a timeline and under 64 KB for the directory's
org chart at 10,000 articles.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from bs4 import BeautifulSoup


def charts(page: Path) -> list[tuple[str, int, int, str]]:
    """(kind, SVG bytes, marks, caption) for each chart on a page."""
    html = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    out = []
    for figure in html.select("figure.chart"):
        # A timeline carries a desktop and a phone drawing: both are downloaded, one is shown.
        svgs = figure.find_all("svg")
        out.append((figure["class"][1], sum(len(str(svg).encode()) for svg in svgs), len(svgs[0].find_all("a")), figure.figcaption.get_text()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    site = parser.parse_args().site
    for name in ("index.html", "timeline/index.html", "entities/index.html"):
        for kind, size, marks, caption in charts(site / name):
            print(f"{name:<22} {kind:<15} {size / 1024:6.1f} KB  {marks:4d} marks  {caption}")
    found: dict[str, list[tuple[int, str]]] = {}
    for page in sorted((site / "entities").glob("*/index.html")):
        for kind, size, _, _ in charts(page):
            found.setdefault(kind, []).append((size, page.parent.name))
    for kind, sizes in sorted(found.items()):
        largest = max(sizes)
        print(f"entity pages           {kind:<15} median {statistics.median(s for s, _ in sizes) / 1024:.1f} KB, "
              f"largest {largest[0] / 1024:.1f} KB ({largest[1]}), on {len(sizes)} pages")


if __name__ == "__main__":
    main()
