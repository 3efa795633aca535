"""What a reader downloads from a large briefing: the largest pages, and what a search costs.

    python benchmarks/reader_bytes.py --n 10000                 # build, then measure
    python benchmarks/reader_bytes.py --n 100000 --workdir DIR  # the large one (about 5 GB in DIR)
    python benchmarks/reader_bytes.py --site DIR/site           # measure a site already built
    python benchmarks/reader_bytes.py --n 10000 --pagefind      # also index the site with Pagefind, and compare

It prints the largest HTML pages, how many exceed 300 KB, and for a few
queries the bytes the search page downloads for its index (beyond the page,
its style sheet and search.js) and the time from opening `search/?q=...` to the
first result, in headless Chromium (/usr/bin/chromium) from a local
`http.server`, with an empty browser cache for each query. With `--pagefind`
the same queries run through Pagefind's JavaScript API (`pagefind.search`, then
the first result's `data()`) over the same site indexed by the `pagefind`
package from PyPI, for comparison.

Targets (issue 14, at 100,000 articles): no HTML page over 300 KB, a search
query downloads under 500 KB, first result under 1 s.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGE_LIMIT = 300_000
# Words the generated corpus uses everywhere, often, seldom; an entity's name; a year; two words.
QUERIES = ["the", "logistics", "coordination counterparts", "2024", "zzzz"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def _serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def build(n: int, entities: int, workdir: Path, seed: int) -> Path:
    root = workdir / f"corpus-{n}"
    if not (root / "seeds").is_dir():
        make_corpus(root, n, entities, seed)
    site = root / "site"
    if not (site / "index.html").exists():
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(root), "--no-cache"],
                       cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"built {n} articles in {time.perf_counter() - start:.0f} s")
    return site


def pages(site: Path) -> None:
    sizes = sorted(((p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")), reverse=True)
    over = sum(1 for size, _ in sizes if size > PAGE_LIMIT)
    print(f"{len(sizes)} HTML pages; {over} over {PAGE_LIMIT // 1000} KB; the largest:")
    for size, path in sizes[:6]:
        print(f"  {size / 1000:9.1f} KB  {path}")
    for kind in ("timeline/", "entities/", "events/"):
        biggest = next(((s, p) for s, p in sizes if p.startswith(kind)), None)
        if biggest:
            print(f"  largest under {kind:<10} {biggest[0] / 1000:9.1f} KB  {biggest[1]}")
    index = [p for p in (site / "search").rglob("*.js")] if (site / "search").is_dir() else []
    if index:
        total = sum(p.stat().st_size for p in index)
        print(f"search index: {len(index)} files, {total / 1e6:.1f} MB in all, largest {max(p.stat().st_size for p in index) / 1000:.1f} KB")


# The moment the page shows its first result (or says nothing matches), noted by the page itself:
# asking from outside would add the browser's round trips to the figure.
_NOTE_FIRST = """
new MutationObserver(function (changes, observer) {
  var status = document.getElementById('search-status');
  if (document.querySelector('#search-results li a') || (status && status.textContent.indexOf('Nothing') === 0)) {
    window.firstResultAt = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true, characterData: true});
"""


def _measure(browser, url: str, wanted, run) -> tuple[int, int, float, str]:
    """Open `url` in a fresh context; run(page) waits for the first result. (bytes, requests, seconds, first result)."""
    context = browser.new_context()
    context.add_init_script(_NOTE_FIRST)
    page = context.new_page()
    got: list[int] = []
    page.on("requestfinished", lambda request: got.append(len(request.response().body())) if wanted(request.url) else None)
    page.goto(url)
    first = run(page)
    seconds = page.evaluate("window.firstResultAt || performance.now()") / 1000
    page.wait_for_load_state("networkidle")
    context.close()
    return sum(got), len(got), seconds, first


def search(site: Path, queries: list[str], pagefind: bool) -> None:
    from playwright.sync_api import sync_playwright

    server, base = _serve(site)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            print(f"{'query':<28} {'ours: index bytes':>18} {'files':>6} {'first result':>13}" + (f"  {'pagefind: bytes':>16} {'files':>6} {'first result':>13}" if pagefind else ""))
            for q in queries:
                def ours(page):
                    page.wait_for_function("document.querySelector('#search-results li a') || document.getElementById('search-status').textContent.startsWith('Nothing')")
                    link = page.query_selector("#search-results li a")
                    return link.inner_text() if link else "(nothing)"
                size, count, seconds, first = _measure(browser, base + "search/?q=" + q.replace(" ", "+"),
                                                       lambda u: "/search/" in u and u.endswith(".js"), ours)
                row = f"{q!r:<28} {size / 1000:15.1f} KB {count:6d} {seconds * 1000:10.0f} ms"
                if pagefind:
                    def theirs(page):
                        page.wait_for_function("window.firstResultAt !== undefined")
                        return page.evaluate("window.firstTitle")
                    psize, pcount, pseconds, _ = _measure(browser, base + "_pagefind/bench.html?q=" + q.replace(" ", "+"), lambda u: "/_pagefind/" in u and "bench.html" not in u and not u.endswith("pagefind.js"), theirs)
                    row += f"  {psize / 1000:13.1f} KB {pcount:6d} {pseconds * 1000:10.0f} ms"
                print(row + f"   first: {first[:40]}")
            browser.close()
    finally:
        server.shutdown()


def index_with_pagefind(site: Path) -> None:
    """Pagefind over the same pages: their <main>, as Pagefind's docs suggest for a site without data-pagefind-body."""
    shutil.rmtree(site / "_pagefind", ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "_pagefind",
                    "--root-selector", "main", "--glob", "{events,entities}/**/index.html"], check=True, stdout=subprocess.DEVNULL)
    files = list((site / "_pagefind").rglob("*"))
    total = sum(p.stat().st_size for p in files if p.is_file())
    print(f"pagefind: indexed in {time.perf_counter() - start:.0f} s; {len(files)} files, {total / 1e6:.1f} MB")
    # A page that searches for its ?q= as soon as it loads, as a search page would.
    (site / "_pagefind" / "bench.html").write_text("""<!doctype html><title>pagefind</title>
<script type="module">
const pagefind = await import("./pagefind.js");
const found = await pagefind.search(new URLSearchParams(location.search).get("q"));
window.firstTitle = found.results.length ? (await found.results[0].data()).meta.title || "(untitled)" : "(nothing)";
window.firstResultAt = performance.now();
</script>
""", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10000, help="articles (default: 10000)")
    parser.add_argument("--entities", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=None, help="where the corpus is written and kept (default: a temporary folder, removed)")
    parser.add_argument("--site", type=Path, default=None, help="measure this built site instead of building one")
    parser.add_argument("--pagefind", action="store_true", help="also index with Pagefind (pip install 'pagefind[bin]') and compare")
    parser.add_argument("--query", action="append", help="a query to run (repeatable; default: a fixed few)")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="briefing-reader-"))
    try:
        site = args.site or build(args.n, args.entities, workdir, args.seed)
        pages(site)
        if args.pagefind:
            index_with_pagefind(site)
        search(site, args.query or QUERIES, args.pagefind)
    finally:
        if args.workdir is None and args.site is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
