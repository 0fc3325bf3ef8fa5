"""No function of the package is longer than about 80 lines without a reason written next to it
(docs/architecture.md, Conventions): a comment directly above the ``def`` that says why
("Longer than 80 lines: ...")."""

import ast
from pathlib import Path

import graphlib_kb

LIMIT = 80


def _reason_above(lines: list, first: int) -> str:
    """The comment block directly above line *first* (1-based)."""
    block = []
    i = first - 2
    while i >= 0 and lines[i].lstrip().startswith("#"):
        block.insert(0, lines[i].strip())
        i -= 1
    return " ".join(block)


def long_functions():
    """(lines, "path:line name", reason comment) of every function over LIMIT lines, its
    docstring aside."""
    root = Path(graphlib_kb.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            size = node.end_lineno - node.lineno + 1
            doc = node.body[0]
            if isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant):
                size -= doc.end_lineno - doc.lineno + 1
            if size > LIMIT:
                first = min([node.lineno] + [d.lineno for d in node.decorator_list])
                where = f"{path.relative_to(root.parent)}:{node.lineno} {node.name}"
                found.append((size, where, _reason_above(lines, first)))
    return found


def test_every_long_function_says_why():
    unexplained = [
        f"{where} ({size} lines)" for size, where, why in long_functions() if "80 lines" not in why
    ]
    assert unexplained == []


def test_the_check_finds_a_long_function(tmp_path):
    # the measure itself: a 90-line function without a comment is found, with one it is not
    body = "\n".join(f"    x{i} = {i}" for i in range(90))
    for comment, expected in (("", ""), ("# Longer than 80 lines: a table.\n", "80 lines")):
        lines = (comment + "def f():\n" + body + "\n").splitlines()
        node = ast.parse("\n".join(lines)).body[0]
        assert node.end_lineno - node.lineno + 1 == 91
        assert ("80 lines" in _reason_above(lines, node.lineno)) == bool(expected)
