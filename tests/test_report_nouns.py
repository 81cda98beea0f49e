"""Reports with no reporting verb: an owned report noun (his claim that …) and a passive
report with no source (the ferry is expected to …)."""

from __future__ import annotations

import pytest

import quotekit
from quotekit import QuoteKind

INTRO = "Mayor Ruth Adler opened the new harbour office in Kelmar on Monday. "


def _only(text: str) -> quotekit.Quote:
    quotes = quotekit.extract_quotes(text)
    assert len(quotes) == 1, quotekit.explain(text)
    return quotes[0]


def test_a_capitalised_possessive_owns_the_noun() -> None:
    """*Her* at a sentence start owns the noun like *her*. (The content runs on over the
    sentence's verb, *went unheeded*: without a parser the noun phrase's end is not known.)"""
    quote = _only(INTRO + "Her warning that the pier was unsafe went unheeded.")
    assert quote.speaker is not None and (quote.speaker.text, quote.speaker.name) == ("Her", "Ruth Adler")
    assert quote.text.startswith("the pier was unsafe")


@pytest.mark.parametrize(
    ("text", "content", "mention", "name"),
    [
        pytest.param(
            INTRO + "The plan drew criticism after her claim that the harbour would reopen by spring.",
            "the harbour would reopen by spring", "her", "Ruth Adler", id="possessive-pronoun",
        ),
        pytest.param(
            INTRO + "Few voters trusted Adler’s earlier assurances that the ferry fares would not rise.",
            "the ferry fares would not rise", "Adler", "Ruth Adler", id="name-and-modifier",
        ),
        pytest.param(
            "The vote came a week after the fishermen’s complaints that the new quotas were unfair.",
            "the new quotas were unfair", "fishermen", "fishermen", id="common-noun-owner",
        ),
        pytest.param(
            "The council met. Few shared the ministers' concern that costs will rise.",
            "costs will rise", "ministers", "ministers", id="plural-owner",
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
        pytest.param("The ferry was expected on Monday.", id="passive-without-to"),
        pytest.param("The ferry is likely to enter service in the autumn.", id="likely-is-no-report"),
    ],
)
def test_no_report(text: str) -> None:
    assert [q for q in quotekit.extract_quotes(text) if q.rule in {"report-noun", "passive"}] == []


@pytest.mark.parametrize(
    ("text", "spans", "cue"),
    [
        pytest.param(
            "The new ferry is expected to enter service in the autumn.",
            ["The new ferry", "to enter service in the autumn"], "is expected", id="expected",
        ),
        pytest.param(
            "Two council members are said to be furious with the mayor about the delays.",
            ["Two council members", "to be furious with the mayor about the delays"], "are said", id="said",
        ),
    ],
)
def test_passive_report_has_no_speaker(text: str, spans: list[str], cue: str) -> None:
    quote = _only(text)
    assert [span.text for span in quote.spans] == spans
    assert quote.rule == "passive" and quote.speaker is None
    assert quote.cue is not None and quote.cue.text == cue
