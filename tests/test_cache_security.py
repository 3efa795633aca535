"""The build cache is signed with a key of this machine: a cache file a repository carries runs nothing."""

from __future__ import annotations

import os
import pickle
import re
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cache
from generator.cache import CACHE_DIR

REPO = Path(__file__).resolve().parent.parent
WARNING = "{path}:1:1: warning: the build cache was not made on this machine or was changed; ignored and rebuilt"
CACHE_FILES = ["state.pickle", "memo-00.pickle", "related.pickle", "pages.pickle"]


class _Payload:
    """Unpickled, it runs a shell command that leaves a marker file."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {shlex.quote(str(self.marker))}",)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def build_command(root: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m generator build` in a process of its own, as a user runs it in a fresh clone."""
    env = {**os.environ, **(env or {}), "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(root), *extra],
        cwd=root, env=env, capture_output=True, text=True,
    )


def no_cache_tree(root: Path, tmp_path: Path) -> dict[str, bytes]:
    out = tmp_path / "no-cache-site"
    assert build_command(root, "--out", str(out), "--no-cache").returncode == 0
    return tree(out)


def warnings_in(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "warning:" in line]


def rejected(name: str) -> str:
    """The warning about a rejected cache file, as a build run in the briefing's folder shows it."""
    return WARNING.format(path=f"{CACHE_DIR}/{name}")


@pytest.mark.parametrize("name", CACHE_FILES)
def test_build_runs_nothing_from_a_cache_file_planted_in_a_cloned_briefing(briefing, tmp_path, name):
    root = briefing()
    marker = tmp_path / "MARKER"
    (root / CACHE_DIR).mkdir()
    (root / CACHE_DIR / name).write_bytes(pickle.dumps(_Payload(marker)))

    result = build_command(root)

    assert not marker.exists(), "unpickling the planted file ran its command"
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert warnings_in(result.stderr) == [rejected(name)]
    assert tree(root / "site") == no_cache_tree(root, tmp_path)


@pytest.mark.parametrize("name", CACHE_FILES)
def test_build_replaces_a_planted_cache_file_beside_a_genuine_cache_and_warns_once(briefing, tmp_path, name):
    root = briefing()
    assert build_command(root).returncode == 0
    marker = tmp_path / "MARKER"
    (root / CACHE_DIR / name).write_bytes(pickle.dumps(_Payload(marker)))
    # An edit, so that the build reads every cache file, not only the state.
    seed = root / "seeds/2026-05-29-posting.md"
    seed.write_text(seed.read_text("utf-8") + "\nA second paragraph was added later.\n", "utf-8")

    first = build_command(root)
    second = build_command(root)

    assert not marker.exists()
    assert first.returncode == 0 and second.returncode == 0
    assert warnings_in(first.stderr) == [rejected(name)]
    assert warnings_in(second.stderr) == [], "the rebuilt cache is this machine's own"
    assert re.search(r"\(0 written, \d+ unchanged", second.stdout), second.stdout
    assert tree(root / "site") == no_cache_tree(root, tmp_path)


def test_build_refuses_a_signed_cache_file_holding_anything_but_cache_data(briefing, tmp_path, build_site):
    root = briefing()
    assert build_site(root)[0] == 0
    marker = tmp_path / "MARKER"
    state = root / CACHE_DIR / "state.pickle"
    # As if the key had leaked: the digest is right, the content is not something a cache holds.
    cache._write_pickle(state, _Payload(marker), cache.cache_key(), cache._tool_digest())
    cache._held.clear()

    code, _, _, err = build_site(root)

    assert not marker.exists()
    assert code == 0
    assert warnings_in(err) == [WARNING.format(path=root / CACHE_DIR / "state.pickle")]
    assert tree(root / "site") == no_cache_tree(root, tmp_path)


def test_build_ignores_a_truncated_cache_file_with_one_warning(briefing, tmp_path, build_site):
    root = briefing()
    assert build_site(root)[0] == 0
    state = root / CACHE_DIR / "state.pickle"
    state.write_bytes(state.read_bytes()[:-20])

    code, _, _, err = build_site(root)

    assert code == 0
    assert warnings_in(err) == [WARNING.format(path=root / CACHE_DIR / "state.pickle")]
    assert tree(root / "site") == no_cache_tree(root, tmp_path)


def test_build_discards_a_cache_made_with_another_key(briefing, tmp_path):
    root = briefing()
    assert build_command(root, env={"BRIEFING_CACHE_KEY": "the key of another machine"}).returncode == 0

    result = build_command(root, env={"BRIEFING_CACHE_KEY": "the key of this machine"})

    assert result.returncode == 0
    assert warnings_in(result.stderr) == [rejected("state.pickle")]
    assert tree(root / "site") == no_cache_tree(root, tmp_path)


