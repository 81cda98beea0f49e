"""The matcher: pairs quoted spans and reporting cues with their speakers.

The pipeline (see ``docs/pipeline.md``):

1. the tokenizer splits paragraphs and sentences; sentences that a quoted span
   crosses are merged into one *unit*, so a quote is never cut in two;
2. :mod:`quotekit.quotemarks` pairs quote marks into quoted spans;
3. a small regular expression and a dictionary find every cue (*said*, *according to*)
   outside quotes;
4. each quoted span looks for its attribution after its closing mark, then
   before its opening mark, then in the sentence or quote before it;
5. each cue not used by a direct quote reads reported speech around it
   (cue-first, content-first, participial, coordinated); quoted fragments
   inside that content make it a mixed quote;
6. :class:`quotekit.speakers.People` resolves every speaker mention to a name.

Every quote records the rule that found it (``Quote.rule``) and every speaker the
rule that named it (``Speaker.rule``); :data:`RULES` describes them and
:func:`explain` prints them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any, Literal, get_args

import regex

from quotekit import lexicon
from quotekit.display import Quotes
from quotekit.quotemarks import Quoted, find_quoted
from quotekit.results import Quote, QuoteKind, new_cue, new_quote, new_span
from quotekit.speakers import (
    PLURAL_QUANTIFIERS,
    QUANTIFIERS,
    Mention,
    People,
    mention_after,
    mention_before,
    strip_possessive,
)
from quotekit.tokenizer import (
    LINE_BREAKS,
    all_sentence_bounds,
    check_text,
    paragraph_bounds,
    rstrip_space,
    sentence_bounds,
)

__all__ = ["RULES", "SCOPES", "Scope", "explain", "extract_quotes"]

#: What :func:`extract_quotes` returns: ``"quotes"``, what was said (direct quotes and reported
#: speech with its content); ``"attributions"``, also what PolNeAR annotates besides: beliefs,
#: intentions and stances (*plans to*, *believes*, *backed*) and bare objects (*denied the
#: allegations*, *rejected that argument*). See ``docs/usage.md``.
Scope = Literal["quotes", "attributions"]
SCOPES: tuple[str, ...] = get_args(Scope)

#: Every rule that can find a quote (``Quote.rule``) or name its speaker (``Speaker.rule``),
#: with what it means; :func:`explain` prints them and ``docs/rules.md`` lists them.
RULES: dict[str, str] = {
    # How a quote was attributed (Quote.rule).
    "after-quote": "attribution right after the closing mark: “…,” Sherman said / “…,” said Sherman "
    "(a quote split by it, “A,” he said. “B.”, is one quote with two spans)",
    "after-quote-dash": "a dash and a name after the quote: “…” — Commissioner Jane Doe",
    "before-quote": "attribution before the opening mark: He added: “…”",
    "previous-paragraph": "the paragraph before ends with a cue and a colon: Smith continued:",
    "before-colon": "no cue; the subject of the clause that a colon ends before the quote: He demurred: “…”",
    "previous-sentence": "no cue; the person named in the sentence before the quote speaks",
    "follow-on": "no cue; a paragraph of quote following the previous quote's speaker",
    "unattributed": "clearly a quotation, but the text names no speaker for it",
    "cue-first": "reported speech after its cue: Sherman said (that) …",
    "content-first": "reported speech before its cue: …, officials said. (or on both sides of it, two spans: …, officials said, …)",
    "according-to": "reported speech with according to: According to X, … / …, according to X (X a speaker, or a source such as a poll or records, up to its comma).",
    "participle": "reported speech after a participle cue: …, saying …",
    "coordinated": "a second cue sharing the sentence's subject: …, but said …",
    "report-noun": "reported speech after a report noun and its owner: his claim that … / Trump's warning that …",
    "passive": "a report with no source: The sale is expected to close in May / Aides are said to be furious",
    "headline": "a headline naming its source: Graham: Trump Is Destroying GOP / Bellwether County Says …",
    # How a speaker mention was resolved (Speaker.rule).
    "name": "the mention names the person; the name is the fullest form in the article",
    "surname": "a surname or shorter name linked to the full name given earlier",
    "pronoun": "a pronoun resolved to the nearest earlier person of matching gender",
    "relative": "who/which resolved to the nearest earlier person",
    "as-written": "an organisation, place or group: the mention is the name",
    "unresolved-pronoun": "a pronoun with no compatible person before it",
}

_ADDRESSEE_LEMMAS = frozenset(
    "tell warn assure remind inform urge ask advise notify promise convince caution reassure".split()
)
# Words that, first after a cue, show it has no reported content: "said nothing", "spoke at".
# Not "to", "with", "about", "for": "promised to act", "agreed with the analysis" are attributions.
_CONTENT_BLOCKERS = frozenset(
    "nothing something anything everything goodbye hello hi so in on at but and or as when while "
    "because until unless of from by into over after before during him them me us".split()
)
# A bare object may start with an object pronoun (accused him of lying, called them liars) or
# "of" (warned of a long winter, spoke fondly of her mother, is accused of fraud).
_BARE_OBJECT_BLOCKERS = _CONTENT_BLOCKERS - {"him", "them", "me", "us", "of"}
_TIME_LEADS = ("on", "last", "this", "late", "early", "earlier", "later")
_TIME_NAMES = lexicon.WEEKDAYS + (
    "today", "yesterday", "tonight", "weekend", "week", "month", "year", "morning", "afternoon", "evening", "night",
)
_TIME_STARTS = _TIME_LEADS + _TIME_NAMES  # one of them starts every match of _TIME_WORDS
_TIME_WORDS = regex.compile(
    r"\s*,?\s*(?:(?:" + "|".join(_TIME_LEADS) + r")\s+)?"
    r"(?:" + "|".join(_TIME_NAMES) + r")(?:\s+(?:morning|afternoon|evening|night))?\b"
)
_LEADING_PUNCT_MARKS = ",:;—–-"
_LEADING_PUNCT = regex.compile(r"[\s" + _LEADING_PUNCT_MARKS + "]*")
# "that" after a cue introduces the content but is not part of it (PolNeAR counts it in; readers don't).
_THAT_WORD = regex.compile(r"that\b[\s,:]*")
_TRAILING_PUNCT = frozenset(" \t\r\n\u00a0,;:.!?—–-")
_SPEECH_PREPOSITIONS = ("in", "on", "at", "during", "via", "to", "through", "from", "before", "after", "over")
_SPEECH_PREPOSITION = regex.compile(
    r"\s*,?\s*(?:" + "|".join(_SPEECH_PREPOSITIONS) + r")\s+"
    r"(?:a|an|the|his|her|their|its|this|last|[\p{Lu}\d])[^,;:.“”\"]{0,60}?(?=\s+that\b|\s*[,:])"
)


def _rstrip_punct(text: str, start: int, end: int) -> int:
    """``end`` moved back over white space and punctuation (a plain loop: linear on any input)."""
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        end -= 1
    return end


def _trie_pattern(words: list[str]) -> str:
    """One regular expression matching any of ``words``, factored as a trie so it runs fast
    (a word that ends where longer ones go on is an empty last alternative, cheaper than ``?``)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + "|)"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie)


# Cue forms are found in three steps, so that the one pattern is small (it compiles at import in
# an eighth of the time a pattern of every form took) and runs at least as fast:
# - _CUE_WORD finds, in a copy of the text made for it (_scan_copy), each word made of the stem
#   of a cue form's first word (announc, ask, said) and one of _CUE_ENDINGS or none: more words
#   than the forms, but the stdlib ``re`` rejects most others at their first letter or two, a
#   lowercase copy halves the first letters to try, and one where every character that may
#   come before a word is a space lets ``re`` find the next one with a fast search;
# - the word as written is looked up in _CUE_FIRST_WORDS, which has each first word lowercase
#   and capitalised (the rest of a form is lowercase);
# - the words after a first word of forms of several words are read one by one (_form_end).
_CUE_ENDINGS = ("ing", "es", "ed", "e", "s", "d")


def _cue_stem(word: str) -> str:
    """``word`` less the first of :data:`_CUE_ENDINGS` it ends with, if three letters stay."""
    for ending in _CUE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


_ALONE: dict[str, Any] = {"": {}}  # what follows a first word that is a cue form only on its own


def _cue_first_words() -> dict[str, dict[str, Any]]:
    """Each first word of a cue form, lowercase and capitalised, mapped to a tree of the words
    that may follow it, ``""`` where a form ends."""
    first_words: dict[str, dict[str, Any]] = {}
    for form in lexicon.CUE_FORMS:
        first, *rest = form.split(" ")
        node = first_words.setdefault(first, {})
        for word in rest:
            node = node.setdefault(word, {})
        node[""] = {}
    for word, node in list(first_words.items()):
        first_words[word] = first_words[word[0].upper() + word[1:]] = _ALONE if node == _ALONE else node
    return first_words


