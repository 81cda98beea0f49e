"""Word lists from ``quotekit/data/``, read once at import.

Each file is plain text: one entry a line, tab-separated columns, ``#`` comments.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ABBREVIATIONS",
    "ABBREVIATIONS_LOWER",
    "CUE_FORMS",
    "CUE_FRAMES",
    "CUE_REPORTED",
    "CUE_REPORTED_IF_QUOTED",
    "FEMALE_NAMES",
    "MALE_NAMES",
    "NATIONALITIES",
    "PASSIVE_CUES",
    "PRONOUNS",
    "REGIONS",
    "REPORT_NOUNS",
    "SOURCE_NOUNS",
    "TITLES",
    "TITLE_ABBREVIATIONS",
    "WEEKDAYS",
]

_DATA = Path(__file__).with_name("data")


def _rows(name: str) -> list[list[str]]:
    rows = []
    with open(_DATA / name, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append([column.strip() for column in line.split("\t")])
    return rows


def _words(name: str) -> frozenset[str]:
    return frozenset(row[0] for row in _rows(name))


def _load_cues() -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[str]]:
    """Map each cue form (lowercase, possibly several words) to its lemma; lemma to frame;
    the lemmas reliable enough to introduce reported speech (column ``reported`` = ``yes``);
    and those that do so only when the content carries a quote (``quoted``)."""
    forms: dict[str, str] = {}
    frames: dict[str, str] = {}
    verdicts: dict[str, set[str]] = {"yes": set(), "quoted": set()}
    for row in _rows("cues.tsv"):
        lemma, form_list, frame = row[0], row[1], row[2]
        frames[lemma] = frame
        if len(row) > 4 and row[4] in verdicts:
            verdicts[row[4]].add(lemma)
        for form in form_list.split("|"):
            form = " ".join(form.split()).lower()
            if form:
                forms.setdefault(form, lemma)
    return forms, frames, frozenset(verdicts["yes"]), frozenset(verdicts["quoted"])


CUE_FORMS, CUE_FRAMES, CUE_REPORTED, CUE_REPORTED_IF_QUOTED = _load_cues()
FEMALE_NAMES = _words("names_female.txt")
MALE_NAMES = _words("names_male.txt")
# word -> gender: "m", "f" or "-"
TITLES: dict[str, str] = {row[0]: (row[1] if len(row) > 1 else "-") for row in _rows("titles.txt")}
NATIONALITIES = _words("nationalities.txt")
# noun -> (number, gender)
SOURCE_NOUNS: dict[str, tuple[str, str]] = {
    row[0].lower(): (row[1], row[2] if len(row) > 2 else "-") for row in _rows("source_nouns.txt")
}
# Nouns that report speech or belief before a that-clause: "his claim that …".
REPORT_NOUNS = _words("report_nouns.txt")
# Participles that report with no source after "be" and before "to": "is expected to".
PASSIVE_CUES = _words("passive_cues.txt")
# States after a city between commas: "of Flint, Mich., said".
REGIONS = _words("regions.txt")
ABBREVIATIONS = _words("abbreviations.txt")
ABBREVIATIONS_LOWER = frozenset(word.lower() for word in ABBREVIATIONS)
# Titles written as abbreviations (Mr., Gov.) always precede a name: never a sentence end.
TITLE_ABBREVIATIONS = frozenset(word for word in ABBREVIATIONS if word in TITLES) | frozenset(
    "Mr. Mrs. Ms. Dr. Gov. Sen. Rep. Gen. Lt. Col. Capt. Sgt. Prof. Rev. Hon. St. Jan. Feb. Mar. "
    "Apr. Aug. Sep. Sept. Oct. Nov. Dec. No. vs. v.".split()
)
# pronoun -> (number, gender)
PRONOUNS: dict[str, tuple[str, str]] = {row[0]: (row[1], row[2]) for row in _rows("pronouns.tsv")}
# Day names, as written: time phrases around cues (said Monday, on Friday called).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
