"""Vocabulary of the scale corpus (``bench/scale_corpus.py``): people, places,
outlets, story kinds with their happenings, and the pieces of filler sentences.

Every text here is written for the benchmark; names are invented. Templates
carry ``{actor}``, ``{other}``, ``{place}``, ``{n}`` and ``{date}`` slots; the
German ones keep the date after the finite verb, the English ones put it where
a reporter would.
"""

from __future__ import annotations

from typing import NamedTuple


class Happening(NamedTuple):
    """One kind of thing that happens in a story, written in both languages."""

    de: str
    en: str


class StoryKind(NamedTuple):
    topic_de: str
    topic_en: str
    happenings: tuple[Happening, ...]
    episode_de: str  # what a range sentence says went on ("Gespräche")
    episode_en: str


WOMEN = (
    "Miriam Albers", "Leonie Castell", "Aylin Ercan", "Nora Hartwig", "Clara Jansen",
    "Sabine Lorenz", "Ines Nowak", "Rita Quandt", "Tamara Sommer", "Ulrike Vogt",
    "Hanna Zeller", "Greta Lindqvist", "Yuki Tanaka", "Lucia Ferrante", "Amara Okafor",
)
MEN = (
    "Tobias Brenner", "Henrik Dorn", "Felix Gruber", "Paul Imhof", "Marek Kowalczyk",
    "Daniel Moreau", "Oskar Pfeiffer", "Stefan Reuter", "Viktor Tallmann", "Jakob Wendt",
    "Elias Brandt", "Omar Haddad", "Pieter de Vries", "Jonas Eklund", "Dominik Kessler",
)
PEOPLE = WOMEN + MEN
# (German for a woman, German for a man, English)
ROLES = (
    ("die Bürgermeisterin", "der Bürgermeister", "the mayor"),
    ("die Gewerkschaftschefin", "der Gewerkschaftschef", "the union leader"),
    ("die Ministerin", "der Minister", "the minister"),
    ("die Polizeisprecherin", "der Polizeisprecher", "the police spokesperson"),
    ("die Staatsanwältin", "der Staatsanwalt", "the prosecutor"),
    ("die Konzernchefin", "der Konzernchef", "the chief executive"),
    ("die Abgeordnete", "der Abgeordnete", "the lawmaker"),
    ("die Anwältin", "der Anwalt", "the lawyer"),
    ("die Landrätin", "der Landrat", "the district administrator"),
    ("die Forscherin", "der Forscher", "the researcher"),
    ("die Stadträtin", "der Stadtrat", "the city councillor"),
)
ORGS_DE = (
    "Die Handelskammer", "Der Mieterverein", "Die Verbraucherzentrale", "Der Stadtrat",
    "Die Landesregierung", "Der Bund der Steuerzahler", "Der Umweltverband",
    "Die Elternvertretung", "Der Bauernverband", "Die Kirchengemeinde",
)
ORGS_EN = (
    "The chamber of commerce", "The tenants' association", "The consumer watchdog",
    "The city council", "The state government", "The taxpayers' federation",
    "The environmental group", "The parents' council", "The farmers' union", "The parish",
)
DEMANDS_DE = (
    ("fordert", "mehr Transparenz"), ("kritisiert", "die Pläne der Stadt"),
    ("verlangt", "eine schnelle Lösung"), ("begrüßt", "die Gespräche grundsätzlich"),
    ("prüft", "rechtliche Schritte"), ("fordert", "zusätzliche Mittel für die Region"),
    ("warnt vor", "voreiligen Entscheidungen"), ("bietet", "eine Vermittlung an"),
    ("verweist auf", "ein älteres Gutachten"), ("kündigt", "eine eigene Untersuchung an"),
)
DEMANDS_EN = (
    ("is calling for", "more transparency"), ("criticises", "the city's plans"),
    ("wants", "a quick solution"), ("broadly welcomes", "the talks"),
    ("is considering", "legal action"), ("is demanding", "extra funds for the region"),
    ("warns against", "hasty decisions"), ("has offered", "to mediate"),
    ("points to", "an earlier expert report"), ("announced", "its own inquiry"),
)
PLACES = (
    "Lüneburg", "Kassel", "Regensburg", "Görlitz", "Rostock", "Freiburg", "Innsbruck",
    "Linz", "Basel", "Bremerhaven", "Cottbus", "Passau", "Trier", "Konstanz", "Erfurt",
    "Magdeburg", "Salzburg", "Graz", "Luzern", "Kiel", "Ulm", "Würzburg", "Bielefeld",
    "Oldenburg", "Halle", "Jena", "Chemnitz", "Aachen", "Heilbronn", "Flensburg",
)
OUTLETS = (
    ("Nordkurier Online", "de"), ("Rheinische Rundschau", "de"), ("Alpenblatt", "de"),
    ("Der Morgenbote", "de"), ("Weser Kurier Digital", "de"), ("Stadtanzeiger", "de"),
    ("The Daily Ledger", "en"), ("Continental Wire", "en"), ("Evening Courier", "en"),
    ("Harbour Times", "en"), ("Europe Now", "en"), ("The Observer Desk", "en"),
)
AUTHORS = (
    "Katrin Mehl", "Lars Ostrowski", "Emma Fischbach", "Ben Whitaker", "Sara Lindgren",
    "Mehmet Kaya", "Julia Reinholz", "Tom Ashdown", None, None,
)

