"""Speakers: find the mention next to a cue, and say who it is.

Two jobs. :func:`mention_before` and :func:`mention_after` read the words on
either side of a cue and return the source phrase (*Sherman*, *a senior
official*, *he*). :class:`People` scans the whole article once for named people
(*US Deputy Secretary of State Wendy Sherman*) and resolves a mention to the
fullest name and title the article gives: surnames to full names, pronouns to
the nearest earlier person of matching gender.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import sys
from collections.abc import Iterable

import regex

from quotekit import lexicon
from quotekit.results import Speaker, new_speaker
from quotekit.tokenizer import rstrip_space

__all__ = ["PLURAL_QUANTIFIERS", "QUANTIFIERS", "Mention", "People", "mention_after", "mention_before", "strip_possessive"]

_WORD = re.compile(r"[^\W_][\w'’.\-]*|[,;:“”\"()—–]")
_CAPITALISED = regex.compile(r"\p{Lu}")


def _capitalised(word: str) -> bool:
    """Does ``word`` start with an uppercase letter (\\p{Lu})? Compared directly when ASCII:
    the check runs for most words near a cue, and a regex call costs more than the test."""
    first = word[:1]
    if first.isascii():
        return "A" <= first <= "Z"
    return _CAPITALISED.match(first) is not None


def _chain_pattern(token: str, more: str) -> str:
    """A run of capitalised ``token`` words (``more``: how many after the first), perhaps
    joined by of/for or name particles."""
    particle = r"(?:of|for|de|del|della|van|von|der|den|da|di|du|la|le|al|bin|ibn|el|dos)[ \u00a0]"
    # After a space, the next word is tried first: it is the commoner case, and as it starts with a
    # capital and a particle does not, at most one of the two can match.
    return token + r"(?:[ \u00a0](?:" + token + "|" + particle + token + "))" + more


# Possessive (*+): a token never gives letters back, since what may follow it (a space, or
# nothing) cannot match inside one; the engine then does not retry at each letter.
_CAPITALISED_TOKEN = r"\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*+"
_NAME_CHAIN = regex.compile(_chain_pattern(_CAPITALISED_TOKEN, "*"))
_MULTI_CHAIN = regex.compile(_chain_pattern(_CAPITALISED_TOKEN, "+"))  # two words or more
# The same two for ASCII text, in the stdlib re, which runs them faster: on ASCII,
# \p{Lu} is A-Z and letters, marks and numbers are A-Z, a-z and 0-9. The stdlib re knows
# possessive repeats from Python 3.11 on; before, the plain one finds the same, more slowly.
_ASCII_TOKEN = r"[A-Z][A-Za-z0-9'’.\-]*" + ("+" if sys.version_info >= (3, 11) else "")
_NAME_CHAIN_ASCII = re.compile(_chain_pattern(_ASCII_TOKEN, "*"))
_MULTI_CHAIN_ASCII = re.compile(_chain_pattern(_ASCII_TOKEN, "+"))
# One capitalised word (possessive 's and a final full stop left out), for the lone-surname pass.
_CAPITALISED_WORD = regex.compile(r"(?<![\w’'.-])\p{Lu}[\p{L}\p{M}’'-]*")
_CAPITALISED_WORD_ASCII = re.compile(r"(?<![\w’'.-])[A-Z][A-Za-z’'-]*")
_POSSESSIVE = re.compile(r"['’]s?$")  # stdlib re: the same matches, and cheaper per call
_POSSESSIVE_ENDINGS = ("'", "’", "'s", "’s")  # what _POSSESSIVE can match in a word (no line break)
_POSSESSIVE_LAST = ("'", "’", "s", "\n")  # what a _POSSESSIVE match ends on, or before ($)
_CONTRACTED = re.compile(r"['’](?:s|d|ll|ve|re)$")  # stdlib re too: literals and $ mean the same there
# What _CONTRACTED can match in a word (which has no line break): test these before calling it.
_CONTRACTIONS = tuple(mark + ending for mark in "'’" for ending in ("s", "d", "ll", "ve", "re"))

# Non-ASCII characters that are no letter, mark, number or word character for either engine
# (curly quotes, dashes, no-break space): in a text whose other characters are ASCII, the
# ASCII patterns match what the Unicode ones do. Most news text is such text.
_PLAIN = "".join(
    char
    for char in map(chr, [*range(0x80, 0x100), *range(0x2000, 0x2070)])
    if not regex.match(r"[\p{L}\p{M}\p{N}\w]", char) and not re.match(r"\w", char)
)
_NOT_PLAIN = re.compile("[^\\x00-\\x7f" + _PLAIN + "]")


_ASCII_BYTES = bytes(range(0x80))


def _reads_as_ascii(text: str) -> bool:
    """Do the ASCII patterns find in ``text`` what the Unicode ones find?"""
    if text.isascii():
        return True
    # Only the non-ASCII characters need a look: dropping the ASCII bytes of the UTF-8 leaves
    # them whole (their bytes are all 0x80 or more), and fast, where a search visits every one.
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return _NOT_PLAIN.search(rest.decode("utf-8", "surrogatepass")) is None


_DETERMINERS = frozenset(
    "the a an his her its their our this that these those one another some many several two three "
    "four five both other any each every most few no".split()
)
_AUXILIARIES = frozenset(
    "has have had was were is are will would could can may might should must did does do not "
    "also repeatedly previously later then again once often publicly privately reportedly "
    "recently just already still first last further separately earlier subsequently never "
    "even now frequently long since quickly simply flatly angrily falsely overall here".split()
)
# Words that end a subject phrase when reading leftwards from a cue.
_BOUNDARY_WORDS = frozenset(
    "that which and but or while whereas although though because as when if after before since so "
    "than to in on at with from by about into over during under against without through said says say told "
    "tells is are was were be been being has have had not n’t n't will would could can may might "
    "should must did does do who whom whose where what how".split()
)
_NOT_HEAD_WORDS = _BOUNDARY_WORDS | _DETERMINERS | _AUXILIARIES  # see _is_head_word
_RELATIVE = frozenset({"who", "which"})
_PRONOUNS_AND_RELATIVES = frozenset(lexicon.PRONOUNS) | _RELATIVE  # what heads a phrase alone: he, who
# Quantifiers that stand for a group of people as a whole subject: Some say, Many fear, The two admit.
QUANTIFIERS = frozenset({
    "some", "many", "several", "both", "most", "another", "each", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "all", "half",
})
# Those that take a plural verb (Many say): before a verb's -s form they make it a noun (many calls).
PLURAL_QUANTIFIERS = QUANTIFIERS - {"one", "each", "another"}
# Words that may lead a quantifier subject: they all, the two, nearly half, about three in 10.
_QUANTIFIER_LEADS = frozenset(
    {"the", "they", "we", "these", "those", "about", "nearly", "almost", "only", "just", "roughly", "some"}
)
# What mention_before makes of a lone word right before a cue: True, the word is the mention
# (a pronoun, who); False, there is none (a function word, as in "to say", "and said").
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_ALONE_BEFORE_CUE = {
    word: word in lexicon.PRONOUNS or word in _RELATIVE
    for word in _BOUNDARY_WORDS | _DETERMINERS | frozenset(lexicon.PRONOUNS) | _RELATIVE
    if word.isalpha() and word.islower() and word not in _AUXILIARIES and not word.endswith("ly")
    and word not in QUANTIFIERS
    and word not in _OBJECT_PRONOUNS  # a source close to him: read the whole phrase
}
_POSSESSIVE_PRONOUN = regex.compile(r"his|her|its|their|our|my|your|\p{L}+['’]s?")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_POSSESSIVE_AS_SUBJECT = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we", "my": "I"}


def _is_possessive(word: str) -> bool:
    """Does ``_POSSESSIVE_PRONOUN`` match all of ``word``? Plain string tests when it is ASCII
    (letters then ' or 's), which is cheaper than the regex call."""
    if not word.isascii():
        return _POSSESSIVE_PRONOUN.fullmatch(word) is not None
    if word in _POSSESSIVE_PRONOUNS:
        return True
    stem = word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("'") else ""
    return stem.isalpha()

_APPOSITION_MARKS = frozenset({",", "—", "–"})  # what an apposition before a cue stands between
_PUNCTUATION = frozenset({",", ";", ":", "“", "”", '"', "(", ")", "—", "–"})
_NAME_CONNECTORS = frozenset({"of", "for", "and", "&"})
_ORGANISATION_WORDS = frozenset(
    "Department Ministry Office House Council Committee Party Campaign Company Corporation Inc. "
    "Corp. Co. Group University College Institute Center Centre Foundation Association Agency "
    "Bureau Service Services Commission Court Times Post News Press Journal Network Bank Fund "
    "Police Army Navy Force Forces Union Board Administration Government Senate Congress "
    "Parliament Assembly Kremlin Pentagon Reuters Committee Church School Club Team League "
    "Airlines Street Organization Organisation Alliance Federation Coalition Times States Kingdom "
    "Nations Republic Emirates Islands City County Province Region Radio Television TV".split()
)


class Mention:
    """A source phrase as written: offsets, and an apposition if one followed it."""

    __slots__ = ("start", "end", "apposition")

    def __init__(self, start: int, end: int, apposition: str | None = None) -> None:
        self.start, self.end, self.apposition = start, end, apposition

    def __repr__(self) -> str:
        return f"Mention({self.start}, {self.end}, apposition={self.apposition!r})"


def _words(text: str, start: int, end: int, most: int) -> list[tuple[int, int, str]]:
    """The first ``most`` words ``_WORD`` finds in ``text[start:end]``, with their offsets."""
    matches = list(itertools.islice(_WORD.finditer(text, start, end), most))  # listed first: faster
    return [(m.start(), m.end(), m[0]) for m in matches]


class _Words:
    """The words ``_WORD`` finds in ``window``, the part of ``text`` that ends at ``end``, as
    strings, with offsets on request.

    A search back from a cue reads a few words from the end and needs the offsets of one or
    two, so an offset is worked out only when asked for, leftwards: word i is the last
    occurrence of its string before word i + 1 starts, since nothing between two words can
    start or continue one.
    """

    __slots__ = ("_start", "_starts", "text", "words")

    def __init__(self, text: str, window: str, end: int) -> None:
        self.text = text
        # No word spans white space, and a stretch of letters and digits alone is one word
        # ([^\W_] is what isalnum tests): only the other stretches need the pattern.
        words: list[str] = []
        for chunk in window.split():
            if chunk.isalnum():
                words.append(chunk)
            else:
                words += _WORD.findall(chunk)
        self.words = words
        self._start = end - len(window)
        self._starts = [end]  # _starts[k]: start of word len(words) - k; the end stands for word len(words)

    def start(self, index: int) -> int:
        """Offset of ``words[index]`` (``index`` >= 0)."""
        starts, words = self._starts, self.words
        wanted = len(words) - index
        while len(starts) <= wanted:
            starts.append(self.text.rfind(words[len(words) - len(starts)], self._start, starts[-1]))
        return starts[wanted]

    def end(self, index: int) -> int:
        return self.start(index) + len(self.words[index])


def _is_head_word(word: str) -> bool:
    """Could ``word`` head a noun phrase (not a function word, number or punctuation)?"""
    lower = word.lower()
    return word[0].isalpha() and lower not in _NOT_HEAD_WORDS and not lower.endswith(("n’t", "n't"))


def _phrase_start(tokens: _Words, index: int, at_clause_start: int) -> int | None:
    """Index of the first word of the source phrase whose head is ``words[index]``, or None.

    A capitalised head extends left over names, titles and possessives
    (*Russia's deputy foreign minister Sergei Ryabkov*); a common-noun head over
    modifiers up to a determiner (*a senior administration official*).
    """
    words = tokens.words
    head = words[index]
    lower = head.lower()
    if lower in _PRONOUNS_AND_RELATIVES or (
        lower.endswith(_CONTRACTIONS) and _CONTRACTED.sub("", lower) in lexicon.PRONOUNS
    ):
        linked = _linked_source_start(tokens, index, at_clause_start)
        return index if linked is None else linked  # he, who, he’s; a source close to him
    quantifier = _quantifier_start(tokens, index, lower)
    if quantifier is not None:
        return quantifier
    if not _is_head_word(head):
        return None
    if lower == "percent":
        return _share_start(words, index)
    named = _capitalised(head)
    first = index
    determined = placed = False
    while first > 0 and index - first < 9:
        word = words[first - 1]
        lower = word.lower()
        # Most words are none of the linking words below: one set lookup passes them by.
        if lower in _LINKING_WORDS or lower.endswith(_POSSESSIVE_ENDINGS):
            if word in _PUNCTUATION or lower in lexicon.PRONOUNS:
                break
            if lower in _LINK_ENDS:
                linked = _linked_source_start(tokens, first, at_clause_start)
                if linked is not None:
                    return linked  # people familiar with the matter, a source close to the campaign
            if lower in _DETERMINERS or (
                (lower in _POSSESSIVE_PRONOUNS or lower.endswith(_POSSESSIVE_ENDINGS))  # else not possessive
                and _is_possessive(lower)
                and not (named and _capitalised(word))
            ):
                first -= 1
                determined = True
                if lower not in _DETERMINERS and first >= 1 and words[first - 1].lower() in {"the", "a", "an"}:
                    first -= 1  # the players’ union, a company's spokesman
                if (
                    first >= 2
                    and words[first - 1].lower() in {"in", "at", "from", "of"}
                    and _is_plural_or_source(words[first - 2])
                ):
                    first -= 1  # officials in both capitals: carry on over the preposition
                    continue
                linked = _linked_source_start(tokens, first, at_clause_start)
                return first if linked is None else linked  # a source close to the campaign
            if lower in {"of", "for"} or (
                lower == "and" and named and first >= 2 and _capitalised(words[first - 2])
            ):
                first -= 1
                continue
            if lower in {"in", "at", "from"} and first >= 2 and (
                _is_plural_or_source(words[first - 2]) or (named and first == index and words[first - 2].islower())
            ):
                # officials in Washington, fishermen in Kelmar, a spokesman at the embassy; a place
                # after a common noun (stallholders at the market in Kelmar)
                first -= 1
                named = False  # the phrase goes on over the common noun before the preposition
                placed = True
                continue
        if not _is_head_word(word):
            break
        if named and not (_capitalised(word) or _is_title(word) or _POSSESSIVE.search(word)):
            break
        first -= 1
    while first < index and words[first].lower() in {"of", "for", "and", "in", "at", "from"}:
        first += 1
    if named or placed or words[index].lower() in lexicon.SOURCE_NOUNS:
        return first
    # An unknown common noun is a source only as a whole subject: "the department said".
    if determined or tokens.start(first) <= at_clause_start:
        return first
    return None


# A source noun and a link before the phrase it is linked to: *people familiar with* the talks.
_LINKS_AFTER_SOURCE = frozenset({("close", "to"), ("familiar", "with"), ("briefed", "on"), ("involved", "in")})
_LINK_ENDS = frozenset(link[1] for link in _LINKS_AFTER_SOURCE)
_LINK_IN_MENTION = re.compile(r"\s(?:" + "|".join(rf"{a}\s+{b}" for a, b in sorted(_LINKS_AFTER_SOURCE)) + r")\s")
# The words that _phrase_start does more with than test as a head word (a possessive ending aside).
_LINKING_WORDS = (
    _PUNCTUATION
    | frozenset(lexicon.PRONOUNS)
    | _LINK_ENDS
    | _DETERMINERS
    | _POSSESSIVE_PRONOUNS
    | {"of", "for", "and", "in", "at", "from"}
)
# A place that ends a mention after a common noun (stallholders at the market in Kelmar).
_PLACE_AT_END = re.compile(r"(?<=[a-z])\s(?:in|at)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$")


def _linked_source_start(tokens: _Words, first: int, at_clause_start: int) -> int | None:
    """Start of *a source close to* / *people familiar with* before ``words[first]``, or None."""
    words = tokens.words
    if first < 3 or (words[first - 2].lower(), words[first - 1].lower()) not in _LINKS_AFTER_SOURCE:
        return None
    if not _is_plural_or_source(words[first - 3]):
        return None
    return _phrase_start(tokens, first - 3, at_clause_start)


def _quantifier_start(tokens: _Words, index: int, lower: str) -> int | None:
    """Start of a quantifier subject ending at ``words[index]`` (*Some*, *they all*, *six in 10*,
    *42%*, *two-thirds*), or None when the word is no quantifier. ``lower``: the word in lowercase."""
    words = tokens.words
    if index >= 2 and words[index - 1] == "in" and _is_number(words[index - 2]) and _is_number(lower):
        first = index - 2  # six in 10 said, one in five say
    elif lower[0].isdigit():
        if not tokens.text.startswith("%", tokens.end(index)):
            return None
        first = index  # 42% say
    elif lower in QUANTIFIERS or lower.endswith(("-thirds", "-quarters", "-fifths")):
        first = index
    else:
        return None
    if first > 0 and lower == "most" and words[first - 1].lower() == "the":
        return None  # the most widely seen: a superlative
    if first > 0 and words[first - 1].lower() in _QUANTIFIER_LEADS:
        first -= 1
    elif first > 1 and words[first - 1].lower() == "than" and words[first - 2].lower() in {"more", "fewer", "less"}:
        first -= 2  # more than six in 10
    return first


def _is_number(word: str) -> bool:
    return word[0].isdigit() or word.lower() in QUANTIFIERS


_SHARE_LEAD = frozenset("another the some about nearly almost only just roughly over under".split())


def _share_start(words: list[str], index: int) -> int:
    """Start of a poll share, *Another 19 percent*: the number, and a word such as *another* before it."""
    if index == 0 or not words[index - 1][0].isdigit():
        return index  # Sixty percent, a tiny percent: the head alone
    first = index - 1
    if first > 0 and words[first - 1].lower() in _SHARE_LEAD:
        first -= 1
    return first


def _is_plural_or_source(word: str) -> bool:
    lower = word.lower()
    return lower in lexicon.SOURCE_NOUNS or lower.endswith(("men", "ers", "ists", "ians", "als"))


_TITLES = lexicon.TITLES
_FIRST_NAMES = lexicon.FEMALE_NAMES | lexicon.MALE_NAMES


def _title_gender(word: str) -> str | None:
    """The gender ``lexicon.TITLES`` gives ``word`` as written, else capitalised (m, f or -);
    None when it is no title."""
    return _TITLES.get(word) or _TITLES.get(word.capitalize())


def _is_title(word: str) -> bool:
    return _title_gender(word) is not None


def mention_before(text: str, lo: int, cue_start: int) -> Mention | None:
    """The source phrase that ends just before a cue (*Sherman* in *Sherman said*): see
    :func:`_mention_before`; a quantifier that floats after its subject (*Cruz and Rubio have
    both argued*, *the ministers all urged*) gives way to that subject."""
    mention = _mention_before(text, lo, cue_start)
    if mention is None:
        return None
    start, end = mention.start, mention.end
    if end - start <= 4 and text[start:end].lower() in _FLOATING:
        subject_end = rstrip_space(text, lo, start)
        words = text[max(lo, subject_end - 40) : subject_end].split()
        while words and words[-1].lower() in _AUXILIARIES:
            words.pop()
        if words and _subject_before_quantifier(words[-1]):
            return _mention_before(text, lo, subject_end) or mention
    # Trump at the time said, Bush in a Medium post said, The department less than two weeks
    # ago said: the phrase read is the circumstance; the subject stands before it.
    # (Literal tests first: most mentions have neither before or in them; one character screens
    # each: the last letter of a preposition, the o of ago.)
    # (From lo, not max(lo, start - 8), which costs a call: none of them is longer than 8.)
    if (
        start - lo >= 4
        and text[start - 2] in _CIRCUMSTANCE_LAST
        and text.endswith(_CIRCUMSTANCE_PREPOSITIONS, lo, start)
    ):
        start, _ = _word_before(text, lo, start)
        before, word = _word_before(text, lo, start)
        if word in {"earlier", "later", "early", "late"}:
            start = before  # earlier in the day
    elif text[end - 1] == "o" and text.endswith(" ago", start, end):
        before, word = _word_before(text, lo, start)
        if word in {"about", "nearly", "just"}:
            start = before
        elif word == "than":
            start = _word_before(text, lo, before)[0]  # less than two weeks ago
    else:
        return mention
    if start > lo:
        return _mention_before(text, lo, start) or mention
    return mention


_CIRCUMSTANCE_PREPOSITIONS = tuple(f" {word} " for word in ("at", "in", "on", "during", "over", "within", "for"))
_CIRCUMSTANCE_LAST = frozenset(word[-2] for word in _CIRCUMSTANCE_PREPOSITIONS)  # t, n, g, r


def _word_before(text: str, lo: int, end: int) -> tuple[int, str]:
    """The word that ends at ``end`` (white space before ``end`` skipped), and its start; ""
    when it would start before ``lo`` or there is none."""
    end = rstrip_space(text, lo, end)
    start = max(text.rfind(" ", lo, end) + 1, lo)
    if start == lo and lo > 0 and not text[lo - 1].isspace():
        return end, ""
    return start, text[start:end]


_FLOATING = frozenset({"both", "all", "each"})


def _subject_before_quantifier(word: str) -> bool:
    """Can ``word`` end a subject that a quantifier floats after: a name, a parenthesis
    (*Goodlatte (R-Va.)*), a plural noun (*ministers*), not a function word (*of all*, *for both*)?"""
    if word.endswith(")"):
        return True
    return word[0].isalpha() and (_capitalised(word) or word.endswith("s")) and word.lower() not in _NOT_HEAD_WORDS


# What _phrase_start refuses as a head with nothing before it (a pronoun or quantifier heads a phrase).
_NO_LONE_HEAD = _NOT_HEAD_WORDS - _PRONOUNS_AND_RELATIVES - QUANTIFIERS
_LONG_REACH = 320  # characters read before a cue when an apposition may stand there (else 120)


def _mention_before(text: str, lo: int, cue_start: int) -> Mention | None:
    """The source phrase that ends just before a cue (*Sherman* in *Sherman said*).

    Reads leftwards from ``cue_start`` to ``lo`` (the clause or sentence start),
    over auxiliaries and adverbs (*has repeatedly*), and over up to two
    appositions between commas (*Ryabkov, a deputy minister, said*). When the
    phrase is a role and the apposition a name (*Brennau's mayor, Stefan
    Albers, said*), the name is the mention and the role its apposition.
    """
    # The text the phrase may be read from, sliced once: a slice of it costs less than a max() call.
    before = text[max(lo, cue_start - _LONG_REACH) : cue_start]
    last_words = before[-16:]
    window = cue_start - len(last_words)  # max(lo, cue_start - 16)
    split = last_words.rsplit(None, 1)
    last_word = split[-1] if split else ""
    if last_word in _TIME_OR_ADVERB:
        # After an adverb, a match has a time word just before it (this month also): when the text
        # there ends in none, the search would find nothing (most adverbs: he also said).
        if last_word not in _TIME_ADVERBS or len(split) == 1 or text.endswith(_TIME_WORDS, lo, window + len(split[0])):
            time = _TIME_BEFORE.search(text, max(lo, cue_start - 60), cue_start)
        else:
            time = None
        if time is not None and time.start() > lo:
            cue_start = time.start()  # Wells Fargo just this month announced / David Axelrod on Wednesday called
            before = text[max(lo, cue_start - _LONG_REACH) : cue_start]
    elif last_word.isascii() and last_word.isalpha():
        # A pronoun or a function word right before the cue decides it (he said, to say):
        # no need to read the clause. The word is whole when white space or ``lo`` is before it.
        lower = last_word.lower()
        if lower in _ALONE_BEFORE_CUE:
            end = window + len(last_words.rstrip())
            start = end - len(lower)
            if start > window or window == lo:
                return Mention(start, end) if _ALONE_BEFORE_CUE[lower] else None
        elif "A" <= last_word[0] <= "Z" and (split[0][-1] in _PUNCTUATION if len(split) == 2 else window == lo):
            # A capitalised word after punctuation or at ``lo`` (“…,” Trump said) is read alone:
            # the phrase cannot extend over the punctuation, and no rule below changes it.
            end = window + len(last_words.rstrip())
            return None if lower in _NO_LONE_HEAD else Mention(end - len(lower), end)
    near = before[-24:]
    # Appositions need the long view.
    reach = _LONG_REACH if ("," in near or ")" in near or "—" in near or "–" in near) else 120
    tokens = _Words(text, before[-reach:], cue_start)
    words = tokens.words
    index = len(words) - 1
    if index >= 0 and words[index] == ")":
        # Rep. Stephen Lynch (D-Mass.) said: the parenthesis is an apposition.
        while index >= 0 and words[index] != "(" and len(words) - index < 12:
            index -= 1
        index -= 1
    while index >= 0 and (words[index].lower() in _AUXILIARIES or words[index].endswith(("ly", "n't", "n’t"))):
        if _capitalised(words[index]):
            break
        index -= 1
    if index < 0 or words[index] not in _APPOSITION_MARKS:
        return _plain_mention(text, tokens, index, lo)  # no apposition (most phrases)
    # Up to two appositions between commas or dashes: Varga, speaking in the capital, Brisa, said.
    # openings[i] is the index of the comma that opens appositions[i] (right to left).
    appositions: list[tuple[int, int]] = []
    openings: list[int] = []
    while index >= 0 and words[index] in _APPOSITION_MARKS and len(appositions) < 2:
        close = index
        scan = index - 1
        if words[close] == ",":
            while scan >= 0 and words[scan] not in _PUNCTUATION:
                scan -= 1
            if scan > 0 and words[scan] == "," and " ".join(words[scan + 1 : close]) in lexicon.REGIONS:
                scan -= 1  # of Flint, Mich., said: the state belongs to the city before it
                while scan >= 0 and words[scan] not in _PUNCTUATION:
                    scan -= 1
        else:
            # Joyce — who is listed as an attorney, but does not practise — told: a dash pair
            # holds an apposition that may have commas of its own.
            while scan >= 0 and words[scan] != words[close] and close - scan <= 40:
                scan -= 1
        if scan < 0 or words[scan] != words[close] or not 2 <= close - scan <= (30 if words[close] == "," else 40):
            break
        appositions.append((tokens.start(scan + 1), tokens.end(close - 1)))
        openings.append(scan)
        index = scan
    if not appositions:  # a comma with no apposition before it stops the phrase; a dash does not
        return None if words[index] == "," else _plain_mention(text, tokens, index, lo)
    # One apposition when a name or pronoun stands before it (In 2010, McConnell, the Senate
    # leader, said); else two (Varga, speaking in the capital, Brisa, said).
    inner = _plain_mention(text, tokens, openings[0] - 1, lo)
    if inner is not None and (len(appositions) == 1 or _names_someone(text[inner.start : inner.end])):
        return _with_apposition(text, inner, appositions[0])
    if len(appositions) == 2:
        outer = _plain_mention(text, tokens, openings[1] - 1, lo)
        if outer is not None:
            return _with_apposition(text, outer, appositions[1])
    return None if inner is None else _with_apposition(text, inner, appositions[0])


def _names_someone(phrase: str) -> bool:
    last = phrase.split()[-1]
    return _capitalised(last) or last.lower() in lexicon.PRONOUNS


def _plain_mention(text: str, tokens: _Words, index: int, lo: int) -> Mention | None:
    """The source phrase whose head is ``words[index]``; a parenthesis after it is skipped
    (*Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said*)."""
    words = tokens.words
    if index >= 0 and words[index] == ")":
        while index >= 0 and words[index] != "(":
            index -= 1
        index -= 1
    if index < 0:
        return None
    first = _phrase_start(tokens, index, lo + 3)
    if first is None:
        return None
    head = words[index]
    head_start = tokens.start(index)
    end = head_start + len(head)
    if head.endswith(_POSSESSIVE_ENDINGS):  # else there is no possessive to strip (most heads)
        end = strip_possessive(text, head_start, end)
    return Mention(tokens.start(first), end)


def _with_apposition(text: str, mention: Mention, apposition_span: tuple[int, int]) -> Mention:
    """Attach an apposition; a role followed by a name (*Brennau's mayor, Stefan Albers,*) swaps."""
    start, end = apposition_span
    apposition = text[start:end]
    phrase = text[mention.start : mention.end]
    is_role = any(
        w.islower() and (w in lexicon.SOURCE_NOUNS or _is_title(w)) for w in phrase.replace("’s", " ").split()
    ) or not _capitalised(phrase.split()[-1])
    if is_role and phrase.lower() not in lexicon.PRONOUNS and _is_person_name(apposition):
        return Mention(start, end, phrase)
    return Mention(mention.start, mention.end, apposition if _reads_as_role(apposition) else None)


def _reads_as_role(phrase: str) -> bool:
    """A title-like apposition (a deputy minister, Russia's envoy), not a clause (speaking later, 61)."""
    first = phrase.split()[0]
    return first.lower() in {"a", "an", "the"} or _is_title(first) or bool(_POSSESSIVE.search(first))


def _is_person_name(phrase: str) -> bool:
    """A capitalised chain with a first name or a title in it: Sen. Robert J. Calloway, Luc Ferrand."""
    if not (_NAME_CHAIN_ASCII if phrase.isascii() else _NAME_CHAIN).fullmatch(phrase):
        return False
    tokens = phrase.split()
    return 2 <= len(tokens) <= 7 and not any(t in _ORGANISATION_WORDS or t in _NOT_NAME_WORDS for t in tokens)


def mention_after(text: str, cue_end: int, hi: int) -> Mention | None:
    """The source phrase that starts just after a cue (*Ryabkov* in *said Ryabkov*)."""
    words = _words(text, cue_end, min(hi, cue_end + 200), 11)  # a phrase of ten words at most, and one to look at
    if not words:
        return None
    if words[0][2].lower() in lexicon.PRONOUNS:
        return Mention(words[0][0], words[0][1])
    last = -1
    for index, (_, _, word) in enumerate(words[:10]):
        lower = word.lower()
        previous = words[index - 1][2].lower() if index else ""
        if word in _PUNCTUATION or word in _WEEKDAYS:
            break
        if lower in _BOUNDARY_WORDS and lower not in {"of", "for"}:
            joins_names = lower == "and" and index + 1 < len(words) and _capitalised(words[index + 1][2])
            after_source = lower in {"in", "at", "from", "with", "to"} and previous in _SOURCE_LINKS
            if not (joins_names or after_source):
                break
        last = index
        if word.endswith(".") and not _is_abbreviation(word):
            break
    while last >= 0 and words[last][2].lower() in _NOT_PHRASE_ENDS:
        last -= 1
    if last < 0 or not _is_head_word(words[last][2]):
        return None
    head_words = [w for _, _, w in words[: last + 1]]
    if not any(_capitalised(w) or w.lower() in lexicon.SOURCE_NOUNS for w in head_words):
        if head_words[0].lower() not in _DETERMINERS:
            return None
    end = words[last][1]
    if text[end - 1] == "." and not _is_abbreviation(words[last][2]):
        end -= 1
    mention = Mention(words[0][0], strip_possessive(text, words[0][0], end))
    # said the head of the roads office, Katrin Vogel: the name is the mention, the role its apposition.
    name = _NAME_AFTER_COMMA.match(text, mention.end, min(hi, mention.end + 80))
    if name and not _capitalised(words[last][2]) and _is_person_name(name.group(1).rstrip(".")):
        return Mention(name.start(1), name.start(1) + len(name.group(1).rstrip(".")), text[mention.start : mention.end])
    return mention


_NAME_AFTER_COMMA = regex.compile(
    r",[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’.\-]*)+)(?=[ \u00a0]*(?:[,.;:]|$))"
)


_WEEKDAY_LIST = list(lexicon.WEEKDAYS)
_MONTH_LIST = "January February March April May June July August September October November December".split()
_TIME_LIST = _WEEKDAY_LIST + "today yesterday tonight week month year morning afternoon evening night".split()
_WEEKDAYS = frozenset(_WEEKDAY_LIST)
_TIME_WORDS = tuple(_TIME_LIST + _MONTH_LIST)
_TIME_ADVERBS = frozenset("just also then again repeatedly".split())
_TIME_OR_ADVERB = frozenset(_TIME_WORDS) | _TIME_ADVERBS
_TIME_BEFORE = regex.compile(
    r"(?:[ \u00a0]+(?:just|also|then|again))?"
    r"[ \u00a0]+(?:(?:on|in|early|late|last|this|next|earlier|later|on[ \u00a0]+\w+)[ \u00a0]+)?"
    "(?:" + "|".join(_TIME_LIST + _MONTH_LIST) + ")"
    r"(?:[ \u00a0]+(?:morning|afternoon|evening|night))?"
    r"(?:[ \u00a0]+(?:just|also|then|again|repeatedly))?[ \u00a0]*$"
)
# Words that do not end a source phrase after a cue (built once: the union per test cost more than the test).
_NOT_PHRASE_ENDS = _BOUNDARY_WORDS | {"of", "for", "familiar", "close"}
# Words after which a preposition stays inside a source phrase: a source familiar with the talks.
_SOURCE_LINKS = frozenset({"familiar", "close"}) | frozenset(lexicon.SOURCE_NOUNS)


def strip_possessive(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` less a possessive ending (*Trump's*, *hawks’*), if any."""
    if not text.endswith(_POSSESSIVE_LAST, start, end):
        return end  # no match can end there: skip the regex call
    match = _POSSESSIVE.search(text, start, end)
    return match.start() if match and match.start() > start else end


def _is_abbreviation(word: str) -> bool:
    return word in lexicon.ABBREVIATIONS or bool(_INITIALS.fullmatch(word))


_INITIALS = regex.compile(r"(?:\p{Lu}\.)+\p{Lu}?\.?")


# The full stop and space: the stop first, so that the engine looks for it alone (a pattern that
# starts with a look-behind is tried at every position).
_SENTENCE_STOP_IN_CHAIN = regex.compile(r"\.(?<=\p{L}{3}\.)[ \u00a0](?=\p{Lu})")
_SENTENCE_STOP_IN_CHAIN_ASCII = re.compile(r"\.(?<=[A-Za-z]{3}\.)[ \u00a0](?=[A-Z])")


def _chains(text: str, ascii: bool) -> list[tuple[int, str]]:
    """(start, chain) of chains of two capitalised words or more, cut where a full stop ends a
    sentence inside one (Tuesday. Mayor Ana Ruiz); lone words are left to the surname pass.
    ``ascii``: :func:`_reads_as_ascii` of the text."""
    pieces = []
    stops = _SENTENCE_STOP_IN_CHAIN_ASCII if ascii else _SENTENCE_STOP_IN_CHAIN
    for match in (_MULTI_CHAIN_ASCII if ascii else _MULTI_CHAIN).finditer(text):
        chain, start = match.group(), match.start()
        if ". " not in chain and ".\u00a0" not in chain:
            pieces.append((start, chain))
            continue
        position = 0
        for cut in stops.finditer(chain):
            stop = cut.start() + 1  # after the full stop
            word = chain[position:stop].split()[-1]
            if word in lexicon.ABBREVIATIONS:  # (no run of initials ends in three letters and a stop)
                continue
            pieces.append((start + position, chain[position:stop].rstrip(".")))
            position = cut.end()
        pieces.append((start + position, chain[position:]))
    return pieces


class _Person:
    __slots__ = ("name", "surname", "gender", "title")

    def __init__(self, name: str, surname: str, gender: str, title: str | None) -> None:
        self.name, self.surname, self.gender, self.title = name, surname, gender, title


def _split_title(tokens: list[str]) -> tuple[list[str], list[str], str]:
    """Split a capitalised chain into (title words, name words, gender from the title).

    *First Deputy Foreign Minister Pavel Dorn* -> title up to the first name;
    *John Whitcombe of Ashford Falls* -> the name stops at *of*.
    """
    gender = "-"
    index = 0
    for token in tokens:
        title_gender = _title_gender(token)
        if title_gender is not None:
            if title_gender != "-":
                gender = title_gender
        elif token not in lexicon.NATIONALITIES and not (index and token in _NAME_CONNECTORS):
            break
        index += 1
    # A title ends on a title word, not on a connector: "Secretary of State", not "Secretary of".
    while index and tokens[index - 1] in _NAME_CONNECTORS:
        index -= 1
    if len(tokens) - index > 2:  # else no word stands between the first and the last
        for position in range(index + 1, len(tokens) - 1):
            if tokens[position] in _FIRST_NAMES:
                index = position  # a first name starts the name: what stands before it is a title
                break
    name = tokens[index:]
    if not _NAME_CONNECTORS.isdisjoint(name):  # most names have none
        for position in range(1, len(name)):
            if name[position] in _NAME_CONNECTORS:
                name = name[:position]
                break
    return tokens[:index], name, gender


_HONORIFICS = frozenset("Mr. Mrs. Ms. Miss Mr Mrs Ms".split())


# Up to this many surnames, finding each with str.find beats matching every capitalised word.
_FEW_SURNAMES = 64


def _lone_surname_starts(text: str, surnames: dict[str, list[_Person]], ascii: bool) -> Iterable[int]:
    """Ascending offsets where a capitalised word may be one of ``surnames`` (alone or with 's):
    where one occurs, when there are few (str.find runs in C), else every capitalised word
    (one at a time: a long article has many). Either way the cost stays linear; the caller
    checks each offset."""
    if len(surnames) > _FEW_SURNAMES:
        words = _CAPITALISED_WORD_ASCII if ascii else _CAPITALISED_WORD
        return (match.start() for match in words.finditer(text))
    starts = set()
    for surname in surnames:
        position = text.find(surname)
        while position >= 0:
            starts.add(position)
            position = text.find(surname, position + 1)
    return sorted(starts)


_by_start = operator.itemgetter(0)
_ASCII_SPACES = [char for char in map(chr, range(0x80)) if char.isspace()]  # what str.split() splits at
_NOT_ROLE_LEADS = _BOUNDARY_WORDS | _DETERMINERS  # see People._role_words
# Each title's last three letters, lowercase, or when it has two (every title has two or more)
# the title, alone or after a space: the three ASCII characters before a name's space (or the
# two at the start of the text) are among these if a title, as written or capitalised, ends there.
_TITLE_ENDINGS = frozenset(title[-3:].lower() for title in _TITLES if len(title) > 2) | frozenset(
    space + title.lower() for title in _TITLES if len(title) == 2 for space in ["", *_ASCII_SPACES]
)
# What People._chain_names makes of a chain: title words, name words, gender, name, length, title.
_ChainNames = tuple[list[str], list[str], str, str, int, str | None]


class People:
    """The people an article names, in order, for resolving speaker mentions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_surname: dict[str, list[_Person]] = {}
        self._positions: list[int] = []  # start of each person occurrence, ascending
        self._ends: list[int] = []
        self._occurrences: list[_Person] = []
        # _split_title of each chain seen: an article names the same people again and again.
        self._splits: dict[tuple[str, ...], tuple[list[str], list[str], str]] = {}
        self._chain_cache: dict[str, _ChainNames | None] = {}
        self._resolved: dict[tuple[str, str | None], tuple[str, str | None, str]] = {}  # by resolve()
        ascii = _reads_as_ascii(text)
        # Pass 1: names of two words or more (and titled ones): who the people are.
        self._named: list[tuple[int, int, _Person]] = []  # (start, end, person) of each, ascending
        for start, chain in _chains(text, ascii):
            self._add_chain(start, chain)
        # Pass 2: lone surnames of those people (Sherman).
        if self._named:
            self._add_lone_surnames(ascii)

    def _add_lone_surnames(self, ascii: bool) -> None:
        text = self.text
        word_at = _CAPITALISED_WORD_ASCII if ascii else _CAPITALISED_WORD
        named = self._named
        # Per surname that several people bear: where its pass-1 mentions are and whose they are.
        firsts: dict[str, tuple[list[int], list[_Person]]] = {}
        # The text with the names found in pass 1 blanked out: a surname inside one is no lone
        # mention, nor is one that runs into one (a name starts where a capitalised word does).
        pieces: list[str] = []
        previous = 0
        for start, end, _ in named:
            pieces += text[previous:start], " " * (end - start)
            previous = end
        pieces.append(text[previous:])
        added = []
        surnames = self._by_surname
        for start in _lone_surname_starts("".join(pieces), surnames, ascii):
            match = word_at.match(text, start)
            if match is None:
                continue  # part of a longer word
            word = match.group()
            if word not in surnames:
                word = word[:-2] if word.endswith(("’s", "'s")) else word.rstrip("’'-")
                if word not in surnames:
                    continue
            end = start + len(word)
            bearers = surnames[word]
            person = bearers[0]  # (the one who bears it is the one its pass-1 mentions name)
            if len(bearers) > 1:
                # The person of that surname named most recently before (or else first after).
                if word not in firsts:
                    mentions = [item for item in named if item[2].surname == word]
                    firsts[word] = [item[0] for item in mentions], [item[2] for item in mentions]
                positions, people = firsts[word]
                person = people[max(0, bisect.bisect_right(positions, start) - 1)]
            added.append((start, end, person))
        merged = named
        if added:
            # Both lists ascend (pass 1 follows the chains in order) and share no start.
            merged = named + added
            merged.sort(key=_by_start)
        self._positions = [item[0] for item in merged]
        self._ends = [item[1] for item in merged]
        self._occurrences = [item[2] for item in merged]

    def _role_words(self, start: int) -> list[str]:
        """Lowercase title words right before a name: "coach James Okoro", "union delegate Ana Ruiz"."""
        text = self.text
        if start < 2 or text[start - 1] != " " or not text[start - 2].islower():
            return []
        # Most words before a name end in letters no title ends in (the, and, of, said).
        ending = text[max(0, start - 4) : start - 1]
        if ending.isascii() and ending.lower() not in _TITLE_ENDINGS:
            return []
        words = text[max(0, start - 30) : start].split()[-2:]
        if not words or not _is_title(words[-1]):
            return []
        if len(words) == 2 and words[0].isalpha() and words[0].lower() not in _NOT_ROLE_LEADS:
            return words  # union delegate, Opposition leader
        return words[-1:]

    def first_between(self, start: int, end: int) -> Mention | None:
        """The first named person mentioned in ``text[start:end]``."""
        index = bisect.bisect_left(self._positions, start)
        if index < len(self._positions) and self._positions[index] < end:
            return Mention(self._positions[index], self._ends[index])
        return None

    def _split(self, tokens: list[str]) -> tuple[list[str], list[str], str]:
        """:func:`_split_title`, remembered for this article (callers do not change the lists)."""
        key = tuple(tokens)
        split = self._splits.get(key)
        if split is None:
            split = self._splits[key] = _split_title(tokens)
        return split

    def _chain_names(self, chain: str) -> _ChainNames | None:
        """(title words, name words, gender, name, length less a possessive, title) of a chain,
        the gender from a first name, else from the title; None when it names no one or an
        organisation. Remembered for this article, which repeats its names."""
        if chain in self._chain_cache:
            return self._chain_cache[chain]
        tokens = chain.split()  # one space or no-break space stands between two words
        last = tokens[-1]
        length = len(chain)  # less a possessive: what strip_possessive gives
        if last.endswith(_POSSESSIVE_ENDINGS):
            last = _POSSESSIVE.sub("", last)
            length -= len(tokens[-1]) - len(last)
        tokens[-1] = last.rstrip(".") or tokens[-1]
        if tokens[-1] in _ORGANISATION_WORDS and _NAME_CONNECTORS.isdisjoint(tokens):
            # The White House: whatever _split_title makes of it, its name words (if any) end
            # on an organisation word.
            self._chain_cache[chain] = None
            return None
        title_words, name_words, gender = _split_title(tokens)
        found = None
        if name_words and _ORGANISATION_WORDS.isdisjoint(name_words):
            first = name_words[0]
            if first in lexicon.FEMALE_NAMES:
                gender = "f"
            elif first in lexicon.MALE_NAMES:
                gender = "m"
            found = title_words, name_words, gender, " ".join(name_words), length, _title(title_words)
        self._chain_cache[chain] = found
        return found

    def _add_chain(self, start: int, chain: str) -> None:
        names = self._chain_names(chain)
        if names is None:
            return
        title_words, name_words, gender, name, length, title = names
        surname = name_words[-1]
        known = self._by_surname.get(surname)
        if len(name_words) > 1 or not known:  # else its person is known, and the title no matter
            role_words = self._role_words(start)
            if role_words:
                title_words = role_words + title_words
                title = _title(title_words)
        if len(name_words) == 1:
            # A lone capitalised word is a person only as a known surname or after a title.
            if known:
                person = known[-1]
            elif title_words and gender != "-" or any(w in lexicon.TITLES for w in title_words[-1:]):
                person = _Person(surname, surname, gender, title)
                self._by_surname.setdefault(surname, []).append(person)
            else:
                return
        else:
            if gender == "-" and not title_words and not _looks_like_a_name(name_words):
                return
            same = None
            for other in known or ():
                if other.name == name:
                    same = other
                    break
            if same is None and known and len(known[-1].name.split()) == 1:
                same = known[-1]  # first seen as a lone surname after a title
                same.name = name
            if same is None:
                same = _Person(name, surname, gender, title)
                self._by_surname.setdefault(surname, []).append(same)
            person = same
            if person.gender == "-":
                person.gender = gender
            if person.title is None:
                person.title = title
        self._named.append((start, start + length, person))

    def resolve(self, start: int, end: int, apposition: str | None = None) -> Speaker:
        """The :class:`Speaker` for the mention ``text[start:end]``."""
        mention = self.text[start:end]
        lower = mention.lower()
        # A possessive owns a report noun (his claim that …): it resolves as its pronoun does.
        lower = _POSSESSIVE_AS_SUBJECT.get(lower, lower)
        if lower in lexicon.PRONOUNS:
            number, gender = lexicon.PRONOUNS[lower]
            if number == "sg" and gender in "mf":
                person = self._nearest(start, gender)
                if person is not None:
                    return new_speaker(mention, start, end, person.name, person.title, "pronoun")
            return new_speaker(mention, start, end, mention, None, "unresolved-pronoun")
        if lower in _RELATIVE:
            person = self._nearest(start, "")
            if person is not None:
                return new_speaker(mention, start, end, person.name, person.title, "relative")
            return new_speaker(mention, start, end, mention, None, "unresolved-pronoun")
        # A name resolves the same wherever it stands: an article repeats its speakers.
        key = (mention, apposition)
        resolved = self._resolved.get(key)
        if resolved is None:
            resolved = self._resolved[key] = self._resolve_name(mention, apposition)
        name, title, how = resolved
        return new_speaker(mention, start, end, name, title, how)

    def _resolve_name(self, mention: str, apposition: str | None) -> tuple[str, str | None, str]:
        """(name, title, rule) for a mention that is not a pronoun."""
        if mention.islower():
            return mention, None, "as-written"  # no capital, so no name in it (the officials)
        # A source close to Clinton is not Clinton: only the words before the link may name it.
        # Nor is the place a common noun is in: only the words before it may name the speaker.
        head = _LINK_IN_MENTION.split(mention, 1)[0] if " " in mention else mention
        if " in " in head or " at " in head:
            head = _PLACE_AT_END.sub("", head)
        chains = (_NAME_CHAIN_ASCII if head.isascii() else _NAME_CHAIN).findall(head)
        for chain in reversed(chains):
            tokens = chain.replace("\u00a0", " ").split(" ")
            if tokens[-1].endswith(_POSSESSIVE_ENDINGS):  # else _POSSESSIVE cannot match
                tokens[-1] = _POSSESSIVE.sub("", tokens[-1])
            title_words, name_words, _ = self._split(tokens)
            if not name_words:
                continue
            people = self._by_surname.get(name_words[-1])
            if not people:
                continue
            person = self._best(people, " ".join(name_words))
            title = person.title or _title(title_words) or apposition
            how = "surname" if len(name_words) < len(person.name.split()) else "name"
            return person.name, title, how
        for chain in chains:
            # Not named anywhere else: a title or a first name still makes it a person's name.
            title_words, name_words, _ = self._split(chain.replace("\u00a0", " ").split(" "))
            personal = (
                any(_is_title(w) for w in title_words)
                or name_words[:1]
                and (name_words[0] in lexicon.FEMALE_NAMES or name_words[0] in lexicon.MALE_NAMES)
            )
            if personal and name_words and not any(w in _ORGANISATION_WORDS for w in name_words):
                return " ".join(name_words), _title(title_words) or apposition, "name"
        title = apposition if chains else None
        return mention, title, "as-written"

    def _best(self, people: list[_Person], name: str) -> _Person:
        """The last of ``people`` whose name is or ends with ``name``, else the last."""
        ending = " " + name
        for person in reversed(people):
            if person.name == name or person.name.endswith(ending):
                return person
        return people[-1]

    def _nearest(self, start: int, gender: str) -> _Person | None:
        """The nearest person mentioned before ``start`` whose gender fits."""
        index = bisect.bisect_left(self._positions, start) - 1
        fallback = None
        while index >= 0:
            person = self._occurrences[index]
            if not gender or person.gender == gender:
                return person
            if person.gender == "-" and fallback is None:
                fallback = person
            index -= 1
        return fallback


_NOT_NAME_WORDS = frozenset(
    "The A An In On At For With From By After Before During As But And Or So If When While Since Although "
    "Though Whereas Because Unless Until "
    "This That These Those There Here What Why How Many Most Some All Both Other Others Every Each".split()
    + _WEEKDAY_LIST
    + _MONTH_LIST
)


def _looks_like_a_name(name_words: list[str]) -> bool:
    """Two or three capitalised words that are not function words, places or orgs."""
    if not 2 <= len(name_words) <= 3:
        return False
    for word in name_words:  # a loop, not any(): cheaper for two or three words
        if word in _NOT_NAME_WORDS or word in lexicon.NATIONALITIES or word.isupper():
            return False
    return True


def _title(words: list[str]) -> str | None:
    if not words:
        return None  # most names come with no title
    words = [w for w in words if w not in _HONORIFICS]
    return " ".join(words) if words else None
