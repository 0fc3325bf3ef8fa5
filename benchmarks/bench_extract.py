"""Quality and speed of graphlib_kb.extract.

Quality: precision and recall of (source actor, target actor, category), per category and
overall,
  (a) on the seed article against the bundled karabakh-2023 coding (skipped when the seed
      text is not in /work/shared/seed or ../shared/seed);
  (b) on the hand-coded development set (benchmarks/extract_devset/: sources, actors and
      codings; the article texts are copyrighted and stay out of the repository: pass
      --texts DIR), per split (dev and dev2: used for tuning, dev2 scored once at first
      sight before; dev3: a later batch, docs 35-45, scored at first sight and then tuned on
      in round 4; dev4: docs 46-57, dev5: docs 58-67, dev6: docs 68-79, dev7: docs 80-90,
      dev8 to dev13: docs 91-156 (round 8), each coded before any extractor run on them,
      scored at first sight and then tuned on; dev14: docs 157-167, scored at first sight at
      the end of round 8; dev15: docs 168-178, scored once, never tuned on; dev16 to dev19:
      docs 179-222 (round 9), scored at first sight and then tuned on; dev20 and dev21: docs
      223-244, scored once with the round-9 rules, then tuned on in round 10; dev22 to dev24:
      docs 245-277, scored at first sight with the round-9 rules, then tuned on in round 10;
      dev25 to dev27: docs 278-310, scored once with the round-10 rules, then tuned on lightly;
      dev28 to dev30: docs 311-343, scored once with the final round-10 rules, then tuned on
      in round 11; dev31 to dev33: docs 344-376, coded blind in round 11, scored at first
      sight and tuned on; dev34 to dev36: docs 377-409, coded blind in round 11, scored once
      with its rules at commit b735ecb, then tuned on; dev37 to dev39: docs 410-442, coded
      blind in round 11 and scored once with its final rules, then tuned on in round 12;
      dev40 to dev42: docs 443-475, coded blind in round 12, scored once with the round-11
      rules and once with the round-12 rules, never tuned on; dev43 to dev45: docs 476-508,
      coded blind in round 12, scored once with the round-11 rules and once with the
      round-12 rules, never tuned on; dev46 to dev48: docs 509-541, coded blind in round 13,
      scored once with the round-12 rules and once with the round-13 rules, never tuned on;
      dev40 to dev48 tuned on from round 17; dev49 to dev56 tuned on from round 18; dev57 to
      dev72 coded blind (dev57 to dev60 in round 17, dev61 to dev64 in round 18, dev65 and
      dev66 in round 19, dev67 to dev69 in round 21, dev70 to dev72 in round 22) and tuned on
      from round 24; dev73 to dev90 coded blind (dev73 to dev78 in round 23, dev79 to dev84
      in round 24, dev85 to dev90 in round 25) and not tuned on until round 28, which read
      listings of many of them (docs/extract.md, round 28); dev91 to dev94 coded
      blind in round 25 as tuning material; dev3 to dev94 are not in the default run;
      test: held out;
      --splits dev+dev2 scores two splits together),
      and with each tooling choice switched off (--ablations). Each split is scored twice:
      strict (state bodies roll up to their state, persons and organisations stay
      themselves) and at state level (persons and the bodies of organisations also roll up to
      their state or organisation).
Speed: N synthetic ~600-word articles built from our own sentences (articles per second on one
process and on the machine's two cores with n_process=2, peak memory), with the pipeline's load
time reported separately.

    python benchmarks/bench_extract.py --texts /path/to/devset/texts
    python benchmarks/bench_extract.py --articles 100    # a quick speed run
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev,dev2,dev+dev2
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev3
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev4
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev5,dev6,dev7
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev8+dev9+dev10,dev14
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev20+dev21
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev25+dev26+dev27
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev52+dev53+dev54
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev55+dev56
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev57+dev58+dev59+dev60
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev61+dev62+dev63+dev64
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev65+dev66
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev67+dev68+dev69
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev70+dev71+dev72
    python benchmarks/bench_extract.py --no-seed --no-speed --splits test --challenge
    python benchmarks/bench_extract.py --no-seed --no-speed --splits dev46+dev47+dev48 \
        --thresholds 0.5,0.6,0.65   # precision and recall by min_confidence
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

import pandas as pd

import graphlib_kb as gk
from graphlib_kb.extract import ExtractionEmpty, extract
from graphlib_kb.extract.evaluate import actor_mapping, relation_keys, resolve_levels, score

ROOT = Path(__file__).resolve().parent.parent
SEED_NAME = "000_8b89d058e0dcad31.txt"
SEED_DIRS = [Path("/work/shared/seed"), ROOT.parent / "shared" / "seed", ROOT / "../shared/seed"]
DEVSET = ROOT / "benchmarks" / "extract_devset"


def _show(title: str, table: pd.DataFrame) -> None:
    print(f"\n## {title}\n")
    print(table.to_string(index=False))


def _frame(G, mapping=None, doc=None) -> pd.DataFrame:
    rel = gk.relations_table(G)
    if rel.empty:
        return pd.DataFrame(columns=["doc", "source", "target", "category", "type"])
    out = rel[["source", "target", "category", "type"]].copy()
    if mapping is not None:
        out["source"] = out["source"].map(mapping)
        out["target"] = out["target"].map(mapping)
    out["doc"] = doc if doc is not None else rel["document"].fillna("")
    out = out[out["source"] != out["target"]].drop_duplicates()
    return out[["doc", "source", "target", "category", "type"]]


def seed_quality() -> None:
    path = next((d / SEED_NAME for d in SEED_DIRS if (d / SEED_NAME).is_file()), None)
    if path is None:
        print("\n## Seed article: skipped (no ../shared/seed)")
        return
    G = extract(path, actors="karabakh-2023", date="2023-07-15")
    gold = gk.load_dataset("karabakh-2023")
    table = score(_frame(G, doc="seed"), _frame(gold, doc="seed"))
    _show("Seed article vs karabakh-2023 (actors matched to karabakh-2023)", table)
    found = relation_keys(_frame(G, doc="seed"))
    coded = gk.relations_table(gold)
    hit = sum(("seed", r.source, r.target, r.category) in found for r in coded.itertuples())
    print(f"\nkarabakh-2023 relations recovered: {hit} of {len(coded)} ({hit / len(coded):.0%})")


def _devset(folder: Path):
    sources = pd.read_csv(folder / "sources.csv", dtype=str, keep_default_na=False)
    actors = pd.read_csv(folder / "actors.csv", dtype=str, keep_default_na=False)
    codings = pd.read_csv(folder / "codings.csv", dtype=str, keep_default_na=False)
    return sources, actors, codings


def _levels(actors: pd.DataFrame, *, top: bool = False) -> dict:
    """Each coded actor's key -> the key it is scored at (``resolve_levels``)."""
    return resolve_levels(
        dict(zip(actors["key"], actors["kind"], strict=True)),
        dict(zip(actors["key"], actors["parent"], strict=True)),
        top=top,
    )


