"""Publish a built site to a git branch (gh-pages) without touching the checkout.

Everything goes through git plumbing: blobs are streamed into the object store
by fast-import, the tree is assembled in a throwaway index, and the commit is made
with commit-tree on top of the branch as the remote has it. The working tree, the
real index, HEAD and the current branch are never read or changed.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

NOJEKYLL = ".nojekyll"
CNAME = "CNAME"
# A publish that would take down more than this share of the pages the branch serves,
# and more than this many, is more likely a half checked-out or emptied briefing than
# an edit: it needs --force.
REMOVAL_SHARE = 0.5
REMOVAL_MIN = 5
# A host name: labels of letters, digits and hyphens, with at least one dot.
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", re.IGNORECASE)


class PublishFailed(Exception):
    """Publishing stopped before anything was pushed; the message says why and what to do."""


@dataclass(frozen=True)
class PublishReport:
    remote: str
    branch: str
    commit: str
    parent: str | None
    files: int
    changed: bool  # False when the branch already held exactly this site


def _git(root: Path, *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        ["git", *args], cwd=root, input=stdin, capture_output=True,
        env={**os.environ, **(env or {})},
    )
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", errors="replace").strip() or f"git {args[0]} failed"
        raise PublishFailed(f"git {args[0]}: {message}")
    return result.stdout.decode("utf-8", errors="replace").strip()


def _checked_out(root: Path, ref: str) -> bool:
    listing = _git(root, "worktree", "list", "--porcelain")
    return f"branch {ref}" in listing.splitlines()


def _remote_tip(root: Path, remote: str, ref: str) -> str | None:
    """The branch's commit on the remote, fetched into the object store; None if it has no such branch."""
    # `--` before every value the user gave: git would take "--upload-pack=CMD" for an option and run CMD.
    try:
        listing = _git(root, "ls-remote", "--heads", "--", remote, ref)
    except PublishFailed as exc:
        raise PublishFailed(f"cannot reach the remote {remote!r}: {exc}") from None
    tip = next((line.split()[0] for line in listing.splitlines() if line.endswith("\t" + ref)), None)
    if tip:
        # Objects only: FETCH_HEAD and the branches stay as they are.
        _git(root, "fetch", "--quiet", "--no-tags", "--no-write-fetch-head", "--", remote, ref)
    return tip


def _removed_pages(root: Path, tip: str, site: dict[str, bytes]) -> tuple[int, int]:
    """How many .html pages the branch at `tip` holds, and how many of them `site` would drop."""
    listing = _git(root, "ls-tree", "-r", "-z", "--name-only", tip)
    pages = [name for name in listing.split("\0") if name.endswith(".html")]
    return len(pages), sum(name not in site for name in pages)


def _local_tip(root: Path, ref: str) -> str | None:
    try:
        return _git(root, "rev-parse", "--verify", "--quiet", ref + "^{commit}")
    except PublishFailed:
        return None


def _kept_cname(root: Path, parent: str | None) -> str | None:
    """The CNAME blob of the last publish, so a custom domain survives a publish without --cname."""
    if parent is None:
        return None
    try:
        return _git(root, "rev-parse", "--verify", "--quiet", f"{parent}:{CNAME}")
    except PublishFailed:
        return None


def _store_blobs(root: Path, files: dict[str, bytes]) -> list[str]:
    """Write `files` into the object store, as one pack, and return their ids in order."""
    # One fast-import stream instead of a process or a loose object per file: a large
    # site publishes in seconds, and nothing is staged on disk outside the object store.
    stream = [b"feature done\n"]
    for mark, data in enumerate(files.values(), 1):
        stream.append(b"blob\nmark :%d\ndata %d\n%s\n" % (mark, len(data), data))
    stream += [b"get-mark :%d\n" % mark for mark in range(1, len(files) + 1)]
    stream.append(b"done\n")
    ids = _git(root, "fast-import", "--quiet", stdin=b"".join(stream)).split()
    if len(ids) != len(files):
        raise PublishFailed(f"git fast-import stored {len(ids)} of {len(files)} files")
    return ids


