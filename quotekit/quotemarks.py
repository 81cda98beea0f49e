"""Pair quote marks into quoted spans, paragraph by paragraph.

Handles straight and curly double quotes, guillemets, low-9 marks, and single
quotes used as the main marks (British style) when a paragraph has no double
marks. Apostrophes (*Russia’s*, *don't*, *'90s*) are never taken for marks.
An opening mark that never closes ends its quote at the paragraph's end; the
newspaper convention for a quote over several paragraphs (each opens, only the
last closes) joins them into one quoted span with a part per paragraph.
"""

from __future__ import annotations

import bisect
import re

from quotekit.tokenizer import rstrip_space

__all__ = ["Quoted", "find_quoted"]

# The marks are found with str.find, one mark at a time over the whole text, then looked up
# by paragraph: several times faster than re, which tests a class of characters at every
# offset. Two apostrophes stand for a double quote in some wire copy (''It is over,'' he said).
_DOUBLE_MARKS = ("''", '"', "“", "”", "„", "«", "»")
_SINGLE_MARKS = ("'", "‘", "’", "‚", "‹", "›")
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

    def __init__(self, open_at: int, part: tuple[int, int], close: int, closed: bool, paragraph: int) -> None:
        self.open = open_at
        self.parts: list[tuple[int, int]] = [part]
        self.close = close
        self.closed = closed
        self.first_paragraph = paragraph
        self.paragraph = paragraph  # index of the last paragraph it covers

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

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


def _double_quotes(text: str, marks: list[int], start: int, end: int, paragraph: int) -> list[Quoted]:
    """The quotes of the paragraph ``text[start:end]`` whose double marks start at ``marks``."""
    found: list[Quoted] = []
    # The quote open so far: its mark's offset (-1 if none), where its content starts, its mark.
    # (Its Quoted is made once it ends: the marks of a paragraph are the dearest loop here.)
    opened, content_start, opener = -1, 0, ""
    index = 0
    while index < len(marks):
        # The next mark, with the marks right after it: a run of marks is read as one.
        i = after = marks[index]
        while index < len(marks) and marks[index] == after:
            after += 2 if text[after] == "'" else 1
            index += 1
        mark = text[i:after]
        if after - i > 1 and mark != "''":
            # A run of marks quotes nothing inside itself: it closes what is open and
            # may open a new quote after it. (One step per run keeps """""… linear.)
            if opened >= 0:
                found.append(Quoted(opened, (content_start, i), after, True, paragraph))
                opened = -1
            last = mark[-1]
            if last in '“«„"' and _opens(text, after - 1, start, end):
                opened, content_start, opener = after - 1, after, last
            continue
        if opened < 0:
            if mark in "“«„" or (mark in {'"', "”", "''"} and _opens(text, i, start, end, after - i)):
                opened, content_start, opener = i, after, mark
            continue
        # A mark that may open, and looks like it (not „…“), opens a new quote: the first was
        # never closed. Any other mark closes the open quote, whether it looks closing or not.
        if mark in _MAY_REOPEN and not (mark == "“" and opener == "„") and _opens(text, i, start, end, after - i):
            found.append(Quoted(opened, (content_start, rstrip_space(text, content_start, i)), i, False, paragraph))
            opened, content_start, opener = i, after, mark
        else:
            found.append(Quoted(opened, (content_start, i), after, True, paragraph))
            opened = -1
    if opened >= 0:
        found.append(Quoted(opened, (content_start, end), end, False, paragraph))
    return found


def _single_quotes(text: str, marks: list[int], start: int, end: int, paragraph: int) -> list[Quoted]:
    """British-style ‘quotes’, told from apostrophes by what stands around them (``marks``: the
    offsets of the single marks of the paragraph ``text[start:end]``)."""
    found: list[Quoted] = []
    opened = -1  # the open quote's mark, as in _double_quotes
    weak_close = -1
    for i in marks:
        mark = text[i]
        if opened < 0:
            if mark in "‘'‚‹" and _opens(text, i, start, end) and not text[i + 1].isdigit():
                opened, weak_close = i, -1
            continue
        if not _closes(text, i, start, end) or mark in "‘‚‹":
            continue
        strong = text[i - 1] in ",.!?…" or i + 1 >= end or text[i + 1] in ",.;:!?…)"
        if strong:
            found.append(Quoted(opened, (opened + 1, i), i + 1, True, paragraph))
            opened = -1
        else:
            weak_close = i  # perhaps a plural possessive (players’ union)
    if opened >= 0:
        if weak_close >= 0:
            found.append(Quoted(opened, (opened + 1, weak_close), weak_close + 1, True, paragraph))
        else:
            found.append(Quoted(opened, (opened + 1, end), end, False, paragraph))
    return found


_WORD_CHARACTER = re.compile(r"\w")


def _offsets(text: str, marks: tuple[str, ...]) -> list[int]:
    """Where each of ``marks`` starts in ``text``, in order; two apostrophes are read from left
    to right, as re would (the first two of ''' are one mark)."""
    found: list[int] = []
    for mark in marks:
        position = text.find(mark)
        while position >= 0:
            found.append(position)
            position = text.find(mark, position + len(mark))
    found.sort()
    return found


def _has_words(text: str, quoted: Quoted) -> bool:
    for start, end in quoted.parts:
        # Nearly every quote starts with a word character (what \w is): no search then.
        if start < end and (text[start].isalnum() or text[start] == "_"):
            return True
        if _WORD_CHARACTER.search(text, start, end):
            return True
    return False


def find_quoted(text: str, paragraph_bounds: list[tuple[int, int]]) -> list[Quoted]:
    """All quoted spans of the text, in order, with multi-paragraph quotes joined.

    Marks with no word between them (``""``, a run of apostrophes) quote nothing and are dropped.
    """
    doubles, singles = _offsets(text, _DOUBLE_MARKS), _offsets(text, _SINGLE_MARKS)
    found: list[Quoted] = []
    pending: Quoted | None = None  # an unclosed quote that may continue in the next paragraph
    for index, (start, end) in enumerate(paragraph_bounds):
        # Double marks make a paragraph's quotes; single ones, where it has none.
        low, high = bisect.bisect_left(doubles, start), bisect.bisect_left(doubles, end)
        if low < high:
            quoted = _double_quotes(text, doubles[low:high], start, end, index)
        else:
            low, high = bisect.bisect_left(singles, start), bisect.bisect_left(singles, end)
            quoted = _single_quotes(text, singles[low:high], start, end, index) if low < high else []
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
