"""graphlib_kb: actor-relationship graphs for conflict analysis.

Actors (states, organisations, armed groups, people, territories) and their
relations (mediation, accusation, control, negotiation, ...) form a typed,
directed, signed, dated ``networkx.MultiDiGraph`` with evidence on every edge.
"""

__version__ = "0.1.0"

import sys

# The one table of public names: each module and the names it gives the package. `__all__`
# is derived from it. The names are imported on first use (PEP 562), so that
# `graphlib-kb --help` does not pay for pandas, scipy and networkx.
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
__all__ = ["__version__", *_WHERE]


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
