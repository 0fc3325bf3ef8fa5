"""No module of the package binds a top-level name twice: a second ``NAME = ...`` (or ``def``)
further down silently replaces the first for every function that reads it, as a second
``BODY_NOUNS`` once did in ``extract/rules.py``. A name built up step by step from itself
(``X = X | {...}``) is one binding."""

import ast
from pathlib import Path

import graphlib_kb


def _rebound(tree) -> list:
    seen, twice = set(), []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            names = [t.id for t in node.targets if isinstance(t, ast.Name) and t.id not in used]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


def test_no_top_level_name_is_bound_twice():
    root = Path(graphlib_kb.__file__).parent
    found = {
        str(path.relative_to(root)): names
        for path in sorted(root.rglob("*.py"))
        if (names := _rebound(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


def test_a_second_binding_is_found():
    source = "A = frozenset(['x'])\nB = A | {'y'}\nB = B | {'z'}\nA = frozenset(['w'])\n"
    assert _rebound(ast.parse(source)) == ["A"]
