"""The pipeline, top to bottom: load → link → render → write."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.cache import BuildCache, SiteFiles
from generator.diagnostics import Diagnostic
from generator.parallel import default_jobs, reporting
from generator.write import WriteReport, write_site

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
            gc.enable()


@dataclass(frozen=True)
class BuildResult:
    files: Mapping[str, bytes]
    warnings: tuple[Diagnostic, ...]
    seconds: float
    report: WriteReport | None = None
    # How long each stage took, in order: [("load", 0.8), ...].
    stages: tuple[tuple[str, float], ...] = ()

    @property
    def pages(self) -> int:
        return sum(1 for path in self.files if path.endswith(".html"))


class _Stopwatch:
    def __init__(self):
        self.start = self.last = time.perf_counter()
        self.laps: list[tuple[str, float]] = []

    @contextmanager
    def stage(self, name: str):
        yield
        now = time.perf_counter()
        self.laps.append((name, now - self.last))
        self.last = now

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.start


def render(root: Path, base_url: str | None = None, *, jobs: int | None = None) -> tuple[dict[str, bytes], tuple[Diagnostic, ...]]:
    """Everything but the write: the files a build would produce, and its warnings."""
    from generator.link import link_site
    from generator.load import load_content
    from generator.render import render_site, static_files

    jobs = default_jobs() if jobs is None else jobs
    content = load_content(root, jobs=jobs)
    graph = link_site(content, jobs=jobs)
    files = render_site(graph, root, base_url, jobs=jobs)
    files.update(static_files(root))
    return dict(sorted(files.items())), graph.warnings


def check(root: Path, base_url: str | None = None, *, jobs: int | None = None) -> BuildResult:
    """Validate a briefing as `build` would, writing nothing."""
    start = time.perf_counter()
    files, warnings = render(root, base_url, jobs=jobs)
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
) -> BuildResult:
    """Build a briefing into `out`; nothing is written unless every page rendered.

    With `cache` (the default) the build keeps what it worked out in `cache_dir`
    (default `root/.briefing-cache`) and redoes only what changed since; the
    output is the same byte for byte. `jobs` processes share the work (default:
    one per core); `progress` hears how far each stage is.
    """
    with _without_gc():
        return _build(root, out, base_url, cache, cache_dir, jobs, progress)


def _build(root, out, base_url, cache, cache_dir, jobs, progress) -> BuildResult:
    clock = _Stopwatch()
    root, out = Path(root), Path(out)
    jobs = default_jobs() if jobs is None else jobs
    with clock.stage("check"):
        memo = BuildCache(root, out, base_url, cache_dir) if cache else None
    if memo is not None and memo.unchanged():
        files = memo.site_files()
        return BuildResult(files, memo.warnings, clock.seconds, WriteReport(0, len(files), 0), tuple(clock.laps))
    # The stages load Jinja, Markdown and YAML: a build with nothing to do never needs them.
    from generator.link import link_site
    from generator.load import load_content
    from generator.render import render_site, static_files

    with reporting(progress):
        with clock.stage("load"):
            content = load_content(root, jobs=jobs, memo=memo.parsed() if memo else None)
        with clock.stage("link"):
            graph = link_site(content, jobs=jobs, memo=memo.link() if memo else None)
        with clock.stage("render"):
            pages = memo.pages(graph, base_url) if memo else None
            files = render_site(graph, root, base_url, jobs=jobs, memo=pages)
            files.update(static_files(root))
        with clock.stage("write"):
            kept = pages.fresh_paths if pages else set()
            report = write_site(files, out, keep=kept)
            site = SiteFiles(files, out, kept)
        if memo is not None:
            with clock.stage("cache"):
                memo.save(site, graph.warnings)
    return BuildResult(site, graph.warnings, clock.seconds, report, tuple(clock.laps))
