"""`publish` pushes exactly the built site to a gh-pages branch and leaves the checkout alone."""

from __future__ import annotations

import hashlib
import os
import subprocess

import pytest

from generator.cli import main
from generator.publish import PublishFailed, publish_site
from generator.write import MANIFEST


def git(cwd, *args) -> str:
    # No optional locks: looking at the checkout (git status) must not rewrite its index.
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env).stdout.strip()


@pytest.fixture
def repo(briefing, tmp_path, monkeypatch):
    """A briefing committed in a git checkout whose origin is a bare repository in tmp_path."""
    # The tests must not depend on (or touch) the developer's own git configuration.
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(remote)], check=True)
    root = briefing()
    git(root, "init", "--quiet", "-b", "main")
    git(root, "config", "user.name", "Ada Editor")
    git(root, "config", "user.email", "ada@example.org")
    (root / ".gitignore").write_text("/site/\n", encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "--quiet", "-m", "The briefing")
    git(root, "remote", "add", "origin", str(remote))
    return root, remote


def publish(root, capsys, *extra):
    code = main(["publish", "--root", str(root), *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def branch_files(remote, branch="gh-pages") -> dict[str, bytes]:
    names = git(remote, "ls-tree", "-r", "--name-only", branch).splitlines()
    return {
        name: subprocess.run(["git", "cat-file", "blob", f"{branch}:{name}"], cwd=remote, check=True, capture_output=True).stdout
        for name in names
    }


def built(root, build_site, tmp_path) -> dict[str, bytes]:
    """What `build` writes for this briefing, in a folder outside the checkout."""
    code, out, _, _ = build_site(root, out=tmp_path / "reference")
    assert code == 0
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != MANIFEST}


def snapshot(root) -> dict:
    """Everything publish promises not to touch: files, index, HEAD, current branch, status."""
    files = {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*") if p.is_file() and ".git" not in p.relative_to(root).parts
    }
    return {
        "files": files,
        "index": hashlib.sha256((root / ".git" / "index").read_bytes()).hexdigest(),
        "head": git(root, "rev-parse", "HEAD"),
        "branch": git(root, "symbolic-ref", "HEAD"),
        "status": git(root, "status", "--porcelain", "--ignored"),
    }


def test_publish_puts_exactly_the_built_site_and_nojekyll_on_the_branch(repo, capsys, build_site, tmp_path):
    root, remote = repo
    code, out, err = publish(root, capsys)
    assert (code, err) == (0, "")
    expected = built(root, build_site, tmp_path)
    assert "feed.xml" in expected and "sitemap.xml" in expected
    on_branch = branch_files(remote)
    assert on_branch == {**expected, ".nojekyll": b""}
    assert out == f"published {len(on_branch)} files to gh-pages on origin: commit {git(remote, 'rev-parse', 'gh-pages')[:12]}, the branch's first commit\n"


def test_publish_writes_cname_when_given_and_keeps_it_afterwards(repo, capsys):
    root, remote = repo
    assert publish(root, capsys, "--cname", "briefing.example.org")[0] == 0
    assert branch_files(remote)["CNAME"] == b"briefing.example.org\n"
    (root / "content/events/founding.yaml").write_text(
        "id: command-founded\ntitle: The Assistance Command is set up\ndate: 2024-07\n", encoding="utf-8"
    )
    assert publish(root, capsys)[0] == 0
    assert branch_files(remote)["CNAME"] == b"briefing.example.org\n"


def test_publish_after_an_edit_adds_one_commit_on_top_of_the_branch(repo, capsys):
    root, remote = repo
    assert publish(root, capsys)[0] == 0
    first = git(remote, "rev-parse", "gh-pages")
    (root / "content/events/founding.yaml").write_text(
        "id: command-founded\ntitle: The Assistance Command is set up\ndate: 2024-07\n", encoding="utf-8"
    )
    code, out, _ = publish(root, capsys, "--message", "Retitle the founding")
    assert code == 0
    second = git(remote, "rev-parse", "gh-pages")
    assert git(remote, "rev-list", "--count", "gh-pages") == "2"
    assert git(remote, "rev-parse", "gh-pages^") == first
    assert f"on top of {first[:12]}" in out
    assert git(remote, "log", "-1", "--format=%s", second) == "Retitle the founding"
    assert b"The Assistance Command is set up" in branch_files(remote)["events/command-founded/index.html"]


def test_publish_without_changes_adds_no_commit(repo, capsys):
    root, remote = repo
    assert publish(root, capsys)[0] == 0
    tip = git(remote, "rev-parse", "gh-pages")
    code, out, _ = publish(root, capsys)
    assert code == 0
    assert out.startswith("nothing to publish: gh-pages on origin already holds this site")
    assert git(remote, "rev-parse", "gh-pages") == tip


def test_publish_leaves_the_working_tree_index_and_branch_untouched(repo, capsys):
    root, remote = repo
    # A checkout mid-edit: one change staged, one not, one new file; all must stay exactly so.
    (root / "content/entities/alliance.yaml").write_text(
        (root / "content/entities/alliance.yaml").read_text("utf-8") + "website: https://example.org/alliance\n", encoding="utf-8"
    )
    git(root, "add", "content/entities/alliance.yaml")
    (root / "content/entities/command.yaml").write_text(
        (root / "content/entities/command.yaml").read_text("utf-8") + "website: https://example.org/command\n", encoding="utf-8"
    )
    (root / "seeds/2026-06-01-note.md").write_text("---\ntitle: A later note\npublished: 2026-06-01\n---\nMore news.\n", encoding="utf-8")
    # A file touched but not changed: a plain `git status` would rewrite the index to note it.
    os.utime(root / "seeds/2026-05-29-posting.md", (1_700_000_000, 1_700_000_000))
    before = snapshot(root)
    assert publish(root, capsys)[0] == 0
    assert snapshot(root) == before
    assert not (root / "site").exists()
    # The unsaved work is what was published, and the commit says so.
    assert "events/2026-06-01-note/index.html" in branch_files(remote)
    assert "with uncommitted changes" in git(remote, "log", "-1", "--format=%b", "gh-pages")


def test_publish_builds_on_top_of_what_someone_else_pushed_to_the_branch(repo, capsys, tmp_path):
    root, remote = repo
    assert publish(root, capsys)[0] == 0
    other = tmp_path / "other"
    subprocess.run(["git", "clone", "--quiet", "--branch", "gh-pages", str(remote), str(other)], check=True)
    git(other, "config", "user.name", "Bo Colleague")
    git(other, "config", "user.email", "bo@example.org")
    (other / "stray.txt").write_text("left by hand\n", encoding="utf-8")
    git(other, "add", "stray.txt")
    git(other, "commit", "--quiet", "-m", "A hand edit")
    git(other, "push", "--quiet", "origin", "gh-pages")
    theirs = git(remote, "rev-parse", "gh-pages")

    (root / "content/events/founding.yaml").write_text(
        "id: command-founded\ntitle: The Assistance Command is set up\ndate: 2024-07\n", encoding="utf-8"
    )
    assert publish(root, capsys)[0] == 0
    assert git(remote, "rev-parse", "gh-pages^") == theirs
    # The branch holds exactly the built site again: the hand edit is history, not content.
    assert "stray.txt" not in branch_files(remote)


def test_publish_refuses_a_site_that_fails_check_and_pushes_nothing(repo, capsys):
    root, remote = repo
    (root / "content/events/founding.yaml").write_text(
        "id: command-founded\ntitle: Founded\ndate: 2024-07\nsummary: See [this](../nowhere/).\n", encoding="utf-8"
    )
    code, out, err = publish(root, capsys)
    assert code == 1
    assert "broken link to ../nowhere/" in err
    assert err.splitlines()[-1] == "publish refused: the site does not check (1 error(s)); nothing was pushed"
    assert git(remote, "branch", "--list") == ""


def test_publish_refuses_a_briefing_that_does_not_build(repo, capsys):
    root, remote = repo
    (root / "content/events/founding.yaml").write_text("id: command-founded\ntitle: Founded\ndate: 2024-13\n", encoding="utf-8")
    code, _, err = publish(root, capsys)
    assert code == 1
    assert "founding.yaml:3:" in err
    assert git(remote, "branch", "--list") == ""


def test_publish_refuses_an_empty_site(repo):
    root, remote = repo
    with pytest.raises(PublishFailed, match="nothing to publish: the build produced no index.html"):
        publish_site({}, root)
    with pytest.raises(PublishFailed, match="nothing to publish"):
        publish_site({"static/style.css": b"body {}"}, root)
    assert git(remote, "branch", "--list") == ""


def test_publish_refuses_while_the_branch_is_checked_out(repo, capsys):
    root, remote = repo
    git(root, "checkout", "--quiet", "-b", "gh-pages")
    code, _, err = publish(root, capsys)
    assert code == 1
    assert "publish refused: the branch 'gh-pages' is checked out" in err
    assert git(remote, "branch", "--list") == ""


def test_publish_refuses_a_cname_that_is_not_a_domain(repo, capsys):
    root, remote = repo
    code, _, err = publish(root, capsys, "--cname", "https://briefing.example.org/")
    assert code == 1
    assert "is not a domain name" in err


def test_publish_says_so_when_the_remote_cannot_be_reached(repo, capsys, tmp_path):
    root, _ = repo
    code, _, err = publish(root, capsys, "--remote", str(tmp_path / "no-such-remote.git"))
    assert code == 1
    assert "publish refused: cannot reach the remote" in err


def test_publish_to_another_branch_and_remote_url(repo, capsys, tmp_path):
    root, _ = repo
    elsewhere = tmp_path / "elsewhere.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(elsewhere)], check=True)
    code, out, _ = publish(root, capsys, "--remote", str(elsewhere), "--branch", "site")
    assert code == 0
    assert "index.html" in branch_files(elsewhere, "site")
    # The local branch follows what was pushed.
    assert git(root, "rev-parse", "site") == git(elsewhere, "rev-parse", "site")


def _grown(root) -> None:
    """Add a dozen events, each with a seed that reports it, and commit them."""
    for n in range(1, 13):
        (root / f"content/events/drill-{n:02}.yaml").write_text(
            f"id: drill-{n:02}\ntitle: Exercise number {n} is held\ndate: 2025-{n:02}\n", encoding="utf-8"
        )
        (root / f"seeds/2025-{n:02}-15-drill.md").write_text(
            f"---\ntitle: Exercise {n} ends on time\npublished: 2025-{n:02}-15\n---\nThe NAA reported exercise {n}.\n",
            encoding="utf-8",
        )
    git(root, "add", "-A")
    git(root, "commit", "--quiet", "-m", "A dozen exercises")


def _emptied(root) -> None:
    for path in [*root.glob("content/events/drill-*.yaml"), *root.glob("seeds/2025-*-drill.md")]:
        path.unlink()


def test_publish_refuses_to_remove_most_of_the_published_pages_without_force(repo, capsys):
    root, remote = repo
    _grown(root)
    assert publish(root, capsys)[0] == 0
    tip = git(remote, "rev-parse", "gh-pages")
    pages = [name for name in branch_files(remote) if name.endswith(".html")]
    _emptied(root)

    code, out, err = publish(root, capsys)
    assert (code, out) == (1, "")
    assert git(remote, "rev-parse", "gh-pages") == tip

    forced, _, forced_err = publish(root, capsys, "--force")
    assert (forced, forced_err) == (0, "")
    assert git(remote, "rev-parse", "gh-pages^") == tip
    left = [name for name in branch_files(remote) if name.endswith(".html")]
    assert not any("drill" in name for name in left)
    removed = len(set(pages) - set(left))
    assert removed > len(pages) / 2
    assert err == (
        f"publish refused: this would remove {removed} of the {len(pages)} pages 'gh-pages' on 'origin' serves now, "
        "more than half; nothing was pushed. Check that seeds/ and content/ hold the whole briefing, "
        "or run publish again with --force if the site is meant to shrink\n"
    )


def test_publish_removes_a_few_pages_without_asking(repo, capsys):
    root, remote = repo
    _grown(root)
    assert publish(root, capsys)[0] == 0
    for n in (1, 2):
        (root / f"content/events/drill-{n:02}.yaml").unlink()
    code, _, err = publish(root, capsys)
    assert (code, err) == (0, "")
    assert "events/drill-01/index.html" not in branch_files(remote)


@pytest.mark.parametrize("option", [
    "--remote=--upload-pack=touch MARKER",
    "--remote=--receive-pack=touch MARKER",
    "--remote=-cprotocol.allow=always",
    "--branch=-x",
])
def test_publish_refuses_a_remote_or_branch_that_git_would_read_as_an_option(repo, capsys, monkeypatch, option):
    root, remote = repo
    # git runs an upload-pack or receive-pack command in the current folder.
    monkeypatch.chdir(root)
    code, out, err = publish(root, capsys, option)
    assert not (root / "MARKER").exists()
    assert git(remote, "branch", "--list") == ""
    name, value = option.split("=", 1)
    assert (code, out) == (1, "")
    assert err == (
        f"publish refused: {name} {value!r} starts with '-': give a remote name or URL and a branch name, not a git option\n"
    )


def test_publish_passes_the_remote_to_git_after_its_options(repo, tmp_path):
    root, remote = repo
    # Called as a library, past the command line's check: git must still never read the remote as an option.
    marker = tmp_path / "MARKER"
    from generator import publish as module

    with pytest.raises(PublishFailed):
        module._remote_tip(root, f"--upload-pack=touch {marker}", "refs/heads/gh-pages")
    assert not marker.exists()