def _gold(doc_id: str, codings: pd.DataFrame, levels: dict) -> pd.DataFrame:
    """The coded relations of one article, with each actor at the level it is scored at."""
    g = codings[codings["doc_id"] == doc_id]
    return pd.DataFrame(
        {
            "doc": doc_id,
            "source": g["source"].map(lambda k: levels.get(k, k)),
            "target": g["target"].map(lambda k: levels.get(k, k)),
            "category": g["category"],
            "type": g["type"],
            "sentence": g["sentence"].astype(int),
        }
    )


CHALLENGE = ROOT / "benchmarks" / "extract_challenge"


def _challenge_items(path: Path) -> dict:
    """The items of one challenge file: ``### ID`` lines, each followed by its text."""
    items: dict = {}
    key = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            key = line[4:].strip()
            items[key] = []
        elif key is not None:
            items[key].append(line)
    return {k: "\n".join(v).strip() for k, v in items.items()}


def challenge_quality(folder: Path = CHALLENGE, *, top: bool = False) -> pd.DataFrame:
    """Precision and recall on the challenge sentences (written for the project, coded by hand),
    per category and overall, actors scored as in the dev set."""
    _, actors, _ = _devset(DEVSET)
    levels = _levels(actors, top=top)
    pred, gold = [], []
    for text_file in sorted(folder.glob("*.txt")):
        items = _challenge_items(text_file)
        coded = pd.read_csv(text_file.with_suffix(".csv"), dtype=str, keep_default_na=False)
        for item, text in items.items():
            G = extract(text, date="2023-06-01", allow_empty=True)
            mapping = {n: levels.get(k, k) for n, k in actor_mapping(G, actors).items()}
            pred.append(_frame(G, mapping, doc=item))
        gold.append(
            pd.DataFrame(
                {
                    "doc": coded["item"],
                    "source": coded["source"].map(lambda k: levels.get(k, k)),
                    "target": coded["target"].map(lambda k: levels.get(k, k)),
                    "category": coded["category"],
                    "type": coded["type"],
                }
            )
        )
    return score(pd.concat(pred), pd.concat(gold))


