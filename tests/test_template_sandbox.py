"""A briefing's own templates read the site, and cannot reach Python through it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import soup

# Each reaches a Python function from a template object; the last would run a shell command.
ESCAPES = {
    "class_walk": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "globals_of_a_global": "{{ cycler.__init__.__globals__ }}",
    "shell": "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.system('touch MARKER') }}",
    "module_of_a_filter": "{{ url.__globals__ }}",
    # The sandbox remembers its answer per type and name: a safe read first must not open the rest.
    "class_of_a_node_after_its_title": "{{ page.title }}{{ page.__class__ }}",
    "class_of_a_node_by_subscript": "{{ page.roles[0]['entity'] }}{{ page.roles[0]['__class__'] }}",
    "function_behind_a_nodes_method": "{{ page.values_of('x') }}{{ page.values_of.__func__.__globals__ }}",
    "format_string_reaching_a_class": "{{ '{0.title}'.format(page) }}{{ '{0.__class__}'.format(page) }}",
    "mutating_a_dict": "{% set d = {'a': 1} %}{{ d.keys()|list }}{{ d.update(b=2) }}",
}


@pytest.mark.parametrize("expression", ESCAPES.values(), ids=ESCAPES.keys())
def test_a_briefings_own_template_cannot_reach_python(expression, briefing, build_site, monkeypatch):
    root = briefing()
    monkeypatch.chdir(root)
    assert build_site(Path("."))[0] == 0
    before = {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    (root / "templates").mkdir()
    (root / "templates" / "event.html").write_text("{% extends 'base.html' %}\n{% block main %}\n" + expression + "\n{% endblock %}\n")
    code, _, _, stderr = build_site(Path("."))
    assert code == 1, stderr
    assert "Traceback" not in stderr
    # The place of the expression in the briefing's own file.
    assert any(line.startswith("templates/event.html:3:") and "unsafe" in line for line in stderr.splitlines()), stderr
    assert not (root / "MARKER").exists()
    assert {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()} == before


def test_a_briefings_own_template_still_reads_every_field_of_the_site(briefing, build_site):
    root = briefing({
        "templates/event.html": (
            "{% extends 'base.html' %}\n{% block main %}\n<h1 id='t'>{{ page.title }}</h1>\n"
            "<p id='who'>{% for role in page.roles %}{{ entity(role.entity).entity.name }};{% endfor %}</p>\n"
            "<p id='site'>{{ site.title }} {{ page.date | date }}</p>\n{% endblock %}\n"
        ),
    })
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    page = soup(out / "events" / "command-founded" / "index.html")
    assert page.find(id="t").get_text() == "The Assistance Command is founded"
    assert page.find(id="who").get_text() == "Assistance Command;"
    assert page.find(id="site").get_text().startswith("Test briefing July 2024")


def test_a_copy_of_the_shipped_theme_renders_as_the_shipped_theme_and_an_edit_of_it_in_the_sandbox(briefing, build_site):
    from generator.render import _Environment, _Sandbox, _environment
    from generator.themes import default_theme, theme_files

    root = briefing()
    (root / "templates").mkdir()
    for path in default_theme().glob("*.html"):
        (root / "templates" / path.name).write_bytes(path.read_bytes())
    assert _environment(theme_files(root)[0]) is _Environment
    event = root / "templates" / "event.html"
    event.write_text(event.read_text("utf-8").replace("Sources", "Reports"), "utf-8")
    assert _environment(theme_files(root)[0]) is _Sandbox
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    assert soup(out / "events" / "2026-05-29-posting" / "index.html").find(id="sources").get_text() == "Reports"
