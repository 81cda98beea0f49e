"""One example per attribution layout, quote-mark style and non-quote case the issues list."""

from __future__ import annotations

import pytest

import quotekit
from quotekit import QuoteKind

INTRO = "Foreign Minister Anna Kowalski arrived in Geneva on Monday. "


def _only(text: str) -> quotekit.Quote:
    quotes = quotekit.extract_quotes(text)
    assert len(quotes) == 1, quotekit.explain(text)
    return quotes[0]


# (text, content, kind, speaker name, speaker as written, cue)
LAYOUTS = [
    pytest.param(
        "“We will not give up the valley,” Kowalski said.",
        "We will not give up the valley,", "direct", "Kowalski", "Kowalski", "said", id="quote-speaker-cue",
    ),
    pytest.param(
        INTRO + "“We will not give up the valley,” Kowalski said.",
        "We will not give up the valley,", "direct", "Anna Kowalski", "Kowalski", "said", id="surname-to-full-name",
    ),
    pytest.param(
        INTRO + "“We will not give up the valley,” Kowalski told a crowd in the old harbour town that evening.",
        "We will not give up the valley,", "direct", "Anna Kowalski", "Kowalski", "told", id="quote-speaker-cue-addressee",
    ),
    pytest.param(
        INTRO + "“We will not give up the valley,” Kowalski said of the new quotas for the fishing fleet.",
        "We will not give up the valley,", "direct", "Anna Kowalski", "Kowalski", "said", id="quote-speaker-cue-of",
    ),
    pytest.param(
        INTRO + "“We will not give up the valley,” Kowalski wrote Thursday in a long letter to the fishermen's union.",
        "We will not give up the valley,", "direct", "Anna Kowalski", "Kowalski", "wrote", id="quote-speaker-cue-weekday",
    ),
    pytest.param(
        INTRO + "“We will not give up the valley,” her friend Marta Lindqvist told the local radio station.",
        "We will not give up the valley,", "direct", "Marta Lindqvist", "her friend Marta Lindqvist", "told",
        id="quote-determiner-role-name-cue",
    ),
    pytest.param(
        INTRO + "“We will not give up the valley,” Kowalski told a briefing near the end of the first day of talks.",
        "We will not give up the valley,", "direct", "Anna Kowalski", "Kowalski", "told", id="addressee-then-near",
    ),
    pytest.param(
        INTRO + "“We will not give up the valley,” Kowalski insisted to the waiting cameras, with her aides behind her.",
        "We will not give up the valley,", "direct", "Anna Kowalski", "Kowalski", "insisted", id="cue-to-audience",
    ),
    pytest.param(
        INTRO + "“We will not give up the valley,” said Kowalski.",
        "We will not give up the valley,", "direct", "Anna Kowalski", "Kowalski", "said", id="quote-cue-speaker",
    ),
    pytest.param(
        "“We will not give up the valley,” Kowalski, the foreign minister, said.",
        "We will not give up the valley,", "direct", "Kowalski", "Kowalski", "said", id="apposition",
    ),
    pytest.param(
        INTRO + "Kowalski went on to say, “We will not give up the valley.”",
        "We will not give up the valley.", "direct", "Anna Kowalski", "Kowalski", "say", id="infinitive-before-quote",
    ),
    pytest.param(
        INTRO + "Kowalski ended her speech by saying, “We will not give up the valley.”",
        "We will not give up the valley.", "direct", "Anna Kowalski", "Kowalski", "saying", id="gerund-before-quote",
    ),
    pytest.param(
        INTRO + "She added: “We will not give up the valley.”",
        "We will not give up the valley.", "direct", "Anna Kowalski", "She", "added", id="colon-before-quote",
    ),
    pytest.param(
        "“We will not give up the valley.” — Commissioner Geoffrey Starks",
        "We will not give up the valley.", "direct", "Geoffrey Starks", "Commissioner Geoffrey Starks", None,
        id="dash-attribution",
    ),
    pytest.param(
        INTRO + "“We will not give up the valley,” according to Kowalski.",
        "We will not give up the valley,", "direct", "Anna Kowalski", "Kowalski", "according to", id="according-to-after",
    ),
    pytest.param(
        INTRO + "\"We will not give up the valley,\" Kowalski told reporters.",
        "We will not give up the valley,", "direct", "Anna Kowalski", "Kowalski", "told reporters", id="straight-quotes",
    ),
    pytest.param(
        INTRO + "«We will not give up the valley», Kowalski said.",
        "We will not give up the valley", "direct", "Anna Kowalski", "Kowalski", "said", id="guillemets",
    ),
    pytest.param(
        INTRO + "„We will not give up the valley“, Kowalski said.",
        "We will not give up the valley", "direct", "Anna Kowalski", "Kowalski", "said", id="low-9",
    ),
    pytest.param(
        INTRO + "‘We will not give up the valley,’ Kowalski said.",
        "We will not give up the valley,", "direct", "Anna Kowalski", "Kowalski", "said", id="single-quotes",
    ),
    pytest.param(
        INTRO + "“We don’t want a war over Russia’s ’90s borders,” Kowalski said.",
        "We don’t want a war over Russia’s ’90s borders,", "direct", "Anna Kowalski", "Kowalski", "said",
        id="apostrophes-inside",
    ),
    pytest.param(
        INTRO + "“He said ‘never again’ and meant it,” Kowalski said.",
        "He said ‘never again’ and meant it,", "direct", "Anna Kowalski", "Kowalski", "said", id="nested-single",
    ),
    # Reported speech
    pytest.param(
        INTRO + "Kowalski said that compromises were needed for progress.",
        "compromises were needed for progress", "indirect", "Anna Kowalski", "Kowalski", "said", id="cue-first-that",
    ),
    pytest.param(
        INTRO + "Kowalski said compromises were needed for progress.",
        "compromises were needed for progress", "indirect", "Anna Kowalski", "Kowalski", "said", id="cue-first",
    ),
    pytest.param(
        "The talks lasted eight hours, officials said.",
        "The talks lasted eight hours", "indirect", "officials", "officials", "said", id="content-first",
    ),
    pytest.param(
        "The talks lasted eight hours, said a spokesman for the ministry.",
        "The talks lasted eight hours", "indirect", "a spokesman for the ministry", "a spokesman for the ministry",
        "said", id="content-first-cue-speaker",
    ),
    pytest.param(
        "According to the ministry, the talks lasted eight hours.",
        "the talks lasted eight hours", "indirect", "the ministry", "the ministry", "According to",
        id="according-to-first",
    ),
    pytest.param(
        "The talks lasted eight hours, according to the ministry.",
        "The talks lasted eight hours", "indirect", "the ministry", "the ministry", "according to",
        id="according-to-last",
    ),
    pytest.param(
        "The Kremlin said: the talks were useful but short.",
        "the talks were useful but short", "indirect", "The Kremlin", "The Kremlin", "said", id="colon-indirect",
    ),
    pytest.param(
        "Russia denies the allegations, saying it responds to threats from the alliance.",
        "it responds to threats from the alliance", "indirect", "Russia", "Russia", "saying", id="participle",
    ),
    pytest.param(
        INTRO + "Kowalski praised the hosts, but said the two sides remained far apart.",
        "the two sides remained far apart", "indirect", "Anna Kowalski", "Kowalski", "said", id="coordinated",
    ),
    pytest.param(
        INTRO + "Kowalski said the plan would be “dead on arrival” in parliament.",
        "the plan would be “dead on arrival” in parliament", "mixed", "Anna Kowalski", "Kowalski", "said", id="mixed",
    ),
    pytest.param(
        "Kiev and Washington say they are preparing for an invasion.",
        "they are preparing for an invasion", "indirect", "Kiev and Washington", "Kiev and Washington", "say",
        id="two-places",
    ),
    pytest.param(
        "Workers at the plant say the quotas came too late.",
        "the quotas came too late", "indirect", "Workers at the plant", "Workers at the plant", "say",
        id="subject-ends-in-a-phrase",
    ),
    pytest.param(
        INTRO + "Asked about the deal on Tuesday, she demurred: “We will see.”",
        "We will see.", "direct", "Anna Kowalski", "she", "Asked", id="asked-then-a-clause-before-a-colon",
    ),
    pytest.param(
        INTRO + "Pressed on the budget, Kowalski was blunt: “There is no money left for the embassy this year.”",
        "There is no money left for the embassy this year.", "direct", "Anna Kowalski", "Kowalski", "Pressed",
        id="participle-phrase-then-a-clause-before-a-colon",
    ),
    pytest.param(
        INTRO + "Following a long, tense meeting, Kowalski issued a statement saying the talks would go on.",
        "the talks would go on", "indirect", "Anna Kowalski", "Kowalski", "saying",
        id="opening-phrase-with-a-comma-of-its-own",
    ),
    pytest.param(
        INTRO + "Smiling at the crowd, Kowalski was blunt: “There is no money left for the embassy this year.”",
        "There is no money left for the embassy this year.", "direct", "Anna Kowalski", "Kowalski", None,
        id="participle-opening-is-no-subject",
    ),
    pytest.param(
        "The ministers met in Oslo and said the quotas would stay.",
        "the quotas would stay", "indirect", "The ministers", "The ministers", "said", id="shared-subject-noun-phrase",
    ),
    pytest.param(
        "His former deputy agreed, but also contended that the quotas came too late.",
        "the quotas came too late", "indirect", "His former deputy", "His former deputy", "contended",
        id="shared-subject-after-a-possessive",
    ),
    pytest.param(
        INTRO + "The talks were “long but useful,” Kowalski said.",
        "The talks were “long but useful,”", "mixed", "Anna Kowalski", "Kowalski", "said", id="lead-in-then-quote",
    ),
    pytest.param(
        INTRO + "Kowalski said the talks were “long but useful,” she added.",
        "the talks were “long but useful,”", "mixed", "Anna Kowalski", "she", "added", id="cue-lead-in-then-quote",
    ),
    pytest.param(
        INTRO + "Kowalski dubbed the plan a “paper tiger” in front of the cameras.",
        "the plan a “paper tiger” in front of the cameras", "mixed", "Anna Kowalski", "Kowalski", "dubbed",
        id="quoted-only-cue-with-quote",
    ),
    pytest.param(
        "The poll of 1,200 voters was taken in May. Another 19 percent said they would not vote at all.",
        "they would not vote at all", "indirect", "Another 19 percent", "Another 19 percent", "said",
        id="poll-share",
    ),
    pytest.param(
        "The fishermen met the minister in Kelmar. Some say the quotas will empty the harbour.",
        "the quotas will empty the harbour", "indirect", "Some", "Some", "say", id="quantifier-subject",
    ),
    pytest.param(
        "Jonas Varga — who chairs the harbour board, and has for a decade — said the quotas would empty the harbour.",
        "the quotas would empty the harbour", "indirect", "Jonas Varga", "Jonas Varga", "said",
        id="dash-apposition",
    ),
    pytest.param(
        INTRO + "Kowalski has tried to explain that the border would stay open.",
        "the border would stay open", "indirect", "Anna Kowalski", "Kowalski", "explain", id="infinitive-subject",
    ),
    pytest.param(
        "The closure led the officials to say that the harbour would empty.",
        "the harbour would empty", "indirect", "the officials", "the officials", "say", id="infinitive-object",
    ),
    pytest.param(
        INTRO + "Kowalski answered the critics by arguing that the border would stay open.",
        "the border would stay open", "indirect", "Anna Kowalski", "Kowalski", "arguing", id="gerund-after-by",
    ),
    pytest.param(
        "The poll of 1,200 voters was taken in May. About six in 10 said they would not vote at all.",
        "they would not vote at all", "indirect", "About six in 10", "About six in 10", "said",
        id="quantifier-in-ten",
    ),
    pytest.param(
        "The poll of 1,200 voters was taken in May. One in five say they would not vote at all.",
        "they would not vote at all", "indirect", "One in five", "One in five", "say", id="quantifier-one-in-five",
    ),
    pytest.param(
        INTRO + "Kowalski promised to reopen the border crossings within a week.",
        "to reopen the border crossings within a week", "indirect", "Anna Kowalski", "Kowalski", "promised",
        id="infinitive-content",
    ),
    pytest.param(
        INTRO + "Kowalski said that as minister, she would reopen the crossings.",
        "as minister, she would reopen the crossings", "indirect", "Anna Kowalski", "Kowalski", "said",
        id="that-then-subordinate",
    ),
    pytest.param(
        INTRO + "In an interview on Monday, Kowalski rejected the plan and said the quotas were unfair.",
        "the quotas were unfair", "indirect", "Anna Kowalski", "Kowalski", "said", id="coordinated-after-opener",
    ),
    pytest.param(
        INTRO + "But Kowalski rejected the plan, saying the quotas were unfair.",
        "the quotas were unfair", "indirect", "Anna Kowalski", "Kowalski", "saying", id="participle-after-but",
    ),
    pytest.param(
        INTRO + "On Monday, Kowalski issued a statement saying the quotas were unfair to the fishermen.",
        "the quotas were unfair to the fishermen", "indirect", "Anna Kowalski", "Kowalski", "saying",
        id="statement-saying",
    ),
    pytest.param(
        INTRO + "Jon Varga, 58, a trawler captain from Kelmar, Maine, said the quotas would empty the harbour.",
        "the quotas would empty the harbour", "indirect", "Jon Varga", "Jon Varga", "said",
        id="apposition-with-city-and-state",
    ),
    pytest.param(
        "The quotas will empty the harbour by May, fishermen in Kelmar said.",
        "The quotas will empty the harbour by May", "indirect", "fishermen in Kelmar", "fishermen in Kelmar", "said",
        id="content-first-plural-in-place",
    ),
    pytest.param(
        "The border will reopen in May, people familiar with the talks said.",
        "The border will reopen in May", "indirect", "people familiar with the talks",
        "people familiar with the talks", "said", id="content-first-people-familiar-with",
    ),
    pytest.param(
        "The border will reopen in May, a source close to him said.",
        "The border will reopen in May", "indirect", "a source close to him", "a source close to him", "said",
        id="content-first-source-close-to-him",
    ),
    pytest.param(
        INTRO + "A source close to Kowalski said the border would reopen in May.",
        "the border would reopen in May", "indirect", "A source close to Kowalski", "A source close to Kowalski",
        "said", id="source-close-to-a-name",
    ),
    pytest.param(
        INTRO + "Asked whether the border would reopen, Kowalski said it would.",
        "it would", "indirect", "Anna Kowalski", "Kowalski", "said", id="two-word-clause",
    ),
    pytest.param(
        "Kowalski: Talks With Moscow Have Reached A Dead End.\nThe minister spoke in Geneva on Monday.",
        "Talks With Moscow Have Reached A Dead End", "indirect", "Kowalski", "Kowalski", None,
        id="headline-colon",
    ),
    pytest.param(
        "Fishermen’s Union Says Quotas Will Empty The Harbour.\nThe union met in Kelmar on Monday.",
        "Quotas Will Empty The Harbour", "indirect", "Fishermen’s Union", "Fishermen’s Union", "Says",
        id="headline-title-case-cue",
    ),
    pytest.param(
        "Quotas Will Empty The Harbour, Fishermen’s Union Says.\nThe union met in Kelmar on Monday.",
        "Quotas Will Empty The Harbour", "indirect", "Fishermen’s Union", "Fishermen’s Union", "Says",
        id="headline-title-case-content-first",
    ),
]


