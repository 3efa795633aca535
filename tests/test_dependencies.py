"""pyproject's floors never admit a release of a dependency with a known vulnerability."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from conftest import REPO

# The first release of each dependency past its last published vulnerability (issue 11);
# raise an entry when pip-audit in CI names a newer one.
FIXED = {
    "jinja2": "3.1.6",
    "markdown": "3.8.1",
    "tornado": "6.5.5",
}


def _requirements() -> dict[str, Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    listed = [*project["dependencies"], *(r for extra in project["optional-dependencies"].values() for r in extra)]
    return {(req := Requirement(text)).name.lower(): req for text in listed}


def _floor(requirement: Requirement) -> Version | None:
    """The lowest release the specifier lets in, or None when it has no lower bound."""
    bounds = [Version(s.version) for s in requirement.specifier if s.operator in (">=", ">", "==", "~=", "===")]
    return max(bounds, default=None)


@pytest.mark.parametrize("name", sorted(FIXED))
def test_pyproject_floor_is_at_least_the_first_fixed_release(name):
    requirement = _requirements()[name]
    assert _floor(requirement) is not None and _floor(requirement) >= Version(FIXED[name]), (
        f"{requirement} admits releases before {FIXED[name]}, which have a known vulnerability"
    )
    # The fixed release itself installs: the floor was raised, not the dependency fenced off.
    assert requirement.specifier.contains(FIXED[name])


def _audit():
    """The CI audit script, .ci/audit.py, as a module."""
    spec = importlib.util.spec_from_file_location("ci_audit", REPO / ".ci" / "audit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pip_audit_json(*dependencies) -> str:
    # The shape of `pip-audit --format json`: one entry per dependency, audited or skipped.
    return json.dumps({"dependencies": list(dependencies), "fixes": []})


def test_audit_covers_our_dependency_closure_and_nothing_else_on_the_machine():
    closure = _audit().closure()
    assert {"jinja2", "markupsafe", "markdown", "tornado", "nh3", "pytest"} <= set(closure)
    assert not {"briefing", "pip", "setuptools", "pip-audit"} & set(closure)
    assert closure["jinja2"] == importlib.metadata.version("jinja2")


def test_audit_fails_on_a_known_vulnerability():
    stdout = _pip_audit_json(
        {"name": "jinja2", "version": "3.1.5", "vulns": [{"id": "GHSA-0000-test", "fix_versions": ["3.1.6"]}]},
        {"name": "nh3", "version": "0.3.8", "vulns": []},
    )
    assert _audit().verdict(1, stdout, "") == (1, [
        "pip-audit: jinja2 3.1.5: GHSA-0000-test (fixed in 3.1.6)",
        "pip-audit: FAILED, 1 of our dependencies have a known vulnerability; raise their floors in pyproject.toml",
    ])


def test_audit_passes_a_clean_closure_and_names_what_it_could_not_audit():
    stdout = _pip_audit_json(
        {"name": "jinja2", "version": "3.1.6", "vulns": []},
        {"name": "local-only", "skip_reason": "Dependency not found on PyPI and could not be audited: local-only (1.0)"},
    )
    assert _audit().verdict(0, stdout, "") == (0, [
        "pip-audit: not audited: local-only (Dependency not found on PyPI and could not be audited: local-only (1.0))",
        "pip-audit: no known vulnerabilities in 1 dependencies",
    ])


@pytest.mark.parametrize("returncode, stdout, stderr", [
    # The service answers no version (a proxy that lets only the index through).
    (0, _pip_audit_json({"name": "jinja2", "skip_reason": "Dependency not found on PyPI and could not be audited: jinja2 (3.1.6)"}), ""),
    # The service's host does not resolve: pip-audit dies with a traceback.
    (1, "", "Traceback (most recent call last):\nrequests.exceptions.ConnectionError: Failed to resolve 'pypi.org'\n"),
])
def test_audit_without_a_reachable_service_skips_loudly_unless_required(returncode, stdout, stderr):
    code, lines = _audit().verdict(returncode, stdout, stderr)
    assert code == 0 and len(lines) == 1 and lines[0].startswith("pip-audit: SKIPPED, ")
    assert _audit().verdict(returncode, stdout, stderr, required=True)[0] == 1