def test_build_keeps_its_key_private_in_the_users_cache_folder_and_reuses_the_cache(briefing):
    root = briefing()
    first = build_command(root)
    second = build_command(root)

    assert first.returncode == 0 and second.returncode == 0
    assert warnings_in(first.stderr) == warnings_in(second.stderr) == []
    assert re.search(r"\(0 written, \d+ unchanged, 0 removed\)", second.stdout), second.stdout
    key = Path(os.environ["XDG_CACHE_HOME"]) / "briefing" / "cache-key"
    assert len(key.read_bytes()) == 32
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert not any("cache-key" in p.name for p in root.rglob("*")), "the key never goes into the briefing"


def test_a_second_build_making_the_key_at_the_same_time_keeps_the_first(tmp_path):
    path = Path(os.environ["XDG_CACHE_HOME"]) / "briefing" / "cache-key"
    first = cache.cache_key()
    # The slower of two builds that both found no key makes one too, after the first did.
    cache._make_key(path)
    assert cache.cache_key() == first == path.read_bytes()
    assert [p.name for p in path.parent.iterdir()] == ["cache-key"], "no temporary file is left behind"


def test_build_key_from_the_environment_lets_ci_reuse_a_restored_cache(briefing, tmp_path):
    root = briefing()
    ci = {"BRIEFING_CACHE_KEY": "0123456789abcdef0123456789abcdef"}
    assert build_command(root, env={**ci, "XDG_CACHE_HOME": str(tmp_path / "first-runner")}).returncode == 0

    result = build_command(root, env={**ci, "XDG_CACHE_HOME": str(tmp_path / "second-runner")})

    assert result.returncode == 0 and warnings_in(result.stderr) == []
    assert re.search(r"\(0 written, \d+ unchanged, 0 removed\)", result.stdout), result.stdout
    assert not (tmp_path / "first-runner").exists() and not (tmp_path / "second-runner").exists()


def test_build_without_a_place_for_the_key_builds_without_a_cache_and_warns_once(briefing, tmp_path):
    root = briefing()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder\n")

    result = build_command(root, env={"XDG_CACHE_HOME": str(blocked / "cache")})

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    (warning,) = warnings_in(result.stderr)
    assert warning.startswith(f"{blocked}/cache/briefing/cache-key:1:1: warning: cannot read or make the build cache's key (")
    assert "built without a cache" in warning and "BRIEFING_CACHE_KEY" in warning
    assert not (root / CACHE_DIR).exists()
    assert tree(root / "site") == no_cache_tree(root, tmp_path)


def test_cache_copied_with_its_checkout_is_rebuilt_cleanly_on_the_same_machine(briefing, tmp_path):
    first = briefing(name="checkout")
    assert build_command(first).returncode == 0
    second = tmp_path / "elsewhere" / "checkout"
    shutil.copytree(first, second)
    seed = second / "seeds/2026-05-29-posting.md"
    seed.write_text(seed.read_text("utf-8") + "\nA line added in the copy.\n", "utf-8")

    result = build_command(second)

    # Signed by this machine, so no warning; made for another folder, so not reused.
    assert result.returncode == 0 and warnings_in(result.stderr) == []
    assert tree(second / "site") == no_cache_tree(second, tmp_path)
    again = build_command(second)
    assert re.search(r"\(0 written, \d+ unchanged, 0 removed\)", again.stdout), again.stdout


def test_build_reads_no_cache_file_that_is_a_link_or_not_a_regular_file(briefing, tmp_path):
    root = briefing()
    assert build_command(root).returncode == 0
    folder = root / CACHE_DIR
    (folder / "state.pickle").unlink()
    (folder / "state.pickle").symlink_to("/dev/zero")
    os.mkfifo(folder / "pages.pickle.new")
    (folder / "pages.pickle").unlink()
    (folder / "pages.pickle.new").rename(folder / "pages.pickle")

    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(root)],
        cwd=root, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert warnings_in(result.stderr) == [rejected("state.pickle")]
    assert tree(root / "site") == no_cache_tree(root, tmp_path)
    assert (folder / "state.pickle").is_file() and not (folder / "state.pickle").is_symlink()


def test_build_writes_no_cache_through_a_linked_cache_folder(briefing, tmp_path):
    root = briefing()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / CACHE_DIR).symlink_to(elsewhere)

    result = build_command(root)

    assert result.returncode == 0, result.stderr
    assert warnings_in(result.stderr) == [
        f"{CACHE_DIR}:1:1: warning: the build cache folder is a symbolic link; built without a cache "
        "(delete the link, or pass --cache-dir)"
    ]
    assert list(elsewhere.iterdir()) == []
    assert tree(root / "site") == no_cache_tree(root, tmp_path)
