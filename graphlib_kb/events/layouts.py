"""The published file layouts of the event datasets, and how each maps onto one event schema.

Every reader turns its rows into the same normalised events (one row per coded event):

``event_id``, ``day`` (DATE), ``source``, ``source_name``, ``source_country``, ``target``,
``target_name``, ``target_country``, ``code`` and ``base_code`` (the keys looked up in
:func:`graphlib_kb.event_codes`, first ``code`` then ``base_code``), ``goldstein``, ``quad_class``, ``mentions``, ``sources`` and ``evidence`` (a URL or a reference
to the report).

The mapping is written once, as SQL over a table called ``raw`` in DuckDB's dialect; the Spark
engine runs the same text translated by sqlglot.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Layout",
    "EVENT_LAYOUTS",
    "LAYOUTS",
    "GDELT2_COLUMNS",
    "GDELT1_COLUMNS",
    "GDELT1_COLUMNS_OLD",
]


def _actor(prefix: str) -> list[str]:
    return [
        f"{prefix}{part}"
        for part in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ]


def _geo(prefix: str, adm2: bool) -> list[str]:
    parts = ["Type", "FullName", "CountryCode", "ADM1Code"]
    parts += ["ADM2Code"] if adm2 else []
    parts += ["Lat", "Long", "FeatureID"]
    return [f"{prefix}_{p}" for p in parts]


_EVENT = [
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
]
_HEAD = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]

#: GDELT 2.0 event export: 61 tab-separated fields, no header.
GDELT2_COLUMNS = tuple(
    _HEAD
    + _actor("Actor1")
    + _actor("Actor2")
    + _EVENT
    + _geo("Actor1Geo", True)
    + _geo("Actor2Geo", True)
    + _geo("ActionGeo", True)
    + ["DATEADDED", "SOURCEURL"]
)
#: GDELT 1.0 daily files from April 2013: 58 fields (no ADM2 codes).
GDELT1_COLUMNS = tuple(
    _HEAD
    + _actor("Actor1")
    + _actor("Actor2")
    + _EVENT
    + _geo("Actor1Geo", False)
    + _geo("Actor2Geo", False)
    + _geo("ActionGeo", False)
    + ["DATEADDED", "SOURCEURL"]
)
#: GDELT 1.0 files before April 2013: 57 fields (no SOURCEURL).
GDELT1_COLUMNS_OLD = GDELT1_COLUMNS[:-1]

_GDELT_TYPES = {
    "GLOBALEVENTID": "int",
    "SQLDATE": "date",
    "IsRootEvent": "int",
    "QuadClass": "int",
    "GoldsteinScale": "float",
    "NumMentions": "int",
    "NumSources": "int",
    "NumArticles": "int",
}

_GDELT_SELECT = """
    GLOBALEVENTID AS event_id,
    SQLDATE AS day,
    NULLIF(Actor1Code, '') AS source,
    Actor1Name AS source_name,
    NULLIF(Actor1CountryCode, '') AS source_country,
    NULLIF(Actor2Code, '') AS target,
    Actor2Name AS target_name,
    NULLIF(Actor2CountryCode, '') AS target_country,
    EventCode AS code,
    EventBaseCode AS base_code,
    GoldsteinScale AS goldstein,
    QuadClass AS quad_class,
    NumMentions AS mentions,
    NumSources AS sources,
    {evidence} AS evidence
