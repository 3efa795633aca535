"""Time the Pages workflow's build step, cold and with the build cache a previous run left.

    python3 benchmarks/ci_build.py                 # 10,000 articles, 500 entities, one run of each
    python3 benchmarks/ci_build.py --n 1000 --runs 3

It runs the `run:` line of the build step of .github/workflows/pages.yml, with
the environment that step sets (the expressions filled in as the runner would,
without a BRIEFING_CACHE_KEY secret), as a whole process, on a generated briefing:

- cold: a fresh runner folder, as on the first run or after a change of the
  generator, its templates or Python (the cache key misses);
- one article changed: a fresh checkout of the briefing at the same path with one
  article edited, and the runner folder as actions/cache restores it (a copy of
  what the cold run left, file times included, as its tar keeps them);
- nothing changed: the same, with no edit (a push that changed no content).

Each is the median wall time of `--runs` processes. The output after the
one-article change is compared byte for byte with a cold build of the same
checkout. It also prints the size of what actions/cache stores.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402
from run import Briefing, timed  # noqa: E402

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


def build_step() -> dict:
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    return next(s for s in workflow["jobs"]["build"]["steps"] if "briefing build" in s.get("run", ""))


def step_env(step: dict, runner: Path, bin_dir: Path) -> dict[str, str]:
    values = {"runner.temp": str(runner), "steps.pages.outputs.base_url": "https://example.org/bench", "secrets.BRIEFING_CACHE_KEY": ""}
    env = {k: v for k, v in os.environ.items() if k not in ("BRIEFING_CACHE_KEY", "XDG_CACHE_HOME")}
    for name, value in step["env"].items():
        for key, filled in values.items():
            value = value.replace(f"${{{{ {key} }}}}", filled)
        env[name] = value
    env.update(PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", PYTHONPATH=str(REPO), RUNNER_TEMP=str(runner))
    return env


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10000, help="articles (default: 10000)")
    parser.add_argument("--entities", type=int, default=500)
    parser.add_argument("--runs", type=int, default=1, help="runs per measurement; the median is shown (default: 1)")
    parser.add_argument("--workdir", type=Path, default=None, help="where the briefing is written (default: a temporary folder)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="ci-build-", dir=args.workdir))
    bin_dir = work / "bin"
    bin_dir.mkdir()
    (bin_dir / "briefing").write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m generator "$@"\n', "utf-8")
    (bin_dir / "briefing").chmod(0o755)
    source = make_corpus(work / "source", articles=args.n, entities=args.entities)
    checkout, runner, saved = work / "checkout" / "briefing", work / "runner", work / "saved"
    step = build_step()
    env = step_env(step, runner, bin_dir)
    command = ["bash", "-e", "-c", step["run"]]
    print(f"{args.n} articles, {args.entities} entities; the build step: {step['run']}")
    print(f"{os.cpu_count()} cores; other work on this machine at the same time slows every figure below")

    def fresh_checkout(edit: int = 0) -> None:
        shutil.rmtree(checkout, ignore_errors=True)
        shutil.copytree(source, checkout)
        briefing = Briefing(checkout)
        briefing.edits = edit - 1
        if edit:
            briefing.edit_seed()

    def run(label: str, restore: bool, edit: int) -> tuple[float, float, str]:
        fresh_checkout(edit)
        shutil.rmtree(runner, ignore_errors=True)
        if restore:
            shutil.copytree(saved, runner / "briefing")  # copy2: file times kept, as actions/cache's tar keeps them
        seconds, peak, text = timed(command, checkout, env)
        if "built " not in text:
            raise SystemExit(f"{label}: the build failed:\n{text}")
        return seconds, peak, text

    rows = []
    cold = [run("cold", False, 0) for _ in range(args.runs)]
    shutil.copytree(runner / "briefing", saved)
    cache_mb = {name: size_mb(saved / name) for name in ("cache", "site")}
    rows.append(("cold (no cache: first run, or a new generator, template or Python)", cold))
    for label, edit in (("cache restored, one article changed", 1), ("cache restored, nothing changed", 0)):
        runs = [run(label, True, edit + i if edit else 0) for i in range(args.runs)]
        rows.append((label, runs))
        if not edit:
            continue  # nothing to rebuild; the cache's no-op is covered by tests/test_workflow.py
        restored = tree(runner / "briefing" / "site")
        out = work / "cold-site"
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "generator", "build", "--no-cache", "--base-url", "https://example.org/bench/",
                        "--out", str(out)], cwd=checkout, env={**env, "PYTHONPATH": str(REPO)}, check=True, capture_output=True)
        same = restored == tree(out)
        print(f"{label}: output {'identical to' if same else 'DIFFERENT FROM'} a cold build of the same checkout")
    print()
    print(f"| build step, {args.n:,} articles | wall time | peak memory | output |")
    print("| --- | --- | --- | --- |")
    for label, runs in rows:
        seconds = statistics.median(r[0] for r in runs)
        peak = max(r[1] for r in runs)
        line = next((l for l in runs[-1][2].splitlines() if l.startswith("built ")), "")
        written = line[line.find("(") + 1:line.find(")")] if "(" in line else ""
        print(f"| {label} | {seconds:.1f} s | {peak:.0f} MB | {written} |")
    print()
    print(f"actions/cache stores {cache_mb['cache']:.0f} MB of build cache and {cache_mb['site']:.0f} MB of site "
          "(before its zstd compression)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"({time.perf_counter() - started:.0f} s in all)")
