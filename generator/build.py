"""The pipeline, top to bottom: load → link → render → write."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.cache import BuildCache, CacheUnavailable, SiteFiles
from generator.diagnostics import BuildFailed, Diagnostic, Location
from generator.parallel import default_jobs, parallel_map, reporting, shares
from generator.write import SiteWriter, WriteReport, check_output

# progress(stage, done, total): how far a stage is, for a progress bar.
Progress = Callable[[str, int, int], None]


@contextmanager
def _without_gc():
    # A build makes millions of objects and frees few of them before it ends;
    # the cycle collector would walk all of them again and again, for nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # Everything the build made and did not free is still in the youngest
            # generation, with the reference cycles it dropped (each build's Jinja
            # environment, json's encoder closures, the nodes they hold). Collect
            # them now, walking only what this build made, once: moved to the
            # oldest generation below without being counted there, they would
            # wait for a full collection that a preview server never triggers,
            # and its memory would grow with every rebuild.
            gc.collect(0)
            # What the build made and keeps is old now: put it straight into the
            # oldest generation, or the first collection after this walks all of
            # it again (half a second at 10,000 articles) to learn that.
            gc.freeze()
            gc.enable()
            gc.unfreeze()


@dataclass(frozen=True)
class Built:
    """The last full pass of a build: its content and graph, and what each output file's render read."""

    content: object  # generator.model.Content
    graph: object  # generator.link.SiteGraph
    # Output path → names of the nodes its render looked up ("event:<id>", "segments:<id>", ...).
    reads: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class BuildResult:
    files: Mapping[str, bytes]
    warnings: tuple[Diagnostic, ...]
    seconds: float
    report: WriteReport | None = None
    # How long each stage took, in order: [("load", 0.8), ...].
    stages: tuple[tuple[str, float], ...] = ()
    # The CPU seconds of each of those stages: (stage, this process, its workers).
    cpu: tuple[tuple[str, float, float], ...] = ()
    # What the build worked out, for a long-lived caller to build on (see
    # generator/session.py); None when nothing had changed.
    built: "Built | None" = field(default=None, compare=False, repr=False)

    @property
    def pages(self) -> int:
        return sum(1 for path in self.files if path.endswith(".html"))


def _cpu() -> tuple[float, float]:
    """CPU seconds so far: this process's, and its workers' (those ended and waited for)."""
    t = os.times()
    return t.user + t.system, t.children_user + t.children_system


class _Stopwatch:
    def __init__(self):
        self.start = self.last = time.perf_counter()
        self.last_cpu = _cpu()
        self.laps: list[tuple[str, float]] = []
        self.cpu_laps: list[tuple[str, float, float]] = []

    @contextmanager
    def stage(self, name: str):
        yield
        now, cpu = time.perf_counter(), _cpu()
        self.laps.append((name, now - self.last))
        self.cpu_laps.append((name, cpu[0] - self.last_cpu[0], cpu[1] - self.last_cpu[1]))
        self.last, self.last_cpu = now, cpu

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.start


def _base(graph, root: Path, base_url: str | None):
    """Where the site is served, and a warning when no host is known to make feeds with."""
    from generator.render import BaseURL

    base = BaseURL.choose(base_url, graph.config.url)
    if base.absolute:
        return base, ()
    where = graph.config.location or Location(Path(root) / "content" / "site.yaml")
    if base_url is None:
        why = "no absolute 'url' here, so no Atom feeds and no sitemap.xml: set url: https://… or pass --base-url https://…"
    else:
        why = (f"--base-url {base_url} has no host and there is no absolute 'url' here, so no Atom feeds "
               "and no sitemap.xml: set url: https://… or pass the full address, https://…")
    return base, (Diagnostic(where, why, "warning"),)


def _render(root: Path, base_url: str | None, jobs: int | None):
    from generator.link import link_site
    from generator.load import load_content
    from generator.render import render_site, static_files

    jobs = default_jobs() if jobs is None else jobs
    content = load_content(root, jobs=jobs)
    graph = link_site(content, jobs=jobs)
    links: dict = {}
    files = render_site(graph, root, base_url, jobs=jobs, links=links)
    files.update(static_files(root))
    base, warnings = _base(graph, root, base_url)
    return dict(sorted(files.items())), graph.warnings + warnings, base, links


def render(root: Path, base_url: str | None = None, *, jobs: int | None = None) -> tuple[dict[str, bytes], tuple[Diagnostic, ...]]:
    """Everything but the write: the files a build would produce, and its warnings."""
    files, warnings, _, _ = _render(root, base_url, jobs)
    return files, warnings


def check(root: Path, base_url: str | None = None, *, jobs: int | None = None) -> BuildResult:
    """Validate a briefing as `build` would, and every internal link of the result, writing nothing."""
    from generator.linkcheck import check_links

    start = time.perf_counter()
    files, warnings, base, links = _render(root, base_url, jobs)
    jobs = default_jobs() if jobs is None else jobs
    broken = check_links(files, base.path, base.absolute, Path(root) / "site", jobs=jobs, recorded=links)
    if broken:
        raise BuildFailed(broken)
    return BuildResult(files, warnings, time.perf_counter() - start)


