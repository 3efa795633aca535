"""Edit-to-reload latency of `python -m generator serve` on the shipped briefing.

A copy of the shipped briefing is served on a free port. Each run saves a new
sentence into a seed and times how long until

  - the reload socket tells open pages to reload (a livereload client), and
  - the new sentence is on screen in headless Chromium (when /usr/bin/chromium is there).

Target: under one second, median, from save to new text on screen.

    PYTHONPATH=$PWD python benchmarks/serve_latency.py [--runs 15]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from preview_server import Preview, ReloadSocket  # noqa: E402

TARGET = 1.0
CHROMIUM = Path("/usr/bin/chromium")
SEED = "seeds/2026-05-30-tokyo-reasons-nsatu.md"
EVENT = "events/japan-officers-to-nsatu/"
ANCHOR = "is small in numbers but large in symbolism."
CONNECTED = "() => !!(window.LiveReload && window.LiveReload.connector && window.LiveReload.connector.protocol)"


def _save(seed: Path, original: str, marker: str) -> float:
    text = original.replace(ANCHOR, f"{ANCHOR} {marker}.")
    started = time.perf_counter()
    seed.write_text(text, "utf-8")
    return started


def _report(name: str, seconds: list[float]) -> float:
    median = statistics.median(seconds)
    p90 = sorted(seconds)[max(0, round(0.9 * len(seconds)) - 1)]
    print(f"{name:<34} median {median * 1000:6.0f} ms   p90 {p90 * 1000:6.0f} ms   min {min(seconds) * 1000:6.0f} ms   max {max(seconds) * 1000:6.0f} ms   ({len(seconds)} runs)")
    return median


def _socket_runs(preview: Preview, seed: Path, original: str, runs: int) -> list[float]:
    found = []
    with ReloadSocket(preview, origin=preview.origin) as socket_:
        for n in range(runs):
            started = _save(seed, original, f"Socket marker {n}")
            message = socket_.next_message()
            assert message["command"] == "reload", message
            found.append(time.perf_counter() - started)
            time.sleep(0.3)
    return found


def _browser_runs(preview: Preview, seed: Path, original: str, runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    found = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        page = browser.new_page()
        page.goto(preview.url + EVENT)
        for n in range(runs):
            marker = f"Screen marker {n}"
            page.wait_for_function(CONNECTED)
            time.sleep(0.2)
            started = _save(seed, original, marker)
            page.wait_for_function(f"() => document.body && document.body.innerText.includes({marker!r})", polling="raf", timeout=10_000)
            found.append(time.perf_counter() - started)
        browser.close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "briefing"
        for folder in ("seeds", "content", "templates"):
            shutil.copytree(REPO / folder, root / folder)
        seed = root / SEED
        original = seed.read_text("utf-8")
        assert ANCHOR in original
        with Preview(root) as preview:
            time.sleep(0.5)
            socket_times = _socket_runs(preview, seed, original, args.runs)
            browser_times = _browser_runs(preview, seed, original, args.runs) if CHROMIUM.exists() else []
            builds = [float(line.split(" in ")[1].split(" s")[0]) for line in preview.output() if line.startswith("built ")]

    print(f"serve latency on the shipped briefing ({len(list((REPO / 'seeds').iterdir()))} seeds)")
    _report("build (server's own timing)", builds[1:])
    _report("save -> reload message", socket_times)
    if not browser_times:
        print(f"no {CHROMIUM}: save -> new text on screen not measured")
        return 0
    median = _report("save -> new text on screen", browser_times)
    verdict = "met" if median < TARGET else "NOT met"
    print(f"target: median save -> screen under {TARGET:.1f} s: {verdict}")
    return 0 if median < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
