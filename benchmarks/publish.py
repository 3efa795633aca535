"""Time what `check` and `publish` add on a large made-up briefing.

    python benchmarks/publish.py [EVENTS] [ENTITIES]

Targets, as shares of the time the rest of the pipeline takes (so that they hold on
a loaded machine too): the link check adds under half of what rendering takes, the
feeds under a quarter; a first publish of the whole site takes under 10 s.
Prints the figures and exits 1 if a target is missed.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.build import render  # noqa: E402
from generator.feeds import feed_files  # noqa: E402
from generator.link import link_site  # noqa: E402
from generator.linkcheck import check_links  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.publish import publish_site  # noqa: E402

RENDER = "render (whole pipeline, no write)"
# label: (limit, what the limit is measured in)
TARGETS = {"link check": (0.5, "render"), "feeds": (0.25, "render"), "publish": (10.0, "s")}


def make_briefing(root: Path, events: int, entities: int) -> None:
    (root / "content/entities").mkdir(parents=True)
    (root / "content/events").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "content/site.yaml").write_text("title: Bench\nurl: https://bench.example.org/briefing/\n", encoding="utf-8")
    for i in range(entities):
        (root / f"content/entities/e{i}.yaml").write_text(
            f"id: e{i}\nname: Entity number {i}\nkind: organisation\nsummary: The {i}th body.\n", encoding="utf-8"
        )
    for i in range(events):
        date = f"{2000 + i % 25}-{1 + i % 12:02d}" + (f"-{1 + i % 28:02d}" if i % 3 else "")
        involved = "".join(f"\n  - e{(i * 7 + k) % entities}" for k in range(3))
        (root / f"content/events/v{i}.yaml").write_text(
            f"id: v{i}\ntitle: Event {i}\ndate: {date}\nsummary: |\n  Entity number {i % entities} acted; see [the timeline](../../timeline/).\n"
            f"entities:{involved}\n",
            encoding="utf-8",
        )


def timed(label: str, figures: dict, fn):
    start = time.perf_counter()
    result = fn()
    figures[label] = time.perf_counter() - start
    return result


def main() -> int:
    events = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    entities = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "briefing"
        make_briefing(root, events, entities)
        files, _ = timed(RENDER, figures, lambda: render(root))
        graph = link_site(load_content(root))
        timed("feeds", figures, lambda: feed_files(graph, "https://bench.example.org/briefing/", list(files)))
        broken = timed("link check", figures, lambda: check_links(files, "/briefing/", "https://bench.example.org/briefing/", root / "site"))
        assert not broken, broken[:3]
        remote = Path(tmp) / "remote.git"
        subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
        for args in (["init", "-q", "-b", "main"], ["config", "user.name", "Bench"], ["config", "user.email", "bench@example.org"],
                     ["remote", "add", "origin", str(remote)]):
            subprocess.run(["git", *args], cwd=root, check=True)
        timed("publish", figures, lambda: publish_site(files, root))
    pages = sum(1 for p in files if p.endswith(".html"))
    print(f"{events} events, {entities} entities: {pages} pages, {len(files)} files, {sum(map(len, files.values())) / 1e6:.1f} MB")
    missed = 0
    for label, seconds in figures.items():
        line = f"{label:36s} {seconds:6.2f} s"
        if label in TARGETS:
            limit, unit = TARGETS[label]
            value = seconds / figures[RENDER] if unit == "render" else seconds
            ok = value < limit
            missed += not ok
            shown = f"{value:.0%} of render, target < {limit:.0%}" if unit == "render" else f"target < {limit:.0f} s"
            line += f"  ({shown}: {'ok' if ok else 'MISSED'})"
        print(line)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