"""


@dataclass(frozen=True)
class Layout:
    """How one event dataset is distributed and how its rows become normalised events.

    Attributes
    ----------
    name : str
        Short name used by the API and the CLI (``gdelt2``, ``icews``...); ``gdelt`` accepts
        GDELT 2.0 and 1.0 files alike (each file's layout is told by its field count).
    title : str
        Name of the dataset (``GDELT 2.0``).
    scheme : str
        Which code table its events are looked up in: ``cameo``, ``plover`` or ``acled``.
    delimiter : str
        Field separator.
    header : bool
        Whether files start with a header line naming the columns.
    quoted : bool
        Whether fields may be quoted (RFC 4180); GDELT, ICEWS and POLECAT are not quoted, so a
        ``"`` is an ordinary character there.
    columns : tuple of tuple of str
        For headerless layouts, each accepted column list; for layouts with a header, the
        columns that must be present (others are read as text and ignored).
    types : dict
        Column name -> ``int``, ``float`` or ``date``; every other column is text.
    date_format : str
        strptime format of the date column.
    select : str
        The SQL select list that normalises a row (DuckDB dialect).
    null_values : tuple of str
        Field values read as missing besides the empty field (POLECAT writes ``None``).
    numeric_id : bool
        Whether event ids are integers (GDELT's GLOBALEVENTID), which makes ordering the
        events of a relation cheaper.
    coded_actors : bool
        Whether actors are CAMEO actor codes (GDELT), which name their country and role;
        otherwise they are names, with a separate country field.
    actor_columns : tuple of str
        The columns that name actors (checked for control characters).
    score_column : str or None
        The column holding a Goldstein score (checked to lie in -10..10).
    count_columns : tuple of str
        The columns holding counts of reports (checked to be non-negative).
    """

    name: str
    title: str
    scheme: str
    delimiter: str
    header: bool
    quoted: bool
    columns: tuple
    types: dict
    date_format: str
    select: str
    null_values: tuple = ()
    numeric_id: bool = False
    coded_actors: bool = False
    actor_columns: tuple = ()
    score_column: str | None = None
    count_columns: tuple = ()

    def select_for(self, columns: tuple[str, ...]) -> str:
        """The select list for a file with these columns: an ``{evidence}`` placeholder
        becomes SOURCEURL, or NULL for GDELT 1.0 files from before April 2013."""
        if "{evidence}" not in self.select:
            return self.select
        evidence = "SOURCEURL" if "SOURCEURL" in columns else "CAST(NULL AS VARCHAR)"
        return self.select.format(evidence=evidence)


_ICEWS_REQUIRED = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Country",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Country",
    "Story ID",
    "Publisher",
)
_ACLED_REQUIRED = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "source",
)
_POLECAT_REQUIRED = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Actor Name",
    "Actor Country",
    "Recipient Name",
    "Recipient Country",
    "Source",
)


def _gdelt(name: str, title: str, columns: tuple) -> Layout:
    return Layout(
        name=name,
        title=title,
        scheme="cameo",
        delimiter="\t",
        header=False,
        quoted=False,
        columns=columns,
        types=_GDELT_TYPES,
        date_format="%Y%m%d",
        select=_GDELT_SELECT,
        numeric_id=True,
        coded_actors=True,
        actor_columns=("Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name"),
        score_column="GoldsteinScale",
        count_columns=("NumMentions", "NumSources"),
    )


#: The event file layouts by source name (``ingest``'s SOURCE).
EVENT_LAYOUTS = {
    "gdelt": _gdelt("gdelt", "GDELT", (GDELT2_COLUMNS, GDELT1_COLUMNS, GDELT1_COLUMNS_OLD)),
    "gdelt2": _gdelt("gdelt2", "GDELT 2.0", (GDELT2_COLUMNS,)),
    "gdelt1": _gdelt("gdelt1", "GDELT 1.0", (GDELT1_COLUMNS, GDELT1_COLUMNS_OLD)),
    "icews": Layout(
        name="icews",
        title="ICEWS",
        scheme="cameo",
        delimiter="\t",
        header=True,
        quoted=False,
        columns=_ICEWS_REQUIRED,
        types={"Event Date": "date", "Intensity": "float"},
        date_format="%Y-%m-%d",
        actor_columns=("Source Name", "Target Name"),
        score_column="Intensity",
        select="""
    "Event ID" AS event_id,
    "Event Date" AS day,
    NULLIF("Source Name", '') AS source,
    "Source Name" AS source_name,
    NULLIF("Source Country", '') AS source_country,
    NULLIF("Target Name", '') AS target,
    "Target Name" AS target_name,
    NULLIF("Target Country", '') AS target_country,
    CASE WHEN length("CAMEO Code") = 2 THEN '0' || "CAMEO Code" ELSE "CAMEO Code" END AS code,
    '0' || "CAMEO Code" AS base_code,
    "Intensity" AS goldstein,
    CAST(NULL AS INT) AS quad_class,
    CAST(NULL AS BIGINT) AS mentions,
    CAST(NULL AS BIGINT) AS sources,
    'ICEWS story ' || "Story ID" || ' (' || "Publisher" || ')' AS evidence
""",
    ),
    "acled": Layout(
        name="acled",
        title="ACLED",
        scheme="acled",
        delimiter=",",
        header=True,
        quoted=True,
        columns=_ACLED_REQUIRED,
        types={"event_date": "date"},
        date_format="%Y-%m-%d",
        actor_columns=("actor1", "actor2"),
        select="""
    event_id_cnty AS event_id,
    event_date AS day,
    NULLIF(actor1, '') AS source,
    actor1 AS source_name,
    NULLIF(country, '') AS source_country,
    NULLIF(actor2, '') AS target,
    actor2 AS target_name,
    NULLIF(country, '') AS target_country,
    event_type || ':' || sub_event_type AS code,
    event_type || ':' AS base_code,
    CAST(NULL AS DOUBLE) AS goldstein,
    CAST(NULL AS INT) AS quad_class,
    CAST(NULL AS BIGINT) AS mentions,
    CAST(NULL AS BIGINT) AS sources,
    'ACLED ' || event_id_cnty || ' (' || source || ')' AS evidence
""",
    ),
    "polecat": Layout(
        name="polecat",
        title="POLECAT",
        scheme="plover",
        delimiter="\t",
        header=True,
        quoted=False,
        columns=_POLECAT_REQUIRED,
        types={"Event Date": "date"},
        date_format="%Y-%m-%d",
        null_values=("None",),
        actor_columns=("Actor Name", "Recipient Name"),
        select="""
    "Event ID" AS event_id,
    "Event Date" AS day,
    NULLIF("Actor Name", '') AS source,
    "Actor Name" AS source_name,
    NULLIF("Actor Country", '') AS source_country,
    NULLIF("Recipient Name", '') AS target,
    "Recipient Name" AS target_name,
    NULLIF("Recipient Country", '') AS target_country,
    upper("Event Type") || ':' || lower(coalesce("Event Mode", '')) AS code,
    upper("Event Type") || ':' AS base_code,
    CAST(NULL AS DOUBLE) AS goldstein,
    CAST(NULL AS INT) AS quad_class,
    CAST(NULL AS BIGINT) AS mentions,
    CAST(NULL AS BIGINT) AS sources,
    'POLECAT ' || "Event ID" || ' (' || coalesce("Source", '') || ')' AS evidence
""",
    ),
}

#: Deprecated alias of :data:`EVENT_LAYOUTS`, kept so that existing code keeps working: the
#: name clashed with :data:`graphlib_kb.positions.LAYOUTS` (node layouts of the diagram).
LAYOUTS = EVENT_LAYOUTS
