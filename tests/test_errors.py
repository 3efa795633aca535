"""Bad input: every problem reported as path:line:col, at once, exit 1, site/ untouched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
    # Hostile files: each once gave a traceback, a crash or a message of megabytes.
    "yaml_alias_in_front_matter": (
        {"seeds/bomb.md": "---\ntitle: Bomb\nlol: &a [x, x, x, x, x, x, x, x, x]\nlol2: &b [*a, *a, *a, *a, *a, *a, *a, *a]\npublished: [*b, *b, *b, *b, *b, *b]\n---\nBody.\n"},
        "seeds/bomb.md:4:11: YAML aliases (*name) are not allowed here; write the value out",
    ),
    "yaml_alias_in_content": (
        {"content/events/e.yaml": "id: e\ntitle: &t The title\ndate: 2026\nsummary: *t\n"},
        "content/events/e.yaml:4:10: YAML aliases (*name) are not allowed here; write the value out",
    ),
    "yaml_alias_in_site": (
        {"content/site.yaml": "title: T\nnumbers: &n [1, 2, 3]\nfeed_limit: [*n, *n, *n]\n"},
        "content/site.yaml:3:14: YAML aliases (*name) are not allowed here; write the value out",
    ),
    "yaml_nested_too_deep_in_content": (
        {"content/entities/deep.yaml": "[" * 50000 + "]" * 50000 + "\n"},
        "content/entities/deep.yaml:1:101: YAML nested more than 100 levels deep: content holds fields, lists and text",
    ),
    "yaml_nested_too_deep_in_front_matter": (
        {"seeds/deep.md": "---\ntitle: Deep\nurl: " + "[" * 50000 + "]" * 50000 + "\n---\nBody.\n"},
        "seeds/deep.md:3:105: YAML nested more than 100 levels deep: content holds fields, lists and text",
    ),
    "yaml_list_as_key_in_content": (
        {"content/entities/key.yaml": "id: key\n? [a, b]\n: x\n"},
        "content/entities/key.yaml:2:3: a key must be a name, not a list or a mapping",
    ),
    "yaml_mapping_as_key_in_front_matter": (
        {"seeds/key.md": "---\ntitle: Key\n{a: 1}: x\n---\nBody.\n"},
        "seeds/key.md:3:1: a key must be a name, not a list or a mapping",
    ),
    "front_matter_never_closed": (
        {"seeds/open.md": "---\ntitle: Open\n\nBody.\n"},
        "seeds/open.md:1:1: the front matter opened by '---' on line 1 is never closed: end it with a line of '---' (an article cannot start with a '---' rule)",
    ),
    "rule_at_the_top": (
        {"seeds/rule.md": "---\n\n# A headline under a rule\n\nBody.\n"},
        "seeds/rule.md:1:1: the front matter opened by '---' on line 1 is never closed",
    ),
    "long_value_quoted_short": (
        {"content/entities/long.yaml": "id: " + "X" * 100000 + "\nname: Long\nkind: alliance\n"},
        "content/entities/long.yaml:1:5: '" + "X" * 80 + "…' is not a valid id (use lowercase letters, digits and hyphens)",
    ),
    "template_division_by_zero": (
        {"templates/event.html": "{% extends 'base.html' %}\n{% block main %}\n<p>{{ page.title }}</p>\n{{ 1/0 }}\n{% endblock %}\n"},
        "templates/event.html:4:1: ZeroDivisionError: division by zero (while rendering events/",
    ),
    "template_includes_itself": (
        {"templates/event.html": "{% extends 'base.html' %}\n{% block main %}{% include 'self.html' %}{% endblock %}\n",
         "templates/self.html": "<div>\n{% include 'self.html' %}\n</div>\n"},
        "templates/self.html:2:1: RecursionError: maximum recursion depth exceeded",
    ),
    "template_macro_calls_itself": (
        {"templates/entity.html": "{% extends 'base.html' %}\n{% macro down(n) %}{{ down(n + 1) }}{% endmacro %}\n{% block main %}\n{{ down(0) }}\n{% endblock %}\n"},
        "templates/entity.html:2:1: RecursionError: maximum recursion depth exceeded",
    ),
    "yaml_tag_that_builds_an_object": (
        {"content/entities/x.yaml": "id: x\nname: !!python/object/apply:os.system [\"touch PWNED\"]\nkind: alliance\n"},
        "content/entities/x.yaml:2:7: invalid YAML: could not determine a constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'",
    ),
    "yaml_number_too_long": (
        # Numbers stay text (see yamlfile.py), so an endless one is a bad date, quoted short.
        {"content/events/e.yaml": "id: e\ntitle: E\ndate: " + "9" * 5000 + "\n"},
        "content/events/e.yaml:3:7: bad date in 'date': expected a date like 2024, 2024-07 or 2024-07-09, got '9999",
    ),
    "yaml_half_a_character": (
        {"seeds/half.md": '---\ntitle: "Half \\ud800 a character"\n---\nBody.\n'},
        "seeds/half.md:2:8: text with half a character (an escape such as \\ud800 alone): write the character itself",
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


def test_a_yaml_alias_bomb_gives_one_short_message(briefing, build_site, monkeypatch):
    # Each level repeats the one before ten times: expanded, the date was 72 MB of text.
    levels = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 7)]
    root = briefing({"seeds/bomb.md": "---\ntitle: Bomb\n" + "\n".join(levels) + "\npublished: *a6\n---\nBody.\n"})
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(root.relative_to(root))
    assert code == 1
    assert "seeds/bomb.md:4:10: YAML aliases (*name) are not allowed here; write the value out" in stderr
    assert len(stderr) < 1000


@pytest.mark.parametrize("case", [
    "yaml_alias_in_front_matter", "yaml_alias_in_content", "yaml_nested_too_deep_in_content",
    "yaml_nested_too_deep_in_front_matter", "yaml_list_as_key_in_content", "yaml_mapping_as_key_in_front_matter",
])
def test_the_pure_python_yaml_loader_reports_hostile_yaml_the_same_way(case, briefing, build_site, monkeypatch):
    from generator import yamlfile

    # PyYAML built without libyaml reads everything with this loader.
    monkeypatch.setattr(yamlfile, "_FAST_LOADER", yamlfile._PYTHON_LOADER)
    files, expected = CASES[case]
    root = briefing(files)
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(root.relative_to(root))
    assert code == 1
    assert expected in stderr, stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_template_that_raises_is_reported_from_worker_processes_too(jobs, briefing, build_site, monkeypatch):
    from generator import parallel

    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)  # the few pages here are rendered in two processes
    files, expected = CASES["template_division_by_zero"]
    root = briefing(files)
    monkeypatch.chdir(root)
    code, out, _, stderr = build_site(root.relative_to(root), "--jobs", jobs, "--no-cache")
    assert code == 1
    assert expected in stderr
    assert not out.exists()


def _command(name: str, root, hostile) -> list[str]:
    if name == "ingest":
        return ["ingest", str(hostile), "--root", str(root)]
    return [name, "--root", str(root)]


@pytest.mark.parametrize("command", ["build", "check", "ingest"])
def test_front_matter_never_closed_fails_every_command_with_its_place(command, briefing, tmp_path, capsys, monkeypatch):
    from generator.cli import main

    hostile = tmp_path / "inbox" / "open.md"
    hostile.parent.mkdir()
    hostile.write_text("---\n\nA rule, then the story.\n", encoding="utf-8")
    root = briefing()
    if command != "ingest":
        (root / "seeds" / "open.md").write_bytes(hostile.read_bytes())
        hostile = root / "seeds" / "open.md"
    monkeypatch.chdir(tmp_path)
    code = main(_command(command, root.relative_to(tmp_path), hostile.relative_to(tmp_path)))
    stderr = capsys.readouterr().err
    assert code == 1
    where = "inbox/open.md" if command == "ingest" else "briefing/seeds/open.md"
    assert f"{where}:1:1: the front matter opened by '---' on line 1 is never closed" in stderr
    assert "Traceback" not in stderr
    assert not (root / "site").exists()
    assert sorted(p.name for p in (root / "seeds").iterdir()) == sorted(["2026-05-29-posting.md"] + (["open.md"] if command != "ingest" else []))


def test_publish_refuses_a_seed_whose_front_matter_never_closes_before_pushing(briefing, tmp_path, capsys, monkeypatch):
    from generator.cli import main

    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    remote = tmp_path / "remote.git"
    git = lambda cwd, *args: subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout  # noqa: E731
    git(tmp_path, "init", "--quiet", "--bare", str(remote))
    root = briefing({"seeds/open.md": "---\n\nA rule, then the story.\n"})
    git(root, "init", "--quiet", "-b", "main")
    git(root, "-c", "user.name=A", "-c", "user.email=a@example.org", "commit", "--quiet", "--allow-empty", "-m", "start")
    git(root, "remote", "add", "origin", str(remote))
    monkeypatch.chdir(root)
    code = main(["publish", "--root", "."])
    stderr = capsys.readouterr().err
    assert code == 1
    assert "seeds/open.md:1:1: the front matter opened by '---' on line 1 is never closed" in stderr
    assert "nothing was pushed" in stderr
    assert "Traceback" not in stderr
    assert git(remote, "branch", "--list") == ""


def test_ingest_names_a_seed_whose_headline_is_one_enormous_word(briefing, tmp_path, capsys):
    from generator.cli import main

    article = tmp_path / "inbox" / "word.txt"
    article.parent.mkdir()
    article.write_text("Q" * 100000 + "\n\nThe story, filed on 29 May 2026.\n", encoding="utf-8")
    root = briefing()
    code = main(["ingest", str(article), "--root", str(root)])
    assert code == 0, capsys.readouterr().err
    [seed] = [p for p in (root / "seeds").iterdir() if p.suffix == ".txt"]
    assert seed.name == "2026-05-29-" + "q" * 80 + ".txt"
    assert seed.read_bytes() == article.read_bytes()


@pytest.mark.parametrize("name", ["\x1b[31mred.yaml", "two\nlines.yaml", "\u202eright-to-left.yaml"])
def test_a_file_name_a_terminal_would_act_on_is_shown_escaped_on_one_line(name, briefing, build_site, monkeypatch):
    root = briefing({f"content/events/{name}": "id: e\ntitle: E\ndate: 2026\nseeds: [nope]\n"})
    monkeypatch.chdir(root)
    code, _, _, stderr = build_site(Path("."))
    assert code == 1
    lines = stderr.splitlines()
    shown = name.encode("unicode_escape").decode("ascii")
    assert any(line.startswith(f"content/events/{shown}:4:9: unknown seed 'nope'") for line in lines), stderr
    assert not any(c in stderr for c in "\x1b\u202e")
    assert len(lines) == 2  # the message and the summary
