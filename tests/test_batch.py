"""extract_many: order, streaming, processes, progress bars, clear errors."""

from __future__ import annotations

import itertools
import multiprocessing
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import quotekit
from quotekit import ExtractError, Quotes, Scope, extract_many, extract_quotes

GENEVA = (Path(__file__).parent / "articles" / "geneva-talks.txt").read_text(encoding="utf-8")
PARAGRAPHS = [p for p in GENEVA.splitlines() if p.strip()]


def corpus(n: int) -> list[str]:
    """n different texts: the article, its paragraphs and pairs of them, and some odd ones."""
    texts = [GENEVA, "", "No quotes at all.", "“Fine,” he said."]
    texts += PARAGRAPHS
    texts += [a + "\n" + b for a, b in zip(PARAGRAPHS, PARAGRAPHS[1:])]
    return list(itertools.islice(itertools.cycle(texts), n))


def expected(texts: list[str]) -> list[list[quotekit.Quote]]:
    return [list(extract_quotes(text)) for text in texts]


def test_serial_results_match_extract_quotes_in_order() -> None:
    texts = corpus(30)
    results = list(extract_many(texts))
    assert [list(r) for r in results] == expected(texts)
    assert all(isinstance(r, Quotes) for r in results)
    assert [r.text for r in results] == texts


def test_processes_give_the_same_results_in_order() -> None:
    texts = corpus(45)
    results = list(extract_many(iter(texts), workers=2, chunksize=4))
    assert [list(r) for r in results] == expected(texts)
    assert [r.text for r in results] == texts
    assert all(isinstance(r, Quotes) for r in results)


def test_empty_input() -> None:
    assert list(extract_many([])) == []
    assert list(extract_many(iter([]), workers=2)) == []


class Counting:
    """An endless stream of texts that counts how many were taken from it."""

    def __init__(self) -> None:
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        for i in itertools.count():
            self.taken += 1
            yield f"“Item {i} is here,” Ana Ruiz said."


@pytest.mark.parametrize("workers", [None, 2])
def test_streams_an_endless_generator(workers: int | None) -> None:
    source = Counting()
    results = extract_many(source, workers=workers, chunksize=3)
    first = list(itertools.islice(results, 7))
    results.close()  # type: ignore[attr-defined]
    assert [r.text for r in first] == [f"“Item {i} is here,” Ana Ruiz said." for i in range(7)]
    # Only a bounded window was read ahead of what was consumed.
    assert source.taken <= 7 + 2 * 4 * 3 + 3


@pytest.mark.parametrize("workers", [None, 2])
def test_bad_item_is_named_after_the_earlier_results(workers: int | None) -> None:
    texts = ["“A,” he said.", "B.", "C.", b"bytes"]
    results = extract_many(texts, workers=workers, chunksize=2)
    got = []
    with pytest.raises(TypeError, match=r"^item 3: expected str, got bytes \(decode it first\)$"):
        for quotes in results:
            got.append(quotes)
    assert [q.text for q in got] == texts[:3]


def test_other_bad_items() -> None:
    with pytest.raises(TypeError, match=r"item 1: expected str, got NoneType$"):
        list(extract_many(["ok", None]))
    with pytest.raises(TypeError, match=r"item 0: expected str, got dict \(pass the text itself"):
        list(extract_many([{"text": "x"}]))


def test_bad_arguments_fail_at_the_call() -> None:
    with pytest.raises(TypeError, match="got one str; for a single text use extract_quotes"):
        extract_many("an article")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="iterable of str, got int"):
        extract_many(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="workers must be at least 1"):
        extract_many([], workers=0)
    with pytest.raises(TypeError, match="workers must be an int"):
        extract_many([], workers="2")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="chunksize must be at least 1"):
        extract_many([], workers=2, chunksize=0)


def test_a_failing_input_iterable_raises_after_earlier_results() -> None:
    def texts() -> Iterator[str]:
        yield "One."
        yield "Two."
        raise OSError("disk gone")

    for workers in (None, 2):
        got = []
        with pytest.raises(OSError, match="disk gone"):
            for quotes in extract_many(texts(), workers=workers):
                got.append(quotes.text)
        assert got == ["One.", "Two."]


def _fail_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make extraction raise on any text containing BOOM (forked workers inherit the patch)."""
    real = quotekit.batch.extract_quotes

    def flaky(text: str, scope: Scope = "quotes") -> Quotes:
        if "BOOM" in text:
            raise ValueError("cannot parse this")
        return real(text, scope=scope)

    monkeypatch.setattr(quotekit.batch, "extract_quotes", flaky)


def test_extraction_failure_names_the_item(monkeypatch: pytest.MonkeyPatch) -> None:
    _fail_on_boom(monkeypatch)
    texts = ["Fine.", "Also fine.", "BOOM goes the text"]
    got = []
    with pytest.raises(ExtractError, match=r"^item 2 \(18 chars, starting 'BOOM goes the text'\): ValueError: cannot parse this") as info:
        for quotes in extract_many(texts):
            got.append(quotes)
    assert len(got) == 2
    assert info.value.index == 2
    assert isinstance(info.value.__cause__, ValueError)
    again = pickle.loads(pickle.dumps(info.value))
    assert again.index == 2 and str(again) == str(info.value)


@pytest.mark.skipif(
    multiprocessing.get_start_method(allow_none=False) != "fork",
    reason="the patched function reaches worker processes only when they are forked",
)
def test_extraction_failure_in_a_worker_names_the_item(monkeypatch: pytest.MonkeyPatch) -> None:
    _fail_on_boom(monkeypatch)
    texts = ["Fine."] * 5 + ["BOOM"] + ["Fine."] * 5
    got = []
    with pytest.raises(ExtractError, match=r"^item 5 .*ValueError: cannot parse this") as info:
        for quotes in extract_many(texts, workers=2, chunksize=2):
            got.append(quotes)
    assert len(got) == 5 and info.value.index == 5
    assert "Traceback" in str(info.value.__cause__.__cause__)  # the worker's traceback


def test_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    texts = corpus(5)
    results = list(extract_many(texts, progress=True))
    assert len(results) == 5
    err = capsys.readouterr().err
    assert "quotekit" in err and "5/5" in err


def test_progress_bar_with_processes_and_unknown_length(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    results = list(extract_many(iter(corpus(6)), workers=2, progress=True, chunksize=2))
    assert len(results) == 6
    assert "6" in capsys.readouterr().err


def test_progress_without_tqdm_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with pytest.raises(ImportError, match=r"pip install 'quotekit\[progress\]'"):
        extract_many(["x"], progress=True)


def test_results_pickle() -> None:
    for quotes in extract_many(corpus(10)):
        again = pickle.loads(pickle.dumps(quotes))
        assert again == quotes and again.text == quotes.text
