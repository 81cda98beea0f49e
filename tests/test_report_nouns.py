"""Reports with no reporting verb: an owned report noun (his claim that …)."""

from __future__ import annotations

import pytest

import quotekit
from quotekit import QuoteKind

INTRO = "Mayor Ruth Adler opened the new harbour office in Kelmar on Monday. "


def _only(text: str) -> quotekit.Quote:
    quotes = quotekit.extract_quotes(text)
    assert len(quotes) == 1, quotekit.explain(text)
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "content", "mention", "name"),
    [
        pytest.param(
            INTRO + "The plan drew criticism after her claim that the harbour would reopen by spring.",
            "the harbour would reopen by spring", "her", "Ruth Adler", id="possessive-pronoun",
        ),
        pytest.param(
            INTRO + "Few voters trusted Adler’s earlier assurances that the ferry fares would not rise.",
            "the ferry fares would not rise", "Adler’s", "Ruth Adler", id="name-and-modifier",
        ),
        pytest.param(
            "The vote came a week after the fishermen’s complaints that the new quotas were unfair.",
            "the new quotas were unfair", "fishermen’s", "fishermen’s", id="common-noun-owner",
        ),
    ],
)
def test_owned_report_noun(text: str, content: str, mention: str, name: str) -> None:
    quote = _only(text)
    assert (quote.text, quote.rule, quote.kind) == (content, "report-noun", QuoteKind.INDIRECT)
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name) == (mention, name)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The idea that the harbour could reopen by spring was discussed at length.", id="no-owner"),
        pytest.param("Despite fears that the dam could fail, the village stayed.", id="no-owner-preposition"),
        pytest.param(INTRO + "She repeated her claim that was printed in the paper.", id="relative-that"),
    ],
)
def test_no_report(text: str) -> None:
    assert [q for q in quotekit.extract_quotes(text) if q.rule == "report-noun"] == []
