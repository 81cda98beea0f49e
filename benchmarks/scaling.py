"""How quotekit's time and memory grow with the length of one text.

Builds a base text of about 100 KB (dev articles joined by blank lines; the synthetic corpus
when the shared data is absent or with ``--synthetic``), then 1x, 4x, 16x and 64x copies of it
joined by blank lines (64x is about 6.4 MB), and times one ``extract_quotes`` call on each:
best of ``--runs`` (default 3) up to 16x, best of ``--large-runs`` (default 2) above. It prints
seconds per MB at each size, the ratio of 64x to 1x (target <= 1.3: linear time), and the
tracemalloc peak per MB of input (a separate, traced call).

    python benchmarks/scaling.py [--sizes 1,4,16,64] [--no-memory]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _common as common  # noqa: E402

BASE = 100_000  # bytes in the 1x text
TARGET_RATIO = 1.3
LARGE = 16  # multiples above this get --large-runs


def best_time(extract, text: str, runs: int) -> tuple[float, int]:
    """Best time of ``runs`` calls, and how many quotes the call found."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        found = len(extract(text))
        best = min(best, time.perf_counter() - start)
    return best, found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,16,64", help="multiples of the base text (default 1,4,16,64)")
    parser.add_argument("--runs", type=int, default=3, help=f"best of N runs up to {LARGE}x (default 3)")
    parser.add_argument("--large-runs", type=int, default=2, help=f"best of N runs above {LARGE}x (default 2)")
    parser.add_argument("--no-memory", action="store_true", help="skip the traced (slower) memory runs")
    parser.add_argument("--data", help="PolNeAR folder or dev.jsonl (default <repo>/../shared/polnear)")
    parser.add_argument("--synthetic", action="store_true", help="use the synthetic corpus even if the data is there")
    args = parser.parse_args(argv)
    try:
        sizes = sorted({int(size) for size in args.sizes.split(",")})
    except ValueError:
        parser.error("--sizes takes comma-separated integers, e.g. 1,4,16,64")
    if sizes[0] < 1 or args.runs < 1 or args.large_runs < 1:
        parser.error("sizes and run counts must be at least 1")

    label, texts = common.corpus(args.data, args.synthetic)
    from quotekit import extract_quotes

    base = common.concat_to_size(texts, BASE)
    extract_quotes(base)  # warm-up: lazy loading and caches are not what is measured
    print(f"quotekit scaling on {label}: base {len(base.encode('utf-8')) / 1e3:.0f} KB, "
          f"{common.words(base):,} words; best of {args.runs} (of {args.large_runs} above {LARGE}x)")
    print(f"{'size':>5s}  {'MB':>6s}  {'quotes':>7s}  {'seconds':>8s}  {'s/MB':>7s}  {'peak MB':>8s}  {'peak/MB':>7s}")
    per_mb = {}
    for size in sizes:
        text = "\n\n".join([base] * size)
        mb = len(text.encode("utf-8")) / 1e6
        seconds, quotes = best_time(extract_quotes, text, args.runs if size <= LARGE else args.large_runs)
        per_mb[size] = seconds / mb
        peak = None if args.no_memory else common.traced_peak(extract_quotes, text)
        memory = f"{peak:8.1f}  {peak / mb:7.2f}" if peak is not None else f"{'-':>8s}  {'-':>7s}"
        print(f"{size:>4d}x  {mb:6.2f}  {quotes:7d}  {seconds:8.3f}  {per_mb[size]:7.3f}  {memory}")
        del text
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        ratio = per_mb[large] / per_mb[small]
        print(f"s/MB ratio {large}x / {small}x: {ratio:.2f}  (target <= {TARGET_RATIO} for 64x / 1x)  "
              f"{common.verdict(ratio <= TARGET_RATIO)}")


if __name__ == "__main__":
    main()