@pytest.mark.parametrize(("text", "content", "kind", "name", "mention", "cue"), LAYOUTS)
def test_layout(text: str, content: str, kind: str, name: str, mention: str, cue: str | None) -> None:
    quotes = [q for q in quotekit.extract_quotes(text) if q.text == content]
    assert len(quotes) == 1, quotekit.explain(text)
    quote = quotes[0]
    assert quote.kind.value == kind
    assert quote.speaker is not None, quotekit.explain(text)
    assert (quote.speaker.name, quote.speaker.text) == (name, mention)
    assert (quote.cue.text if quote.cue else None) == cue
    for span in quote.spans:
        assert text[span.start : span.end] == span.text


def test_quantifier_before_a_noun_is_no_subject() -> None:
    # "many calls", "one tweet": a quantifier before a cue word that is a noun here finds no speaker.
    text = "Too many calls still roll over to the backup centres outside the city."
    assert not quotekit.extract_quotes(text), quotekit.explain(text)
    text = "In one tweet Friday, the mayor said the bridge would reopen in May."
    quote = _only(text)
    assert quote.speaker is not None and quote.speaker.text == "the mayor"


def test_infinitive_cue_needs_a_speaker_and_a_clause() -> None:
    # "It is easy to see …": no one speaks; "to discuss …": a plan, not speech.
    assert not quotekit.extract_quotes("It is easy to see why the harbour is empty this year.")
    assert not quotekit.extract_quotes("The ministers met in Geneva to discuss the quotas for the coming year.")


