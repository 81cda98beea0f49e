"""Paragraphs, sentences and words, all as character offsets into the text as given.

Nothing here normalises the text: every offset is a Python ``str`` index into
the string the caller passed, so ``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import re

from quotekit import lexicon
from quotekit.results import Span

__all__ = [
    "LINE_BREAKS",
    "all_sentence_bounds",
    "check_text",
    "paragraph_bounds",
    "paragraphs",
    "rstrip_space",
    "sentence_bounds",
    "sentences",
]

# Every line break ends a paragraph: news text (and PolNeAR) puts one paragraph
# on a line, with or without a blank line between. These are the breaks of str.splitlines.
LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# A sentence may end at . ! ? or an ellipsis, then closing quotes or brackets,
# then white space, then something that can start a sentence.
# (The stdlib re runs this scan faster than regex; the capital is checked per match.)
_SENTENCE_TAIL = r"(?P<close>[\"'”’»)\]]{0,3})(?P<space>[ \t\u00a0\u2009\u200a\u202f]+)[\"'“‘«„‚(\[]{0,3}(?P<next>\w)"
# One pattern for each character a stop starts with: re finds the literal first character
# of a pattern with a fast search, where a class of them ([.…!?]) costs a test at every offset.
_SENTENCE_ENDS = [
    (stop, re.compile(f"(?P<stop>{alternatives}){_SENTENCE_TAIL}"))
    for stop, alternatives in ((".", r"\.\.\.|\.[.!?]*"), ("…", "…"), ("!", r"![.!?]*"), ("?", r"\?[.!?]*"))
]
_WORD_PUNCTUATION = frozenset(".'’-_")  # with letters and digits, what a word before a stop is made of
# After an abbreviation that may also end a sentence (U.S., a.m.), these words start a new one.
_SENTENCE_STARTERS = frozenset(
    "The A An He She It They We I But And Yet So In On At For If When While As This That These "
    "Those There His Her Its Their Our Some Many Most No Still Now Then After Before Meanwhile "
    "However Asked Other Others".split()
)


def rstrip_space(text: str, start: int, end: int) -> int:
    """``end`` moved back over white space, no further than ``start`` (no copy: linear on any input)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def check_text(text: object, function: str) -> str:
    """Return ``text`` if it is a ``str``; raise a ``TypeError`` naming ``function`` otherwise."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{function}() expects a str, got {type(text).__name__}: decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{function}() expects a str, got {type(text).__name__}")


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a line with its surrounding white space stripped.
    (str.splitlines is twice as fast as a pattern: re tests a class of line breaks character by
    character.)"""
    bounds: list[tuple[int, int]] = []
    end = 0
    for line in text.splitlines(True):
        start = end
        end += len(line)
        content = line.strip()
        if content:
            start += len(line) - len(line.lstrip())
            bounds.append((start, start + len(content)))
    return bounds


def _is_sentence_end(match: re.Match[str], text: str) -> bool:
    following = match.group("next")
    if not (following.isupper() or following.isdigit()):
        return False
    if match.group("stop") != ".":
        return True
    word = _word_before(text, match.start())
    if not word:
        return True
    if len(word) == 1 and word.isupper():
        return False  # an initial: J. R. Smith
    abbreviation = word + "."
    if abbreviation in lexicon.ABBREVIATIONS or abbreviation.lower() in lexicon.ABBREVIATIONS_LOWER:
        if abbreviation in lexicon.TITLE_ABBREVIATIONS:
            return False
        # U.S., a.m., Inc.: a sentence end only when a sentence-starting word follows.
        return _next_word(text, match.start("next")) in _SENTENCE_STARTERS
    if "." in word and _DOTTED.fullmatch(word):
        # Unlisted dotted abbreviations (D.C., N.Y.) behave like U.S.
        return _next_word(text, match.start("next")) in _SENTENCE_STARTERS
    return True


