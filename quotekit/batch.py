"""Many articles at once: :func:`extract_many`, streaming, in order, optionally in parallel."""

from __future__ import annotations

import itertools
import pickle
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from quotekit.display import Quotes
from quotekit.matcher import Scope, check_scope, extract_quotes
from quotekit.results import Quote

__all__ = ["ExtractError", "extract_many"]

#: How many chunks per worker may be in flight at once; bounds memory.
_CHUNKS_PER_WORKER = 4


class ExtractError(RuntimeError):
    """Extracting quotes from one item of :func:`extract_many` failed.

    ``index`` is the item's position in the input; the original exception is
    the ``__cause__``.
    """

    def __init__(self, message: str, index: int) -> None:
        super().__init__(message)
        self.index = index

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.args[0], self.index))


class _RemoteTraceback(Exception):
    """Carries a worker process's formatted traceback as the cause of an error."""

    def __str__(self) -> str:
        return str(self.args[0])


def _check_item(index: int, item: object) -> str:
    if isinstance(item, str):
        return item
    name = type(item).__name__
    if isinstance(item, (bytes, bytearray, memoryview)):
        hint = " (decode it first)"
    elif isinstance(item, dict):
        hint = " (pass the text itself, e.g. row['text'])"
    else:
        hint = ""
    raise TypeError(f"item {index}: expected str, got {name}{hint}")


def _preview(text: str) -> str:
    head = " ".join(text[:40].split())
    more = "…" if len(text) > 40 else ""
    return f"{head}{more!s}"


def _failure(index: int, text: str, error: BaseException) -> ExtractError:
    return ExtractError(
        f"item {index} ({len(text):,} chars, starting {_preview(text)!r}): "
        f"{type(error).__name__}: {error}",
        index,
    )


def _as_quotes(found: Iterable[Quote], text: str) -> Quotes:
    if isinstance(found, Quotes) and found.text is text:
        return found
    return Quotes(found, text=text)


def _extract_chunk(texts: list[str], scope: Scope) -> list[Any]:
    """Worker side: quotes (as a plain list) or ``(exception, traceback text)`` per text."""
    out: list[Any] = []
    for text in texts:
        try:
            out.append(list(extract_quotes(text, scope=scope)))
        except Exception as error:  # noqa: BLE001 - reported per item in the parent
            tb = "".join(traceback.format_exception(type(error), error, error.__traceback__))
            try:
                pickle.dumps(error)
            except Exception:  # noqa: BLE001 - an unpicklable exception still needs reporting
                error = RuntimeError(repr(error))
            out.append((error, tb))
    return out


def _serial(texts: Iterable[Any], scope: Scope) -> Iterator[tuple[int, str, Quotes | BaseException]]:
    for index, item in enumerate(texts):
        text = _check_item(index, item)
        try:
            found: Quotes | BaseException = _as_quotes(extract_quotes(text, scope=scope), text)
        except Exception as error:  # noqa: BLE001 - handed to the caller with its index
            found = error
        yield index, text, found


