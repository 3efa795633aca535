"""Time whole `python -m generator build` processes on generated briefings, and against Hugo.

    python benchmarks/run.py                      # N = 1,000 and 10,000 articles, 500 entities
    python benchmarks/run.py --n 100000 --runs 1  # the large one, on request
    python benchmarks/run.py --n 10000 --vs hugo  # the same articles as a Hugo site, alternating runs

For each N it prints the median wall time of several whole processes: a full
build from cold (no site/, no cache), a rebuild with nothing changed, rebuilds
after editing one seed, one entity and one template; pages per second of the
full build; and the peak memory of the build's whole process tree (the main
process and its workers, proportional set size sampled from /proc). Up to
10,000 articles it also times `serve`: from saving one seed to its rebuilt page
on disk, measured as for `hugo --watch`.

Targets (2 cores, 10,000 articles, 500 entities): full build faster than Hugo
on the same articles; nothing changed < 0.5 s; one seed edited < 0.3 s; peak
memory < 1 GB; 100,000 articles build within the machine's memory.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402

_BUILT = re.compile(r"built (\d+) pages .*?\((\d+) written")


@dataclass
class Run:
    seconds: float
    peak_mb: float
    pages: int = 0
    written: int = 0


def _tree_rss_kb(pid: int) -> int:
    """Memory of a process and all its descendants, in kB.

    Proportional set size where the kernel gives it: forked workers share most
    of their pages with the main process, and plain resident sizes would count
    those pages once per process.
    """
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for name, field in ((f"/proc/{p}/smaps_rollup", "Pss:"), (f"/proc/{p}/status", "VmRSS:")):
                try:
                    with open(name) as fh:
                        value = next((int(line.split()[1]) for line in fh if line.startswith(field)), None)
                except OSError:
                    continue
                if value is not None:
                    total += value
                    break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack += [int(c) for c in fh.read().split()]
        except (OSError, ValueError):
            continue
    return total


def timed(cmd: list[str], cwd: Path, env: dict | None = None) -> tuple[float, float, str]:
    """Run a whole process; return wall seconds, peak tree memory in MB, and its output."""
    peak = [0]
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
                # Reading smaps walks the page tables: often enough to catch the
                # peak of a build, rarely enough not to slow it down.
                done.wait(0.25)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with status {proc.returncode}:\n{text[-3000:]}")
    # ru_maxrss is the largest single process (a floor); the sample catches the whole tree.
    return seconds, max(peak[0], usage.ru_maxrss) / 1024, text


class Briefing:
    """A generated briefing and the edits a writer makes to it."""

    def __init__(self, root: Path):
        self.root = root
        self.seeds = sorted((root / "seeds").iterdir())
        self.entities = sorted((root / "content" / "entities").iterdir())
        self.edits = 0

    def build(self) -> Run:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        cmd = [sys.executable, "-m", "generator", "build", "--root", str(self.root)]
        seconds, peak, text = timed(cmd, self.root, env)
        m = _BUILT.search(text)
        return Run(seconds, peak, int(m.group(1)) if m else 0, int(m.group(2)) if m else 0)

    def clean(self) -> None:
        shutil.rmtree(self.root / "site", ignore_errors=True)
        shutil.rmtree(self.root / ".briefing-cache", ignore_errors=True)

    def edit_seed(self) -> None:
        self.edits += 1
        path = self.seeds[(self.edits * 7919) % len(self.seeds)]
        text = path.read_text("utf-8")
        # A sentence added to the body: what a correction to an article looks like.
        marker = text.rfind("\n\n", 0, len(text) - 40)
        path.write_text(text[:marker] + f" The report was updated (revision {self.edits})." + text[marker:], "utf-8")

    def edit_entity(self) -> None:
        self.edits += 1
        path = self.entities[(self.edits * 104729) % len(self.entities)]
        text = path.read_text("utf-8")
        path.write_text(text.replace("summary: |\n", f"summary: |\n  Revised ({self.edits}).\n", 1), "utf-8")

    def edit_template(self) -> None:
        self.edits += 1
        path = self.root / "templates" / "event.html"
        text = re.sub(r'<article class="event[^"]*">', f'<article class="event rev-{self.edits}">', path.read_text("utf-8"))
        path.write_text(text, "utf-8")


def serve_latency(root: Path, runs: int) -> float | None:
    """Median seconds from saving one seed to its rebuilt page under `python -m generator serve`, as for `hugo --watch`."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", "0"],
                            cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for line in proc.stdout:
            if "serving the briefing" in line:
                break
        else:
            return None
        # Keep reading what it logs (warnings after every build), or it stops when the pipe is full.
        threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
        seeds = sorted((root / "seeds").iterdir())
        got = []
        for i in range(runs):
            seed = seeds[(i * 104723 + 11) % len(seeds)]
            sid = re.sub(r"[^a-z0-9]+", "-", seed.stem.lower()).strip("-")
            # The page that shows the seed: its own event's, or the curated event that tells it.
            page = next(p for p in (root / ".preview" / "events").glob("*/index.html")
                        if f'id="source-{sid}"' in p.read_text("utf-8"))
            marker = f"serve-edit-{i}-{time.time_ns()}"
            text = seed.read_text("utf-8")
            at = text.rfind("\n\n", 0, len(text) - 40)
            time.sleep(0.5)
            start = time.perf_counter()
            seed.write_text(text[:at] + f" The report was updated ({marker})." + text[at:], "utf-8")
            while marker not in page.read_text("utf-8", errors="replace"):
                if time.perf_counter() - start > 120:
                    return None
                time.sleep(0.002)
            got.append(time.perf_counter() - start)
        return statistics.median(got)
    finally:
        proc.terminate()
        proc.wait()


