"""Reading TimeML (``.tml``) gold files: the DCT, the plain text and its TIMEX3 spans.

The text is the content of ``<TEXT>`` with every tag removed and XML entities
decoded; gold offsets are character offsets into exactly that string, so a
tagger run on ``document.text`` can be compared span by span.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = REPO_ROOT / ".." / "shared" / "corpora"

# corpus name -> (language, sub-folders reported separately)
CORPORA: dict[str, tuple[str, tuple[str, ...]]] = {
    "krauts": ("de", ("krauts-dolomiten-42",)),
    "te3": ("en", ("te3-tbaq/TimeBank", "te3-tbaq/AQUAINT")),
}


class TmlError(ValueError):
    """A .tml file that cannot be used as gold data."""


@dataclass(frozen=True)
class Annotation:
    """One temporal expression, gold or system: a span with TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TmlDocument:
    path: Path
    dct: date
    text: str
    timexes: tuple[Annotation, ...]

    @property
    def name(self) -> str:
        return self.path.name


def read_tml(path: Path) -> TmlDocument:
    """Parse one TimeML file.

    TIMEX3 elements without text (non-consuming ones, written ``<TIMEX3 .../>``)
    have no span in the text and are left out of the gold set.
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise TmlError(f"{path}: not well-formed XML: {error}") from None
    dct_timex = root.find("DCT/TIMEX3")
    if dct_timex is None or not dct_timex.get("value"):
        raise TmlError(f"{path}: no <DCT><TIMEX3 value=...>")
    try:
        dct = date.fromisoformat(str(dct_timex.get("value"))[:10])
    except ValueError:
        raise TmlError(f"{path}: DCT {dct_timex.get('value')!r} is not a date") from None
    text_element = root.find("TEXT")
    if text_element is None:
        raise TmlError(f"{path}: no <TEXT> element")
    pieces: list[str] = []
    spans: list[tuple[int, int, ET.Element]] = []
    _walk(text_element, pieces, spans, 0)
    text = "".join(pieces)
    timexes = tuple(
        Annotation(
            start=start,
            end=end,
            text=text[start:end],
            type=element.get("type", ""),
            value=element.get("value", ""),
        )
        for start, end, element in sorted(spans, key=lambda span: (span[0], span[1]))
    )
    return TmlDocument(path=path, dct=dct, text=text, timexes=timexes)


def _walk(
    element: ET.Element, pieces: list[str], spans: list[tuple[int, int, ET.Element]], offset: int
) -> int:
    """Append the text of ``element`` (without its tail) and return the new offset."""
    start = offset
    if element.text:
        pieces.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _walk(child, pieces, spans, offset)
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    if element.tag == "TIMEX3" and offset > start:
        spans.append((start, offset, element))
    return offset


def corpus_folders(corpora: Path, corpus: str) -> list[Path]:
    """The folders of a named corpus (``krauts`` or ``te3``) under ``corpora``."""
    _, folders = CORPORA[corpus]
    return [corpora / folder for folder in folders]


def read_folder(folder: Path) -> list[TmlDocument]:
    files = sorted(folder.glob("*.tml"))
    if not files:
        raise TmlError(f"{folder}: no .tml files")
    return [read_tml(path) for path in files]
