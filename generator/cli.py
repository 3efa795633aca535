"""The command line: the only layer that prints or exits."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import __version__
from generator.build import build, check
from generator.diagnostics import BuildFailed


def _root_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--root", type=Path, default=Path("."), metavar="DIR",
        help="the briefing folder holding seeds/, content/ and optionally templates/ (default: current folder)",
    )
    parser.add_argument(
        "--base-url", metavar="URL", default=None,
        help="where the site will be served, e.g. https://user.github.io/briefing/ or /briefing/ "
        "(default: 'url' in content/site.yaml)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn raw news articles (seeds/) and curated facts (content/) into a static briefing website.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("build", help="build the site into site/", description="Build the briefing into a static site. Nothing is written unless every page renders.")
    _root_options(p)
    p.add_argument("--out", type=Path, default=None, metavar="DIR", help="output folder (default: ROOT/site)")
    p.add_argument("--verbose", "-v", action="store_true", help="print how long each stage took")
    p.add_argument(
        "--cache-dir", type=Path, default=None, metavar="DIR",
        help="where the build keeps what it worked out, to redo only what changed (default: ROOT/.briefing-cache; safe to delete)",
    )
    p.add_argument("--no-cache", action="store_true", help="build everything from scratch, and keep no cache")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="processes to use (default: one per core)")

    p = sub.add_parser("check", help="validate without writing", description="Load, link and render the briefing as build does, write nothing, and report every problem.")
    _root_options(p)
    return parser


def _print_problems(exc: BuildFailed, root: Path) -> None:
    for diagnostic in exc.diagnostics:
        print(diagnostic.shown(_display_root(root)), file=sys.stderr)


def _display_root(root: Path) -> Path | None:
    # Paths are shown relative to the current folder when the briefing is inside it.
    try:
        return Path.cwd()
    except OSError:  # pragma: no cover - cwd deleted
        return None


def _cmd_build(args) -> int:
    root = args.root
    out = args.out if args.out is not None else root / "site"
    if out.resolve() == root.resolve() or root.resolve().is_relative_to(out.resolve()):
        print(f"error: --out {out} would hold the briefing's own files; choose an empty or build-only folder", file=sys.stderr)
        return 2
    progress = _ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        result = build(
            root, out, args.base_url, cache=not args.no_cache, cache_dir=args.cache_dir,
            jobs=args.jobs, progress=progress,
        )
    except BuildFailed as exc:
        if progress:
            progress.clear()
        _print_problems(exc, root)
        print(f"build failed: 0 pages written, {len(exc.diagnostics)} error(s); {out} left as it was", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(warning.shown(_display_root(root)), file=sys.stderr)
    if progress:
        progress.clear()
    if args.verbose:
        for stage, seconds in result.stages:
            print(f"  {stage:<8} {seconds:7.3f} s", file=sys.stderr)
    report = result.report
    print(
        f"built {result.pages} pages into {out} ({report.written} written, {report.unchanged} unchanged, "
        f"{report.removed} removed): 0 errors, {len(result.warnings)} warnings, {result.seconds:.2f} s"
    )
    return 0


class _ProgressBar:
    """One line on a terminal that shows how far the stage at work is."""

    def __init__(self, stream, width: int = 30):
        self.stream = stream
        self.width = width
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        filled = self.width * done // max(total, 1)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{stage:<10} [{bar}] {done}/{total}")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False


def _cmd_check(args) -> int:
    try:
        result = check(args.root, args.base_url)
    except BuildFailed as exc:
        _print_problems(exc, args.root)
        print(f"check failed: {len(exc.diagnostics)} error(s)", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(warning.shown(_display_root(args.root)), file=sys.stderr)
    print(f"checked {result.pages} pages: 0 errors, {len(result.warnings)} warnings, {result.seconds:.2f} s")
    return 0


COMMANDS = {"build": _cmd_build, "check": _cmd_check}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
