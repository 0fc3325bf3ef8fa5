"""graphlib_kb: actor-relationship graphs for conflict analysis.

Actors (states, organisations, armed groups, people, territories) and their
relations (mediation, accusation, control, negotiation, ...) form a typed,
directed, signed, dated ``networkx.MultiDiGraph`` with evidence on every edge.
"""

__version__ = "0.1.0"

from .brokerage import ROLES, brokerage
from .centrality import MEASURES, MeasureWarning, centrality
from .datasets import dataset_path, list_datasets, load_dataset
from .dates import date_bounds, is_valid_date
from .errors import DatasetError
from .holes import structural_holes
from .html import to_html
from .io import FORMATS, read, write
from .layers import layer, weighted_digraph
from .mediators import mediated_dyads, mediators
from .model import ActorGraph, actors_table, from_tables, relations_table, sources_table
from .plotting import (
    diagram_figure,
    layout_positions,
    plot,
    plot_centrality,
    plot_mediators,
    save_figure,
)
from .provenance import split_sentences
from .report import reading, report
from .summary import summary
from .validation import validate
from .vocabulary import actor_kinds, statuses, vocabulary

__all__ = [
    "__version__",
    "ActorGraph",
    "DatasetError",
    "FORMATS",
    "MEASURES",
    "MeasureWarning",
    "ROLES",
    "actor_kinds",
    "actors_table",
    "brokerage",
    "centrality",
    "dataset_path",
    "date_bounds",
    "diagram_figure",
    "from_tables",
    "is_valid_date",
    "layer",
    "layout_positions",
    "list_datasets",
    "load_dataset",
    "mediated_dyads",
    "mediators",
    "plot",
    "plot_centrality",
    "plot_mediators",
    "read",
    "reading",
    "relations_table",
    "report",
    "save_figure",
    "sources_table",
    "split_sentences",
    "statuses",
    "structural_holes",
    "summary",
    "to_html",
    "validate",
    "vocabulary",
    "weighted_digraph",
    "write",
]
