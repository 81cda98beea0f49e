"""Pair quote marks into quoted spans, paragraph by paragraph.

Handles straight and curly double quotes, guillemets, low-9 marks, and single
quotes used as the main marks (British style) when a paragraph has no double
marks. Apostrophes (*Russia’s*, *don't*, *'90s*) are never taken for marks.
An opening mark that never closes ends its quote at the paragraph's end; the
newspaper convention for a quote over several paragraphs (each opens, only the
last closes) joins them into one quoted span with a part per paragraph.
"""

from __future__ import annotations

import re

from quotekit.tokenizer import rstrip_space

__all__ = ["Quoted", "find_quoted"]

# Two apostrophes stand for a double quote in some wire copy (''It is over,'' he said).
# Spelt as alternatives that each start with one literal character, so that the stdlib re
# skips to the next candidate character in C instead of trying the pattern at every offset.
_DOUBLE_MARK = re.compile(r"''|\"|“|”|„|«|»")
_DOUBLE_MARK_RUN = re.compile(r"(?:''|\"|“|”|„|«|»)(?:''|[\"“”„«»])*")
_SINGLE_MARK = re.compile(r"['‘’‚‹›]")
# Any character of a mark, double or single: a paragraph with no mark (two in five of PolNeAR's)
# is passed over with one search instead of one for each kind.
_ANY_MARK = re.compile(r"[\"“”„«»'‘’‚‹›]")
# Characters after which a mark opens and before which a mark closes.
_OPEN_BEFORE = frozenset(" \t\u00a0([{—–-/\u2009\u202f")
_CLOSE_AFTER = frozenset(" \t\u00a0)]}.,;:!?—–-…/\u2009\u202f")
_MAY_REOPEN = frozenset({'"', "“", "«", "„", "''"})  # double marks that open a quote while one is open


class Quoted:
    """A quoted span: one part (content start, content end) per paragraph it covers.

    ``open`` is the first opening mark's offset; ``close`` the offset just after the
    closing mark, or the end of the last part when the quote never closes.
    """

    __slots__ = ("parts", "open", "close", "closed", "first_paragraph", "paragraph")

    def __init__(self, open_at: int, content_start: int, paragraph: int) -> None:
        self.open = open_at
        self.parts: list[tuple[int, int]] = [(content_start, content_start)]
        self.close = content_start
        self.closed = False
        self.first_paragraph = paragraph
        self.paragraph = paragraph  # index of the last paragraph it covers

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def finish(self, content_end: int, close: int, closed: bool) -> None:
        start = self.parts[-1][0]
        self.parts[-1] = (start, max(start, content_end))
        self.close = close
        self.closed = closed

    def __repr__(self) -> str:
        return f"Quoted(parts={self.parts}, closed={self.closed})"


def _opens(text: str, i: int, start: int, end: int, size: int = 1) -> bool:
    """A mark at ``i`` looks like an opening one: boundary before, text after."""
    before_ok = i == start or text[i - 1] in _OPEN_BEFORE or text[i - 1] in "“‘«„\"'"
    after_ok = i + size < end and not text[i + size].isspace()
    return before_ok and after_ok


def _closes(text: str, i: int, start: int, end: int, size: int = 1) -> bool:
    """A mark at ``i`` looks like a closing one: text before, boundary after."""
    before_ok = i > start and not text[i - 1].isspace()
    after_ok = i + size >= end or text[i + size] in _CLOSE_AFTER or text[i + size] in "”’»\"'"
    return before_ok and after_ok


