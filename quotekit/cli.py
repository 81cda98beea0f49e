"""The ``quotekit`` command (also ``python -m quotekit``): quotes from files, folders, stdin or JSON Lines."""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from quotekit.display import Quotes
from quotekit.frames import COLUMNS, to_records
from quotekit.matcher import SCOPES

__all__ = ["main"]

PROG = "quotekit"

EXAMPLES = """\
examples:
  quotekit article.txt                      the quotes in one article, as a table
  quotekit articles/ --format csv > q.csv   every *.txt under a folder, as CSV
  curl -s URL | quotekit                    text on stdin
  quotekit news.jsonl --text-field body --id-field url --format jsonl
  zcat news.jsonl.gz | quotekit --jsonl --workers 4 --progress > quotes.jsonl

output: one row (or JSON object) per quote, led by the document id: the file path,
the --id-field of a JSON Lines record (else PATH:LINE), or <stdin>. JSON Lines
records are Quote.to_dict() plus "doc_id", so quotekit.from_dict() reads them back.
exit status: 0 if all inputs were read, 1 if some failed (each is reported on stderr
and the rest are still processed), 2 for a usage error.
"""


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser (its ``--help`` is the command's manual)."""
    from quotekit import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Find the quotations in English news text and say who said them.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="text files, folders (all *.txt inside, recursively, sorted) or .jsonl files; "
        "'-' or nothing reads stdin",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=("table", "jsonl", "csv"),
        help="output format (default: table on a terminal, else jsonl)",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="read every input (stdin too) as JSON Lines; files ending in .jsonl always are",
    )
    parser.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="JSON Lines field holding the article (default: %(default)s)",
    )
    parser.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="JSON Lines field holding the document id (default: %(default)s)",
    )
    parser.add_argument(
        "-j",
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes (default: %(default)s)",
    )
    parser.add_argument(
        "--progress",
        action="store_true",
        help="show a progress bar on stderr (needs tqdm: pip install 'quotekit[progress]')",
    )
    parser.add_argument(
        "--scope",
        choices=SCOPES,
        default="quotes",
        help="quotes: what was said (default); attributions: also beliefs, intentions, stances "
        "and bare objects (denied the allegations), as PolNeAR annotates them",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


class _Run:
    """One invocation: reads documents, reports failures, counts them."""

    def __init__(self, args: argparse.Namespace, stdin: IO[Any], stderr: IO[str]) -> None:
        self.args = args
        self.stdin = stdin
        self.stderr = stderr
        self.failures = 0

    def fail(self, where: object, reason: str) -> None:
        self.failures += 1
        print(f"{PROG}: {where}: {reason}", file=self.stderr, flush=True)

    # -- input -----------------------------------------------------------------

    def sources(self) -> list[tuple[str, Path | None]]:
        """(display name, path or None for stdin) for every input, folders expanded."""
        found: list[tuple[str, Path | None]] = []
        for arg in self.args.paths or ["-"]:
            if arg == "-":
                found.append(("<stdin>", None))
                continue
            path = Path(arg)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*.txt") if p.is_file())
                if not files:
                    self.fail(arg, "no .txt files in this folder")
                found.extend((str(p), p) for p in files)
            else:
                found.append((arg, path))
        return found

    def is_jsonl(self, path: Path | None) -> bool:
        return bool(self.args.jsonl or (path is not None and path.suffix.lower() == ".jsonl"))

    def documents(self, sources: list[tuple[str, Path | None]]) -> Iterator[tuple[Any, str]]:
        """(document id, text) for every readable document, failures reported on the way."""
        for name, path in sources:
            try:
                if self.is_jsonl(path):
                    if path is None:
                        yield from self.records(name, _binary(self.stdin))
                    else:
                        with path.open("rb") as stream:
                            yield from self.records(name, stream)
                else:
                    data = _binary(self.stdin).read() if path is None else path.read_bytes()
                    text = _decode(data, name, self)
                    if text is not None:
                        yield name, text
            except OSError as error:
                self.fail(name, error.strerror or str(error))

    def records(self, name: str, stream: IO[Any]) -> Iterator[tuple[Any, str]]:
        text_field, id_field = self.args.text_field, self.args.id_field
        for number, raw in enumerate(stream, 1):
            where = f"{name}:{number}"
            line = _decode(raw, where, self) if isinstance(raw, bytes) else raw
            if line is None or not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                self.fail(where, f"invalid JSON ({error.msg} at column {error.colno})")
                continue
            if not isinstance(record, dict):
                self.fail(where, f"expected a JSON object, got {_json_type(record)}")
                continue
            if text_field not in record:
                self.fail(where, f'no "{text_field}" field (choose the field with --text-field)')
                continue
            text = record[text_field]
            if not isinstance(text, str):
                self.fail(where, f'"{text_field}" is {_json_type(text)}, expected a string')
                continue
            doc_id = record.get(id_field)
            yield (where if doc_id is None else doc_id), text


def _binary(stream: IO[Any]) -> IO[Any]:
    return getattr(stream, "buffer", stream)


def _decode(data: bytes | str, where: str, run: _Run) -> str | None:
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        run.fail(where, f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})")
        return None


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


