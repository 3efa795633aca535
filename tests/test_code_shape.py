"""The package's modules define each top-level name once.

A pattern defined twice at the top of a module is silently replaced by the
second: twice the reader lost a rule that way (a set of name particles, and a
time-of-day pattern that a later update-stamp rule shadowed).
"""

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"


def _defined_twice(source: str) -> dict[str, list[int]]:
    lines = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_the_check_finds_a_name_defined_twice():
    assert _defined_twice("A = 1\ndef f():\n    pass\nA = 2\n") == {"A": [1, 4]}


def test_no_module_defines_a_top_level_name_twice():
    found = {str(path.relative_to(PACKAGE)): twice for path in sorted(PACKAGE.rglob("*.py"))
             if (twice := _defined_twice(path.read_text("utf-8")))}
    assert found == {}
