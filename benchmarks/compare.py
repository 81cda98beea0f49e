"""Speed of quotekit next to textacy's spaCy-based direct-quotation extractor, same articles, same run.

textacy times are spaCy parsing (``nlp.pipe``) plus ``textacy.extract.triples.direct_quotations``
(textacy 0.13; it raises ValueError on a text whose quote marks it cannot pair: such
articles count as parsed, with no quotes); quotekit times are ``quotekit.extract_quotes``. Each is the median of ``--runs``
passes over the dev articles (the synthetic corpus when the shared data is absent), after one
warm-up article. It prints words per second (``len(text.split())``) for both and the ratio.

Optional: it needs ``pip install 'quotekit[compare]'`` and an English spaCy model
(``python -m spacy download en_core_web_sm``, or ``--model`` naming another installed one);
without them it says so and exits 0.

    python benchmarks/compare.py [--runs 3] [--model en_core_web_sm] [--articles N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _common as common  # noqa: E402

INSTALL = (
    "compare.py needs textacy, spaCy and an English spaCy model:\n"
    "  pip install 'quotekit[compare]'\n"
    "  python -m spacy download en_core_web_sm   (or pass --model NAME for another installed English pipeline)"
)


def median_time(run, runs: int) -> tuple[float, int]:
    """Median seconds of ``runs`` calls of ``run()``, and what the last call returned."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        found = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="en_core_web_sm", help="spaCy pipeline to load (default en_core_web_sm)")
    parser.add_argument("--runs", type=int, default=3, help="timed passes for each library (default 3)")
    parser.add_argument("--articles", type=int, help="only the first N articles")
    parser.add_argument("--data", help="PolNeAR folder or dev.jsonl (default <repo>/../shared/polnear)")
    parser.add_argument("--synthetic", action="store_true", help="use the synthetic corpus even if the data is there")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    try:
        import spacy
        import textacy
        from textacy.extract.triples import direct_quotations
    except ImportError as error:
        print(f"{INSTALL}\n(not importable: {error.name or error})")
        return
    try:
        nlp = spacy.load(args.model)
    except OSError as error:
        print(f"{INSTALL}\n(spacy.load({args.model!r}) failed: {str(error).splitlines()[0]})")
        return

    label, texts = common.corpus(args.data, args.synthetic)
    texts = texts[: args.articles] if args.articles else texts
    n_words = sum(map(common.words, texts))
    import quotekit
    from quotekit import extract_quotes

    bailed = set()

    def run_textacy() -> int:
        found = 0
        for index, doc in enumerate(nlp.pipe(texts)):
            try:
                found += len(list(direct_quotations(doc)))
            except ValueError:  # textacy refuses a text whose quotation marks it cannot pair
                bailed.add(index)
        return found

    def run_quotekit() -> int:
        return sum(len(extract_quotes(text)) for text in texts)

    nlp(texts[0])  # warm-up
    extract_quotes(texts[0])
    textacy_s, textacy_n = median_time(run_textacy, args.runs)
    quotekit_s, quotekit_n = median_time(run_quotekit, args.runs)

    rows = [
        (f"textacy {textacy.__version__} + spaCy {spacy.__version__} "
         f"({nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', args.model)} {nlp.meta.get('version', '')})",
         textacy_s, textacy_n, f"direct quotes ({len(bailed)} articles refused: unpaired quote marks)"),
        (f"quotekit {getattr(quotekit, '__version__', '?')}", quotekit_s, quotekit_n, "quotes, all kinds"),
    ]
    width = max(len(row[0]) for row in rows)
    print(f"compare on {label}: {len(texts)} articles, {n_words:,} words; median of {args.runs} runs")
    print(f"{'':{width}s}  {'words/s':>10s}  {'seconds':>8s}  found")
    for name, seconds, found, what in rows:
        print(f"{name:{width}s}  {n_words / seconds:10,.0f}  {seconds:8.2f}  {found} {what}")
    print(f"quotekit / textacy words/s: {textacy_s / quotekit_s:,.1f}x")


if __name__ == "__main__":
    main()
