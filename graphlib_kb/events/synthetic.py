"""Synthetic GDELT event files: single rows for tests, and files of any size for benchmarks."""

from __future__ import annotations

import datetime as dt
import os

from ..errors import UsageError
from ..files import AtomicWriter
from .codes import _actor_code_records, event_codes
from .engines import _quiet
from .layouts import GDELT1_COLUMNS, GDELT1_COLUMNS_OLD, GDELT2_COLUMNS

__all__ = ["gdelt_row", "generate_gdelt"]

_COLUMNS = {2: GDELT2_COLUMNS, 1: GDELT1_COLUMNS, 0: GDELT1_COLUMNS_OLD}


def gdelt_row(version: int = 2, **values) -> str:
    """One GDELT event row, tab-separated, every field not given left empty.

    Parameters
    ----------
    version : {2, 1, 0}
        GDELT 2.0 (61 fields), 1.0 (58 fields) or 1.0 before April 2013 (57 fields).
    **values
        Field values by column name (``Actor1Code="AZEGOV"``).

    Examples
    --------
    >>> from graphlib_kb.events import gdelt_row
    >>> row = gdelt_row(GLOBALEVENTID="1", SQLDATE="20230711", EventCode="045")
    >>> len(row.split("\\t")), row.split("\\t")[26]
    (61, '045')
    """
    columns = _COLUMNS[version]
    unknown = set(values) - set(columns)
    if unknown:
        raise UsageError(f"not GDELT columns: {', '.join(sorted(unknown))}")
    fields = [str(values.get(c, "")) for c in columns]
    if any("\t" in f or "\n" in f for f in fields):
        raise UsageError("GDELT fields cannot hold tabs or newlines")
    return "\t".join(fields)


# Countries the synthetic events are about, most frequent first, and the roles that follow.
_COUNTRIES = [
    "USA",
    "RUS",
    "CHN",
    "GBR",
    "FRA",
    "DEU",
    "TUR",
    "IRN",
    "ISR",
    "UKR",
    "AZE",
    "ARM",
    "GEO",
    "IND",
    "PAK",
    "SYR",
    "IRQ",
    "EGY",
    "SAU",
    "JPN",
    "KOR",
    "PRK",
    "BRA",
    "MEX",
    "NGA",
    "ZAF",
    "KEN",
    "ETH",
    "SDN",
    "AFG",
]
_ROLES = ["", "", "GOV", "GOV", "MIL", "OPP", "REB", "MED", "BUS", "CVL", "COP", "JUD"]


def _sql_list(items) -> str:
    return "[" + ", ".join("'" + str(i).replace("'", "''") + "'" for i in items) + "]"


def generate_gdelt(
    path,
    rows: int,
    *,
    seed: int = 0,
    start: str = "2023-01-01",
    days: int = 365,
    missing_target: float = 0.1,
    variants: int = 1,
) -> str:
    """Write a synthetic GDELT 2.0 event export (61 tab-separated fields, no header).

    Rows are made by DuckDB from integer hashes of the row number and the seed, so the same
    arguments give byte-identical files on every machine. Actor codes combine 30 countries
    and 10 roles with a skewed distribution (a few actors dominate, as in GDELT); event codes
    cover every CAMEO code with its Goldstein score and QuadClass; mentions are skewed
    (1 to 50); about ``missing_target`` of the events have no Actor2.

    Parameters
    ----------
    path : str or os.PathLike
        File to write (atomically). A name ending in ``.parquet`` writes Parquet with the
        GDELT 2.0 column names and types instead.
    rows : int
        Number of events.
    seed : int
        Changes every random choice.
    start : str
        First day (ISO date); events spread over ``days`` days.
    variants : int
        Number of numbered variants of each actor code (``AZEGOV``, ``AZEGOV1``, ...): more
        variants make more distinct actor pairs, hence more relations (the default, 1, keeps
        the 300 codes; with 10 variants 3 million rows give about a million relations).

    Returns
    -------
    str
        The path written.

    Examples
    --------
    >>> import tempfile, os
    >>> from graphlib_kb.events import generate_gdelt
    >>> path = generate_gdelt(os.path.join(tempfile.mkdtemp(), "g.export.CSV"), 1000)
    >>> sum(1 for _ in open(path, encoding="utf-8"))
    1000
    """
    if rows < 0:
        raise UsageError("rows must be non-negative")
    query = _gdelt_query(
        rows,
        seed=seed,
        start=start,
        days=days,
        missing_target=missing_target,
        variants=variants,
    )
    _copy_query(query, os.fspath(path))
    return os.fspath(path)


