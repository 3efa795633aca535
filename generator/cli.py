"""The command line: the only layer that prints or exits."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from generator import __version__
from generator.build import build, check
from generator.diagnostics import BuildFailed
from generator.write import OutputRefused, check_output


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


_CI_PUBLISHING = """\
publishing from CI with the build cache:
  A CI job that builds the site and publishes the folder itself (GitHub Pages'
  workflow, or any other CI) renders once and keeps the build cache between runs:

  1. restore a folder kept outside the checkout, at the same path every run
     (here $HOME/ci-cache), under a key made of the generator's version (or a
     hash of its code and templates) and the Python version, then the content's
     hash; fall back to the newest entry whose key starts the same;
  2. build into it, with the cache and the key that signs the cache there too:
       XDG_CACHE_HOME="$HOME/ci-cache/key" briefing build --strict \\
         --base-url https://user.github.io/briefing/ --out "$HOME/ci-cache/site" --cache-dir "$HOME/ci-cache/cache"
     (--strict fails on what check refuses; or sign with a CI secret in
     BRIEFING_CACHE_KEY instead of the key file);
  3. publish $HOME/ci-cache/site, and save the folder under this run's key.

  A one-article change then rebuilds what it touched, and the site is the same,
  byte for byte, as a cold build's. .github/workflows/pages.yml does this with
  actions/cache; the README's Publishing section says more.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
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
    p.add_argument(
        "--strict", action="store_true",
        help="fail, writing nothing, on what check refuses: a broken internal link or #anchor in any page, "
        "feed or the sitemap (without it they are warnings); CI builds and checks in one pass with it",
    )

    p = sub.add_parser("check", help="validate without writing", description="Load, link and render the briefing as build does, check every internal link and #anchor, write nothing, and report every problem.")
    _root_options(p)

    p = sub.add_parser(
        "serve", help="preview the site, reloading the browser on every change",
        description="Build the briefing into ROOT/.preview (never site/), serve it on this machine and reload "
        "the browser whenever a seed, a content file, a template or a static file changes.",
    )
    _root_options(p)
    p.add_argument("--host", default="127.0.0.1", metavar="H", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, metavar="N", help="port to listen on; 0 picks a free one (default: 8000)")
    p.add_argument("--open", action="store_true", help="open the preview in the web browser")

    p = sub.add_parser(
        "publish", help="build, check and push the site to a gh-pages branch",
        description="Build the site afresh, check it, and commit exactly the built files (plus .nojekyll and CNAME) "
        "as a new commit on top of the branch, then push it. Your working tree, index and current branch are left alone.",
        epilog=_CI_PUBLISHING, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _root_options(p)
    p.add_argument("--remote", default="origin", metavar="R", help="the remote to push to: a name or a URL (default: origin)")
    p.add_argument("--branch", default="gh-pages", metavar="B", help="the branch GitHub Pages serves (default: gh-pages)")
    p.add_argument("--cname", default=None, metavar="DOMAIN", help="custom domain to write to CNAME (default: keep the branch's CNAME, if any)")
    p.add_argument("--message", "-m", default=None, metavar="M", help="the commit message (default: 'Publish the briefing')")
    p.add_argument(
        "--force", action="store_true",
        help="publish even if that removes more than half of the pages the branch serves now "
        "(without it, publish refuses, so an emptied or half checked-out briefing never replaces the site); "
        "the push itself is never forced",
    )

    p = sub.add_parser(
        "ingest", help="add articles to seeds/ and draft an event for each",
        description="Copy each article into seeds/ under a stable name (<published date>-<headline>) and write a "
        "draft event in content/events/ holding what was extracted, with the lines the reader was unsure of as "
        "comments. An article that reports a curated event gets no draft: ingest prints what to add to that event's file. "
        "A near-copy of an article already in seeds/ is reported and not added. "
        "Existing files are never overwritten; ingesting the same article again changes nothing.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a raw article (.txt) or a Markdown article with front matter (.md)")
    p.add_argument(
        "--root", type=Path, default=Path("."), metavar="DIR",
        help="the briefing folder holding seeds/ and content/ (default: current folder)",
    )
    return parser


def _show(diagnostics) -> None:
    # Paths are shown relative to the current folder when the briefing is inside it.
    try:
        here = Path.cwd()
    except OSError:  # pragma: no cover - cwd deleted
        here = None
    for diagnostic in diagnostics:
        print(diagnostic.shown(here), file=sys.stderr)


def _attempt(run, failure: str, progress=None):
    """Run build or check: print its errors and `failure` (None returned), or its warnings."""
    try:
        result = run()
    except BuildFailed as exc:
        if progress:
            progress.clear()
        _show(exc.diagnostics)
        print(failure.format(errors=len(exc.diagnostics)), file=sys.stderr)
        return None
    if progress:
        progress.clear()
    _show(result.warnings)
    return result


def _cmd_build(args) -> int:
    root = args.root
    out = args.out if args.out is not None else root / "site"
    # The build refuses such a folder too (for every caller); here it is a usage error.
    try:
        check_output(root, out, args.cache_dir)
    except OutputRefused as exc:
        print(f"error: {'--out: ' if args.out is not None else ''}{exc.message}", file=sys.stderr)
        return 2
    progress = _ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    result = _attempt(
        lambda: build(
            root, out, args.base_url, cache=not args.no_cache, cache_dir=args.cache_dir,
            jobs=args.jobs, progress=progress, strict=args.strict,
        ),
        f"build failed: 0 pages written, {{errors}} error(s); {out} left as it was",
        progress,
    )
    if result is None:
        return 1
    if args.verbose:
        # Wall time, then CPU time here and in the worker processes: a stage
        # whose CPU is mostly in workers ran in parallel.
        cpu = {stage: (here, workers) for stage, here, workers in result.cpu}
        for stage, seconds in result.stages:
            here, workers = cpu.get(stage, (0.0, 0.0))
            print(f"  {stage:<8} {seconds:7.3f} s   CPU {here:6.2f} s + {workers:6.2f} s in workers", file=sys.stderr)
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
    result = _attempt(lambda: check(args.root, args.base_url), "check failed: {errors} error(s)")
    if result is None:
        return 1
    print(f"checked {result.pages} pages: 0 errors, {len(result.warnings)} warnings, {result.seconds:.2f} s")
    return 0


def _cmd_serve(args) -> int:
    # Imported here: the server's libraries are not needed to build.
    from generator.serve import ServeError, serve

    # The server reports as it goes (builds, errors, warnings): its log is the terminal output.
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    logging.getLogger("generator").setLevel(logging.INFO)
    try:
        serve(args.root, host=args.host, port=args.port, base_url=args.base_url, open_browser=args.open)
    except ServeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _cmd_publish(args) -> int:
    from generator.publish import PublishFailed, publish_site

    result = _attempt(
        lambda: check(args.root, args.base_url),
        "publish refused: the site does not check ({errors} error(s)); nothing was pushed",
    )
    if result is None:
        return 1
    try:
        report = publish_site(
            result.files, args.root, remote=args.remote, branch=args.branch, cname=args.cname,
            message=args.message, force=args.force,
        )
    except PublishFailed as exc:
        print(f"publish refused: {exc}", file=sys.stderr)
        return 1
    if not report.changed:
        print(f"nothing to publish: {report.branch} on {report.remote} already holds this site ({report.commit[:12]})")
    else:
        on_top = f"on top of {report.parent[:12]}" if report.parent else "the branch's first commit"
        print(f"published {report.files} files to {report.branch} on {report.remote}: commit {report.commit[:12]}, {on_top}")
    return 0


def _cmd_ingest(args) -> int:
    # Imported here, as serve's and publish's are: a build with nothing to do
    # would otherwise spend longer importing them than building.
    from generator.ingest import ingest_articles

    try:
        results = ingest_articles(args.root, args.files)
    except BuildFailed as exc:
        _show(exc.diagnostics)
        print(f"ingest failed: nothing added, {len(exc.diagnostics)} error(s)", file=sys.stderr)
        return 1
    shown = lambda path: _relative_path(path)  # noqa: E731
    for r in results:
        if r.copied:
            print(f"{shown(r.source)}: near-copy of {shown(r.seed)} ({r.copied} the same text): not added")
            continue
        print(f"{shown(r.seed)}: {'added from' if r.added else 'already holds'} {shown(r.source)}")
        if r.snippet:
            print(f"{shown(r.seed)}: no draft written ({r.reason}); {r.snippet}")
        elif r.drafted:
            check = f", {r.unsure} line(s) to check" if r.unsure else ""
            print(f"{shown(r.draft)}: draft event written{check}")
        else:
            print(f"{shown(r.draft)}: no draft written ({r.reason})")
    added, drafts = sum(r.added for r in results), sum(r.drafted for r in results)
    copies = sum(bool(r.copied) for r in results)
    more = f"; {copies} near-copy(ies) not added" if copies else ""
    print(f"ingested {len(results)} article(s): {added} added, {len(results) - added - copies} already in seeds/; {drafts} draft(s) written{more}")
    return 0


def _relative_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


COMMANDS = {
    "build": _cmd_build,
    "check": _cmd_check,
    "serve": _cmd_serve,
    "publish": _cmd_publish,
    "ingest": _cmd_ingest,
}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if args.command != "serve":
        # A command that runs once: collecting cycles would only walk the
        # build's millions of objects again as the process exits.
        gc.disable()
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
