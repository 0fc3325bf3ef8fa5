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
    from .errors import DatasetError

    ctx = click.get_current_context()
    if ctx.find_root().params.get("debug"):
        return fn(*args, **kwargs)
    try:
        return fn(*args, **kwargs)
    except DatasetError as err:
        raise DataError(str(err)) from None
    except ValueError as err:
        raise click.UsageError(str(err)) from None
    except OSError as err:
        raise DataError(f"{err.filename or ''}: {err.strerror or err}") from None


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="graphlib-kb")
@click.option("--debug", is_flag=True, help="Show Python tracebacks on errors.")
def cli(debug):
    """Actor-relationship graphs for conflict analysis.

    DATASET arguments take a bundled dataset name (see `graphlib-kb datasets`)
    or a path: a dataset folder, a relations CSV, a GraphML, GEXF or JSON file.

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


@cli.command()
@click.argument("dataset")
def info(dataset):
    """Summarise a dataset: actors by kind, relations by category and status.

    Example: graphlib-kb info karabakh-2023
    """
    from .datasets import load_dataset
    from .model import actors_table, relations_table

    G = _run(load_dataset, dataset)
    actors, relations = actors_table(G), relations_table(G)
    title = G.graph.get("title") or G.graph.get("name") or dataset
    click.echo(title)
    click.echo(f"{len(actors)} actors, {len(relations)} relations\n")
    click.echo("Actors by kind:")
    click.echo(actors["kind"].value_counts().sort_index().to_string(header=False))
    if len(relations):
        click.echo("\nRelations by category and status:")
        counts = relations.groupby(["category", "status"]).size().unstack(fill_value=0)
        click.echo(counts.to_string())


@cli.command()
@click.argument("dataset")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["dataset", "csv", "graphml", "gexf", "json"]),
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
    type=click.Choice(["dataset", "csv", "graphml", "gexf", "json"]),
    help="Input format, if the path does not tell.",
)
@click.option(
    "--to",
    "to",
    type=click.Choice(["dataset", "csv", "graphml", "gexf", "json"]),
    help="Output format, if the path does not tell.",
)
def convert(dataset, output, from_, to):
    """Convert a dataset or file to another format.

    The output format follows the OUTPUT suffix (.csv, .graphml, .gexf, .json;
    a folder for a dataset). The output is written atomically.

    Example: graphlib-kb convert karabakh-2023 karabakh.gexf
    """
    from .datasets import resolve_dataset
    from .io import read, write

    source = _run(resolve_dataset, dataset)
    if output.resolve() == Path(source).resolve():
        raise click.UsageError(f"output {output} is the input; choose another path")
    G = _run(read, source, from_)
    written = _run(write, G, output, to)
    click.echo(f"wrote {written}")


def main():  # pragma: no cover - exercised through the console script
    cli(prog_name="graphlib-kb")


if __name__ == "__main__":  # pragma: no cover
    main()
