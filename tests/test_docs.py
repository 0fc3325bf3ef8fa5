"""The documentation lists every field, status, kind and relation type the code knows."""

from pathlib import Path

import pytest

import graphlib_kb as gk
from graphlib_kb.schema import ACTOR_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, TYPE_FIELDS

DOC = (Path(__file__).resolve().parent.parent / "docs" / "data-model.md").read_text(
    encoding="utf-8"
)


@pytest.mark.parametrize(
    "fields",
    [ACTOR_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, TYPE_FIELDS],
    ids=["actors", "relations", "sources", "types"],
)
def test_every_field_is_documented(fields):
    for f in fields:
        assert f"| `{f.name}` | {f.table_type}" in DOC and f.description in DOC, f.name


def test_every_type_status_and_kind_is_documented():
    for name, row in gk.vocabulary().iterrows():
        assert f"| `{name}` | {row['category']} |" in DOC, name
    for name in [*gk.statuses().index, *gk.actor_kinds().index]:
        assert f"| `{name}` |" in DOC, name


def test_readme_quickstart_commands():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "pip install . && graphlib-kb report karabakh-2023 -o report" in readme
    assert 'pip install ".[test]" && python -m pytest' in readme
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert '\npip install ".[test]" && python -m pytest\n' in ci
