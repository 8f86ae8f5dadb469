"""Event YAML dumped by libyaml has the bytes the pure-Python emitter writes."""

from __future__ import annotations

import random
from typing import Any

import pytest
import yaml

from timeline.models import Event, Source
from timeline.store import event_data, render_event
from timeline.yamlio import dump, dumper_for

FAST: Any = getattr(yaml, "CSafeDumper", None)
needs_libyaml = pytest.mark.skipif(FAST is None, reason="PyYAML is built without libyaml")


def python_dump(data: Any) -> str:
    """The reference: what the pure-Python emitter writes."""
    return yaml.dump(
        data, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )


def event_dict(text: str, other: str = "Ein Satz.") -> dict[str, Any]:
    """Event data, in file order, with ``text`` in every string field."""
    return {
        "id": "2024-01-02-x",
        "date": "2024-01-02",
        "title": text,
        "summary": other,
        "tags": [text, other],
        "status": "candidate",
        "uncertain": False,
        "sources": [
            {"article": "a1", "quote": text, "date_text": other},
            {"article": "a2", "quote": other + " " + text},
        ],
    }


LONG = (
    "Die Regierung kündigte am Dienstag an, die Brücke über die Mulde bis Ende Juni zu sperren"
)
EXAMPLES = [
    "",
    " ",
    "plain text",
    "Über die Brücke: 12 Lkw, 3 Züge",
    "key: value",
    "a #hash and a#hash",
    "# comment-like",
    "- dash",
    "? question",
    "'single' and \"double\" quotes",
    "\"quoted at start\"",
    "'quoted at start'",
    " leading space",
    "trailing space ",
    "2023-12-30",
    "2023-12-30T10:00:00",
    "2006",
    "1.5",
    "1e3",
    "0x1F",
    "12:30",
    "true",
    "no",
    "null",
    "~",
    "---",
    "...",
    "<<",
    "[list] {map} *alias &anchor !tag |pipe >fold %pct @at `tick`",
    "中文 日本語 한국어 Ελληνικά русский עברית العربية",
    "zero\u200bwidth and no\xa0break",
    "private \ue000 use and \ufffd replacement",
    LONG + " " + LONG,
    LONG + "  " + LONG + "   " + LONG,
    "'" + LONG + ": " + LONG + "'",
    "x" * 250,
    "wort " + "y" * 120 + " wort " + "z" * 99 + " ende",
    "two\nlines",
    "\nleading break",
    "trailing break\n",
    "blank\n\nline",
    LONG + "\n" + LONG + "\n\n" + LONG,
    # From here on libyaml writes differently: dumped by the pure-Python emitter.
    "emoji 😀 in text",
    "math 𝔘 letter",
    "tab\tin text",
    "carriage\rreturn",
    "next\x85line",
    "line\u2028separator and paragraph\u2029separator",
    "\ufeffbyte order mark",
    "bell\x07 escape\x1b delete\x7f c1\x9f",
    "not characters \ufffe \uffff",
    "space before \nbreak",
    "break\n before space",
    LONG + " \t " + LONG,
    LONG + " 😀 " + LONG,
]


@pytest.mark.parametrize("text", EXAMPLES)
def test_dump_matches_the_pure_python_emitter(text: str) -> None:
    data = event_dict(text, LONG + " " + text)
    assert dump(data) == python_dump(data)
    assert dump(data["sources"]) == python_dump(data["sources"])


@needs_libyaml
@pytest.mark.parametrize(
    "text",
    [
        "emoji 😀 in text",
        "next\x85line",
        "\ufeff" + LONG + " " + LONG,
        LONG + " \t " + LONG,
        LONG + " " + LONG + "\x07",
        "space before \n" + LONG + " " + LONG,
    ],
)
def test_libyaml_writes_these_differently_so_they_fall_back(text: str) -> None:
    data = {"title": text}
    # Why the fallback exists: if libyaml ever writes these alike, it may go.
    assert yaml.dump(data, Dumper=FAST, allow_unicode=True, width=100) != python_dump(data)
    assert dumper_for(data) is yaml.SafeDumper


