"""The same pipeline on Apache Spark (local mode) gives the same edge tables as DuckDB.

Runs where pyspark and a Java runtime are installed; CI installs both and sets
GRAPHLIB_KB_REQUIRE_SPARK=1, which turns a skip into a failure.
"""

import os
import shutil

import pandas as pd
import pytest

import graphlib_kb as gk
from graphlib_kb.events import gdelt_row, generate_gdelt, sample_path


def _spark_missing() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'graphlib_kb[spark]')"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "no Java runtime (java) for Spark"
    return None


_MISSING = _spark_missing()
if _MISSING and os.environ.get("GRAPHLIB_KB_REQUIRE_SPARK") == "1":
    raise RuntimeError(f"GRAPHLIB_KB_REQUIRE_SPARK=1 but {_MISSING}")
pytestmark = pytest.mark.skipif(_MISSING is not None, reason=_MISSING or "")


@pytest.fixture(scope="module")
def spark():
    from graphlib_kb.events import SparkEngine

    engine = SparkEngine()
    yield engine
    engine.spark.stop()


def same(files, source, spark, **options):
    a = gk.event_edges(files, source, **options)
    b = gk.event_edges(files, source, engine=spark, **options)
    pd.testing.assert_frame_equal(a, b)
    assert a.attrs == b.attrs
    return a


@pytest.mark.parametrize("window", [None, "week"])
@pytest.mark.parametrize("source", ["gdelt2", "icews", "acled", "polecat"])
def test_samples_give_identical_edge_tables(spark, source, window):
    edges = same(sample_path(source), source, spark, window=window)
    assert len(edges) >= 2


def test_filters_give_identical_edge_tables(spark):
    path = sample_path("gdelt2")
    assert len(same(path, "gdelt2", spark, actors=["AZE", "ARM"], start="2023-07-12")) == 9
    assert len(same(path, "gdelt2", spark, roots=["19", "11"], min_mentions=2)) == 4
    assert len(same(sample_path("icews"), "icews", spark, actors=["Armenia"])) == 5


def test_a_synthetic_file_and_its_parquet_copy(spark, tmp_path):
    tsv = generate_gdelt(tmp_path / "g.export.CSV", 20000, seed=5)
    pq = generate_gdelt(tmp_path / "g.parquet", 20000, seed=5)
    a = same(tsv, "gdelt2", spark, window="month", actors=["AZE", "ARM", "TUR", "RUS"])
    b = same(pq, "gdelt2", spark, window="month", actors=["AZE", "ARM", "TUR", "RUS"])
    pd.testing.assert_frame_equal(a, b)
    assert len(a) > 500


def test_spark_names_the_file_and_text_of_a_bad_row(spark, tmp_path):
    good = gdelt_row(GLOBALEVENTID="1", SQLDATE="20230711", Actor1Code="AZE", Actor2Code="ARM",
                     EventCode="112", EventBaseCode="112", NumMentions="1")  # fmt: skip
    path = tmp_path / "bad.CSV"
    path.write_text(good + "\n" + good[:60] + "\n", encoding="utf-8")
    with pytest.raises(gk.DatasetError) as info:
        gk.event_edges(path, "gdelt2", engine=spark)
    problem = info.value.problems.iloc[0]
    assert problem["file"] == str(path)
    assert "malformed row" in problem["message"]
    assert repr(good[:20])[1:-1] in problem["message"]  # the row's text, as Python writes it


def test_spark_refuses_zip_archives_clearly(spark):
    with pytest.raises(ValueError, match="cannot read zip archives"):
        gk.event_edges(sample_path("gdelt1"), "gdelt1", engine=spark)


def test_spark_drops_duplicate_events_as_duckdb_does(spark, tmp_path):
    import zipfile

    with zipfile.ZipFile(sample_path("gdelt1")) as z:  # Spark reads no zip archives
        name = z.namelist()[0]
        z.extract(name, tmp_path)
    files = [str(tmp_path / name), sample_path("gdelt2")]  # one day as GDELT 1.0 and 2.0
    edges = same(files, "gdelt", spark)
    assert edges.attrs["ingest"]["duplicates"] > 0
    kept = same(files, "gdelt", spark, keep_duplicates=True)
    assert kept["events"].sum() == 2 * edges["events"].sum()


def test_spark_takes_a_progress_callback_and_bugs_are_not_blamed_on_the_input(spark):
    heard = []
    gk.event_edges(sample_path("icews"), "icews", engine=spark, progress=heard.append)
    assert heard == [100.0]

    def broken(percent):
        raise TypeError("a bug in the callback")

    with pytest.raises(TypeError, match="a bug in the callback"):
        gk.event_edges(sample_path("icews"), "icews", engine=spark, progress=broken)
