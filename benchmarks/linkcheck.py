"""Time the link check alone on a site that has been built.

    python benchmarks/linkcheck.py ROOT [--base-url URL] [--runs 3]

Reads every file of ROOT/site into memory, as a build holds them, and times
`check_links` over all of them: in one process, and shared over the machine's
cores as a build does. Prints the best wall and CPU time (this process and its
workers) of each, and the number of links and broken links found.

Target: a tenth of what the link check took when it read pages with
html.parser and feeds with expat: 2.7-3.7 s of CPU on 1,000 articles and 500
entities (benchmarks/make_corpus.py), about 29 s at 10,000. Compare CPU
seconds: on a shared machine the wall time says more about the neighbours.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.linkcheck import _html_page  # noqa: E402
from generator.linkcheck import check_links  # noqa: E402
from generator.parallel import default_jobs  # noqa: E402
from generator.render import BaseURL  # noqa: E402


def _cpu() -> float:
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--base-url")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    site = args.root / "site"
    settings = yaml.safe_load((args.root / "content/site.yaml").read_text("utf-8")) or {}
    base = BaseURL.choose(args.base_url, settings.get("url") or "")
    files = {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    pages = [data for path, data in files.items() if path.endswith(".html")]
    links = sum(len(_html_page(data.decode("utf-8", errors="replace")).links) for data in pages)
    print(f"{site}: {len(files)} files, {len(pages)} pages, {links} links in pages, served at {base.absolute or base.path}")
    for jobs in sorted({1, default_jobs()}):
        wall = cpu = float("inf")
        for _ in range(args.runs):
            started, used = time.perf_counter(), _cpu()
            broken = check_links(files, base.path, base.absolute, site, jobs=jobs)
            wall, cpu = min(wall, time.perf_counter() - started), min(cpu, _cpu() - used)
        print(f"check_links, {jobs} process{'es' if jobs > 1 else ''}: {wall:.3f} s wall, {cpu:.3f} s CPU, {len(broken)} broken")
    return 0


if __name__ == "__main__":
    sys.exit(main())
