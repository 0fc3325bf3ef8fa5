"""The ``graphlib-kb`` command line: a thin layer over the Python API with the same names."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class DataError(click.ClickException):
    """A problem with the data: one clear message on stderr, exit code 1."""

    exit_code = 1


def _run(fn, *args, **kwargs):
    """Call the library; turn its errors into clean CLI errors unless --debug."""
    from .errors import DatasetError, GraphlibError

    ctx = click.get_current_context()
    if ctx.find_root().params.get("debug"):
        return fn(*args, **kwargs)
    try:
        return fn(*args, **kwargs)
    except DatasetError as err:
        raise DataError(str(err)) from None
    except GraphlibError as err:
        raise click.UsageError(str(err)) from None
    except OSError as err:
        raise DataError(_os_message(err, ctx.params.get("output"))) from None


def _os_message(err: OSError, output=None) -> str:
    """One line naming the path a system error is about: the file, or else the output asked for."""
    name = err.filename or err.filename2 or output
    reason = err.strerror or str(err)
    if name is None:
        return reason
    if output is not None and err.filename is None:
        return f"{name}: cannot write there: {reason}"
    return f"{name}: {reason}"


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="graphlib-kb")
@click.option("--debug", is_flag=True, help="Show Python tracebacks on errors.")
def cli(debug):
    """Actor-relationship graphs for conflict analysis.

    DATASET arguments take a bundled dataset name (see `graphlib-kb datasets`)
    or a path: a dataset folder, a relations CSV, a GraphML, GEXF or JSON file,
    or a graph from another tool (an edge list CSV/TSV, GML, Pajek, a workbook),
    which is imported as a plain graph with a note on stderr saying what was
    filled in (--strict refuses it instead).

    Example: graphlib-kb info karabakh-2023
    """


@cli.command()
def datasets():
    """List the bundled datasets.

    Example: graphlib-kb datasets
    """
    from .datasets import list_datasets

    table = list_datasets()[["name", "actors", "relations", "title"]]
    click.echo(table.to_string(index=False))


_STRICT = click.option(
    "--strict",
    is_flag=True,
    help="Refuse a file that is not a full dataset instead of importing it as a plain graph.",
)


def _read_dataset(fn, *args, **kwargs):
    """Read a DATASET argument; the note of a plain-graph import goes to stderr."""
    import warnings

    from .io import ImportNotice

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ImportNotice)
        G = _run(fn, *args, **kwargs)
    for w in caught:
        if issubclass(w.category, ImportNotice):
            click.echo(f"note: {w.message}", err=True)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return G


def _layer_options(fn):
    """The filters of graphlib_kb.layer, as options shared by every analysis command."""
    options = [
        click.option(
            "--category", multiple=True, help="Keep relations of this category (repeatable)."
        ),
        click.option(
            "--type", "type_", multiple=True, help="Keep relations of this type (repeatable)."
        ),
        click.option(
            "--status", multiple=True, help="Keep relations with this status (repeatable)."
        ),
        click.option("--exclude-status", multiple=True, help="Drop relations with this status."),
        click.option(
            "--sign",
            multiple=True,
            type=click.Choice(["-1", "0", "1"]),
            help="Keep relations with this sign (1 = the cooperative layer).",
        ),
        click.option(
            "--from",
            "start",
            help="Keep relations active on or after this ISO date (a relation dated ../2023-07 "
            "is active in July 2023 only).",
        ),
        click.option("--to", "end", help="Keep relations active on or before this ISO date."),
        click.option("--kind", multiple=True, help="Keep actors of this kind (repeatable)."),
        click.option(
            "--exclude-kind", multiple=True, help="Drop actors of this kind (repeatable)."
        ),
        click.option(
            "--collapse", is_flag=True, help="Collapse people and bodies into their parent."
        ),
        _STRICT,
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _output_options(fn):
    fn = click.option(
        "-o",
        "--output",
        type=click.Path(path_type=Path),
        help="Write the table to this file (format from .csv, .json, .md or .txt).",
    )(fn)
    fn = click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "csv", "json", "markdown"]),
        help="Output format (default: aligned table, or from the -o suffix).",
    )(fn)
    return fn


def _load_layer(
    dataset,
    output,
    category,
    type_,
    status,
    exclude_status,
    sign,
    start,
    end,
    kind,
    exclude_kind,
    collapse,
    strict=False,
):
    from .datasets import load_dataset, resolve_dataset
    from .layers import layer

    source = _run(resolve_dataset, dataset)
    if output is not None:
        _check_output(output, source)
        ctx = click.get_current_context()
        if "fmt" in ctx.params and ctx.params["fmt"] is None:
            from .tabular import table_format

            _run(table_format, output)
    G = _read_dataset(load_dataset, source, strict=strict)
    filters = {
        "category": list(category) or None,
        "type": list(type_) or None,
        "status": list(status) or None,
        "exclude_status": list(exclude_status) or None,
        "sign": [int(x) for x in sign] or None,
        "start": start,
        "end": end,
        "kind": list(kind) or None,
        "exclude_kind": list(exclude_kind) or None,
        "collapse": collapse,
    }
    if any(v for v in filters.values()):
        G = _run(layer, G, **filters)
    return G


def _check_folder(folder: Path) -> None:
    """A folder to write into: existing and writable, or creatable in a writable folder."""
    import os

    if folder.is_dir():
        if not os.access(folder, os.W_OK):
            raise DataError(f"{folder}: the folder is not writable")
        return
    parent = folder.resolve().parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK):
        raise DataError(f"{folder}: cannot create the folder: {parent} is not writable")


def _check_output(output: Path, source) -> None:
    import os

    if output.resolve() == Path(source).resolve():
        raise click.UsageError(f"output {output} is the input; choose another path")
    parent = output.resolve().parent
    if not parent.is_dir():
        raise DataError(f"{output}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise DataError(f"{output}: the folder {parent} is not writable")


def _emit(table, fmt, output) -> None:
    from .tabular import render_table, write_table

    if output is not None:
        written = _run(write_table, table, output, fmt)
        click.echo(f"wrote {written}", err=True)
    else:
        click.echo(render_table(table, fmt or "table"), nl=False)


def _analyse(fn, *args, **kwargs):
    """Run an analysis; its warnings become 'warning:' lines on stderr."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = _run(fn, *args, **kwargs)
    for w in caught:
        click.echo(f"warning: {w.message}", err=True)
    return result


