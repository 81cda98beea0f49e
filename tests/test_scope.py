"""``scope="attributions"``: beliefs, intentions, stances and bare objects besides what was said."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotekit
from quotekit.cli import main

ARTICLES = Path(__file__).parent / "articles"
INTRO = "Foreign Minister Anna Kowalski arrived in Geneva on Monday. "


@pytest.mark.parametrize(
    ("text", "content", "mention", "cue"),
    [
        pytest.param("Russia denies the allegations.", "the allegations", "Russia", "denies", id="bare-object"),
        pytest.param(
            "The minister rejected that argument.", "that argument", "The minister", "rejected",
            id="that-as-a-determiner",
        ),
        pytest.param(
            INTRO + "Kowalski plans to visit Kiev next week.", "to visit Kiev next week", "Kowalski", "plans",
            id="intention",
        ),
        pytest.param(
            "Most voters in the region support the ferry plan.", "the ferry plan", "Most voters in the region",
            "support", id="stance",
        ),
        pytest.param(
            "The mayor congratulated him for winning the regional race.", "him for winning the regional race",
            "The mayor", "congratulated", id="object-pronoun-first",
        ),
        pytest.param(
            "The senator voted against the bill and accused them of wasting public money.",
            "them of wasting public money", "The senator", "accused", id="object-pronoun-after-and",
        ),
        pytest.param(
            "Health officials warned of a long and costly flu season.", "of a long and costly flu season",
            "Health officials", "warned", id="of-after-the-cue",
        ),
    ],
)
def test_attributions_that_are_not_quotes(text: str, content: str, mention: str, cue: str) -> None:
    assert quotekit.extract_quotes(text) == [], quotekit.explain(text)
    found = [quote for quote in quotekit.extract_quotes(text, scope="attributions") if quote.text == content]
    assert len(found) == 1, quotekit.explain(text, scope="attributions")
    quote = found[0]
    assert quote.kind is quotekit.QuoteKind.INDIRECT
    assert quote.speaker is not None and quote.speaker.text == mention
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The so-called peace plan has no timetable at all.", id="noun-before-an-auxiliary"),
        pytest.param("The talks said nothing new about the border.", id="said-nothing"),
        pytest.param("The council held a roll call vote on the ferry budget.", id="compound-noun"),
    ],
)
def test_not_an_attribution_either(text: str) -> None:
    assert quotekit.extract_quotes(text, scope="attributions") == [], quotekit.explain(text, scope="attributions")


def test_the_default_scope_is_quotes() -> None:
    text = (ARTICLES / "veloria-border-talks.txt").read_text(encoding="utf-8")
    assert quotekit.extract_quotes(text) == quotekit.extract_quotes(text, scope="quotes")
    assert quotekit.explain(text) == quotekit.explain(text, scope="quotes")


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda path: path.stem)
def test_attributions_keep_what_was_said(path: Path) -> None:
    # Every quote of the default scope is found in the wider one too, unless a stance cue
    # before it takes its words as its own content (see docs/usage.md); the sample articles
    # have two such.
    text = path.read_text(encoding="utf-8")
    wider = {tuple((span.start, span.end) for span in quote.spans) for quote in quotekit.extract_quotes(text, scope="attributions")}
    lost = [quote for quote in quotekit.extract_quotes(text) if tuple((s.start, s.end) for s in quote.spans) not in wider]
    assert len(lost) <= (1 if path.stem in {"ashford-falls-mayor", "kelmar-market-floods"} else 0), lost


@pytest.mark.parametrize("scope", ["all", "Quotes", "", None, 1])
def test_an_unknown_scope_is_a_value_error(scope: object) -> None:
    with pytest.raises(ValueError, match="scope must be one of 'quotes', 'attributions'"):
        quotekit.extract_quotes("“We will be back,” Mayor Ana Ruiz said.", scope=scope)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="scope must be"):
        quotekit.explain("Hello.", scope=scope)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="scope must be"):
        quotekit.extract_many(["Hello."], scope=scope)  # type: ignore[arg-type]


def test_an_unknown_scope_is_checked_even_for_empty_text() -> None:
    with pytest.raises(ValueError, match="scope must be"):
        quotekit.extract_quotes("", scope="everything")  # type: ignore[arg-type]


def test_extract_many_passes_the_scope_on() -> None:
    texts = ["Russia denies the allegations.", INTRO + "Kowalski plans to visit Kiev next week."]
    for workers in (1, 2):
        found = list(quotekit.extract_many(texts, scope="attributions", workers=workers))
        assert found == [quotekit.extract_quotes(text, scope="attributions") for text in texts]
        assert all(len(quotes) == 1 for quotes in found)


def test_command_line_scope(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "denial.txt"
    path.write_text("Russia denies the allegations.\n", encoding="utf-8")
    assert main([str(path), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == ""
    assert main([str(path), "--format", "jsonl", "--scope", "attributions"]) == 0
    assert '"text": "the allegations"' in capsys.readouterr().out
    assert main([str(path), "--scope", "stances"]) == 2
    assert "invalid choice: 'stances'" in capsys.readouterr().err
