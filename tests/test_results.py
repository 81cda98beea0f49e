"""The result types' fast builders (``quotekit.results.new_*``) make the same objects as the
attrs classes: every field set, equal, same hash and repr, still frozen."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotekit.results import Cue, Quote, QuoteKind, Span, Speaker, new_cue, new_quote, new_span, new_speaker

offsets = st.integers(min_value=0, max_value=10_000)
words = st.text(max_size=20)
spans = st.builds(Span, offsets, offsets, words)
cues = st.builds(Cue, words, offsets, offsets, words)
speakers = st.builds(Speaker, words, offsets, offsets, words, st.none() | words, words)


def _same(built: Span | Cue | Speaker | Quote, made: Span | Cue | Speaker | Quote) -> None:
    for field in attrs.fields(type(made)):  # an unset slot would raise AttributeError here
        assert getattr(built, field.name) == getattr(made, field.name)
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)


@given(offsets, offsets, words)
def test_new_span_is_a_span(start: int, end: int, text: str) -> None:
    _same(new_span(start, end, text), Span(start, end, text))


@given(words, offsets, offsets, words)
def test_new_cue_is_a_cue(text: str, start: int, end: int, lemma: str) -> None:
    _same(new_cue(text, start, end, lemma), Cue(text, start, end, lemma))


@given(words, offsets, offsets, words, st.none() | words, words)
def test_new_speaker_is_a_speaker(text: str, start: int, end: int, name: str, title: str | None, rule: str) -> None:
    _same(new_speaker(text, start, end, name, title, rule), Speaker(text, start, end, name, title, rule))


@given(
    st.lists(spans, min_size=1, max_size=3).map(tuple),
    st.sampled_from(QuoteKind),
    st.none() | speakers,
    st.none() | cues,
    st.none() | spans,
    words,
)
def test_new_quote_is_a_quote(
    parts: tuple[Span, ...], kind: QuoteKind, speaker: Speaker | None, cue: Cue | None, addressee: Span | None, rule: str
) -> None:
    built = new_quote(parts, kind, speaker, cue, addressee, rule)
    _same(built, Quote(parts, kind, speaker, cue, addressee, rule))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.rule = "changed"  # type: ignore[misc]
