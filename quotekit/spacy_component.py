"""A spaCy pipeline component: ``nlp.add_pipe("quotekit")`` sets ``doc._.quotes``.

Needs spaCy (``pip install 'quotekit[spacy]'``). Once quotekit is installed,
spaCy finds the ``"quotekit"`` factory through the ``spacy_factories`` entry
point; importing this module registers it too::

    import spacy

    nlp = spacy.blank("en")          # or any pipeline, e.g. spacy.load("en_core_web_sm")
    nlp.add_pipe("quotekit")
    doc = nlp(text)
    for quote in doc._.quotes:
        print(quote.speaker, quote.cue, quote.spans)

quotekit does its own analysis of ``doc.text``; it needs no other component and
works with a blank pipeline. Its character offsets are mapped onto spaCy tokens:
each :class:`DocQuote` holds spaCy ``Span`` objects for the quote's spans, its
speaker mention, cue and addressee, and the quotekit :class:`~quotekit.Quote`
itself (exact character offsets). The same spans are also put in the span group
``doc.spans["quotes"]`` (labels ``QUOTE``, ``SPEAKER``, ``CUE``), which displaCy
can show with ``displacy.render(doc, style="span", options={"spans_key": "quotes"})``.

The component stores the quotes as plain data (``Quote.to_dict()``) in
``doc.user_data``, and ``doc._.quotes`` builds the ``DocQuote`` objects from it
when read. So docs keep their quotes through ``Doc.to_bytes``, ``DocBin`` and
``nlp.pipe(texts, n_process=4)``. A doc that did not go through the component
has ``doc._.quotes == None``.
"""

from __future__ import annotations

import attrs
from spacy.language import Language
from spacy.tokens import Doc, Span

from quotekit.matcher import Scope, check_scope, extract_quotes
from quotekit.results import Quote, from_dict

__all__ = ["DocQuote", "QuotekitComponent", "make_quotekit"]


@attrs.frozen(eq=False)
class DocQuote:
    """One quote in a spaCy ``Doc``: spaCy spans aligned to quotekit's offsets.

    Spans are widened to whole tokens when a quotekit offset falls inside a
    token; ``quote`` keeps the exact character offsets.
    """

    quote: Quote
    spans: tuple[Span, ...]
    speaker: Span | None
    cue: Span | None
    addressee: Span | None

    @property
    def kind(self) -> str:
        """``"direct"``, ``"mixed"`` or ``"indirect"``."""
        return self.quote.kind.value

    @property
    def speaker_name(self) -> str | None:
        """The fullest name the article gives the speaker (``Wendy Sherman`` for *she*)."""
        return self.quote.speaker.name if self.quote.speaker else None

    def __str__(self) -> str:
        return str(self.quote)


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    if start >= end:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")


class QuotekitComponent:
    """The pipeline component made by ``nlp.add_pipe("quotekit")``.

    Args:
        nlp: the pipeline (unused; spaCy passes it to every factory).
        name: the component's name in the pipeline.
        spans_key: name of the span group to fill in ``doc.spans``, or ``None``
            for none.
        scope: ``"quotes"`` or ``"attributions"``, as for :func:`quotekit.extract_quotes`.
    """

    def __init__(
        self, nlp: Language, name: str = "quotekit", spans_key: str | None = "quotes", scope: Scope = "quotes"
    ) -> None:
        check_scope(scope)
        self.name = name
        self.spans_key = spans_key
        self.scope = scope
        _register_extension()

    def __call__(self, doc: Doc) -> Doc:
        """Find the quotes of ``doc.text``; set ``doc._.quotes`` (and the span group)."""
        quotes = list(extract_quotes(doc.text, scope=self.scope))
        # Plain data in user_data, so that Doc.to_bytes, DocBin and nlp.pipe(n_process=...)
        # carry the quotes; doc._.quotes builds the spaCy spans from it when read.
        doc.user_data[_USER_DATA_KEY] = [quote.to_dict() for quote in quotes]
        if self.spans_key:
            group: list[Span] = []
            for item in _doc_quotes(doc, quotes):
                group.extend(item.spans)
                group.extend(span for span in (item.speaker, item.cue) if span is not None)
            doc.spans[self.spans_key] = group
        return doc


_USER_DATA_KEY = "quotekit.quotes"


def _doc_quotes(doc: Doc, quotes: list[Quote]) -> list[DocQuote]:
    found: list[DocQuote] = []
    for quote in quotes:
        spans = tuple(
            span for span in (_span(doc, s.start, s.end, "QUOTE") for s in quote.spans) if span is not None
        )
        speaker = _span(doc, quote.speaker.start, quote.speaker.end, "SPEAKER") if quote.speaker else None
        cue = _span(doc, quote.cue.start, quote.cue.end, "CUE") if quote.cue else None
        addressee = (
            _span(doc, quote.addressee.start, quote.addressee.end, "ADDRESSEE") if quote.addressee else None
        )
        found.append(DocQuote(quote=quote, spans=spans, speaker=speaker, cue=cue, addressee=addressee))
    return found


def _get_quotes(doc: Doc) -> list[DocQuote] | None:
    data = doc.user_data.get(_USER_DATA_KEY)
    if data is None:
        return None
    return _doc_quotes(doc, [from_dict(item) for item in data])


def _register_extension() -> None:
    if not Doc.has_extension("quotes") or Doc.get_extension("quotes")[2] is not _get_quotes:
        Doc.set_extension("quotes", getter=_get_quotes, force=True)


@Language.factory(
    "quotekit",
    default_config={"spans_key": "quotes", "scope": "quotes"},
    assigns=["doc._.quotes"],
    retokenizes=False,
)
def make_quotekit(nlp: Language, name: str, spans_key: str | None, scope: Scope) -> QuotekitComponent:
    """spaCy factory for the ``"quotekit"`` component (see :class:`QuotekitComponent`)."""
    return QuotekitComponent(nlp, name, spans_key=spans_key, scope=scope)
