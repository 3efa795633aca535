"""Shared fixtures: small briefings written into tmp_path from inline files."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.cli import main
from tests.frozen_readers import FrozenReaders

REPO = Path(__file__).resolve().parent.parent


def write_files(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write {relative path: text} under root; text is dedented."""
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(textwrap.dedent(data).lstrip("\n"), encoding="utf-8")
    return root


MINIMAL = {
    "content/site.yaml": """
        title: Test briefing
        description: A briefing used by the tests.
        language: en
        url: https://example.org/briefing/
    """,
    "content/entities/alliance.yaml": """
        id: alliance
        name: North Atlantic Alliance
        short_name: NAA
        kind: alliance
        aliases: [the Alliance]
        summary: A test alliance.
        facts:
          - text: Founded by treaty.
            sources: [https://example.org/treaty]
    """,
    "content/entities/command.yaml": """
        id: command
        name: Assistance Command
        short_name: ASCOM
        native_name: 支援司令部
        native_lang: ja
        kind: command
        parent: alliance
        founded: 2024-07
    """,
    "content/events/founding.yaml": """
        id: command-founded
        title: The Assistance Command is founded
        date: 2024-07
        entities:
          - id: command
            role: founded
    """,
    "seeds/2026-05-29-posting.md": """
        ---
        title: Four officers posted to the Assistance Command
        published: 2026-05-29
        publisher: Test Wire
        url: https://example.org/news/posting
        ---
        On 29 May the NAA said four officers would join ASCOM.
    """,
}


_FROZEN_READERS = pytest.StashKey[FrozenReaders]()


def pytest_configure(config):
    config.addinivalue_line("markers", "frozen_reader(commit, sets): a test of the figures the reader of an earlier "
                                       "commit gave for these corpus sets (measured beside the suite: tests/frozen_readers.py)")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The frozen readers' tests last: their readers run beside the tests before them."""
    items.sort(key=lambda item: item.get_closest_marker("frozen_reader") is not None)


def pytest_collection_finish(session):
    wanted = [marker.args for item in session.items if (marker := item.get_closest_marker("frozen_reader"))]
    if wanted and not session.config.option.collectonly:
        session.config.stash[_FROZEN_READERS] = FrozenReaders(wanted)


def pytest_unconfigure(config):
    if _FROZEN_READERS in config.stash:
        config.stash[_FROZEN_READERS].stop()


@pytest.fixture
def frozen_tables(request):
    """What this test's frozen reader (its `frozen_reader` mark) printed over its sets: (with its model, by its rules alone)."""
    commit, sets = request.node.get_closest_marker("frozen_reader").args
    return lambda: request.config.stash[_FROZEN_READERS].tables(commit, tuple(sets))


@pytest.fixture(autouse=True)
def _cache_key_home(tmp_path_factory, monkeypatch):
    """Builds sign their caches with a key kept in a folder of the test's own, never in the real home."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
    monkeypatch.delenv("BRIEFING_CACHE_KEY", raising=False)


@pytest.fixture
def briefing(tmp_path):
    """A factory: briefing(files=None, base=MINIMAL) -> root folder of a new briefing."""

    def make(files: dict[str, str | bytes] | None = None, base: dict | None = None, name: str = "briefing") -> Path:
        root = tmp_path / name
        write_files(root, dict(MINIMAL if base is None else base))
        write_files(root, files or {})
        return root

    return make


@pytest.fixture
def build_site(capsys):
    """Build a briefing with the real command line; return (exit code, out dir, stdout, stderr)."""

    def run(root: Path, *extra: str, out: Path | None = None):
        out = out or root / "site"
        code = main(["build", "--root", str(root), "--out", str(out), *extra])
        captured = capsys.readouterr()
        return code, out, captured.out, captured.err

    return run


def story_text(article) -> str:
    """All the text a reader sees of an article's story: its paragraphs, headings and list items."""
    return " ".join(b.text or " ".join(b.items or ()) for b in article.blocks)


def story_headings(article) -> list[str]:
    """The section headings of an article's story, in order."""
    return [b.text for b in article.blocks if b.kind == "h"]


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


@pytest.fixture
def shipped(tmp_path):
    """A copy of the repo's own briefing (seeds/, content/, templates/) in tmp_path."""
    root = tmp_path / "shipped"
    for folder in ("seeds", "content", "templates"):
        shutil.copytree(REPO / folder, root / folder)
    return root


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium for a test module's pages (see tests/chromium.py)."""
    from chromium import chromium

    with chromium() as launched:
        yield launched