def _median(runs: list[Run]) -> Run:
    ordered = sorted(runs, key=lambda r: r.seconds)
    mid = ordered[len(ordered) // 2]
    return Run(statistics.median(r.seconds for r in runs), max(r.peak_mb for r in runs), mid.pages, mid.written)


def _row(label: str, run: Run, note: str = "") -> str:
    return f"  {label:<28} {run.seconds:8.2f} s  {run.peak_mb:7.0f} MB  {run.written:>7} written  {note}"


def bench(n: int, entities: int, runs: int, workdir: Path, seed: int, vs_hugo: bool) -> None:
    root = workdir / f"briefing-{n}"
    shutil.rmtree(root, ignore_errors=True)
    start = time.perf_counter()
    corpus = make_corpus(root, n, entities, seed)
    # Own templates (a copy of the shipped ones) so that editing one is a writer's edit.
    shutil.copytree(REPO / "templates", root / "templates")
    print(f"\nN = {n:,} articles, {entities} entities (corpus written in {time.perf_counter() - start:.1f} s)", flush=True)
    b = Briefing(corpus)
    hugo = _HugoSite(workdir / f"hugo-{n}", corpus) if vs_hugo else None

    cold, hugo_cold = [], []
    for _ in range(runs):
        b.clean()
        cold.append(b.build())
        if hugo:
            hugo_cold.append(hugo.build(clean=True))
    full = _median(cold)
    print(_row("full build (cold)", full, f"{full.pages / full.seconds:,.0f} pages/s, {full.pages:,} pages"), flush=True)

    steps = [("nothing changed", None), ("one seed edited", b.edit_seed),
             ("one entity edited", b.edit_entity), ("one template edited", b.edit_template)]
    results = {}
    for label, edit in steps:
        got = []
        for _ in range(runs):
            if edit:
                edit()
            got.append(b.build())
        results[label] = _median(got)
        print(_row(label, results[label]), flush=True)

    # serve's first build runs in one process (it has threads of its own): minutes at 100,000.
    live = serve_latency(corpus, runs) if n <= 10_000 else None
    if live is not None:
        print(f"  {'one seed edited, in serve':<28} {live:8.2f} s  (save → rebuilt page on disk, median)", flush=True)

    if hugo:
        noop = [hugo.build(clean=False) for _ in range(runs)]
        hfull, hnoop = statistics.median(hugo_cold), statistics.median(noop)
        print(f"  hugo {hugo.version}: full build {hfull:.2f} s, nothing changed {hnoop:.2f} s "
              f"({hugo.terms} taxonomy terms)")
        print(f"  ours / hugo: full build {full.seconds / hfull:.2f}, nothing changed "
              f"{results['nothing changed'].seconds / hnoop:.2f}", flush=True)
        watch = hugo.watch_latency(runs)
        if watch is not None:
            print(f"  hugo --watch, saving one article to its rebuilt page: {watch:.2f} s; "
                  f"ours / hugo (one seed edited): {results['one seed edited'].seconds / watch:.2f} (build), "
                  f"{live / watch if live else float('nan'):.2f} (serve)", flush=True)


class _HugoSite:
    """The same articles as a Hugo site: one page per article, entities as a taxonomy."""

    def __init__(self, root: Path, briefing: Path):
        sys.path.insert(0, str(REPO))
        from generator.articles import parse_text_article
        from generator.load import load_content

        shutil.rmtree(root, ignore_errors=True)
        self.root = root
        self.hugo = shutil.which("hugo") or "hugo"
        version = subprocess.run([self.hugo, "version"], capture_output=True, text=True).stdout
        self.version = (re.search(r"v(\d+\.\d+\.\d+)", version) or re.search(r"(.+)", version or "?")).group(1)

        content = load_content(briefing)
        names = {e.id: e for e in content.entities}
        from generator.mentions import MentionFinder
        finder = MentionFinder((name, e.id) for e in content.entities for name in e.names)
        finder.prepare()
        (root / "content" / "articles").mkdir(parents=True)
        used: set[str] = set()
        for seed in content.seeds:
            path = seed.path
            text = path.read_text("utf-8")
            if path.suffix == ".md":
                body = text.split("---", 2)[2]
            else:
                blocks = parse_text_article(text).blocks
                body = "\n\n".join(
                    "## " + bl.text if bl.kind == "h" else "\n".join("- " + i for i in bl.items) if bl.kind == "ul" else bl.text
                    for bl in blocks
                )
            _, found = finder.split(seed.body_html)
            used |= found
            date = seed.event_date or seed.published
            iso = date.first_day().isoformat() if date else "2020-01-01"
            terms = ", ".join(f'"{t}"' for t in sorted(found))
            (root / "content" / "articles" / f"{seed.id}.md").write_text(
                f'---\ntitle: "{seed.title.replace(chr(34), "")}"\ndate: {iso}\nentities: [{terms}]\n---\n{body}\n', "utf-8"
            )
        self.terms = len(used)
        for eid in sorted(used):
            term = root / "content" / "entities" / eid
            term.mkdir(parents=True)
            (term / "_index.md").write_text(f'---\ntitle: "{names[eid].name}"\n---\n', "utf-8")
        (root / "hugo.toml").write_text(
            'baseURL = "https://example.org/bench/"\ntitle = "Benchmark briefing"\n'
            '[taxonomies]\n  entity = "entities"\n', "utf-8")
        # Hugo 0.146 and later look up layouts/single.html; earlier ones (Debian's 0.111) only
        # layouts/_default/single.html, and without it render no article page at all.
        for layouts in (root / "layouts", root / "layouts" / "_default"):
            layouts.mkdir(parents=True)
            for name, text in _HUGO_LAYOUTS.items():
                (layouts / name).write_text(text, "utf-8")

    def build(self, clean: bool) -> float:
        if clean:
            shutil.rmtree(self.root / "public", ignore_errors=True)
            shutil.rmtree(self.root / "resources", ignore_errors=True)
        seconds, _, _ = timed([self.hugo, "--quiet", "--source", str(self.root)], self.root)
        return seconds

    def watch_latency(self, runs: int) -> float | None:
        """Seconds from saving one article to its rebuilt page under `hugo --watch`."""
        articles = sorted((self.root / "content" / "articles").iterdir())
        proc = subprocess.Popen([self.hugo, "--watch", "--source", str(self.root)], cwd=self.root,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            for line in proc.stdout:
                if "Watching for changes" in line or "Press Ctrl+C" in line:
                    break
            time.sleep(1)
            got = []
            for i in range(runs):
                path = articles[(i * 7919) % len(articles)]
                page = self.root / "public" / "articles" / path.stem / "index.html"
                marker = f"watch-edit-{i}-{time.time_ns()}"
                start = time.perf_counter()
                with path.open("a", encoding="utf-8") as fh:
                    fh.write(f"\n{marker}\n")
                while marker not in page.read_text("utf-8", errors="replace"):
                    if time.perf_counter() - start > 120:
                        return None
                    time.sleep(0.005)
                got.append(time.perf_counter() - start)
                time.sleep(1)
            return statistics.median(got)
        finally:
            proc.terminate()
            proc.wait()


_HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}"></head>
<body><header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav><a href="{{ "articles/" | relURL }}">Timeline</a> <a href="{{ "entities/" | relURL }}">Entities</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main><footer>{{ site.Title }}</footer></body></html>
""",
    "home.html": """{{ define "main" }}<h1>{{ site.Title }}</h1><ol>
{{ range first 8 (where site.RegularPages "Section" "articles").ByDate.Reverse }}<li><time>{{ .Date.Format "2 January 2006" }}</time> <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}
""",
    "single.html": """{{ define "main" }}<article><p><time>{{ .Date.Format "2 January 2006" }}</time></p><h1>{{ .Title }}</h1>
<ul>{{ range .GetTerms "entities" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
<div class="body">{{ .Content }}</div>
<nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></article>{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ol>
{{ range .Pages.ByDate }}<li><time>{{ .Date.Format "2 January 2006" }}</time> <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ len .Pages }}</li>{{ end }}</ul>{{ end }}
""",
    "term.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ol>
{{ range .Pages.ByDate }}<li><time>{{ .Date.Format "2 January 2006" }}</time> <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}
""",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000], help="article counts (default: 1000 10000)")
    parser.add_argument("--entities", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement; the median is shown (default: 5)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default: 1)")
    parser.add_argument("--vs", choices=["hugo"], help="also build the same articles with Hugo, alternating runs")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora are written (default: a temporary folder)")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"briefing benchmark: {os.cpu_count()} cores, Python {sys.version.split()[0]}, median of {args.runs} runs, "
          f"whole processes; corpora in {workdir}")
    print(f"  {'':<28} {'time':>10}  {'peak mem':>10}  {'files':>15}")
    # An installed package starts from compiled bytecode; a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile generator/ again in every process.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "generator")], check=True)
    try:
        for n in args.n:
            bench(n, args.entities, args.runs, workdir, args.seed, args.vs == "hugo")
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