@needs_libyaml
def test_news_text_takes_the_fast_path() -> None:
    for text in EXAMPLES[: EXAMPLES.index("emoji 😀 in text")]:
        assert dumper_for({"title": text, "tags": [text]}) is FAST, text


# Pieces of generated strings: letters of several scripts, YAML indicators,
# spaces and breaks, date-, number- and boolean-like words, long words and
# text, and the characters the emitters treat differently.
PIECES = [
    "a", "Wort", "Über", "ß", "é", "ø", "中文", "ﾃｽﾄ", "ع", "\u0301", "\u200b", "\xa0", "\ue000",
    "\ufffd", " ", "  ", ":", ": ", " :", "#", " #", "'", '"', "''", "\\", "-",
    "- ", "? ", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "---", "...",
    "2023-01-02", "2023-01-02 10:00", "1.5", "-7", "0o17", "0x1F", "1e3", ".inf", "true", "No",
    "null", "~", "12:30", "=", "<<", "x" * 120, "lorem ipsum dolor sit amet " * 4,
]
ODD = [
    "\t", "\r", "\x85", "\u2028", "\u2029", "\ufeff", "\x00", "\x07", "\x1b", "\x7f", "\x9f",
    "\ud800", "\ufffe", "\uffff", "😀", "𝔘", "\U0010fffd",
]


def generated_text(rng: random.Random) -> str:
    """Lines of pieces joined by spaces (or not), some with the odd characters.

    Spaces next to the breaks between lines are mostly dropped: libyaml writes
    such text differently (it is left to the pure-Python emitter), and the
    test is to compare the two emitters on the rest.
    """
    pieces = PIECES + ODD if rng.random() < 0.25 else PIECES
    lines = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 25))]
        lines.append("".join(word + rng.choice((" ", " ", "", "  ")) for word in words))
    if rng.random() < 0.8:
        lines = [line.rstrip(" ") for line in lines[:-1]] + lines[-1:]
        lines = lines[:1] + [line.lstrip(" ") for line in lines[1:]]
    return rng.choice(("\n", "\n\n")).join(lines)


def test_generated_strings_dump_as_the_pure_python_emitter_writes() -> None:
    rng = random.Random(20240102)
    texts = [generated_text(rng) for _ in range(1200)]
    fast = 0
    for title, other in zip(texts[::2], texts[1::2], strict=True):
        data = event_dict(title, other)
        fast += dumper_for(data) is FAST
        assert dump(data) == python_dump(data), (title, other)
    if FAST is not None:
        # Most documents take the fast path, so the comparison tests libyaml.
        assert fast > 250


def test_without_libyaml_the_pure_python_dumper_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = event_dict(LONG + " " + LONG)
    expected = python_dump(data)
    monkeypatch.delattr(yaml, "CSafeDumper", raising=False)
    used: list[Any] = []
    real_dump = yaml.dump

    def spy(*args: Any, **kwargs: Any) -> Any:
        used.append(kwargs.get("Dumper"))
        return real_dump(*args, **kwargs)

    monkeypatch.setattr(yaml, "dump", spy)
    assert dump(data) == expected
    assert used == [yaml.SafeDumper]


def test_event_files_are_byte_identical_with_and_without_libyaml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events = [
        Event(
            id=f"2024-01-0{day}-event",
            date=f"2024-01-0{day}",
            title=text,
            summary=LONG if day % 2 else None,
            tags=["Brücke", "2024", text],
            sources=[
                Source(article="a1", quote=LONG + " " + text, date_text="am 2. Januar"),
                Source(article="a2", quote=text),
            ],
            key=True if day == 3 else None,
        )
        for day, text in enumerate(
            ["Sperrung: Brücke", "'Zitat' am Anfang", "emoji 😀", "yes", LONG * 3], start=1
        )
    ]
    fast = [render_event(event) for event in events]
    if FAST is not None:
        assert all(dumper_for(event_data(event)) is FAST for event in events[:2])
    monkeypatch.delattr(yaml, "CSafeDumper", raising=False)
    assert [render_event(event) for event in events] == fast
