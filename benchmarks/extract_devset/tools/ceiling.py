"""How much recall is left inside the sentence, and can a learned model take it?

Two measurements on the dev set, each fitted on the tuned splits and scored on held-out ones:

1. **Pair candidates.** Every sentence gives candidates (trigger, source mention, target
   mention): each lexicon trigger with each ordered pair of the sentence's actor mentions. The
   report counts the coded relations such candidates could add beyond what the rules already
   find (the ceiling of in-sentence role assignment), fits an L2 logistic regression over shallow
   features (trigger type and frame, the order of the three, distances, the closed-class words
   between, the word before each mention, the actors' kinds), and scores the rules plus the
   candidates it accepts at several thresholds.
2. **Per-rule precision.** The precision of each rule on the tuned splits as a filter on the
   held-out splits, beside the hand-set ``confidence`` as the same filter.

The features use only the lexicon's own labels, actor kinds, and a fixed list of function words
(FUNCTION_WORDS): nothing of the articles' wording is kept. The texts live outside the
repository (see devset.py); this script reads them from ``--texts``.

    python benchmarks/extract_devset/tools/ceiling.py                 # tuned: dev..dev39, held out: dev40..dev48

The script reads each sentence's mentions and triggers by wrapping
``graphlib_kb.extract.rules._sentence_relations``: it measures the extractor, it is not part
of it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_extract  # noqa: E402

import graphlib_kb as gk  # noqa: E402
from graphlib_kb.extract import ExtractionEmpty, extract, rules  # noqa: E402
from graphlib_kb.extract.evaluate import (  # noqa: E402
    _symmetric_types,
    actor_mapping,
    score,
)
from graphlib_kb.vocabulary import relation_type_records  # noqa: E402

TUNED = ",".join(["dev", *(f"dev{i}" for i in range(2, 40))])
HELD_OUT = ",".join(f"dev{i}" for i in range(40, 49))
FUNCTION_WORDS = frozenset(
    [
        "by",
        "with",
        "between",
        "and",
        "of",
        "to",
        "against",
        "from",
        "on",
        "for",
        ",",
        "said",
        "that",
        "in",
        "at",
        "over",
        "the",
        "'s",
        "as",
        "after",
        "who",
        "which",
        "not",
        "will",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "called",
        "urged",
        "told",
        "accused",
        '"',
        "“",
        "”",
        "(",
        ")",
        "-",
        ":",
        ";",
        "its",
        "their",
        "his",
        "her",
        "also",
        "both",
        "while",
        "but",
        "when",
        "he",
        "she",
        "they",
        "it",
        "would",
        "could",
    ]
)


def _word(token) -> str:
    w = token.lower_
    return w if w in FUNCTION_WORDS else ("CAP" if token.text[:1].isupper() else "W")


def _features(sent, trig, a, b, mentions, kinds, category) -> dict:
    doc = sent.doc
    order = "".join(x for _, x in sorted([(a.start, "A"), (b.start, "B"), (trig.start + 0.5, "T")]))

    def gap(m):
        lo, hi = (m.end, trig.start) if m.start < trig.start else (trig.match_end, m.start)
        return [doc[k] for k in range(min(lo, hi), max(lo, hi))]

    def between(m):
        lo, hi = sorted([m.start, trig.start])
        return sum(1 for x in mentions if x is not a and x is not b and lo < x.start < hi)

    def before(m):
        return _word(doc[m.start - 1]) if m.start > sent.s0 else "BOS"

    ga, gb = gap(a), gap(b)
    frame = trig.rule.frame
    f = {
        f"type={trig.rule.type}",
        f"cat={category}",
        f"frame={frame}",
        f"order={order}",
        f"order_cat={order}{category}",
        f"order_frame={order}{frame}",
        f"ka={kinds[0]}",
        f"kb={kinds[1]}",
        f"kakb={kinds[0]}_{kinds[1]}",
        f"la={a.label}",
        f"lb={b.label}",
        f"da={min(len(ga), 9)}",
        f"db={min(len(gb), 9)}",
        f"oa={min(between(a), 2)}",
        f"ob={min(between(b), 2)}",
        f"prea={before(a)}",
        f"preb={before(b)}",
        f"preb_cat={before(b)}{category}",
        f"posta={_word(doc[a.end]) if a.end < sent.s1 else 'EOS'}",
        f"a_first={a is mentions[0]}",
    }
    f |= {f"ga={_word(t)}" for t in ga} | {f"gb={_word(t)}" for t in gb}
    return f


def _document(rec, texts, actors, levels, types, captured):
    """The rules' relations and the pair candidates of one article, with their labels."""
    path = texts / f"{rec.doc_id}.txt"
    captured.clear()
    try:
        G = extract(path, date=rec.date or None)
    except ExtractionEmpty:
        G = gk.from_tables([], [])
    mapping = {n: levels.get(k, k) for n, k in actor_mapping(G, actors).items()}
    predicted = bench_extract._frame(G, mapping, doc=rec.doc_id)
    relations = gk.relations_table(G) if len(G) else None
    if relations is not None and not relations.empty:
        conf = relations[["rule", "confidence", "category", "type"]].assign(
            source=relations["source"].map(mapping), target=relations["target"].map(mapping)
        )
    else:
        conf = pd.DataFrame(columns=["rule", "confidence", "category", "type", "source", "target"])
    registry = captured[0][1] if captured else None
    H = gk.from_tables([], [])
    for sent, _ in captured:
        for m in sent.mentions:
            for x in registry.lineage(m.actor) if m.actor else []:
                d = registry.get(x) or {}
                H.add_node(x, **{k: d[k] for k in ("name", "aliases", "kind", "parent") if k in d})
    ids = {n: levels.get(k, k) for n, k in actor_mapping(H, actors).items()}
    rows = []
    for sent, _ in captured:
        mentions = [m for m in sent.mentions if m.actor]
        for trig in sent.triggers:
            if trig.rule.frame == "report" or trig.rule.type not in types:
                continue
            category = types[trig.rule.type]["category"]
            for a in mentions:
                for b in mentions:
                    sa, sb = ids.get(a.actor, a.actor), ids.get(b.actor, b.actor)
                    if sa == sb:
                        continue
                    kinds = [(registry.get(x.actor) or {}).get("kind") for x in (a, b)]
                    rows.append(
                        {
                            "doc": rec.doc_id,
                            "sentence": sent.number,
                            "source": sa,
                            "target": sb,
                            "category": category,
                            "type": trig.rule.type,
                            "features": _features(sent, trig, a, b, mentions, kinds, category),
                        }
                    )
    return predicted, conf, rows


