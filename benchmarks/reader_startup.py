"""Time a new process's start on raw text: importing the reader, and a cold build, with and without its kept patterns.

    python benchmarks/reader_startup.py [--runs 7] [--build 1000]

Each figure is the median of whole `python` processes, the three kinds of start alternating run by run:
- **nothing kept**: no bytecode and no kept patterns (a clean clone, or Python told to write no bytecode);
- **bytecode only**: the modules' `.pyc` files, not the reader's kept patterns (as before `keptpatterns`);
- **both kept**: what a second run finds (`generator/articles/keptpatterns.py`).
Every run has a bytecode folder of its own (`PYTHONPYCACHEPREFIX`), so the checkout's is neither used nor touched.
With `--build N` it times a cold `python -m generator build --no-cache` of a briefing of N articles made by
make_corpus (half of them raw text seeds), with only bytecode kept and with both.

Target (issue 16): the reader's import, with both kept, a fraction of a second.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402


def _timed(command: list[str], env: dict[str, str], cwd: Path = REPO) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", type=int, default=0, metavar="N", help="also time a cold build of N articles")
    args = parser.parse_args()
    base = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    base["PYTHONPATH"] = str(REPO)
    importing = [sys.executable, "-c", "import generator.articles"]
    with tempfile.TemporaryDirectory() as tmp:
        top = Path(tmp)
        kept = top / "kept"
        subprocess.run(importing, env={**base, "PYTHONPYCACHEPREFIX": str(kept)}, check=True)
        patterns = sorted(kept.rglob("*.patterns"))
        bytecode_only = top / "bytecode-only"
        shutil.copytree(kept, bytecode_only)
        for path in bytecode_only.rglob("*.patterns"):
            path.unlink()
        # Where nothing may be written (the kept and bytecode-only folders stay as they are).
        starts = {"nothing kept": lambda i: {**base, "PYTHONPYCACHEPREFIX": str(top / f"empty-{i}"), "PYTHONDONTWRITEBYTECODE": "1"},
                  "bytecode only": lambda i: {**base, "PYTHONPYCACHEPREFIX": str(bytecode_only), "PYTHONDONTWRITEBYTECODE": "1"},
                  "both kept": lambda i: {**base, "PYTHONPYCACHEPREFIX": str(kept), "PYTHONDONTWRITEBYTECODE": "1"}}
        times: dict[str, list[float]] = {name: [] for name in starts}
        for i in range(args.runs):
            for name, env in starts.items():
                times[name].append(_timed(importing, env(i)))
        print(f"kept patterns: {', '.join(f'{p.name} {p.stat().st_size // 1024} KB' for p in patterns)}")
        for name, seconds in times.items():
            print(f"import generator.articles, {name}: {statistics.median(seconds):.2f} s (median of {args.runs})")
        if args.build:
            briefing = top / "briefing"
            make_corpus(briefing, args.build, 500)
            builds: dict[str, list[float]] = {"bytecode only": [], "both kept": []}
            for i in range(args.runs):
                for name in builds:
                    out = top / "site"
                    shutil.rmtree(out, ignore_errors=True)
                    builds[name].append(_timed([sys.executable, "-m", "generator", "build", "--root", str(briefing), "--out",
                                                str(out), "--no-cache"], starts[name](i), cwd=briefing))
            for name, seconds in builds.items():
                print(f"cold build of {args.build} articles, {name}: {statistics.median(seconds):.2f} s (median of {args.runs})")


if __name__ == "__main__":
    main()
