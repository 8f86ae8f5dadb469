"""Fixed words of the generated pages, per site language (English for the rest)."""

from __future__ import annotations

from collections.abc import Mapping

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "chronology": "Chronik",
        "timeline": "Zeitleiste",
        "no_events": "Noch keine Ereignisse. Legen Sie Artikel in den Ordner `{articles}` "
        "und führen Sie `timeline extract` aus.",
        "source_one": "1 Quelle",
        "source_many": "{count} Quellen",
        "event_one": "1 Ereignis",
        "event_many": "{count} Ereignisse",
        "uncertain": "Datum unsicher",
        "uncertain_text": "Das Datum beruht auf einem erschlossenen oder fehlenden "
        "Veröffentlichungsdatum der Quelle.",
        "planned": "angekündigt",
        "planned_title": "Angekündigt",
        "planned_text": "Die Quellen kündigen das Ereignis für die Zeit nach ihrem Erscheinen "
        "an; dass es stattgefunden hat, berichten sie nicht.",
        "sources_one": "Quelle",
        "sources_many": "Quellen",
        "no_events_short": "Noch keine Ereignisse.",
        "summary_one": "{events}: {first}.",
        "summary_many": "{events} von {first} bis {last}.",
        "missing_article": "Artikel {article} (nicht im Artikelordner)",
        "publisher": "Herausgeber",
        "author": "Autor",
        "published": "Veröffentlicht",
        "language": "Sprache",
        "address": "Adresse",
        "events_of_source": "Ereignisse aus dieser Quelle",
        "no_events_of_source": "Kein Ereignis zitiert diese Quelle.",
        "actors": "Beteiligte",
        "kind_person": "Person",
        "kind_organisation": "Organisation",
        "kind_place": "Ort",
        "other_tags": "Weitere Schlagwörter",
        "years": "Jahre",
        "filter": "Filtern (Text)",
        "all_tags": "Alle Schlagwörter",
        "tags": "Schlagwörter",
        "more": "Weitere anzeigen",
        "shown": "{shown} von {total} Ereignissen",
        "data": "Ereignisdaten (JSON)",
        "no_script": "Die Zeitleiste braucht JavaScript; alle Ereignisse stehen auch in der "
        "[Chronik]({chronology}).",
        "backlink": "Zurück zur Stelle im Text",
        "key_events": "Schlüsselereignisse",
        "key_events_intro": "Die wichtigsten Tage der Chronik: die Tage, auf die sich die "
        "meisten Artikel beziehen, besonders spätere, mit Sätzen aus den Quellen. Alle "
        "Ereignisse stehen in der [Chronik]({chronology}).",
        "no_key_events": "Noch keine Schlüsselereignisse: kein Ereignis ist auf einen Tag "
        "datiert.",
        "more_events": "und {count} weitere Ereignisse",
        "key_event": "Schlüsselereignis",
        "key_only": "Nur Schlüsselereignisse",
        "open_quote": "„",
        "close_quote": "“",
    },
    "en": {
        "chronology": "Chronology",
        "timeline": "Timeline",
        "no_events": "No events yet. Put articles into the `{articles}` folder "
        "and run `timeline extract`.",
        "source_one": "1 source",
        "source_many": "{count} sources",
        "event_one": "1 event",
        "event_many": "{count} events",
        "uncertain": "Date uncertain",
        "uncertain_text": "The date rests on an inferred or missing publication date "
        "of the source.",
        "planned": "announced",
        "planned_title": "Announced",
        "planned_text": "The sources announce this for after their publication; they do not "
        "report that it took place.",
        "sources_one": "Source",
        "sources_many": "Sources",
        "no_events_short": "No events yet.",
        "summary_one": "{events}: {first}.",
        "summary_many": "{events} from {first} to {last}.",
        "missing_article": "article {article} (not in the articles folder)",
        "publisher": "Publisher",
        "author": "Author",
        "published": "Published",
        "language": "Language",
        "address": "Address",
        "events_of_source": "Events from this source",
        "no_events_of_source": "No event cites this source.",
        "actors": "Actors",
        "kind_person": "person",
        "kind_organisation": "organisation",
        "kind_place": "place",
        "other_tags": "Other tags",
        "years": "Years",
        "filter": "Filter (text)",
        "all_tags": "All tags",
        "tags": "Tags",
        "more": "Show more",
        "shown": "{shown} of {total} events",
        "data": "Event data (JSON)",
        "no_script": "The timeline needs JavaScript; all events are also in the "
        "[chronology]({chronology}).",
        "backlink": "Back to the text",
        "key_events": "Key events",
        "key_events_intro": "The chronology's key days: the days most articles refer to, "
        "later ones above all, in sentences from the sources. Every event is in the "
        "[chronology]({chronology}).",
        "no_key_events": "No key events yet: no event is dated to a day.",
        "more_events": "and {count} more events",
        "key_event": "key event",
        "key_only": "Key events only",
        "open_quote": "“",
        "close_quote": "”",
    },
}


def labels_for(language: str) -> dict[str, str]:
    return LABELS.get(language.split("-")[0].split("_")[0].lower(), LABELS["en"])


def count_label(labels: Mapping[str, str], kind: str, count: int) -> str:
    """ "1 Quelle" / "3 Quellen" (kind: "source" or "event")."""
    if count == 1:
        return labels[f"{kind}_one"]
    return labels[f"{kind}_many"].format(count=f"{count:,}".replace(",", "\u202f"))