@cli.command()
@click.argument("dataset")
@_layer_options
@_output_options
def info(dataset, fmt, output, **filters):
    """Summarise a dataset: actors by kind, relations by category, status and sign,
    density and components (graphlib_kb.summary).

    Example: graphlib-kb info karabakh-2023
    """
    from .summary import summary

    G = _load_layer(dataset, output, **filters)
    if fmt is None and output is None:
        click.echo(G.graph.get("title") or G.graph.get("name") or dataset)
    _emit(_analyse(summary, G), fmt, output)


@cli.command()
@click.argument("dataset")
@_layer_options
@click.option("--measures", multiple=True, help="Compute only these measures (repeatable).")
@click.option(
    "--weight",
    type=click.Choice(["count", "goldstein", "none"]),
    default="count",
    show_default=True,
    help="Arc weight: number of relations, summed |Goldstein|, or 1.",
)
@click.option(
    "--by",
    type=click.Choice(["category", "type", "status"]),
    help="One block per relation category, type or status.",
)
@click.option(
    "-k", "k", type=int, help="Estimate betweenness and closeness from k sampled sources."
)
@click.option("--seed", type=int, help="Seed of the k sampled sources.")
@_output_options
def centrality(dataset, measures, weight, by, k, seed, fmt, output, **filters):
    """Centrality of every actor (graphlib_kb.centrality).

    Example: graphlib-kb centrality karabakh-2023 --category mediation --format markdown
    """
    from .centrality import centrality as centrality_

    G = _load_layer(dataset, output, **filters)
    table = _analyse(
        centrality_,
        G,
        measures=list(measures) or None,
        weight=None if weight == "none" else weight,
        by=by,
        k=k,
        seed=seed,
    )
    _emit(table, fmt, output)