# -- output ------------------------------------------------------------------------


class _JsonlWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, doc_id: Any, quotes: Quotes) -> None:
        for quote in quotes:
            record = {"doc_id": doc_id, **quote.to_dict()}
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")


class _CsvWriter:
    def __init__(self, out: IO[str]) -> None:
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(["doc_id", *COLUMNS])

    def write(self, doc_id: Any, quotes: Quotes) -> None:
        for record in to_records(quotes, doc_id=doc_id):
            record["spans"] = json.dumps(record["spans"])
            self.writer.writerow(["" if value is None else value for value in record.values()])


class _TableWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.width = max(60, shutil.get_terminal_size((100, 24)).columns)
        self.first = True

    def write(self, doc_id: Any, quotes: Quotes) -> None:
        out = self.out
        if not self.first:
            out.write("\n")
        self.first = False
        count = len(quotes)
        out.write(f"{doc_id}: {count} quote{'' if count == 1 else 's'}\n")
        if not quotes:
            return
        rows = [("#", "speaker", "cue", "kind", "quote")]
        for number, quote in enumerate(quotes, 1):
            text = " ".join(quote.text.split())
            if quote.kind.value == "direct":
                text = f"“{text}”"
            rows.append((
                str(number),
                " ".join(quote.speaker.name.split()) if quote.speaker else "—",
                " ".join(quote.cue.text.split()) if quote.cue else "",
                quote.kind.value,
                text,
            ))
        widths = [min(max(len(row[i]) for row in rows), 30) for i in range(4)]
        room = max(20, self.width - sum(widths) - 2 * 4 - 2)
        for row in rows:
            cells = [_fit(cell, width).ljust(width) if i else cell.rjust(width)
                     for i, (cell, width) in enumerate(zip(row[:4], widths))]
            out.write("  " + "  ".join(cells) + "  " + _fit(row[4], room) + "\n")


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


# -- main ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    0 when every input was read, 1 when some failed (each reported on stderr as
    ``quotekit: PATH: reason``, the rest still processed), 2 for usage errors.
    """
    from quotekit.batch import _results

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version, usage errors
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)

    stdin, stdout, stderr = sys.stdin, sys.stdout, sys.stderr
    if not args.paths and stdin is not None and stdin.isatty():
        parser.print_usage(stderr)
        print(f"{PROG}: error: no input: give files or folders, or pipe text in "
              f"(see {PROG} --help)", file=stderr)
        return 2
    fmt = args.format or ("table" if stdout.isatty() else "jsonl")

    run = _Run(args, stdin, stderr)
    sources = run.sources()
    total = None if any(run.is_jsonl(p) for _, p in sources) else len(sources)
    ids: deque[Any] = deque()

    def texts() -> Iterator[str]:
        for doc_id, text in run.documents(sources):
            ids.append(doc_id)
            yield text

    try:
        results = _results(texts(), workers=args.workers, progress=args.progress, total=total, scope=args.scope)
    except ImportError as error:
        print(f"{PROG}: error: {error}", file=stderr)
        return 2

    writers: dict[str, type[_TableWriter | _JsonlWriter | _CsvWriter]] = {
        "table": _TableWriter,
        "jsonl": _JsonlWriter,
        "csv": _CsvWriter,
    }
    writer = writers[fmt](stdout)
    try:
        for _, _, found in results:
            doc_id = ids.popleft()
            if isinstance(found, BaseException):
                run.fail(doc_id, f"extraction failed: {type(found).__name__}: {found}")
            else:
                writer.write(doc_id, found)
        stdout.flush()
    except BrokenPipeError:
        # The reader went away (e.g. `quotekit ... | head`): stop quietly, like Unix tools.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stdout.fileno())
        except (OSError, ValueError, AttributeError):  # pragma: no cover - not a real file
            pass
        return 141
    except KeyboardInterrupt:
        return 130
    finally:
        results.close()  # type: ignore[attr-defined]
    return 1 if run.failures else 0