_CUE_FIRST_WORDS = _cue_first_words()
_CUE_WORD = re.compile(
    b" ("
    + _trie_pattern(sorted({_cue_stem(word) for word in _CUE_FIRST_WORDS if word.islower()})).encode()
    + b"(?:" + "|".join(_CUE_ENDINGS).encode() + b"|))(?![a-z0-9_])"
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _goes_on(char: str) -> bool:
    """Does a word go on over ``char``, [\\w’'-] (so no cue form ends before it)?"""
    return char.isalnum() or char in "_’'-"


def _scan_table() -> bytes:
    """What _scan_copy makes of each character of latin-1: ASCII letters lowercase, digits and _
    as they are, other word characters (é, ß) _, and every other character a space."""
    table = bytearray(b" " * 256)
    for code in range(256):
        char = chr(code)
        if char.isalnum() or char == "_":
            table[code] = ord(char.lower()) if char.isascii() else ord("_")
    return bytes(table)


_SCAN_TABLE = _scan_table()


def _scan_copy(text: str) -> bytes:
    """A space, then ``text`` as one byte a character (``copy[i + 1]`` is ``text[i]``; the space
    is the one before a cue at the start), read through :data:`_SCAN_TABLE`. A character beyond
    latin-1 is a space there ("?" first): a letter or digit (Ω) right before a word, or one of
    them, ’, ' or - right after it, is checked in the text (:func:`_add_cue_forms`)."""
    return (" " + text).encode("latin-1", "replace").translate(_SCAN_TABLE)


def _cue_forms(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, as written) of each cue form in ``text[start:end]``, in order: what
    ``(?<!\\w)(?:form|…)(?![\\w’'-])`` finds there, trying longer forms first, with the words of
    a form parted by any white space and its first letter in either case."""
    found: list[tuple[int, int, str]] = []
    shift = max(0, start - 1)  # copy the window only: its copy[i + 1] is text[i + shift]
    _add_cue_forms(text, _scan_copy(text[shift:end]), shift, start, end, found)
    return found


def _add_cue_forms(
    text: str, copy: bytes, shift: int, start: int, end: int, found: list[tuple[int, int, str]]
) -> None:
    """Append :func:`_cue_forms` of ``text[start:end]`` to ``found``, scanning ``copy``:
    :func:`_scan_copy` of ``text[shift:]`` or more, with ``shift < start`` unless both are 0."""
    after = 0  # where the last form of several words ended: no form starts inside it
    shift -= 1  # now copy[i] is text[i + shift], and the space before text[start] is at start - shift - 1
    for match in _CUE_WORD.finditer(copy, start - shift - 1, end - shift):
        word_start, word_end = match.span(1)  # (the match is the space before and the word)
        cue_start, cue_end = word_start + shift, word_end + shift
        written = text[cue_start:cue_end]
        next_words = _CUE_FIRST_WORDS.get(written)
        if next_words is None or cue_start < after:
            continue  # not a first word as written, or inside the last form
        if (cue_start and text[cue_start - 1].isalnum()) or (
            cue_end < end and text[cue_end] != " " and _goes_on(text[cue_end])  # (mostly a space)
        ):
            continue  # a letter beyond latin-1 before it, or one of them, ’, ' or - after it
        if next_words is not _ALONE:
            cue_end = _form_end(text, cue_end, end, next_words)
            if cue_end < 0:
                continue
            after = cue_end
            written = text[cue_start:cue_end]
        found.append((cue_start, cue_end, written))


def _form_end(text: str, position: int, end: int, next_words: dict[str, Any]) -> int:
    """The end of the longest cue form whose first word ends at ``position``, -1 if none:
    each next word, lowercase after white space, is looked up in the tree ``next_words``."""
    form_end = position if "" in next_words else -1
    while len(next_words) > 1 or "" not in next_words:  # more words may follow
        match = _NEXT_WORD.match(text, position, end)
        if match is None or match.group(1) not in next_words:
            break
        next_words, position = next_words[match.group(1)], match.end()
        if "" in next_words and not (position < end and _goes_on(text[position])):
            form_end = position
    return form_end


# Capitalised cue forms count only at a sentence start ("Said Ellis:", "According to …"), and only
# forms that cannot be names or headline words ("States", "Report").
_CAPITALISED_CUES = frozenset(
    form
    for form in lexicon.CUE_FORMS
    if form.endswith(("ed", "ing")) or form in {"said", "told", "wrote", "according to"}
)
_DETERMINER_WORDS = ("the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your")
# What the last letter of a determiner matches in either case (ſ is a long s).
_DETERMINER_LAST = frozenset("eanstryEANSTRYſ")
# Their last two letters, "a" aside, in either case: an ASCII determiner of two letters or
# more ends with one of these.
_DETERMINER_ENDINGS = frozenset(
    first + last
    for word in _DETERMINER_WORDS
    if len(word) > 1
    for first in (word[-2], word[-2].upper())
    for last in (word[-1], word[-1].upper())
)
# An auxiliary right after a base form makes it the head of a subject, a noun (the peace plan has).
_AUXILIARY_AFTER = re.compile(
    r"[ \u00a0]+(?:has|have|had|is|was|are|were|will|would|could|can|may|might|should|must)\b"
)
# Particles that make a cue verb another verb (show up, back down, call off, write off).
_PARTICLE_AFTER = re.compile(r"[ \u00a0](?:up|off|down|away|around)\b")
_PARTICLE_STARTS = frozenset({"up", "of", "do", "aw", "ar"})  # their first two letters
_DETERMINER_BYTES = frozenset(word.encode() for word in _DETERMINER_WORDS)
_DETERMINER_BEFORE = re.compile(r"\b(?:" + "|".join(_DETERMINER_WORDS) + r")\s$", re.IGNORECASE)
_SENTENCE_OPENERS = frozenset(LINE_BREAKS + '.!?:“"')


def _starts_a_sentence(text: str, start: int) -> bool:
    """Is ``start`` at a text, paragraph or sentence start, indentation aside?"""
    position = start
    while position > 0 and start - position < 16 and text[position - 1].isspace():
        position -= 1
        if text[position] in _SENTENCE_OPENERS:
            return True  # a line break, indentation after it
    return position == 0 or text[position - 1] in _SENTENCE_OPENERS


def _after_determiner(text: str, copy: bytes, start: int) -> bool:
    """Does ``_DETERMINER_BEFORE`` match the 8 characters before ``start`` (the report)? Plain
    string tests where the text is ASCII: the search is the dearest test of the cue scan.
    (``copy``: :func:`_scan_copy` of ``text``.)"""
    if start < 2 or not text[start - 1].isspace():
        return False  # a match ends with white space
    if text[start - 1] != "\n":  # (before a line break the white space may be longer)
        if text[start - 2] not in _DETERMINER_LAST:
            return False  # and a determiner right before it
        # Most words that end like one (officials said) are not one: two letters tell, except
        # for "a" and where a letter is not ASCII (re may match it in another case).
        ending = text[start - 3 : start - 1]
        if start > 2 and ending not in _DETERMINER_ENDINGS and ending[1] not in "aA" and ending.isascii():
            return False
    before = text[start - 8 : start] if start > 8 else text[:start]
    if before[-1] == "\n" or not before.isascii():
        return _DETERMINER_BEFORE.search(before) is not None  # "$" before a line break; Unicode case
    # A determiner right before that white space, with no letter, digit or _ just before it: the
    # last word of the copy of the 7 characters before the space (ASCII, lowercase there).
    return copy[max(0, start - 7) : start].rsplit(b" ", 1)[-1] in _DETERMINER_BYTES


class _Cue:
    __slots__ = ("start", "end", "lemma", "frame", "used")

    def __init__(self, start: int, end: int, lemma: str, frame: str) -> None:
        self.start, self.end, self.lemma, self.frame = start, end, lemma, frame
        self.used = False


class _Found:
    """A quote before its speaker is resolved."""

    __slots__ = ("parts", "kind", "cue", "cue_end", "mention", "rule", "addressee", "rank")

    def __init__(
        self,
        parts: list[tuple[int, int]],
        kind: QuoteKind,
        cue: _Cue | None,
        mention: Mention | None,
        rule: str,
        addressee: tuple[int, int] | None = None,
    ) -> None:
        self.parts, self.kind, self.cue, self.mention, self.rule = parts, kind, cue, mention, rule
        self.cue_end = cue.end if cue else 0
        self.addressee = addressee
        # Which quote wins an overlap: attributed direct, then reported speech, then the rest.
        self.rank = 2 if kind is QuoteKind.DIRECT and cue is not None else 1 if cue is not None else 0


# Lemmas that name a topic, not content, in the attributions scope too: "She spoke with Ryabkov on
# missile restrictions" is no attribution (on PolNeAR train, 23 of the 110 that speak finds there
# are right with their source).
_TOPIC_LEMMAS = frozenset({"speak"})


class _Document:
    """One article: its paragraphs, units, quoted spans and cues, with lookups by offset."""

    def __init__(self, text: str, scope: str = "quotes") -> None:
        self.text = text
        # The cue lemmas that report content, those that do only when it carries a quote, and
        # whether a bare object (denied the allegations) is content: by scope.
        if scope == "attributions":
            self.reported_lemmas = (lexicon.CUE_REPORTED | lexicon.CUE_REPORTED_IF_QUOTED) - _TOPIC_LEMMAS
            self.quoted_lemmas: frozenset[str] = frozenset()
        else:
            self.reported_lemmas = lexicon.CUE_REPORTED
            self.quoted_lemmas = lexicon.CUE_REPORTED_IF_QUOTED
        self.bare_objects = scope == "attributions"
        self.paragraphs = paragraph_bounds(text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.quoted = find_quoted(text, self.paragraphs)
        self.quote_spans = [(q.open, q.close) for q in self.quoted]
        self.quote_starts = [q.open for q in self.quoted]
        # Units: sentences merged across quotes. Split for the whole text at once: the rules
        # look at the units of nearly every paragraph of a news article.
        self.units = _merge_across_quotes(
            all_sentence_bounds(text, self.paragraphs), self.quote_spans, self.quote_starts, self.paragraph_starts
        ) or [(0, 0)]
        self.unit_starts = [start for start, _ in self.units]
        self._mentions: dict[tuple[int, int], Mention | None] = {}
        # Quoted regions, marks included, for "is this offset inside a quote?"
        self.regions = sorted((start - 1, end + 1) for q in self.quoted for start, end in q.parts)
        self.region_starts = [start for start, _ in self.regions]
        self.dash_asides = _dash_asides(text)
        self.cues = []
        copy = _scan_copy(text)
        for start, end, written in self._cue_matches(copy):
            facts = _CUE_FACTS.get(written)
            if facts is None:  # words of a cue parted by other white space than one space, or a capital
                facts = _CUE_FACTS.get(" ".join(written.split()))
                if facts is None:
                    continue  # (a form that counts in lowercase only)
            lemma, frame, third_person, base_form, capitalised = facts
            if (start and text[start - 1] in "-’'") or _after_determiner(text, copy, start):
                continue  # so-called, ex-said; "the report"
            if capitalised and not _starts_a_sentence(text, start):
                continue  # "Said Ellis:", "According to …" count at a sentence start only
            if third_person and not _singular_subject_before(text, start):
                continue  # "his early-morning tweets", "NATO guarantees": a noun, not a verb
            if base_form and (not _plural_subject_before(text, start) or _AUXILIARY_AFTER.match(text, end)):
                continue  # "the presidential debate", "an email", "the peace plan has": a noun, not a verb
            if text[end + 1 : end + 3] in _PARTICLE_STARTS and _PARTICLE_AFTER.match(text, end):
                continue  # showed up, backed down, called off: another verb than the cue's
            self.cues.append(_Cue(start, end, lemma, frame))
        self.cue_starts = [cue.start for cue in self.cues]

    def _cue_matches(self, copy: bytes) -> list[tuple[int, int, str]]:
        """:func:`_cue_forms` over the whole text, less the forms inside quotes. Quotes that start
        and end with a mark are not searched: no cue counts in a quote, and none can run across
        a mark. One _scan_copy of the text (``copy``) serves every stretch between quotes."""
        text = self.text
        found: list[tuple[int, int, str]] = []
        position = 0
        searched_quotes = False
        for start, end in self.regions:
            if end > len(text) or not (_stops_cues(text[start]) and _stops_cues(text[end - 1])):
                searched_quotes = True  # a quote left open at a line break: searched like the rest
                continue
            # The opening mark is the last character a cue before it may look at.
            _add_cue_forms(text, copy, 0, position, start + 1, found)
            position = end  # a cue may start right after the closing mark
        _add_cue_forms(text, copy, 0, position, len(text), found)
        if searched_quotes:
            return [item for item in found if not self.inside_quote(item[0])]
        return found

    def inside_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self.region_starts, offset) - 1
        return index >= 0 and offset < self.regions[index][1]

    def quoted_between(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.region_starts, start)
        return index < len(self.regions) and self.regions[index][0] < end

    def unit(self, offset: int) -> tuple[int, int]:
        """The unit (sentence, merged across quotes) around ``offset``; between paragraphs,
        the last of the one before. (Searching from the second unit on, the index is never -1:
        the first unit is also the one before its start.)"""
        return self.units[bisect.bisect_right(self.unit_starts, offset, 1) - 1]

    def mention_before(self, lo: int, cue_start: int) -> Mention | None:
        """:func:`quotekit.speakers.mention_before`, remembered: several rules ask about one cue."""
        key = (lo, cue_start)
        if key in self._mentions:
            return self._mentions[key]
        mention = self._mentions[key] = mention_before(self.text, lo, cue_start)
        return mention

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset, 1) - 1  # (0 before the first, as unit)

    def first_cue(self, start: int, end: int) -> _Cue | None:
        """The first cue starting in [start, end), found by bisection."""
        index = bisect.bisect_left(self.cue_starts, start)
        return self.cues[index] if index < len(self.cues) and self.cues[index].start < end else None

    def last_cue(self, start: int, end: int) -> _Cue | None:
        """The last cue starting in [start, end), found by bisection."""
        index = bisect.bisect_left(self.cue_starts, end) - 1
        return self.cues[index] if index >= 0 and self.cues[index].start >= start else None

    def cues_between(self, start: int, end: int) -> list[_Cue]:
        first = bisect.bisect_left(self.cue_starts, start)
        last = bisect.bisect_left(self.cue_starts, end)
        return self.cues[first:last]


# What cue forms are written with, in either case (their words are joined by any white space).
_CUE_CHARACTERS = frozenset("".join(lexicon.CUE_FORMS)) | frozenset("".join(lexicon.CUE_FORMS).upper())


def _stops_cues(char: str) -> bool:
    """Can no cue form run over ``char``?"""
    return char not in _CUE_CHARACTERS and not char.isspace()


def _is_participle(text: str, cue: _Cue) -> bool:
    """Does the cue's first word end in -ing (saying, calling on)?"""
    if " " not in cue.lemma:  # a form of one word (the rules ask this of every cue: no split)
        # (the last letter first: most cues end otherwise, and need no slice)
        return text[cue.end - 1] in "gG" and text[cue.end - 3 : cue.end].lower() == "ing"
    return text[cue.start : cue.end].split()[0].lower().endswith("ing")


def _source_after_cue(text: str, cue: _Cue, limit: int) -> Mention | None:
    """The source phrase right after a cue (said Ryabkov, according to Ryabkov); none after a
    participle, whose next words are its object (…, referring to the convention)."""
    if _is_participle(text, cue) and cue.lemma != "according to":
        return None
    return mention_after(text, cue.end, limit)


def _third_person(form: str, lemma: str) -> bool:
    verb = form.split()[0]
    return verb != lemma.split()[0] and verb.endswith("s") and not verb.endswith("ss")


def _form_facts(form: str, lemma: str) -> tuple[str, str, bool, bool]:
    """(lemma, frame, 3rd-person form, base form) of a cue form: a 3rd-person form needs a
    singular subject before it, a base form (not *according*) a plural one."""
    verb, head = form.split()[0], lemma.split()[0]
    return lemma, lexicon.CUE_FRAMES[lemma], _third_person(form, lemma), verb == head != "according"


def _cue_facts() -> dict[str, tuple[str, str, bool, bool, bool]]:
    """:func:`_form_facts` of every cue form as the scan may find it written, lowercase or
    capitalised, and whether it is capitalised; a capitalised form counts only in
    :data:`_CAPITALISED_CUES`, so the others are left out."""
    facts: dict[str, tuple[str, str, bool, bool, bool]] = {}
    for form, lemma in lexicon.CUE_FORMS.items():
        form_facts = _form_facts(form, lemma)
        facts[form] = (*form_facts, False)
        if form in _CAPITALISED_CUES:
            facts[form[0].upper() + form[1:]] = (*form_facts, True)
    return facts


# Worked out once: the cue scan looks each match up here.
_CUE_FACTS = _cue_facts()


_ADVERBS_BEFORE_VERB = frozenset({"also", "now", "still", "often", "repeatedly"})


def _word_before(text: str, start: int) -> str | None:
    """The word before ``start``, over one adverb (she also says); None at a text or clause start."""
    if not start or not text[start - 1].isspace():
        return None
    # The last two words are enough (a conditional, not max(): this runs for most cues).
    words = (text[start - 40 : start] if start > 40 else text[:start]).rsplit(None, 2)
    if words and (words[-1] in _ADVERBS_BEFORE_VERB or words[-1].endswith("ly")):
        words.pop()
    return words[-1].strip('“”"‘') if words else None


def _singular_subject_before(text: str, start: int) -> bool:
    """Is the word before a 3rd-person verb form one that can be its subject (she, Clinton, the report)?"""
    word = _word_before(text, start)
    if not word:
        return False
    lower = word.lower()
    if lower in {"he", "she", "it", "who", "which", "that", "one"}:
        return True
    if lower in PLURAL_QUANTIFIERS:
        return False  # many calls, some questions: a noun after a quantifier
    if lower[-1:] == "s" and _SINGULAR_OF_PLURAL.search(text, max(0, start - 48), start):
        return True  # a singular head before "of" and a plural: an average of recent polls shows
    if lower in lexicon.SOURCE_NOUNS:
        return lexicon.SOURCE_NOUNS[lower][0] == "sg"
    if ("A" <= word[0] <= "Z") if word[0].isascii() else _CAPITAL.match(word):
        return lower not in lexicon.PRONOUNS
    # A lowercase singular noun (the tax commissioner says), not a modifier (early-morning tweets).
    return not (_noun_context(word) or "-" in word or (lower.endswith("s") and not lower.endswith("ss")))


_SINGULAR_OF_PLURAL = re.compile(
    r"\b(?:average|survey|poll|analysis|review|study|sample|majority|group|polling|number|tally)[ \u00a0]+of"
    r"(?:[ \u00a0]+[\w’'-]+){1,3}[ \u00a0]+$"
)


_BASE_FORM_BEFORE = frozenset(
    "i we you they will would could should may might must can cannot did do does to not n't n’t who which that".split()
)


# Words after which a base form like "debate", "email" or "report" is a noun, not a verb.
_NOUN_CONTEXT_WORDS = (
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "of", "in",
    "on", "at", "for", "with", "from", "by", "first", "second", "third", "last", "next", "final",
)
_ADJECTIVE_ENDINGS = ("al", "ial", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ern")
_NOUN_CONTEXT = regex.compile(
    r"(?:" + "|".join(_NOUN_CONTEXT_WORDS) + r"|\d+\w*|\w+['’]s?|\w+(?:" + "|".join(_ADJECTIVE_ENDINGS) + r"))$",
    regex.IGNORECASE,
)
_NOUN_CONTEXT_SET = frozenset(_NOUN_CONTEXT_WORDS)


def _noun_context(word: str) -> bool:
    """Is ``word`` one after which a base form is a noun (``_NOUN_CONTEXT``)? Plain string tests
    where the word is ASCII, and case is plain: the regex call costs more than the rest of a
    cue's checks."""
    if not word.isascii():
        return _NOUN_CONTEXT.fullmatch(word) is not None
    lower = word.lower()
    if lower in _NOUN_CONTEXT_SET:
        return True
    if lower.endswith("'s"):  # \w+['’]s?
        return _word_characters(lower[:-2])
    if lower.endswith("'"):
        return _word_characters(lower[:-1])
    # \d+\w* or \w+(?:al|ic|…): a digit first, or an adjective's ending after a word character
    return _word_characters(lower) and (lower[0].isdigit() or lower[1:].endswith(_ADJECTIVE_ENDINGS))


def _word_characters(ascii_word: str) -> bool:
    """Is ``ascii_word`` one or more of [A-Za-z0-9_], what the pattern calls word characters in ASCII?"""
    return ascii_word.replace("_", "a").isalnum()


_IN_NUMBER_BEFORE = re.compile(r"\bin\s+\d+\s+$")


def _plural_subject_before(text: str, start: int) -> bool:
    """Is a base verb form a verb here (they say, will add, officials say), not a noun (the debate)?"""
    word = _word_before(text, start)
    if not word:
        return False
    lower = word.lower()
    if lower in _BASE_FORM_BEFORE or lower.endswith(("n't", "n’t")):
        return True
    if lower in {"one", "each", "another", "every"}:
        return False  # one tweet, each report: a noun after a singular quantifier
    if lower in PLURAL_QUANTIFIERS or (lower.isdigit() and _IN_NUMBER_BEFORE.search(text, max(0, start - 16), start)):
        return True  # Many say, One in five say, Six in 10 say (not "five" read as an adjective, "10 debates")
    if lower in lexicon.SOURCE_NOUNS:
        return lexicon.SOURCE_NOUNS[lower][0] == "pl"
    return not (_noun_context(word) or _compound_noun_before(text, start))


# A determiner, and before it no preposition: "a roll call", "his private email" (not "voters in
# each state want", where the noun ends a phrase after the subject). Not "that", which may be a
# conjunction (he said that staff say …).
_COMPOUND_DETERMINERS = frozenset(_DETERMINER_WORDS) - {"that"}
_PREPOSITIONS_BEFORE_NOUN = frozenset({
    "in", "of", "for", "with", "from", "at", "on", "across", "to", "among", "around", "about", "by", "near",
    "inside", "outside", "under", "over",
})


def _compound_noun_before(text: str, start: int) -> bool:
    """Does a base form at ``start`` end a compound noun after a determiner (a roll call, the
    talk show, his private email)? Its word before is then a lowercase singular noun."""
    words = text[max(0, start - 60) : start].rsplit(None, 3)  # (the last three words are enough)
    if len(words) < 2:
        return False
    word = words[-1]
    lower = word.lower()
    if not (word[0].islower() and lower.isalpha()) or lower.endswith(("s", "men", "ren")) or lower in lexicon.PRONOUNS:
        return False  # also the plurals that end in no s: the fishermen say, the children say
    return words[-2].lower() in _COMPOUND_DETERMINERS and not (
        len(words) > 2 and words[-3].lower() in _PREPOSITIONS_BEFORE_NOUN
    )


def _merge_across_quotes(
    sentences: list[tuple[int, int]], quotes: list[tuple[int, int]], starts: list[int], paragraph_starts: list[int]
) -> list[tuple[int, int]]:
    """Join consecutive sentences of a paragraph whose boundary falls inside a quoted span
    (``starts``: the spans' starts; a quote over several paragraphs joins none of them)."""
    if len(sentences) < 2 or not quotes:
        return sentences
    merged = [sentences[0]]
    for start, end in sentences[1:]:
        index = bisect.bisect_right(starts, start) - 1
        if (
            index >= 0
            and quotes[index][0] < start < quotes[index][1]
            and paragraph_starts[bisect.bisect_right(paragraph_starts, start) - 1] != start
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _word_count(text: str, start: int, end: int) -> int:
    # Callers compare with small thresholds: counting at most ~2,000 characters keeps it bounded.
    return len(text[start : min(end, start + 2000)].split())


def _fewer_words(text: str, start: int, end: int, limit: int) -> bool:
    """``_word_count(text, start, end) < limit``, splitting no further than ``limit`` words."""
    return len(text[start : min(end, start + 2000)].split(None, limit - 1)) < limit


def _more_words(text: str, start: int, end: int, limit: int) -> bool:
    """``_word_count(text, start, end) > limit``; no split where the span is too short for that
    (n words take 2n - 1 characters), as most spans a quote's rules measure are."""
    return end - start > 2 * limit and not _fewer_words(text, start, end, limit + 1)


# --- direct quotes ------------------------------------------------------------


def _attribution_after(doc: _Document, index: int) -> tuple[_Cue | None, Mention, str, int] | None:
    """Cue and speaker right after a closing mark: (cue, mention, rule, end of the attribution)."""
    text = doc.text
    quoted = doc.quoted[index]
    paragraph_end = doc.paragraphs[quoted.paragraph][1]
    # Most quotes have neither a cue nor a dash after them in their paragraph: no attribution,
    # known before its reach (unit_end, within the paragraph) is worked out.
    cue = doc.first_cue(quoted.close, paragraph_end)
    if cue is None and _DASH.match(text, quoted.close, paragraph_end) is None:
        return None
    _, unit_end = doc.unit(quoted.close)
    if unit_end <= quoted.close + 1:
        # The closing mark ended its sentence (“…?” Smith asked.): read the next one too.
        unit_end = doc.unit(min(quoted.close + 2, paragraph_end))[1]
    unit_end = min(unit_end, paragraph_end)
    if index + 1 < len(doc.quoted):
        unit_end = min(unit_end, max(quoted.close, doc.quoted[index + 1].open))
    if cue is not None and cue.start >= unit_end:
        cue = None  # beyond the reach
    if cue is None:
        dash = _DASH.match(text, quoted.close, unit_end)
        if dash:
            start = dash.end()
            end = _rstrip_punct(text, start, min(unit_end, start + 160))
            if 0 < end - start <= 120 and end + 3 >= unit_end and _CAPITAL.match(text, start):
                # — Captain Ingrid Saltner, Operations Director, Nordlys Shipping
                name_end = text.find(",", start, end)
                if name_end < 0:
                    return None, Mention(start, end), "after-quote-dash", end
                role = text[name_end + 1 : end].strip()
                return None, Mention(start, name_end, role or None), "after-quote-dash", end
        return None
    if cue.used or cue.start - quoted.close > 600 or _more_words(text, quoted.close, cue.start, 40):
        return None
    if not text[quoted.close : cue.start].strip(_GAP):
        # “…,” said Ryabkov / “…,” according to Ryabkov
        mention = _source_after_cue(text, cue, unit_end)
        if mention is None:
            return None
        end = mention.end
    else:
        mention = doc.mention_before(quoted.close, cue.start)
        if mention is None:
            return None
        gap = text[quoted.close : mention.start].strip(_GAP)
        if gap:
            # “…” White House press secretary Josh Earnest said: the phrase began earlier.
            if (
                _more_words(gap, 0, len(gap), 4)
                or not _NOUN_MODIFIERS.fullmatch(gap)
                or not (_CAPITAL.match(gap) or gap.startswith(_GAP_DETERMINERS))
            ):
                return None  # his friend Mahamat Saleh Oumar told, not only capitalised titles
            if gap.split()[0].lower() not in _NOT_SUBJECTS:  # “…” But Ms. Capito said: not "But"
                mention = Mention(
                    quoted.close + text[quoted.close : mention.start].index(gap[0]), mention.end, mention.apposition
                )
        end = cue.end
    # “A.” She adds, “B.”: after a finished sentence, an attribution that leads into a quote is B's.
    # (The pattern first: it fails in its first 40 characters for nearly every quote.)
    if (
        index + 1 < len(doc.quoted)
        and _LEADS_INTO_QUOTE.fullmatch(text, end, doc.quoted[index + 1].open)
        and _ends_a_sentence(text, quoted.parts[-1][0], quoted.end)
    ):
        return None
    # What follows must end the attribution (“…,” he said Friday. / , but warned …), not be its content.
    if cue.lemma in _ADDRESSEE_LEMMAS and end == cue.end:
        addressee = _addressee_after(doc, cue, unit_end)
        if addressee is not None:
            end = addressee[1]  # “…,” Kasich told a crowd in Berea
    rest = text[end : min(unit_end, end + 200)]
    # “A.” Gov. McCrory said it would be “improper” …: the cue's content runs into the next quote.
    runs_into_quote = unit_end < paragraph_end and text[unit_end] in _OPENING_MARKS
    if _more_words(rest, 0, len(rest), 1 if runs_into_quote else 6) and not _ATTRIBUTION_REST.match(rest):
        return None
    return cue, mention, "after-quote", end


def _set_addressee(doc: _Document, item: _Found, cue: _Cue, limit: int) -> None:
    """Record who was told; a generic audience (*told reporters*) also joins the cue."""
    addressee = _addressee_after(doc, cue, limit)
    if addressee is not None:
        item.addressee = addressee
        if _GENERIC_AUDIENCE.fullmatch(doc.text, *addressee):
            item.cue_end = addressee[1]


def _addressee_after(doc: _Document, cue: _Cue, limit: int) -> tuple[int, int] | None:
    """Who was told: the phrase after *told*, *warned*, … up to a comma or the sentence end."""
    if cue.lemma not in _ADDRESSEE_LEMMAS:
        return None
    match = _ADDRESSEE.match(doc.text, cue.end, limit)
    if match is None:
        return None
    end = match.end(1)
    if doc.text[end - 1] == "." and not _INITIAL_BEFORE.search(doc.text, max(0, end - 4), end):
        end -= 1  # a full stop, not an initial
    return match.start(1), end


_INITIAL_BEFORE = regex.compile(r"(?:^|[\s.])\p{Lu}\.$")
_ADDRESSEE = regex.compile(
    r"[ \u00a0]+((?:(?:the|a|an|his|her|their|its)[ \u00a0]+)?[\p{L}][\p{L}'’.-]*"
    r"(?:[ \u00a0]+(?!(?:on|in|at|after|before|during|that|when|as|about|outside|inside|near|with|from|of|for|by|"
    + "|".join(lexicon.WEEKDAYS)
    + r")\b)[\p{L}\d][\p{L}\d'’.-]*){0,4}?)"
    r"(?=[ \u00a0]*(?:[,.;:!?]|$|[ \u00a0](?:on|in|at|after|before|during|as|when|about|outside|near|with|from|of|for|by)\b))"
)


_GAP = " ,\u00a0\t\u2009"
_GAP_DETERMINERS = ("his ", "her ", "their ", "its ", "the ", "his\u00a0", "her\u00a0", "their\u00a0", "the\u00a0")
_LEADS_INTO_QUOTE = re.compile(r"[^.!?“”\"]{0,40}[,:][ \u00a0]*")
# Up to four words of letters (fullmatch; one way to read each, so a miss fails fast).
_NOUN_MODIFIERS = regex.compile(r"[\p{L}\p{M}'’.-]+(?:[ \u00a0]+[\p{L}\p{M}'’.-]+){0,3}[ \u00a0]*")
_OPENING_MARKS = frozenset("“\"«„‘'")
_ATTRIBUTION_REST = regex.compile(
    r"[ \u00a0]*(?:[,.;:(—–-]|to[ \u00a0]+(?:the|a|an|his|her|their|reporters|journalists)\b"
    r"|(?:and|but|in|at|on|during|after|before|when|while|as|of|who|by|last|with|near|from|outside|amid|following|"
    + "|".join(lexicon.WEEKDAYS)
    + r")\b)"
)
# (re, not regex: no Unicode property in it, and re costs less per call; most quotes ask it.)
_DASH = re.compile(r"[ \u00a0]*[—–―]{1,2}[ \u00a0]*|[ \u00a0]+-{1,2}[ \u00a0]+")
_CAPITAL = regex.compile(r"[\p{Lu}\p{Lt}]")
_NOT_END_PUNCTUATION = re.compile(r"[^ .,;!?\u00a0]")
# (Greedy: fullmatch accepts the same gaps as with a lazy {0,100}?, which retries the rest at
# every character, ten times slower on a clause-long gap.)
_BEFORE_QUOTE_GAP = regex.compile(r"[^“”\"«»„]{0,100}(?:[:,]|\bthat)?[ \u00a0]*")


def _attribution_before(
    doc: _Document, quoted: Quoted, found_by_cue: dict[int, _Found]
) -> tuple[_Cue, Mention | None] | None:
    """Cue and speaker before an opening mark (He added: “…”), if the quote ends the sentence."""
    text = doc.text
    unit_start, unit_end = doc.unit(quoted.open)
    if _NOT_END_PUNCTUATION.search(text, quoted.close, unit_end):
        return None
    cue = doc.last_cue(unit_start, quoted.open)
    if cue is None or cue.used or quoted.open - cue.end > 200:
        return None
    gap = text[cue.end : quoted.open]
    if _more_words(text, cue.end, quoted.open, 8) or not _BEFORE_QUOTE_GAP.fullmatch(gap):
        return None
    if gap.strip() and not gap.rstrip().endswith((":", ",", " that")):
        return None
    if cue.lemma == "according to":
        return cue, mention_after(text, cue.end, quoted.open)
    left = text[max(unit_start, cue.start - 24) : cue.start]
    if _shared_subject_rule(text, left, cue) is not None:
        return cue, _subject_of_unit(doc, unit_start, cue, found_by_cue)
    if _passive_cue(text, cue):
        return cue, None  # Blumenthal was asked, “…”: who asked is not said
    mention = doc.mention_before(unit_start, cue.start)
    if mention is None:
        # He went on to say, “…” / Husted continued by saying, “…”: as for reported speech.
        mention = _subject_over_verb(doc, cue, _clause_start(doc, unit_start, cue.start), unit_start, found_by_cue)[0]
        if mention is None and "," in gap.rstrip(" \u00a0:,"):
            mention = _sentence_subject(doc, cue.end, quoted.open)  # Asked about it, he demurred: “…”
    if mention is None and gap.strip(" \u00a0:,"):
        mention = mention_after(text, cue.end, quoted.open)  # Said Comey, “…” / explained Rosenberg: “…”
    return cue, mention


_COMMA = re.compile(r"[ \u00a0]*,[ \u00a0]*")


def _comma_end(text: str, position: int, limit: int) -> int:
    """Where a comma at ``position`` (perhaps after spaces) and the spaces after it end, else -1.
    The character at ``position`` decides most calls without the pattern."""
    if position >= limit or text[position] not in ", \u00a0":
        return -1
    if text[position] == " " and (position + 1 >= limit or text[position + 1] not in ", \u00a0"):
        return -1  # one space and a word: the common case after a cue or a name
    comma = _COMMA.match(text, position, limit)
    return -1 if comma is None else comma.end()


_THAT_OR_QUOTE = regex.compile(r"\bthat\b|[:;“\"]")


def _ends_a_sentence(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end with sentence punctuation (closing marks aside)?"""
    return text[max(start, end - 12) : end].rstrip("”’\"'»)] ").endswith((".", "!", "?", "…"))


def _clearly_a_quotation(doc: _Document, quoted: Quoted) -> bool:
    """A quote with no cue counts only if it is more than a scare quote or a title."""
    text = doc.text
    if len(quoted.parts) > 1:
        return True
    start, end = quoted.parts[0]
    if quoted.open == doc.paragraphs[quoted.first_paragraph][0]:
        return _more_words(text, start, end, 2)
    return _more_words(text, start, end, 5) and (
        _ends_a_sentence(text, start, end) or text[max(start, end - 12) : end].rstrip("”’\"' ").endswith(",")
    )


def _continues(doc: _Document, index: int, attribution_end: int) -> bool:
    """Does quote ``index + 1`` continue quote ``index`` after its attribution (“A,” he said. “B.”)?

    Between the attribution and the next opening mark there may be the rest of the
    attribution (*, laughing.*, *after the cabinet meeting.*), but no other cue.
    """
    if index + 1 >= len(doc.quoted):
        return False
    quoted, following = doc.quoted[index], doc.quoted[index + 1]
    if following.first_paragraph != quoted.paragraph:
        return False
    if following.open - attribution_end > 400:
        return False
    gap = doc.text[attribution_end : following.open]
    if not _is_split_gap(gap) or _more_words(gap, 0, len(gap), 40):
        return False
    # Another cue there starts another attribution; not "he said, laughing.", nor one in a relative
    # clause about the speaker (said Roy Hermann, 65, who caucused for Sanders but showed up …).
    relative = _RELATIVE_CLAUSE.search(gap) if "," in gap else None
    cues_end = attribution_end + relative.start() if relative else following.open
    if any(not doc.text[c.start : c.end].endswith("ing") for c in doc.cues_between(attribution_end, cues_end)):
        return False
    later = doc.first_cue(following.close, min(doc.unit(following.close)[1], following.close + 300))
    if later is not None and _more_words(doc.text, following.close, later.start, 2):
        return False  # “B” to drive up the stock price, she said: B leads into a reported sentence of its own
    return _attribution_after(doc, index + 1) is None


# What the rest of an attribution before the next quote may not hold: a quote mark, ! or ?, or a
# full stop before white space (a sentence end), unless after a title.
_NOT_IN_SPLIT_GAP = regex.compile(r"[“”\"«»„!?]|\.(?!\S)(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr)\.)")


def _is_split_gap(gap: str) -> bool:
    """Is ``gap`` the rest of an attribution before the next quote opens: at most 260 characters,
    a stop, comma, colon or semicolon, then spaces? (One search, not a pattern step per character:
    the stop is the last character before the spaces, and nothing before it may break the rest.)"""
    stop = len(gap.rstrip(" \u00a0")) - 1
    if not 0 <= stop <= 260 or gap[stop] not in ".,;:":
        return False
    broken = _NOT_IN_SPLIT_GAP.search(gap)
    return broken is None or broken.start() >= stop


_NOT_LEAD_IN_ENDS = frozenset(":,(—–-")


def _unquoted_lead_in(doc: _Document, quoted: Quoted) -> int | None:
    """Start of the unquoted words that lead into a quote in the same sentence (*No Child Left
    Behind was* “…”), or None when the quote opens the sentence or follows a colon or another quote."""
    unit_start, _ = doc.unit(quoted.open)
    index = bisect.bisect_right(doc.region_starts, quoted.open) - 1  # regions before this quote
    start = max(unit_start, doc.regions[index - 1][1] if index >= 1 else unit_start)
    lead_end = rstrip_space(doc.text, start, quoted.open)
    # Three words take five characters; a colon, comma or dash before the quote (she said:)
    # ends any lead-in: both decide it before the sentences are split, which keeps its end.
    if lead_end - start < 5 or doc.text[lead_end - 1] in _NOT_LEAD_IN_ENDS:
        return None
    # Units run on across quotes; the lead-in is only the quote's own sentence.
    sentence_starts = [s for s, _ in sentence_bounds(doc.text, start, min(quoted.open + 2, len(doc.text)))]
    start = max([s for s in sentence_starts if s < quoted.open], default=start)
    if not _more_words(doc.text, start, lead_end, 2):
        return None
    cue = doc.last_cue(start, lead_end)
    if cue is not None:
        if rstrip_space(doc.text, cue.end, lead_end) == cue.end:
            return None  # Feinstein said "…": the quote itself is what was said
        start = cue.end  # DuVernay said she felt … “…,” she said: what follows the first cue
        leading = _LEADING_PUNCT.match(doc.text, start)  # never None: it matches the empty string
        that = _THAT_WORD.match(doc.text, leading.end() if leading else start)
        if that:
            start = that.end()
    lead = doc.text[start:lead_end]
    return start + len(lead) - len(lead.lstrip())


def _direct_quotes(doc: _Document, people: People) -> list[_Found]:
    found: list[_Found] = []
    found_by_cue: dict[int, _Found] = {}
    previous: _Found | None = None  # the last attributed direct quote, for follow-ons
    skip = -1
    for index, quoted in enumerate(doc.quoted):
        if index == skip:
            continue
        after = _attribution_after(doc, index)
        if after is not None:
            cue, mention, rule, attribution_end = after
            if cue is not None:
                cue.used = True
            parts = list(quoted.parts)
            if _continues(doc, index, attribution_end):
                parts.extend(doc.quoted[index + 1].parts)
                skip = index + 1
            previous = _Found(parts, QuoteKind.DIRECT, cue, mention, rule)
            lead_in = _unquoted_lead_in(doc, quoted) if cue is not None else None
            if lead_in is not None:
                # No Child Left Behind was “very assertive,” said Orfield: the whole sentence is his.
                parts[0] = (lead_in, min(parts[0][1] + 1, quoted.close))
                previous.kind = QuoteKind.MIXED
            found.append(previous)
            if cue is not None:
                found_by_cue[cue.start] = previous
                if mention is not None and mention.end <= cue.start:
                    _set_addressee(doc, previous, cue, doc.unit(cue.start)[1])
            continue
        before = _attribution_before(doc, quoted, found_by_cue)
        if before is not None:
            before_cue, before_mention = before
            before_cue.used = True
            previous = _Found(list(quoted.parts), QuoteKind.DIRECT, before_cue, before_mention, "before-quote")
            found.append(previous)
            found_by_cue[before_cue.start] = previous
            continue
        if not _clearly_a_quotation(doc, quoted):
            continue
        item = _context_quote(doc, quoted, previous, people)
        found.append(item)
        if item.mention is not None:
            previous = item
    return found


_DASH_LINE = regex.compile(r"[ \u00a0]*[-—–―]{1,2}[ \u00a0]*(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}?)\.?[ \u00a0]*")


def _context_quote(doc: _Document, quoted: Quoted, previous: _Found | None, people: People) -> _Found:
    """A quote with no cue of its own: the paragraph before, the sentence before, or a follow-on."""
    text = doc.text
    parts = list(quoted.parts)
    paragraph = quoted.first_paragraph
    paragraph_start = doc.paragraphs[paragraph][0]
    if quoted.open == paragraph_start and paragraph > 0:
        last_start, last_end = doc.paragraphs[paragraph - 1]
        if text[last_end - 1] == ":":
            cue = doc.last_cue(last_start, last_end)
            if cue is not None and not cue.used:
                cue.used = True
                mention = doc.mention_before(doc.unit(cue.start)[0], cue.start)
                if mention is None:
                    mention = mention_after(text, cue.end, last_end)  # Stated Stone: ¶ “…”
                return _Found(parts, QuoteKind.DIRECT, cue, mention, "previous-paragraph")
    # “…” ¶ - Sanders. ¶: a paragraph of a dash and a name after the quote's own (fact-check style).
    paragraph_end = doc.paragraphs[quoted.paragraph][1]
    if quoted.paragraph + 1 < len(doc.paragraphs) and not text[quoted.close : paragraph_end].strip():
        next_start, next_end = doc.paragraphs[quoted.paragraph + 1]
        signed = _DASH_LINE.fullmatch(text, next_start, next_end)
        if signed is not None:
            name_end = _rstrip_punct(text, signed.start(1), signed.end(1))  # not the full stop
            return _Found(parts, QuoteKind.DIRECT, None, Mention(signed.start(1), name_end), "after-quote-dash")
    # He demurred: “…” / …, but he gave the Texan a back-handed compliment: “…”: the clause's subject.
    unit_start, _ = doc.unit(quoted.open)
    lead_end = rstrip_space(text, unit_start, quoted.open)
    if lead_end > unit_start and text[lead_end - 1] == ":":
        clause_start = _word_start(text, _clause_start(doc, unit_start, quoted.open - 1))
        mention = _sentence_subject(doc, clause_start, lead_end)
        if mention is not None:
            return _Found(parts, QuoteKind.DIRECT, None, mention, "before-colon")
    # The person named in the sentence before the quote, in this paragraph or the one before.
    if lead_end > unit_start:
        context = (unit_start, quoted.open)
    elif unit_start > 0:
        context = doc.unit(unit_start - 1)
        if doc.paragraph(context[0]) < paragraph - 1:
            context = None
    else:
        context = None
    if context is not None and not doc.quoted_between(*context):
        mention = people.first_between(*context)
        if mention is not None:
            return _Found(parts, QuoteKind.DIRECT, None, mention, "previous-sentence")
    if previous is not None and previous.mention is not None:
        if paragraph - doc.paragraph(previous.parts[-1][1]) <= 2:
            return _Found(parts, QuoteKind.DIRECT, None, previous.mention, "follow-on")
    return _Found(parts, QuoteKind.DIRECT, None, None, "unattributed")


# --- reported speech ----------------------------------------------------------

_COORDINATED = re.compile(r"(?:,[ \u00a0]*|[ \u00a0]+)(?:but|and|yet)[ \u00a0]+(?:also[ \u00a0]+|then[ \u00a0]+)?$")


def _may_coordinate(text: str) -> bool:
    """A quick test before ``_COORDINATED``, which cannot match without one of its conjunctions."""
    return "and" in text or "but" in text or "yet" in text


# ", saying", ", also saying", ", falsely suggesting", ", not even suggesting"
_PARTICIPLE = regex.compile(r",[”\"’']?[ \u00a0]*(?:(?:also|not|even|always|\w+ly)[ \u00a0]+){0,2}$")


def _that_within(words: int) -> regex.Pattern[str]:
    """A "that" at most ``words`` words ahead, with no punctuation before it."""
    return regex.compile(r"(?:[ \u00a0]+[^\s,;:.“”\"]+){1,%d}?[ \u00a0]+that\b" % words)


_THAT_AHEAD = _that_within(8)
# told one of his young John Birch Society protégés on a regular basis that …: addressees run longer.
_ADDRESSEE_THAT_AHEAD = _that_within(12)
_OBJECT = regex.compile(
    r"[ \u00a0]+(?:him|her|them|me|us|you|(?:the[ \u00a0]+)?(?:reporters|journalists|press|media|audience|crowd))\b"
)
_GENERIC_AUDIENCE = re.compile(r"(?:the[ \u00a0]+)?(?:reporters|journalists|press|media|audience|crowd)")
_PREPOSITIONS_AHEAD = (
    "in", "on", "at", "via", "during", "through", "over", "from", "to", "before", "after", "while", "when", "early",
    "late", "last",
)
_PREPOSITION_AHEAD = regex.compile(r"[ \u00a0]+(?:" + "|".join(_PREPOSITIONS_AHEAD) + r")\b")
# What each phrase that may stand between a cue and its content starts with, as a trie: one
# match tells faster than ``str.startswith`` with the tuple of its 52 words.
_WORD_BEFORE_CONTENT = re.compile(_trie_pattern([*_PREPOSITIONS_AHEAD, *_SPEECH_PREPOSITIONS, *_TIME_STARTS]))
# told jurors / warned lawmakers: one plural noun, perhaps after a determiner
_PLURAL_AHEAD = regex.compile(
    r"[ \u00a0]+((?:(?:the|his|her|their|its)[ \u00a0]+)?[a-z]+(?:ers|ors|ists|ians|ants|ents|men|MPs|s))\b"
)
# An addressee's name, with the number of a channel or station (told Fox News 6 on Tuesday).
_NAME_AHEAD = regex.compile(
    r"[ \u00a0]+(?:(?:the|his|her|their|its)[ \u00a0]+)?\p{Lu}[\p{L}'’.\-]*(?:[ \u00a0]\p{Lu}[\p{L}'’.\-]*)*"
    r"(?:[ \u00a0]\d{1,3}\b(?![ \u00a0]*(?:%|percent|per\b)))?"
)
_SUBJECT_AT_START = regex.compile(
    r"[\"“”'‘]*(?:(?:[Tt]he[ \u00a0]+)?\p{Lu}[\p{L}\p{M}'’.\-]*"
    r"(?:[ \u00a0](?:and[ \u00a0]|of[ \u00a0])?\p{Lu}[\p{L}\p{M}'’.\-]*)*"
    r"|(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\b)"
)


# A preposition or determiner after a capitalised -ing or -ed word: a participle opens the
# sentence (Speaking to reporters, …), not a name (King said, Reed told).
_PHRASE_AFTER_PARTICIPLE = re.compile(r"[ \u00a0]+(?:on|at|about|by|to|for|with|in|over|from|after|the|a|an|his|her)\b")

_NOT_SUBJECTS = frozenset(
    "in on at for with from by after before during as but and or so yet if when while since "
    "although though because however meanwhile still also then now asked last this that "
    "these those there here what why how about today yesterday tonight earlier later once "
    # Adverbs and prepositions that open a sentence: Instead, …; Outside the arena, …
    "instead likewise indeed otherwise again besides nevertheless nonetheless thus hence therefore rather "
    "overall even just outside inside amid despite following under over without within across against among "
    "toward towards until upon".split()
)


def _shared_subject_rule(text: str, left: str, cue: _Cue) -> str | None:
    """The rule when a cue shares its sentence's subject: coordinated (…, but said …) or
    participle (…, saying …); None otherwise. ``left`` is the text just before the cue."""
    if _may_coordinate(left) and _COORDINATED.search(left):
        return "coordinated"
    if "," in left and _is_participle(text, cue) and _PARTICIPLE.search(left):
        return "participle"
    return None


def _subject_of_unit(doc: _Document, unit_start: int, cue: _Cue, found_by_cue: dict[int, _Found]) -> Mention | None:
    """The subject a participle or coordinated cue shares: an earlier cue's speaker, else the name
    or pronoun that opens the sentence (after *But*, *And*, or an opening phrase and its comma)."""
    for earlier in reversed(doc.cues_between(max(unit_start, cue.start - 600), cue.start)):
        item = found_by_cue.get(earlier.start)
        if item is not None and item.mention is not None:
            return item.mention
    return _sentence_subject(doc, unit_start, cue.start)


def _sentence_subject(doc: _Document, start: int, end: int) -> Mention | None:
    """The name or pronoun that opens ``text[start:end]``, after a conjunction or after an
    opening phrase and its comma (In an interview with the Journal, Trump doubled down …)."""
    text = doc.text
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()  # BUENA PARK, Calif. - Hillary Clinton …: the place is no subject
    mention = _subject_at(text, start, end)
    if mention is None or _lone_opening_word(text, mention, end):
        comma = text.find(", ", start, end)
        opening = mention
        for _ in range(3):  # On Thursday, after a long silence, Warren …: the phrases may be several
            if comma < 0 or doc.inside_quote(comma):
                break
            mention = _subject_at(text, comma + 2, end)
            if mention is not None:
                break
            comma = text.find(", ", comma + 2, end)
        mention = mention or opening
    return mention


# A dateline: WASHINGTON — / BUENA PARK, Calif. - / ORLANDO, Fla. (Reuters) - / Washington (AFP) –
_AGENCY = r"(?:[ \u00a0]+\((?:AP|AFP|Reuters|UPI|dpa)\))"
_DATELINE = regex.compile(
    r"(?:\p{Lu}[\p{Lu}\p{M} .'’\-]+(?:,[ \u00a0]+[\p{L}. ]{2,20}(?:[ \u00a0]+\d{1,2})?)?" + _AGENCY + "?"
    r"|\p{Lu}\p{Ll}+" + _AGENCY + r")[ \u00a0]+[-—–]{1,2}[ \u00a0]+"
)


def _lone_opening_word(text: str, mention: Mention, end: int) -> bool:
    """Is the mention one capitalised word, no pronoun, before a lowercase one (Hours later,
    Outside the arena, Speaking in …)? Before a comma, that is an opening phrase, not a name."""
    return (
        mention.end + 1 < end
        and text[mention.end] == " "
        and text[mention.end + 1].islower()
        and text.find(" ", mention.start, mention.end) < 0
        and text[mention.start : mention.end].lower() not in lexicon.PRONOUNS
    )


_LEADING_CONJUNCTION = re.compile(r"(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o)[ \u00a0]+")


def _subject_at(text: str, start: int, end: int) -> Mention | None:
    """A name or pronoun subject right at ``start``, or None."""
    conjunction = _LEADING_CONJUNCTION.match(text, start, end)
    if conjunction is not None:
        start = conjunction.end()  # But the court overruled … and said
    match = _SUBJECT_AT_START.match(text, start, end)
    if match is None:
        return None
    first_word = match.group().split()[0].lower().strip("\"“”'‘")
    if first_word in _NOT_SUBJECTS or first_word.endswith("ly"):
        return None  # In 2010, Recently, About 80 percent: not a subject
    if first_word.endswith(("ing", "ed")) and _PHRASE_AFTER_PARTICIPLE.match(text, match.end(), end):
        return None  # Pressed on the budget, Smiling at the crowd: an opening phrase
    start = match.start() + len(match.group()) - len(match.group().lstrip("\"“”'‘"))
    if first_word in _OPENING_DETERMINERS and " " not in match.group().strip():
        return _noun_phrase_at(text, start, match.end(), end)  # The ministers, A spokesman: not The, A
    return Mention(start, match.end())


_OPENING_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "that", "this", "these", "those"})
# Words that end a noun phrase after a determiner: prepositions, conjunctions, auxiliaries.
_NOT_IN_NOUN_PHRASES = frozenset({
    "of", "for", "in", "at", "on", "and", "but", "or", "who", "that", "which", "with", "to", "from", "by", "also",
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "may", "might", "should",
    "did", "does", "do", "not", "said", "says", "say", "the", "a", "an", "later", "then", "now", "today", "again",
    "still", "already",
})
_LOWER_WORDS = re.compile(r"(?:[ \u00a0]+[a-z][a-z’'-]*){1,3}")


def _noun_phrase_at(text: str, start: int, determiner_end: int, end: int) -> Mention:
    """A determiner and its noun: the lowercase words after it up to a verb's look (-ed, -s after
    the first word, an auxiliary, an adverb) or a preposition, cut after their last word that
    names a source (The ministers met …, His former deputy agreed, A spokesman for …); the
    determiner alone if no lowercase word follows (The 5th District's …)."""
    match = _LOWER_WORDS.match(text, determiner_end, end)
    phrase_end = determiner_end
    if match is None:
        return Mention(start, phrase_end)
    position = determiner_end
    named_end = 0
    for index, word in enumerate(match.group().split()):
        named = word.rpartition("-")[2] in lexicon.SOURCE_NOUNS
        plural = word.endswith("s") and not word.endswith("ss")
        if not named and (word in _NOT_IN_NOUN_PHRASES or word.endswith(("ed", "ly")) or (index and plural)):
            break  # (an -s word after the first is a verb: The piece says)
        position = text.index(word, position) + len(word)
        phrase_end = position
        if named:
            named_end = position
        elif plural:
            break  # a plural noun first is the head: The traders met …
    return Mention(start, named_end or phrase_end)


# Where a second attribution breaks off reported content: ", he said", "— and he noted", " and warned",
# ", when he claimed".
_CLAUSE_BREAK = re.compile(
    r"(?:[,;—–][ \u00a0]*(?:(?:and|but|yet|while|whereas|although|though|even[ \u00a0]as"
    r"|when|as|after|because|since|if)[ \u00a0]+)?"
    r"|[ \u00a0]+(?:and|but|yet)[ \u00a0]+)$"
)
# A conjunction and a new pronoun subject start a clause of the writer's: "…, but he did not apologize".
_NEW_CLAUSE_CORE = r"(?:and|but|yet|while|so)[ \u00a0]+(?:he|she|they|we|I|it)[ \u00a0]"
_NEW_CLAUSE = regex.compile(r"(?:,[ \u00a0]*|[ \u00a0]+)" + _NEW_CLAUSE_CORE + r"[ \u00a0]*\w")
# Its middle, without which it cannot match: the stdlib re finds that (or its absence) faster.
_MAY_BE_NEW_CLAUSE = re.compile(_NEW_CLAUSE_CORE)
# The same after a space, all a span with no comma and no no-break space can hold: faster still
# (the stdlib re looks for the space alone, and tries the rest only there).
_MAY_BE_NEW_CLAUSE_AFTER_SPACE = re.compile(" " + _NEW_CLAUSE_CORE)
_CIRCUMSTANCE = regex.compile(
    r"[ \u00a0]+(?:(?:on|last|this|early|late)[ \u00a0]+)?(?:"
    + "|".join(lexicon.WEEKDAYS)
    + r"|week|month|during|in[ \u00a0]+an?[ \u00a0]+(?:tweet|statement|interview|post|speech|op-ed|letter))\b"
)
# “ too: some copy closes quotes with an opening mark (called the KKK “abhorrent“).
_CLOSING_MARKS = frozenset("”\"’'»“")
_COMMA_THEN_CLOSE = frozenset({',”', ',"', ",’", ",'"})
_LONGEST_CONTENT = 1500
# What may start a second attribution: a comma, dash or conjunction. (The lookbehind after the
# word stands for the \b before it, so that the stdlib re looks for its first letters only.)
_BREAK_MARK_OR_WORD = re.compile(r"[,;—–]|(?:and|but|yet)(?<!\w...)\b")
# A non-restrictive relative clause ends reported content: "…pneumonia, which forced her…",
# "…in Des Moines, where he drew a crowd of 5,000";
# so does a contrast (", while the program's host sought …", ", whereas …").
_RELATIVE_CLAUSE = regex.compile(r",[ \u00a0]+(?:which|who|whom|whose|while|whereas|where)\b")
# Its start, without which it cannot match: a pattern that starts with a comma is found fast.
_MAY_BE_RELATIVE = re.compile(r",[ \u00a0]+wh")


# A comma before "compared with" starts the writer's comparison, not the source's words:
# "Six in 10 said …, compared with 23 percent who …". (", a plan he has since modified" too on
# train, but it tipped two cues' reliability and cost F1 on dev.)
_COMPARED = regex.compile(r",[ \u00a0]+compared[ \u00a0]+(?:with|to)[ \u00a0]")


# A concessive clause after a comma or dash is the writer's: "…such a quarantine, even though she
# did not carry the virus", "… — though it is unclear …" (", while …" ends it as _RELATIVE_CLAUSE).
_CONCESSIVE = re.compile(
    r"(?:,|[ \u00a0]+[-—–]{1,2})[ \u00a0]+(?:although|though|even[ \u00a0]+though|even[ \u00a0]+as)\b"
)
# One or two words and a comma after such a word make it an aside: "a crucial, although brief, chance".
_PARENTHETICAL = re.compile(r"(?:[ \u00a0]+[\w’'-]+){1,2},")


# A comma, "and" and a second clause with its own subject and a finite verb close after it
# (an auxiliary, or -ed) are the writer's next statement: "…lower its forecast this year, and the
# downgrade is casting a shadow …". Not after a list's short items (the border, the budget, and
# the quotas would …); "who", "that" or "which" before the verb makes the noun phrase's own clause.
_AND_CLAUSE = re.compile(
    r", and[ \u00a0]+(?:the|a|an|many|both|some|most|his|her|their|its|[A-Z][\w.’'-]*)"
    r"(?:[ \u00a0]+(?!who\b|that\b|which\b)[\w.’'-]+){0,4}?[ \u00a0]+"
    r"(?:has|have|had|is|are|was|were|will|would|could|can|did|does|do|may|might|[a-z]+[a-df-z]ed)\b"
)


# A comma, "with", a few words and an -ing form are the writer's circumstance: "…announced tighter
# border controls on Tuesday, with the state's interior minister leveling sharp criticism …". Not
# with a number among the words (…44 percent to 37, with 13 percent supporting another …): a poll's
# figures, part of what it shows.
_WITH_ING = re.compile(r", with[ \u00a0]+(?:(?![\w’'.-]*\d)[\w’'.-]+[ \u00a0]+){1,5}?[a-z]+ing\b")


# A comma, an article, one to three words and a preposition or relative word start an apposition of
# the writer's: "…suspended 125,000 accounts, the first time it has publicized …", "…the
# Trans-Pacific Partnership, the 12-country trade deal the …", "…, a practice criticized by …".
_APPOSITION = re.compile(
    r",[ \u00a0]+(?:the|a|an)[ \u00a0]+[\w-]+(?:[ \u00a0]+[\w-]+){0,2}[ \u00a0]+"
    r"(?:that|who|whose|which|of|on|for|in|to|with|from|at|by)\b"
)


# A dash and an article after the content start the writer's aside on it: "…kill the families of
# terrorists — a controversial proposal he has raised …", "… – the Founding Father who …". Not
# when a second dash closes it (an apposition inside the content: "Mr. Sanders - an independent -
# would push …") nor after fewer than four words ("one of his proposals — the wall …").
_DASH_ASIDE = re.compile(r"(?:[—–―]|--|[ \u00a0]-)[ \u00a0]*(?:a|an|the)[ \u00a0]")


def _dash_asides(text: str) -> list[int]:
    """Where ``_DASH_ASIDE`` matches, in order: read once per document, with ``str.find`` for
    the dashes (a search for the pattern in each content costs more)."""
    found = []
    for dash in "—–―-":
        at = text.find(dash)
        while at >= 0:
            if dash != "-":
                if _DASH_ASIDE.match(text, at):
                    found.append(at)
            elif at and text[at - 1] in " \u00a0-" and _DASH_ASIDE.match(text, at - 1):
                found.append(at - 1)  # " - a" or "-- a"; not a hyphen inside a word
            at = text.find(dash, at + 1)
    return sorted(found)


def _may_be_concessive(text: str, start: int, end: int) -> bool:
    """A quick test before ``_CONCESSIVE``, which cannot match without one of these words."""
    return text.find("though", start, end) >= 0 or text.find("even", start, end) >= 0


def _relative_in_subject(doc: _Document, cue: _Cue, start: int, relative: int, end: int) -> bool:
    """Is the relative clause the content's subject's, with the verb after its closing comma (said
    Kowalski, who won the vote, would …)? Then the content goes on over it."""
    text = doc.text
    if cue.frame != "clause" or not _fewer_words(text, start, relative, 3):
        return False
    comma = text.find(", ", relative + 2, end)
    if comma < 0 or doc.first_cue(comma + 2, comma + 3) is not None:
        return False
    word = text[comma + 2 : comma + 20].split(None, 1)
    return bool(word) and word[0].isalpha() and word[0].islower() and word[0] not in _NOT_SUBJECTS


def _cut_at_first(doc: _Document, matches: Iterator[re.Match[str]] | Iterator[regex.Match[str]], end: int) -> int:
    """Where the first of ``matches`` outside quote marks starts, else ``end``."""
    for match in matches:
        if not doc.inside_quote(match.start()):
            return match.start()
    return end


def _content_end(doc: _Document, cue: _Cue, start: int, unit_end: int) -> int:
    """Where reported content after ``start`` stops: before a second attribution, else the sentence end."""
    text = doc.text
    # Reported content is never longer than this: the cap keeps a page-long "sentence" linear.
    end = min(unit_end, start + _LONGEST_CONTENT)
    # Two contents in three have no comma: the patterns that start with one need not run there.
    comma = text.find(",", start, end) >= 0
    relative = _RELATIVE_CLAUSE.search(text, start, end) if comma and _MAY_BE_RELATIVE.search(text, start, end) else None
    if (
        relative
        and not doc.inside_quote(relative.start())
        and not _PARENTHETICAL.match(text, relative.end(), end)
        and not _relative_in_subject(doc, cue, start, relative.start(), end)
    ):
        end = relative.start()
    may_be_new_clause = (
        _MAY_BE_NEW_CLAUSE if comma or text.find("\u00a0", start, end) >= 0 else _MAY_BE_NEW_CLAUSE_AFTER_SPACE
    )
    new_clause = _NEW_CLAUSE.search(text, start, end) if may_be_new_clause.search(text, start, end) else None
    if new_clause and not doc.inside_quote(new_clause.start()):
        end = new_clause.start()
    for concessive in _CONCESSIVE.finditer(text, start, end) if _may_be_concessive(text, start, end) else ():
        if _PARENTHETICAL.match(text, concessive.end(), end):
            continue  # a crucial, although brief, opportunity: an aside inside the content
        if not doc.inside_quote(concessive.start()):
            end = concessive.start()
            break
    semicolon = text.find(";", start, end)
    if semicolon >= 0 and not doc.inside_quote(semicolon):
        end = semicolon  # "…a single-payer system; Mrs. Clinton aims…": a second clause
    for clause in _AND_CLAUSE.finditer(text, start, end) if comma and text.find(", and", start, end) >= 0 else ():
        item = text.rfind(",", start, clause.start())
        if item >= 0 and _fewer_words(text, item + 1, clause.start(), 4):
            continue  # the last item of a list: the border, the budget, and the quotas would …
        if not doc.inside_quote(clause.start()):
            end = clause.start()
            break
    # (Each pattern runs only where a literal it needs is there: cheaper first.)
    if comma and (text.find(", a", start, end) >= 0 or text.find(", the", start, end) >= 0):
        end = _cut_at_first(doc, _APPOSITION.finditer(text, start, end), end)
    if comma and text.find(", with", start, end) >= 0:
        end = _cut_at_first(doc, _WITH_ING.finditer(text, start, end), end)
    index = bisect.bisect_left(doc.dash_asides, start)
    if index < len(doc.dash_asides) and doc.dash_asides[index] < end:
        dash = doc.dash_asides[index]
        dash_aside = _DASH_ASIDE.match(text, dash)
        if (
            dash_aside
            and not doc.inside_quote(dash)
            and not _DASH.search(text, dash_aside.end(), end)
            and not _fewer_words(text, start, dash, 4)
        ):
            end = dash
    if comma and text.find("compared", start, end) >= 0:
        end = _cut_at_first(doc, _COMPARED.finditer(text, start, end), end)
    for later in doc.cues_between(start, end):
        participle = _is_participle(text, later)
        reports = later.lemma in doc.reported_lemmas
        if reports or later.lemma in doc.quoted_lemmas:  # (no other cue is its source's next act)
            window = max(start, later.start - 24)
            coordinated = (
                _COORDINATED.search(text, window, later.start) if _may_coordinate(text[window : later.start]) else None
            )
            if (
                coordinated
                and (reports or text[coordinated.start() - 1] in _CLOSING_MARKS)
                and not doc.inside_quote(coordinated.start())
            ):
                end = coordinated.start()  # "…“very charming” and called his standing …": the source's next act
                break
        # A noun-phrase cue breaks the content off only when it reports and has a subject of its
        # own (…exceeds $10 billion, all of the research firms put him far lower): the content
        # after it is that subject's.
        np_later = later.frame == "np" and not participle and later.lemma != "according to"
        if np_later and not reports:
            continue
        before_later = rstrip_space(text, start, later.start)
        if participle and text[before_later - 2 : before_later] in _COMMA_THEN_CLOSE:
            end = before_later  # …“in a position to win this race,” adding that …
            break
        if reports and before_later > start and text[before_later - 1] == ",":
            # "…, who voted against the bill, said …": the content so far was an apposition.
            end = _rstrip_punct(text, start, later.start)
            break
        near = max(start, later.start - 140)
        if not _BREAK_MARK_OR_WORD.search(text, near, later.start):
            continue  # no comma, dash or conjunction close enough to start a second attribution
        mention = None if later.lemma == "according to" else doc.mention_before(start, later.start)
        head = mention.start if mention is not None else later.start
        clause_break = _CLAUSE_BREAK.search(text, max(start, head - 16), head)
        if clause_break is None or doc.inside_quote(clause_break.start()):
            continue
        if mention is None and (
            np_later
            or not (
                later.lemma == "according to"
                or participle
                or "and" in clause_break.group()
                or "but" in clause_break.group()
            )
        ):
            continue
        end = clause_break.start()
        break
    # A time or medium after a quote is the report's circumstance: called him a “disgrace” Wednesday.
    index = bisect.bisect_left(doc.region_starts, start)
    while index < len(doc.regions) and doc.regions[index][1] < end:
        close = doc.regions[index][1]
        if _CIRCUMSTANCE.match(text, close, end):
            end = close
            break
        index += 1
    return _rstrip_punct(text, start, end)


# White space and commas, as the patterns below skip them before a word: str.isspace (the stdlib's
# \s) covers every character the regex module's \s does.
_SPACE_OR_COMMA = re.compile(r"[\s,]*")


def _word_start(text: str, position: int) -> int:
    """Where the next word starts, past the white space and commas at ``position``. A pattern
    that skips them and reads one of its words there cannot match unless that word starts here:
    a quick test with ``str.startswith`` spares most regex calls."""
    after = text[position + 1 : position + 2]
    if text[position : position + 1] == " " and after != "," and not after.isspace():
        return position + 1  # one space before a word: the common case, read without the pattern
    skipped = _SPACE_OR_COMMA.match(text, position)  # never None: the pattern matches the empty string
    return skipped.end() if skipped else position


_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})


def _reported_content(
    doc: _Document, cue: _Cue, unit_end: int
) -> tuple[int, int, tuple[int, int] | None, int] | None:
    """Content after a cue, up to ``unit_end`` (the end of its unit): (start, end, addressee,
    cue end), or None when none follows."""
    text = doc.text
    position = cue.end
    addressee = None
    cue_end = cue.end
    if cue.lemma in _ADDRESSEE_LEMMAS:
        that = _ADDRESSEE_THAT_AHEAD.match(text, position, min(unit_end, position + 120))
        # told reporters / warned his Russian counterpart Vladimir Putin that / told Moscow
        audience = _OBJECT.match(text, position, unit_end)
        name = _NAME_AHEAD.match(text, position, unit_end)
        if audience:
            addressee = (position + len(audience.group()) - len(audience.group().lstrip()), audience.end())
            if _GENERIC_AUDIENCE.fullmatch(text, *addressee):
                cue_end = audience.end()
            position = audience.end()
        elif that:
            stop = that.end() - 4
            addressee = (position + 1, rstrip_space(text, position, stop))
            position = stop
        elif name:
            addressee = (position + len(name.group()) - len(name.group().lstrip()), name.end())
            position = name.end()
        elif cue.lemma in {"tell", "warn", "assure", "remind", "inform"} and (
            plural := _PLURAL_AHEAD.match(text, position, unit_end)
        ):
            addressee = (plural.start(1), plural.end(1))
            position = plural.end()
    ahead = _word_start(text, position)
    if _WORD_BEFORE_CONTENT.match(text, ahead):  # seldom: one test spares the three below
        if (
            cue.lemma not in _ADDRESSEE_LEMMAS
            and text.startswith(_PREPOSITIONS_AHEAD, ahead)
            and _PREPOSITION_AHEAD.match(text, position, unit_end)
        ):
            that = _THAT_AHEAD.match(text, position, min(unit_end, position + 120))
            if that:
                position = that.end() - 4  # said in the letter that / tweeted early Friday that
                ahead = _word_start(text, position)
        if text.startswith(_SPEECH_PREPOSITIONS, ahead):
            preposition = _SPEECH_PREPOSITION.match(text, position, unit_end)
            if preposition:
                position = preposition.end()
                ahead = _word_start(text, position)
        if text.startswith(_TIME_STARTS, ahead):
            time = _TIME_WORDS.match(text, position, unit_end)
            if time:
                position = time.end()
                # said Sunday on CNN that / announced Monday on Twitter that: the medium after the day
                preposition = _SPEECH_PREPOSITION.match(text, position, unit_end)
                if preposition:
                    position = preposition.end()
    start = position
    if position + 1 < unit_end and text[position] == " " and text[position + 1].isalnum():
        start = position + 1  # the common case, one space before a word: what _LEADING_PUNCT reads
    elif position < unit_end and (text[position].isspace() or text[position] in _LEADING_PUNCT_MARKS):
        lead = _LEADING_PUNCT.match(text, position, unit_end)
        start = lead.end() if lead else position
    that_word = _THAT_WORD.match(text, start, unit_end) if text.startswith("that", start) else None
    blockers = _BARE_OBJECT_BLOCKERS if doc.bare_objects else _CONTENT_BLOCKERS
    if that_word:
        start = that_word.end()
    else:
        # A blocker as the first word rejects the content below, wherever it ends (no end falls
        # inside a word of letters): test it before the dearer _content_end.
        head = text[start : min(unit_end, start + 16)].lower().split(None, 1)
        if len(head) == 2 and head[0] in blockers:
            return None
    end = _content_end(doc, cue, start, unit_end)
    if end <= start:
        return None
    words = text[start : min(end, start + 80)].lower().split()
    # Fewer than three words (those 80 characters hold them all, or all the first three) are a
    # bare object (denied the allegations), unless a pronoun makes them a clause (said she would).
    if (
        len(words) < 3
        and (end <= start + 80 or _fewer_words(text, start, end, 3))
        and not (len(words) == 2 and words[0] in _SUBJECT_PRONOUNS)
    ):
        if not doc.bare_objects:
            return None
        if that_word:
            start = that_word.start()  # rejected that argument: "that" is the object's determiner
    if not words:
        return None
    while len(words) > 1 and words[0].endswith("ly"):
        words.pop(0)  # known locally as, said angrily that
    first_word = words[0].strip("“\"‘'")
    if first_word in blockers and not that_word:  # "said that as president, …" is content
        return None
    return start, end, addressee, cue_end


_ATTRIBUTION_TAIL = regex.compile(
    r"(?:[ \u00a0]+[^\s,;:.“”\"]+){0,3}?[ \u00a0]+(?:as|when|after|before|while|during|in|at|on)\b"
)


def _source_after_mark(
    doc: _Document, unit_start: int, cue_start: int, marks: str, lead: bool = False
) -> tuple[Mention, int] | None:
    """The source right before a cue, when one of ``marks`` stands right before it (…, officials
    said): (its mention, the mark's offset), else None. With ``lead``, a few words the mention did
    not take in may stand between a comma and it (…, current and former officials said)."""
    mention = doc.mention_before(unit_start, cue_start)
    if mention is None:
        return None
    text = doc.text
    before_mention = rstrip_space(text, unit_start, mention.start)
    if (
        lead
        and before_mention > unit_start
        and text[before_mention - 1] not in marks
        and text[mention.start : mention.end].split(None, 1)[0].lower() not in _NOT_A_LED_SOURCE
    ):
        comma = text.rfind(",", max(unit_start, before_mention - 40), before_mention)
        if comma < 0 or not _SOURCE_LEAD.fullmatch(text, comma + 1, before_mention):
            return None
        if _more_words(text, comma + 1, cue_start, 7):
            return None
        before_mention = comma + 1
    if before_mention == unit_start or text[before_mention - 1] not in marks:
        return None
    return mention, before_mention - 1


# A pronoun or a relative after the words is a clause of the writer's: "…, a Sanders supporter
# who has …", "…, a charge that party leaders denied".
_NOT_A_LED_SOURCE = frozenset(lexicon.PRONOUNS) | {"who", "which", "that", "whom"}
# Up to three words before a source phrase that it did not take in: modifiers after "the", a
# possessive or a capital (the news site, the prime minister's, Portuguese newspaper) or a first
# conjunct (current and); no word that starts a clause or a prepositional phrase, and no verb form
# in -ing or -ed. Not "a": "…, a point Feinstein also acknowledged" is the writer's.
_LEAD_STOP = (
    r"(?!(?:and|but|or|so|yet|as|if|when|while|after|before|since|because|though|although|which|who|that"
    r"|in|on|at|for|with|from|by|to|of|about|into|over|than|he|she|they|it|we|I|is|was|are|were|has|had"
    r"|have|would|will|could|can|not|also)\b)"
)
_LEAD_WORD = r"[\p{L}][\p{L}’'.-]*(?<!ing)(?<!ed)"
_SOURCE_LEAD = regex.compile(
    rf"[ \u00a0]+(?:(?:the|his|her|their|its|\p{{Lu}}{_LEAD_WORD})(?:[ \u00a0]+{_LEAD_STOP}{_LEAD_WORD}){{0,2}}"
    rf"|{_LEAD_STOP}\p{{Ll}}{_LEAD_WORD}[ \u00a0]+and)[ \u00a0]*"
)


def _content_before(doc: _Document, cue: _Cue, unit_start: int, unit_end: int) -> tuple[Mention, int, int] | None:
    """Content-first: "…, officials said." / "…, said the spokesman." -> (mention, start, end)."""
    text = doc.text
    before_cue = rstrip_space(text, unit_start, cue.start)
    if before_cue > unit_start and text[before_cue - 1] in ',”"':
        mention = _source_after_cue(text, cue, unit_end)
        if mention is None:
            return None
        comma_at = before_cue - 1
        after = mention.end
    else:
        source = _source_after_mark(doc, unit_start, cue.start, ',”"', lead=True)
        if source is None:
            return None
        mention, comma_at = source
        after = cue.end
    rest = text[after : min(unit_end, after + 300)]  # what follows is short or rejected
    # Only audience, time or a subordinate clause may follow: "…, she told jurors on Monday as …"
    if _word_count(rest, 0, len(rest)) > 5 and not rest.lstrip().startswith(",") and not _ATTRIBUTION_TAIL.match(rest):
        return None
    if _participle_cue_after(doc, after, unit_end):
        rest = ""  # …, he said, adding that …: what follows is the next attribution's
    if _THAT_OR_QUOTE.search(rest):
        return None
    end = comma_at if text[comma_at] == "," else comma_at + 1
    start = unit_start
    if _word_count(text, start, end) < 3:
        return None
    if _FRONTED.match(text, start) and text.find(",", start, end) < 0:
        return None  # As the nominee shifts his focus, many in the party reaffirm …: a circumstance, no content
    return mention, start, end


# What "according to" names up to a comma, a colon or the sentence end, when it is not a speaker.
_SOURCE_PHRASE = regex.compile(r"[ \u00a0]+([^\s,;:.“”\"][^,;:“”\"]{0,120}?)(?=[ \u00a0]*(?:,|\.?$|[;:]))")
_LONGEST_SOURCE_PHRASE = 20  # words


def _source_phrase(text: str, cue_end: int, unit_end: int) -> Mention | None:
    """The source *according to* names when it is not a speaker: *a CNN tally*, *F.A.A.
    records*, *early results of exit polls conducted for the Associated Press*."""
    phrase = _SOURCE_PHRASE.match(text, cue_end, unit_end)
    if phrase is None or _more_words(text, phrase.start(1), phrase.end(1), _LONGEST_SOURCE_PHRASE):
        return None
    return Mention(phrase.start(1), _rstrip_punct(text, phrase.start(1), phrase.end(1)))


def _interposed(doc: _Document, cue: _Cue, unit_start: int, unit_end: int) -> _Found | None:
    """Content on both sides of its attribution: *Pivoting to deficit reduction too soon, a wide
    array of economists say, limited the economic recovery* (two spans; rule content-first)."""
    text = doc.text
    after = _comma_end(text, cue.end, unit_end)
    if after < 0 or _participle_cue_after(doc, cue.end, unit_end):
        return None  # (…, he said, adding that …: the rest is the next attribution's)
    source = _source_after_mark(doc, unit_start, cue.start, ",")
    if source is None:
        return None
    mention, first_end = source
    if _fewer_words(text, unit_start, first_end, 2) or doc.cues_between(unit_start, first_end):
        return None
    if text[unit_start:first_end].split(None, 1)[0].lower() in _NOT_SUBJECTS:
        return None  # In Geneva, Kowalski said, the talks …: an opening phrase, not content
    start = after
    end = _content_end(doc, cue, start, unit_end)
    if end <= start or _THAT_OR_QUOTE.match(text, start) or doc.first_cue(start, start + 1) is not None:
        return None  # a cue right after the attribution starts a second one, not the rest of this
    return _Found([(unit_start, first_end), (start, end)], QuoteKind.INDIRECT, cue, mention, "content-first")


def _clause_before_comma(text: str, unit_start: int, cue_start: int) -> bool:
    """Does a whole clause of more than five words end with a comma right before the cue (*Trump
    has won 758 delegates, according to a CNN tally, but …*)? Not when it breaks off on a
    function word (*He left after, according to him, …*): the content goes on after the source.
    (Not when the clause is fronted either, *While …, according to …, two were*: cost F1 on dev.)"""
    before_cue = rstrip_space(text, unit_start, cue_start)
    if before_cue <= unit_start or text[before_cue - 1] != "," or not _more_words(text, unit_start, before_cue, 5):
        return False
    last_word = text[unit_start : before_cue - 1].rsplit(None, 1)[-1]
    return last_word not in _NOT_SUBJECTS


# A passive before its cue: "was first reported", "has been repeatedly criticized".
_PASSIVE_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:is|are|was|were|been|be|being)(?:[ \u00a0]+(?:\w+ly|not|also|first|widely|now|already))*[ \u00a0]+$"
)
_BY_AHEAD = re.compile(r"[ \u00a0]+by[ \u00a0]+")
_RELATIVES = frozenset({"which", "that", "who"})
_SUBJECT_OPENERS = _RELATIVES | {"when", "because", "if", "while", "whether", "why", "how"}
_AUXILIARIES_BEFORE_PASSIVE = frozenset({"has", "have", "had", "will", "would", "could", "may", "might", "can"})


def _passive_by(doc: _Document, cue: _Cue, unit_start: int, unit_end: int) -> _Found | None:
    """A passive report and its agent: *News of the move was first reported by the Miami Herald*,
    *These proposals have been applauded by Wall Street critics*: the subject is the content, the
    agent after *by* the source (rule content-first). Not a cue whose passive subject is its
    addressee (was asked by, was told by): what follows is the content there. On train, gold puts
    the content before the cue for 28 of the 34 such passives it marks."""
    text = doc.text
    if not text.startswith(" by", cue.end) or cue.lemma in _ADDRESSEE_LEMMAS:
        return None  # (a literal screen: most cues have no "by" after them)
    by = _BY_AHEAD.match(text, cue.end, unit_end)
    if by is None:
        return None
    passive = _PASSIVE_BEFORE.search(text, max(unit_start, cue.start - 40), cue.start)
    if passive is None:
        return None
    mention = mention_after(text, by.end() - 1, unit_end)
    if mention is None:
        return None
    clause_start = _clause_start(doc, unit_start, passive.start())
    words = list(_WORD_SPAN.finditer(text, clause_start, passive.start()))
    # has, have, had between the subject and the passive: "Trump has been criticized by …"
    while words and words[-1].group().lower() in _AUXILIARIES_BEFORE_PASSIVE:
        words.pop()
    if not words:
        return None
    last = words[-1].group().lower()
    if last in _RELATIVES or last in lexicon.PRONOUNS:
        words = words[-1:]  # …, which was first reported by AP: the relative stands for it
    else:
        # a recognition that Europe's borders were …: the subject follows the last clause word
        for index in range(len(words) - 2, -1, -1):
            if words[index].group().lower() in _SUBJECT_OPENERS:
                words = words[index + 1 :]
                break
    start, end = words[0].start(), _rstrip_punct(text, words[0].start(), words[-1].end())
    if len(words) > 12 or any(later.frame == "clause" for later in doc.cues_between(start, end)):
        return None  # (a clause with a cue of its own: the passive is inside its content)
    return _Found([(start, end)], QuoteKind.INDIRECT, cue, mention, "content-first")


def _reported_speech(doc: _Document, found_direct: list[_Found]) -> list[_Found]:
    text = doc.text
    found: list[_Found] = []
    found_by_cue = {item.cue.start: item for item in found_direct if item.cue is not None}
    for cue in doc.cues:
        reported = cue.lemma in doc.reported_lemmas
        if cue.used or not (reported or cue.lemma in doc.quoted_lemmas):
            continue
        unit_start, unit_end = doc.unit(cue.start)
        item = None
        if not reported:
            # Some cues report only when the content carries a quote: dubbed him a “nasty guy”.
            if not doc.quoted_between(cue.end, unit_end):
                continue
            item = _cue_first(doc, cue, unit_start, unit_end, found_by_cue)
            if item is not None and not _quote_is_cues_own(doc, *item.parts[0]):
                item = None
        elif cue.lemma == "according to":
            mention = _source_after_cue(text, cue, unit_end)
            after = _comma_end(text, mention.end, unit_end) if mention is not None else -1
            if after < 0:
                # A source that is no speaker (a survey by the harbour office, F.A.A. records) runs on
                # to its comma or the sentence end.
                mention = _source_phrase(text, cue.end, unit_end) or mention
                if mention is None:
                    continue
                after = _comma_end(text, mention.end, unit_end)
            if after >= 0 and not _clause_before_comma(text, unit_start, cue.start):
                start = after
                end = _content_end(doc, cue, start, unit_end)
            else:
                # "…, according to a CNN tally, but his lead is narrowing": a clause before the
                # comma is the report; what follows the source's comma is the writer's.
                start = unit_start
                end = _rstrip_punct(text, unit_start, cue.start)
            if _word_count(text, start, end) >= 3:
                item = _Found([(start, end)], QuoteKind.INDIRECT, cue, mention, "according-to")
        else:
            item = _interposed(doc, cue, unit_start, unit_end) or _cue_first(doc, cue, unit_start, unit_end, found_by_cue)
            if item is None:
                before = _content_before(doc, cue, unit_start, unit_end)
                if before is not None:
                    mention, start, end = before
                    item = _Found([(start, end)], QuoteKind.INDIRECT, cue, mention, "content-first")
                    _set_addressee(doc, item, cue, unit_end)
                else:
                    item = _passive_by(doc, cue, unit_start, unit_end)
        if item is None:
            continue
        cue.used = True
        item.kind = _reported_kind(doc, *item.parts[0])
        if len(item.parts) > 1 and item.kind is QuoteKind.INDIRECT:
            item.kind = _reported_kind(doc, *item.parts[1])
        found_by_cue[cue.start] = item
        found.append(item)
    return found


def _quote_is_cues_own(doc: _Document, start: int, end: int) -> bool:
    """Does content [start, end) carry a quote with no other cue before it (not *she felt …,
    she said: “…”*, where the quote is the second cue's)?"""
    if not doc.quoted_between(start, end):
        return False
    first_quote = doc.regions[bisect.bisect_left(doc.region_starts, start)][0]
    return doc.first_cue(start, first_quote) is None


def _reported_kind(doc: _Document, start: int, end: int) -> QuoteKind:
    """Reported speech carrying a quoted fragment is mixed; without one, indirect."""
    return QuoteKind.MIXED if doc.quoted_between(start, end) else QuoteKind.INDIRECT


# Verbs whose present forms mostly mean something else ("will add two berths", "notes on"):
# as reported speech they need "that" or a colon after them; their past forms do not.
_PRESENT_NEEDS_THAT = frozenset({"add", "note", "state", "address"})
_THAT_OR_COLON_AHEAD = regex.compile(r"[ \u00a0]*(?::|that\b)")


# Cues that put their source after them: said Sabato, wrote the director, added Ms. Ruiz.
_INVERTING_LEMMAS = frozenset({"say", "write", "add"})


def _inverted_after_comma(text: str, cue: _Cue, unit_start: int, unit_end: int) -> bool:
    """Does a comma stand before the cue and a source after it, up to a comma (…, said Larry
    Sabato, director of …)? The content came before: what follows the source is its apposition."""
    if cue.lemma not in _INVERTING_LEMMAS:
        return False  # (Emanuel, his chief of staff, urged a strong stand, …: an object follows)
    before_cue = rstrip_space(text, unit_start, cue.start)
    if before_cue <= unit_start or text[before_cue - 1] != ",":
        return False
    mention = _source_after_cue(text, cue, unit_end)
    return (
        mention is not None
        and _may_be_a_speaker(text, mention)
        and not _more_words(text, mention.start, mention.end, 6)  # not "said the event brought back memories of …,"
        and _comma_end(text, mention.end, unit_end) >= 0
    )


def _cue_first(
    doc: _Document, cue: _Cue, unit_start: int, unit_end: int, found_by_cue: dict[int, _Found]
) -> _Found | None:
    """Reported speech after its cue, with the subject before it or shared with an earlier cue
    (``unit_start``, ``unit_end``: its unit)."""
    text = doc.text
    if (
        cue.lemma in _PRESENT_NEEDS_THAT
        and not text[cue.start : cue.end].lower().endswith("ed")
        and not _THAT_OR_COLON_AHEAD.match(text, cue.end)
    ):
        return None
    if _inverted_after_comma(text, cue, unit_start, unit_end):
        return None  # "…, said Larry Sabato, director of …": content-first, the apposition is no content
    # The subject first: a cue with none has no content to read (and content-first, tried
    # next, asks for the same subject, remembered).
    left = text[max(unit_start, cue.start - 24) : cue.start]  # enough for ", but also "
    shared = _shared_subject_rule(text, left, cue)
    if shared is None:
        clause_start = _clause_start(doc, unit_start, cue.start)
        mention = doc.mention_before(clause_start, cue.start)
        rule = "cue-first"
        passive = mention is not None and _passive_cue(text, cue)
        if passive:
            mention = None  # Clinton was asked about …, it was revealed that …: no one named speaks
        elif mention is not None and _is_participle(text, cue) and _names_a_medium(text, mention):
            # Trump issued a statement saying …: the statement carries the words; its author speaks.
            mention = _sentence_subject(doc, _word_start(text, clause_start), mention.start)
            rule = "participle"
        if mention is None and not passive:
            mention, rule = _subject_over_verb(doc, cue, clause_start, unit_start, found_by_cue)
            if mention is None:
                mention = _subject_after_opening(doc, clause_start, cue.start)
                rule = "cue-first"
                if mention is None:
                    fronted = _fronted_participle(doc, cue, clause_start, unit_end)
                    if fronted is not None:
                        return fronted
                    if not _asked_by_no_one(text, cue, clause_start):
                        return None
    if _participle_cue_after(doc, cue.end, unit_end):
        return None  # The talks were useful, he said, adding that …: the content came first
    content = _reported_content(doc, cue, unit_end)
    if content is None:
        return None
    start, end, addressee, cue_end = content
    if _FRONTED.match(text, unit_start, cue.start) and text.find(",", unit_start, cue.start) < 0:
        # "Although Clinton said the era of big government was over, Obama won …": the
        # subordinate clause ends at its comma, and the main clause is the writer's.
        end = _first_comma(doc, start, end)
        if _fewer_words(text, start, end, 3):
            return None
    if shared is not None:
        mention = _subject_of_unit(doc, unit_start, cue, found_by_cue)
        rule = shared
    item = _Found([(start, end)], QuoteKind.INDIRECT, cue, mention, rule, addressee)
    item.cue_end = cue_end
    return item


def _participle_cue_after(doc: _Document, position: int, limit: int) -> bool:
    """Do a comma and a participle cue follow ``position`` (…, he said, adding that …)?"""
    after = _comma_end(doc.text, position, limit)
    if after < 0:
        return False
    cue = doc.first_cue(after, after + 1)
    return cue is not None and _is_participle(doc.text, cue)


# A sentence that opens with a subordinate clause: "While Mr. Trump has promised …, he …", also
# after a conjunction ("But as people continue to cross …, the administration …").
_FRONTED = re.compile(
    r"[\"“‘']*(?:(?:But|And|So|Yet)[ \u00a0]+)?"
    r"(?:[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hereas|[Aa]s|[Ww]hen|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Ii]f"
    r"|[Uu]nless|[Uu]ntil|[Oo]nce|[Ee]ven[ \u00a0]+though|[Ee]ven[ \u00a0]+as)\b"
)


def _first_comma(doc: _Document, start: int, end: int) -> int:
    """The first comma outside quote marks in ``text[start:end]``, else ``end``."""
    comma = doc.text.find(",", start, end)
    while comma >= 0 and doc.inside_quote(comma):
        comma = doc.text.find(",", comma + 1, end)
    return end if comma < 0 else _rstrip_punct(doc.text, start, comma)


_MEDIUM_NOUNS = frozenset({
    "statement", "statements", "response", "letter", "article", "tweet", "tweets", "post", "email", "memo",
    "message", "op-ed", "essay", "column",
})


def _names_a_medium(text: str, mention: Mention) -> bool:
    """Is the mention's last word a medium the words came in (a statement, a response, an article)?"""
    return text[mention.start : mention.end].rsplit(None, 1)[-1].lower() in _MEDIUM_NOUNS


# "to" right before a cue (tried to explain); a word before that; a preposition before a gerund cue.
_MOST_VERB_WORDS = 2  # the verb and a particle before "to": went on to say (three gain nothing on train or dev)
_TO_BEFORE = regex.compile(r"(?<![\w-])to[ \u00a0]+$")
_WORD_BEFORE = regex.compile(r"(?<![\w’'-])[\p{L}’'-]+[ \u00a0]+$")
_GERUND_LEAD = regex.compile(r"(?<![\w-])(?:by|in|after|before|while|when|without|upon|on)[ \u00a0]+$")


def _subject_over_verb(
    doc: _Document, cue: _Cue, clause_start: int, unit_start: int, found_by_cue: dict[int, _Found]
) -> tuple[Mention | None, str]:
    """(mention, rule) for a clause cue whose speaker is not right before it, or (None, ""): the
    object or subject of the verb before an infinitive (*led Republicans to say*, *Clinton has
    tried to explain*; rule cue-first), or the sentence's subject before a gerund after a
    preposition (*Trump jabbed back by suggesting …*; rule participle). Measured on train: most
    of these contents are gold, and more than a third with the right source."""
    if cue.frame != "clause":
        return None, ""  # np cues after "to" are mostly plans, not speech: to discuss, to defend
    text = doc.text
    near = max(clause_start, cue.start - 8)
    to = _TO_BEFORE.search(text, near, cue.start) if text.find("to", near, cue.start) >= 0 else None
    if to is not None:
        mention = doc.mention_before(clause_start, to.start())
        verb_start = to.start()
        for _ in range(_MOST_VERB_WORDS):  # led analysts to say / went on to say
            if mention is not None and _may_be_a_speaker(text, mention):
                break
            verb = _WORD_BEFORE.search(text, max(clause_start, verb_start - 30), verb_start)
            if verb is None:
                break
            verb_start = verb.start()
            mention = doc.mention_before(clause_start, verb_start)
        if mention is None or not _may_be_a_speaker(text, mention):
            return None, ""  # it is easy to see, a way to get thousands of people to see
        return _after_object_verb(text, mention), "cue-first"
    if _is_participle(text, cue) and _GERUND_LEAD.search(text, max(unit_start, cue.start - 10), cue.start):
        return _subject_of_unit(doc, unit_start, cue, found_by_cue), "participle"
    return None, ""


def _passive_cue(text: str, cue: _Cue) -> bool:
    """Is the cue a past participle after a form of "be" (was asked, is seen, it was revealed)?
    Its subject is who was asked or seen, not a source: on PolNeAR train 27 of 33 gold "was
    asked" and 15 of 18 "was seen" attributions have no source."""
    if text[cue.start : cue.end].lower() not in _PASSIVE_WITHOUT_SOURCE:
        return False
    # The word before, over one adverb: as _PASSIVE_BE reads it, without a search per "said".
    words = text[max(0, cue.start - 24) : cue.start].split()
    if words and (words[-1] in _ADVERBS_IN_PASSIVES or words[-1].endswith("ly")):
        words.pop()
    return bool(words) and words[-1] in _FORMS_OF_BE


# The forms of "be" and the adverbs that a passive may have between them and its participle: the
# word test of _passive_cue and the pattern _PASSIVE_BE read the same lists.
_FORMS_OF_BE = frozenset({"is", "are", "was", "were", "be", "been"})
_ADVERBS_IN_PASSIVES = frozenset({"also", "still", "not", "now"})


# Not "was quoted", "was reported", "is convinced": their subject is often the source. (Gold
# train with no source: announced 8 of 8, charged 8 of 8, released 7 of 7, criticized 6 of 9.)
_PASSIVE_WITHOUT_SOURCE = frozenset({
    "asked", "seen", "shown", "revealed", "said", "told", "pressed", "questioned", "announced", "charged",
    "released", "declared", "criticized", "accused", "recognized", "labeled", "described",
})


_ADVERBS_IN_S = frozenset({"perhaps", "always", "sometimes", "besides", "afterwards", "nevertheless", "thus", "unless"})


def _subject_after_opening(doc: _Document, clause_start: int, cue_start: int) -> Mention | None:
    """A common-noun subject that opens its clause after a conjunction or an opening phrase and its
    comma: *But hacking specialists say …*, *In the free-trade zone, Chinese traders say …*
    (``mention_before`` takes an unknown common noun only at the clause start)."""
    text = doc.text
    if not any(word.endswith(("s", "men")) for word in text[max(clause_start, cue_start - 30) : cue_start].split()[-3:]):
        return None  # no plural head close before the cue (a quick screen before mention_before)
    comma = text.rfind(", ", clause_start, cue_start)
    if comma >= 0 and not doc.inside_quote(comma):
        start = comma + 2
    else:
        conjunction = _LEADING_CONJUNCTION.match(text, clause_start, cue_start)
        if conjunction is None:
            return None
        start = conjunction.end()
    mention = doc.mention_before(start, cue_start)
    if mention is None or mention.start != start:
        return None
    words = text[start : mention.end].split()
    # A plural common noun heads it (traders, fishermen), not a verb read as one (instead, raising).
    last = words[-1]
    if not (last.islower() and last.isalpha() and (last.endswith(("s", "men")) and not last.endswith("ss"))):
        return None
    if last in _ADVERBS_IN_S:
        return None
    if words[0].lower() in _NOT_SUBJECTS or any(word.endswith(("ing", "ed")) for word in words):
        return None
    return mention


# What may open a sentence before its participle cue: "While saying …", "After announcing …".
_PARTICIPLE_LEAD = regex.compile(r"(?:(?:[Ww]hile|[Aa]fter|[Bb]efore|[Ss]ince|[Bb]y|[Ii]n|[Uu]pon|[Ww]hen)[ \u00a0]+)?")


def _fronted_participle(doc: _Document, cue: _Cue, clause_start: int, unit_end: int) -> _Found | None:
    """A participle cue that opens its sentence: *Noting that only one senator voted with them,
    Tester added …*, *While saying that he respects her, Sanders …*: the content runs to the first
    comma, and the name or pronoun after it, the main clause's subject, speaks (rule participle)."""
    text = doc.text
    if not _is_participle(text, cue) or not _PARTICIPLE_LEAD.fullmatch(text, _word_start(text, clause_start), cue.start):
        return None
    content = _reported_content(doc, cue, unit_end)
    if content is None:
        return None
    start, end, addressee, cue_end = content
    end = _first_comma(doc, start, end)
    comma = _comma_end(text, end, unit_end)
    if comma < 0 or _fewer_words(text, start, end, 3):
        return None
    mention = _subject_at(text, comma, unit_end)
    if mention is None:
        return None
    item = _Found([(start, end)], QuoteKind.INDIRECT, cue, mention, "participle", addressee)
    item.cue_end = cue_end
    return item


# "When asked whether …": the one asked answers; who asked is not said.
_ASKED_AFTER = regex.compile(r"(?<![\w-])(?:[Ww]hen|[Aa]fter|[Oo]nce|[Ii]f|[Uu]ntil|[Bb]efore)[ \u00a0]+$")


def _asked_by_no_one(text: str, cue: _Cue, clause_start: int) -> bool:
    """Is the cue a bare *asked* after *when*, *after*, …? Its content (the question) is an
    attribution with no source: on train 20 of 31 such finds are gold content, 15 of them rightly
    with no source. (A sentence that opens with *Asked* does as well on PolNeAR, but the sample
    articles count *Asked afterwards how she felt, she said: “…”* as no quote.)"""
    if cue.lemma != "ask" or text[cue.start : cue.end].lower() != "asked":
        return False
    return _ASKED_AFTER.search(text, max(clause_start, cue.start - 8), cue.start) is not None


# Verbs that take an object and an infinitive (led analysts to say): read back from "to", the
# phrase would run on over them into the sentence's subject.
_OBJECT_VERBS = frozenset({
    "allow", "allows", "allowed", "ask", "asks", "asked", "beg", "begs", "begged", "cause", "causes",
    "caused", "challenge", "challenges", "challenged", "compel", "compels", "compelled", "convince",
    "convinces", "convinced", "encourage", "encourages", "encouraged", "force", "forces", "forced", "get",
    "gets", "got", "invite", "invites", "invited", "lead", "leads", "led", "make", "makes", "made",
    "persuade", "persuades", "persuaded", "prompt", "prompts", "prompted", "push", "pushes", "pushed", "tell",
    "tells", "told", "urge", "urges", "urged",
})
_WORD_SPAN = re.compile(r"\S+")


def _after_object_verb(text: str, mention: Mention) -> Mention:
    """``mention`` less the words up to its last object verb: *The row led analysts* → *analysts*."""
    words = list(_WORD_SPAN.finditer(text, mention.start, mention.end))
    for index in range(len(words) - 2, -1, -1):
        if words[index].group() in _OBJECT_VERBS:
            return Mention(words[index + 1].start(), mention.end, mention.apposition)
    return mention


def _may_be_a_speaker(text: str, mention: Mention) -> bool:
    """Can the phrase speak: a name, a pronoun (not *it*), a source noun or a quantifier (*some*)?"""
    last = text[mention.start : mention.end].split()[-1]
    lower = last.lower()
    if lower.startswith(("it'", "it’")) or lower in {"it", "its"}:
        return False
    return last[0].isupper() or lower in lexicon.PRONOUNS or lower in lexicon.SOURCE_NOUNS or lower in QUANTIFIERS


def _clause_start(doc: _Document, unit_start: int, cue_start: int) -> int:
    """Start of the clause a cue is in: after the last quote that closes before it."""
    index = bisect.bisect_right(doc.region_starts, cue_start) - 1
    if index >= 0 and doc.regions[index][1] > unit_start:
        return max(unit_start, doc.regions[index][1])
    return unit_start


# --- report nouns and passive reports: "his claim that …", "X is expected to …" ---------

# "that" starting a relative clause, not content: "an idea that's unique", "the claim that was made".
_RELATIVE_THAT = re.compile(
    r"[ \u00a0]*(?:['’]s|is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did)\b"
)
# The noun's owner, perhaps with a word or two between: his claim, Mr. Trump's repeated claim,
# budget hawks’ warnings. Its capitalised words before it belong to it (FBI Director James Comey's).
_NOUN_OWNER = regex.compile(
    r"(?<![\w’'])([Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:\p{Lu}[\p{L}.\-]*[ \u00a0]+){0,3}[\p{L}\-]+(?:['’]s|s['’]))"
    r"[ \u00a0]+((?:[a-z][a-z\-]*[ \u00a0]+){0,2})$"
)
_OWNER_PARTS = ("'", "’", "his", "her", "their", "its", "His", "Her", "Their", "Its")  # one is in every owner
_NOT_MODIFIERS = frozenset({
    "the", "a", "an", "and", "or", "of", "to", "that", "this", "in", "on", "at", "for", "with", "by", "from",
    "is", "was", "are", "were",
})


def _report_nouns(doc: _Document) -> list[_Found]:
    """Reported speech after an owned report noun (data/report_nouns.txt) and "that": *Trump's
    claim that …*, *his warning that …*: the owner speaks. Without an owner (*the idea that*,
    *amid fears that*) the noun is too often nobody's report to count."""
    text = doc.text
    found: list[_Found] = []
    # str.find for " that " and a look at the word before: a regex over the text costs more.
    that = text.find(" that ")
    while that >= 0:
        position, that = that, text.find(" that ", that + 6)
        start = text.rfind(" ", max(0, position - 20), position) + 1
        if not start or text[start:position] not in lexicon.REPORT_NOUNS:
            continue
        if doc.inside_quote(start) or _RELATIVE_THAT.match(text, position + 5):
            continue
        unit_start, unit_end = doc.unit(start)
        before = text[max(unit_start, start - 80) : start]
        # Most windows have none of _OWNER_PARTS, and need no search.
        owner = _NOUN_OWNER.search(before) if any(part in before for part in _OWNER_PARTS) else None
        if owner is None or set(owner.group(2).split()) & _NOT_MODIFIERS:
            continue
        offset = start - len(before)
        owner_start = offset + owner.start(1)
        # Trump's, hawks’: the name without its possessive ending, so that it resolves.
        mention = Mention(owner_start, strip_possessive(text, owner_start, offset + owner.end(1)))
        cue = _Cue(start, position, text[start:position], "clause")
        content = _reported_content(doc, cue, unit_end)
        if content is None:
            continue
        content_start, content_end = content[0], content[1]
        kind = _reported_kind(doc, content_start, content_end)
        found.append(_Found([(content_start, content_end)], kind, cue, mention, "report-noun"))
    return found


# The form of "be" before a passive report, perhaps with an adverb: is expected, are widely said.
_PASSIVE_BE = re.compile(
    r"\b(?:" + "|".join(sorted(_FORMS_OF_BE)) + r")[ \u00a0]+"
    r"(?:(?:" + "|".join(sorted(_ADVERBS_IN_PASSIVES)) + r"|\w+ly)[ \u00a0]+)?$"
)


def _passive_reports(doc: _Document) -> list[_Found]:
    """*The sale is expected to close in May*: the subject and the to-infinitive are the content
    (annotators mark both), and no one is named as its source (data/passive_cues.txt)."""
    text = doc.text
    found: list[_Found] = []
    for participle in sorted(lexicon.PASSIVE_CUES):
        form = f" {participle} to "
        at = text.find(form)
        while at >= 0:
            position, at = at, text.find(form, at + len(form))
            be = _PASSIVE_BE.search(text, max(0, position - 24), position + 1)
            if be is None or doc.inside_quote(be.start()):
                continue
            cue_start = be.start()
            unit_start, unit_end = doc.unit(cue_start)
            cue = _Cue(cue_start, position + 1 + len(participle), lexicon.CUE_FORMS.get(participle, participle), "clause")
            start = cue.end + 1
            end = _content_end(doc, cue, start, unit_end)
            if _word_count(text, start, end) < 3:
                continue
            parts = [(start, end)]
            subject = doc.mention_before(_clause_start(doc, unit_start, cue_start), cue_start)
            if subject is not None:
                parts.insert(0, (subject.start, subject.end))
            found.append(_Found(parts, _reported_kind(doc, start, end), cue, None, "passive"))
    return found


# --- headlines ------------------------------------------------------------------

# A headline is the text's first paragraph when it is this short.
_HEADLINE_MAX_WORDS = 25
_HEADLINE_WORD = r"[\p{Lu}\d][\p{L}\p{M}\d.’'&-]*"


def _headline_words(most: int) -> str:
    """One to ``most`` capitalised headline words, perhaps joined by "of"."""
    return rf"{_HEADLINE_WORD}(?:[ \u00a0]+(?:of[ \u00a0]+)?{_HEADLINE_WORD}){{0,{most - 1}}}"


# "Graham: …", "NY Daily News: …", "Dr. Ben Carson: …": up to six capitalised words, a colon.
_HEADLINE_SOURCE = regex.compile(rf"[ \t]*({_headline_words(6)})[ \u00a0]*:[ \u00a0]+")
_HEADLINE_SOURCE_WORDS = regex.compile(_headline_words(8))
# Section labels, not sources: "The Latest: …", "Exclusive: …".
_HEADLINE_LABELS = frozenset({
    "the latest", "breaking", "breaking news", "exclusive", "watch", "video", "live", "update", "updated",
    "opinion", "analysis", "editorial", "review", "photos", "explainer", "fact check", "podcast", "quiz",
})


def _headline(doc: _Document) -> list[_Found]:
    """A headline's attribution: "Graham: Trump's Rhetoric Destroying GOP's Chance" (source and
    colon) or, in a title-case headline, "Bellwether County Says Trump Should Win" (source and cue)."""
    if not doc.paragraphs:
        return []
    text = doc.text
    start, end = doc.paragraphs[0]
    words = text[start:end].split()
    if not 3 <= len(words) <= _HEADLINE_MAX_WORDS or doc.quoted_between(start, start + 1):
        return []
    content_end = _rstrip_punct(text, start, end)
    colon = _HEADLINE_SOURCE.match(text, start, end)
    if colon and colon.group(1).lower() not in _HEADLINE_LABELS:
        if _word_count(text, colon.end(), content_end) < 3:
            return []
        return [_Found([(colon.end(), content_end)], _reported_kind(doc, colon.end(), content_end), None,
                       Mention(*colon.span(1)), "headline")]
    capitalised = sum(word[0].isupper() for word in words if word[0].isalpha())
    if capitalised < 0.8 * sum(word[0].isalpha() for word in words):
        return []  # a sentence-case headline is read like any sentence
    for cue_start, cue_end, written in _cue_forms(text, start, end):
        form = " ".join(written.lower().split())
        lemma = lexicon.CUE_FORMS[form]
        # "Clinton-Supporting Super PACs", "Washington Post Hit Piece": not every cue form is a verb here.
        if not written[0].isupper() or form.endswith("ing") or lemma not in doc.reported_lemmas:
            continue
        source = _HEADLINE_SOURCE_WORDS.fullmatch(text, start, rstrip_space(text, start, cue_start))
        if source is None:
            # Content first: "Trump Could Address Clean Energy, Lindsey Graham Says." (a clause
            # cue: "…, Evades Reporter's Question" is no report)
            comma = text.rfind(", ", start, cue_start)
            if comma < 0 or cue_end < content_end or lexicon.CUE_FRAMES[lemma] != "clause":
                continue
            source = _HEADLINE_SOURCE_WORDS.fullmatch(text, comma + 2, rstrip_space(text, start, cue_start))
            if source is None or _word_count(text, start, comma) < 3:
                continue
            cue = _Cue(cue_start, cue_end, lemma, lexicon.CUE_FRAMES[lemma])
            return [_Found([(start, comma)], _reported_kind(doc, start, comma), cue, Mention(*source.span()), "headline")]
        content_start = _LEADING_PUNCT.match(text, cue_end, end)
        begin = content_start.end() if content_start else cue_end
        if _word_count(text, begin, content_end) < 2:
            return []
        cue = _Cue(cue_start, cue_end, lemma, lexicon.CUE_FRAMES[lemma])
        kind = _reported_kind(doc, begin, content_end)
        return [_Found([(begin, content_end)], kind, cue, Mention(*source.span()), "headline")]
    return []


# --- putting it together ------------------------------------------------------


def _fragments_demoted(direct: list[_Found], reported: list[_Found]) -> list[_Found]:
    """A quote attributed by a cue inside reported speech is a fragment of it (she said she
    wanted to speak “directly to white people” and let them know that “…”): the mixed quote wins."""
    led_in = [(item, item.cue.start) for item in direct if item.rule == "before-quote" and item.cue is not None]
    if not led_in:  # (half the articles: the reported spans need no sorting)
        return direct
    spans = sorted((item.parts[0][0], item.parts[-1][1]) for item in reported)
    starts = [start for start, _ in spans]
    for item, cue_start in led_in:
        index = bisect.bisect_right(starts, cue_start) - 1
        if index >= 0 and cue_start < spans[index][1]:
            item.rank = 0
    return direct


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """Of two overlapping quotes keep the better (by rank, then the earlier); document order.

    One sweep in order of start: kept quotes never overlap, so a new one can only
    clash with the last few kept.
    """
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: f.parts[0][0]):
        while kept and _parts_overlap(kept[-1], item):
            if kept[-1].rank >= item.rank:
                break
            kept.pop()
        else:
            kept.append(item)
    return kept


def _parts_overlap(a: _Found, b: _Found) -> bool:
    # Loops, not any() over a generator: most quotes have one part, and the generator costs more than the test.
    for s1, e1 in a.parts:
        for s2, e2 in b.parts:
            if s1 < e2 and s2 < e1:
                return True
    return False


def _to_quote(text: str, item: _Found, people: People) -> Quote | None:
    """The :class:`Quote` for ``item``; None when its parts hold no text."""
    spans = tuple([new_span(start, end, text[start:end]) for start, end in item.parts if end > start])
    if not spans:
        return None
    found_cue = item.cue
    cue = None
    if found_cue is not None:
        cue = new_cue(text[found_cue.start : item.cue_end], found_cue.start, item.cue_end, found_cue.lemma)
    mention = item.mention
    speaker = None if mention is None else people.resolve(mention.start, mention.end, mention.apposition)
    addressee = None
    if item.addressee is not None:
        start, end = item.addressee
        addressee = new_span(start, end, text[start:end])
    return new_quote(spans, item.kind, speaker, cue, addressee, item.rule)


def extract_quotes(text: str, *, scope: Scope = "quotes") -> Quotes:
    """Find every quotation in ``text`` with its kind, cue and speaker, in document order.

    Direct quotes (in quote marks), indirect ones (reported speech) and mixed ones
    (reported speech carrying a quoted fragment). With ``scope="attributions"``, also
    beliefs, intentions, stances and bare objects, as PolNeAR annotates them (see
    :data:`Scope`). Offsets index into ``text`` as given. Returns a :class:`quotekit.Quotes`
    (a ``list`` of :class:`Quote` that also keeps the text, for display). Raises
    ``TypeError`` unless ``text`` is a ``str``, ``ValueError`` for an unknown ``scope``.
    """
    text = check_text(text, "extract_quotes")
    check_scope(scope)
    if not text or text.isspace():
        return Quotes([], text=text)
    doc = _Document(text, scope)
    people = People(text)
    direct = _direct_quotes(doc, people)
    reported = _reported_speech(doc, direct) + _headline(doc) + _report_nouns(doc) + _passive_reports(doc)
    quotes = []
    for item in _without_overlaps(_fragments_demoted(direct, reported) + reported):
        quote = _to_quote(text, item, people)
        if quote is not None:
            quotes.append(quote)
    return Quotes._built(quotes, text)


def check_scope(scope: object) -> None:
    """Raise ``ValueError`` unless ``scope`` is one of :data:`SCOPES`."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(map(repr, SCOPES))}, not {scope!r}")


def explain(text: str, *, scope: Scope = "quotes") -> str:
    """Each quote ``extract_quotes`` finds in ``text``, with the rules that chose its speaker.

    Meant for reading: a user who sees a wrong speaker finds which rule chose it.
    """
    lines = []
    for number, quote in enumerate(extract_quotes(text, scope=scope), 1):
        lines.append(f"{number}. [{quote.kind.value}] {quote}")
        lines.append(f"   quote rule   {quote.rule}: {RULES.get(quote.rule, '')}")
        if quote.cue is not None:
            lines.append(f"   cue          {quote.cue.text!r} at {quote.cue.start} (lemma {quote.cue.lemma})")
        if quote.speaker is not None:
            speaker = quote.speaker
            lines.append(
                f"   speaker      {speaker.text!r} at {speaker.start} -> {speaker.name!r}"
                + (f", {speaker.title}" if speaker.title else "")
            )
            lines.append(f"   speaker rule {speaker.rule}: {RULES.get(speaker.rule, '')}")
        else:
            lines.append("   speaker      none: the text names no speaker for it")
    return "\n".join(lines) if lines else "no quotes found"
