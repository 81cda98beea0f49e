"""Throughput of this checkout against another one, in alternating runs: a fair before/after.

Wall-clock speed on a shared machine wanders (here by a fifth within an hour, for the
same code), so a words/s figure from one day cannot be set against one from another.
This script times both checkouts in turns, each round in fresh interpreters, on the
same articles, and prints each one's words per second (median of the rounds, each
round the median of ``--runs`` passes after a warm-up pass) and their ratio.

    python benchmarks/ab.py OTHER [--rounds 3] [--runs 7] [--data PATH] [--synthetic]

OTHER is a directory holding another quotekit checkout, e.g. the code before a change:
``git worktree add ../before HEAD~3`` or ``git archive HEAD~3 | tar -x -C ../before``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _common as common

# Run in a fresh interpreter with the checkout first on sys.path: the median seconds of
# ``runs`` passes over the articles in the JSON Lines file, and where quotekit came from.
PASSES_CODE = """\
import gc, json, statistics, sys, time
checkout, articles, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, checkout)
import quotekit
with open(articles, encoding="utf-8") as f:
    texts = [json.loads(line) for line in f]
for text in texts:
    quotekit.extract_quotes(text)
times = []
for _ in range(runs):
    gc.collect()
    start = time.perf_counter()
    for text in texts:
        quotekit.extract_quotes(text)
    times.append(time.perf_counter() - start)
print(statistics.median(times), quotekit.__file__)
"""


def median_seconds(checkout: Path, articles: str, runs: int) -> float:
    """Median seconds per pass of ``checkout``'s quotekit over ``articles``, in a fresh interpreter."""
    proc = subprocess.run(
        [sys.executable, "-c", PASSES_CODE, str(checkout), articles, str(runs)],
        check=False,
        capture_output=True,
        text=True,
        env={key: value for key, value in os.environ.items() if key != "PYTHONPATH"},  # the checkout alone
    )
    if proc.returncode:
        common.fail(f"timing {checkout} failed:\n{proc.stderr.strip()}")
    seconds, module = proc.stdout.split()
    if not Path(module).resolve().is_relative_to(checkout):
        common.fail(f"{checkout} has no quotekit package of its own: Python imported {module}")
    return float(seconds)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", help="directory of the other quotekit checkout")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    parser.add_argument("--runs", type=int, default=7, help="timed passes per round and checkout (default 7)")
    parser.add_argument("--data", help="PolNeAR folder or dev.jsonl (default <repo>/../shared/polnear)")
    parser.add_argument("--synthetic", action="store_true", help="time the synthetic corpus even if the data is there")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.runs < 1:
        parser.error("--rounds and --runs must be at least 1")
    other = Path(args.other).resolve()
    if not (other / "quotekit" / "__init__.py").is_file():
        parser.error(f"{other} holds no quotekit/ package")

    label, texts = common.corpus(args.data, args.synthetic)
    n_words = sum(map(common.words, texts))
    checkouts = {"this checkout": common.ROOT, str(other): other}
    seconds: dict[str, list[float]] = {name: [] for name in checkouts}
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".jsonl", delete=False) as handle:
        handle.writelines(json.dumps(text) + "\n" for text in texts)
    try:
        for _ in range(args.rounds):
            for name, checkout in checkouts.items():
                seconds[name].append(median_seconds(checkout, handle.name, args.runs))
    finally:
        os.unlink(handle.name)

    print(f"alternating runs on {label}: {len(texts)} articles, {n_words:,} words; "
          f"{args.rounds} rounds, each the median of {args.runs} passes")
    width = max(map(len, checkouts))
    speeds = {}
    for name, times in seconds.items():
        speeds[name] = n_words / statistics.median(times)
        rounds = ", ".join(f"{n_words / t:,.0f}" for t in times)
        print(f"{name:{width}s}  {speeds[name]:>9,.0f} words/s  (rounds: {rounds})")
    this, that = speeds.values()
    print(f"this checkout / other: {this / that:.3f}x")


if __name__ == "__main__":
    main()
