"""The package's public names come from one table, ``graphlib_kb._EXPORTS`` (module -> names),
and ``__all__`` is derived from it."""

import importlib

import pytest

import graphlib_kb as gk

#: ``__all__`` as it was written out by hand before it was derived (issue 15): none may go.
EARLIER_ALL = {
    "ActorGraph",
    "BalanceWarning",
    "COLLECTIVE_KINDS",
    "DatasetError",
    "FORMATS",
    "GraphlibError",
    "ImportNotice",
    "MEASURES",
    "MeasureWarning",
    "RANK_WEIGHTS",
    "ROLES",
    "STATUS_WEIGHTS",
    "UsageError",
    "__version__",
    "actor_codes",
    "actor_kinds",
    "actors_table",
    "apply_review",
    "balance",
    "brokerage",
    "camps",
    "centrality",
    "dataset_path",
    "date_bounds",
    "diagram_figure",
    "event_codes",
    "event_edges",
    "extract",
    "from_events",
    "from_networkx",
    "from_tables",
    "inferred_groups",
    "is_valid_date",
    "layer",
    "layout_positions",
    "list_datasets",
    "load_dataset",
    "mediated_dyads",
    "mediators",
    "merge",
    "plot",
    "plot_centrality",
    "plot_mediators",
    "read",
    "reading",
    "relations_table",
    "report",
    "review_html",
    "role_changes",
    "roles",
    "save_figure",
    "signed_graph",
    "sources_table",
    "split_sentences",
    "statuses",
    "structural_holes",
    "summary",
    "to_html",
    "validate",
    "vocabulary",
    "weighted_digraph",
    "windows",
    "with_camps",
    "write",
}


def test_all_is_derived_from_the_one_table():
    names = [name for names in gk._EXPORTS.values() for name in names]
    assert len(names) == len(set(names))  # each name is given by one module only
    assert gk.__all__ == ["__version__", *names]
    assert set(gk.__all__) >= EARLIER_ALL


@pytest.mark.parametrize(
    ("module", "name"), [(m, n) for m, names in gk._EXPORTS.items() for n in names]
)
def test_every_public_name_resolves_to_its_module_object(module, name):
    expected = getattr(importlib.import_module(f"graphlib_kb.{module}"), name)
    assert getattr(gk, name) is expected


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        gk.no_such_name  # noqa: B018