def _parallel(
    texts: Iterable[Any], workers: int, chunksize: int, scope: Scope
) -> Iterator[tuple[int, str, Quotes | BaseException]]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    items = enumerate(texts)
    pending: deque[tuple[int, list[str], Any]] = deque()
    deferred: BaseException | None = None  # a bad item or a failing input iterable
    exhausted = False
    executor = ProcessPoolExecutor(max_workers=workers)
    try:

        def fill() -> None:
            nonlocal deferred, exhausted
            while not exhausted and deferred is None and len(pending) < workers * _CHUNKS_PER_WORKER:
                first: int | None = None
                chunk: list[str] = []
                try:
                    for index, item in itertools.islice(items, chunksize):
                        if first is None:
                            first = index
                        chunk.append(_check_item(index, item))
                except Exception as error:  # noqa: BLE001 - raised after earlier items are yielded
                    deferred = error
                if len(chunk) < chunksize:
                    exhausted = True
                if chunk:
                    assert first is not None
                    pending.append((first, chunk, executor.submit(_extract_chunk, chunk, scope)))

        fill()
        while pending:
            first, chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool as error:
                raise ExtractError(
                    f"items {first}-{first + len(chunk) - 1}: a worker process died "
                    f"(out of memory, or killed?): {error}",
                    first,
                ) from error
            fill()
            for offset, (text, result) in enumerate(zip(chunk, results)):
                if isinstance(result, tuple):
                    failed, tb = result
                    failed.__cause__ = _RemoteTraceback(f'\n"""\n{tb}"""')
                    yield first + offset, text, failed
                else:
                    yield first + offset, text, Quotes(result, text=text)
        if deferred is not None:
            raise deferred
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _check_options(workers: int | None, chunksize: int) -> int:
    if workers is None:
        return 1
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be an int or None, got {type(workers).__name__}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1 (or None for one process), got {workers}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int):
        raise TypeError(f"chunksize must be an int, got {type(chunksize).__name__}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    return workers


def _progress_bar(progress: bool, total: int | None) -> Any:
    if not progress:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError as error:
        raise ImportError(
            "progress=True needs tqdm: pip install 'quotekit[progress]'"
        ) from error
    return tqdm(total=total, unit="doc", desc="quotekit")


def _results(
    texts: Iterable[Any],
    *,
    workers: int | None = None,
    progress: bool = False,
    chunksize: int = 16,
    total: int | None = None,
    scope: Scope = "quotes",
) -> Iterator[tuple[int, str, Quotes | BaseException]]:
    """Checked options, then ``(index, text, Quotes or the exception)`` per item, in order.

    Used by :func:`extract_many` (which raises) and the command line (which reports
    and goes on). Options are checked when called, not on the first ``next``.
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            f"extract_many expects an iterable of texts, got one {type(texts).__name__}; "
            "for a single text use extract_quotes"
        )
    if not isinstance(texts, Iterable):
        raise TypeError(f"extract_many expects an iterable of str, got {type(texts).__name__}")
    count = _check_options(workers, chunksize)
    check_scope(scope)
    if total is None and hasattr(texts, "__len__"):
        total = len(texts)  # type: ignore[arg-type]
    bar = _progress_bar(progress, total)
    source = _serial(texts, scope) if count == 1 else _parallel(texts, count, chunksize, scope)
    return _with_bar(source, bar)


def _with_bar(
    source: Iterator[tuple[int, str, Quotes | BaseException]], bar: Any
) -> Iterator[tuple[int, str, Quotes | BaseException]]:
    try:
        for result in source:
            yield result
            if bar is not None:
                bar.update(1)
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()
        if bar is not None:
            bar.close()


def extract_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    progress: bool = False,
    chunksize: int = 16,
    scope: Scope = "quotes",
) -> Iterator[Quotes]:
    """Extract the quotes of many articles, yielding one :class:`Quotes` per text, in input order.

    ``texts`` can be any iterable, including a generator of millions of
    articles: it is read lazily and only a bounded number of texts are held in
    memory at any time, so results stream out as they are ready.

    Args:
        texts: the articles, as ``str``.
        workers: ``None`` or ``1`` works in this process; ``n > 1`` uses ``n``
            worker processes (results still come back in input order). On
            macOS and Windows, call it under ``if __name__ == "__main__":``.
        progress: show a progress bar on stderr (needs tqdm:
            ``pip install 'quotekit[progress]'``). Its total is known when
            ``texts`` has a length.
        chunksize: texts sent to a worker process at a time (with ``workers > 1``).
        scope: ``"quotes"`` or ``"attributions"``, as for :func:`quotekit.extract_quotes`.

    Raises:
        TypeError: when an item is not a ``str`` (``item 3: expected str, got bytes
            (decode it first)``), after the results before it have been yielded;
            or when an option has the wrong type.
        ValueError: when ``workers`` or ``chunksize`` is below 1, or ``scope`` is unknown.
        ImportError: when ``progress=True`` and tqdm is not installed.
        ExtractError: when extracting one item fails; its message names the item
            and its ``index`` attribute gives its position.

    Example:
        ```python
        for quotes in quotekit.extract_many(articles, workers=4, progress=True):
            for quote in quotes:
                print(quote)
        ```
    """
    results = _results(texts, workers=workers, progress=progress, chunksize=chunksize, scope=scope)
    return _raise_failures(results)


def _raise_failures(results: Iterator[tuple[int, str, Quotes | BaseException]]) -> Iterator[Quotes]:
    try:
        for index, text, found in results:
            if isinstance(found, BaseException):
                raise _failure(index, text, found) from found
            yield found
    finally:
        results.close()  # type: ignore[attr-defined]