def test_content_ends_before_the_writers_aside() -> None:
    text = "Six in 10 said the border should reopen, compared with four in 10 last year."
    assert [q.text for q in quotekit.extract_quotes(text)] == ["the border should reopen"]
    # Not inside a quote: the aside is the speaker's own words there.
    text = INTRO + "Kowalski said the border was “closed, compared with last year” in the talks."
    assert [q.text for q in quotekit.extract_quotes(text)] == ["the border was “closed, compared with last year” in the talks"]


def test_asked_with_no_one_asking_has_no_speaker() -> None:
    text = INTRO + "Kowalski shrugged when asked whether the border would reopen this year."
    quote = _only(text)
    assert quote.text == "whether the border would reopen this year" and quote.speaker is None
    text = INTRO + "She smiled when asked about the new quotas for the harbour."
    quote = _only(text)
    assert quote.text == "about the new quotas for the harbour" and quote.speaker is None
    # Not after a noun: the questions asked by the committee are no attribution.
    assert not quotekit.extract_quotes("The questions asked by the committee covered the quotas and the border.")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (INTRO + "At a briefing in Geneva, Kowalski was asked about the new quotas for the harbour.",
         "about the new quotas for the harbour"),
        ("Kelmar made the news when it was revealed that the mayor had sold the harbour.",
         "the mayor had sold the harbour"),
        ("The ministry was widely criticized for closing the border to the fishing fleet.",
         "for closing the border to the fishing fleet"),
        (INTRO + "At the briefing, Kowalski was asked, “Will the border reopen in May?”",
         "Will the border reopen in May?"),
    ],
)
def test_passive_cue_has_no_speaker(text: str, content: str) -> None:
    # Kowalski was asked …: she is asked, not the source; who asked is not said.
    quotes = [q for q in quotekit.extract_quotes(text) if q.text == content]
    assert len(quotes) == 1 and quotes[0].speaker is None, quotekit.explain(text)


