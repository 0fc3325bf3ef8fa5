"""graphlib_kb: actor-relationship graphs for conflict analysis.

Actors (states, organisations, armed groups, people, territories) and their
relations (mediation, accusation, control, negotiation, ...) form a typed,
directed, signed, dated ``networkx.MultiDiGraph`` with evidence on every edge.
"""

__version__ = "0.1.0"

from .datasets import dataset_path, list_datasets, load_dataset
from .dates import date_bounds, is_valid_date
from .errors import DatasetError
from .io import FORMATS, read, write
from .model import actors_table, from_tables, relations_table, sources_table
from .provenance import split_sentences
from .validation import validate
from .vocabulary import actor_kinds, statuses, vocabulary

__all__ = [
    "__version__",
    "DatasetError",
    "FORMATS",
    "actor_kinds",
    "actors_table",
    "dataset_path",
    "date_bounds",
    "from_tables",
    "is_valid_date",
    "list_datasets",
    "load_dataset",
    "read",
    "relations_table",
    "sources_table",
    "split_sentences",
    "statuses",
    "validate",
    "vocabulary",
    "write",
]
