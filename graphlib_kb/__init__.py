"""graphlib_kb: actor-relationship graphs for conflict analysis.

Actors (states, organisations, armed groups, people, territories) and their
relations (mediation, accusation, control, negotiation, ...) form a typed,
directed, signed, dated ``networkx.MultiDiGraph`` with evidence on every edge.
"""

__version__ = "0.1.0"

import sys

# Public names and the module that defines each. They are imported on first use (PEP 562), so
# that `graphlib-kb --help` does not pay for pandas, scipy and networkx.
_EXPORTS = {
    "balance": [
        "BalanceWarning",
        "balance",
        "camps",
        "inferred_groups",
        "signed_graph",
        "with_camps",
    ],
    "brokerage": ["ROLES", "brokerage"],
    "centrality": ["MEASURES", "MeasureWarning", "centrality"],
    "datasets": ["dataset_path", "list_datasets", "load_dataset"],
    "dates": ["date_bounds", "is_valid_date"],
    "errors": ["DatasetError", "GraphlibError", "UsageError"],
    "events": ["actor_codes", "event_codes", "event_edges", "from_events"],
    "extract": ["apply_review", "extract", "merge", "review_html"],
    "holes": ["structural_holes"],
    "html": ["to_html"],
    "io": ["FORMATS", "ImportNotice", "from_networkx", "read", "write"],
    "layers": ["layer", "weighted_digraph"],
    "mediators": [
        "COLLECTIVE_KINDS",
        "RANK_WEIGHTS",
        "STATUS_WEIGHTS",
        "mediated_dyads",
        "mediators",
    ],
    "model": ["ActorGraph", "actors_table", "from_tables", "relations_table", "sources_table"],
    "plotting": [
        "diagram_figure",
        "layout_positions",
        "plot",
        "plot_centrality",
        "plot_mediators",
        "plot_timeline",
        "save_figure",
    ],
    "provenance": ["split_sentences"],
    "report": ["reading", "report"],
    "summary": ["summary"],
    "temporal": ["role_changes", "roles", "windows"],
    "timeline": ["plot_timeline"],
    "validation": ["validate"],
    "vocabulary": ["actor_kinds", "statuses", "vocabulary"],
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}


def __getattr__(name):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'graphlib_kb' has no attribute '{name}'")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_WHERE))


class _Package(type(sys.modules[__name__])):
    """Keeps a public function when its own submodule is imported (``summary`` in
    ``graphlib_kb.summary``): the import system sets the package attribute to the
    submodule, and this hands out the function instead."""

    def __setattr__(self, name, value):
        if (
            name in _WHERE
            and getattr(value, "__name__", None) == f"{__name__}.{name}"
            and hasattr(value, name)
        ):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "__version__",
    "ActorGraph",
    "COLLECTIVE_KINDS",
    "DatasetError",
    "GraphlibError",
    "UsageError",
    "FORMATS",
    "ImportNotice",
    "MEASURES",
    "MeasureWarning",
    "RANK_WEIGHTS",
    "ROLES",
    "STATUS_WEIGHTS",
    "actor_codes",
    "actor_kinds",
    "actors_table",
    "balance",
    "BalanceWarning",
    "camps",
    "apply_review",
    "brokerage",
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
    "role_changes",
    "roles",
    "review_html",
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
]