def _double_quotes(text: str, start: int, end: int, paragraph: int) -> list[Quoted]:
    found: list[Quoted] = []
    current: Quoted | None = None
    opener = ""
    for match in _DOUBLE_MARK_RUN.finditer(text, start, end):
        i, mark = match.start(), match.group()
        size = len(mark)
        if size > 2 or (size == 2 and mark != "''"):
            # A run of marks quotes nothing inside itself: it closes what is open and
            # may open a new quote after it. (One step per run keeps """""… linear.)
            if current is not None:
                current.finish(i, match.end(), True)
                found.append(current)
                current = None
            last = mark[-1]
            if last in '“«„"' and _opens(text, match.end() - 1, start, end):
                current, opener = Quoted(match.end() - 1, match.end(), paragraph), last
            continue
        if current is None:
            if mark in "“«„" or (mark in {'"', "”", "''"} and _opens(text, i, start, end, size)):
                current, opener = Quoted(i, i + size, paragraph), mark
            continue
        # A mark that may open, and looks like it (not „…“), opens a new quote: the first was
        # never closed. Any other mark closes the open quote, whether it looks closing or not.
        if mark in _MAY_REOPEN and not (mark == "“" and opener == "„") and _opens(text, i, start, end, size):
            current.finish(rstrip_space(text, current.parts[-1][0], i), i, False)
            found.append(current)
            current, opener = Quoted(i, i + size, paragraph), mark
        else:
            current.finish(i, i + size, True)
            found.append(current)
            current = None
    if current is not None:
        current.finish(end, end, False)
        found.append(current)
    return found


def _single_quotes(text: str, start: int, end: int, paragraph: int) -> list[Quoted]:
    """British-style ‘quotes’, told from apostrophes by what stands around them."""
    found: list[Quoted] = []
    current: Quoted | None = None
    weak_close = -1
    for match in _SINGLE_MARK.finditer(text, start, end):
        i = match.start()
        mark = match.group()
        if current is None:
            if mark in "‘'‚‹" and _opens(text, i, start, end) and not text[i + 1].isdigit():
                current, weak_close = Quoted(i, i + 1, paragraph), -1
            continue
        if not _closes(text, i, start, end) or mark in "‘‚‹":
            continue
        strong = text[i - 1] in ",.!?…" or i + 1 >= end or text[i + 1] in ",.;:!?…)"
        if strong:
            current.finish(i, i + 1, True)
            found.append(current)
            current = None
        else:
            weak_close = i  # perhaps a plural possessive (players’ union)
    if current is not None:
        if weak_close >= 0:
            current.finish(weak_close, weak_close + 1, True)
        else:
            current.finish(end, end, False)
        found.append(current)
    return found


_WORD_CHARACTER = re.compile(r"\w")


def _has_words(text: str, quoted: Quoted) -> bool:
    for start, end in quoted.parts:
        if _WORD_CHARACTER.search(text, start, end):
            return True
    return False


def find_quoted(text: str, paragraph_bounds: list[tuple[int, int]]) -> list[Quoted]:
    """All quoted spans of the text, in order, with multi-paragraph quotes joined.

    Marks with no word between them (``""``, a run of apostrophes) quote nothing and are dropped.
    """
    found: list[Quoted] = []
    pending: Quoted | None = None  # an unclosed quote that may continue in the next paragraph
    for index, (start, end) in enumerate(paragraph_bounds):
        mark = _ANY_MARK.search(text, start, end)
        if mark is None:
            quoted = []
        elif _DOUBLE_MARK.search(text, mark.start(), end):  # no double mark starts before the first mark
            quoted = _double_quotes(text, start, end, index)
        else:
            quoted = _single_quotes(text, start, end, index)
        if pending is not None:
            first = quoted[0] if quoted else None
            # Continue only when this paragraph opens with a mark, and either the unclosed
            # quote was a paragraph of quote alone or this one runs to the paragraph's end:
            # after "He added: “…" a quote closed mid-paragraph has an attribution of its own.
            if (
                first is not None
                and first.open == start
                and (
                    pending.open == paragraph_bounds[pending.first_paragraph][0]
                    or not first.closed
                    or not text[first.close : end].strip()
                )
            ):
                pending.parts.extend(first.parts)
                pending.close, pending.closed, pending.paragraph = first.close, first.closed, index
                quoted[0] = pending
            elif _has_words(text, pending):
                found.append(pending)
            pending = None
        if quoted and not quoted[-1].closed:
            pending = quoted.pop()
        if quoted:  # (no generator for the many paragraphs with none)
            found.extend(q for q in quoted if _has_words(text, q))
    if pending is not None and _has_words(text, pending):
        found.append(pending)
    return found
