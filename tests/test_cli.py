"""The quotekit command: inputs, formats, exit codes and messages."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import quotekit
from quotekit import extract_quotes, from_dict
from quotekit.cli import main
from quotekit.frames import COLUMNS

ARTICLES = Path(__file__).parent / "articles"
GENEVA_PATH = ARTICLES / "geneva-talks.txt"
GENEVA = GENEVA_PATH.read_text(encoding="utf-8")
SHORT = "“We will be back,” Mayor Ana Ruiz said.\n"
PACKAGE_ROOT = Path(quotekit.__file__).parent.parent  # what `import quotekit` finds here


def run(
    argv: list[str], capsys: pytest.CaptureFixture[str], stdin: bytes | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    assert out.startswith("usage: quotekit")
    assert "examples:" in out and "quotekit article.txt" in out
    for option in ("--format", "--text-field", "--id-field", "--jsonl", "--progress", "--workers"):
        assert option in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.strip() == f"quotekit {quotekit.__version__}"


def test_one_file_to_jsonl_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(GENEVA_PATH)], capsys)  # stdout is not a terminal: jsonl
    assert (code, err) == (0, "")
    records = jsonl(out)
    assert records and len(records) == len(extract_quotes(GENEVA))
    assert {r["doc_id"] for r in records} == {str(GENEVA_PATH)}
    assert [from_dict(r) for r in records] == list(extract_quotes(GENEVA))
    for r in records:
        assert GENEVA[r["spans"][0]["start"] : r["spans"][0]["end"]] == r["spans"][0]["text"]


def test_folder_reads_txt_files_recursively_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "notes.md").write_text(SHORT, encoding="utf-8")
    code, out, err = run([str(tmp_path), "--format", "jsonl"], capsys)
    assert (code, err) == (0, "")
    ids = [r["doc_id"] for r in jsonl(out)]
    per_doc = len(extract_quotes(SHORT))
    assert per_doc > 0
    expected = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.txt")]
    assert ids == [doc for doc in expected for _ in range(per_doc)]


def test_offsets_refer_to_the_file_as_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(("Intro line.\r\n" + SHORT.replace("\n", "\r\n")).encode("utf-8"))
    code, out, _ = run([str(path)], capsys)
    assert code == 0
    raw = path.read_bytes().decode("utf-8")
    assert jsonl(out)
    for record in jsonl(out):
        for span in record["spans"]:
            assert raw[span["start"] : span["end"]] == span["text"]


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run([], capsys, stdin=SHORT.encode(), monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    records = jsonl(out)
    assert records and {r["doc_id"] for r in records} == {"<stdin>"}
    assert [from_dict(r) for r in records] == list(extract_quotes(SHORT))
    code, out2, _ = run(["-"], capsys, stdin=SHORT.encode(), monkeypatch=monkeypatch)
    assert code == 0 and out2 == out


def test_jsonl_input_with_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "news.jsonl"
    rows = [
        {"url": "https://example.org/1", "body": SHORT},
        {"url": "https://example.org/2", "body": GENEVA},
        {"body": SHORT},  # no id: PATH:LINE
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    code, out, err = run([str(path), "--text-field", "body", "--id-field", "url"], capsys)
    assert (code, err) == (0, "")
    records = jsonl(out)
    ids = [r["doc_id"] for r in records]
    n_short, n_geneva = len(extract_quotes(SHORT)), len(extract_quotes(GENEVA))
    assert ids == (
        ["https://example.org/1"] * n_short + ["https://example.org/2"] * n_geneva + [f"{path}:3"] * n_short
    )


def test_jsonl_from_stdin_with_flag_keeps_json_ids(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = "\n".join(json.dumps({"id": i, "text": SHORT}) for i in range(3)).encode()
    code, out, err = run(["--jsonl"], capsys, stdin=data, monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    per_doc = len(extract_quotes(SHORT))
    assert [r["doc_id"] for r in jsonl(out)] == [i for i in range(3) for _ in range(per_doc)]


def test_bad_inputs_are_reported_and_the_rest_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SHORT, encoding="utf-8")
    binary = tmp_path / "latin1.txt"
    binary.write_bytes("caf\xe9".encode("latin-1"))
    lines = tmp_path / "rows.jsonl"
    lines.write_text(
        '{"text": "Fine."}\n{"text": \n[1, 2]\n{"body": "x"}\n{"text": 3}\n{"text": "Also fine."}\n',
        encoding="utf-8",
    )
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    missing = tmp_path / "missing.txt"
    code, out, err = run(
        [str(missing), str(binary), str(lines), str(empty_dir), str(good), "--format", "jsonl"], capsys
    )
    assert code == 1
    assert f"quotekit: {missing}: No such file or directory" in err
    assert f"quotekit: {binary}: not UTF-8 text (byte 0xe9 at offset 3)" in err
    assert f"quotekit: {lines}:2: invalid JSON" in err
    assert f"quotekit: {lines}:3: expected a JSON object, got an array" in err
    assert f'quotekit: {lines}:4: no "text" field (choose the field with --text-field)' in err
    assert f'quotekit: {lines}:5: "text" is a number, expected a string' in err
    assert f"quotekit: {empty_dir}: no .txt files in this folder" in err
    assert len(err.strip().splitlines()) == 7
    assert "Traceback" not in err
    # The good file (and the good JSON lines) still came through.
    assert str(good) in {r["doc_id"] for r in jsonl(out)}


def test_csv_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(GENEVA_PATH), "--format", "csv"], capsys)
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    header = next(csv.reader(io.StringIO(out)))
    assert header == ["doc_id", *COLUMNS]
    quotes = extract_quotes(GENEVA)
    assert len(rows) == len(quotes)
    for row, quote in zip(rows, quotes):
        assert row["doc_id"] == str(GENEVA_PATH)
        assert row["quote"] == quote.text
        assert int(row["start"]) == quote.start and int(row["end"]) == quote.end
        assert json.loads(row["spans"]) == [[s.start, s.end] for s in quote.spans]
        assert row["speaker"] == (quote.speaker.name if quote.speaker else "")


def test_csv_header_even_without_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "none.txt"
    path.write_text("Nothing quoted here.", encoding="utf-8")
    code, out, _ = run([str(path), "--format", "csv"], capsys)
    assert code == 0 and out == ",".join(["doc_id", *COLUMNS]) + "\n"


def test_table_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    none = tmp_path / "none.txt"
    none.write_text("Nothing quoted here.", encoding="utf-8")
    code, out, err = run([str(GENEVA_PATH), str(none), "--format", "table"], capsys)
    assert (code, err) == (0, "")
    quotes = extract_quotes(GENEVA)
    lines = out.splitlines()
    assert lines[0] == f"{GENEVA_PATH}: {len(quotes)} quote{'' if len(quotes) == 1 else 's'}"
    assert lines[1].split() == ["#", "speaker", "cue", "kind", "quote"]
    assert len(lines[2:2 + len(quotes)]) == len(quotes)
    assert f"{none}: 0 quotes" in lines
    for quote, line in zip(quotes, lines[2:]):
        assert quote.kind.value in line
        if quote.speaker:
            assert quote.speaker.name[:20] in line


def test_table_is_the_default_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main([str(GENEVA_PATH)]) == 0
    assert terminal.getvalue().startswith(f"{GENEVA_PATH}: ")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run([str(GENEVA_PATH), "--format", "xml"], capsys)
    assert code == 2 and "invalid choice: 'xml'" in err and err.startswith("usage: quotekit")
    code, _, err = run([str(GENEVA_PATH), "--workers", "0"], capsys)
    assert code == 2 and "must be at least 1" in err
    code, _, err = run(["--no-such-option"], capsys)
    assert code == 2 and "unrecognized arguments" in err

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    code, _, err = run([], capsys)
    assert code == 2 and "no input" in err


def test_progress(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    code, out, err = run([str(GENEVA_PATH), str(GENEVA_PATH), "--progress"], capsys)
    assert code == 0 and "2/2" in err
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    code, out, err = run([str(GENEVA_PATH), "--progress"], capsys)
    assert code == 2 and out == ""
    assert err.strip() == "quotekit: error: progress=True needs tqdm: pip install 'quotekit[progress]'"


def test_workers_give_the_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(GENEVA if i % 2 else SHORT, encoding="utf-8")
    code1, out1, _ = run([str(tmp_path)], capsys)
    code2, out2, _ = run([str(tmp_path), "--workers", "2"], capsys)
    assert code1 == code2 == 0 and out1 == out2 and out1


# -- as a real process -----------------------------------------------------------------------


def python_m(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PACKAGE_ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run(
        [sys.executable, "-m", "quotekit", *args], input=stdin, capture_output=True, env=env, timeout=120
    )


def test_python_m_quotekit() -> None:
    done = python_m(str(GENEVA_PATH))
    assert done.returncode == 0 and done.stderr == b""
    assert len(done.stdout.decode().splitlines()) == len(extract_quotes(GENEVA))
    done = python_m("-", stdin=SHORT.encode())
    assert done.returncode == 0
    assert json.loads(done.stdout.decode().splitlines()[0])["doc_id"] == "<stdin>"
    done = python_m("no/such/file.txt")
    assert done.returncode == 1
    assert done.stderr.decode() == "quotekit: no/such/file.txt: No such file or directory\n"
    done = python_m("--format")
    assert done.returncode == 2 and b"usage: quotekit" in done.stderr


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    source.write_text("\n".join(json.dumps({"id": i, "text": GENEVA}) for i in range(300)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PACKAGE_ROOT), os.environ.get("PYTHONPATH")]))}
    with source.open("rb") as stdin:
        process = subprocess.Popen(
            [sys.executable, "-m", "quotekit", "--jsonl"],
            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        )
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # like `| head -1`
        err = process.stderr.read()
        assert process.wait(timeout=120) == 141
    assert first.startswith(b'{"doc_id": 0, ')
    assert err == b""


@pytest.mark.skipif(shutil.which("quotekit") is None, reason="the console script is not installed")
def test_console_script() -> None:
    done = subprocess.run(["quotekit", "--help"], capture_output=True, timeout=60)
    assert done.returncode == 0 and b"examples:" in done.stdout
