"""Metamorphic properties over the sample articles.

Inserting quote-free filler paragraphs, or swapping two self-contained paragraphs,
moves offsets but does not change which quotes and speakers are found.
"""

from __future__ import annotations

from collections import Counter

from articles_support import article_slugs, load_article
from hypothesis import given
from hypothesis import strategies as st

import quotekit

FILLERS = [
    "Rain fell over the harbour until late in the evening.",
    "The bridge lies two miles north of the old town.",
    "Traffic on the ring road was heavy for most of the day.",
    "Work on the new library began three years ago.",
]
# Rules that use nothing outside their own paragraph.
SELF_CONTAINED = {"after-quote", "after-quote-dash", "before-quote", "cue-first", "content-first",
                  "according-to", "participle", "coordinated"}
ARTICLES = {slug: load_article(slug)[0] for slug in article_slugs()}


def _signature(text: str) -> Counter[tuple[str, str, str | None, str | None]]:
    """What was found, without offsets: content, kind, speaker name and cue."""
    return Counter(
        (q.text, q.kind.value, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotekit.extract_quotes(text)
    )


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _self_contained(lines: list[str], index: int) -> bool:
    """Paragraph ``index`` can move: its quotes use no context and no pronoun, and it carries no quote over."""
    line = lines[index]
    if not line.strip() or index == 0:
        return False
    quotes = quotekit.extract_quotes(line)
    whole = quotekit.extract_quotes("\n".join(lines))
    offset = sum(len(previous) + 1 for previous in lines[:index])
    here = [q for q in whole if offset <= q.start < offset + len(line)]
    if len(here) != len(quotes):
        return False
    return all(
        q.rule in SELF_CONTAINED and q.speaker is not None and q.speaker.rule in {"name", "as-written"}
        and len(q.spans) == 1
        for q in here
    )


def _insertable_before(lines: list[str], index: int) -> bool:
    """A filler may go before paragraph ``index`` when no quote there leans on what comes before it."""
    offset = sum(len(previous) + 1 for previous in lines[:index])
    whole = quotekit.extract_quotes("\n".join(lines))
    for quote in whole:
        starts_here = offset <= quote.start < offset + len(lines[index]) + 1
        crosses = quote.start < offset <= quote.end
        if crosses or (starts_here and quote.rule not in SELF_CONTAINED):
            return False
    return True


@given(slug=st.sampled_from(sorted(ARTICLES)), where=st.integers(0, 10_000), filler=st.sampled_from(FILLERS))
def test_inserting_a_filler_paragraph_changes_nothing_found(slug: str, where: int, filler: str) -> None:
    lines = _lines(ARTICLES[slug])
    candidates = [i for i in range(1, len(lines)) if _insertable_before(lines, i)]
    if not candidates:
        return
    index = candidates[where % len(candidates)]
    changed = "\n".join(lines[:index] + [filler] + lines[index:])
    assert _signature(changed) == _signature(ARTICLES[slug])


def _swappable_pairs(slug: str) -> list[tuple[int, int]]:
    """Pairs of self-contained paragraphs after which nothing leans on what came before."""
    text = ARTICLES[slug]
    lines = _lines(text)
    quotes = quotekit.extract_quotes(text)
    movable = [i for i in range(len(lines)) if _self_contained(lines, i)]
    pairs = []
    for first in movable:
        offset = sum(len(line) + 1 for line in lines[:first])
        # A pronoun reaches back to the nearest person, however far: nothing after may use one.
        if all(
            q.rule in SELF_CONTAINED and q.speaker is not None
            and q.speaker.rule in {"name", "as-written"} and len(q.spans) == 1
            for q in quotes if q.start >= offset
        ):
            pairs.extend((first, second) for second in movable if second > first)
    return pairs


PAIRS = {slug: _swappable_pairs(slug) for slug in ARTICLES}


@given(slug=st.sampled_from(sorted(slug for slug, pairs in PAIRS.items() if pairs)), pick=st.integers(0, 10_000))
def test_swapping_self_contained_paragraphs_changes_nothing_found(slug: str, pick: int) -> None:
    lines = _lines(ARTICLES[slug])
    first, second = PAIRS[slug][pick % len(PAIRS[slug])]
    swapped = lines[:]
    swapped[first], swapped[second] = swapped[second], swapped[first]
    assert _signature("\n".join(swapped)) == _signature(ARTICLES[slug])


def test_some_articles_have_paragraphs_to_swap() -> None:
    assert sum(len(pairs) for pairs in PAIRS.values()) >= 20


def test_an_article_keeps_its_quotes_inside_a_longer_text() -> None:
    """Offsets move by exactly the length of what is put before an article."""
    text = ARTICLES["geneva-talks"]
    prefix = "\n".join(FILLERS) + "\n"
    before = quotekit.extract_quotes(text)
    after = quotekit.extract_quotes(prefix + text)
    assert [(q.start + len(prefix), q.end + len(prefix), q.text) for q in before] == [
        (q.start, q.end, q.text) for q in after
    ]