@pytest.mark.parametrize(
    "text",
    [
        INTRO + "Hours later, Kowalski flew home, telling reporters the border would reopen in May.",
        INTRO + "Speaking in Geneva, she thanked her hosts and said the border would reopen in May.",
        INTRO + "On Monday, after a long silence, Kowalski met the union, saying the border would reopen in May.",
        INTRO + "Instead, Kowalski flew home, telling reporters the border would reopen in May.",
    ],
)
def test_shared_subject_after_an_opening_phrase(text: str) -> None:
    # "Hours later," "Speaking in Geneva,": the opening word is no subject; the one after the comma is.
    quotes = [q for q in quotekit.extract_quotes(text) if q.text == "the border would reopen in May"]
    assert len(quotes) == 1 and quotes[0].speaker is not None, quotekit.explain(text)
    assert quotes[0].speaker.name == "Anna Kowalski", quotekit.explain(text)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Kowalski and Lindqvist have both argued that the border should reopen in May.", "Kowalski and Lindqvist"),
        ("The ministers all agree that the border should reopen in May.", "The ministers"),
    ],
)
def test_floating_quantifier_gives_way_to_its_subject(text: str, mention: str) -> None:
    quote = _only(text)
    assert quote.speaker is not None and quote.speaker.text == mention, quotekit.explain(text)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Kowalski at the time said that the border would reopen in May.", "Kowalski"),
        ("The ministry less than two weeks ago said that the border would reopen in May.", "The ministry"),
        ("Lindqvist in a letter said that the border would reopen in May.", "Lindqvist"),
    ],
)
def test_subject_before_a_circumstance(text: str, mention: str) -> None:
    # at the time, two weeks ago, in a letter: the circumstance stands between subject and cue.
    quote = _only(text)
    assert quote.speaker is not None and quote.speaker.text == mention, quotekit.explain(text)


@pytest.mark.parametrize(
    "text",
    [
        INTRO + "Said Kowalski, “We will not give up the valley.”",
        INTRO + "The talks went on all night. But, added Kowalski, “We will not give up the valley.”",
        INTRO + "Stated Kowalski:\n“We will not give up the valley.”",
    ],
)
def test_speaker_after_a_fronted_cue(text: str) -> None:
    # Said Kowalski, “…”: the cue comes first and the speaker after it, before the quote.
    quotes = [q for q in quotekit.extract_quotes(text) if q.text == "We will not give up the valley."]
    assert len(quotes) == 1 and quotes[0].speaker is not None, quotekit.explain(text)
    assert quotes[0].speaker.text == "Kowalski", quotekit.explain(text)


