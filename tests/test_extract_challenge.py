"""The challenge sentences of benchmarks/extract_challenge/: written for the project and coded
by hand; every coding names an item, actors of the dev set and a type of its category."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

import graphlib_kb as gk

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "benchmarks" / "extract_challenge"
ACTORS = ROOT / "benchmarks" / "extract_devset" / "actors.csv"
SETS = sorted(p.stem for p in FOLDER.glob("*.txt"))


def _items(name: str) -> dict:
    """The items as the benchmark reads them (its own reader, not a copy of it)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_extract import _challenge_items
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return _challenge_items(FOLDER / f"{name}.txt")


#: The sets of short items (rounds 19 and 22) and of whole short articles (rounds 29-35).
SENTENCE_SETS = ["ca", "cb", "cc", "cd", "ce", "cf", "cg"]
ARTICLE_SETS = (
    [f"c{x}" for x in "hijklmnopqrstuvwxyz"]
    + [f"d{x}" for x in "abcdefghijklmnopqrstuvwxyz"]
    + ["ea", "eb", "ec", "ed", "ee", "ef", "eg", "eh", "ei", "ej", "ek", "el", "em", "en", "eo"]
    + ["ep", "eq", "er", "es"]
    + ["et", "eu", "ev", "ew"]
    + ["ex", "ey", "ez", "fa"]
    + ["fb", "fc", "fd", "fe"]
    + ["ff", "fg", "fh", "fi"]
    + ["fj", "fk", "fl", "fm"]
    + ["fn", "fo", "fp", "fq"]
    + ["fr", "fs", "ft", "fu"]
    + ["fv", "fw", "fx", "fy"]
    + ["fz", "ga", "gb", "gc"]
    + ["gd", "ge", "gf", "gg"]
    + ["gh", "gi", "gj", "gk"]
    + ["gl", "gm", "gn", "go"]
    + ["gp", "gq", "gr", "gs"]
)
#: Of those, the set of news briefs (round 31): a headline and three or more sentences.
BRIEF_SETS = ["de"]


def test_there_are_seven_sets_of_items_and_the_article_sets():
    assert SETS == SENTENCE_SETS + ARTICLE_SETS


@pytest.mark.parametrize("name", SETS)
def test_every_item_has_text_and_every_coding_an_item(name):
    items = _items(name)
    assert len(items) >= (60 if name in SENTENCE_SETS else 25) and all(items.values())
    with open(FOLDER / f"{name}.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {r["item"] for r in rows} <= set(items)


@pytest.mark.parametrize("name", ARTICLE_SETS)
def test_article_items_are_articles_with_their_codings(name):
    """A headline and at least five sentences (three in a brief), and at least three codings,
    per article."""
    items = _items(name)
    with open(FOLDER / f"{name}.csv", encoding="utf-8") as fh:
        coded = {r["item"] for r in csv.DictReader(fh)}
    assert coded == set(items)
    least = 4 if name in BRIEF_SETS else 6
    assert all(len(gk.split_sentences(text)) >= least for text in items.values())


@pytest.mark.parametrize("name", SETS)
def test_codings_use_dev_set_actors_and_the_vocabulary(name):
    with open(ACTORS, encoding="utf-8") as fh:
        keys = {r["key"] for r in csv.DictReader(fh)}
    types = gk.vocabulary()["category"].to_dict()
    with open(FOLDER / f"{name}.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            assert row["source"] in keys and row["target"] in keys, row
            assert types.get(row["type"]) == row["category"], row
            assert row["status"] in {"asserted", "alleged", "denied", "offered", "historical"}
