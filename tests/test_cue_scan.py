"""The cue scan (``matcher._cue_forms``) against the plain definition of what it finds.

The scan searches a one-byte-a-character copy of the text (``matcher._scan_copy``); these
tests check that it finds exactly what one regular expression of every cue form finds, and
that the copy keeps, for every Unicode character, what the scan relies on.
"""

from __future__ import annotations

import re
import sys

from hypothesis import example, given
from hypothesis import strategies as st

from quotekit import lexicon
from quotekit.matcher import _cue_forms, _scan_copy

FORMS = sorted(lexicon.CUE_FORMS)


def _definition() -> re.Pattern[str]:
    """Every cue form, first letter in either case, words parted by any white space, longer
    forms first, as a whole word: the slow, plain statement of what ``_cue_forms`` finds."""
    alternatives = [
        f"[{form[0]}{form[0].upper()}]" + re.escape(form[1:]).replace(r"\ ", r"\s+")
        for form in sorted(FORMS, key=lambda form: -form.count(" "))
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?![\w’'-])")


DEFINITION = _definition()


def _expected(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group()) for match in DEFINITION.finditer(text, start, end)]


def test_scan_copy_keeps_words_and_lowercases_ascii() -> None:
    """In the one-byte copy the scan searches, every character of the text is one byte; a
    latin-1 word character is a word byte (an ASCII letter in lower case), and every other
    character a space: those beyond latin-1 are checked in the text itself."""
    characters = "".join(map(chr, range(sys.maxunicode + 1)))  # lone surrogates too
    copy = _scan_copy(characters)
    assert len(copy) == len(characters) + 1 and copy[0:1] == b" "
    for char, byte in zip(characters, copy[1:]):
        if ord(char) > 0xFF or not re.match(r"\w", char):
            assert byte == ord(" "), char
        elif char.isascii():
            assert byte == ord(char.lower()), char
        else:
            assert byte == ord("_"), char


WORDS = sorted({word for form in FORMS for word in form.split()})
PIECES = [" ", "  ", "\n", "\t", "\u00a0", ",", ".", ":", "“", "”", '"', "’", "'", "-", "—", "(", "_", "1",
          "é", "ß", "İ", "\u212a", "ſ", "Ä", "x", "s", "ing", "ed", "\U0001f600", "\r\n", "\u2028"]


@st.composite
def cue_texts(draw: st.DrawFn) -> str:
    """Text of cue forms, their words, misspellings and capitals, joined by odd characters."""
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        word = draw(st.sampled_from(FORMS) | st.sampled_from(WORDS) | st.sampled_from(PIECES))
        case = draw(st.sampled_from(["lower", "lower", "capital", "upper", "title"]))
        word = {"capital": word[:1].upper() + word[1:], "upper": word.upper(), "title": word.title()}.get(case, word)
        if " " in word:
            word = word.replace(" ", draw(st.sampled_from([" ", "  ", "\n", "\t", " \n ", "-", ""])))
        parts.append(word + draw(st.sampled_from(["", "", *PIECES])))
    return "".join(parts)


@given(cue_texts(), st.data())
@example("Said Ellis, according\nto aides, who \u212anow ésaid İstanbul said SAID sAid", None)
@example("FIRED back at him, fired back, point outÄ, make it clear, made\tclear.", None)
@example("according to", None)
def test_cue_forms_match_the_definition(text: str, data: st.DataObject | None) -> None:
    assert list(_cue_forms(text, 0, len(text))) == _expected(text, 0, len(text))
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert list(_cue_forms(text, start, end)) == _expected(text, start, end)
