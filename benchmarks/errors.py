"""Error analysis of quotekit on PolNeAR: what it misses, invents, and attributes wrongly.

Gold and predicted quotes are paired exactly as the reference ``score.py`` pairs them (its
``tokset``: content token-set Jaccard >= 0.5, one to one, best first). Then it lists

- missed: gold attributions with no predicted match,
- invented: predictions with no gold match,
- source: matched pairs whose predicted source does not overlap the gold source,

or, with ``--group``, counts them by a coarse key (missed: gold cue word and kind; invented:
predicted cue and kind; source: gold and predicted source).

    python benchmarks/errors.py --show missed --kind direct --limit 20
    python benchmarks/errors.py --group
    python benchmarks/errors.py --show invented --shuffle 1
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _common as common  # noqa: E402

KINDS = ("direct", "mixed", "indirect")
SECTIONS = ("missed", "invented", "source")
WORD = re.compile(r"\w+")


def part(text: str, ranges: list[list[int]], limit: int | None = None) -> str:
    """The text of a gold/pred part (ranges joined by ' … '), squashed; '-' when empty."""
    if not ranges:
        return "-"
    return common.squash(" … ".join(text[s:e] for s, e in ranges), limit)


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def analyse(article: dict[str, Any], quotes: list[Any], tokset: Callable) -> tuple[dict[str, list[dict]], int, int]:
    """Pair one article's gold and predictions as score.py does.

    Returns the error items by section, and the numbers of gold and predicted quotes scored
    (those with at least one content token, as in score.py)."""
    text = article["text"]
    gold = []
    for attribution in article["attributions"]:
        toks = [tokset(text, attribution[key]) for key in ("content", "source", "cue")]
        if toks[0]:
            gold.append((attribution, *toks))
    preds = []
    for quote in quotes:
        pred = common.quote_to_pred(quote)
        toks = [tokset(text, pred[key]) for key in ("content", "source", "cue")]
        if toks[0]:
            preds.append((quote, pred, *toks))

    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(preds):
            inter = len(g[1] & p[2])
            if inter:
                jac = inter / len(g[1] | p[2])
                if jac >= 0.5:
                    pairs.append((jac, i, j))
    pairs.sort(reverse=True)
    used_g: dict[int, int] = {}
    used_p: set[int] = set()
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g[i] = j
        used_p.add(j)

    def where(ranges: list[list[int]]) -> dict[str, Any]:
        first = ranges[0][0]
        before = common.squash(text[max(0, first - 80) : first], 80, tail=True)
        return {"id": article["id"], "at": first, "before": before, "content": part(text, ranges, 120)}

    def about_gold(attribution: dict) -> dict[str, Any]:
        source, cue = part(text, attribution["source"]), part(text, attribution["cue"])
        return {**where(attribution["content"]), "kind": attribution["kind"], "source": source, "cue": cue}

    def about_pred(quote: Any, pred: dict) -> dict[str, Any]:
        source, cue = part(text, pred["source"]), part(text, pred["cue"])
        return {"rule": quote.rule or "?", "psource": source, "pcue": cue}

    items: dict[str, list[dict]] = {name: [] for name in SECTIONS}
    for i, (attribution, content, source, _cue) in enumerate(gold):
        if i not in used_g:
            nearest = max(preds, key=lambda p: jaccard(content, p[2]), default=None)
            near = (jaccard(content, nearest[2]), nearest[0].rule or "?") if nearest else None
            items["missed"].append({**about_gold(attribution), "nearest": near})
            continue
        quote, pred, _pcontent, psource, _pcue = preds[used_g[i]]
        if not (bool(source & psource) if source else not psource):  # score.py's source test
            items["source"].append({**about_gold(attribution), **about_pred(quote, pred)})
    for j, (quote, pred, content, _source, _cue) in enumerate(preds):
        if j not in used_p:
            nearest = max((jaccard(content, g[1]) for g in gold), default=0.0)
            item = {**where(pred["content"]), **about_pred(quote, pred), "kind": str(quote.kind), "nearest": nearest}
            items["invented"].append(item)
    return items, len(gold), len(preds)


def cue_word(cue: str) -> str:
    found = WORD.findall(cue.lower())
    return found[-1] if found else "(no cue)"


GROUPS: dict[str, tuple[str, Callable[[dict], tuple[str, ...]]]] = {
    "missed": ("gold cue word, kind", lambda x: (cue_word(x["cue"]), x["kind"])),
    "invented": ("predicted cue, kind", lambda x: (x["pcue"].lower() if x["pcue"] != "-" else "(no cue)", x["kind"])),
    "source": ("gold source -> predicted source", lambda x: (x["source"].lower(), x["psource"].lower())),
}


def show_item(section: str, item: dict) -> None:
    if section == "missed":
        near = f"nearest pred J={item['nearest'][0]:.2f} ({item['nearest'][1]})" if item["nearest"] else "no pred"
        about = f"source: {item['source']} | cue: {item['cue']} | {near}"
    elif section == "invented":
        about = f"rule: {item['rule']} | source: {item['psource']} | cue: {item['pcue']} | nearest gold J={item['nearest']:.2f}"
    else:
        about = (f"gold source: {item['source']} | predicted: {item['psource']} | rule: {item['rule']} | "
                 f"cue: {item['cue']} | predicted cue: {item['pcue']}")
    print(f"[{section}] {item['kind']:8s} {item['id']} @{item['at']}  {about}")
    print(f"    before:  {item['before']}")
    print(f"    content: {item['content']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=common.SPLITS, default="dev", help="which split (default dev)")
    parser.add_argument("--data", help="PolNeAR folder or <split>.jsonl (default <repo>/../shared/polnear)")
    parser.add_argument("--scorer", help="score.py whose tokset to use (default: the one beside the data)")
    parser.add_argument("--scope", choices=("quotes", "attributions"), default="quotes", help=common.SCOPE_HELP)
    parser.add_argument("--show", choices=SECTIONS + ("all",), default="all", help="which errors (default all)")
    parser.add_argument("--kind", choices=KINDS, help="only this kind (gold kind; predicted kind for invented)")
    parser.add_argument("--limit", type=int, default=20, help="items (or group rows) per section; 0 = all (default 20)")
    parser.add_argument("--group", action="store_true", help="print counts by a coarse key instead of items")
    parser.add_argument("--article", help="only the article with this id")
    parser.add_argument("--shuffle", type=int, metavar="SEED", help="list items in a random order (seeded)")
    args = parser.parse_args(argv)

    gold = common.require_gold(args.data, args.split)
    scorer = Path(args.scorer).resolve() if args.scorer else gold.parent / "score.py"
    if not scorer.is_file():
        common.fail(f"reference scorer not found at {scorer} (pass --scorer PATH)")
    tokset = common.load_scorer(scorer).tokset
    articles = common.load_articles(gold)
    if args.article:
        articles = [a for a in articles if a["id"] == args.article]
        if not articles:
            common.fail(f"no article with id {args.article!r}")

    found: dict[str, list[dict]] = {name: [] for name in SECTIONS}
    n_gold = n_pred = 0
    for article, quotes in zip(articles, common.extract_all(articles, args.scope), strict=True):
        items, article_gold, article_pred = analyse(article, quotes, tokset)
        n_gold += article_gold
        n_pred += article_pred
        for name in SECTIONS:
            found[name].extend(items[name])

    matched = n_gold - len(found["missed"])
    print(
        f"PolNeAR {args.split}: {len(articles)} articles, gold {n_gold}, pred {n_pred}, matched {matched}, "
        f"missed {len(found['missed'])}, invented {len(found['invented'])}, wrong source {len(found['source'])}"
    )
    limit = args.limit or None
    for name in SECTIONS if args.show == "all" else (args.show,):
        chosen = [x for x in found[name] if args.kind is None or x["kind"] == args.kind]
        kind = f" {args.kind}" if args.kind else ""
        if args.group:
            label, key = GROUPS[name]
            counts = Counter(key(x) for x in chosen)
            print(f"\n{name}{kind}: {len(chosen)}, by {label} ({len(counts)} keys)")
            for keys, count in counts.most_common(limit):
                print(f"  {count:5d}  " + "  |  ".join(keys))
            continue
        if args.shuffle is not None:
            random.Random(args.shuffle).shuffle(chosen)
        print(f"\n== {name}{kind}: {len(chosen)}" + (f" (showing {limit})" if limit and len(chosen) > limit else ""))
        for item in chosen[:limit]:
            show_item(name, item)


if __name__ == "__main__":
    main()
