"""Screenshots of every page type of the shipped briefing: desktop and phone, light and dark.

The briefing is built into a temporary folder, served under a sub-path as
GitHub project pages serve it, and photographed in headless Debian Chromium
(Playwright drives /usr/bin/chromium) at 1280 and 390 pixels wide, in the
light and the dark colour scheme: 7 page types x 2 widths x 2 schemes.

    PYTHONPATH=$PWD python benchmarks/screenshots.py [OUT]     (default: screenshots/)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from chromium import chromium  # noqa: E402
from static_server import StaticSite  # noqa: E402

from generator.cli import main as briefing  # noqa: E402

WIDTHS = {"desktop": 1280, "phone": 390}
SCHEMES = ("light", "dark")
# Page type: the address of one page of that type in the shipped briefing.
PAGES = {
    "home": "",
    "timeline": "timeline/",
    "event": "events/japan-officers-to-nsatu/",
    "entity": "entities/nsatu/",
    "entities": "entities/",
    "search": "search/?q=NSATU",
    "404": "no-such-page/",
}


def build(into: Path) -> Path:
    """Build a copy of the shipped briefing under `into`; return the site folder."""
    root = into / "briefing"
    for folder in ("seeds", "content", "templates"):
        shutil.copytree(REPO / folder, root / folder)
    site = into / "site"
    if briefing(["build", "--root", str(root), "--out", str(site), "--base-url", "/repo/"]) != 0:
        raise SystemExit("the shipped briefing did not build")
    return site


def shoot(site: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    with StaticSite(site, "/repo/") as url, chromium() as browser:
        for device, width in WIDTHS.items():
            for scheme in SCHEMES:
                context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme, device_scale_factor=1)
                page = context.new_page()
                for name, address in PAGES.items():
                    page.goto(url + address)
                    if name == "search":
                        page.wait_for_selector("#search-results li", timeout=10_000)
                    path = out / f"{name}-{device}-{scheme}.png"
                    page.screenshot(path=str(path), full_page=True)
                    made.append(path)
                context.close()
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="screenshots", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        made = shoot(build(Path(tmp)), args.out)
    for path in made:
        print(f"{path}  {path.stat().st_size // 1024} KB")
    print(f"{len(made)} screenshots in {args.out}/")


if __name__ == "__main__":
    main()