def devset_quality(texts: Path, folder: Path, splits, *, top: bool = False, **options) -> dict:
    """Scores per split; ``top``: every actor rolled up to its topmost parent (state level)."""
    sources, actors, codings = _devset(folder)
    levels = _levels(actors, top=top)
    results = {}
    for split in splits:
        docs = sources[sources["split"].isin(split.split("+"))]
        predicted, gold = [], []
        for rec in docs.itertuples(index=False):
            path = texts / f"{rec.doc_id}.txt"
            if not path.is_file():
                continue
            gold.append(_gold(rec.doc_id, codings, levels))
            try:
                G = extract(path, date=rec.date or None, **options)
            except ExtractionEmpty:
                continue  # nothing found: every coded relation of the article is missed
            mapping = {n: levels.get(k, k) for n, k in actor_mapping(G, actors).items()}
            predicted.append(_frame(G, mapping, doc=rec.doc_id))
        if not gold:
            continue
        pred = pd.concat(predicted) if predicted else _frame(gk.from_tables([], []))
        results[split] = (score(pred, pd.concat(gold)), pred)
    return results


SENTENCES = [
    "Azerbaijan accused Armenia of shelling its positions near the border on Monday.",
    "Armenia denied the claims and said its forces had not opened fire.",
    "The European Union offered to mediate between Armenia and Azerbaijan.",
    "President Ilham Aliyev and Prime Minister Nikol Pashinyan met in Brussels.",
    "The two leaders agreed to continue talks on a peace treaty.",
    "Russia urged both sides to respect the ceasefire.",
    "Turkey expressed support for Azerbaijan.",
    "France criticized Azerbaijan for closing the Lachin corridor.",
    "The ICRC delivered medical supplies to the population of Nagorno-Karabakh.",
    "Iranian officials warned against any change of borders in the region.",
    "Armenian separatists in Karabakh refused to meet Azerbaijani officials.",
    "The United States called on Azerbaijan to reopen the road.",
    "Russian peacekeepers did not intervene when the convoy was stopped.",
    "In 2020 Azerbaijan and Armenia fought a six-week war.",
    "The talks were mediated by the European Council President Charles Michel.",
    "Officials said the meeting would take place next month in Washington.",
    "Weather was mild across the region and markets were calm.",
    "Analysts expect the negotiations to last several months.",
]


