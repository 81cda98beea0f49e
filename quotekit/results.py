"""Result types: immutable attrs classes returned by :func:`quotekit.extract_quotes`."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["Cue", "Quote", "QuoteKind", "Span", "Speaker"]


class QuoteKind(str, enum.Enum):
    """How a quote is reported: in quote marks, in reported speech, or both."""

    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"

    def __str__(self) -> str:
        return self.value


@attrs.frozen(slots=True)
class Span:
    """A range of the source text: ``source[start:end] == text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        return {"start": self.start, "end": self.end, "text": self.text}


@attrs.frozen(slots=True)
class Cue:
    """The words that report the quote (*said*, *told reporters*) and their lemma (*say*)."""

    text: str
    start: int
    end: int
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        return {"text": self.text, "start": self.start, "end": self.end, "lemma": self.lemma}


@attrs.frozen(slots=True)
class Speaker:
    """Who said it: the mention as written (*he*, *Sherman*) and who that is.

    ``name`` is the fullest name the article gives that person (*Wendy Sherman*),
    or the mention itself for organisations and groups (*the Kremlin*, *officials*).
    ``title`` is the role the article gives (*US Deputy Secretary of State*), else None.
    ``rule`` names how the mention was resolved to ``name`` (see ``quotekit.RULES``).
    """

    text: str
    start: int
    end: int
    name: str
    title: str | None = None
    rule: str = "named"

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "title": self.title,
            "rule": self.rule,
        }


def _spans_converter(spans: Any) -> tuple[Span, ...]:
    return tuple(spans)


@attrs.frozen(slots=True)
class Quote:
    """One quotation: its content spans, kind, cue and speaker.

    A quote interrupted by its attribution (``“A,” he said. “B.”``) is one quote
    with two spans. ``rule`` names the attribution rule that found it (see
    ``quotekit.RULES`` and :func:`quotekit.explain`).
    """

    spans: tuple[Span, ...] = attrs.field(converter=_spans_converter)
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Cue | None = None
    addressee: Span | None = None
    rule: str = ""

    @spans.validator
    def _check_spans(self, attribute: Any, spans: tuple[Span, ...]) -> None:
        if not spans:
            raise ValueError("a Quote needs at least one span")

    @property
    def text(self) -> str:
        """The quoted content as written, its spans joined by one space."""
        return " ".join(span.text for span in self.spans)

    @property
    def start(self) -> int:
        """Start offset of the first span."""
        return self.spans[0].start

    @property
    def end(self) -> int:
        """End offset of the last span."""
        return self.spans[-1].end

    def __str__(self) -> str:
        who = self.speaker.name if self.speaker else "(no speaker)"
        cue = f" ({self.cue.text})" if self.cue else ""
        text = self.text if len(self.text) <= 80 else self.text[:80].rsplit(" ", 1)[0].rstrip() + " …"
        if self.kind is QuoteKind.DIRECT:
            text = f"“{text}”"
        return f"{who}{cue}: {text}"

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data; :func:`quotekit.from_dict` turns it back into a Quote."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "spans": [span.to_dict() for span in self.spans],
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "rule": self.rule,
        }


# Builders for the library's own results: extract_quotes makes thousands of these objects,
# and the attrs __init__ of a frozen class sets each field through object.__setattr__, which
# costs about twice what a bare object and a write to each slot through its descriptor cost.
# No converter or validator runs: callers pass a non-empty tuple of spans.
# tests/test_results.py checks that each builder sets every field its class has.
_new = object.__new__


def _slot_writers(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    return tuple(cls.__dict__[name].__set__ for name in names)


_SPAN_SLOTS = _slot_writers(Span, "start", "end", "text")
_CUE_SLOTS = _slot_writers(Cue, "text", "start", "end", "lemma")
_SPEAKER_SLOTS = _slot_writers(Speaker, "text", "start", "end", "name", "title", "rule")
_QUOTE_SLOTS = _slot_writers(Quote, "spans", "kind", "speaker", "cue", "addressee", "rule")


def new_span(start: int, end: int, text: str) -> Span:
    """A :class:`Span`, built without the attrs ``__init__`` (no validation)."""
    span = _new(Span)
    set_start, set_end, set_text = _SPAN_SLOTS
    set_start(span, start)
    set_end(span, end)
    set_text(span, text)
    return span


def new_cue(text: str, start: int, end: int, lemma: str) -> Cue:
    """A :class:`Cue`, built without the attrs ``__init__`` (no validation)."""
    cue = _new(Cue)
    set_text, set_start, set_end, set_lemma = _CUE_SLOTS
    set_text(cue, text)
    set_start(cue, start)
    set_end(cue, end)
    set_lemma(cue, lemma)
    return cue


def new_speaker(text: str, start: int, end: int, name: str, title: str | None, rule: str) -> Speaker:
    """A :class:`Speaker`, built without the attrs ``__init__`` (no validation)."""
    speaker = _new(Speaker)
    set_text, set_start, set_end, set_name, set_title, set_rule = _SPEAKER_SLOTS
    set_text(speaker, text)
    set_start(speaker, start)
    set_end(speaker, end)
    set_name(speaker, name)
    set_title(speaker, title)
    set_rule(speaker, rule)
    return speaker


def new_quote(
    spans: tuple[Span, ...], kind: QuoteKind, speaker: Speaker | None, cue: Cue | None, addressee: Span | None, rule: str
) -> Quote:
    """A :class:`Quote`, built without the attrs ``__init__``: ``spans`` must be a non-empty tuple."""
    quote = _new(Quote)
    set_spans, set_kind, set_speaker, set_cue, set_addressee, set_rule = _QUOTE_SLOTS
    set_spans(quote, spans)
    set_kind(quote, kind)
    set_speaker(quote, speaker)
    set_cue(quote, cue)
    set_addressee(quote, addressee)
    set_rule(quote, rule)
    return quote


def from_dict(data: dict[str, Any]) -> Quote:
    """Rebuild a :class:`Quote` from :meth:`Quote.to_dict` output."""
    if not isinstance(data, dict):
        raise TypeError(f"from_dict expects a dict from Quote.to_dict(), got {type(data).__name__}")
    try:
        speaker = data.get("speaker")
        cue = data.get("cue")
        addressee = data.get("addressee")
        return Quote(
            spans=tuple(Span(**span) for span in data["spans"]),
            kind=QuoteKind(data["kind"]),
            speaker=Speaker(**speaker) if speaker else None,
            cue=Cue(**cue) if cue else None,
            addressee=Span(**addressee) if addressee else None,
            rule=data.get("rule", ""),
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"from_dict: not a Quote.to_dict() result ({error})") from error