def _gdelt_query(rows, *, seed, start, days, missing_target, variants) -> str:
    """The DuckDB query that makes the synthetic rows: random draws, then the 61 columns."""
    codes = event_codes("cameo")
    codes = codes[codes["key"].str.len() >= 3].reset_index(drop=True)
    names = _actor_code_records()
    first = dt.date.fromisoformat(start)

    def h(salt: int) -> str:
        # a 31-bit hash of (row, seed, salt): multiply-xorshift, all in BIGINT arithmetic
        return (
            f"((((i * 2654435761 + {seed * 97 + salt * 7919 + 1}) % 2147483647) * 48271"
            f" + {salt}) % 2147483647)"
        )

    def pick(items: str, n: int, salt: int, skew: bool = False) -> str:
        if skew:  # index = n * u^2: low indexes much more frequent
            return f"{items}[1 + CAST(floor({n} * pow({h(salt)} / 2147483647.0, 2)) AS BIGINT)]"
        return f"{items}[1 + {h(salt)} % {n}]"

    country_names = [names[c]["name"].upper() for c in _COUNTRIES]
    draws = f"""
    WITH base AS (
        SELECT i,
            DATE '{first.isoformat()}' + CAST({h(1)} % {days} AS INTEGER) AS day,
            {pick(_sql_list(range(len(_COUNTRIES))), len(_COUNTRIES), 2, True)} AS c1,
            {pick(_sql_list(_ROLES), len(_ROLES), 3)} AS r1,
            {pick(_sql_list(range(len(_COUNTRIES))), len(_COUNTRIES), 4, True)} AS c2,
            {pick(_sql_list(_ROLES), len(_ROLES), 5)} AS r2,
            {h(6)} % 1000 < {int(missing_target * 1000)} AS no_target,
            {h(7)} % {len(codes)} AS k,
            1 + CAST(floor(50 * pow({h(8)} / 2147483647.0, 4)) AS BIGINT) AS mentions,
            {h(9)} AS r,
            -- variants from hashes with other multipliers (the salted ones move together)
            ((i * 2246822519 + {seed * 31 + 3}) % 4294967291) % {max(int(variants), 1)} AS v1,
            ((i * 3266489917 + {seed * 37 + 7}) % 4294967279) % {max(int(variants), 1)} AS v2
        FROM range({int(rows)}) t(i)
    ), coded AS (
        SELECT *,
            {_sql_list(_COUNTRIES)}[1 + CAST(c1 AS INTEGER)] AS a1c,
            {_sql_list(_COUNTRIES)}[1 + CAST(c2 AS INTEGER)] AS a2c,
            {_sql_list(country_names)}[1 + CAST(c1 AS INTEGER)] AS a1n,
            {_sql_list(country_names)}[1 + CAST(c2 AS INTEGER)] AS a2n,
            {_sql_list(codes["key"])}[1 + k] AS code,
            {_sql_list(codes["root"])}[1 + k] AS root,
            {_sql_list(codes["quad_class"].astype(int))}[1 + k] AS quad,
            {_sql_list(codes["goldstein"].map(lambda g: f"{g:.1f}"))}[1 + k] AS gold
        FROM base
    )
    """
    return draws + _GDELT2_SELECT


def _copy_query(query: str, path: str) -> None:
    """Write the rows of *query* to *path* atomically: tab-separated text, or Parquet with
    GDELT 2.0 types for a name ending in ``.parquet``."""
    import duckdb

    parquet = path.endswith(".parquet")
    con = duckdb.connect()
    try:
        con.execute("SET preserve_insertion_order = true")
        _quiet(con)
        with AtomicWriter() as writer:
            tmp = writer.stage(path)
            if parquet:
                typed = ", ".join(
                    "CAST(strptime(SQLDATE, '%Y%m%d') AS DATE) AS SQLDATE"
                    if c == "SQLDATE"
                    else f"CAST(NULLIF({c}, '') AS {_PARQUET_TYPES[c]}) AS {c}"
                    if c in _PARQUET_TYPES
                    else c
                    for c in GDELT2_COLUMNS
                )
                con.execute(
                    f"COPY (SELECT {typed} FROM ({query})) TO '{tmp}' (FORMAT parquet,"
                    " COMPRESSION zstd)"
                )
            else:
                con.execute(
                    f"COPY ({query}) TO '{tmp}' (FORMAT csv, DELIMITER '\t', HEADER false,"
                    " QUOTE '', ESCAPE '', NULLSTR '')"
                )
    finally:
        con.close()


