"""German temporal expressions: recognition with spaCy, TIMEX3 normalization.

``build(nlp)`` returns the annotator the tagger calls per chunk of text. It
classifies every token (:mod:`timeline.dates.de_words`), runs one spaCy
Matcher over the classes (:mod:`timeline.dates.de_patterns`), keeps the
longest non-overlapping matches that survive their normalization rule and
normalizes them again in text order, so that "um 20.30 Uhr" takes its day
from "am Donnerstag, 25. Februar" before it and "der Woche darauf" follows
the week named before it (:mod:`timeline.dates.de_normalize`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from timeline.dates.de_context import SENTENCE_ENDS, sentence_ids
from timeline.dates.de_normalize import Normalizer
from timeline.dates.de_patterns import build_matcher, patterns
from timeline.dates.de_words import WEEKDAY_ADVERBS, token_class
from timeline.dates.types import Timex

SEPARATOR = "\u00b6"

Annotate = Callable[[Doc, "date | None"], list[Timex]]


def build(nlp: Language) -> Annotate:
    """The German annotator for documents made by ``nlp`` (a blank or trained German pipeline)."""
    matcher = build_matcher(nlp.vocab)
    label_ids = {nlp.vocab.strings.add(label): rank for rank, label in enumerate(patterns())}
    labels = {label_id: nlp.vocab.strings[label_id] for label_id in label_ids}

    def annotate(doc: Doc, dct: date | None) -> list[Timex]:
        # Runs of extra whitespace become tokens of their own; patterns skip them.
        texts: list[str] = []
        starts: list[int] = []
        breaks: list[bool] = []
        line_break = False
        source = doc.text
        # Offsets from one array call: creating a Token object per token costs more.
        for start, length, is_space in doc.to_array(["IDX", "LENGTH", "IS_SPACE"]).tolist():
            text = source[start:start + length]
            if is_space:
                line_break = line_break or "\n" in text
                continue
            texts.append(text)
            starts.append(start)
            breaks.append(line_break)
            line_break = False
        if not texts:
            return []
        classes = [token_class(text) for text in texts]
        for index, text in enumerate(texts):
            if index > 0 and texts[index - 1] not in SENTENCE_ENDS:
                continue
            # Sentence-initial "Morgen" before a verb is tomorrow: "Morgen beginnt die Messe".
            if text == "Morgen" and index + 1 < len(texts) and texts[index + 1].islower():
                classes[index] = "RELDAY"
            elif text.lower() in WEEKDAY_ADVERBS:
                classes[index] = "SETWEEKDAY"  # "Samstags ist Markt"
        if all(kind == "O" for kind in classes):
            return []
        sentence_of = sentence_ids(texts, breaks)
        normalizer = Normalizer(doc.text, texts, starts, classes, sentence_of, dct)
        # Longest first, measured without the context words a rule strips.
        matches = sorted(
            _matches(matcher, doc, texts, classes, sentence_of),
            key=lambda match: (
                normalizer.strip(match[1], match[2]) - match[2], match[1], label_ids[match[0]]
            ),
        )
        taken = [False] * len(texts)
        chosen: list[tuple[int, int, str]] = []
        normalizer.probing = True
        for label_id, start, end in matches:
            if any(taken[start:end]):
                continue
            label = labels[label_id]
            if not normalizer.normalize(label, start, end):
                continue
            chosen.append((start, end, label))
            for index in range(start, end):
                taken[index] = True
        normalizer.probing = False
        normalizer.reset()
        found: list[Timex] = []
        for start, end, label in sorted(chosen):
            found.extend(normalizer.normalize(label, start, end) or [])
        return found

    return annotate


def _matches(
    matcher: Matcher, doc: Doc, texts: list[str], classes: list[str], sentence_of: list[int]
) -> list[tuple[int, int, int]]:
    """Matcher hits as (label, start, end) token indices into ``texts``.

    Only sentences with a token of some class are matched (most sentences of
    an article have none); a separator token stops patterns from joining the
    sentences on either side of a skipped one.
    """
    relevant = {sentence_of[index] for index, kind in enumerate(classes) if kind != "O"}
    words: list[str] = []
    lemmas: list[str] = []
    positions: list[int] = []
    previous_sentence = -2
    for index, sentence in enumerate(sentence_of):
        if sentence not in relevant:
            continue
        if sentence > previous_sentence + 1 and words and sentence != sentence_of[index - 1]:
            words.append(SEPARATOR)
            lemmas.append("O")
            positions.append(-1)
        previous_sentence = sentence
        words.append(texts[index])
        lemmas.append(classes[index])
        positions.append(index)
    class_doc = Doc(doc.vocab, words=words, lemmas=lemmas)
    return [
        (label, positions[start], positions[end - 1] + 1)
        for label, start, end in matcher(class_doc)
    ]
