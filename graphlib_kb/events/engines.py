"""The engines that run the event pipeline: DuckDB (embedded, the default) and Apache Spark.

Both read the inputs with the layout's declared column types (a field that does not parse is
an error naming its file and line), expose them to SQL as ``raw_0``, ``raw_1``... (one per group
of files with the same columns), and run the pipeline's SQL. The SQL is written once, in DuckDB's
dialect; :class:`SparkEngine` translates it with sqlglot.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable
from contextlib import contextmanager
from typing import Protocol, runtime_checkable

import pandas as pd

from ..errors import UsageError
from .inputs import Input
from .layouts import Layout

__all__ = ["Engine", "DuckDBEngine", "SparkEngine", "ENGINES", "make_engine", "engine_errors"]

_DUCK_TYPES = {"text": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "date": "DATE"}
_MAX_PROBLEMS = 50


def _quote_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _groups(inputs: list[Input]) -> list[list[Input]]:
    groups: dict[tuple, list[Input]] = {}
    for item in inputs:
        kind = "parquet" if item.kind == "parquet" else ("gzip" if item.kind == "gzip" else "text")
        groups.setdefault((kind, item.columns), []).append(item)
    return list(groups.values())


def _quiet(con) -> None:
    """No DuckDB progress bar of its own (in Jupyter, DuckDB refuses to change the setting
    without ipywidgets; it then prints nothing for queries this short anyway)."""
    import duckdb

    with contextlib.suppress(duckdb.Error):
        con.execute("SET enable_progress_bar = false")


@runtime_checkable
class Engine(Protocol):
    """What the pipeline asks of an engine; :class:`DuckDBEngine` and :class:`SparkEngine`
    implement it, and so can an engine of one's own.

    ``errors`` are the exception types that mean "the engine failed on the input" (a file
    that does not parse, say): only those are reported as a problem with the input; any
    other exception (a bug, a wrong argument) goes up as it is.
    """

    name: str
    errors: tuple[type[BaseException], ...]

    def register(self, name: str, frame: pd.DataFrame) -> None: ...

    def load(self, inputs: list[Input], layout: Layout, paths: dict[str, str]) -> list[tuple]: ...

    def sql(self, query: str, progress: Callable[[float], None] | None = None) -> pd.DataFrame: ...

    def problems(self) -> list[dict]: ...

    def close(self) -> None: ...


def engine_errors(engine) -> tuple[type[BaseException], ...]:
    """The exception types of *engine* that blame the input (see :class:`Engine`)."""
    return tuple(getattr(engine, "errors", ())) or (Exception,)


class DuckDBEngine:
    """Runs the pipeline in an embedded DuckDB database (out of core, all cores).

    Parameters
    ----------
    memory_limit : str, optional
        DuckDB's ``memory_limit`` (``"1GB"``); it spills to a temporary folder beyond it.
    threads : int, optional
        Worker threads; DuckDB's default is one per core.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> from graphlib_kb.events import DuckDBEngine, sample_path
    >>> engine = DuckDBEngine(memory_limit="1GB", threads=2)
    >>> edges = gk.event_edges(sample_path("gdelt2"), "gdelt2", engine=engine)
    >>> len(edges)
    11
    >>> engine.close()
    """

    name = "duckdb"

    def __init__(self, memory_limit: str | None = None, threads: int | None = None):
        import duckdb

        self.errors = (duckdb.Error,)

        self.con = duckdb.connect()
        # spill to a private temporary folder (DuckDB's default is ./.tmp in the working folder)
        self._spill = tempfile.mkdtemp(prefix="graphlib-kb-duckdb-")
        self.con.execute(f"SET temp_directory = {_quote_string(self._spill)}")
        if memory_limit:
            self.con.execute(f"SET memory_limit = {_quote_string(memory_limit)}")
        if threads:
            self.con.execute(f"SET threads = {int(threads)}")
        self.con.execute("SET preserve_insertion_order = false")
        # the pipeline's only joins look a few hundred codes up for millions of rows, so the
        # code table is the build side; DuckDB's estimate of a filtered, de-duplicated CSV scan
        # can be a handful of rows, and it would then flip the join and hash the events
        with contextlib.suppress(duckdb.Error):
            self.con.execute("SET disabled_optimizers = 'build_side_probe_side'")
        _quiet(self.con)
        self._labels: dict[str, str] = {}

    def register(self, name: str, frame: pd.DataFrame) -> None:
        self.con.register(name, frame)

    def load(self, inputs: list[Input], layout: Layout, paths: dict[str, str]) -> list[tuple]:
        """Create the ``raw_N`` views; returns ``[(view, columns)]``."""
        views = []
        for number, group in enumerate(_groups(inputs)):
            columns = group[0].columns
            files = [paths[item.label] for item in group]
            for item in group:
                self._labels[os.path.abspath(paths[item.label])] = item.label
            file_list = "[" + ", ".join(_quote_string(f) for f in files) + "]"
            if group[0].kind == "parquet":
                select = ", ".join(
                    f"CAST({_quote_name(c)} AS {_DUCK_TYPES[layout.types.get(c, 'text')]})"
                    f" AS {_quote_name(c)}"
                    for c in columns
                )
                source = f"(SELECT {select} FROM read_parquet({file_list}))"
            else:
                # compact dates (GDELT's 20230711) are read as integers and made into dates
                # in SQL, which is faster than a strptime format; an impossible date becomes
                # NULL, and the pipeline names its line
                compact = layout.date_format == "%Y%m%d"
                types = {c: _DUCK_TYPES[layout.types.get(c, "text")] for c in columns}
                dates = [c for c in columns if compact and types[c] == "DATE"]
                for c in dates:
                    types[c] = "BIGINT"
                spec = ", ".join(
                    f"{_quote_string(c)}: {_quote_string(t)}" for c, t in types.items()
                )
                quote = "'\"'" if layout.quoted else "''"
                nulls = "[" + ", ".join(_quote_string(v) for v in ("", *layout.null_values)) + "]"
                options = [
                    f"delim={_quote_string(layout.delimiter)}",
                    f"header={'true' if layout.header else 'false'}",
                    f"columns={{{spec}}}",
                    f"dateformat={_quote_string(layout.date_format)}",
                    f"quote={quote}",
                    f"escape={quote}",
                    f"nullstr={nulls}",
                    "strict_mode=true",
                    "null_padding=false",
                    "auto_detect=false",
                    "store_rejects=true",
                    "parallel=true",
                    f"compression={'gzip' if group[0].kind == 'gzip' else 'none'}",
                ]
                source = f"read_csv({file_list}, {', '.join(options)})"
                if dates:
                    made = ", ".join(
                        f"try(make_date(CAST({_quote_name(c)} // 10000 AS INTEGER),"
                        f" CAST({_quote_name(c)} // 100 % 100 AS INTEGER),"
                        f" CAST({_quote_name(c)} % 100 AS INTEGER))) AS {_quote_name(c)}"
                        for c in dates
                    )
                    source = f"(SELECT * REPLACE ({made}) FROM {source})"
            view = f"raw_{number}"
            self.con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM {source}")
            views.append((view, columns))
        return views

    def sql(self, query: str, progress: Callable[[float], None] | None = None) -> pd.DataFrame:
        """Run a query; ``progress(percent)`` is called every 0.2 s while it runs."""
        return arrow_frame(self.arrow(query, progress))

    def arrow(self, query: str, progress: Callable[[float], None] | None = None):
        """The result of *query* as a ``pyarrow.Table`` (whole-number sums as int64), streamed
        out of DuckDB in batches; ``progress`` as for :meth:`sql`. The pipeline takes this
        route when an engine has it (its grouped rows then stay Arrow columns).

        Examples
        --------
        >>> from graphlib_kb.events import DuckDBEngine
        >>> engine = DuckDBEngine()
        >>> engine.arrow("SELECT 'AZE' AS source, sum(x) AS events FROM range(4) t(x)").to_pydict()
        {'source': ['AZE'], 'events': [6]}
        >>> engine.close()
        """
        if progress is None:
            return self._table(query)
        import threading

        try:
            self.con.execute("SET enable_progress_bar = true")
            self.con.execute("SET enable_progress_bar_print = false")
            self.con.execute("SET progress_bar_time = 0")
        except self.errors:
            return self._table(query)
        done = threading.Event()

        def poll():
            while not done.wait(0.2):
                try:
                    value = self.con.query_progress()
                except Exception:
                    continue
                if value is not None and value >= 0:
                    progress(float(value))

        watcher = threading.Thread(target=poll, daemon=True)
        watcher.start()
        try:
            return self._table(query)
        finally:
            done.set()
            watcher.join()
            progress(100.0)

    def _table(self, query: str):
        """The result of *query*, streamed out of DuckDB as Arrow batches (so DuckDB never
        holds the whole result beside the copy made here), whole-number sums (HUGEINT) as
        int64."""
        import pyarrow as pa
        import pyarrow.compute as pc

        table = self.con.sql(query).to_arrow_reader(1 << 16).read_all()
        for i, field in enumerate(table.schema):
            if pa.types.is_decimal(field.type) and field.type.scale == 0:
                table = table.set_column(i, field.name, pc.cast(table.column(i), pa.int64()))
        return table

    def problems(self) -> list[dict]:
        """Rows the reader rejected in the last query: file, line, field, message."""
        try:
            rejected = self.con.execute(
                "SELECT s.file_path, e.line, e.column_name, e.error_type, e.error_message,"
                " e.byte_position FROM reject_errors e JOIN reject_scans s"
                " ON e.scan_id = s.scan_id AND e.file_id = s.file_id"
                f" ORDER BY s.file_path, e.line, e.column_idx LIMIT {_MAX_PROBLEMS}"
            ).fetchall()
        except Exception:
            return []
        out = []
        for path, line, column, kind, message, byte in rejected:
            label = self._labels.get(os.path.abspath(path), path)
            if kind == "INVALID ENCODING":
                message = (
                    f"not UTF-8 (invalid byte sequence at byte {byte}); re-encode the file as UTF-8"
                )
            elif kind in ("MISSING COLUMNS", "TOO MANY COLUMNS"):
                message = message.split("\n")[0] + " (rows are never padded or cut)"
            else:
                message = message.split("\n")[0]
            out.append({"file": label, "row": int(line), "field": column or "", "message": message})
        return out

    def close(self) -> None:
        self.con.close()
        shutil.rmtree(self._spill, ignore_errors=True)


def arrow_frame(table) -> pd.DataFrame:
    """A query's Arrow result as the DataFrame ``.df()`` gives: integers and booleans with
    missing values nullable, text Arrow-backed."""
    import pyarrow as pa

    nullable = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}
    frame = table.to_pandas(types_mapper=nullable.get, date_as_object=False)
    for name in frame.columns:
        column = frame[name]
        if isinstance(column.dtype, (pd.Int64Dtype, pd.BooleanDtype)) and not column.isna().any():
            frame[name] = column.astype("int64" if column.dtype == "Int64" else bool)
    return frame


_SPARK_TYPES = {"text": "string", "int": "bigint", "float": "double", "date": "date"}
_JAVA_DATE = {"%Y": "yyyy", "%m": "MM", "%d": "dd"}


def _java_date_format(fmt: str) -> str:
    for k, v in _JAVA_DATE.items():
        fmt = fmt.replace(k, v)
    return fmt


@contextmanager
def _no_pandas_version_warning():
    """pyspark warns that it does not support pandas 3 yet; this engine hands it plain rows
    only, never pandas objects, so the warning does not concern it."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
        yield


