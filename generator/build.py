"""The pipeline, top to bottom: load → link → render → write."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.link import link_site
from generator.load import load_content
from generator.render import render_site, static_files
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


def render(root: Path, base_url: str | None = None) -> tuple[dict[str, bytes], tuple[Diagnostic, ...]]:
    """Everything but the write: the files a build would produce, and its warnings."""
    content = load_content(root)
    graph = link_site(content)
    files = render_site(graph, root, base_url)
    files.update(static_files(root))
    return dict(sorted(files.items())), graph.warnings


def check(root: Path, base_url: str | None = None) -> BuildResult:
    """Validate a briefing as `build` would, writing nothing."""
    start = time.perf_counter()
    files, warnings = render(root, base_url)
    return BuildResult(files, warnings, time.perf_counter() - start)


def build(root: Path, out: Path, base_url: str | None = None) -> BuildResult:
    """Build a briefing into `out`; nothing is written unless every page rendered."""
    start = time.perf_counter()
    files, warnings = render(root, base_url)
    report = write_site(files, out)
    return BuildResult(files, warnings, time.perf_counter() - start, report)