@cli.command()
@click.argument("dataset")
@_layer_options
@click.option(
    "--freq",
    type=click.Choice(["year", "quarter", "month", "week"]),
    default="year",
    show_default=True,
    help="Calendar windows.",
)
@click.option(
    "--period",
    multiple=True,
    help="A window of your own (ISO date or interval such as 2021/2022; repeatable; "
    "replaces --freq).",
)
@click.option("--cumulative", is_flag=True, help="Each window holds everything up to its end.")
@click.option(
    "--open-start",
    type=click.Choice(["end", "always"]),
    default="end",
    show_default=True,
    help="A relation dated ../2023-07 is active only in July 2023 (end) or at every day up to it.",
)
@click.option("--changes", is_flag=True, help="Print the role changes instead of every role.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the inferred camps.")
@_output_options
def roles(dataset, freq, period, cumulative, open_start, changes, seed, fmt, output, **filters):
    """Each actor's role in each time window, or its changes (graphlib_kb.roles,
    graphlib_kb.role_changes).

    Example: graphlib-kb roles karabakh-2023 --freq year --changes
    """
    from .temporal import role_changes
    from .temporal import roles as roles_

    G = _load_layer(dataset, output, **filters)
    table = _analyse(
        roles_,
        G,
        list(period) if period else freq,
        cumulative=cumulative,
        open_start=open_start,
        seed=seed,
    )
    if changes:
        table = role_changes(table)
    _emit(table, fmt, output)


@cli.command()
@click.argument("dataset")
@_layer_options
@click.option(
    "--groups",
    default="camp",
    show_default=True,
    help="Actor attribute that defines the groups ('inferred': camps from the signs).",
)
@click.option(
    "--permutations",
    type=int,
    default=0,
    show_default=True,
    help="Random relabellings of the groups for permutation p-values.",
)
@click.option("--seed", type=int, help="Seed of the permutations.")
@click.option("--undirected", is_flag=True, help="Treat every relation as a two-way tie.")
@_output_options
def brokerage(dataset, groups, permutations, seed, undirected, fmt, output, **filters):
    """Gould-Fernandez brokerage roles with sna's z-scores (graphlib_kb.brokerage).

    Example: graphlib-kb brokerage karabakh-2023 --sign 1 --undirected --permutations 1000 --seed 0
    """
    from .brokerage import brokerage as brokerage_

    G = _load_layer(dataset, output, **filters)
    table = _analyse(
        brokerage_, G, groups, permutations=permutations, seed=seed, directed=not undirected
    )
    _emit(table, fmt, output)


