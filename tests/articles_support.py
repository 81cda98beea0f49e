"""Loading the hand-written sample articles in tests/articles and matching their expected quotes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import quotekit

ARTICLES_DIR = Path(__file__).parent / "articles"
KNOWN_FAILURES_FILE = Path(__file__).parent / "known_failures.json"
WORD = re.compile(r"\w+")


def article_slugs() -> list[str]:
    return sorted(path.stem for path in ARTICLES_DIR.glob("*.json"))


def load_article(slug: str) -> tuple[str, dict[str, Any]]:
    text = (ARTICLES_DIR / f"{slug}.txt").read_text(encoding="utf-8")
    expected = json.loads((ARTICLES_DIR / f"{slug}.json").read_text(encoding="utf-8"))
    return text, expected


def known_failures() -> dict[str, str]:
    """``"slug#index"`` (or ``"slug#invented"``) -> why quotekit gets it wrong today."""
    entries = json.loads(KNOWN_FAILURES_FILE.read_text(encoding="utf-8"))
    return {entry["case"]: entry["reason"] for entry in entries}


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def similarity(a: str, b: str) -> float:
    """Jaccard overlap of the word sets (the PolNeAR scorer's notion of a match)."""
    first, second = set(words(a)), set(words(b))
    return len(first & second) / len(first | second) if first | second else 1.0


def match_expected(quotes: list[quotekit.Quote], expected: dict[str, Any]) -> quotekit.Quote | None:
    """The found quote that is the expected one: same words for direct quotes, a close overlap otherwise."""
    if expected["kind"] == "direct":
        for quote in quotes:
            if words(quote.text) == words(expected["text"]):
                return quote
        return None
    best = max(quotes, key=lambda q: similarity(q.text, expected["text"]), default=None)
    if best is not None and similarity(best.text, expected["text"]) >= 0.75:
        return best
    return None
