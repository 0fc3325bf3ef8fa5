"""The import-linter contract places every module, has no exceptions, and docs/architecture.md
names each module in its layer table."""

import re
from pathlib import Path

import pytest

import graphlib_kb

ROOT = Path(__file__).parents[1]
tomllib = pytest.importorskip("tomllib")


def _contract():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = config["tool"]["importlinter"]["contracts"]
    return contract


def _layered() -> set:
    return {
        m.strip().removeprefix("graphlib_kb.")
        for row in _contract()["layers"]
        for m in row.split(":")
    }


def test_the_contract_has_no_exceptions():
    assert "ignore_imports" not in _contract()


def test_every_module_has_a_layer():
    package = Path(graphlib_kb.__file__).parent
    modules = {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
    modules |= {p.parent.name for p in package.glob("*/__init__.py")}
    assert modules - _layered() == set()


def test_the_layer_table_names_every_layered_module():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = [line for line in text.splitlines() if line.startswith("| ")]
    named = set(re.findall(r"`([\w/*]+)`", "\n".join(table)))
    missing = set()
    for module in _layered():
        kernels = module.startswith("_") and module.endswith(("_kernel", "_py"))
        if module not in named and f"{module}/" not in named and not kernels:
            missing.add(module)
    assert missing == set()
