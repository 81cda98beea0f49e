"""A deterministic, synthetic news corpus for timing quotekit where the PolNeAR data is absent.

``synthetic_corpus(n_articles=84, seed=0)`` returns news-like articles of about 1,200 words:
a headline, paragraphs of filler, direct quotes in curly and straight marks (some split by
their attribution), reported speech, *according to*, and mixed quotes, with made-up people,
titles and organisations. It is for speed and memory figures only: it has no gold.
Article ``i`` depends only on ``seed`` and ``i``, so a smaller corpus is a prefix of a larger.

    python benchmarks/synthetic.py --show 1      # print the first article
    python benchmarks/synthetic.py               # sizes of the default corpus
"""

from __future__ import annotations

import argparse
import random

FIRST = (
    "Ana", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jamal", "Karin",
    "Luis", "Maya", "Nikolai", "Olga", "Pedro", "Quinn", "Rosa", "Samir", "Tara", "Uma", "Victor",
    "Wendy", "Xavier", "Yara", "Zane", "Helen", "Marcus", "Priya", "Tomas",
)
LAST = (
    "Ruiz", "Okafor", "Lindqvist", "Moreau", "Castillo", "Novak", "Haddad", "Tanaka", "Brennan",
    "Schultz", "Adeyemi", "Kowalski", "Ferreira", "Nakamura", "O'Connor", "Petrov", "Sherman",
    "Whitfield", "Al-Masri", "Delacroix", "Van der Berg", "McAllister", "Gupta", "Ortega", "Baker",
    "Ivanova", "Stein", "Romano", "Chen", "Dubois",
)
TITLES = (
    "Senator", "Governor", "Mayor", "Deputy Secretary of State", "Finance Minister", "Judge",
    "Representative", "spokeswoman for the ministry", "campaign manager", "chief executive",
    "police chief", "professor of economics", "union leader", "committee chairman",
)
ORGS = (
    "the ministry", "the White House", "the Kremlin", "the city council", "the central bank",
    "the campaign", "the union", "the state department", "the electoral commission", "the company",
    "officials", "analysts", "the opposition",
)
DIRECT_CUES = ("said", "added", "told reporters", "insisted", "warned", "explained", "noted", "said on Monday")
INDIRECT_CUES = ("said", "argued", "claimed", "warned", "told reporters", "believes", "insisted", "suggested")
SUBJECTS = (
    "the government", "the committee", "the new budget", "our party", "the agreement", "voters",
    "the president", "the reform", "this administration", "the talks", "the court", "families",
    "the economy", "the plan", "local businesses", "the investigation", "the delegation",
)
VERBS = (
    "will not accept", "has undermined", "must protect", "is ready to review", "will deliver",
    "cannot ignore", "has failed to explain", "should reconsider", "is committed to", "will defend",
    "has always supported", "needs to address", "is determined to finish", "will challenge",
)
OBJECTS = (
    "the proposal", "the decision of the court", "the concerns of working families",
    "the security of the region", "a fair deal for everyone", "the cost of the programme",
    "the results of the inquiry", "the rights of citizens", "the schedule for the vote",
    "the promises made last year", "the new tax rules", "the future of the industry",
)
TAILS = (
    "", "", "", " before the end of the month", " as soon as possible", " in the coming weeks",
    " without further delay", " under any circumstances", " next year", " at every level",
    " despite the pressure", " for the sake of the country",
)
FILLER = (
    "The meeting took place in the capital on {day}, with about {n} delegates in attendance.",
    "Turnout in the district was {n} percent, slightly lower than in the previous election.",
    "The vote is expected on {day}, after a week of hearings in both chambers.",
    "Talks resumed on {day} after a break of {n} days, and no agreement has been published.",
    "The report, which runs to {n} pages, was released late on {day}.",
    "Markets rose by {n} points after the announcement, before falling back in the afternoon.",
    "Protesters gathered outside the building on {day}, carrying banners and chanting slogans.",
    "The programme has cost more than {n} million dollars since it began three years ago.",
    "A second round of negotiations is planned for {day} in Geneva.",
    "The agency did not respond to a request for comment by {day}.",
    "About {n} people have signed the petition, according to its organisers' website.",
    "The bill passed the lower house by {n} votes and now goes to the upper chamber.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CURLY = ("“", "”")
STRAIGHT = ('"', '"')


class _Article:
    """Builds one article; keeps its cast so people are introduced before pronouns refer to them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cast = []
        for _ in range(rng.randint(3, 5)):
            self.cast.append({
                "first": rng.choice(FIRST),
                "last": rng.choice(LAST),
                "title": rng.choice(TITLES),
                "pron": rng.choice(("he", "she")),
                "seen": False,
            })

    def clause(self) -> str:
        r = self.rng
        return f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)}{r.choice(TAILS)}"

    def sentence(self) -> str:
        text = self.clause()
        return text[0].upper() + text[1:] + self.rng.choice((".", ".", ".", "!", "?"))

    def filler(self) -> str:
        r = self.rng
        return r.choice(FILLER).format(day=r.choice(DAYS), n=r.randint(2, 950))

    def speaker(self, subject: bool = True) -> str:
        """A mention of a cast member (full name with title first time, then surname or pronoun),
        or sometimes an organisation. A lowercase title follows the name between commas
        (*Ana Ruiz, campaign manager,*): strip the last comma where the mention ends a clause."""
        r = self.rng
        if r.random() < 0.15:
            org = r.choice(ORGS)
            return org[0].upper() + org[1:] if subject else org
        person = r.choice(self.cast)
        if not person["seen"]:
            person["seen"] = True
            if person["title"][0].isupper():
                return f"{person['title']} {person['first']} {person['last']}"
            return f"{person['first']} {person['last']}, {person['title']},"
        if r.random() < 0.4:
            return person["pron"].capitalize() if subject else person["pron"]
        return person["last"]

    def quoted(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))

    def direct(self) -> str:
        r = self.rng
        left, right = r.choice((CURLY, CURLY, STRAIGHT))
        body = self.quoted(r.randint(1, 3))
        cue = r.choice(DIRECT_CUES)
        form = r.randrange(4)
        if form == 0:
            return f"{left}{body[:-1]},{right} {self.speaker(False)} {cue}."
        if form == 1:
            return f"{self.speaker()} {cue}: {left}{body}{right}"
        if form == 2:
            who = self.speaker(False).rstrip(",")
            return f"{left}{body[:-1]},{right} {cue.split()[0]} {who}. {self.filler()}"
        second = self.quoted(r.randint(1, 2))
        return f"{left}{body[:-1]},{right} {self.speaker(False)} {cue}. {left}{second}{right}"

    def indirect(self) -> str:
        r = self.rng
        cue = r.choice(INDIRECT_CUES)
        form = r.randrange(4)
        if form == 0:
            return f"{self.speaker()} {cue} that {self.clause()}."
        if form == 1:
            return f"{self.speaker()} {cue} {self.clause()}, and that {self.clause()}."
        if form == 2:
            return f"According to {self.speaker(False).rstrip(',')}, {self.clause()}."
        text = self.clause()
        return f"{text[0].upper() + text[1:]}, {self.speaker(False)} {cue}."

    def mixed(self) -> str:
        r = self.rng
        left, right = r.choice((CURLY, STRAIGHT))
        return (
            f"{self.speaker()} {r.choice(('said', 'argued', 'warned'))} that {self.clause()} "
            f"and {left}{self.clause()}{right}."
        )

    def paragraph(self) -> str:
        r = self.rng
        kind = r.choices(("filler", "direct", "indirect", "mixed"), weights=(4, 3, 3, 1))[0]
        if kind == "filler":
            return " ".join(self.filler() if r.random() < 0.5 else self.sentence() for _ in range(r.randint(2, 4)))
        parts = [getattr(self, kind)()]
        if r.random() < 0.5:
            parts.append(self.filler())
        return " ".join(parts)

    def build(self, target_words: int) -> str:
        r = self.rng
        headline = f"{r.choice(self.cast)['last']} {r.choice(('Warns', 'Says', 'Rejects', 'Defends'))} " + " ".join(
            word.capitalize() for word in r.choice(OBJECTS).split()
        )
        paragraphs = [headline]
        count = len(headline.split())
        while count < target_words:
            paragraph = self.paragraph()
            paragraphs.append(paragraph)
            count += len(paragraph.split())
        return "\n\n".join(paragraphs)


def synthetic_corpus(n_articles: int = 84, seed: int = 0) -> list[str]:
    """``n_articles`` deterministic news-like articles of about 1,200 words each."""
    articles = []
    for index in range(n_articles):
        rng = random.Random(f"quotekit-synthetic-{seed}-{index}")
        articles.append(_Article(rng).build(rng.randint(1100, 1300)))
    return articles


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=84, help="how many articles (default 84)")
    parser.add_argument("--seed", type=int, default=0, help="seed (default 0)")
    parser.add_argument("--show", type=int, metavar="N", help="print article N (1-based) instead of sizes")
    args = parser.parse_args(argv)
    corpus = synthetic_corpus(args.articles, args.seed)
    if args.show:
        print(corpus[args.show - 1])
        return
    words = sum(len(text.split()) for text in corpus)
    size = sum(len(text.encode("utf-8")) for text in corpus)
    print(f"{len(corpus)} articles, {words:,} words ({words / len(corpus):,.0f} per article), {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
