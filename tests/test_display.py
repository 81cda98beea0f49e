"""Quotes in a notebook: the HTML table, the highlighted article, printing, dicts, DataFrames, pickling."""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import quotekit
from quotekit import Cue, HighlightedText, Quote, QuoteKind, Quotes, Span, Speaker, from_dict

GENEVA = Path(__file__).parent / "articles" / "geneva-talks.txt"


def _find(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def make_span(text: str, part: str, after: int = 0) -> Span:
    start, end = _find(text, part, after)
    return Span(start, end, part)


# An article built to exercise everything: a direct quote, a quote split by its
# attribution, an indirect one, one with no speaker, one with an addressee, and
# HTML that must never reach the page as markup.
ARTICLE = (
    "“We will be back,” Mayor Ana Ruiz said on Monday.\n"
    "“The plan works,” she told reporters. “It <b>works</b> & it pays.”\n"
    "Ruiz said that the <script>alert('x')</script> budget was safe.\n"
    "“Nobody knows,” a sign read.\n"
    "Bob Lee told Ana Ruiz: “Fine.”\n"
)


def article_quotes() -> Quotes:
    t = ARTICLE
    ruiz = Speaker("Ana Ruiz", *_find(t, "Ana Ruiz"), name="Ana Ruiz", title="Mayor")
    she_start, she_end = _find(t, "she")
    she = Speaker("she", she_start, she_end, name="Ana Ruiz", title="Mayor", rule="pronoun")
    ruiz2_start, ruiz2_end = _find(t, "Ruiz said that")
    ruiz2 = Speaker("Ruiz", ruiz2_start, ruiz2_start + 4, name="Ana Ruiz", title="Mayor", rule="surname")
    lee = Speaker("Bob Lee", *_find(t, "Bob Lee"), name="Bob Lee")
    said = _find(t, "said")
    told = _find(t, "told reporters")
    said2 = _find(t, "said", ruiz2_start)
    told2 = _find(t, "told", told[1])
    quotes = [
        Quote(
            spans=(make_span(t, "We will be back,"),),
            kind=QuoteKind.DIRECT,
            speaker=ruiz,
            cue=Cue("said", *said, lemma="say"),
            rule="quote-speaker-cue",
        ),
        Quote(
            spans=(make_span(t, "The plan works,"), make_span(t, "It <b>works</b> & it pays.")),
            kind=QuoteKind.DIRECT,
            speaker=she,
            cue=Cue("told reporters", *told, lemma="tell"),
            rule="quote-speaker-cue",
        ),
        Quote(
            spans=(make_span(t, "the <script>alert('x')</script> budget was safe"),),
            kind=QuoteKind.INDIRECT,
            speaker=ruiz2,
            cue=Cue("said", *said2, lemma="say"),
            rule="speaker-cue-that",
        ),
        Quote(spans=(make_span(t, "Nobody knows,"),), kind=QuoteKind.DIRECT),
        Quote(
            spans=(make_span(t, "Fine."),),
            kind=QuoteKind.DIRECT,
            speaker=lee,
            cue=Cue("told", *told2, lemma="tell"),
            addressee=make_span(t, "Ana Ruiz", told2[1]),
            rule="speaker-cue-addressee-colon",
        ),
    ]
    return Quotes(quotes, text=t)


def test_fixture_offsets_are_consistent() -> None:
    quotes = article_quotes()
    for quote in quotes:
        for span in quote.spans:
            assert ARTICLE[span.start : span.end] == span.text
        if quote.speaker:
            assert ARTICLE[quote.speaker.start : quote.speaker.end] == quote.speaker.text
        if quote.cue:
            assert ARTICLE[quote.cue.start : quote.cue.end] == quote.cue.text


# -- Quotes: a list that knows its article ------------------------------------------------


def test_quotes_is_a_list_that_keeps_its_text() -> None:
    quotes = article_quotes()
    assert isinstance(quotes, list)
    assert len(quotes) == 5
    assert quotes.text == ARTICLE
    assert isinstance(quotes[0], Quote)
    assert quotes == list(quotes)
    head = quotes[:2]
    assert isinstance(head, Quotes) and head.text == ARTICLE and len(head) == 2
    assert Quotes().text == "" and Quotes() == []


def test_quotes_rejects_bad_input() -> None:
    with pytest.raises(TypeError, match="item 1: expected Quote, got str"):
        Quotes([article_quotes()[0], "nope"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="got str"):
        Quotes("not quotes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="article as str"):
        Quotes([], text=b"bytes")  # type: ignore[arg-type]


def test_print_is_short_and_readable() -> None:
    quotes = article_quotes()
    assert str(quotes[0]) == "Ana Ruiz (said): “We will be back,”"
    assert str(quotes[3]).startswith("(no speaker): “Nobody knows,”")
    lines = str(quotes).splitlines()
    assert lines == [str(quote) for quote in quotes]
    assert str(Quotes()) == "(no quotes)"
    assert repr(quotes).startswith("Quotes([Quote(") and repr(quotes).endswith("text=<%d chars>)" % len(ARTICLE))


def test_print_truncates_long_quotes() -> None:
    text = "“" + "word " * 40 + "end,” Wendy Sherman said."
    content = text[1 : text.index("”")]
    quote = Quote(
        spans=(Span(1, 1 + len(content), content),),
        kind=QuoteKind.DIRECT,
        speaker=Speaker("Wendy Sherman", *_find(text, "Wendy Sherman"), name="Wendy Sherman"),
        cue=Cue("said", *_find(text, "said"), lemma="say"),
    )
    printed = str(quote)
    assert printed.startswith("Wendy Sherman (said): “word word")
    assert "…" in printed and printed.endswith("”")
    assert len(printed) < 120


# -- the notebook table --------------------------------------------------------------------


def test_repr_html_is_a_table_of_speaker_cue_kind_quote() -> None:
    page = article_quotes()._repr_html_()
    assert page.startswith("<table") and page.endswith("</table>")
    for header in ("speaker", "cue", "kind", "quote"):
        assert f">{header}</th>" in page
    assert page.count("<tr>") == 1 + 5
    assert "Ana Ruiz" in page and "told reporters" in page and "indirect" in page
    assert "(no speaker)" in page
    assert "Mayor" in page  # the title
    assert "as “she”" in page  # the mention, when it differs from the name


def test_repr_html_escapes_everything() -> None:
    t = "“<img src=x onerror=alert(1)>,” <b>Evil</b> said."
    quote = Quote(
        spans=(make_span(t, "<img src=x onerror=alert(1)>,"),),
        kind=QuoteKind.DIRECT,
        speaker=Speaker("<b>Evil</b>", *_find(t, "<b>Evil</b>"), name="<b>Evil</b>", title='"><i>'),
        cue=Cue("said", *_find(t, "said"), lemma="say"),
    )
    quotes = Quotes([quote], text=t)
    for page in (quotes._repr_html_(), quotes.highlight()._repr_html_()):
        assert "<img" not in page and "<b>" not in page and '"><i>' not in page
        assert "&lt;img src=x onerror=alert(1)&gt;" in page
        assert "&lt;b&gt;Evil&lt;/b&gt;" in page
    page = article_quotes()._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "&amp; it pays" in page


def test_empty_quotes_display() -> None:
    assert "0 quotes" in Quotes([], text="Nothing here.")._repr_html_()
    assert "Nothing here." in Quotes([], text="Nothing here.").highlight()._repr_html_()


# -- the highlighted article ------------------------------------------------------------


def test_highlight_marks_quotes_speakers_and_cues() -> None:
    quotes = article_quotes()
    shown = quotes.highlight()
    assert isinstance(shown, HighlightedText)
    page = shown._repr_html_()
    assert page == shown.to_html()
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert '<span class="quotekit-quote"' in page
    assert 'title="quote 1 (direct) — Ana Ruiz">We will be back,</span>' in page
    assert '<span class="quotekit-speaker"' in page and ">she</span>" in page
    assert '<span class="quotekit-cue"' in page and ">told reporters</span>" in page
    assert ">It &lt;b&gt;works&lt;/b&gt; &amp; it pays.</span>" in page
    assert "white-space:pre-wrap" in page
    # Every character of the article is there once, in order, once tags are removed.
    import html as html_module
    import re

    body = page.split('line-height:1.6">', 1)[1]
    assert html_module.unescape(re.sub(r"<[^>]+>", "", body)) == ARTICLE
    assert "HighlightedText" in repr(shown)


def test_highlight_handles_a_speaker_inside_a_quote() -> None:
    t = "He said “Ryabkov is right” today."
    quote = Quote(
        spans=(make_span(t, "Ryabkov is right"),),
        kind=QuoteKind.DIRECT,
        speaker=Speaker("Ryabkov", *_find(t, "Ryabkov"), name="Sergei Ryabkov"),
        cue=Cue("said", *_find(t, "said"), lemma="say"),
    )
    page = Quotes([quote], text=t).highlight().to_html()
    assert '<span class="quotekit-speaker"' in page
    assert ">Ryabkov</span>" in page and "> is right</span>" in page
    import html as html_module
    import re

    body = page.split('line-height:1.6">', 1)[1]
    assert html_module.unescape(re.sub(r"<[^>]+>", "", body)) == t


def test_highlight_needs_the_right_text() -> None:
    quotes = article_quotes()
    with pytest.raises(ValueError, match="no article text"):
        Quotes(list(quotes)).highlight()
    with pytest.raises(ValueError, match="quote 0: its quote span"):
        Quotes(list(quotes), text="A different article, long enough to hold the offsets." * 5).highlight()
    with pytest.raises(ValueError, match="does not match"):
        Quotes(list(quotes), text="short").highlight()


# -- dicts, DataFrames, pickling ------------------------------------------------------------


def test_to_dict_from_dict_round_trips_exactly() -> None:
    for quote in article_quotes():
        data = quote.to_dict()
        assert from_dict(data) == quote
        assert from_dict(json.loads(json.dumps(data))) == quote
        assert from_dict(data).to_dict() == data


def test_objects_pickle() -> None:
    quotes = article_quotes()
    for obj in [quotes, quotes[1], quotes[1].spans[0], quotes[1].speaker, quotes[1].cue, QuoteKind.MIXED]:
        assert pickle.loads(pickle.dumps(obj)) == obj
    again = pickle.loads(pickle.dumps(quotes))
    assert isinstance(again, Quotes) and again.text == ARTICLE and list(again) == list(quotes)
    assert copy.deepcopy(quotes).text == ARTICLE
    shown = pickle.loads(pickle.dumps(quotes.highlight()))
    assert shown.to_html() == quotes.highlight().to_html()


def test_to_dataframe_has_one_tidy_row_per_quote() -> None:
    pandas = pytest.importorskip("pandas")
    quotes = article_quotes()
    frame = quotekit.to_dataframe(quotes)
    assert list(frame.columns) == list(quotekit.frames.COLUMNS)
    assert len(frame) == 5
    assert list(frame["speaker"][:3]) == ["Ana Ruiz"] * 3
    assert list(frame["kind"]) == ["direct", "direct", "indirect", "direct", "direct"]
    assert list(frame["start"]) == [q.start for q in quotes]
    assert list(frame["end"]) == [q.end for q in quotes]
    assert frame["spans"][1] == [[s.start, s.end] for s in quotes[1].spans]
    assert frame["speaker_mention"][1] == "she" and frame["speaker_rule"][1] == "pronoun"
    assert frame["cue_lemma"][1] == "tell"
    assert str(frame["cue_start"].dtype) == "Int64"
    assert pandas.isna(frame["cue_start"][3]) and pandas.isna(frame["speaker"][3])
    assert frame["addressee"][4] == "Ana Ruiz"
    assert frame["addressee_start"][4] == quotes[4].addressee.start  # type: ignore[union-attr]
    for row in frame.itertuples():
        assert ARTICLE[row.start : row.end].startswith(quotes[row.Index].spans[0].text)
    assert quotes.to_dataframe().equals(frame)


def test_to_dataframe_with_doc_id_and_empty() -> None:
    pytest.importorskip("pandas")
    frame = quotekit.to_dataframe(article_quotes(), doc_id="a1")
    assert list(frame.columns)[0] == "doc_id" and set(frame["doc_id"]) == {"a1"}
    empty = quotekit.to_dataframe([])
    assert len(empty) == 0 and list(empty.columns) == list(quotekit.frames.COLUMNS)


def test_to_dataframe_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(TypeError, match="expects Quote objects"):
        quotekit.to_dataframe("an article")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="item 0: expected Quote, got dict"):
        quotekit.to_records([{"text": "x"}])  # type: ignore[list-item]
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'quotekit\[pandas\]'"):
        quotekit.to_dataframe(article_quotes())


def test_to_records_is_plain_data() -> None:
    records = quotekit.to_records(article_quotes(), doc_id=7)
    assert records[0]["doc_id"] == 7
    assert list(records[0])[1:] == list(quotekit.frames.COLUMNS)
    json.dumps(records)  # plain data only


def test_import_does_not_load_optional_dependencies() -> None:
    code = (
        "import sys, quotekit\n"
        "print(sorted(m for m in ('pandas', 'tqdm', 'spacy', 'dask', 'mkdocs') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- with the real extractor -------------------------------------------------------------------


def test_extract_quotes_returns_quotes_with_text() -> None:
    text = GENEVA.read_text(encoding="utf-8")
    quotes = quotekit.extract_quotes(text)
    assert isinstance(quotes, Quotes)
    assert quotes.text == text
    assert len(quotes) > 0
    page = quotes._repr_html_()
    assert page.count("<tr>") == len(quotes) + 1
    shown = quotes.highlight().to_html()
    assert shown.count('class="quotekit-quote"') >= len(quotes)
    for quote in quotes:
        assert from_dict(quote.to_dict()) == quote
        assert pickle.loads(pickle.dumps(quote)) == quote
    assert pickle.loads(pickle.dumps(quotes)).text == text
    assert any(str(q).startswith("Wendy Sherman (said): “Washington has also warned") for q in quotes)


@pytest.mark.parametrize("path", sorted(GENEVA.parent.glob("*.txt")), ids=lambda p: p.stem)
def test_every_test_article_displays(path: Path) -> None:
    import html as html_module
    import re

    text = path.read_text(encoding="utf-8")
    quotes = Quotes(quotekit.extract_quotes(text), text=text)
    table = quotes._repr_html_()
    assert table.count("<tr>") == len(quotes) + (1 if quotes else 0)
    page = quotes.highlight().to_html()
    body = page.split('line-height:1.6">', 1)[1]
    assert html_module.unescape(re.sub(r"<[^>]+>", "", body)) == text
    assert len(str(quotes).splitlines()) == max(1, len(quotes))
