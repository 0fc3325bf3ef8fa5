"""The CLI spells out its choice lists (so that ``graphlib-kb --help`` imports nothing heavy);
each must list exactly what the library accepts, in the library's order."""

import importlib

import click
import pytest

from graphlib_kb.cli import cli


def _library(module: str, name: str):
    return getattr(importlib.import_module(f"graphlib_kb.{module}"), name)


def _choices(command: str, param: str) -> list:
    cmd = cli.commands[command]
    for p in cmd.params:
        if p.name == param:
            assert isinstance(p.type, click.Choice), f"{command} --{param} is not a choice"
            return list(p.type.choices)
    raise AssertionError(f"{command} has no parameter {param}")


def _table_formats():
    return list(_library("tabular", "TABLE_FORMATS"))


TABLE_COMMANDS = ["info", "centrality", "roles", "brokerage", "balance", "camps", "mediators"]

CASES = [
    *[(command, "fmt", _table_formats) for command in TABLE_COMMANDS],
    (
        "centrality",
        "weight",
        lambda: [w for w in _library("layers", "WEIGHTS") if w is not None] + ["none"],
    ),
    ("centrality", "by", lambda: list(_library("centrality", "_BY"))),
    ("roles", "freq", lambda: list(_library("temporal", "FREQUENCIES"))),
    ("roles", "open_start", lambda: list(_library("dates", "OPEN_START"))),
    ("balance", "signed", lambda: list(_library("balance", "SIGNED_METHODS"))),
    ("camps", "signed", lambda: list(_library("balance", "SIGNED_METHODS"))),
    (
        "validate",
        "fmt",
        lambda: list(_library("io", "_READERS")),
    ),
    (
        "convert",
        "from_",
        lambda: list(_library("io", "_READERS")),
    ),
    (
        "convert",
        "to",
        lambda: [*_library("io", "FORMATS"), *_library("io", "EXPORT_FORMATS")],
    ),
    ("plot", "layout", lambda: list(_library("positions", "LAYOUTS"))),
    ("ingest", "source", lambda: list(_library("events.layouts", "LAYOUTS"))),
    ("ingest", "window", lambda: list(_library("events.pipeline", "WINDOWS"))),
    ("ingest", "engine", lambda: list(_library("events.engines", "ENGINES"))),
]


@pytest.mark.parametrize(("command", "param", "expected"), CASES)
def test_cli_choices_match_the_library(command, param, expected):
    assert _choices(command, param) == expected()