STORY_KINDS: tuple[StoryKind, ...] = (
    StoryKind(
        "Streik im Nahverkehr", "Transit strike",
        (
            Happening("Die Gewerkschaft rief {date} die Beschäftigten der Verkehrsbetriebe in "
                      "{place} zum Warnstreik auf.",
                      "The union called on transit workers in {place} to stage a warning "
                      "strike {date}."),
            Happening("In {place} standen {date} Busse und Straßenbahnen still.",
                      "Buses and trams stood still in {place} {date}."),
            Happening("{actor} legte {date} ein neues Angebot mit {n} Prozent mehr Lohn vor.",
                      "{actor} presented a new offer of {n} percent higher wages {date}."),
            Happening("Die Tarifverhandlungen in {place} scheiterten {date} in der dritten "
                      "Runde.",
                      "Wage talks in {place} collapsed in the third round {date}."),
            Happening("{actor} und {other} einigten sich {date} auf einen Schlichter.",
                      "{actor} and {other} agreed on a mediator {date}."),
            Happening("Die Beschäftigten stimmten {date} in einer Urabstimmung über "
                      "unbefristete Streiks ab.",
                      "Workers voted {date} in a ballot on open-ended strikes."),
            Happening("Der Schlichterspruch für die Verkehrsbetriebe in {place} wurde {date} "
                      "veröffentlicht.",
                      "The mediator's ruling for the transit operator in {place} was "
                      "published {date}."),
        ),
        "Verhandlungen", "negotiations",
    ),
    StoryKind(
        "Prozess um Bestechung", "Bribery trial",
        (
            Happening("Die Staatsanwaltschaft erhob {date} Anklage gegen {actor}.",
                      "Prosecutors charged {actor} with bribery {date}."),
            Happening("Vor dem Landgericht {place} begann {date} der Prozess gegen {actor}.",
                      "The trial of {actor} opened at the regional court in {place} {date}."),
            Happening("{other} sagte {date} im Prozess gegen {actor} aus.",
                      "{other} testified {date} as a witness in the trial of {actor}."),
            Happening("Die Polizei durchsuchte {date} die Büros der Stadtwerke {place}.",
                      "Police searched the offices of the {place} utility company {date}."),
            Happening("Das Gericht verurteilte {actor} {date} zu {n} Monaten Haft auf "
                      "Bewährung.",
                      "The court sentenced {actor} to {n} months suspended {date}."),
            Happening("Die Verteidigung von {actor} legte {date} Revision gegen das Urteil ein.",
                      "The defence of {actor} lodged an appeal against the verdict {date}."),
            Happening("{actor} trat {date} als Aufsichtsrat der Stadtwerke {place} zurück.",
                      "{actor} resigned from the board of the {place} utility company "
                      "{date}."),
        ),
        "Zeugenbefragungen", "witness hearings",
    ),
    StoryKind(
        "Hochwasser", "Floods",
        (
            Happening("Der Pegel der Elde bei {place} stieg {date} auf {n} Zentimeter.",
                      "The river level near {place} rose to {n} centimetres {date}."),
            Happening("Die Behörden in {place} riefen {date} den Katastrophenfall aus.",
                      "Authorities in {place} declared a state of emergency {date}."),
            Happening("Rund {n} Anwohner wurden {date} aus der Altstadt von {place} "
                      "evakuiert.",
                      "About {n} residents were evacuated from the old town of {place} "
                      "{date}."),
            Happening("Ein Deich bei {place} brach {date} auf einer Länge von {n} Metern.",
                      "A dike near {place} burst over a length of {n} metres {date}."),
            Happening("{actor} besuchte {date} die überfluteten Gebiete um {place}.",
                      "{actor} visited the flooded areas around {place} {date}."),
            Happening("Die Landesregierung beschloss {date} Soforthilfen für die Opfer des "
                      "Hochwassers in {place}.",
                      "The state government approved emergency aid for flood victims in "
                      "{place} {date}."),
            Happening("Die Aufräumarbeiten in {place} wurden {date} offiziell beendet.",
                      "Clean-up work in {place} officially ended {date}."),
        ),
        "Rettungseinsätze", "rescue operations",
    ),
    StoryKind(
        "Bürgermeisterwahl", "Mayoral election",
        (
            Happening("{actor} gab {date} die Kandidatur für das Bürgermeisteramt in {place} "
                      "bekannt.",
                      "{actor} announced a bid for mayor of {place} {date}."),
            Happening("{actor} und {other} trafen {date} in einem Fernsehduell aufeinander.",
                      "{actor} and {other} faced each other in a televised debate {date}."),
            Happening("Die Wählerinnen und Wähler in {place} stimmten {date} über das neue "
                      "Stadtoberhaupt ab.",
                      "Voters in {place} chose a new mayor {date}."),
            Happening("{actor} gewann {date} die Stichwahl in {place} mit {n} Prozent der "
                      "Stimmen.",
                      "{actor} won the run-off in {place} with {n} percent of the vote "
                      "{date}."),
            Happening("{other} focht {date} das Wahlergebnis in {place} an.",
                      "{other} challenged the election result in {place} {date}."),
            Happening("{actor} wurde {date} als Bürgermeister von {place} vereidigt.",
                      "{actor} was sworn in as mayor of {place} {date}."),
        ),
        "Wahlkampfauftritte", "campaign rallies",
    ),
    StoryKind(
        "Brückenbau", "Bridge project",
        (
            Happening("Der Stadtrat von {place} genehmigte {date} den Neubau der Hafenbrücke.",
                      "The {place} city council approved the new harbour bridge {date}."),
            Happening("{actor} legte {date} den Grundstein für die Hafenbrücke in {place}.",
                      "{actor} laid the foundation stone of the harbour bridge in {place} "
                      "{date}."),
            Happening("Die Kosten für die Hafenbrücke stiegen {date} auf {n} Millionen Euro.",
                      "The cost of the harbour bridge rose to {n} million euros {date}."),
            Happening("Ein Baukran stürzte {date} auf der Baustelle in {place} um.",
                      "A crane toppled over on the building site in {place} {date}."),
            Happening("Die alte Brücke in {place} wurde {date} gesprengt.",
                      "The old bridge in {place} was demolished {date}."),
            Happening("Die Hafenbrücke in {place} wurde {date} für den Verkehr freigegeben.",
                      "The harbour bridge in {place} opened to traffic {date}."),
        ),
        "Bauarbeiten", "construction works",
    ),
    StoryKind(
        "Übernahme eines Autozulieferers", "Car supplier takeover",
        (
            Happening("{actor} kündigte {date} die Übernahme der Werke in {place} an.",
                      "{actor} announced the takeover of the plants in {place} {date}."),
            Happening("Die Kartellbehörde prüfte {date} die Übernahme durch {actor}.",
                      "The competition authority opened a review of the takeover by "
                      "{actor} {date}."),
            Happening("Der Betriebsrat in {place} protestierte {date} gegen den Abbau von {n} "
                      "Stellen.",
                      "The works council in {place} protested against the loss of {n} jobs "
                      "{date}."),
            Happening("Die Aktionäre stimmten {date} der Übernahme durch {actor} zu.",
                      "Shareholders approved the takeover by {actor} {date}."),
            Happening("{other} verließ {date} den Vorstand des Zulieferers.",
                      "{other} left the board of the supplier {date}."),
            Happening("Das Werk in {place} stellte {date} die Produktion ein.",
                      "The plant in {place} stopped production {date}."),
        ),
        "Gespräche mit dem Betriebsrat", "talks with the works council",
    ),
    StoryKind(
        "Gipfel der Umweltminister", "Environment ministers' summit",
        (
            Happening("Die Umweltminister kamen {date} in {place} zu ihrem Gipfel zusammen.",
                      "Environment ministers gathered in {place} for their summit {date}."),
            Happening("{actor} legte {date} einen Plan zur Senkung der Emissionen um {n} "
                      "Prozent vor.",
                      "{actor} unveiled a plan to cut emissions by {n} percent {date}."),
            Happening("Tausende Menschen demonstrierten {date} in {place} für mehr "
                      "Klimaschutz.",
                      "Thousands of people marched in {place} for climate action {date}."),
            Happening("{actor} und {other} unterzeichneten {date} ein Abkommen über den "
                      "Schutz der Flüsse.",
                      "{actor} and {other} signed an agreement on protecting rivers {date}."),
            Happening("Die Verhandlungen in {place} wurden {date} ohne Einigung vertagt.",
                      "The talks in {place} were adjourned without agreement {date}."),
            Happening("Das Parlament ratifizierte {date} das Abkommen von {place}.",
                      "Parliament ratified the {place} agreement {date}."),
        ),
        "Beratungen", "deliberations",
    ),
    StoryKind(
        "Brand in einem Chemiewerk", "Chemical plant fire",
        (
            Happening("In einem Chemiewerk bei {place} brach {date} ein Großbrand aus.",
                      "A major fire broke out at a chemical plant near {place} {date}."),
            Happening("Die Feuerwehr löschte {date} mit {n} Einsatzkräften die letzten "
                      "Glutnester.",
                      "Firefighters put out the last embers with {n} crews {date}."),
            Happening("Das Umweltamt maß {date} erhöhte Schadstoffwerte in {place}.",
                      "The environment agency measured raised pollution levels in {place} "
                      "{date}."),
            Happening("{actor} entschuldigte sich {date} bei den Anwohnern in {place}.",
                      "{actor} apologised to residents in {place} {date}."),
            Happening("Die Staatsanwaltschaft leitete {date} ein Verfahren gegen die "
                      "Werksleitung ein.",
                      "Prosecutors opened proceedings against the plant management {date}."),
            Happening("Das Chemiewerk bei {place} nahm {date} den Betrieb wieder auf.",
                      "The chemical plant near {place} resumed operations {date}."),
        ),
        "Löscharbeiten", "firefighting operations",
    ),
)

