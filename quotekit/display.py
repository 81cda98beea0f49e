"""What :func:`quotekit.extract_quotes` returns, and how it shows in a notebook.

:class:`Quotes` is a ``list`` of :class:`~quotekit.Quote` that remembers the
article it came from. In Jupyter it displays as a table (speaker, cue, kind,
quote); :meth:`Quotes.highlight` shows the article itself with the quotes,
speakers and cues in colour. All text is HTML-escaped, so an article can never
inject markup into the notebook.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, SupportsIndex, overload

from quotekit.results import Quote

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["HighlightedText", "Quotes"]

# Colours chosen to stay readable on light and dark notebook themes (the text
# inside a coloured mark is always set to near-black).
_QUOTE_BG = "#fff1a8"
_SPEAKER_BG = "#bfe0ff"
_CUE_BG = "#c8f0c8"
_INK = "#1a1a1a"

_STYLES = {
    "quote": f"background:{_QUOTE_BG};color:{_INK};",
    "speaker": f"background:{_SPEAKER_BG};color:{_INK};font-weight:bold;",
    "cue": f"background:{_CUE_BG};color:{_INK};font-style:italic;",
}


def _esc(value: object) -> str:
    """HTML-escape any value (quotes included, so it is safe in attributes too)."""
    return html.escape(str(value), quote=True)


def _check_quotes(quotes: Iterable[Any], what: str) -> list[Quote]:
    if isinstance(quotes, (str, bytes)):
        raise TypeError(
            f"{what} expects Quote objects (what extract_quotes returns), "
            f"got {type(quotes).__name__}"
        )
    try:
        items = list(quotes)
    except TypeError:
        raise TypeError(
            f"{what} expects an iterable of Quote objects, got {type(quotes).__name__}"
        ) from None
    for index, item in enumerate(items):
        if not isinstance(item, Quote):
            raise TypeError(f"{what}: item {index}: expected Quote, got {type(item).__name__}")
    return items


class Quotes(list[Quote]):
    """The quotes found in one article: a ``list`` of :class:`~quotekit.Quote`.

    It behaves exactly like a list (index it, loop over it, ``len`` it) and also
    keeps the article in ``text``, so that it can show itself:

    * in Jupyter, as a table of speaker, cue, kind and quote;
    * ``print(quotes)`` prints one short line per quote;
    * :meth:`highlight` shows the article with quotes, speakers and cues in colour;
    * :meth:`to_dataframe` gives a pandas DataFrame, one row per quote.

    Slicing gives a ``Quotes`` with the same ``text``. Two ``Quotes`` compare
    equal when their quotes are equal, like lists. It pickles (with its text).

    Args:
        quotes: the Quote objects.
        text: the article they were found in (offsets refer to it).
    """

    text: str

    def __init__(self, quotes: Iterable[Quote] = (), text: str = "") -> None:
        if not isinstance(text, str):
            raise TypeError(f"Quotes(text=...) expects the article as str, got {type(text).__name__}")
        super().__init__(_check_quotes(quotes, "Quotes"))
        self.text = text

    @classmethod
    def _built(cls, quotes: list[Quote], text: str) -> Quotes:
        """``Quotes(quotes, text)`` without the type checks: for the quotes extract_quotes built."""
        built = cls.__new__(cls)
        built.extend(quotes)
        built.text = text
        return built

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (list(self), self.text))

    @overload
    def __getitem__(self, index: SupportsIndex) -> Quote: ...

    @overload
    def __getitem__(self, index: slice) -> Quotes: ...

    def __getitem__(self, index: SupportsIndex | slice) -> Quote | Quotes:
        if isinstance(index, slice):
            return type(self)(super().__getitem__(index), text=self.text)
        return super().__getitem__(index)

    def __str__(self) -> str:
        if not self:
            return "(no quotes)"
        return "\n".join(str(quote) for quote in self)

    def __repr__(self) -> str:
        return f"Quotes({list.__repr__(self)}, text=<{len(self.text)} chars>)"

    def to_html(self) -> str:
        """The table shown in a notebook, as an HTML string (all text escaped)."""
        return _quotes_table_html(self)

    def _repr_html_(self) -> str:
        return self.to_html()

    def highlight(self) -> HighlightedText:
        """The article with quote spans, speaker mentions and cues in colour.

        Displays in a notebook; ``.to_html()`` gives the HTML to save elsewhere.

        Raises:
            ValueError: if there is no article text, or a quote's offsets do not
                match it (the quotes came from another text).
        """
        return HighlightedText(self.text, self)

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per quote, tidy columns with offsets (see :func:`quotekit.to_dataframe`)."""
        from quotekit.frames import to_dataframe

        return to_dataframe(self)