def _word_before(text: str, before: int) -> str:
    """The run of word characters and . ' ’ - that ends at ``before`` (or before a line break
    there), at most 40 characters back: what ``[\\w.'’-]+$`` finds there, read backwards
    instead of tried from every offset."""
    start = max(0, before - 40)
    # The commonest case, letters after a space: one rfind and a slice find the word that the
    # loop below would read character by character.
    space = text.rfind(" ", start, before)
    word = text[space + 1 : before]
    if space >= 0 and word.isalpha():
        return word
    end = before
    if end > start and text[end - 1] == "\n":
        end -= 1  # "$" also matches before a final line break
    position = end
    while position > start and (text[position - 1].isalnum() or text[position - 1] in _WORD_PUNCTUATION):
        position -= 1  # isalnum() is what re's \w means, "_" aside
    return text[position:end]


_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_WORD_AT = re.compile(r"\w+")


def _next_word(text: str, start: int) -> str:
    match = _WORD_AT.match(text, start, start + 40)
    return match.group() if match else ""


def _sentence_ends(text: str, start: int, end: int) -> list[re.Match[str]]:
    """What the four patterns of _SENTENCE_ENDS as one (``|``) finds in ``text[start:end]``: the
    matches of each, in order, less those that start inside an earlier one (the same stop run,
    so they end where it does)."""
    found: list[re.Match[str]] = []
    kinds = 0
    for stop, pattern in _SENTENCE_ENDS:
        if text.find(stop, start, end) >= 0:  # (most texts have no ! ? or …)
            found.extend(pattern.finditer(text, start, end))
            kinds += 1
    if kinds < 2:
        return found
    found.sort(key=re.Match.start)
    merged: list[re.Match[str]] = []
    for match in found:
        if not merged or match.start() >= merged[-1].end():
            merged.append(match)
    return merged


def sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text[start:end]`` (one paragraph, or part of one)."""
    return all_sentence_bounds(text, [(start, end)]) if end > start else []


def all_sentence_bounds(text: str, paragraph_bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """:func:`sentence_bounds` of every paragraph, in one list, from one scan from the first
    paragraph's start to the last one's end (no sentence end runs over a line break, so none
    runs from one paragraph into the next)."""
    bounds: list[tuple[int, int]] = []
    if not paragraph_bounds:
        return bounds
    paragraphs = iter(paragraph_bounds)
    sentence_start = end = -1  # no paragraph yet
    for match in _sentence_ends(text, paragraph_bounds[0][0], paragraph_bounds[-1][1]):
        position = match.start()
        while position >= end:  # the match is in a later paragraph: end this one
            if end > sentence_start:
                bounds.append((sentence_start, end))
            sentence_start, end = next(paragraphs)
        if not _is_sentence_end(match, text):
            continue
        sentence_end = match.start("space")
        if sentence_end > sentence_start:
            bounds.append((sentence_start, sentence_end))
        sentence_start = match.end("space")
    if end > sentence_start:
        bounds.append((sentence_start, end))
    # Paragraphs after the last sentence end are one sentence each.
    bounds.extend(paragraphs)
    return bounds


def paragraphs(text: str) -> list[Span]:
    """Split ``text`` into paragraphs (one per line), as :class:`Span` objects."""
    text = check_text(text, "paragraphs")
    return [Span(start, end, text[start:end]) for start, end in paragraph_bounds(text)]


def sentences(text: str) -> list[Span]:
    """Split ``text`` into sentences, as :class:`Span` objects in document order.

    Paragraph breaks always end a sentence. Abbreviations (*U.S.*, *Gov.*, *Jan.*),
    initials, decimals and thousands (*3.5%*, *100.000*) do not; a closing quote
    mark after the full stop stays with its sentence.
    """
    text = check_text(text, "sentences")
    return [Span(s, e, text[s:e]) for s, e in all_sentence_bounds(text, paragraph_bounds(text))]
