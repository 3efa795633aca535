"""Bad input: every problem reported as path:line:col, at once, exit 1, site/ untouched."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import REPO

CASES = {
    "broken_yaml": (
        {"content/entities/broken.yaml": "id: broken\nname: [unclosed\nkind: alliance\n"},
        "content/entities/broken.yaml:3:5: invalid YAML",
    ),
    "missing_field": (
        {"content/entities/noname.yaml": "id: noname\nkind: alliance\n"},
        "content/entities/noname.yaml:1:1: missing required field 'name'",
    ),
    "mistyped_field": (
        {"content/entities/typo.yaml": "id: typo\nname: Typo\nkind: alliance\nshort_nme: TY\n"},
        "content/entities/typo.yaml:4:12: unknown field 'short_nme' in an entity (did you mean 'short_name'?)",
    ),
    "mistyped_kind": (
        {"content/entities/kind.yaml": "id: kindly\nname: Kindly\nkind: alliances\n"},
        "content/entities/kind.yaml:3:7: unknown kind 'alliances' (did you mean 'alliance'?)",
    ),
    "unknown_entity": (
        {"content/events/e.yaml": "id: e\ntitle: E\ndate: 2025\nentities:\n  - id: comand\n    role: x\n"},
        "content/events/e.yaml:5:9: unknown entity 'comand' (did you mean 'command'?)",
    ),
    "unknown_not_involved": (
        {"content/events/e.yaml": "id: e\ntitle: E\ndate: 2025\nnot_involved: [alliance, comand]\n"},
        "content/events/e.yaml:4:26: unknown entity 'comand' in 'not_involved' (did you mean 'command'?)",
    ),
    "involved_and_not_involved": (
        {"content/events/e.yaml": "id: e\ntitle: E\ndate: 2025\nentities: [command]\nnot_involved:\n  - command\n"},
        "content/events/e.yaml:6:5: 'command' is both involved and in 'not_involved'",
    ),
    "unknown_parent": (
        {"content/entities/child.yaml": "id: child\nname: Child\nkind: command\nparent: alliance-x\n"},
        "content/entities/child.yaml:4:9: unknown entity 'alliance-x' in 'parent' (did you mean 'alliance'?)",
    ),
    "duplicate_id": (
        {"content/entities/zz-again.yaml": "id: alliance\nname: Another\nkind: alliance\n"},
        "content/entities/zz-again.yaml:1:1: duplicate entity id 'alliance' (first defined at",
    ),
    "impossible_date": (
        {"content/events/e.yaml": "id: e\ntitle: E\ndate: 2026-02-30\n"},
        "content/events/e.yaml:3:7: bad date in 'date': February 2026 has no day 30",
    ),
    "fact_without_source": (
        {"content/events/e.yaml": "id: e\ntitle: E\ndate: 2026\nfacts:\n  - text: Unsourced claim.\n"},
        "content/events/e.yaml:5:5: a fact must cite at least one source",
    ),
    "unknown_seed": (
        {"content/events/e.yaml": "id: e\ntitle: E\ndate: 2026\nseeds: [2026-05-29-postin]\n"},
        "content/events/e.yaml:4:9: unknown seed '2026-05-29-postin' (did you mean '2026-05-29-posting'?)",
    ),
    "front_matter_date": (
        {"seeds/bad.md": "---\ntitle: Bad\npublished: 2026-13-01\n---\nBody.\n"},
        "seeds/bad.md:3:12: bad date in 'published'",
    ),
    "two_pages_one_path": (
        {"content/events/clash.yaml": "id: 2026-05-29-posting\ntitle: Clash\ndate: 2026\n"},
        "seeds/2026-05-29-posting.md:1:1: seed '2026-05-29-posting' and the event '2026-05-29-posting'",
    ),
}


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_reported_with_path_line_col_and_site_untouched(case, briefing, build_site, monkeypatch):
    files, expected = CASES[case]
    root = briefing()
    code, out, _, _ = build_site(root)
    assert code == 0
    before = _tree(out)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*")}

    root = briefing(files)
    monkeypatch.chdir(root)
    code, out, stdout, stderr = build_site(root.relative_to(root), out=out)
    assert code == 1
    assert expected in stderr, stderr
    assert "Traceback" not in stderr
    assert _tree(out) == before
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == stamps


def test_every_error_is_reported_at_once(briefing, build_site, monkeypatch):
    files = {}
    for case in ("broken_yaml", "mistyped_field", "unknown_seed", "front_matter_date"):
        files.update(CASES[case][0])
    root = briefing(files)
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(root.relative_to(root))
    assert code == 1
    for case in ("broken_yaml", "mistyped_field", "front_matter_date"):
        assert CASES[case][1] in stderr
    lines = [line for line in stderr.splitlines() if line.count(":") >= 3]
    assert len(lines) >= 3
    assert lines == sorted(lines)


def test_command_line_failure_has_no_traceback_and_exit_code_1(briefing):
    root = briefing(CASES["impossible_date"][0])
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", "."],
        cwd=root, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 1
    assert CASES["impossible_date"][1] in result.stderr
    assert "Traceback" not in result.stderr
    assert not (root / "site").exists()


def test_non_utf8_seed_is_reported_not_crashed(briefing, build_site, monkeypatch):
    root = briefing({"seeds/latin.txt": "Caf\xe9 headline\n\nBody.\n".encode("latin-1")})
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(root.relative_to(root))
    assert code == 1
    assert "seeds/latin.txt:1:1: not UTF-8 text" in stderr


def test_template_error_names_the_template_line(briefing, build_site):
    root = briefing({"templates/event.html": "{% extends 'base.html' %}\n{% block main %}\n{{ page.no_such_field }}\n{% endblock %}\n"})
    code, _, _, stderr = build_site(root)
    assert code == 1
    assert "templates/event.html:3" in stderr
    assert "no_such_field" in stderr