def _write_tree(root: Path, files: dict[str, bytes], kept: dict[str, str]) -> str:
    """Build the tree of `files` plus already stored blobs `kept` in a throwaway index; return its id."""
    entries = [f"100644 {blob}\t{rel}" for rel, blob in zip(files, _store_blobs(root, files))]
    entries += [f"100644 {blob}\t{rel}" for rel, blob in kept.items()]
    with tempfile.TemporaryDirectory(prefix="briefing-publish-") as tmp:
        index = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
        _git(root, "update-index", "--add", "--index-info", stdin=("\n".join(entries) + "\n").encode("utf-8"), env=index)
        return _git(root, "write-tree", env=index)


def _source_note(root: Path) -> str:
    """Which source commit the site was built from, for the publish commit's message."""
    try:
        head = _git(root, "rev-parse", "--verify", "--quiet", "HEAD")
    except PublishFailed:
        return "Built from a checkout without commits."
    # Without optional locks, status does not refresh (rewrite) the real index.
    dirty = _git(root, "status", "--porcelain", "--", ".", env={"GIT_OPTIONAL_LOCKS": "0"})
    return f"Built from {head}" + (" with uncommitted changes." if dirty else ".")


def publish_site(
    files: dict[str, bytes],
    root: Path,
    *,
    remote: str = "origin",
    branch: str = "gh-pages",
    cname: str | None = None,
    message: str | None = None,
    force: bool = False,
) -> PublishReport:
    """Commit exactly `files` (plus .nojekyll and CNAME) on top of `branch` and push it to `remote`."""
    root = Path(root)
    # git reads an argument that starts with a dash as an option, whatever stands before it.
    for option, value in (("--remote", remote), ("--branch", branch)):
        if value.startswith("-"):
            raise PublishFailed(f"{option} {value!r} starts with '-': give a remote name or URL and a branch name, not a git option")
    if "index.html" not in files:
        raise PublishFailed("nothing to publish: the build produced no index.html")
    if cname is not None and not _DOMAIN.match(cname):
        raise PublishFailed(f"--cname {cname!r} is not a domain name (give a host such as briefing.example.org, without https:// or a path)")
    try:
        _git(root, "rev-parse", "--git-dir")
    except PublishFailed:
        raise PublishFailed(f"{root} is not inside a git repository: publish pushes from the repository that holds the briefing") from None
    ref = f"refs/heads/{branch}"
    try:
        _git(root, "check-ref-format", ref)
    except PublishFailed:
        raise PublishFailed(f"--branch {branch!r} is not a valid branch name") from None
    if _checked_out(root, ref):
        raise PublishFailed(f"the branch {branch!r} is checked out; publish from your source branch, it never switches branches")

    published = _remote_tip(root, remote, ref)
    parent = published or _local_tip(root, ref)
    # Pages runs Jekyll on a branch unless told not to, and Jekyll drops files it does not like.
    site = {**files, NOJEKYLL: b""}
    # Measured against what the remote serves, not the local branch: that is what readers lose.
    if published and not force:
        total, removed = _removed_pages(root, published, site)
        if removed > REMOVAL_MIN and removed > REMOVAL_SHARE * total:
            raise PublishFailed(
                f"this would remove {removed} of the {total} pages {branch!r} on {remote!r} serves now, more than half; "
                "nothing was pushed. Check that seeds/ and content/ hold the whole briefing, "
                "or run publish again with --force if the site is meant to shrink"
            )
    kept = {}
    if cname is not None:
        site[CNAME] = f"{cname}\n".encode("utf-8")
    elif (blob := _kept_cname(root, parent)) is not None:
        kept[CNAME] = blob
    tree = _write_tree(root, site, kept)
    count = len(site) + len(kept)

    if parent and _git(root, "rev-parse", parent + "^{tree}") == tree:
        return PublishReport(remote, branch, parent, parent, count, changed=False)

    text = (message or "Publish the briefing") + "\n\n" + _source_note(root) + "\n"
    commit = _git(root, "commit-tree", tree, *(["-p", parent] if parent else []), stdin=text.encode("utf-8"))
    try:
        _git(root, "push", "--quiet", "--", remote, f"{commit}:{ref}")
    except PublishFailed as exc:
        raise PublishFailed(f"push to {remote!r} refused, nothing published: {exc}") from None
    # The local branch follows what was pushed, for `git log gh-pages`.
    _git(root, "update-ref", "-m", "briefing publish", ref, commit)
    return PublishReport(remote, branch, commit, parent, count, changed=True)
