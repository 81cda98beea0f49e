"""The hand-written sample articles: every expected quote is found with its kind, cue and speaker.

Cases quotekit gets wrong today are listed, with the reason, in tests/known_failures.json;
they run as strict xfails, so a fix shows up as an unexpected pass to move out of that file.
"""

from __future__ import annotations

import pytest
from articles_support import (
    article_slugs,
    known_failures,
    load_article,
    match_expected,
    similarity,
)

import quotekit

KNOWN = known_failures()


def _cases() -> list[object]:
    cases = []
    for slug in article_slugs():
        _, expected = load_article(slug)
        for index, _quote in enumerate(expected["quotes"]):
            case = f"{slug}#{index}"
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN[case])] if case in KNOWN else []
            cases.append(pytest.param(slug, index, id=case, marks=marks))
    return cases


def _invented_cases() -> list[object]:
    cases = []
    for slug in article_slugs():
        case = f"{slug}#invented"
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[case])] if case in KNOWN else []
        cases.append(pytest.param(slug, id=case, marks=marks))
    return cases


@pytest.mark.parametrize(("slug", "index"), _cases())
def test_expected_quote_is_found_with_its_speaker(slug: str, index: int) -> None:
    text, expected_article = load_article(slug)
    expected = expected_article["quotes"][index]
    quotes = quotekit.extract_quotes(text)
    quote = match_expected(quotes, expected)
    assert quote is not None, f"not found: {expected['text'][:80]!r}\nfound:\n" + "\n".join(map(str, quotes))
    assert quote.kind.value == expected["kind"]
    assert len(quote.spans) == expected.get("spans", 1)
    if expected["speaker"] is None:
        assert quote.speaker is None
    else:
        assert quote.speaker is not None, "no speaker"
        assert quote.speaker.name == expected["speaker"], quotekit.explain(text)
        if expected.get("mention"):
            assert quote.speaker.text == expected["mention"]
        if expected.get("title"):
            assert quote.speaker.title == expected["title"]
    if expected.get("cue"):
        assert quote.cue is not None, "no cue"
        assert quote.cue.text.split()[0].lower() == expected["cue"].split()[0].lower()
    else:
        assert quote.cue is None
    if expected.get("addressee"):
        assert quote.addressee is not None and quote.addressee.text == expected["addressee"]


@pytest.mark.parametrize("slug", article_slugs())
def test_non_quotes_are_not_returned(slug: str) -> None:
    text, expected = load_article(slug)
    quotes = quotekit.extract_quotes(text)
    for phrase in expected.get("not_quotes", []):
        start = text.index(phrase)
        end = start + len(phrase)
        overlapping = [q for q in quotes for s in q.spans if s.start < end and start < s.end]
        assert not overlapping, f"{phrase!r} was returned as (part of) {overlapping[0]}"


@pytest.mark.parametrize("slug", _invented_cases())
def test_no_quote_is_invented(slug: str) -> None:
    text, expected = load_article(slug)
    quotes = quotekit.extract_quotes(text)
    invented = [
        q for q in quotes
        if not any(similarity(q.text, e["text"]) >= 0.5 for e in expected["quotes"])
    ]
    assert not invented, "invented:\n" + "\n".join(map(str, invented))
