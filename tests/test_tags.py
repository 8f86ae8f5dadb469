"""Tags of sentences: countries, demonyms, places, actors and an optional spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from timeline.problems import ProblemError
from timeline.tags import TagError, TagFinder, TagMatch, load_actors

REPO = Path(__file__).resolve().parents[1]
ACTORS = REPO / "actors.yml"


@pytest.fixture(scope="module")
def german() -> TagFinder:
    return TagFinder("de", ACTORS)


@pytest.fixture(scope="module")
def english() -> TagFinder:
    return TagFinder("en", None)


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        (
            "Der nordkoreanische Staatschef Kim Jong Un traf im vergangenen September in der "
            "Region Fernost Russlands mit Präsident Wladimir Putin zusammen, und hochrangige "
            "russische Beamte haben Pjöngjang mehrfach besucht.",
            ["Nordkorea", "Kim Jong Un", "Russland", "Wladimir Putin", "Pjöngjang"],
        ),
        (
            "Der Westen hat die mögliche Zusammenarbeit zwischen Russland und Nordkorea seit dem "
            "persönlichen Treffen zwischen Wladimir Putin und Kim Jon Un im September genau "
            "beobachtet.",
            ["Russland", "Nordkorea", "Wladimir Putin", "Kim Jong Un"],
        ),
        (
            "Die Erklärung wurde von den USA, Großbritannien, der EU, Australien, Deutschland, "
            "Kanada und anderen Partnerländern unterzeichnet.",
            [
                "Vereinigte Staaten",
                "Vereinigtes Königreich",
                "Europäische Union",
                "Australien",
                "Deutschland",
                "Kanada",
            ],
        ),
        (
            "Auf die Vorwürfe angesprochen sagte Kreml-Sprecher Dmitri Peskow am Dienstag in "
            "einem Telefonat mit Reportern: „Kein Kommentar.“",
            ["Kreml", "Dmitri Peskow"],
        ),
        (
            "Letzte Woche sagte das Weiße Haus, Russland habe aus Nordkorea stammende ballistische "
            "Kurzstreckenraketen (SRBMs) eingesetzt, um mehrere Angriffe gegen die Ukraine "
            "durchzuführen.",
            ["Weißes Haus", "Russland", "Nordkorea", "Ukraine"],
        ),
        (
            "Resolutionen des UN-Sicherheitsrats – die mit russischer Unterstützung verabschiedet "
            "wurden – verbieten Ländern den Handel mit Waffen oder anderer militärischer "
            "Ausrüstung mit Nordkorea.",
            ["UN-Sicherheitsrat", "Russland", "Nordkorea"],
        ),
        (
            "Russland griff letzte Woche Charkiw mit mehreren Raketen an.",
            ["Russland", "Charkiw"],
        ),
        (
            "Kiew bittet Brüssel und Washington um mehr Unterstützung, Moskau schweigt.",
            ["Kiew", "Brüssel", "Washington", "Moskau"],
        ),
        (
            "Wir fordern die Demokratische Volksrepublik Korea (DVRK) auf, einzugehen.",
            ["Nordkorea"],
        ),
        (
            "Es ist noch unklar, was Nordkorea im Gegenzug für die Unterstützung des Kremls "
            "erhalten könnte.",
            ["Nordkorea", "Kreml"],
        ),
    ],
)
def test_seed_sentences(german: TagFinder, sentence: str, tags: list[str]) -> None:
    assert german.find(sentence) == tags


def test_whole_words_only(german: TagFinder) -> None:
    assert german.find("Eine neue Ära beginnt, sagte der Kommentator in Brüsseler Kreisen.") == []
    assert german.find("Die EU-Kommission und die EU.") == ["Europäische Union"]


def test_case_sensitive(german: TagFinder, english: TagFinder) -> None:
    assert german.find("die eu und die usa und kim jong un") == []
    assert english.find("They served turkey on fine china.") == []
    assert english.find("Turkey and China met.") == ["Türkiye", "China"]


def test_demonyms_are_matched_in_every_inflection(german: TagFinder) -> None:
    for form in ("russisch", "russische", "russischen", "russischer", "russisches", "russischem"):
        assert german.find(f"Das {form} Vorgehen.") == ["Russland"]
    assert german.find("Russische Truppen rückten vor.") == ["Russland"]
    assert german.find("Die koreanische Halbinsel.") == []


def test_order_of_first_mention_and_no_duplicates(german: TagFinder) -> None:
    sentence = "Putin traf Kim Jong Un; Putin lobte Russlands Partner und die russischen Truppen."
    assert german.find(sentence) == ["Wladimir Putin", "Kim Jong Un", "Russland"]


def test_longest_name_wins(german: TagFinder) -> None:
    matches = german.matches("Der UN-Sicherheitsrat tagte, die UN schwiegen.")
    assert matches == [
        TagMatch(4, 21, "UN-Sicherheitsrat", "UN-Sicherheitsrat", "organisation"),
        TagMatch(33, 35, "UN", "Vereinte Nationen", "organisation"),
    ]


def test_english_names(english: TagFinder) -> None:
    sentence = (
        "North Korean leader Kim Jong Un met Russia's president; the U.S. and Britain "
        "said Russians fired missiles at Kyiv, not at New Jersey."
    )
    assert english.find(sentence) == [
        "North Korea",
        "Russia",
        "United States",
        "United Kingdom",
        "Kyiv",
    ]


def test_without_actors_file_people_are_not_tagged() -> None:
    assert TagFinder("de").find("Wladimir Putin traf Kim Jong Un in Russland.") == ["Russland"]


def test_unknown_language() -> None:
    with pytest.raises(TagError, match="no tag lists for language 'fr'"):
        TagFinder("fr")


def test_actors_file_entries(tmp_path: Path) -> None:
    path = tmp_path / "actors.yml"
    path.write_text(
        "- name: Annalena Baerbock\n  kind: person\n  aliases: [Baerbock]\n"
        "- name: Russland\n  kind: place\n  aliases: [Russische Föderation]\n",
        encoding="utf-8",
    )
    finder = TagFinder("de", path)
    assert finder.find("Baerbock reiste in die Russische Föderation.") == [
        "Annalena Baerbock",
        "Russland",
    ]
    assert finder.matches("Baerbocks Reise")[0].kind == "person"


def test_shipped_actors_file_loads() -> None:
    names = [actor.name for actor in load_actors(ACTORS)]
    assert {"Kim Jong Un", "Wladimir Putin", "Dmitri Peskow", "Weißes Haus", "Kreml"} <= set(names)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("- name: Putin\n  kind: persona\n", [":2: 0.kind: Input should be 'person'"]),
        (
            "- name: Putin\n  kind: person\n- name: Kreml\n  kind: organisation\n  aka: [x]\n",
            [":5: 1.aka: unknown field"],
        ),
        ("- kind: person\n", [":1: 0.name: Field required"]),
        ("- name: Kim\n  kind: person\n  aliases: ['']\n", [":3: 0.aliases: Value error"]),
        ("name: Putin\n", [":1: the actors file must be a YAML list"]),
        ("- name: [Putin\n", [":2: invalid YAML:"]),
    ],
)
def test_bad_actors_file(tmp_path: Path, content: str, expected: list[str]) -> None:
    path = tmp_path / "actors.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProblemError) as caught:
        TagFinder("de", path)
    messages = [str(problem) for problem in caught.value.problems]
    assert len(messages) == len(expected)
    for message, part in zip(messages, expected, strict=True):
        assert message.startswith(str(path))
        assert part in message


def test_missing_actors_file(tmp_path: Path) -> None:
    with pytest.raises(ProblemError, match=r"actors\.yml: cannot read actors file"):
        TagFinder("de", tmp_path / "actors.yml")


def test_spacy_pipeline_adds_entities(tmp_path: Path) -> None:
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": "PER", "pattern": "Olaf Scholz"},
            {"label": "ORG", "pattern": "NATO"},
            {"label": "LOC", "pattern": "Fernost"},
            {"label": "MISC", "pattern": "Bundesliga"},
            {"label": "LOC", "pattern": [{"TEXT": "Nordkorea"}]},
        ]
    )
    nlp.to_disk(tmp_path / "pipeline")
    finder = TagFinder("de", ACTORS, pipeline=str(tmp_path / "pipeline"))
    sentence = "Olaf Scholz sprach mit der NATO über Nordkorea, Fernost und die Bundesliga."
    assert finder.find(sentence) == ["Olaf Scholz", "NATO", "Nordkorea", "Fernost"]
    kinds = {match.tag: match.kind for match in finder.matches(sentence)}
    assert kinds == {
        "Olaf Scholz": "person",
        "NATO": "organisation",
        "Nordkorea": "country",
        "Fernost": "place",
    }


def test_missing_spacy_pipeline(tmp_path: Path) -> None:
    with pytest.raises(TagError, match="spaCy pipeline 'de_core_news_sm' is not installed"):
        TagFinder("de", None, pipeline="de_core_news_sm")
