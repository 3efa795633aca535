"""The command line: the only layer that prints or exits."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import __version__
from generator.build import build, check
from generator.diagnostics import BuildFailed
from generator.ingest import ingest_articles


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

    p = sub.add_parser("check", help="validate without writing", description="Load, link and render the briefing as build does, write nothing, and report every problem.")
    _root_options(p)

    p = sub.add_parser(
        "ingest", help="add articles to seeds/ and draft an event for each",
        description="Copy each article into seeds/ under a stable name (<published date>-<headline>) and write a "
        "draft event in content/events/ holding what was extracted, with the lines the reader was unsure of as "
        "comments. Existing files are never overwritten; ingesting the same article again changes nothing.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a raw article (.txt) or a Markdown article with front matter (.md)")
    p.add_argument(
        "--root", type=Path, default=Path("."), metavar="DIR",
        help="the briefing folder holding seeds/ and content/ (default: current folder)",
    )
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
    try:
        result = build(root, out, args.base_url)
    except BuildFailed as exc:
        _print_problems(exc, root)
        print(f"build failed: 0 pages written, {len(exc.diagnostics)} error(s); {out} left as it was", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(warning.shown(_display_root(root)), file=sys.stderr)
    report = result.report
    print(
        f"built {result.pages} pages into {out} ({report.written} written, {report.unchanged} unchanged, "
        f"{report.removed} removed): 0 errors, {len(result.warnings)} warnings, {result.seconds:.2f} s"
    )
    return 0


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


def _cmd_ingest(args) -> int:
    try:
        results = ingest_articles(args.root, args.files)
    except BuildFailed as exc:
        _print_problems(exc, args.root)
        print(f"ingest failed: nothing added, {len(exc.diagnostics)} error(s)", file=sys.stderr)
        return 1
    shown = lambda path: _relative_path(path)  # noqa: E731
    for r in results:
        print(f"{shown(r.seed)}: {'added from' if r.added else 'already holds'} {shown(r.source)}")
        if r.drafted:
            check = f", {r.unsure} line(s) to check" if r.unsure else ""
            print(f"{shown(r.draft)}: draft event written{check}")
        else:
            print(f"{shown(r.draft)}: no draft written ({r.reason})")
    added, drafts = sum(r.added for r in results), sum(r.drafted for r in results)
    print(f"ingested {len(results)} article(s): {added} added, {len(results) - added} already in seeds/; {drafts} draft(s) written")
    return 0


def _relative_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


COMMANDS = {"build": _cmd_build, "check": _cmd_check, "ingest": _cmd_ingest}


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
