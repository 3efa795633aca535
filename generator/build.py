"""The pipeline, top to bottom: load → link → render → write."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path

from generator.diagnostics import BuildFailed, Diagnostic, Location
from generator.link import link_site
from generator.linkcheck import check_links
from generator.load import load_content
from generator.render import BaseURL, render_site, static_files
from generator.write import WriteReport, write_site


@dataclass(frozen=True)
class BuildResult:
    files: dict[str, bytes]
    warnings: tuple[Diagnostic, ...]
    seconds: float
    report: WriteReport | None = None

    @property
    def pages(self) -> int:
        return sum(1 for path in self.files if path.endswith(".html"))


def _render(root: Path, base_url: str | None) -> tuple[dict[str, bytes], tuple[Diagnostic, ...], BaseURL]:
    content = load_content(root)
    graph = link_site(content)
    files = render_site(graph, root, base_url)
    files.update(static_files(root))
    base = BaseURL.choose(base_url, graph.config.url)
    warnings = graph.warnings
    if not base.absolute:
        where = graph.config.location or Location(Path(root) / "content" / "site.yaml")
        if base_url is None:
            why = "no absolute 'url' here, so no Atom feeds and no sitemap.xml: set url: https://… or pass --base-url https://…"
        else:
            why = (f"--base-url {base_url} has no host and there is no absolute 'url' here, so no Atom feeds "
                   "and no sitemap.xml: set url: https://… or pass the full address, https://…")
        warnings += (Diagnostic(where, why, "warning"),)
    return dict(sorted(files.items())), warnings, base


def render(root: Path, base_url: str | None = None) -> tuple[dict[str, bytes], tuple[Diagnostic, ...]]:
    """Everything but the write: the files a build would produce, and its warnings."""
    files, warnings, _ = _render(root, base_url)
    return files, warnings


def check(root: Path, base_url: str | None = None) -> BuildResult:
    """Validate a briefing as `build` would, and every internal link of the result, writing nothing."""
    start = time.perf_counter()
    files, warnings, base = _render(root, base_url)
    broken = check_links(files, base.path, base.absolute, Path(root) / "site")
    if broken:
        raise BuildFailed(broken)
    return BuildResult(files, warnings, time.perf_counter() - start)


def build(root: Path, out: Path, base_url: str | None = None) -> BuildResult:
    """Build a briefing into `out`; nothing is written unless every page rendered."""
    start = time.perf_counter()
    files, warnings, base = _render(root, base_url)
    # A dead link costs the reader one click, not the whole site: build warns, check refuses.
    broken = check_links(files, base.path, base.absolute, Path(out))
    warnings += tuple(replace(d, severity="warning") for d in broken)
    report = write_site(files, out)
    return BuildResult(files, warnings, time.perf_counter() - start, report)