def _quotes_table_html(quotes: list[Quote]) -> str:
    count = len(quotes)
    caption = f"{count} quote{'' if count == 1 else 's'}"
    if count == 0:
        return f'<div class="quotekit-quotes"><em>{caption} found</em></div>'
    rows = []
    for number, quote in enumerate(quotes, 1):
        speaker = quote.speaker
        if speaker is None:
            who = '<span style="opacity:0.6">(no speaker)</span>'
        else:
            who = _esc(speaker.name)
            if speaker.title:
                who += f'<br><small style="opacity:0.7">{_esc(speaker.title)}</small>'
            if speaker.name not in speaker.text:  # a pronoun, a surname, "the minister"
                who += f'<br><small style="opacity:0.7">as “{_esc(speaker.text)}”</small>'
        cue = _esc(quote.cue.text) if quote.cue else ""
        text = _esc(quote.text)
        if quote.kind.value == "direct":
            text = f"“{text}”"
        rows.append(
            "<tr>"
            f'<td style="text-align:right;vertical-align:top">{number}</td>'
            f'<td style="text-align:left;vertical-align:top">{who}</td>'
            f'<td style="text-align:left;vertical-align:top">{cue}</td>'
            f'<td style="text-align:left;vertical-align:top">{_esc(quote.kind.value)}</td>'
            f'<td style="text-align:left;vertical-align:top" title="{_esc(f"{quote.start}–{quote.end}")}">{text}</td>'
            "</tr>"
        )
    header = "".join(
        f'<th style="text-align:{align}">{name}</th>'
        for name, align in (("#", "right"), ("speaker", "left"), ("cue", "left"), ("kind", "left"), ("quote", "left"))
    )
    return (
        '<table class="quotekit-quotes">'
        f'<caption style="text-align:left">{caption} · <code>.highlight()</code> shows them in the article</caption>'
        f"<thead><tr>{header}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody>"
        "</table>"
    )


class HighlightedText:
    """An article with its quotes, speakers and cues marked, for display in a notebook.

    Made by :meth:`Quotes.highlight`. In Jupyter it shows the article with quote
    spans in yellow, speaker mentions in blue (bold) and cues in green (italic);
    hovering a mark says which quote it belongs to. :meth:`to_html` returns the
    same HTML as a string. All article text is escaped.

    Args:
        text: the article.
        quotes: quotes found in it (their offsets must match ``text``).

    Raises:
        ValueError: if ``text`` is empty while there are quotes, or a span's
            offsets are outside ``text`` or do not match its text.
    """

    def __init__(self, text: str, quotes: Iterable[Quote]) -> None:
        if not isinstance(text, str):
            raise TypeError(f"HighlightedText expects the article as str, got {type(text).__name__}")
        self.text = text
        self.quotes = _check_quotes(quotes, "HighlightedText")
        if self.quotes and not text:
            raise ValueError(
                "cannot highlight: no article text (build Quotes(quotes, text=article), "
                "or use what extract_quotes returns)"
            )
        for index, quote in enumerate(self.quotes):
            for what, start, end, expected in _marks_of(quote):
                # Spans promise ``text[start:end] == span.text``; speakers and
                # cues are only checked to lie inside the article.
                if not (0 <= start <= end <= len(text)) or (
                    what == "quote span" and text[start:end] != expected
                ):
                    raise ValueError(
                        f"cannot highlight quote {index}: its {what} at {start}:{end} "
                        f"({expected[:40]!r}) does not match the article text there "
                        f"({text[start:end][:40]!r}); were these quotes found in another text?"
                    )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.text, self.quotes))

    def __repr__(self) -> str:
        return (
            f"<HighlightedText: {len(self.quotes)} quotes in {len(self.text)} chars; "
            "display it in a notebook or call .to_html()>"
        )

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_html(self) -> str:
        """The highlighted article as an HTML fragment (text escaped, newlines kept)."""
        text = self.text
        # Every mark is (start, end, kind, label); overlapping marks are split at
        # every boundary so that the output is flat, well-nested HTML.
        marks: list[tuple[int, int, str, str]] = []
        for number, quote in enumerate(self.quotes, 1):
            who = quote.speaker.name if quote.speaker else "no speaker"
            for what, start, end, _ in _marks_of(quote):
                if start == end:
                    continue
                if what == "quote span":
                    label = f"quote {number} ({quote.kind.value}) — {who}"
                    marks.append((start, end, "quote", label))
                elif what == "speaker":
                    marks.append((start, end, "speaker", f"speaker of quote {number}: {who}"))
                elif what == "cue":
                    marks.append((start, end, "cue", f"cue of quote {number}"))
        bounds = sorted({0, len(text)} | {m[0] for m in marks} | {m[1] for m in marks})
        out: list[str] = []
        for left, right in zip(bounds, bounds[1:]):
            piece = _esc(text[left:right])
            covering = [m for m in marks if m[0] <= left and right <= m[1]]
            if not covering:
                out.append(piece)
                continue
            kinds = {m[2] for m in covering}
            # Speaker and cue marks win over the quote background they may sit in.
            kind = "speaker" if "speaker" in kinds else "cue" if "cue" in kinds else "quote"
            title = "; ".join(dict.fromkeys(m[3] for m in covering))
            out.append(
                f'<span class="quotekit-{kind}" style="{_STYLES[kind]}" title="{_esc(title)}">{piece}</span>'
            )
        legend = " ".join(
            f'<span style="{_STYLES[kind]}padding:0 0.3em">{kind}</span>' for kind in ("quote", "speaker", "cue")
        )
        return (
            '<div class="quotekit-highlight">'
            f'<div style="margin-bottom:0.5em;font-size:smaller">{legend}</div>'
            '<div style="white-space:pre-wrap;line-height:1.6">'
            f"{''.join(out)}"
            "</div></div>"
        )


def _marks_of(quote: Quote) -> Iterator[tuple[str, int, int, str]]:
    for span in quote.spans:
        yield "quote span", span.start, span.end, span.text
    if quote.speaker is not None:
        yield "speaker", quote.speaker.start, quote.speaker.end, quote.speaker.text
    if quote.cue is not None:
        yield "cue", quote.cue.start, quote.cue.end, quote.cue.text
