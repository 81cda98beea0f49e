"""How reliable each cue lemma is for reported speech, measured on PolNeAR train.

For every lemma, runs the matcher with reported speech allowed for *all* cues and
counts, over train, the quotes it found through that cue by a reported-speech
rule (cue-first, content-first, participle, coordinated, according-to): how many
match a gold attribution (content Jaccard >= 0.5, as in score.py) and how many
also have the right source. ``--write`` records the verdict in the ``reported``
column of ``quotekit/data/cues.tsv``:

- ``yes`` when the lemma's source precision reaches ``--threshold`` (a ``quote``-frame
  lemma never: it rarely takes a clause), or, for a ``clause`` verb seen fewer than
  ``--min-count`` times, when it was never seen or what was seen reaches the threshold;
- ``quoted`` (reported speech only when the content carries a quote: *dubbed him a “nasty
  guy”*) when it reaches ``--quoted-threshold``, or was seen fewer than ``--min-count`` times;
- ``no`` otherwise. Direct quotes use every cue regardless.

    python benchmarks/cue_reliability.py             # print the table
    python benchmarks/cue_reliability.py --write     # update cues.tsv
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _common as common  # noqa: E402

REPORTED_RULES = {"cue-first", "content-first", "participle", "coordinated", "according-to"}
CUES_FILE = Path(__file__).resolve().parents[1] / "quotekit" / "data" / "cues.tsv"


def measure(data: str | None, scorer_path: str | None) -> tuple[Counter[str], Counter[str], Counter[str]]:
    import quotekit
    from quotekit import lexicon

    gold_file = common.require_gold(data, "train")
    scorer = common.load_scorer(Path(scorer_path) if scorer_path else gold_file.parent / "score.py")
    lexicon.CUE_REPORTED = frozenset(lexicon.CUE_FRAMES)  # measure every lemma
    found, matched, sourced = Counter(), Counter(), Counter()
    for article in common.load_articles(gold_file):
        text = article["text"]
        gold = [
            (scorer.tokset(text, a["content"]), scorer.tokset(text, a["source"]))
            for a in article["attributions"]
        ]
        for quote in quotekit.extract_quotes(text):
            if quote.rule not in REPORTED_RULES or quote.cue is None:
                continue
            lemma = quote.cue.lemma
            found[lemma] += 1
            content = scorer.tokset(text, [(s.start, s.end) for s in quote.spans])
            source = scorer.tokset(text, [(quote.speaker.start, quote.speaker.end)]) if quote.speaker else set()
            best = max(
                ((len(g & content) / len(g | content), s) for g, s in gold if g & content),
                default=(0.0, set()),
                key=lambda pair: pair[0],
            )
            if best[0] >= 0.5:
                matched[lemma] += 1
                if (best[1] & source) if best[1] else not source:
                    sourced[lemma] += 1
    return found, matched, sourced


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="PolNeAR folder or train.jsonl (default <repo>/../shared/polnear)")
    parser.add_argument("--scorer", help="score.py to take tokset from (default: beside the data)")
    parser.add_argument("--threshold", type=float, default=0.42, help="source precision for 'yes' (default 0.42)")
    parser.add_argument(
        "--quoted-threshold", type=float, default=0.2, help="source precision for 'quoted' (default 0.2)"
    )
    parser.add_argument("--min-count", type=int, default=5, help="below this many quotes, evidence is too thin")
    parser.add_argument("--write", action="store_true", help="write the verdicts into quotekit/data/cues.tsv")
    args = parser.parse_args(argv)

    from quotekit import lexicon

    found, matched, sourced = measure(args.data, args.scorer)
    verdicts = {}
    for lemma, frame in lexicon.CUE_FRAMES.items():
        n = found[lemma]
        precision = sourced[lemma] / n if n else 0.0
        if n < args.min_count:
            # Little evidence: keep clause verbs unless what evidence there is says no.
            reliable = frame == "clause" and (n == 0 or precision >= args.threshold)
            verdicts[lemma] = "yes" if reliable else "quoted"
        elif precision >= args.threshold and frame != "quote":
            verdicts[lemma] = "yes"
        else:
            verdicts[lemma] = "quoted" if precision >= args.quoted_threshold else "no"
    print(f"{'lemma':20s} {'frame':6s} {'n':>5s} {'P':>5s} {'P+src':>6s}  reported")
    for lemma, n in found.most_common():
        print(f"{lemma:20s} {lexicon.CUE_FRAMES[lemma]:6s} {n:5d} {matched[lemma] / n:5.2f} "
              f"{sourced[lemma] / n:6.2f}  {verdicts[lemma]}")
    kept = sum(1 for v in verdicts.values() if v == "yes")
    quoted = sum(1 for v in verdicts.values() if v == "quoted")
    print(f"{kept} of {len(verdicts)} lemmas report speech (threshold {args.threshold}), "
          f"{quoted} only with a quote (threshold {args.quoted_threshold})")
    if args.write:
        lines = CUES_FILE.read_text(encoding="utf-8").splitlines()
        out = []
        for line in lines:
            if line.startswith("#") or not line.strip():
                out.append(line)
                continue
            columns = line.split("\t")[:4]
            out.append("\t".join(columns + [verdicts[columns[0]]]))
        CUES_FILE.write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"wrote the reported column of {CUES_FILE}")


if __name__ == "__main__":
    main()