def _signed_options(fn):
    """Options shared by the signed analyses (graphlib_kb.balance and graphlib_kb.camps)."""
    options = [
        click.option(
            "--signed",
            type=click.Choice(["sum", "majority"]),
            default="sum",
            show_default=True,
            help="Sign of an actor pair: of its summed Goldstein weights, or the majority sign.",
        ),
        click.option(
            "--exact/--heuristic",
            "exact",
            default=None,
            help="Force the exact solver (HiGHS) or the local search (default: exact up to "
            "400 signed ties).",
        ),
        click.option(
            "--time-limit",
            type=float,
            default=10.0,
            show_default=True,
            help="Seconds for the exact solver.",
        ),
        click.option("--seed", type=int, default=0, show_default=True, help="Local-search seed."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


@cli.command()
@click.argument("dataset")
@_layer_options
@_signed_options
@_output_options
def balance(dataset, signed, exact, time_limit, seed, fmt, output, **filters):
    """Structural balance: signed triangles, walk balance, frustration index (graphlib_kb.balance).

    Example: graphlib-kb balance karabakh-2023 --format markdown
    """
    from .balance import balance as balance_

    G = _load_layer(dataset, output, **filters)
    table = _analyse(
        balance_,
        G,
        method=signed,
        exact="auto" if exact is None else exact,
        time_limit=time_limit,
        seed=seed,
    )
    _emit(table, fmt, output)


@cli.command()
@click.argument("dataset")
@_layer_options
@click.option("-k", "k", type=int, default=2, show_default=True, help="Largest number of camps.")
@_signed_options
@_output_options
def camps(dataset, k, signed, exact, time_limit, seed, fmt, output, **filters):
    """Camps inferred from the signs of the relations, with frustrated ties, stability and
    bridges (graphlib_kb.camps).

    Example: graphlib-kb camps karabakh-2023 -k 3 --format csv
    """
    from .balance import camps as camps_

    G = _load_layer(dataset, output, **filters)
    table = _analyse(
        camps_,
        G,
        k,
        method=signed,
        exact="auto" if exact is None else exact,
        time_limit=time_limit,
        seed=seed,
    )
    _emit(table, fmt, output)


@cli.command()
@click.argument("dataset")
@_layer_options
@click.option(
    "--groups",
    default="camp",
    show_default=True,
    help="Actor attribute that defines the camps ('inferred': camps from the signs).",
)
@click.option(
    "--hostility",
    type=float,
    default=-4.0,
    show_default=True,
    help="Goldstein weight at or below which a hostile relation makes two actors adversaries.",
)
@click.option(
    "--half-life",
    type=float,
    default=5.0,
    show_default=True,
    help="Years after which a mediation record counts half (recency weighting).",
)
@click.option(
    "--as-of",
    default=None,
    help="Date the records' ages are counted to (ISO 8601; default: the latest relation date).",
)
@click.option(
    "--collective",
    type=float,
    default=0.5,
    show_default=True,
    help="Weight of the records of a collective actor (a coalition such as 'Western countries').",
)
@_output_options
def mediators(dataset, groups, hostility, half_life, as_of, collective, fmt, output, **filters):
    """Who mediates between whom: ranked, with an explanation (graphlib_kb.mediators).

    Example: graphlib-kb mediators karabakh-2023 --collapse --format markdown
    """
    from .mediators import mediators as mediators_

    G = _load_layer(dataset, output, **filters)
    table = _analyse(
        mediators_,
        G,
        groups,
        hostility=hostility,
        half_life=half_life,
        as_of=as_of,
        collective=collective,
    )
    _emit(table, fmt, output)


@cli.command()
@click.argument("dataset")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["dataset", "csv", "graphml", "gexf", "json", "tsv", "gml", "pajek", "xlsx"]),
    help="Input format, if the path does not tell.",
)
@click.option(
    "--encoding", default="utf-8", show_default=True, help="Text encoding of CSV/JSON input."
)
def validate(dataset, fmt, encoding):
    """Check a dataset or file and list every problem (exit code 1 if there are any).

    Example: graphlib-kb validate datasets/karabakh-2023
    """
    from .validation import validate as validate_

    problems = _run(validate_, dataset, fmt, encoding=encoding)
    if problems.empty:
        click.echo(f"{dataset}: valid")
        return
    from .errors import format_problem

    for rec in problems.itertuples(index=False):
        click.echo(format_problem(rec), err=True)
    click.echo(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found", err=True)
    sys.exit(1)


@cli.command()
@click.argument("dataset")
@click.argument("output", type=click.Path(path_type=Path))
@click.option(
    "--from",
    "from_",
    type=click.Choice(["dataset", "csv", "graphml", "gexf", "json", "tsv", "gml", "pajek", "xlsx"]),
    help="Input format, if the path does not tell.",
)
@click.option(
    "--to",
    "to",
    type=click.Choice(
        ["dataset", "csv", "graphml", "gexf", "json", "xlsx", "dot", "mermaid", "kumu", "d3"]
    ),
    help="Output format, if the path does not tell.",
)
@_STRICT
def convert(dataset, output, from_, to, strict):
    """Convert a dataset or file to another format.

    The output format follows the OUTPUT suffix (.csv, .graphml, .gexf, .json,
    .kumu.json, .dot/.gv, .mmd; a folder for a dataset) or --to. The output is
    written atomically.

    Example: graphlib-kb convert karabakh-2023 karabakh.gexf
    """
    from .datasets import resolve_dataset
    from .io import EXPORT_FORMATS, FORMATS, guess_format, read, write

    if to is None:
        try:
            guess_format(output)
        except ValueError:
            raise click.UsageError(
                f"{output}: cannot tell the format from the suffix '{output.suffix}'; give --to"
                f" with one of: {', '.join(FORMATS + EXPORT_FORMATS)} (or use a suffix: .csv,"
                " .graphml, .gexf, .json, .xlsx, .kumu.json, .dot, .gv, .mmd; a folder for a dataset)"
            ) from None
    source = _run(resolve_dataset, dataset)
    if output.resolve() == Path(source).resolve():
        raise click.UsageError(f"output {output} is the input; choose another path")
    G = _read_dataset(read, source, from_, strict=strict)
    written = _run(write, G, output, to)
    click.echo(f"wrote {written}")


@cli.command()
@click.argument("dataset")
@_layer_options
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="Image file to write: .png, .svg or .pdf.",
)
@click.option(
    "--layout",
    type=click.Choice(["camps", "spring", "kamada_kawai", "circular", "shell"]),
    default="camps",
    show_default=True,
    help="Node layout.",
)
@click.option(
    "--size-by",
    default="pagerank",
    show_default=True,
    help="Centrality measure or numeric actor attribute that sizes the actors.",
)
@click.option("--color-by", default="camp", show_default=True, help="Actor attribute for colours.")
@click.option("--seed", type=int, default=0, show_default=True, help="Layout seed.")
@click.option("--width", type=float, default=16.0, show_default=True, help="Width in inches.")
@click.option("--height", type=float, default=12.0, show_default=True, help="Height in inches.")
@click.option("--dpi", type=int, default=100, show_default=True, help="Dots per inch (PNG).")
def plot(dataset, output, layout, size_by, color_by, seed, width, height, dpi, **filters):
    """Draw the relationship diagram (graphlib_kb.plot) to PNG, SVG or PDF.

    Example: graphlib-kb plot karabakh-2023 -o docs/images/karabakh-2023.png
    """
    if output.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise click.UsageError(f"{output}: the image must end in .png, .svg or .pdf")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .plotting import diagram_figure, save_figure

    G = _load_layer(dataset, output, **filters)
    fig = _analyse(
        diagram_figure,
        G,
        width=width,
        height=height,
        layout=layout,
        size_by=size_by or None,
        color_by=color_by or None,
        seed=seed,
    )
    written = _run(save_figure, fig, output, dpi=dpi)
    plt.close(fig)
    click.echo(f"wrote {written}", err=True)


