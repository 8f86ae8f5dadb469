"""A title's leading pronoun replaced by the name the article gave before it."""

from __future__ import annotations

import pytest

from timeline.sentences import split_sentences
from timeline.title_reference import WINDOW_SENTENCES, References


def resolved(text: str, title: str, language: str = "en") -> str:
    """``title`` of the text's last sentence, resolved as extraction does."""
    sentences = split_sentences(text)
    last = len(sentences) - 1
    window = sentences[max(0, last - WINDOW_SENTENCES)].start
    return References(text, language).resolve(title, sentences[last].start, window)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # An honorific marks a person; the fullest name used so far is written.
        (
            "Dr Conrad Murray was charged. Originally from Grenada, Dr Murray moved to the US."
            " In 2000, he opened his own practice in Las Vegas.",
            "He opened his own practice in Las Vegas",
            "Conrad Murray opened his own practice in Las Vegas",
        ),
        # A name that speaks is a person.
        (
            "Oil seeps from the sea floor, said Martin Hovland, an expert on seeps."
            " He said the explorer was wrong in 1969.",
            "He said the explorer was wrong",
            "Martin Hovland said the explorer was wrong",
        ),
        # A surname used alone elsewhere marks the full name as a person's.
        (
            "Gary Chernekoff does not own a restaurant. Chernekoff is a plumber."
            " Last May, he had three big jobs lined up.",
            "He had three big jobs lined up",
            "Gary Chernekoff had three big jobs lined up",
        ),
        # An organisation that opens the sentence before is what "it" continues.
        (
            "BP Plc said the cap was holding. It also pledged $500 million on Monday.",
            "It also pledged $500 million",
            "BP also pledged $500 million",
        ),
        # A possessive pronoun takes the genitive.
        (
            "Executives said BP had not built its well well, which blew out on April 20.",
            "Its well blew out",
            "BP's well blew out",
        ),
    ],
)
def test_names_the_pronoun(text: str, title: str, expected: str) -> None:
    assert resolved(text, title) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # The title names the one person in sight: "he" is someone else.
        (
            "Comments about Michael Jackson, said Michael Jackson, were noted."
            " He had described Jackson as a liar last year.",
            "He had described Jackson as a liar",
        ),
        # "she" needs a woman the article shows as one.
        (
            "Barack Obama said he was glad. She told Haitians on Monday that help would come.",
            "She told Haitians that help would come",
        ),
        # A place is nobody: "New Orleans" does not become "he".
        ("The storm hit New Orleans. He returned to Swansea in 1861.", "He returned to Swansea"),
        # "it" with a copula or a modal stands for no organisation.
        ("BP said the cap held. It is not clear when the well was drilled in May.",
         "It is not clear when the well was drilled"),
        ("BP said the cap held. It may gain approval this weekend.", "It may gain approval"),
        # A contraction stays as written.
        ("Mayor Mitch Landrieu spoke. He'd like to see the city back in 2018.",
         "He'd like to see the city back"),
        # Only the two sentences before count.
        (
            "Dr Conrad Murray was charged. The court met. Lawyers spoke. Fees rose."
            " He was denied bail on Monday.",
            "He was denied bail",
        ),
    ],
)
def test_leaves_the_pronoun(text: str, title: str) -> None:
    assert resolved(text, title) == title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("NOAA: It expected the zone to be larger", "NOAA expected the zone to be larger"),
        ("Hayward: He would step down", "Hayward would step down"),
        # A dummy "it", a coordination and a long speaker stay as they are.
        ("BP: It could be days before it ends", "BP: It could be days before it ends"),
        ("King: He and his colleagues would write", "King: He and his colleagues would write"),
        ("The head of the agency: He would go", "The head of the agency: He would go"),
    ],
)
def test_reported_speech_pronoun_is_the_speaker(title: str, expected: str) -> None:
    assert References("", "en").resolve(title, 0, 0) == expected


def test_a_woman_named_as_one_is_she() -> None:
    text = (
        "Hillary Clinton said she would fly in. Barack Obama stayed, Clinton said."
        " She told Haitians on Monday that help would come."
    )
    title = "She told Haitians that help would come"
    assert resolved(text, title) == "Hillary Clinton told Haitians that help would come"


def test_german_er_after_a_role() -> None:
    text = (
        "Innenministerin Nancy Faeser besuchte die Stadt. Bürgermeister Hans Krämer"
        " dankte den Helfern. Er kündigte am Montag neue Deiche an."
    )
    title = "Er kündigte neue Deiche an"
    assert resolved(text, title, "de") == "Hans Krämer kündigte neue Deiche an"


def test_extracted_titles_name_the_person() -> None:
    from datetime import date

    from timeline.dates import tag
    from timeline.events import extract_candidates

    text = (
        "Dr Conrad Murray was charged with manslaughter. Dr Murray denied wrongdoing.\n\n"
        "He was denied bail on 7 November 2011."
    )
    found = extract_candidates("a", text, "en", date(2011, 11, 8), "front matter", tagger=tag)
    assert [c.title for c in found.candidates] == ["Conrad Murray was denied bail"]