# The 61 GDELT 2.0 columns of the synthetic rows, from the draws of ``_gdelt_query`` (one
# SELECT, a column a line: the order is the file's).
_GDELT2_SELECT = """
    SELECT
        CAST(1000000000 + i AS VARCHAR) AS GLOBALEVENTID,
        strftime(day, '%Y%m%d') AS SQLDATE,
        strftime(day, '%Y%m') AS MonthYear,
        strftime(day, '%Y') AS Year,
        printf('%.4f', year(day) + (dayofyear(day) - 1) / 365.0) AS FractionDate,
        a1c || r1 || CASE WHEN v1 = 0 THEN '' ELSE CAST(v1 AS VARCHAR) END AS Actor1Code,
        a1n AS Actor1Name, a1c AS Actor1CountryCode,
        '' AS Actor1KnownGroupCode, '' AS Actor1EthnicCode, '' AS Actor1Religion1Code,
        '' AS Actor1Religion2Code, r1 AS Actor1Type1Code, '' AS Actor1Type2Code,
        '' AS Actor1Type3Code,
        CASE WHEN no_target THEN ''
            ELSE a2c || r2 || CASE WHEN v2 = 0 THEN '' ELSE CAST(v2 AS VARCHAR) END
        END AS Actor2Code,
        CASE WHEN no_target THEN '' ELSE a2n END AS Actor2Name,
        CASE WHEN no_target THEN '' ELSE a2c END AS Actor2CountryCode,
        '' AS Actor2KnownGroupCode, '' AS Actor2EthnicCode, '' AS Actor2Religion1Code,
        '' AS Actor2Religion2Code, CASE WHEN no_target THEN '' ELSE r2 END AS Actor2Type1Code,
        '' AS Actor2Type2Code, '' AS Actor2Type3Code,
        CASE WHEN r % 3 = 0 THEN '0' ELSE '1' END AS IsRootEvent,
        code AS EventCode, substr(code, 1, 3) AS EventBaseCode, root AS EventRootCode,
        quad AS QuadClass, gold AS GoldsteinScale,
        CAST(mentions AS VARCHAR) AS NumMentions,
        CAST(1 + (mentions - 1) // 4 AS VARCHAR) AS NumSources,
        CAST(mentions AS VARCHAR) AS NumArticles,
        printf('%.6f', (r % 2000) / 100.0 - 10) AS AvgTone,
        '4' AS Actor1Geo_Type, a1n AS Actor1Geo_FullName, a1c AS Actor1Geo_CountryCode,
        a1c AS Actor1Geo_ADM1Code, '' AS Actor1Geo_ADM2Code, '40.4093' AS Actor1Geo_Lat,
        '49.8671' AS Actor1Geo_Long, '-2214662' AS Actor1Geo_FeatureID,
        '4' AS Actor2Geo_Type, a2n AS Actor2Geo_FullName, a2c AS Actor2Geo_CountryCode,
        a2c AS Actor2Geo_ADM1Code, '' AS Actor2Geo_ADM2Code, '40.1792' AS Actor2Geo_Lat,
        '44.4991' AS Actor2Geo_Long, '-2214663' AS Actor2Geo_FeatureID,
        '4' AS ActionGeo_Type, a1n AS ActionGeo_FullName, a1c AS ActionGeo_CountryCode,
        a1c AS ActionGeo_ADM1Code, '' AS ActionGeo_ADM2Code, '40.4093' AS ActionGeo_Lat,
        '49.8671' AS ActionGeo_Long, '-2214662' AS ActionGeo_FeatureID,
        strftime(day, '%Y%m%d') || '120000' AS DATEADDED,
        'https://news' || CAST(r % 997 AS VARCHAR) || '.example.com/' || strftime(day, '%Y/%m/%d')
            || '/story-' || CAST(i AS VARCHAR) AS SOURCEURL
    FROM coded
    ORDER BY i
    """


_PARQUET_TYPES = {
    "SQLDATE": "DATE",
    "IsRootEvent": "BIGINT",
    "QuadClass": "BIGINT",
    "GoldsteinScale": "DOUBLE",
    "NumMentions": "BIGINT",
    "NumSources": "BIGINT",
    "NumArticles": "BIGINT",
}
