"""Helpers shared by the benchmark scripts: where the data is, loading it, the reference scorer.

The PolNeAR data and its reference scorer live outside the repo, in
``<repo>/../shared/polnear/`` (``dev.jsonl``, ``train.jsonl``, ``score.py``); no corpus
text is ever copied into the repo. Scripts take ``--data PATH`` (the folder or a
``.jsonl`` file) to look elsewhere.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import re
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "polnear"
OUT = ROOT / "benchmarks" / "out"
SPLITS = ("dev", "train")


def fail(message: str) -> NoReturn:
    """Print ``error: message`` to stderr and exit with status 2 (missing data, bad arguments)."""
    print(f"error: {message}", file=sys.stderr)
    sys.exit(2)


def gold_path(data: str | None, split: str = "dev") -> Path:
    """The ``<split>.jsonl`` file named by ``--data`` (a folder or a file), else the shared one."""
    path = Path(data) if data else DEFAULT_DATA
    if path.is_dir() or not path.suffix:
        path = path / f"{split}.jsonl"
    return path.resolve()


def require_gold(data: str | None, split: str = "dev") -> Path:
    """Like :func:`gold_path`, but exits with status 2 and a message when the file is missing."""
    path = gold_path(data, split)
    if not path.is_file():
        hint = "check --data PATH" if data else "expected the shared data beside the repo, or pass --data PATH"
        fail(f"PolNeAR {split} data not found at {path} ({hint})")
    return path


def load_articles(path: Path) -> list[dict[str, Any]]:
    """One dict per JSON line: ``id``, ``text``, ``attributions``."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_scorer(path: Path) -> ModuleType:
    """Import the reference ``score.py`` from its path (its ``main()`` is not run)."""
    spec = importlib.util.spec_from_file_location("polnear_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCOPE_HELP = "quotes (default) or attributions: also beliefs, intentions, stances and bare objects"


def extract_all(articles: list[dict[str, Any]], scope: str = "quotes") -> list[list[Any]]:
    """``quotekit.extract_quotes`` on every article; a failure names the article."""
    from quotekit import extract_quotes

    results = []
    for article in articles:
        try:
            results.append(extract_quotes(article["text"], scope=scope))  # type: ignore[arg-type]
        except Exception as error:
            raise RuntimeError(
                f"extract_quotes failed on article {article['id']}: {type(error).__name__}: {error}"
            ) from error
    return results


def quote_to_pred(quote: Any) -> dict[str, list[list[int]]]:
    """A :class:`quotekit.Quote` in the scorer's PRED format."""
    return {
        "content": [[span.start, span.end] for span in quote.spans],
        "source": [[quote.speaker.start, quote.speaker.end]] if quote.speaker else [],
        "cue": [[quote.cue.start, quote.cue.end]] if quote.cue else [],
    }


def corpus(data: str | None, synthetic: bool = False) -> tuple[str, list[str]]:
    """Texts to time: the dev articles, or the synthetic corpus when asked or when the
    shared data is absent. A ``--data`` path that does not exist is an error (exit 2)."""
    if not synthetic:
        path = gold_path(data, "dev")
        if path.is_file():
            return f"PolNeAR {path.stem}", [article["text"] for article in load_articles(path)]
        if data:
            fail(f"no data at {path}")
    from benchmarks.synthetic import synthetic_corpus

    return "synthetic" if synthetic else "synthetic (shared data absent)", synthetic_corpus()


def concat_to_size(texts: list[str], nbytes: int, sep: str = "\n\n") -> str:
    """Whole texts, cycled and joined by ``sep``, up to ``nbytes`` UTF-8 bytes (at least one text)."""
    if not any(texts):
        raise ValueError("concat_to_size needs at least one non-empty text")
    parts: list[str] = []
    size = 0
    sep_size = len(sep.encode("utf-8"))
    while True:
        for text in texts:
            add = len(text.encode("utf-8")) + (sep_size if parts else 0)
            if parts and size + add > nbytes:
                return sep.join(parts)
            parts.append(text)
            size += add

def traced_peak(extract: Callable[[str], Any], text: str) -> float:
    """tracemalloc peak, in MB above the traced memory just before the call."""
    gc.collect()
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        extract(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return (peak - baseline) / 1e6


def words(text: str) -> int:
    """Word count used by every speed figure: whitespace-separated tokens."""
    return len(text.split())


_SPACE = re.compile(r"\s+")


def squash(text: str, limit: int | None = None, tail: bool = False) -> str:
    """Whitespace collapsed to single spaces; cut to ``limit`` characters with an ellipsis
    (keeping the end instead of the start when ``tail``)."""
    text = _SPACE.sub(" ", text).strip()
    if limit is not None and len(text) > limit:
        text = "…" + text[-(limit - 1) :] if tail else text[: limit - 1] + "…"
    return text


def verdict(ok: bool) -> str:
    """Short pass/fail mark for a target column."""
    return "ok" if ok else "MISS"
