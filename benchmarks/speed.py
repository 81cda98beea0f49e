"""Speed, memory and import time of quotekit, against the project's targets.

- throughput: ``extract_quotes`` over every dev article in one process, one warm-up run, then
  the median of ``--runs`` runs; words (``len(text.split())``) and UTF-8 MB (10^6 bytes) per second;
- peak memory: ``tracemalloc`` peak above the baseline, in a separate run over one ~1 MB
  article (dev articles joined by blank lines, whole articles up to 1,000,000 bytes);
- peak RSS growth: ``ru_maxrss`` in a fresh subprocess, after ``import quotekit`` (or the
  current RSS then, from /proc, if lower) and again after extracting from the same 1 MB article;
- import time: median of 5 fresh ``python -c "... import quotekit ..."`` subprocesses, after one
  untimed import with ``PYTHONDONTWRITEBYTECODE`` dropped from its environment, so that the
  checkout's ``__pycache__`` is current: the import is timed as installed users see it (``pip``
  compiles bytecode at install), not with every module recompiled from source.

Uses ``<repo>/../shared/polnear/dev.jsonl``, or the synthetic corpus (benchmarks/synthetic.py)
when that is absent or with ``--synthetic``.

    python benchmarks/speed.py [--runs 7] [--data PATH] [--synthetic]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _common as common  # noqa: E402

TARGET_WORDS_PER_S = 300_000
TARGET_IMPORT_S = 0.3
TARGET_PEAK_MB = 50.0
BIG = 1_000_000  # bytes in the "1 MB article"

IMPORT_CODE = "import time; t=time.perf_counter(); import quotekit; print(time.perf_counter()-t)"
RSS_CODE = """\
import resource, sys
with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
import quotekit
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:  # the current RSS: import may have freed memory below its high-water mark
    with open("/proc/self/status") as f:
        before = min(before, next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")))
except (OSError, StopIteration, ValueError):
    pass
quotekit.extract_quotes(text)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(before, after)
"""


def time_runs(extract, texts: list[str], runs: int) -> list[float]:
    """Seconds for each of ``runs`` passes over ``texts``, after one untimed warm-up pass."""
    for text in texts:
        extract(text)
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        for text in texts:
            extract(text)
        times.append(time.perf_counter() - start)
    return times


def run_python(args: list[str], write_bytecode: bool = False) -> str:
    """Run a fresh interpreter from the repo root (so ``import quotekit`` finds this checkout);
    with ``write_bytecode``, even where ``PYTHONDONTWRITEBYTECODE`` is set."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(common.ROOT), os.environ.get("PYTHONPATH")])))
    if write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run([sys.executable, *args], cwd=common.ROOT, env=env, capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}")
    return proc.stdout


def rss_growth(text: str) -> tuple[float, float]:
    """(RSS after import, peak growth during extraction), MB, in a fresh subprocess."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        handle.write(text)
    try:
        before, after = map(int, run_python(["-c", RSS_CODE, handle.name]).split())
    finally:
        os.unlink(handle.name)
    return before * 1024 / 1e6, (after - before) * 1024 / 1e6  # ru_maxrss is in KiB on Linux


def import_time(repeats: int = 5) -> float:
    """Median seconds to import quotekit, bytecode current (see the module docstring)."""
    run_python(["-c", "import quotekit"], write_bytecode=True)  # untimed: writes __pycache__
    return statistics.median(float(run_python(["-c", IMPORT_CODE])) for _ in range(repeats))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs over the corpus (default 7; use >= 5)")
    parser.add_argument("--data", help="PolNeAR folder or dev.jsonl (default <repo>/../shared/polnear)")
    parser.add_argument("--synthetic", action="store_true", help="time the synthetic corpus even if the data is there")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    label, texts = common.corpus(args.data, args.synthetic)
    from quotekit import extract_quotes

    n_words = sum(map(common.words, texts))
    n_mb = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    times = time_runs(extract_quotes, texts, args.runs)
    median = statistics.median(times)
    big = common.concat_to_size(texts, BIG)
    big_mb = len(big.encode("utf-8")) / 1e6
    peak = common.traced_peak(extract_quotes, big)

    def guarded(measure, *margs):
        try:
            return measure(*margs), None
        except (RuntimeError, ValueError) as error:
            return None, str(error)

    rss, rss_error = guarded(rss_growth, big)
    imp, imp_error = guarded(import_time)

    print(f"quotekit speed on {label}: {len(texts)} articles, {n_words:,} words, {n_mb:.2f} MB; "
          f"median of {args.runs} runs (min {min(times):.3f} s, max {max(times):.3f} s)")
    speed = n_words / median
    imported = f"{imp:.3f} s" if imp is not None else f"failed: {imp_error}"
    rows = [
        ("words/s", f"{speed:,.0f}", f">= {TARGET_WORDS_PER_S:,}", common.verdict(speed >= TARGET_WORDS_PER_S)),
        ("MB/s", f"{n_mb / median:.2f}", "", ""),
        ("seconds per corpus", f"{median:.3f}", "", ""),
        (f"peak tracemalloc, {big_mb:.2f} MB article", f"{peak:.1f} MB", f"< {TARGET_PEAK_MB:.0f} MB",
         common.verdict(peak < TARGET_PEAK_MB)),
        ("peak RSS growth, same article", f"{rss[1]:.1f} MB" if rss else f"failed: {rss_error}", "", ""),
        ("RSS after import", f"{rss[0]:.1f} MB" if rss else "-", "", ""),
        ("import time (median of 5, bytecode current)", imported, f"< {TARGET_IMPORT_S} s",
         common.verdict(imp is not None and imp < TARGET_IMPORT_S)),
    ]
    width = max(len(row[0]) for row in rows)
    print(f"{'':{width}s}  {'figure':>14s}  {'target':>12s}")
    for name, value, target, mark in rows:
        print(f"{name:{width}s}  {value:>14s}  {target:>12s}  {mark}".rstrip())


if __name__ == "__main__":
    main()