def _synthetic(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = 0
        parts = []
        while words < 600:
            s = rng.choice(SENTENCES)
            parts.append(s)
            words += len(s.split())
        out.append(" ".join(parts))
    return out


def _long_text_rows(articles: list, short: int = 25, long: int = 100) -> list:
    """Seconds for one text made of *short* articles and for one of *long* (a book, a long
    transcript), and the rate of the long one against the short (1: the time grows with the
    length; below 1: faster than the length)."""
    rows, rates = [], []
    for count in (short, long):
        text = "\n\n".join(articles[:count])
        start = time.perf_counter()
        extract([text], allow_empty=True)
        seconds = time.perf_counter() - start
        rates.append(len(text) / seconds)
        rows.append(
            {"measure": f"one text of {len(text):,} characters (s)", "value": round(seconds, 2)}
        )
    rows.append(
        {
            "measure": "ratio of the long text's rate to the short one's",
            "value": round(rates[1] / rates[0], 2),
        }
    )
    return rows


def speed(n: int) -> None:
    from graphlib_kb.extract import gazetteer, pipeline
    from graphlib_kb.extract.lexicon import read_lexicon

    gazetteer._cached.cache_clear()
    pipeline._pipeline_cached.cache_clear()
    start = time.perf_counter()
    pipeline.get_pipeline(gazetteer.build_gazetteer(None), tuple(read_lexicon()))
    load = time.perf_counter() - start
    articles = _synthetic(n)
    extract(articles[:2])  # warm-up
    start, cpu = time.perf_counter(), time.process_time()
    relations = 0
    batch = 50
    for i in range(0, n, batch):
        G = extract(articles[i : i + batch])
        relations += G.number_of_edges()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB on Linux
    # the same articles on the machine's two cores (n_process=2: forked workers, each with a
    # contiguous run of every batch)
    start = time.perf_counter()
    for i in range(0, n, batch):
        extract(articles[i : i + batch], n_process=2)
    elapsed2 = time.perf_counter() - start
    peak2 = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    # the baseline: spaCy's Matcher for the patterns with gaps (the same matches), one process
    baseline = articles[: min(n, 300)]
    pipeline.GAP_MATCHER = "spacy"
    pipeline._pipeline_cached.cache_clear()
    try:
        extract(baseline[:2])
        start = time.perf_counter()
        for i in range(0, len(baseline), batch):
            extract(baseline[i : i + batch])
        spacy_rate = len(baseline) / (time.perf_counter() - start)
    finally:
        pipeline.GAP_MATCHER = "index"
        pipeline._pipeline_cached.cache_clear()
    words = sum(len(a.split()) for a in articles) / n
    table = pd.DataFrame(
        [
            {"measure": "pipeline load (s)", "value": round(load, 2)},
            {"measure": "articles", "value": n},
            {"measure": "words per article", "value": round(words)},
            {"measure": "relations", "value": relations},
            {"measure": "wall seconds", "value": round(elapsed, 2)},
            {"measure": "articles per second (wall, one process)", "value": round(n / elapsed, 1)},
            {"measure": "articles per second (CPU time)", "value": round(n / cpu, 1)},
            {"measure": "target articles per second", "value": 15},
            {"measure": "ratio to target (wall)", "value": round(n / elapsed / 15, 2)},
            {
                "measure": "baseline: spaCy's Matcher for gap patterns (wall, one process)",
                "value": round(spacy_rate, 1),
            },
            {
                "measure": "ratio to the spaCy-Matcher baseline",
                "value": round(n / elapsed / spacy_rate, 2),
            },
            {"measure": "articles per second (wall, 2 processes)", "value": round(n / elapsed2, 1)},
            {
                "measure": "ratio to target (wall, 2 processes)",
                "value": round(n / elapsed2 / 15, 2),
            },
            *_long_text_rows(articles),
            {"measure": "peak memory (MiB)", "value": round(peak)},
            {"measure": "peak memory of a worker (MiB)", "value": round(peak2)},
            {"measure": "memory limit (MiB)", "value": 1536},
        ]
    )
    _show(
        "Speed (one process, then two; the wall rate depends on what else the machine runs)", table
    )


def _by_threshold(texts: Path, codings: Path, splits: list, thresholds: str) -> pd.DataFrame:
    """Each split's overall precision and recall (strict and state level) when relations
    below each confidence are left out: the trade-off ``min_confidence`` offers."""
    rows = []
    for value in [float(v) for v in thresholds.split(",")]:
        for top in (False, True):
            results = devset_quality(texts, codings, splits, top=top, min_confidence=value)
            for split, (table, _) in results.items():
                row = table[table["category"] == "all"].iloc[0]
                rows.append(
                    {
                        "min_confidence": value,
                        "level": "state" if top else "strict",
                        "split": split,
                        "precision": row["precision"],
                        "recall": row["recall"],
                    }
                )
    return pd.DataFrame(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=Path, help="folder of the dev-set texts (NN.txt)")
    parser.add_argument("--codings", type=Path, default=DEVSET, help="folder of the codings")
    parser.add_argument("--articles", type=int, default=1000, help="synthetic articles (speed)")
    parser.add_argument("--ablations", action="store_true", help="each tooling choice off")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--show", action="store_true", help="print extracted relations (dev)")
    parser.add_argument(
        "--splits",
        default="dev,dev2,test",
        help="comma-separated splits to score (dev, dev2, ... dev94, test: the split column "
        "of extract_devset/sources.csv); 'dev+dev2' pools two",
    )
    parser.add_argument("--no-seed", action="store_true")
    parser.add_argument(
        "--challenge",
        action="store_true",
        help="also score the challenge sentences (benchmarks/extract_challenge/)",
    )
    parser.add_argument(
        "--thresholds",
        help="comma-separated min_confidence values: each split's precision and recall at each",
    )
    args = parser.parse_args(argv)
    if not args.no_seed:
        seed_quality()
    texts = args.texts
    if texts is None and Path("/work/devset/texts").is_dir():
        texts = Path("/work/devset/texts")
    codings = args.codings if (args.codings / "codings.csv").is_file() else Path("/work/devset")
    if texts is not None and (codings / "codings.csv").is_file():
        variants = {"full": {}}
        if args.ablations:
            variants.update(
                {
                    "no lemmatizer": {"lemmatize": False},
                    "no CAMEO states": {"cameo": False},
                }
            )
        summary = []
        # the strict score (persons and organisations as coded, state bodies rolled up to their
        # state) and the state-level one (every actor rolled up to its topmost parent)
        variants["full, state level"] = {"top": True}
        for label, options in variants.items():
            results = devset_quality(texts, codings, args.splits.split(","), **options)
            for split, (table, pred) in results.items():
                if label == "full":
                    _show(f"Dev set, split '{split}'", table)
                    if args.show and split != "test":
                        print(pred.to_string(index=False))
                row = table[table["category"] == "all"].iloc[0]
                summary.append(
                    {
                        "variant": label,
                        "split": split,
                        "precision": row["precision"],
                        "recall": row["recall"],
                        "f1": row["f1"],
                    }
                )
        _show("Dev set: overall, per variant", pd.DataFrame(summary))
        if args.thresholds:
            _show(
                "Dev set: precision and recall by min_confidence",
                _by_threshold(texts, codings, args.splits.split(","), args.thresholds),
            )
    else:
        print("\n## Dev set: skipped (pass --texts DIR with the articles)")
    if args.challenge:
        _show("Challenge sentences (strict)", challenge_quality())
        state = challenge_quality(top=True)
        _show("Challenge sentences (state level), overall", state[state["category"] == "all"])
    if not args.no_speed:
        speed(args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
