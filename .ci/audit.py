"""Audit the installed dependency closure of briefing[test] with pip-audit.

Only our closure is audited, pinned to the versions installed here: a vulnerable package
that the machine has for other reasons must not fail our CI. A known vulnerability fails;
a vulnerability service that cannot be reached skips the audit, loudly, so that CI on a
machine without it is not flaky (set BRIEFING_AUDIT_REQUIRED=1 to fail instead).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PROJECT = "briefing"
EXTRAS = ("test",)


def closure(project: str = PROJECT, extras: tuple[str, ...] = EXTRAS) -> dict[str, str]:
    """{canonical name: installed version} of every distribution `project[extras]` needs, without itself."""
    found: dict[str, str] = {}
    todo = [(project, set(extras))]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        name, wanted = todo.pop()
        key = (canonicalize_name(name), frozenset(wanted))
        if key in seen:
            continue
        seen.add(key)
        dist = metadata.distribution(name)
        if key[0] != canonicalize_name(project):
            found[key[0]] = dist.version
        for text in dist.requires or []:
            requirement = Requirement(text)
            # A requirement applies with no extra, or with one of the extras asked for.
            if requirement.marker and not any(requirement.marker.evaluate({"extra": e}) for e in ("", *wanted)):
                continue
            todo.append((requirement.name, set(requirement.extras)))
    return dict(sorted(found.items()))


def verdict(returncode: int, stdout: str, stderr: str, required: bool = False) -> tuple[int, list[str]]:
    """Turn one pip-audit run (--format json) into an exit code and the lines to print."""
    try:
        dependencies = json.loads(stdout)["dependencies"]
    except (ValueError, KeyError, TypeError):
        reason = (stderr.strip().splitlines() or [f"pip-audit exited with {returncode}"])[-1]
        return (1 if required else 0), [f"pip-audit: SKIPPED, the audit could not run: {reason}"]
    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if "skip_reason" in d]
    lines = [
        f"pip-audit: {d['name']} {d['version']}: {v['id']} (fixed in {', '.join(v['fix_versions']) or 'no release yet'})"
        for d in vulnerable for v in d["vulns"]
    ]
    if vulnerable:
        return 1, [*lines, f"pip-audit: FAILED, {len(vulnerable)} of our dependencies have a known vulnerability; raise their floors in pyproject.toml"]
    if dependencies and len(skipped) == len(dependencies):
        return (1 if required else 0), [
            f"pip-audit: SKIPPED, the vulnerability service answered for none of our {len(dependencies)} dependencies "
            f"({skipped[0]['skip_reason']}); nothing was audited"
        ]
    lines = [f"pip-audit: not audited: {d['name']} ({d['skip_reason']})" for d in skipped]
    audited = len(dependencies) - len(skipped)
    return 0, [*lines, f"pip-audit: no known vulnerabilities in {audited} dependencies"]


def main() -> int:
    pinned = closure()
    with tempfile.TemporaryDirectory(prefix="briefing-audit-") as tmp:
        requirements = Path(tmp) / "requirements.txt"
        requirements.write_text("".join(f"{name}=={version}\n" for name, version in pinned.items()), encoding="utf-8")
        command = [
            sys.executable, "-m", "pip_audit", "--requirement", str(requirements), "--no-deps", "--disable-pip",
            "--vulnerability-service", "pypi", "--format", "json", "--progress-spinner", "off", "--timeout", "20",
        ]
        required = os.environ.get("BRIEFING_AUDIT_REQUIRED") == "1"
        try:
            run = subprocess.run(command, capture_output=True, text=True, timeout=300)
            code, lines = verdict(run.returncode, run.stdout, run.stderr, required)
        except subprocess.TimeoutExpired:
            code, lines = verdict(-1, "", "the vulnerability service did not answer within 300 s", required)
    print("\n".join(lines), file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
