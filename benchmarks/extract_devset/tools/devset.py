"""Tools for the extraction dev set: restore texts, save a new text, print sentences, check a batch.

The texts are copyrighted and live outside the repository, under DEVSET_DIR (default
/work/devset): ``raw/DOC.txt`` holds an excerpt exactly as the ``search`` tool (corpus "pages")
returned it, ``texts/DOC.txt`` the header block, ``---`` and the excerpt that
``bench_extract.py --texts`` reads, and ``new/`` a batch being coded
(``K_sources.tsv``, ``K_codings.csv``, ``K_actors.csv``).

    python benchmarks/extract_devset/tools/devset.py restore 01 02       # raw -> texts, sha256 checked
    python benchmarks/extract_devset/tools/devset.py save 509 URL TITLE OUTLET 2020-10-12
    python benchmarks/extract_devset/tools/devset.py sentences 509 510   # numbered sentences
    python benchmarks/extract_devset/tools/devset.py check dev46         # a coded batch
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEVSET = Path(os.environ.get("DEVSET_DIR", "/work/devset"))
FOLDER = ROOT / "benchmarks" / "extract_devset"
sys.path.insert(0, str(ROOT))

CODING_COLUMNS = [
    "doc_id",
    "sentence",
    "source",
    "target",
    "category",
    "type",
    "status",
    "between",
    "trigger",
    "note",
]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _rows(path: Path, **options) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, **options))


def _write_text(doc: str, url: str, title: str, outlet: str, date: str, excerpt: str) -> None:
    head = [f"url: {url}", f"title: {title}"] + ([f"date: {date}"] if date else [])
    head.append(f"source: {outlet}")
    path = DEVSET / "texts" / f"{doc}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(head) + "\n---\n" + excerpt, encoding="utf-8")


def _variants(text: str) -> list[str]:
    """The excerpt as copied, without a trailing newline, and without the store's own leading
    " date YYYY-MM-DD " prefix (kept in a few texts, dropped in others when they were saved)."""
    out = [text, text.rstrip("\n")]
    m = re.match(r"^ ?date \d{4}-\d{2}-\d{2} ?", text)
    if m:
        out += [text[m.end() :], text[m.end() :].rstrip("\n")]
    return out


def restore(docs: list[str], keep: bool) -> int:
    """Check each raw excerpt against sources.csv and write its text (on a mismatch only with
    ``keep``, as the closest copy)."""
    rows = {r["doc_id"]: r for r in _rows(FOLDER / "sources.csv")}
    bad = 0
    for doc in docs:
        r = rows[doc]
        raw = DEVSET / "raw" / f"{doc}.txt"
        if not raw.exists():
            print(doc, "no raw file")
            bad += 1
            continue
        text = raw.read_text(encoding="utf-8")
        text = next((v for v in _variants(text) if _sha(v) == r["sha256"]), text)
        ok = _sha(text) == r["sha256"]
        if ok or keep:
            _write_text(doc, r["url"], r["title"], r["outlet"], r["date"], text)
        bad += not ok
        print(doc, "OK" if ok else f"MISMATCH {len(text)} chars, {r['chars']} expected")
    return 1 if bad else 0


def save(doc: str, url: str, title: str, outlet: str, date: str) -> int:
    """Write a new text from its raw excerpt; print its sources row (tab-separated)."""
    if (DEVSET / "texts" / f"{doc}.txt").exists():
        print(f"texts/{doc}.txt exists: choose another doc id", file=sys.stderr)
        return 1
    text = (DEVSET / "raw" / f"{doc}.txt").read_text(encoding="utf-8")
    _write_text(doc, url, title, outlet, date, text)
    print("\t".join([doc, url, title, outlet, date, str(len(text)), _sha(text)]))
    return 0


def _body(doc: str) -> str:
    return (DEVSET / "texts" / f"{doc}.txt").read_text(encoding="utf-8").split("\n---\n", 1)[1]


def sentences(docs: list[str]) -> int:
    """Print the sentences of each text, numbered as the codings number them."""
    from graphlib_kb.provenance import split_sentences

    for doc in docs:
        print(f"== {doc}")
        for i, sentence in enumerate(split_sentences(_body(doc)), 1):
            print(f"s{i}: {sentence}")
    return 0


def _check_actors(batch: str, errors: list) -> dict:
    from graphlib_kb.vocabulary import kind_names

    kinds = set(kind_names())
    actors = {r["key"]: r for r in _rows(FOLDER / "actors.csv")}
    path = DEVSET / "new" / f"{batch}_actors.csv"
    new = _rows(path) if path.exists() else []
    for a in new:
        if a["key"] in actors:
            errors.append(f"actor {a['key']} already exists: reuse it")
        if a["kind"] not in kinds:
            errors.append(f"actor {a['key']}: kind {a['kind']}")
        actors[a["key"]] = a
    errors.extend(
        f"actor {a['key']}: parent {a['parent']} unknown"
        for a in new
        if a["parent"] and a["parent"] not in actors
    )
    return actors


def _check_sources(batch: str, errors: list) -> dict:
    from graphlib_kb.provenance import split_sentences

    old = _rows(FOLDER / "sources.csv")
    urls = {r["url"].rstrip("/") for r in old}
    ids = {r["doc_id"] for r in old}
    fields = ["doc_id", "url", "title", "outlet", "date", "chars", "sha256"]
    sents = {}
    for r in _rows(DEVSET / "new" / f"{batch}_sources.tsv", delimiter="\t", fieldnames=fields):
        if r["doc_id"] in ids:
            errors.append(f"doc {r['doc_id']}: already in sources.csv")
        if r["url"].rstrip("/") in urls:
            errors.append(f"doc {r['doc_id']}: its url is already in sources.csv")
        body = _body(r["doc_id"])
        if _sha(body) != r["sha256"]:
            errors.append(f"doc {r['doc_id']}: sha256 differs from the text")
        sents[r["doc_id"]] = split_sentences(body)
    return sents


def _check_row(r: dict, where: str, actors: dict, types: dict, sents: dict, errors: list):
    from graphlib_kb.vocabulary import status_names

    # the codings mark plans as "offered" (README, "Coding rules applied"): no "planned"
    statuses = set(status_names()) - {"planned"}
    if r["doc_id"] not in sents:
        errors.append(f"{where}: doc not in the batch's sources")
        return
    for field in ("source", "target"):
        if r[field] not in actors:
            errors.append(f"{where}: {field} {r[field]} unknown")
    if r["source"] == r["target"]:
        errors.append(f"{where}: source == target")
    if types.get(r["type"]) is None:
        errors.append(f"{where}: type {r['type']} unknown")
    elif types[r["type"]] != r["category"]:
        errors.append(f"{where}: category {r['category']}, the type's is {types[r['type']]}")
    if r["status"] not in statuses:
        errors.append(f"{where}: status {r['status']}")
    errors.extend(
        f"{where}: between {b} unknown" for b in r["between"].split("|") if b and b not in actors
    )
    try:
        sentence = sents[r["doc_id"]][int(r["sentence"]) - 1].lower()
    except (ValueError, IndexError):
        errors.append(f"{where}: no such sentence")
        return
    for part in r["trigger"].split("..."):
        if part.strip() and part.strip().lower() not in sentence:
            errors.append(f"{where}: trigger part {part.strip()!r} not in the sentence")


def check(batch: str) -> int:
    """Check a coded batch: keys, parents, types and categories, statuses, sentence numbers,
    triggers, sha256, and no doc id or url already in sources.csv."""
    errors: list = []
    actors = _check_actors(batch, errors)
    sents = _check_sources(batch, errors)
    from graphlib_kb.vocabulary import relation_type_records

    types = {t: r["category"] for t, r in relation_type_records().items()}
    rows = _rows(DEVSET / "new" / f"{batch}_codings.csv")
    if rows and list(rows[0]) != CODING_COLUMNS:
        errors.append(f"codings columns {list(rows[0])}, expected {CODING_COLUMNS}")
        rows = []
    for i, r in enumerate(rows, 2):
        _check_row(
            r, f"codings row {i} (doc {r['doc_id']} s{r['sentence']})", actors, types, sents, errors
        )
    print(f"{batch}: {len(sents)} docs, {len(rows)} codings, {len(errors)} errors")
    print("\n".join(errors))
    return 1 if errors else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("restore", help="raw excerpts -> texts, checked against sha256")
    p.add_argument("docs", nargs="+")
    p.add_argument("--keep", action="store_true", help="write a mismatching text too")
    p = sub.add_parser("save", help="a new text from its raw excerpt")
    for name in ("doc", "url", "title", "outlet", "date"):
        p.add_argument(name)
    p = sub.add_parser("sentences", help="numbered sentences of texts")
    p.add_argument("docs", nargs="+")
    p = sub.add_parser("check", help="check a coded batch under DEVSET_DIR/new")
    p.add_argument("batch")
    args = parser.parse_args(argv)
    if args.command == "restore":
        return restore(args.docs, args.keep)
    if args.command == "save":
        return save(args.doc, args.url, args.title, args.outlet, args.date)
    if args.command == "sentences":
        return sentences(args.docs)
    return check(args.batch)


if __name__ == "__main__":
    sys.exit(main())