@pytest.mark.parametrize(
    "text",
    [
        "KELMAR, Norway - Anna Kowalski toured the harbour on Monday, saying the border would reopen in May.",
        "Geneva (AFP) – Anna Kowalski toured the harbour on Monday and said the border would reopen in May.",
    ],
)
def test_shared_subject_after_a_dateline(text: str) -> None:
    quotes = [q for q in quotekit.extract_quotes(text) if q.text == "the border would reopen in May"]
    assert len(quotes) == 1 and quotes[0].speaker is not None, quotekit.explain(text)
    assert quotes[0].speaker.text == "Anna Kowalski", quotekit.explain(text)


def test_dash_and_name_in_the_paragraph_after_the_quote() -> None:
    # Fact-check style: the quote in one paragraph, "- Name." in the next.
    text = "The harbour will stay open.\n\n“We will not give up the valley.”\n\n- Anna Kowalski.\n\nShe spoke on Monday."
    quote = _only(text)
    assert quote.speaker is not None and quote.speaker.text == "Anna Kowalski", quotekit.explain(text)


def test_superlative_most_is_no_subject() -> None:
    text = "The clip was shared widely, making the video the most widely seen record of the night."
    assert all(q.speaker is None or q.speaker.text != "the most" for q in quotekit.extract_quotes(text))


def test_split_quote_is_one_quote_with_two_spans() -> None:
    quote = _only(INTRO + "“We came to talk,” she said. “We did not come to sign.”")
    assert [s.text for s in quote.spans] == ["We came to talk,", "We did not come to sign."]
    assert quote.text == "We came to talk, We did not come to sign."
    assert quote.speaker.name == "Anna Kowalski"


@pytest.mark.parametrize(
    "attribution",
    [
        pytest.param(
            "said Piotr Lind, a former harbour commissioner with the regional transport board of Pomerania who is "
            "now a senior program officer for fisheries, shipping and climate at a private foundation in Gdansk.",
            id="long-apposition",
        ),
        pytest.param("said Piotr Lind, 65, who voted for the mayor but showed up to hear her rival.", id="cue-in-a-relative-clause"),
    ],
)
def test_split_quote_after_a_long_attribution_is_one_quote(attribution: str) -> None:
    quote = _only("“The scale of the change is enormous,” " + attribution + " “Nobody can do it in a year.”")
    assert [s.text for s in quote.spans] == ["The scale of the change is enormous,", "Nobody can do it in a year."]
    assert quote.speaker is not None and quote.speaker.text == "Piotr Lind"


def test_speaker_named_in_the_sentence_before() -> None:
    text = "Alice Moreau turned to Bob Lind. “This committee has wasted a whole year on nothing.”"
    quote = _only(text)
    assert quote.speaker.name == "Alice Moreau"
    assert quote.cue is None and quote.rule == "previous-sentence"


def test_follow_on_paragraph_takes_the_previous_speaker() -> None:
    text = (
        "“I came here in 1994 and never left,” said the director, Peter Holm.\n"
        "“The theatre was half empty then, and the roof leaked every winter.”"
    )
    first, second = quotekit.extract_quotes(text)
    assert second.rule == "follow-on"
    assert second.speaker.name == first.speaker.name == "Peter Holm"


def test_follow_on_prefers_a_person_the_text_names() -> None:
    text = (
        "“I came here in 1994 and never left,” Peter Holm said.\n"
        "Maria Lund, his deputy, disagreed. “The theatre was full even then, every single night.”"
    )
    second = quotekit.extract_quotes(text)[-1]
    assert second.speaker.name == "Maria Lund"


def test_multi_paragraph_quote_is_one_quote() -> None:
    text = (
        "The mayor read her statement aloud.\n"
        "“We have cut the budget for three years in a row.\n"
        "“We will not cut it again,” Mayor Ruth Adler said."
    )
    quote = _only(text)
    assert len(quote.spans) == 2
    assert quote.spans[0].text == "We have cut the budget for three years in a row."
    assert quote.speaker.name == "Ruth Adler"


def test_unclosed_quote_stops_at_the_paragraph_end() -> None:
    text = "He added: “We will be back next year.\nThe council met again on Friday to discuss the roads."
    quote = _only(text)
    assert quote.text == "We will be back next year."
    assert quote.end == text.index("\n")


def test_addressee_is_not_content() -> None:
    text = "US President Joe Biden has repeatedly warned his Russian counterpart Vladimir Putin that sanctions will follow."
    quote = _only(text)
    assert quote.text == "sanctions will follow"
    assert quote.addressee is not None and quote.addressee.text == "his Russian counterpart Vladimir Putin"
    assert quote.speaker.name == "Joe Biden" and quote.speaker.title == "US President"


