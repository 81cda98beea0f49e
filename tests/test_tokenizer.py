"""The tokenizer: paragraphs and sentences with true offsets, and the cases news text throws at it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotekit


def _sentences(text: str) -> list[str]:
    return [s.text for s in quotekit.sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gov. Jane Ruiz met Sen. Tom Hale on Jan. 5. They talked.",
            ["Gov. Jane Ruiz met Sen. Tom Hale on Jan. 5.", "They talked."],
            id="titles-and-months",
        ),
        pytest.param(
            "The U.S. Army left. The talks ended in the U.S. The next round is in Oslo.",
            ["The U.S. Army left.", "The talks ended in the U.S.", "The next round is in Oslo."],
            id="us-inside-and-at-the-end",
        ),
        pytest.param("Mr. Smith and Dr. Jones arrived. Both spoke.", ["Mr. Smith and Dr. Jones arrived.", "Both spoke."], id="mr-dr"),
        pytest.param("J. R. Smith wrote it. He left.", ["J. R. Smith wrote it.", "He left."], id="initials"),
        pytest.param(
            "Russia has 100.000 troops there. Prices rose 3.5% in May. About 1,200 left.",
            ["Russia has 100.000 troops there.", "Prices rose 3.5% in May.", "About 1,200 left."],
            id="numbers",
        ),
        pytest.param("He paused... and went on. Then he sat.", ["He paused... and went on.", "Then he sat."], id="ellipsis"),
        pytest.param(
            "“We are done,” he said. “Go home.” They left.",
            ["“We are done,” he said.", "“Go home.”", "They left."],
            id="final-quote-marks",
        ),
        pytest.param("“Is it over?” she asked. Nobody knew.", ["“Is it over?” she asked.", "Nobody knew."], id="question-in-quote"),
        pytest.param("First line\nSecond line. Third", ["First line", "Second line.", "Third"], id="line-breaks"),
        pytest.param(
            "Sie backt Brot. „Wir sind bereit“, sagte sie.",
            ["Sie backt Brot.", "„Wir sind bereit“, sagte sie."],
            id="low-opening-mark",
        ),
    ],
)
def test_sentence_split(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_paragraphs_are_lines_without_their_white_space() -> None:
    text = "  First paragraph. \r\n\r\nSecond one.\rThird\u2028Fourth\n"
    assert [p.text for p in quotekit.paragraphs(text)] == ["First paragraph.", "Second one.", "Third", "Fourth"]


@pytest.mark.parametrize("function", [quotekit.sentences, quotekit.paragraphs, quotekit.extract_quotes])
@pytest.mark.parametrize("value", [None, b"bytes", 3, ["a"]])
def test_non_strings_are_refused(function: object, value: object) -> None:
    with pytest.raises(TypeError, match="str"):
        function(value)  # type: ignore[operator]


NEWSY = st.lists(
    st.sampled_from(list("abcXYZ .,!?“”\"'’\n\r\u00a0…0123456789") + ["Mr.", "U.S.", "Jan.", " said "]),
    max_size=120,
).map("".join)


@given(st.one_of(NEWSY, st.text(max_size=200)))
def test_sentences_lie_in_order_inside_paragraphs(text: str) -> None:
    paragraphs = quotekit.paragraphs(text)
    sentences = quotekit.sentences(text)
    previous_end = 0
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() and sentence.start >= previous_end
        assert any(p.start <= sentence.start and sentence.end <= p.end for p in paragraphs)
        previous_end = sentence.end
    # Every non-space character of a paragraph is in some sentence.
    covered = sum(len(s.text.replace(" ", "")) for s in sentences)
    assert covered <= sum(len(p.text.replace(" ", "")) for p in paragraphs)
    for paragraph in paragraphs:
        inside = [s for s in sentences if paragraph.start <= s.start < paragraph.end]
        assert inside and inside[0].start == paragraph.start and inside[-1].end == paragraph.end
