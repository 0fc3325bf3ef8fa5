"""How far two coders agree, and what that means for the extractor's figures.

Some articles of the dev set were coded a second time, by coders who saw neither the first
coding nor the extractor (``second_coding/``: ``codings.csv`` with the columns of the main
``codings.csv``, and ``actors.csv`` with the keys the second coders added). This script scores
the second coding against the first with the benchmark's own scorer (``score``: precision and
recall of (source, target, category), a symmetric type in either direction), strict and at state
level, overall and per category. Coder agreement is the ceiling a coder-scored benchmark can
show: the issue's targets are stated against one coder's coding.

With ``--texts`` it also runs the extractor on the same articles and scores it

- against each coder alone,
- for precision, against either coder (a relation one of them coded is not a false alarm), and
- for recall, on the relations both coders coded (what the text states beyond doubt).

    python benchmarks/extract_devset/tools/agreement.py
    python benchmarks/extract_devset/tools/agreement.py --texts /work/devset/texts
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_extract  # noqa: E402

import graphlib_kb as gk  # noqa: E402
from graphlib_kb.extract import ExtractionEmpty, extract  # noqa: E402
from graphlib_kb.extract.evaluate import (  # noqa: E402
    _unique,
    actor_mapping,
    relation_keys,
    score,
)

FOLDER = Path(__file__).resolve().parents[1]


def load(folder: Path = FOLDER):
    """The first coding of the doubly coded articles, the second coding, and all actors."""
    sources, actors, codings = bench_extract._devset(folder)
    second = pd.read_csv(folder / "second_coding" / "codings.csv", dtype=str, keep_default_na=False)
    added = pd.read_csv(folder / "second_coding" / "actors.csv", dtype=str, keep_default_na=False)
    actors = pd.concat([actors, added[~added["key"].isin(actors["key"])]], ignore_index=True)
    docs = sorted(set(second["doc_id"]), key=int)
    first = codings[codings["doc_id"].isin(docs)]
    return sources[sources["doc_id"].isin(docs)], actors, first, second


def frame(codings: pd.DataFrame, actors: pd.DataFrame, *, top: bool) -> pd.DataFrame:
    """A coding as the scorer's frame, each actor at the level it is scored at."""
    levels = bench_extract._levels(actors, top=top)
    docs = sorted(set(codings["doc_id"]), key=int)
    return pd.concat([bench_extract._gold(d, codings, levels) for d in docs], ignore_index=True)


def extracted(sources: pd.DataFrame, actors: pd.DataFrame, texts: Path, *, top: bool):
    """The extractor's relations on the articles, actors mapped to the coders' keys (as the
    benchmark maps them)."""
    levels = bench_extract._levels(actors, top=top)
    out = []
    for doc, date in zip(sources["doc_id"], sources["date"], strict=True):
        try:
            G = extract(texts / f"{doc}.txt", date=date or None)
        except ExtractionEmpty:
            continue
        mapping = {n: levels.get(k, k) for n, k in actor_mapping(G, actors).items()}
        out.append(bench_extract._frame(G, mapping, doc=doc))
    return (
        pd.concat(out, ignore_index=True) if out else bench_extract._frame(gk.from_tables([], []))
    )


def either_and_both(pred: pd.DataFrame, a: pd.DataFrame, b: pd.DataFrame) -> dict:
    """Precision against either coder; recall on the relations both coders coded."""
    either = relation_keys(a) | relation_keys(b)
    pred_u = _unique(pred)
    precision = sum(k[:4] in either for k in pred_u) / len(pred_u) if pred_u else float("nan")
    b_keys, pred_keys = relation_keys(b), relation_keys(pred)
    both = [k for k in _unique(a) if k[:4] in b_keys]
    recall = sum(k[:4] in pred_keys for k in both) / len(both) if both else float("nan")
    return {"precision": precision, "recall": recall, "both_coded": len(both)}


def _row(name: str, table: pd.DataFrame) -> dict:
    r = table.set_index("category").loc["all"]
    return {
        "scored": name,
        "gold": int(r["gold"]),
        "predicted": int(r["predicted"]),
        "precision": round(float(r["precision"]), 3),
        "recall": round(float(r["recall"]), 3),
        "f1": round(float(r["f1"]), 3),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, default=FOLDER)
    parser.add_argument(
        "--texts", type=Path, help="the articles' texts (NN.txt): score the extractor"
    )
    args = parser.parse_args(argv)
    sources, actors, first, second = load(args.folder)
    print(
        f"{len(sources)} articles coded twice: {len(first)} first-coder rows, {len(second)} second"
    )
    for top in (False, True):
        a, b = frame(first, actors, top=top), frame(second, actors, top=top)
        level = "state level" if top else "strict"
        rows = [_row("second coder against the first", score(b, a))]
        if args.texts:
            pred = extracted(sources, actors, args.texts, top=top)
            rows.append(_row("extractor against the first coder", score(pred, a)))
            rows.append(_row("extractor against the second coder", score(pred, b)))
            eb = either_and_both(pred, a, b)
            rows.append(
                {
                    "scored": "extractor: P against either coder, R on relations both coded",
                    "gold": eb["both_coded"],
                    "predicted": len(_unique(pred)),
                    "precision": round(eb["precision"], 3),
                    "recall": round(eb["recall"], 3),
                    "f1": round(
                        2 * eb["precision"] * eb["recall"] / (eb["precision"] + eb["recall"]), 3
                    ),
                }
            )
        print(f"\n## {level}\n")
        print(pd.DataFrame(rows).to_string(index=False))
        if not top:
            per = score(b, a)[["category", "gold", "predicted", "precision", "recall", "f1"]]
            print("\nsecond coder against the first, per category (strict):\n")
            print(per.round(3).to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
