"""The optional spaCy component, on a blank English pipeline (no model download)."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

import quotekit  # noqa: E402
import quotekit.spacy_component  # noqa: E402,F401 - registers the "quotekit" factory
from quotekit.spacy_component import DocQuote  # noqa: E402

GENEVA = (Path(__file__).parent / "articles" / "geneva-talks.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pipeline = spacy.blank("en")
    pipeline.add_pipe("quotekit")
    return pipeline


def test_doc_quotes_match_extract_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(GENEVA)
    expected = list(quotekit.extract_quotes(GENEVA))
    assert expected
    assert [item.quote for item in doc._.quotes] == expected
    for item in doc._.quotes:
        assert isinstance(item, DocQuote)
        assert str(item) == str(item.quote)
        assert item.kind == item.quote.kind.value
        assert len(item.spans) == len(item.quote.spans)


def test_spans_are_aligned_to_quotekit_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(GENEVA)
    exact = 0
    for item in doc._.quotes:
        for span, qspan in zip(item.spans, item.quote.spans):
            assert isinstance(span, spacy.tokens.Span) and span.doc is doc
            # Widened to whole tokens at most: never misses a character.
            assert span.start_char <= qspan.start < qspan.end <= span.end_char
            assert qspan.text in span.text
            exact += (span.start_char, span.end_char) == (qspan.start, qspan.end)
            assert span.label_ == "QUOTE"
        speaker = item.quote.speaker
        if speaker is not None:
            assert item.speaker is not None and item.speaker.label_ == "SPEAKER"
            assert (item.speaker.start_char, item.speaker.end_char) == (speaker.start, speaker.end)
            assert item.speaker.text == speaker.text
            assert item.speaker_name == speaker.name
        cue = item.quote.cue
        if cue is not None:
            assert item.cue is not None and item.cue.text == cue.text
        if item.quote.addressee is not None:
            assert item.addressee is not None and item.addressee.text == item.quote.addressee.text
    # On this article quotekit's spans fall on spaCy token boundaries.
    assert exact == sum(len(item.spans) for item in doc._.quotes)


def test_span_group_for_displacy(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(GENEVA)
    group = doc.spans["quotes"]
    labels = {span.label_ for span in group}
    assert "QUOTE" in labels and "SPEAKER" in labels and "CUE" in labels
    html = spacy.displacy.render(doc, style="span", options={"spans_key": "quotes"}, jupyter=False)
    assert "QUOTE" in html


def test_config_and_pipe() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quotekit", config={"spans_key": None})
    texts = [GENEVA, "No quotes here.", "“We will be back,” Mayor Ana Ruiz said."]
    docs = list(nlp.pipe(texts))
    assert [len(doc._.quotes) for doc in docs] == [len(quotekit.extract_quotes(t)) for t in texts]
    assert "quotes" not in docs[0].spans
    assert docs[1]._.quotes == []
    assert spacy.blank("en")("untouched")._.quotes is None
    assert nlp.get_pipe_meta("quotekit").assigns == ["doc._.quotes"]


def test_scope_in_the_config() -> None:
    text = "Russia denies the allegations."
    nlp = spacy.blank("en")
    nlp.add_pipe("quotekit", config={"scope": "attributions"})
    assert [item.quote for item in nlp(text)._.quotes] == list(quotekit.extract_quotes(text, scope="attributions"))
    assert len(nlp(text)._.quotes) == 1
    with pytest.raises(ValueError, match="quotekit -> scope"):
        spacy.blank("en").add_pipe("quotekit", config={"scope": "everything"})  # spaCy checks the Literal


def test_quotes_survive_serialisation(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import DocBin

    doc = nlp(GENEVA)
    again = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [q.quote for q in again._.quotes] == [q.quote for q in doc._.quotes]
    assert [q.spans[0].text for q in again._.quotes] == [q.spans[0].text for q in doc._.quotes]
    store = DocBin(store_user_data=True, docs=[doc])
    (loaded,) = store.get_docs(spacy.blank("en").vocab)
    assert [q.quote for q in loaded._.quotes] == [q.quote for q in doc._.quotes]
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == ["quotekit"]
    assert [q.quote for q in reloaded(GENEVA)._.quotes] == [q.quote for q in doc._.quotes]


def test_pipe_with_processes(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [GENEVA, "“We will be back,” Mayor Ana Ruiz said.", "No quotes here."] * 2
    docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [[q.quote for q in doc._.quotes] for doc in docs] == [list(quotekit.extract_quotes(t)) for t in texts]


def test_factory_is_found_through_the_entry_point() -> None:
    points = importlib.metadata.entry_points(group="spacy_factories")
    if not any(point.name == "quotekit" for point in points):
        pytest.skip("quotekit is not installed (pip install -e .), so its entry points are not registered")
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('quotekit')\n"
        "doc = nlp('“We will be back,” Mayor Ana Ruiz said.')\n"
        "print(type(doc._.quotes).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "list"