# Filler: sentences without dates, built from parts so that no two articles read alike.
SAY_DE = ("sagte", "erklärte", "betonte", "sagte am Rande", "räumte ein", "warnte")
SAY_EN = ("said", "explained", "stressed", "told reporters", "admitted", "warned")
QUOTE_DE = (
    "Wir müssen jetzt gemeinsam handeln", "Das ist ein schwieriger Moment für die Region",
    "Niemand hat mit diesem Ausmaß gerechnet", "Wir lassen uns nicht unter Druck setzen",
    "Die Menschen erwarten zu Recht Antworten", "Es gibt keine einfachen Lösungen",
    "Wir haben aus den Fehlern gelernt", "Das Vertrauen ist beschädigt",
    "Die Kosten dürfen nicht bei den Bürgern hängen bleiben",
    "Wir stehen erst am Anfang", "Das Ergebnis ist ein Signal weit über die Stadt hinaus",
)
QUOTE_EN = (
    "We have to act together now", "This is a difficult moment for the region",
    "Nobody expected anything on this scale", "We will not be pushed around",
    "People rightly expect answers", "There are no easy solutions",
    "We have learned from our mistakes", "Trust has been damaged",
    "Residents must not be left with the bill", "We are only at the beginning",
    "The result sends a signal far beyond the city",
)
TAIL_DE = (
    "und dafür brauchen wir Geduld", "auch wenn das manchen nicht gefällt",
    "das sind wir den Familien schuldig", "alles andere wäre verantwortungslos",
    "und daran werden wir gemessen", "so ehrlich muss man sein",
)
TAIL_EN = (
    "and that takes patience", "even if some people do not like it",
    "we owe that to the families", "anything else would be irresponsible",
    "and that is how we will be judged", "we have to be honest about that",
)
BACKGROUND_DE = (
    "Die Region gilt seit Langem als wirtschaftlich angeschlagen.",
    "Viele Familien in {place} sind auf den öffentlichen Nahverkehr angewiesen.",
    "Kritiker werfen der Verwaltung von {place} vor, zu spät reagiert zu haben.",
    "Die Opposition im Landtag fordert eine unabhängige Untersuchung.",
    "Die Stadt {place} hat rund {big} Einwohner und ist ein wichtiger Standort der "
    "Industrie.",
    "Nach Angaben der Behörden sind etwa {small} Prozent der Haushalte betroffen.",
    "Ein Gutachten beziffert den Schaden auf mehr als {small} Millionen Euro.",
    "Beobachter rechnen damit, dass sich der Konflikt noch hinzieht.",
    "Die Handelskammer warnte vor Folgen für kleine Betriebe in {place}.",
    "Mehrere Verbände kündigten an, die Entwicklung genau zu verfolgen.",
    "In sozialen Netzwerken wurde die Entscheidung heftig diskutiert.",
    "Eine Umfrage ergab, dass {small} Prozent der Befragten die Pläne ablehnen.",
    "Die Landesregierung hat bislang keine Stellung bezogen.",
    "Auch in den Nachbargemeinden wächst die Sorge.",
    "Fachleute halten die Zahlen für zu niedrig angesetzt.",
    "Die Verantwortlichen verweisen auf fehlende Mittel aus dem Bundeshaushalt.",
)
BACKGROUND_EN = (
    "The region has long been seen as economically fragile.",
    "Many families in {place} depend on public transport.",
    "Critics accuse the {place} administration of reacting too late.",
    "The opposition in the state parliament is calling for an independent inquiry.",
    "{place} has about {big} inhabitants and is an important industrial centre.",
    "According to the authorities, some {small} percent of households are affected.",
    "An expert report puts the damage at more than {small} million euros.",
    "Observers expect the dispute to drag on.",
    "The chamber of commerce warned of the impact on small firms in {place}.",
    "Several associations said they would follow developments closely.",
    "The decision was hotly debated on social media.",
    "A survey found that {small} percent of respondents oppose the plans.",
    "The state government has so far not commented.",
    "Concern is also growing in neighbouring towns.",
    "Experts consider the figures to be too low.",
    "Officials point to a lack of funds from the federal budget.",
)
ATTRIBUTION_DE = (
    "wie die Polizei mitteilte", "wie ein Sprecher bestätigte", "nach Angaben der Stadt",
    "wie aus Unterlagen hervorgeht", "wie Augenzeugen berichteten",
)
ATTRIBUTION_EN = (
    "police said", "a spokesman confirmed", "according to the city",
    "documents show", "witnesses reported",
)
MONTHS_DE = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBERS_DE = ("zwei", "drei", "vier", "fünf", "sechs")
NUMBERS_EN = ("two", "three", "four", "five", "six")
SEASONS_DE = (("Frühjahr", "SP"), ("Sommer", "SU"), ("Herbst", "FA"), ("Winter", "WI"))
SEASONS_EN = (("spring", "SP"), ("summer", "SU"), ("autumn", "FA"), ("winter", "WI"))