def test_a_long_addressee_before_that_is_not_content() -> None:
    text = INTRO + "Kowalski told one of her oldest friends from the ministry on a quiet evening that she would resign."
    quote = _only(text)
    assert quote.text == "she would resign"
    assert quote.addressee is not None
    assert quote.addressee.text == "one of her oldest friends from the ministry on a quiet evening"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Sarah Klein met Tom Berg in Oslo. She said the deal was off for now.", "Sarah Klein", id="she"),
        pytest.param("Sarah Klein met Tom Berg in Oslo. He said the deal was off for now.", "Tom Berg", id="he"),
        pytest.param("Mr. Okafor met the press in Lagos. He said the deal was off for now.", "Okafor", id="mr"),
    ],
)
def test_pronouns_resolve_by_gender(text: str, name: str) -> None:
    assert _only(text).speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("She spoke with Ryabkov on missile restrictions and exercises in Europe.", id="spoke-with"),
        pytest.param("The talks said nothing new about the border.", id="said-nothing"),
        pytest.param("The so-called peace plan has no timetable at all.", id="so-called"),
        pytest.param("The film “The Long Night” won three prizes in Venice.", id="quoted-title"),
        pytest.param("The bridge, a “miracle” of engineering, opened in 1932.", id="scare-quote"),
        pytest.param("The presidential debate lasted two hours.", id="noun-debate"),
        pytest.param("His early-morning tweets angered many voters.", id="noun-tweets"),
        pytest.param("Kowalski dubbed the plan a paper tiger in front of the cameras.", id="quoted-only-cue-no-quote"),
        pytest.param("The side, known locally as the “Greyhounds”, won again.", id="known-as-scare-quote"),
        pytest.param("The Latest: Ferry Services Resume On Lake Orvel.\nBoats left at dawn.", id="headline-label"),
        pytest.param("Clinton-Supporting Groups Target Latino Voters.\nThe ads began on Monday.", id="headline-ing"),
        pytest.param("Harbour Master Laughs, Dodges Reporter’s Question.\nBoats left at dawn.", id="headline-np-cue-last"),
        pytest.param("Ferry services on Lake Orvel resumed on Monday: boats left at dawn and returned by noon.",
                     id="colon-in-a-sentence"),
        pytest.param("The council held a roll call vote on the ferry budget.", id="compound-roll-call"),
        pytest.param("Hundreds of fishermen showed up to hear the minister in Gdynia.", id="phrasal-show-up"),
        pytest.param("Her deputy told Radio Kelmar 4 on Wednesday.", id="addressee-with-a-channel-number"),
        pytest.param("As the ferry strike drags on, many in Kelmar reaffirm their support.", id="fronted-clause-is-no-content"),
        pytest.param("Grant joined the conference call with the ferry operators.", id="compound-conference-call"),
        pytest.param("Her private email server drew scrutiny for months.", id="compound-private-email"),
    ],
)
def test_not_a_quote(text: str) -> None:
    assert quotekit.extract_quotes(text) == [], quotekit.explain(text)


def test_a_long_quotation_without_cue_is_kept_with_no_speaker() -> None:
    text = "The sign on the door read: nothing.\n“Closed until further notice, by order of the board of health.”"
    quote = _only(text)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.speaker is None and quote.rule == "unattributed"


# (text after INTRO, the content of its first quote): where reported content stops.
CONTENT_ENDS = [
    pytest.param("Kowalski said the talks were useful; the ministry published no statement.",
                 "the talks were useful", id="semicolon"),
    pytest.param("Kowalski said the talks were “very useful” and called the hosts generous.",
                 "the talks were “very useful”", id="coordinated-second-cue"),
    pytest.param("Kowalski said the talks had gone well, while other delegates said little had changed.",
                 "the talks had gone well", id="subordinator-before-second-attribution"),
    pytest.param("Kowalski said the border would reopen soon, but she did not give a date.",
                 "the border would reopen soon", id="conjunction-new-pronoun-subject"),
    pytest.param("Kowalski said there was “no alternative to talks,” adding that a plan would follow.",
                 "there was “no alternative to talks,”", id="quote-comma-then-participle"),
    pytest.param("Kowalski called the plan a “paper tiger” on Monday in front of reporters.",
                 "the plan a “paper tiger”", id="time-after-quote"),
    pytest.param("Although Kowalski said the border would reopen soon, the ministry kept the checkpoints closed.",
                 "the border would reopen soon", id="fronted-subordinate-clause"),
    pytest.param("But as Kowalski said the fishermen would lose their boats, the ministry raised the quotas.",
                 "the fishermen would lose their boats", id="fronted-subordinate-after-a-conjunction"),
    pytest.param("Kowalski said the quotas were fair to everyone, although the catch was smaller this year.",
                 "the quotas were fair to everyone", id="concessive-clause"),
    pytest.param("Kowalski said the talks had gone well, when her deputy claimed little had changed.",
                 "the talks had gone well", id="subordinator-when-before-second-attribution"),
    pytest.param("Kowalski said the talks were a useful, although brief, chance to meet the fishermen.",
                 "the talks were a useful, although brief, chance to meet the fishermen", id="concessive-aside"),
    pytest.param("Kowalski said the quota dispute, while painful, was settled fairly in the end.",
                 "the quota dispute, while painful, was settled fairly in the end", id="while-aside"),
    pytest.param("Kowalski said the harbour would stay open, even though two boats had already left.",
                 "the harbour would stay open", id="even-though"),
    pytest.param("Kowalski said the harbour would stay open — though two boats had already left.",
                 "the harbour would stay open", id="dash-though"),
    pytest.param("Kowalski said Lindqvist, who chairs the union, would sign the agreement in May.",
                 "Lindqvist, who chairs the union, would sign the agreement in May", id="relative-in-the-subject"),
    pytest.param("Kowalski said the harbour fees would double next year, but the union rejected the plan at once.",
                 "the harbour fees would double next year", id="noun-phrase-cue-with-its-own-subject"),
    pytest.param("Kowalski said the ministry would lower its forecast this year, and the downgrade has hit the fishermen hard.",
                 "the ministry would lower its forecast this year", id="and-a-second-clause"),
    pytest.param("Kowalski said the border, the budget, and the quotas would be discussed in May.",
                 "the border, the budget, and the quotas would be discussed in May", id="and-last-list-item"),
    pytest.param("Kowalski announced tighter quotas on Tuesday, with her deputy leveling sharp criticism at the trawlers.",
                 "tighter quotas on Tuesday", id="with-ing-circumstance"),
    pytest.param("The survey showed Kowalski ahead by 44 percent to 37, with 13 percent backing the mayor.",
                 "Kowalski ahead by 44 percent to 37, with 13 percent backing the mayor", id="with-ing-poll-figures"),
    pytest.param("Kowalski said the ministry had cut the cod quota by half, the first cut of its kind in a decade.",
                 "the ministry had cut the cod quota by half", id="apposition-after-a-comma"),
    pytest.param("Kowalski praised the new harbour fees, a hard-won compromise with the trawler owners.",
                 "the new harbour fees", id="apposition-three-words-with"),
    pytest.param("Kowalski said the talks would move to Gdansk, where the fishermen have their union hall.",
                 "the talks would move to Gdansk", id="relative-where"),
    pytest.param("Kowalski said the harbour fees would double next year — a plan the fishermen have fought for months.",
                 "the harbour fees would double next year", id="dash-aside"),
    pytest.param("Kowalski said the union leader - a former skipper - would sign the agreement in May.",
                 "the union leader - a former skipper - would sign the agreement in May", id="dash-apposition"),
]


