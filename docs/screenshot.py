"""Make docs/screenshot.png, the README's picture: the home page of the shipped briefing.

    python3 docs/screenshot.py

Builds the repository's own briefing into a temporary folder and photographs
its home page with Playwright driving Debian's Chromium (/usr/bin/chromium),
headless, at a laptop's width. The picture is a JPEG-sized PNG: 1 device pixel
per CSS pixel, the top of the page only.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CHROMIUM = "/usr/bin/chromium"
OUT = HERE / "screenshot.png"
LIMIT = 150_000


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        subprocess.run(
            [sys.executable, "-m", "generator", "build", "--no-cache", "--out", str(site)],
            cwd=REPO, check=True, capture_output=True,
        )
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1000, "height": 640}, device_scale_factor=1, color_scheme="light")
            page.goto((site / "index.html").as_uri())
            page.screenshot(path=str(OUT), full_page=False)
            browser.close()
    size = OUT.stat().st_size
    print(f"{OUT.relative_to(REPO)}: {size / 1000:.0f} KB")
    if size > LIMIT:
        raise SystemExit(f"larger than {LIMIT // 1000} KB: make the viewport smaller")


if __name__ == "__main__":
    main()
