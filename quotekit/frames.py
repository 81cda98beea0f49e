"""Tables of quotes: flat records (no dependency) and pandas DataFrames (optional extra)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING, Any

from quotekit.results import Quote

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["COLUMNS", "to_dataframe", "to_records"]

#: The columns of :func:`to_records` and :func:`to_dataframe`, in order
#: (``doc_id`` comes first when a document id is given).
COLUMNS: tuple[str, ...] = (
    "speaker",
    "cue",
    "kind",
    "quote",
    "start",
    "end",
    "spans",
    "speaker_mention",
    "speaker_title",
    "speaker_start",
    "speaker_end",
    "speaker_rule",
    "cue_lemma",
    "cue_start",
    "cue_end",
    "addressee",
    "addressee_start",
    "addressee_end",
    "rule",
)

_INT_COLUMNS = (
    "start",
    "end",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "addressee_start",
    "addressee_end",
)


def _record(quote: Quote) -> dict[str, Any]:
    speaker, cue, addressee = quote.speaker, quote.cue, quote.addressee
    return {
        "speaker": speaker.name if speaker else None,
        "cue": cue.text if cue else None,
        "kind": quote.kind.value,
        "quote": quote.text,
        "start": quote.start,
        "end": quote.end,
        "spans": [[span.start, span.end] for span in quote.spans],
        "speaker_mention": speaker.text if speaker else None,
        "speaker_title": speaker.title if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "speaker_rule": speaker.rule if speaker else None,
        "cue_lemma": cue.lemma if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        "addressee": addressee.text if addressee else None,
        "addressee_start": addressee.start if addressee else None,
        "addressee_end": addressee.end if addressee else None,
        "rule": quote.rule,
    }


def to_records(quotes: Iterable[Quote], *, doc_id: Hashable | None = None) -> list[dict[str, Any]]:
    """One flat dict per quote, with the columns in :data:`COLUMNS`.

    Every value is a str, an int or None, except ``spans``: a list of
    ``[start, end]`` pairs, one per quoted span (a quote interrupted by its
    attribution has two). Handy for CSV, Spark or any table library.

    Args:
        quotes: Quote objects, e.g. what :func:`quotekit.extract_quotes` returns.
        doc_id: if given, added to every record as its first field ``doc_id``.

    Raises:
        TypeError: if ``quotes`` is not an iterable of Quote objects.
    """
    from quotekit.display import _check_quotes

    items = _check_quotes(quotes, "to_records")
    if doc_id is None:
        return [_record(quote) for quote in items]
    return [{"doc_id": doc_id, **_record(quote)} for quote in items]


def to_dataframe(quotes: Iterable[Quote], *, doc_id: Hashable | None = None) -> pandas.DataFrame:
    """A pandas DataFrame with one row per quote and the columns of :data:`COLUMNS`.

    Offsets are nullable integers (``Int64``): a quote without a cue has
    ``<NA>`` in ``cue_start``. Needs pandas: ``pip install 'quotekit[pandas]'``.

    Args:
        quotes: Quote objects, e.g. what :func:`quotekit.extract_quotes` returns.
        doc_id: if given, a first column ``doc_id`` holding it, so frames of many
            articles can be concatenated.

    Raises:
        ImportError: if pandas is not installed.
        TypeError: if ``quotes`` is not an iterable of Quote objects.

    Example:
        ```python
        frames = [quotekit.to_dataframe(q, doc_id=i) for i, q in enumerate(results)]
        df = pandas.concat(frames, ignore_index=True)
        ```
    """
    records = to_records(quotes, doc_id=doc_id)
    try:
        import pandas
    except ImportError as error:
        raise ImportError(
            "quotekit.to_dataframe needs pandas: pip install 'quotekit[pandas]'"
        ) from error
    columns = (["doc_id"] if doc_id is not None else []) + list(COLUMNS)
    frame = pandas.DataFrame.from_records(records, columns=columns)
    return frame.astype({name: "Int64" for name in _INT_COLUMNS})