@pytest.mark.parametrize(("text", "content"), CONTENT_ENDS)
def test_reported_content_ends(text: str, content: str) -> None:
    quotes = quotekit.extract_quotes(INTRO + text)
    assert quotes and quotes[0].text == content, quotekit.explain(INTRO + text)


def test_a_fronted_clause_gives_its_speaker_without_the_conjunction() -> None:
    quote = _only(INTRO + "Although Kowalski said the talks were useful, the ministry kept the border closed.")
    assert quote.text == "the talks were useful"
    assert quote.speaker is not None and (quote.speaker.text, quote.speaker.name) == ("Kowalski", "Anna Kowalski")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("According to a survey by the harbour office, most boats stay in port until May.",
         "a survey by the harbour office", "most boats stay in port until May"),
        ("Most boats stay in port until May, according to figures from the harbour office.",
         "figures from the harbour office", "Most boats stay in port until May"),
    ],
)
def test_according_to_a_source_that_is_no_speaker(text: str, source: str, content: str) -> None:
    # A survey, figures, records: the phrase is the source, as written, with nothing to resolve.
    quote = _only(text)
    assert quote.text == content and quote.cue is not None and quote.cue.lemma == "according to"
    assert quote.speaker is not None and (quote.speaker.text, quote.speaker.name) == (source, source)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The fleet landed 400 tonnes of cod last month, according to the harbour office, but prices kept falling.",
         "The fleet landed 400 tonnes of cod last month"),
        ("Most of the boats will stay in port until May, according to Marta Lindqvist, a spokeswoman for the union.",
         "Most of the boats will stay in port until May"),
    ],
)
def test_according_to_after_a_clause_reports_the_clause(text: str, content: str) -> None:
    # What follows the source's comma is the writer's next clause or an apposition, not the report.
    quote = _only(text)
    assert quote.text == content and quote.cue is not None and quote.cue.lemma == "according to"


def test_overall_or_here_after_the_subject_is_read_over() -> None:
    # "voters overall said", "fishermen here say": the adverb stands between the subject and its cue.
    quote = _only("Nearly eight in 10 union members overall said they would back the new contract.")
    assert quote.text == "they would back the new contract"
    assert quote.speaker is not None and "union members" in quote.speaker.text
    assert "overall" not in quote.speaker.text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In the old harbour town, fishermen say the new quotas will empty the port within a year.", "fishermen"),
        ("But harbour specialists say the new quotas will empty the port within a year.", "harbour specialists"),
    ],
)
def test_a_common_noun_subject_after_an_opening_phrase_or_but(text: str, source: str) -> None:
    # An unknown plural noun is a subject when it opens its clause, after a comma or a conjunction too.
    quote = _only(text)
    assert quote.text == "the new quotas will empty the port within a year"
    assert quote.speaker is not None and quote.speaker.text == source


def test_an_adverb_in_s_after_an_opening_phrase_is_no_subject() -> None:
    assert quotekit.extract_quotes("In the end, perhaps say it louder next time.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ferries will stop running in the winter months, current and former port officials said.",
         "port officials"),
        ("The ferries will stop running in the winter months, the news site Harbour Daily reported.",
         "Harbour Daily"),
    ],
)
def test_content_first_with_words_between_the_comma_and_the_source(text: str, source: str) -> None:
    # The source phrase does not take in "current and" or "the news site", yet the comma opens it.
    quote = _only(text)
    assert quote.text == "The ferries will stop running in the winter months"
    assert quote.speaker is not None and quote.speaker.text.endswith(source)


