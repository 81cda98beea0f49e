"""The article the project started from (tests/articles/geneva-talks.txt): the checks its issues name, in both scopes."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotekit
from quotekit import QuoteKind

TEXT = (Path(__file__).parent / "articles" / "geneva-talks.txt").read_text(encoding="utf-8")
PARAGRAPHS = quotekit.paragraphs(TEXT)
FOUND = {scope: quotekit.extract_quotes(TEXT, scope=scope) for scope in quotekit.SCOPES}


@pytest.fixture(params=quotekit.SCOPES)
def quotes(request: pytest.FixtureRequest) -> list[quotekit.Quote]:
    """The article's quotes in each scope: the issues' checks hold in both."""
    return FOUND[request.param]


def _in_paragraph(quotes: list[quotekit.Quote], number: int) -> list[quotekit.Quote]:
    """Quotes starting in paragraph ``number`` (1-based, as the issues count)."""
    paragraph = PARAGRAPHS[number - 1]
    return [q for q in quotes if paragraph.start <= q.start < paragraph.end]


def test_four_complete_direct_quotes_and_the_unclosed_one(quotes: list[quotekit.Quote]) -> None:
    direct = [q for q in quotes if q.kind is QuoteKind.DIRECT]
    assert len(direct) == 5
    assert [q.speaker.name for q in direct] == ["Wendy Sherman"] + ["Sergei Ryabkov"] * 4


def test_unclosed_quote_ends_at_its_paragraph_and_does_not_merge(quotes: list[quotekit.Quote]) -> None:
    (quote,) = [q for q in _in_paragraph(quotes, 10) if q.kind is QuoteKind.DIRECT]
    paragraph = PARAGRAPHS[9]
    assert len(quote.spans) == 1
    assert quote.end == paragraph.end
    assert quote.text.startswith("Russia will decide") and quote.text.endswith("(OSCE).")
    assert quote.cue is not None and quote.cue.text == "added"
    assert quote.speaker.text == "He" and quote.speaker.name == "Sergei Ryabkov"
    # The next paragraph's quote is a quote of its own, with its own attribution.
    (following,) = [q for q in _in_paragraph(quotes, 11) if q.kind is QuoteKind.DIRECT]
    assert following.text == "There is a basis for an agreement between Russia and the United States,"


def test_thousands_separator_does_not_split_a_sentence() -> None:
    sentences = [s.text for s in quotekit.sentences(TEXT)]
    assert "Russia has brought 100.000 troops to the border with Ukraine." in sentences


def test_paragraph_five_gives_nothing(quotes: list[quotekit.Quote]) -> None:
    assert _in_paragraph(quotes, 5) == []


@pytest.mark.parametrize(
    ("paragraph", "kind", "speaker", "cue"),
    [
        (1, "indirect", "foreign agencies", "report"),
        (2, "mixed", "Wendy Sherman", "said"),
        (3, "indirect", "Wendy Sherman", "said"),
        (6, "indirect", "Sergei Ryabkov", "told"),
        (11, "indirect", "Sergei Ryabkov", "warned"),
        (15, "indirect", "Kiev and Washington", "say"),
        (16, "indirect", "Russia", "saying"),
        (19, "indirect", "Joe Biden", "warned"),
    ],
)
def test_reported_speech_in_the_paragraphs_the_issue_names(
    quotes: list[quotekit.Quote], paragraph: int, kind: str, speaker: str, cue: str
) -> None:
    found = [q for q in _in_paragraph(quotes, paragraph) if q.kind.value == kind and q.cue and q.cue.text == cue]
    assert found, quotekit.explain(PARAGRAPHS[paragraph - 1].text)
    assert found[0].speaker is not None and found[0].speaker.name == speaker


def test_paragraph_seven_content_follows_the_second_cue(quotes: list[quotekit.Quote]) -> None:
    (said,) = [q for q in _in_paragraph(quotes, 7) if q.cue and q.cue.text == "said"]
    assert said.text == "compromises were needed for progress"
    assert said.speaker.name == "Sergei Ryabkov"


def test_he_in_paragraph_six_is_the_nearest_man_before_it(quotes: list[quotekit.Quote]) -> None:
    (quote,) = [q for q in _in_paragraph(quotes, 6)]
    assert quote.speaker.text == "He"
    assert quote.speaker.name == "Sergei Ryabkov"
    assert quote.speaker.rule == "pronoun"
    assert quote.addressee is not None and quote.addressee.text == "Moscow"


def test_biden_has_title_and_addressee(quotes: list[quotekit.Quote]) -> None:
    (quote,) = [q for q in _in_paragraph(quotes, 19)]
    assert quote.speaker.title == "US President"
    assert quote.addressee is not None and quote.addressee.text == "his Russian counterpart Vladimir Putin"
    assert quote.text.startswith("the United States and its European allies will impose")


def test_mixed_quote_is_one_quote_not_a_direct_one_too(quotes: list[quotekit.Quote]) -> None:
    quotes = _in_paragraph(quotes, 2)
    assert len(quotes) == 1
    assert quotes[0].kind is QuoteKind.MIXED
    assert "“significant, huge”" in quotes[0].text
