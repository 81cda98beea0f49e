"""Score quotekit on PolNeAR with the reference scorer.

Runs ``quotekit.extract_quotes`` over every article of ``<repo>/../shared/polnear/<split>.jsonl``,
writes the predictions to ``benchmarks/out/polnear-<split>-pred.jsonl`` in the scorer's PRED
format and prints exactly what the reference ``score.py`` (beside the data) prints, after one
line saying what ran. Exits 2 when the data or the scorer is missing.

    python benchmarks/polnear.py                 # dev split
    python benchmarks/polnear.py --split train
    python benchmarks/polnear.py --json          # the scorer's JSON only (the header goes to stderr)
    python benchmarks/polnear.py --kinds direct  # score direct quotes only
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _common as common  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=common.SPLITS, default="dev", help="which split (default dev)")
    parser.add_argument("--data", help="PolNeAR folder or <split>.jsonl (default <repo>/../shared/polnear)")
    parser.add_argument("--scorer", help="score.py to use (default: the one beside the data)")
    parser.add_argument("--scope", choices=("quotes", "attributions"), default="quotes", help=common.SCOPE_HELP)
    parser.add_argument("--out", help="predictions file (default benchmarks/out/polnear-<split>-pred.jsonl)")
    parser.add_argument("--json", action="store_true", help="print the scorer's JSON instead of its table")
    parser.add_argument(
        "--kinds", default="direct,mixed,indirect",
        help="score only predicted quotes of these kinds, comma-separated (e.g. direct: the core without reported speech)",
    )
    args = parser.parse_args(argv)

    gold = common.require_gold(args.data, args.split)
    scorer = Path(args.scorer).resolve() if args.scorer else gold.parent / "score.py"
    if not scorer.is_file():
        common.fail(f"reference scorer not found at {scorer} (pass --scorer PATH)")
    out = Path(args.out) if args.out else common.OUT / f"polnear-{args.split}-pred.jsonl"

    articles = common.load_articles(gold)
    start = time.perf_counter()
    results = common.extract_all(articles, args.scope)
    elapsed = time.perf_counter() - start
    kinds = {kind.strip() for kind in args.kinds.split(",")}
    results = [[quote for quote in quotes if quote.kind.value in kinds] for quotes in results]

    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        for article, quotes in zip(articles, results, strict=True):
            record = {"id": article["id"], "quotes": [common.quote_to_pred(quote) for quote in quotes]}
            handle.write(json.dumps(record) + "\n")

    try:
        shown = out.resolve().relative_to(common.ROOT)
    except ValueError:
        shown = out
    print(
        f"quotekit on PolNeAR {args.split}: {len(articles)} articles, "
        f"{sum(map(len, results))} quotes in {elapsed:.2f} s -> {shown}",
        file=sys.stderr if args.json else sys.stdout,
        flush=True,
    )
    command = [sys.executable, str(scorer), str(gold), str(out)] + (["--json"] if args.json else [])
    sys.exit(subprocess.run(command).returncode)


if __name__ == "__main__":
    main()