@cli.command()
@click.argument("dataset")
@_layer_options
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="The .html file to write.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Layout seed.")
@click.option("--title", help="Page title (default: the dataset's title).")
def html(dataset, output, seed, title, **filters):
    """Write the self-contained interactive view (graphlib_kb.to_html).

    Example: graphlib-kb html karabakh-2023 -o karabakh.html
    """
    from .html import to_html

    G = _load_layer(dataset, output, **filters)
    written = _run(to_html, G, output, seed=seed, title=title)
    click.echo(f"wrote {written}", err=True)


@cli.command()
@click.argument("dataset")
@_layer_options
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="Folder to write the report into (created if needed).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Layout and permutation seed.")
def report(dataset, output, seed, **filters):
    """Write the analyst's report: tables (CSV and Markdown), the diagram (PNG and SVG), the
    interactive view and an index.html with a plain-language reading (graphlib_kb.report).

    Example: graphlib-kb report karabakh-2023 -o report
    """
    import sys as _sys

    from .report import STEPS
    from .report import report as report_

    if output.exists() and not output.is_dir():
        raise DataError(f"{output}: exists and is not a folder")
    from .datasets import resolve_dataset

    source = Path(_run(resolve_dataset, dataset)).resolve()
    if output.resolve() in (source, source.parent if source.is_file() else source):
        raise click.UsageError(f"output {output} is the input's folder; choose another folder")
    _check_folder(output)
    G = _load_layer(dataset, None, **filters)
    if _sys.stderr.isatty():
        with click.progressbar(length=len(STEPS), label="report", file=_sys.stderr) as bar:
            written = _run(report_, G, output, seed=seed, progress=lambda _: bar.update(1))
    else:
        written = _run(report_, G, output, seed=seed)
    click.echo(f"wrote {written}/index.html", err=True)


