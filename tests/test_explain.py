"""Results are explainable: every rule a result names is described, and the docs list them all."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles_support import article_slugs, load_article

import quotekit

DOCS = Path(__file__).parents[1] / "docs"


@pytest.mark.parametrize("slug", article_slugs())
def test_every_rule_a_result_names_is_described(slug: str) -> None:
    text, _ = load_article(slug)
    for quote in quotekit.extract_quotes(text):
        assert quote.rule in quotekit.RULES
        if quote.speaker is not None:
            assert quote.speaker.rule in quotekit.RULES


def test_the_rules_page_lists_every_rule() -> None:
    page = (DOCS / "rules.md").read_text(encoding="utf-8")
    for rule, meaning in quotekit.RULES.items():
        assert f"| `{rule}` | {meaning} |" in page


def test_the_rules_page_example_is_what_explain_prints() -> None:
    page = (DOCS / "rules.md").read_text(encoding="utf-8")
    text = "Wendy Sherman met reporters. “We were clear,” she said."
    assert quotekit.explain(text) in page


def test_explain_names_the_rules_behind_a_speaker() -> None:
    text = "Sergei Ryabkov arrived late. He said the talks were useful but short."
    explanation = quotekit.explain(text)
    assert "cue-first" in explanation and "pronoun" in explanation and "'Sergei Ryabkov'" in explanation


def test_explain_says_when_there_is_nothing() -> None:
    assert quotekit.explain("The weather was fine.") == "no quotes found"