def collect(splits: str, texts: Path):
    """Gold, the rules' predictions (with rule and confidence) and the pair candidates."""
    sources, actors, codings = bench_extract._devset(bench_extract.DEVSET)
    levels = bench_extract._levels(actors)
    types = relation_type_records()
    captured: list = []
    original = rules._sentence_relations

    def capture(sent, discourse, stats, hist, when, location, registry):
        captured.append((sent, registry))
        return original(sent, discourse, stats, hist, when, location, registry)

    rules._sentence_relations = capture
    gold, predicted, confs, candidates = [], [], [], []
    try:
        docs = sources[sources["split"].isin(splits.split(","))]
        for rec in docs.itertuples(index=False):
            if not (texts / f"{rec.doc_id}.txt").is_file():
                continue
            gold.append(bench_extract._gold(rec.doc_id, codings, levels))
            p, c, rows = _document(rec, texts, actors, levels, types, captured)
            predicted.append(p)
            confs.append(c.assign(doc=rec.doc_id))
            candidates.extend(rows)
    finally:
        rules._sentence_relations = original
    return pd.concat(gold), pd.concat(predicted), pd.concat(confs), pd.DataFrame(candidates)


def _keys(frame: pd.DataFrame, sym: set, with_sentence: bool = False) -> set:
    out = set()
    for r in frame.itertuples(index=False):
        head = (r.doc, r.sentence) if with_sentence else (r.doc,)
        out.add((*head, r.source, r.target, r.category))
        if r.type in sym:
            out.add((*head, r.target, r.source, r.category))
    return out


def _label(candidates, gold, predicted, sym):
    gold_sentence = _keys(gold, sym, with_sentence=True)
    found = _keys(predicted, sym)
    new = ~np.array(
        [(r.doc, r.source, r.target, r.category) in found for r in candidates.itertuples()]
    )
    y = np.array(
        [
            (r.doc, r.sentence, r.source, r.target, r.category) in gold_sentence
            for r in candidates.itertuples()
        ]
    )
    return new, y


def fit(features: list, y: np.ndarray, strength: float):
    """L2 logistic regression (scipy L-BFGS): the vocabulary of features and the weights."""
    vocab: dict = {}
    for f in features:
        for k in f:
            vocab.setdefault(k, len(vocab))
    X = _matrix(features, vocab)

    def loss(w):
        z = X @ w
        value = np.sum(np.logaddexp(0, z) - y * z) + 0.5 / strength * np.sum(w[:-1] ** 2)
        grad = X.T @ (1 / (1 + np.exp(-z)) - y) + np.r_[w[:-1] / strength, 0]
        return value, grad

    result = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B")
    return vocab, result.x


