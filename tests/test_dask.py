"""Running quotekit on Dask (the recipe in docs/scaling-out.md), with the local schedulers."""

from __future__ import annotations

from pathlib import Path

import pytest

db = pytest.importorskip("dask.bag")

import quotekit  # noqa: E402

GENEVA = (Path(__file__).parent / "articles" / "geneva-talks.txt").read_text(encoding="utf-8")
TEXTS = [GENEVA] + [p for p in GENEVA.splitlines() if p.strip()]


def test_bag_of_quotes_with_local_processes() -> None:
    bag = db.from_sequence(TEXTS, npartitions=4)
    results = bag.map(quotekit.extract_quotes).compute(scheduler="processes", num_workers=2)
    assert [list(r) for r in results] == [list(quotekit.extract_quotes(t)) for t in TEXTS]
    assert sum(len(r) for r in results) > 0


def test_flat_records_with_document_ids() -> None:
    documents = [{"id": f"doc-{i}", "text": text} for i, text in enumerate(TEXTS)]

    def records(document: dict) -> list[dict]:
        return quotekit.to_records(quotekit.extract_quotes(document["text"]), doc_id=document["id"])

    bag = db.from_sequence(documents, npartitions=3).map(records).flatten()
    rows = bag.compute(scheduler="sync")
    expected = [
        row for d in documents for row in quotekit.to_records(quotekit.extract_quotes(d["text"]), doc_id=d["id"])
    ]
    assert rows == expected and rows
    counts = dict(bag.pluck("speaker").frequencies().compute(scheduler="threads"))
    assert counts.get("Sergei Ryabkov", 0) >= 1


def test_quotes_as_dicts_for_storage() -> None:
    bag = db.from_sequence(TEXTS, npartitions=2)
    dicts = bag.map(lambda text: [q.to_dict() for q in quotekit.extract_quotes(text)]).flatten()
    rows = dicts.compute(scheduler="processes", num_workers=2)
    assert [quotekit.from_dict(r) for r in rows] == [q for t in TEXTS for q in quotekit.extract_quotes(t)]
