"""Property-based tests: articles built from generated parts, whose quotes are known by construction.

Each article is a run of paragraphs: quote-free filler, and quotes in one of the
layouts the issues list (direct, split, dash, according to, reported speech
cue-first and content-first, participle, mixed, unquoted words leading into a
quote, content ended by a semicolon). People are introduced with title
and full name, then named by surname or, where the nearest person before is of
the same gender, by pronoun. ``extract_quotes`` must recover every quote with its
exact content, kind and speaker, and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

import quotekit

PEOPLE = [
    ("Anna", "Varga", "f"),
    ("Maria", "Lindqvist", "f"),
    ("Elena", "Moreau", "f"),
    ("David", "Okafor", "m"),
    ("Peter", "Kowalski", "m"),
    ("Michael", "Haddad", "m"),
]
TITLES = ["Mayor", "Foreign Minister", "Deputy Foreign Minister", "Commissioner", "Senator", "Judge"]
NOUNS = ["harbour", "bridge", "budget", "treaty", "railway", "hospital", "school", "border", "market", "river"]
VERBS = ["reopen", "close", "grow", "shrink", "recover", "fail", "change", "improve"]
TIMES = ["within weeks", "next spring", "before the winter", "by the end of the year", "in the coming months"]
FILLERS = [
    "The {noun} stood empty for most of the afternoon.",
    "Traffic near the {noun} was heavy on Tuesday.",
    "Rain fell over the {noun} until late in the evening.",
    "Work on the {noun} began three years ago.",
    "The {noun} lies two miles north of the old town.",
]


@dataclass
class Expected:
    content: str
    kind: str
    speaker: str


@st.composite
def clause(draw: st.DrawFn) -> str:
    """A reported clause with no cue word and no name: "the harbour would reopen within weeks"."""
    noun, verb, time = draw(st.sampled_from(NOUNS)), draw(st.sampled_from(VERBS)), draw(st.sampled_from(TIMES))
    return f"the {noun} would {verb} {time}"


@st.composite
def quotation(draw: st.DrawFn) -> str:
    """A sentence of direct speech, six words or more, capitalised, without final punctuation."""
    noun, verb, time = draw(st.sampled_from(NOUNS)), draw(st.sampled_from(VERBS)), draw(st.sampled_from(TIMES))
    opener = draw(st.sampled_from(["We believe the", "Nobody expects the", "I am certain the", "Our view is that the"]))
    return f"{opener} {noun} will {verb} {time}"


class Article:
    """Builds the text paragraph by paragraph, tracking who was mentioned last."""

    def __init__(self, titles: list[str]) -> None:
        self.paragraphs: list[str] = []
        self.expected: list[Expected] = []
        self.introduced: set[int] = set()
        self.last_person: int | None = None
        self.titles = titles

    def mention(self, person: int, subject: bool, draw: st.DrawFn) -> str:
        first, last, gender = PEOPLE[person]
        if person not in self.introduced:
            self.introduced.add(person)
            text = f"{self.titles[person]} {first} {last}"
        elif self.last_person is not None and PEOPLE[self.last_person][2] == gender and draw(st.booleans()):
            # The nearest person before is this one's gender, so a pronoun resolves to the nearest one.
            person = self.last_person
            pronoun = "she" if gender == "f" else "he"
            text = pronoun.capitalize() if subject else pronoun
            self.last_person = person
            return text
        else:
            text = last
        self.last_person = person
        return text

    def speaker_of(self, mention: str, person: int) -> int:
        return self.last_person if mention.lower() in {"he", "she"} and self.last_person is not None else person


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[Expected]]:
    titles = [draw(st.sampled_from(TITLES)) for _ in PEOPLE]
    article = Article(titles)
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.integers(0, 3)) == 0:
            article.paragraphs.append(draw(st.sampled_from(FILLERS)).format(noun=draw(st.sampled_from(NOUNS))))
            continue
        person = draw(st.integers(0, len(PEOPLE) - 1))
        layout = draw(
            st.sampled_from(
                ["quote-speaker-cue", "quote-cue-speaker", "split", "colon", "dash", "according-to",
                 "cue-first", "cue-first-that", "content-first", "mixed", "participle", "lead-in-mixed",
                 "semicolon", "fronted-clause", "concessive"]
            )
        )
        q1, q2, content = draw(quotation()), draw(quotation()), draw(clause())
        if layout == "dash":
            # A dash attribution names the person in full.
            first, last, _ = PEOPLE[person]
            article.introduced.add(person)
            article.last_person = person
            text = f"“{q1}.” — {titles[person]} {first} {last}"
            expected = Expected(f"{q1}.", "direct", f"{first} {last}")
        elif layout in {"quote-cue-speaker", "according-to"}:
            name = article.mention(person, subject=False, draw=draw)
            if name.lower() in {"he", "she"}:
                person = article.last_person  # "said he" is rare in news: use that person's surname
                name = PEOPLE[person][1]
            cue = "said" if layout == "quote-cue-speaker" else "according to"
            text = f"“{q1},” {cue} {name}."
            expected = Expected(f"{q1},", "direct", _full(article.speaker_of(name, person)))
        else:
            subject = layout in {"colon", "cue-first", "cue-first-that", "mixed", "participle", "semicolon", "concessive"}
            name = article.mention(person, subject=subject, draw=draw)
            speaker = _full(article.speaker_of(name, person))
            if layout == "quote-speaker-cue":
                text, expected = f"“{q1},” {name} said.", Expected(f"{q1},", "direct", speaker)
            elif layout == "split":
                text = f"“{q1},” {name} said. “{q2}.”"
                expected = Expected(f"{q1}, {q2}.", "direct", speaker)
            elif layout == "colon":
                text, expected = f"{name} added: “{q1}.”", Expected(f"{q1}.", "direct", speaker)
            elif layout == "cue-first":
                text, expected = f"{name} said {content}.", Expected(content, "indirect", speaker)
            elif layout == "cue-first-that":
                text, expected = f"{name} warned that {content}.", Expected(content, "indirect", speaker)
            elif layout == "content-first":
                sentence = content[0].upper() + content[1:]
                text, expected = f"{sentence}, {name} said.", Expected(sentence, "indirect", speaker)
            elif layout == "mixed":
                noun = draw(st.sampled_from(NOUNS))
                mixed = f"the {noun} was “a disgrace to the whole region” and had to change"
                text, expected = f"{name} said {mixed}.", Expected(mixed, "mixed", speaker)
            elif layout == "lead-in-mixed":
                lead_in = f"The {draw(st.sampled_from(NOUNS))} was “{q1},”"
                text, expected = f"{lead_in} {name} said.", Expected(lead_in, "mixed", speaker)
            elif layout == "semicolon":
                text = f"{name} said {content}; the meeting ended early."
                expected = Expected(content, "indirect", speaker)
            elif layout == "fronted-clause":
                # The main clause after the subordinate one is the writer's.
                text = f"Although {name} said {content}, the meeting ended early."
                expected = Expected(content, "indirect", speaker)
            elif layout == "concessive":
                text = f"{name} said {content}, although the meeting ended early."
                expected = Expected(content, "indirect", speaker)
            else:  # participle
                noun = draw(st.sampled_from(NOUNS))
                text = f"{name} rejected the plan for the {noun}, saying {content}."
                expected = Expected(content, "indirect", speaker)
        if draw(st.booleans()):
            text = draw(st.sampled_from(FILLERS)).format(noun=draw(st.sampled_from(NOUNS))) + " " + text
        article.paragraphs.append(text)
        article.expected.append(expected)
    separator = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    return separator.join(article.paragraphs), article.expected


def _full(person: int) -> str:
    first, last, _ = PEOPLE[person]
    return f"{first} {last}"


@given(articles())
def test_generated_articles_give_back_their_quotes(article: tuple[str, list[Expected]]) -> None:
    text, expected = article
    quotes = quotekit.extract_quotes(text)
    found = [(q.text, q.kind.value, q.speaker.name if q.speaker else None) for q in quotes
             if q.kind.value != "indirect" or q.cue is None or q.cue.lemma != "reject"]
    assert found == [(e.content, e.kind, e.speaker) for e in expected], quotekit.explain(text)


@given(articles())
def test_offsets_of_generated_articles_are_true_indices(article: tuple[str, list[Expected]]) -> None:
    text, _ = article
    for quote in quotekit.extract_quotes(text):
        for span in quote.spans:
            assert text[span.start : span.end] == span.text
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
        if quote.cue is not None:
            assert text[quote.cue.start : quote.cue.end] == quote.cue.text