def _matrix(features: list, vocab: dict):
    rows, cols = [], []
    for i, f in enumerate(features):
        for k in f:
            if k in vocab:
                rows.append(i)
                cols.append(vocab[k])
        rows.append(i)
        cols.append(len(vocab))  # the intercept
    data = np.ones(len(rows))
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(features), len(vocab) + 1))


def _overall(predicted, gold) -> tuple:
    row = score(predicted, gold).set_index("category").loc["all"]
    return row["precision"], row["recall"], row["f1"], int(row["predicted"])


def pair_report(tuned, held, sym, strength: float) -> pd.DataFrame:
    gold_t, pred_t, _, cand_t = tuned
    gold_h, pred_h, _, cand_h = held
    new_t, y_t = _label(cand_t, gold_t, pred_t, sym)
    vocab, w = fit(list(cand_t["features"][new_t]), y_t[new_t].astype(float), strength)
    new_h, y_h = _label(cand_h, gold_h, pred_h, sym)
    held_new = cand_h[new_h].reset_index(drop=True)
    p = 1 / (1 + np.exp(-(_matrix(list(held_new["features"]), vocab) @ w)))
    columns = ["doc", "source", "target", "category", "type"]
    reachable = held_new[y_h[new_h]][columns].drop_duplicates()
    rows = [("rules", *_overall(pred_h, gold_h), 0)]
    ceiling = pd.concat([pred_h, reachable])
    rows.append(
        ("rules + every coded pair candidate (ceiling)", *_overall(ceiling, gold_h), len(reachable))
    )
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        accepted = held_new[p >= threshold][columns].drop_duplicates()
        both = pd.concat([pred_h, accepted]).drop_duplicates()
        rows.append((f"rules + model >= {threshold}", *_overall(both, gold_h), len(accepted)))
    return pd.DataFrame(
        rows, columns=["variant", "precision", "recall", "f1", "predicted", "candidates_added"]
    )


def calibration_report(tuned, held, sym) -> pd.DataFrame:
    """Rules kept by their precision on the tuned splits, against the ``confidence`` filter."""
    gold_t, _, conf_t, _ = tuned
    gold_h, _, conf_h, _ = held
    keys_t = _keys(gold_t, sym)
    hit = np.array([(r.doc, r.source, r.target, r.category) in keys_t for r in conf_t.itertuples()])
    per_rule = (
        pd.Series(hit, index=conf_t["rule"].to_numpy()).groupby(level=0).agg(["sum", "count"])
    )
    prior = hit.mean()
    precision = ((per_rule["sum"] + 5 * prior) / (per_rule["count"] + 5)).to_dict()
    conf_h = conf_h.assign(rule_precision=conf_h["rule"].map(precision).fillna(prior))
    rows = []
    for threshold in (0.0, 0.5, 0.6, 0.65, 0.7):
        for column in ("rule_precision", "confidence"):
            kept = conf_h[conf_h[column] >= threshold]
            rows.append((column, threshold, *_overall(_as_predicted(kept), gold_h)))
    return pd.DataFrame(
        rows, columns=["filter", "threshold", "precision", "recall", "f1", "predicted"]
    )


def _as_predicted(conf) -> pd.DataFrame:
    out = conf[["doc", "source", "target", "category", "type"]]
    return out[out["source"] != out["target"]].drop_duplicates()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tuned", default=TUNED, help="comma-separated splits to fit on")
    parser.add_argument("--held-out", default=HELD_OUT, help="comma-separated splits to score")
    parser.add_argument(
        "--texts", type=Path, default=Path(os.environ.get("DEVSET_DIR", "/work/devset")) / "texts"
    )
    parser.add_argument("--strength", type=float, default=1.0, help="inverse L2 penalty")
    args = parser.parse_args(argv)
    sym = _symmetric_types()
    tuned = collect(args.tuned, args.texts)
    held = collect(args.held_out, args.texts)
    pd.set_option("display.width", 140)
    print("## Pair candidates: rules, their in-sentence ceiling, and a learned model\n")
    print(pair_report(tuned, held, sym, args.strength).round(3).to_string(index=False))
    print("\n## Filters: each rule's tuned precision against the hand-set confidence\n")
    print(calibration_report(tuned, held, sym).round(3).to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
