"""Event data (GDELT, ICEWS, ACLED, POLECAT) into actor graphs.

``from_events`` reads event files as distributed, maps their codes onto the relation
vocabulary (:func:`event_codes`), filters and aggregates them with DuckDB (or Spark) and
returns actor graphs; ``event_edges`` returns the aggregated table itself.
"""

from importlib import resources

from ..errors import UsageError
from .codes import actor_codes, event_codes
from .engines import ENGINES, DuckDBEngine, Engine, SparkEngine
from .graph import from_events, graph_from_edges, graphs_by_window, write_edges, write_windows
from .layouts import EVENT_LAYOUTS, LAYOUTS, Layout
from .pipeline import EDGE_COLUMNS, EVENT_SOURCES, WINDOWS, event_edges
from .synthetic import gdelt_row, generate_gdelt

__all__ = [
    "EDGE_COLUMNS",
    "ENGINES",
    "EVENT_LAYOUTS",
    "EVENT_SOURCES",
    "LAYOUTS",
    "WINDOWS",
    "DuckDBEngine",
    "Engine",
    "Layout",
    "SparkEngine",
    "actor_codes",
    "event_codes",
    "event_edges",
    "from_events",
    "gdelt_row",
    "generate_gdelt",
    "graph_from_edges",
    "graphs_by_window",
    "write_edges",
    "write_windows",
    "sample_path",
]

_SAMPLES = {
    "gdelt2": "20230711.export.CSV",
    "gdelt1": "20230711.export.CSV.zip",
    "icews": "icews.events.2023.tab",
    "acled": "acled-caucasus-2023.csv",
    "polecat": "polecat-2023-07.tsv",
}


def sample_path(source: str) -> str:
    """Path of the small sample file bundled for an event source (for examples and tests).

    Examples
    --------
    >>> from graphlib_kb.events import sample_path
    >>> sample_path("gdelt2").endswith("20230711.export.CSV")
    True
    """
    if source not in _SAMPLES:
        raise UsageError(f"no sample for {source!r}; samples: {', '.join(_SAMPLES)}")
    folder = resources.files("graphlib_kb").joinpath("data", "events", "samples", source)
    return str(folder.joinpath(_SAMPLES[source]))
