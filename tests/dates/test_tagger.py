"""The tagger frame: chunking, offsets across chunks, overlaps, languages, empty text."""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.tokens import Doc

from timeline.dates import Tagger, Timex, TimexType, UnknownLanguageError, tag
from timeline.dates import tagger as tagger_module
from timeline.dates.tagger import _without_overlaps, chunks


def assert_exact_cover(text: str, size: int) -> list[tuple[int, str]]:
    pieces = list(chunks(text, size))
    assert "".join(piece for _, piece in pieces) == text
    position = 0
    for offset, piece in pieces:
        assert offset == position
        assert 0 < len(piece) <= size
        position += len(piece)
    return pieces


def test_chunks_cut_after_line_breaks() -> None:
    text = "".join(f"Zeile {n} am 30. Dezember 2023.\n" for n in range(200))
    pieces = assert_exact_cover(text, 500)
    assert len(pieces) > 1
    assert all(piece.endswith("\n") for _, piece in pieces[:-1])


def test_long_line_is_cut_after_a_sentence_end() -> None:
    text = "Das ist ein Satz. " * 2000
    pieces = assert_exact_cover(text, 1000)
    assert all(piece.endswith(". ") for _, piece in pieces[:-1])


def test_long_line_without_sentences_is_cut_at_a_space() -> None:
    text = "wort " * 3000
    pieces = assert_exact_cover(text, 1000)
    assert all(piece.endswith(" ") for _, piece in pieces[:-1])


def test_line_without_spaces_is_cut_hard_but_bounded() -> None:
    text = "x" * 2500
    pieces = assert_exact_cover(text, 1000)
    assert [len(piece) for _, piece in pieces] == [1000, 1000, 500]


@pytest.mark.parametrize("text", ["", "kurz", "a\n", "\n\n\n", "ä" * 999, "ä" * 1001])
def test_chunks_of_short_and_edge_texts(text: str) -> None:
    pieces = list(chunks(text, 1000))
    assert "".join(piece for _, piece in pieces) == text
    assert len(pieces) == (0 if not text else 1 if len(text) <= 1000 else 2)


def timex(start: int, end: int, value: str = "2023") -> Timex:
    return Timex(start, end, "x" * (end - start), TimexType.DATE, value)


def test_overlaps_keep_the_longer_expression() -> None:
    kept = _without_overlaps([timex(5, 9, "short"), timex(0, 20, "long"), timex(25, 30)])
    assert [(t.start, t.end, t.value) for t in kept] == [(0, 20, "long"), (25, 30, "2023")]


def test_overlaps_of_equal_length_keep_the_earlier() -> None:
    kept = _without_overlaps([timex(4, 10, "later"), timex(0, 6, "earlier")])
    assert [t.value for t in kept] == ["earlier"]


def test_touching_expressions_are_both_kept() -> None:
    kept = _without_overlaps([timex(0, 5), timex(5, 9)])
    assert [(t.start, t.end) for t in kept] == [(0, 5), (5, 9)]


def years(doc: Doc, dct: date | None) -> list[Timex]:
    """A stand-in annotator: every four-digit number is a year."""
    return [
        Timex(m.start(), m.end(), m.group(), TimexType.DATE, m.group())
        for m in re.finditer(r"\b\d{4}\b", doc.text)
    ]


def test_offsets_point_into_the_whole_text_across_chunks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tagger_module, "CHUNK_CHARS", 60)
    tagger = Tagger("de")
    tagger.annotate = years
    text = "".join(f"Im Jahr {1900 + n} geschah etwas.\n\n" for n in range(50))
    found = tagger.tag(text, date(2024, 1, 10))
    assert [t.value for t in found] == [str(1900 + n) for n in range(50)]
    for t in found:
        assert text[t.start : t.end] == t.text


def test_whitespace_only_text_is_not_annotated() -> None:
    tagger = Tagger("en")
    calls: list[str] = []

    def annotate(doc: Doc, dct: date | None) -> list[Timex]:
        calls.append(doc.text)
        return []

    tagger.annotate = annotate
    assert tagger.tag(" \n\n \t", None) == []
    assert calls == []


def test_empty_text_gives_nothing() -> None:
    assert tag("", "de", date(2024, 1, 10)) == []
    assert tag("", "en", None) == []


@pytest.mark.parametrize("lang", ["fr", "DE", "", "deu"])
def test_unknown_language(lang: str) -> None:
    with pytest.raises(UnknownLanguageError, match="supported: de, en") as error:
        tag("am 30. Dezember 2023", lang, None)
    assert error.value.lang == lang
    with pytest.raises(UnknownLanguageError):
        Tagger(lang)


def test_unknown_language_is_reported_even_for_empty_text() -> None:
    with pytest.raises(UnknownLanguageError):
        tag("", "fr", None)


def test_long_line_is_never_cut_inside_a_date() -> None:
    from timeline.dates.tagger import chunks

    sentence = "Es geschah am 30. Dezember 2023 in Kiew. "
    text = sentence * 2000  # one 80,000-character line
    pieces = list(chunks(text, 20_000))
    assert "".join(piece for _, piece in pieces) == text
    for _, piece in pieces[:-1]:
        assert piece.endswith("Kiew. ")