def _split(values) -> list[str]:
    """Options given repeatedly or comma-separated: ("AZE,ARM", "RUS") -> [AZE, ARM, RUS]."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


@cli.command()
@click.argument(
    "source", type=click.Choice(["gdelt", "gdelt2", "gdelt1", "icews", "acled", "polecat"])
)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="Dataset folder to write (with --window: a folder of dataset folders, one per window).",
)
@click.option("--from", "start", help="Keep events on or after this ISO date.")
@click.option("--to", "end", help="Keep events on or before this ISO date.")
@click.option(
    "--actors",
    multiple=True,
    help="Keep events whose source or target matches these actor codes, code prefixes or"
    " countries (comma-separated or repeated: --actors AZE,ARM).",
)
@click.option("--root", "roots", multiple=True, help="Keep these CAMEO root codes (e.g. 19,18).")
@click.option(
    "--min-mentions", type=click.IntRange(min=0), help="Keep events mentioned this often."
)
@click.option(
    "--min-sources", type=click.IntRange(min=0), help="Keep events from this many sources."
)
@click.option(
    "--window",
    type=click.Choice(["day", "week", "month"]),
    help="One graph per window, each in a sub-folder named after its first day.",
)
@click.option(
    "--engine",
    type=click.Choice(["duckdb", "spark"]),
    default="duckdb",
    show_default=True,
    help="Where the aggregation runs: embedded DuckDB, or Apache Spark (local mode).",
)
@click.option(
    "--keep-duplicates",
    is_flag=True,
    help="Count an event as often as it is given (by default each event id counts once across"
    " all FILES).",
)
@click.option("--name", help="Name of the graph (default: the source's).")
def ingest(
    source,
    files,
    output,
    start,
    end,
    actors,
    roots,
    min_mentions,
    min_sources,
    window,
    engine,
    keep_duplicates,
    name,
):
    """Aggregate event files (GDELT, ICEWS, ACLED, POLECAT) into an actor graph and write it as
    a dataset folder that load_dataset reads (graphlib_kb.from_events).

    FILES are the files as distributed (GDELT zips are read as streams). A summary of what was
    read, dropped and not mapped goes to stderr.

    Example: graphlib-kb ingest gdelt 20230711.export.CSV.zip --actors AZE,ARM -o karabakh-gdelt
    """
    from .events import write_windows
    from .events.graph import _write_ingested
    from .events.pipeline import _aggregate

    if output.exists() and not output.is_dir():
        raise DataError(f"{output}: exists and is not a folder")
    for path in files:
        if path.exists() and output.resolve() == path.resolve():
            raise click.UsageError(f"output {output} is an input; choose another folder")
    if window and output.exists() and any(output.iterdir()):
        raise DataError(f"{output}: the folder is not empty; windows need a new folder")
    options = dict(
        start=start,
        end=end,
        actors=_split(actors) or None,
        roots=_split(roots) or None,
        min_mentions=min_mentions,
        min_sources=min_sources,
        window=window,
        engine=engine,
        keep_duplicates=keep_duplicates,
        # one folder: the Arrow columns straight to the files (windows: the DataFrame)
        columns=window is None,
    )
    paths = [str(f) for f in files]
    if sys.stderr.isatty():
        with click.progressbar(length=100, label=f"ingest {source}", file=sys.stderr) as bar:
            # DuckDB reports percentages; the bar advances by the difference
            done = [0]

            def step(percent):
                bar.update(max(0, int(percent) - done[0]))
                done[0] = max(done[0], int(percent))

            edges = _run(_aggregate, paths, source, progress=step, **options)
    else:
        edges = _run(_aggregate, paths, source, progress=None, **options)
    info = edges.attrs["ingest"]
    if edges.empty:
        raise DataError(f"no relations left among {info['rows']} events; loosen the filters")
    if window is None:
        _run(_write_ingested, edges, output, name)
        written = [output]
    else:
        written = _run(write_windows, edges, output, name)
    unmapped = sum(info["unmapped"].values())
    click.echo(
        f"read {info['rows']} events: {info['used']} in {len(edges)} relations;"
        f" {unmapped} with codes that are not relations, {info['no_source']} without a source,"
        f" {info['no_target']} without a target, {info['self_loops']} from an actor to itself;"
        f" {info['duplicates']} duplicates dropped",
        err=True,
    )
    if info["unknown_codes"]:
        codes = ", ".join(
            f"{c or '(empty)'} ({n})" for c, n in list(info["unknown_codes"].items())[:10]
        )
        click.echo(f"warning: codes not in the code table: {codes}", err=True)
    for path in written[:5]:
        click.echo(f"wrote {path}", err=True)
    if len(written) > 5:
        click.echo(f"wrote {len(written) - 5} more window folders", err=True)


@cli.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="Dataset folder to write (replaced as a whole, never left half-written).",
)
@click.option(
    "--actors",
    help="Dataset whose actors are matched first (name or path), e.g. karabakh-2023.",
)
@click.option("--date", help="Date of the articles (ISO 8601) when their header gives none.")
@click.option(
    "--merge",
    "merge_into",
    help="Add the relations to this dataset (its actors are matched first) and write the"
    " result to -o.",
)
@click.option("--lexicon", type=click.Path(path_type=Path), help="Trigger lexicon CSV to use.")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out relations below this confidence.",
)
@click.option("--allow-empty", is_flag=True, help="Write an empty dataset when nothing is found.")
@click.option(
    "--office-holders",
    is_flag=True,
    help="Read a state's office named without a name ('the Armenian foreign minister') as its"
    " holder in the article's year, not as the state.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=-1),
    default=1,
    show_default=True,
    help="Processes to read the articles on (-1: one per CPU); each takes a contiguous run of"
    " them, and a person named by surname alone is matched only within its run.",
)
def extract(
    articles,
    output,
    actors,
    date,
    merge_into,
    lexicon,
    min_confidence,
    allow_empty,
    office_holders,
    jobs,
):
    """Extract actors and relations from news articles (.txt, .md, .html) into a dataset
    folder that every other command reads (graphlib_kb.extract).

    Each relation keeps its sentence, the spans of its trigger and actors, the rule that
    found it and a confidence; review them with `graphlib-kb review`.

    Example: graphlib-kb extract article.txt --actors karabakh-2023 --date 2023-07-15 -o kb
    """
    from .datasets import load_dataset, resolve_dataset
    from .extract import extract as extract_
    from .extract import merge
    from .io import write

    if output.exists() and not output.is_dir():
        raise DataError(f"{output}: exists and is not a folder")
    for path in articles:
        if path.exists() and output.resolve() in (path.resolve(), path.resolve().parent):
            raise click.UsageError(f"output {output} holds an input article; choose another folder")
    base = None
    if merge_into:
        source = _run(resolve_dataset, merge_into)
        base = _run(load_dataset, source)
        actors = actors or source
    G = _run(
        extract_,
        list(articles),
        actors=actors,
        date=date,
        lexicon=lexicon,
        allow_empty=allow_empty,
        min_confidence=min_confidence,
        office_holders=office_holders,
        n_process=jobs,
    )
    found = G.number_of_edges()
    if base is not None:
        G = _run(merge, base, G)
    _run(write, G, output, "dataset")
    click.echo(
        f"extracted {found} relations among {G.number_of_nodes()} actors from "
        f"{len(articles)} article{'s' if len(articles) != 1 else ''}"
        + (f" (merged: {G.number_of_edges()} relations in all)" if base is not None else ""),
        err=True,
    )
    click.echo(f"wrote {output}", err=True)


@cli.command()
@click.argument("dataset")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="The review page to write (.html); with --apply, the dataset folder to write"
    " (default: DATASET itself, updated in place).",
)
@click.option(
    "--apply",
    "decisions",
    type=click.Path(path_type=Path),
    help="Apply a decisions CSV (id,review) saved from the review page.",
)
@click.option("--title", help="Page title.")
def review(dataset, output, decisions, title):
    """Review extracted relations: write a self-contained page that shows each relation
    beside its sentence, or apply the decisions saved from it (graphlib_kb.review_html,
    graphlib_kb.apply_review). Rejected relations are then left out of every analysis.

    Example: graphlib-kb review kb -o review.html && graphlib-kb review kb --apply decisions.csv
    """
    from .datasets import load_dataset, resolve_dataset
    from .extract import apply_review, review_html

    source = _run(resolve_dataset, dataset)
    G = _run(load_dataset, source)
    if decisions is None:
        if output is None:
            raise click.UsageError("give -o PAGE.html for the page, or --apply DECISIONS.csv")
        if output.suffix.lower() not in (".html", ".htm"):
            raise click.UsageError(f"{output}: the review page must end in .html")
        written = _run(review_html, G, output, title=title)
        click.echo(f"wrote {written}", err=True)
        return
    from .io import write

    target = output or Path(source)
    if not Path(source).is_dir() and output is None:
        raise click.UsageError("DATASET is not a dataset folder; give -o FOLDER to write to")
    H = _run(apply_review, G, decisions)
    counts = {}
    for *_, d in H.edges(data=True):
        counts[d.get("review", "unreviewed")] = counts.get(d.get("review", "unreviewed"), 0) + 1
    _run(write, H, target, "dataset")
    summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
    click.echo(f"applied {decisions}: {summary}; wrote {target}", err=True)


def reference() -> str:
    """The CLI reference (docs/cli.md), generated from every command's --help."""
    lines = [
        "# Command-line reference",
        "",
        "Generated from `graphlib-kb --help`; regenerate with",
        "`python -c \"from graphlib_kb.cli import reference; print(reference(), end='')\" > docs/cli.md`.",
        "",
    ]
    commands = [("graphlib-kb", cli)] + [
        (f"graphlib-kb {name}", cli.commands[name]) for name in sorted(cli.commands)
    ]
    for name, command in commands:
        parent = None if command is cli else click.Context(cli, info_name="graphlib-kb", **CONTEXT)
        ctx = click.Context(
            command, info_name=name.split()[-1], parent=parent, terminal_width=100, **CONTEXT
        )
        lines += [f"## `{name}`", "", "```text", command.get_help(ctx).rstrip(), "```", ""]
    return "\n".join(lines)


def main():  # pragma: no cover - exercised through the console script
    cli(prog_name="graphlib-kb")


if __name__ == "__main__":  # pragma: no cover
    main()
