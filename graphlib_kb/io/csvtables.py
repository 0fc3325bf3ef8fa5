"""The old name of :mod:`graphlib_kb.csvtables` (strict CSV reading, the CSV writer and its
spreadsheet-formula neutralising), kept so that code importing it keeps working."""

from ..csvtables import (
    _TRIGGERS as _TRIGGERS,
)
from ..csvtables import (
    column_cells,
    csv_text,
    from_cell,
    neutralise,
    parse_csv,
    render_columns,
    render_csv,
    safe_cell,
    to_cell,
)

__all__ = [
    "parse_csv",
    "render_csv",
    "render_columns",
    "csv_text",
    "safe_cell",
    "column_cells",
    "to_cell",
    "from_cell",
    "neutralise",
]