def build(
    root: Path,
    out: Path,
    base_url: str | None = None,
    *,
    cache: bool = True,
    cache_dir: Path | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    strict: bool = False,
) -> BuildResult:
    """Build a briefing into `out`; nothing is written unless every page rendered.

    With `cache` (the default) the build keeps what it worked out in `cache_dir`
    (default `root/.briefing-cache`) and redoes only what changed since; the
    output is the same byte for byte. `jobs` processes share the work (default:
    one per core); `progress` hears how far each stage is. `strict` refuses
    what `check` refuses: a broken internal link or #anchor in any file of the
    site, rendered now or kept from the last build, fails the build and leaves
    `out` as it was.
    """
    with _without_gc():
        return _build(root, out, base_url, cache, cache_dir, jobs, progress, strict)


def _build(root, out, base_url, cache, cache_dir, jobs, progress, strict=False) -> BuildResult:
    clock = _Stopwatch()
    root, out = Path(root), Path(out)
    jobs = default_jobs() if jobs is None else jobs
    notices: tuple[Diagnostic, ...] = ()
    with clock.stage("check"):
        check_output(root, out, cache_dir)
        try:
            memo = BuildCache(root, out, base_url, cache_dir) if cache else None
        except CacheUnavailable as exc:
            memo, notices = None, (exc.warning,)
    # A strict build may skip its work only when the last one checked every link of this same site.
    if memo is not None and memo.unchanged() and (memo.links_checked or not strict):
        files = memo.site_files()
        return BuildResult(files, memo.warnings, clock.seconds, WriteReport(0, len(files), 0), tuple(clock.laps), tuple(clock.cpu_laps))
    writer = SiteWriter(out)
    plain = writer.plain_files()
    if memo is not None and plain is not None:
        # A page is kept from the last build only as a plain file of the output
        # folder: the new site links it from there, never through a link.
        memo.intact &= plain
    # The stages load Jinja, Markdown and YAML: a build with nothing to do never needs them.
    from generator.link import link_site
    from generator.linkcheck import LinkChecker
    from generator.load import load_content
    from generator.render import render_site, static_files

    with reporting(progress):
        with clock.stage("load"):
            content = load_content(root, jobs=jobs, memo=memo.parsed() if memo else None)
        with clock.stage("link"):
            graph = link_site(content, jobs=jobs, memo=memo.link() if memo else None)
        with clock.stage("render"):
            pages = memo.pages(graph, base_url) if memo else None
            written = 0
            links: dict = {}  # what the renderer noted of each page's links, for the link check
            try:
                # Each file goes to the staging folder as it is made, by the
                # process that made it: no process holds the whole site (the
                # output folder stays as it was until the write stage is done).
                files = render_site(graph, root, base_url, jobs=jobs, memo=pages, writer=writer, links=links)
                static = static_files(root)
                if writer.staged:
                    writer.stage(static)
                    written = sum(files.values()) + sum(writer.write(path, data) for path, data in static.items())
                    files = writer.staged_files([*files, *static])
                else:
                    files.update(static)
            except BaseException:
                writer.abort()
                raise
        with clock.stage("write"):
            kept = pages.fresh_paths if pages else set()
            site = SiteFiles(files, out, kept)
            base, warnings = _base(graph, root, base_url)
            # A dead link costs the reader one click, not the whole site: build
            # warns, check refuses, so each file is written where its links are
            # checked, in the same pass. Pages kept from the last build were checked then.
            checker = LinkChecker(site, base.path, base.absolute, out, links)
            paths = list(files)
            # A large site is checked by this process alone, as it is rendered (`render_site`): a forked
            # worker reading the links noted of half its pages copies the memory they sit in, some 300 MB
            # at 100,000 articles, at the build's peak. (The site's size decides, not the files written.)
            jobs = 1 if shares(len(kept) + len(paths), jobs) else jobs
            try:
                writer.begin(files, kept)
                put = (lambda path: False) if writer.staged else writer.put  # written as they were rendered
                done = parallel_map(lambda path: (checker.broken(path), put(path)), paths, jobs, "writing")
                found = list(zip(paths, (found for found, _ in done)))
                if strict:
                    # Pages kept from the last build may link to a page or an
                    # #anchor that is gone now: check does all of them, so does this.
                    kept_paths = [path for path in site if path not in files]
                    found += zip(kept_paths, parallel_map(checker.broken, kept_paths, jobs, "checking"))
                broken = checker.diagnostics(found)
                if strict and broken:
                    raise BuildFailed(broken)
                report = writer.finish(written + sum(put_now for _, put_now in done))
            except BaseException:
                writer.abort()
                raise
            warnings = graph.warnings + warnings + writer.warnings + tuple(replace(d, severity="warning") for d in broken)
        if memo is not None:
            with clock.stage("cache"):
                memo.save(site, warnings, links_checked=strict)
            notices = memo.notices
    reads = {path: record[1] for path, record in pages.records.items()} if pages else {}
    return BuildResult(
        site, notices + warnings, clock.seconds, report, tuple(clock.laps), tuple(clock.cpu_laps), built=Built(content, graph, reads)
    )