def test_a_noun_and_a_relative_after_the_comma_are_no_source() -> None:
    # "…, a point Kowalski also made": a reduced relative clause of the writer's, not an attribution.
    text = "The ferries will stop running in the winter months, a point Kowalski also acknowledged."
    assert quotekit.extract_quotes(text) == [], quotekit.explain(text)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master said Sunday on Radio Kelmar that the ferries would run again in March.",
        "The harbour master announced Monday in a letter that the ferries would run again in March.",
    ],
)
def test_a_day_and_a_medium_between_the_cue_and_that(text: str) -> None:
    quote = _only(text)
    assert quote.text == "the ferries would run again in March"
    assert quote.speaker is not None and quote.speaker.text == "The harbour master"


@pytest.mark.parametrize(
    "text",
    [
        "While saying that the fishermen had been treated unfairly, Kowalski kept the quotas in place.",
        "Noting that the fishermen had been treated unfairly, Kowalski kept the quotas in place.",
    ],
)
def test_a_participle_that_opens_the_sentence_gives_the_main_subject(text: str) -> None:
    # The content runs to the comma; the subject of the main clause after it speaks.
    quote = _only(text)
    assert quote.text == "the fishermen had been treated unfairly" and quote.rule == "participle"
    assert quote.speaker is not None and quote.speaker.text == "Kowalski"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The closure of the harbour was first reported by the Kelmar Gazette.", "The closure of the harbour",
         "the Kelmar Gazette"),
        ("Kowalski has been repeatedly criticized by the fishermen's union.", "Kowalski", "the fishermen's union"),
    ],
)
def test_a_passive_report_with_its_agent(text: str, content: str, source: str) -> None:
    # The subject is what was reported; the agent after "by" reported it.
    quote = _only(text)
    assert quote.text == content
    assert quote.speaker is not None and quote.speaker.text == source


def test_asked_by_is_no_passive_report() -> None:
    # Who was asked is the addressee: "was asked by X" reports no subject.
    text = "Kowalski was asked by a reporter in Kelmar."
    assert quotekit.extract_quotes(text) == [], quotekit.explain(text)


def test_an_apposition_after_an_inverted_source_is_no_content() -> None:
    # "…, said Lindqvist, head of the union.": the content came first; the apposition is hers.
    text = ("The quotas, which the ministry set in May, will empty the harbour, said Marta Lindqvist, "
            "head of the fishermen's union.")
    quote = _only(text)
    assert quote.rule == "content-first" and quote.text.startswith("The quotas")
    assert quote.speaker is not None and quote.speaker.text == "Marta Lindqvist"


def test_a_singular_head_of_a_plural_takes_the_verb_form_in_s() -> None:
    # "An average of recent polls shows …": the head is "average", so "shows" is a verb.
    quote = _only("An average of recent harbour polls shows Kowalski leading Lindqvist by nine points.")
    assert quote.text == "Kowalski leading Lindqvist by nine points"
    assert quote.speaker is not None and quote.speaker.text.endswith("polls")


def test_the_object_of_a_participle_after_a_quote_is_no_speaker() -> None:
    # “…,” referring to the plan: the plan is what is referred to, not who speaks.
    text = INTRO + "Kowalski spoke to the union. “It will empty the harbour,” referring to the new quota plan."
    speakers = [q.speaker.text for q in quotekit.extract_quotes(text) if q.speaker is not None]
    assert "the new quota plan" not in speakers, quotekit.explain(text)


def test_a_conjunction_before_an_after_quote_speaker_is_not_part_of_the_mention() -> None:
    quote = _only(INTRO + "“We will not give up the valley,” But Kowalski said.")
    assert quote.speaker is not None and quote.speaker.text == "Kowalski"


def test_a_colon_before_a_quote_gives_the_clause_subject_without_a_cue() -> None:
    # "demurred" is no cue word: the subject of the clause the colon ends speaks.
    text = INTRO + "Later that evening, she demurred: “Not today, not here, and not with these people in the room.”"
    quote = _only(text)
    assert quote.rule == "before-colon" and quote.cue is None, quotekit.explain(text)
    assert quote.speaker is not None and (quote.speaker.text, quote.speaker.name) == ("she", "Anna Kowalski")


def test_content_on_both_sides_of_its_attribution_is_one_quote_of_two_spans() -> None:
    text = INTRO + "Closing the border too soon, the fishermen say, would empty the harbour."
    quote = _only(text)
    assert [span.text for span in quote.spans] == ["Closing the border too soon", "would empty the harbour"]
    assert quote.speaker is not None and quote.speaker.text == "the fishermen" and quote.rule == "content-first"


def test_a_participle_cue_after_an_attribution_starts_the_next_one() -> None:
    text = INTRO + "The talks were useful, Kowalski said, adding that a plan would follow."
    quotes = quotekit.extract_quotes(text)
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("The talks were useful", "said"),
        ("a plan would follow", "adding"),
    ], quotekit.explain(text)


def test_participle_after_a_quote_shares_the_speaker() -> None:
    text = INTRO + "Kowalski said there was “no alternative to talks,” adding that a plan would follow."
    second = quotekit.extract_quotes(text)[1]
    assert (second.text, second.rule, second.speaker.name) == ("a plan would follow", "participle", "Anna Kowalski")


def test_a_quote_leading_into_its_own_report_is_not_joined_to_the_one_before() -> None:
    text = INTRO + "“We are ready,” Kowalski said. “They are not” to reopen the crossings, she said."
    first, second = quotekit.extract_quotes(text)
    assert first.text == "We are ready," and len(first.spans) == 1
    assert second.kind is QuoteKind.MIXED and second.text == "“They are not” to reopen the crossings"