class SparkEngine:
    """Runs the same pipeline on Apache Spark (local mode by default, or a given session).

    Parameters
    ----------
    session : pyspark.sql.SparkSession, optional
        A running session (for a cluster); by default a local one is started with the
        UI off and the time zone set to UTC.

    Notes
    -----
    Spark reads plain or gzip text and Parquet; zip archives are refused (Spark has no
    streaming zip reader). Spark does not know line numbers, so a malformed row is named by
    its file and its text. The session's CSV column pruning is turned off, so that every row
    is parsed whole and a short or long row is always caught.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> from graphlib_kb.events import SparkEngine, sample_path
    >>> spark = SparkEngine()  # doctest: +SKIP
    >>> gk.event_edges(sample_path("icews"), "icews", engine=spark)  # doctest: +SKIP
    """

    name = "spark"

    def __init__(self, session=None):
        if session is None:
            from pyspark.sql import SparkSession

            session = (
                SparkSession.builder.master("local[*]")
                .appName("graphlib-kb")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.ui.showConsoleProgress", "false")
                .getOrCreate()
            )
            session.sparkContext.setLogLevel("FATAL")
        # every row is parsed whole, so that a short or long row is caught even when a query
        # needs only some of its columns
        session.conf.set("spark.sql.csv.parser.columnPruning.enabled", "false")
        from pyspark.errors import PySparkException

        errors: list[type[BaseException]] = [PySparkException]
        try:
            from py4j.protocol import Py4JJavaError

            errors.append(Py4JJavaError)
        except ImportError:  # pragma: no cover - py4j comes with pyspark
            pass
        self.errors = tuple(errors)
        self.spark = session
        self._checks: list[tuple[str, str]] = []

    def register(self, name: str, frame: pd.DataFrame) -> None:
        from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

        types = {"float64": DoubleType(), "Int64": LongType(), "int64": LongType()}
        schema = StructType(
            [StructField(c, types.get(str(frame[c].dtype), StringType())) for c in frame.columns]
        )
        rows = [
            tuple(None if pd.isna(v) else v for v in row)
            for row in frame.astype(object).itertuples(index=False)
        ]
        with _no_pandas_version_warning():
            self.spark.createDataFrame(rows, schema).createOrReplaceTempView(name)

    def load(self, inputs: list[Input], layout: Layout, paths: dict[str, str]) -> list[tuple]:
        from pyspark.sql.functions import input_file_name
        from pyspark.sql.types import StructField, StructType, _parse_datatype_string

        self.close()
        self._checks = []
        views = []
        for number, group in enumerate(_groups(inputs)):
            columns = group[0].columns
            if any(item.kind == "zip" for item in group):
                raise UsageError(
                    f"{group[0].label}: the spark engine cannot read zip archives; unzip them or"
                    " use engine='duckdb'"
                )
            files = [os.path.abspath(item.path) for item in group]
            fields = [
                StructField(c, _parse_datatype_string(_SPARK_TYPES[layout.types.get(c, "text")]))
                for c in columns
            ]
            view = f"raw_{number}"
            if group[0].kind == "parquet":
                frame = self.spark.read.parquet(*files)
                frame = frame.select(
                    *[
                        frame[c].cast(f.dataType).alias(c)
                        for c, f in zip(columns, fields, strict=True)
                    ]
                )
            else:
                schema = StructType(
                    [*fields, StructField("_corrupt_record", _parse_datatype_string("string"))]
                )
                frame = self.spark.read.csv(
                    files,
                    schema=schema,
                    sep=layout.delimiter,
                    header=layout.header,
                    quote='"' if layout.quoted else "",
                    escape='"' if layout.quoted else "",
                    multiLine=layout.quoted,
                    dateFormat=_java_date_format(layout.date_format),
                    nullValue=layout.null_values[0] if layout.null_values else "",
                    mode="PERMISSIVE",
                    columnNameOfCorruptRecord="_corrupt_record",
                    enforceSchema=True,
                    encoding="UTF-8",
                )
                frame = frame.withColumn("_file", input_file_name())
                self._checks.append((view, columns[0]))
            frame.createOrReplaceTempView(view)
            views.append((view, columns))
        return views

    def translate(self, query: str) -> str:
        import sqlglot

        return sqlglot.transpile(query, read="duckdb", write="spark")[0]

    def sql(self, query: str, progress: Callable[[float], None] | None = None) -> pd.DataFrame:
        """Run a query; Spark reports no progress of its own, so ``progress`` hears 100 at
        the end."""
        rows = self.spark.sql(self.translate(query)).collect()
        frame = pd.DataFrame([r.asDict() for r in rows])
        if progress is not None:
            progress(100.0)
        return frame

    def problems(self) -> list[dict]:
        out = []
        for view, first in self._checks:
            bad = self.spark.sql(
                f"SELECT _file AS f, `{first}`, _corrupt_record FROM {view}"
                f" WHERE _corrupt_record IS NOT NULL LIMIT {_MAX_PROBLEMS}"
            ).collect()
            for row in bad:
                path = row["f"].removeprefix("file://")
                record = row["_corrupt_record"]
                out.append(
                    {
                        "file": path,
                        "row": None,
                        "field": "",
                        "message": "malformed row (wrong field count or a value that does not"
                        f" parse): {record[:120]!r}",
                    }
                )
        return out

    def close(self) -> None:
        for view, _ in self._checks:
            self.spark.catalog.dropTempView(view)


ENGINES = ("duckdb", "spark")


def make_engine(engine):
    """An engine from a name (``duckdb``, ``spark``) or an engine object."""
    if engine == "duckdb" or engine is None:
        return DuckDBEngine()
    if engine == "spark":
        return SparkEngine()
    if isinstance(engine, Engine) or (hasattr(engine, "sql") and hasattr(engine, "load")):
        return engine
    raise UsageError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
