"""Page furniture inside an article's text: what a page shows around the story.

Scraped and saved pages, and corpora made from them, run into the story the
things a page prints around it: a header with the place and a time stamp
("HOUSTON | Wed Jun 9, 2010 3:49 am IST"), the headlines of other stories
before it, a dateline ("HOUSTON (Reuters) - ", "Passau, 28. Februar 2025."),
credits ("(Reporting by ...; Editing by ...)", "(Mitarbeit: ...)"), copyright
lines, photo captions and lists of related stories. None of it is something
that happened, and quoted or titled it makes an event unreadable.

:func:`strip_inline` cuts these pieces out of one paragraph and returns what
is left as separate pieces (a cut never joins the words on both sides into
one sentence); the line checks (:func:`is_furniture_line`) and the dateline
and header cuts serve :func:`timeline.cleaning.clean_text`. What was removed
is kept in a :class:`Furniture`; a dateline or publication stamp is kept on
its own, since its date is the article's publication date
(:mod:`timeline.articles`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# News agencies named in datelines ("Berlin (dpa) -", "HOUSTON (Reuters) -").
AGENCIES = (
    r"Reuters|dpa|AFP|AP|KNA|epd|dts|APA|SDA|Keystone-SDA|ANP|Bloomberg|AFX|Xinhua|TASS|"
    r"Interfax|EFE|ANSA|UPI|Yonhap|Kyodo|PA|CP|AAP|IANS|PTI|Belga|CTK|PAP|MTI|sid|KNA/dpa"
)
_MONTHS = (
    r"(?:Jan(?:uary|uar)?|J[äa]n(?:ner)?|Feb(?:ruary|ruar)?|Febr|Feber|M[äa]r(?:ch|z)?|Apr(?:il)?|"
    r"Ma[iy]|Jun[ei]?|Jul[iy]?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|O[ck]t(?:ober)?|Nov(?:ember)?|"
    r"De[cz](?:ember)?)\.?"
)
_WEEKDAYS = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
# Time zone abbreviations, as a regex alternation (also read by :mod:`timeline.live_stamps`).
TIME_ZONES = (
    r"GMT|UTC|BST|CET|CEST|MEZ|MESZ|EDT|EST|CDT|CST|MDT|MST|PDT|PST|IST|JST|AEST|AEDT|HKT|SGT|"
    r"ET|PT|CT|MSK|EET|EEST|WET|WEST|SAST|WAT|EAT|ICT"
)
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
# A city, capitals or capitalised words: "HOUSTON", "UNITED NATIONS", "Frankfurt am Main".
_PLACE = r"[A-ZÄÖÜ][\w.'’/-]*(?:\s(?:am|an|der|de|la|le|del|[A-ZÄÖÜ][\w.'’/-]*)){0,3}"
_CAPS_PLACE = r"[A-ZÄÖÜ]{2,}(?:[ ./-]+[A-ZÄÖÜ]{2,})*\.?"

# "HOUSTON | Wed Jun 9, 2010 3:49 am IST", "UNITED NATIONS | Wed Mar 16, 2011 7:06 pm EDT".
_PAGE_HEADER = re.compile(
    rf"(?:{_CAPS_PLACE}\s*\|\s*)?{_WEEKDAYS}\s+{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\s+{_CLOCK}\s*"
    rf"(?:{TIME_ZONES})\b"
)
# "Robert Peston | 15:39 UK time, Tuesday, 1 June 2010": a blog entry's header.
_ENTRY_HEADER = re.compile(
    rf"(?:[A-Z][\w.'’-]*\s+){{1,4}}\|\s*{_CLOCK}\s*(?:(?:UK|local|London)\s+time|{TIME_ZONES})?"
    rf",?\s*(?:{_WEEKDAYS}\s*)?(?:\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})"
)
# A pipe never occurs in prose: what stands around it is a page's header, a blog
# entry's or a reader comment's signature ("Posted by: name | April 30, 2010 12:27 PM |
# Report abuse", "Fergus Walsh | 14:07 PM,", "| by: Brian Wilson", "posted on Thursday,
# 28 May 2009 | comment on this post").
_DAY = (
    rf"(?:(?:{_WEEKDAYS}\s*)?(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+{_MONTHS}\s+\d{{4}})"
    rf"|{_WEEKDAYS})"
)
_PIPE_STAMP = (
    rf"(?:[Bb]y\s*:\s*(?:[A-Z][\w.'’-]*\s?){{1,2}}|[Cc]omment\s+on\s+this\s+post|"
    rf"[Rr]eport\s+abuse|"
    rf"{_DAY}|{_CLOCK}\s*(?:[AP]M)?\s*(?:(?:UK|local)\s+time|{TIME_ZONES})?|[,;]|\|)"
)
_PIPE_SEGMENT = re.compile(
    rf"(?:[Pp]osted\s+by\s*:\s*\S+\s*|[Pp]osted\s+on\s+{_DAY},?\s*|"
    rf"(?:By\s+)?(?:[A-Z][\w.'’-]*\s+){{1,3}})?"
    rf"\|(?:\s*{_PIPE_STAMP})*"
)
# A time stamp in the text: "Apr 29, 2009 09:23 UTC", "2009 06 13 00:11 JST".
_INLINE_STAMP = re.compile(
    rf"\b(?:{_WEEKDAYS}\s+)?"
    rf"(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}\s+\d{{2}}\s+\d{{2}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}})"
    rf",?\s+{_CLOCK}\s*(?:{TIME_ZONES})\b"
)
# A photo credit run into the text: "REUTERS/Jason Lee", "AFP/Getty Images", "AP2010",
# "Photograph: Gerald Herbert/AP".
_PHOTO_AGENCY = re.compile(
    r"\b(?:REUTERS|AFP|AP|EPA|DPA|GETTY|PA)\s*/\s*(?:[A-Z][\w.'’-]*\s?){1,3}"
    r"|\b(?:AP|AFP|EPA|Reuters)(?:19|20)\d\d\b"
    r"|\b(?:Photograph|Foto|Photo)\s*:\s*(?:[A-Z][\w.'’-]*(?:\s*/\s*|\s)?){1,5}"
)
# Reader comments under an article: "At 12:19 26th Apr 2009, barriesingleton wrote:",
# "On 14 Jun, D_I:", "pzero wrote:", "Posted by: name |". Two of them open a comment
# section, which runs to the end of the page.
_COMMENT_SIGNATURE = re.compile(
    r"\bAt\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:on\s+)?[^,]{4,30},\s*[\w.-]+(?:\s[\w.-]+){0,2}"
    r"\s+wrote\s*:"
    r"|(?:(?<=[.!?\"”] )|^)[\w-]{2,30}\s+wrote\s*:"
    r"|\bOn\s+\d{1,2}\s+[A-Z][a-z]{2},\s*[\w-]{2,30}\s*:"
    r"|\b[Pp]osted\s+by\s*:"
    r"|\bThis\s+comment\s+was\s+removed\b"
    rf"|\bAdded\s*:\s*(?:{_WEEKDAYS}\s*)?(?:\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}},?\s*)?\d{{1,2}}[:.]\d{{2}}\b"
)
# A photo caption written as a sentence: "Stanley Murray, left, father of Chad Murray",
# "... is seen in this aerial photo", "(AP Photo/Gerald Herbert)".
_CAPTION_SENTENCE = re.compile(
    # From a sentence's start only: from every position the search would take quadratic time.
    r"(?:^|(?<=[.!?]))[^.!?]*(?:,\s*(?:left|right|center|centre|(?:second|third)\s+(?:from\s+)?(?:left|right)|"
    r"far\s+(?:left|right)|top|bottom|in\s+(?:the\s+)?(?:background|foreground))\s*,"
    r"|\bin\s+this\s+(?:\w+\s+){0,2}(?:photo|picture|image|photograph|file\s+photo)\b"
    r"|\((?:AP|AFP|Reuters)\s+Photo[^)]*\))[^.!?]*[.!?]?"
)
MIN_COMMENT_SIGNATURES = 2


# A byline that a cut left at the start of a piece: "By Niu Shuping and Ken Wills".
_LEADING_BYLINE = re.compile(
    r"^(?:By|Von)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|und)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*\s+(?=[A-Z])"
)
# "HOUSTON (Reuters) - ", "PASSAU, Germany, Feb 27 (Reuters) -", "Berlin (dpa) – ".
_AGENCY_DATELINE = re.compile(
    rf"(?:(?<=^)|(?<=\s)){_PLACE}(?:,\s*[^()\n]{{1,40}}?)?\s*"
    rf"\((?:{AGENCIES})(?:\s*/\s*[\w-]{{1,12}})*\)\s*(?:[-–—:]\s*|(?=[A-ZÄÖÜ]))",
)
# "BERLIN (CPA) - ", "LONDON - ": a capitalised place with any short credit.
_CAPS_DATELINE = re.compile(
    rf"^{_CAPS_PLACE}(?:,\s*[A-Z][\w. ]{{1,30}}?)?\s*(?:\([\w./ -]{{1,20}}\)\s*)?"
    rf"(?:--|[-–—])\s*(?=\S|$)"
)
# "Passau, 28 February 2025.", "Hagen, 3. März 2025 -", "Rotterdam, Feb. 28, 2025 –".
_DATED_DATELINE = re.compile(
    rf"^{_PLACE}(?:\s*\([^()]{{1,30}}\))?(?:,\s*{_PLACE})?,?\s*(?:den\s+)?(?:{_WEEKDAYS}\s*)?"
    rf"(?:\d{{1,2}}\.?\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})"
    rf"(?:\s*\([^()]{{1,30}}\))?\s*(?:[-–—.:]\s*|$)"
)
# A line that is only a time stamp: "07.03.2025, 16.48 Uhr", "Stand: 19.03.2025, 17:32 Uhr".
_NUMERIC_STAMP = re.compile(
    rf"^(?:(?:Stand|Aktualisiert|Veröffentlicht|Updated|Published)\s*:?\s*)?"
    rf"(?:{_WEEKDAYS}\s*)?\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}},?\s*(?:um\s+)?(?:{_CLOCK}\s*(?:Uhr|h)?)?$"
)
# A broadcaster's programme note: "Über dieses Thema berichtet der WDR auch in ...".
_PROGRAMME_NOTE = re.compile(
    r"^(?:Über\s+dieses\s+Thema\s+bericht\w*|Mehr\s+dazu\s+(?:im|in\s+der)|Dieses\s+Thema\s+im\s+"
    r"Programm|Sendung\s*:|Hören\s+Sie|Sehen\s+Sie|Watch\s*:|Listen\s*:)\b"
)
# "(Reporting by ...; Editing by ...)", "(Mitarbeit: ...)", "(Redigiert von ...)".
_CREDIT = re.compile(
    r"\((?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Edited|Research|Berichterstattung|"
    r"Mitarbeit|Redaktion|Redigiert|Bearbeitung|Übersetzung|Geschrieben|Recherche)\b"
    r"[^()]*(?:\([^()]*\)[^()]*)*\)"
)
# A programme's production credit: "Presenter/Neil MacGregor, Producer/Anthony Denselow for
# the BBC".
_ROLE = r"(?:Presenter|Producer|Reporter|Director|Editor|Writer|Host|Narrator|Readers?)"
# A person's first and last name; who made the programme: "the BBC" or a two-word name.
_NAME = r"[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*"
_PRODUCTION_CREDIT = re.compile(
    rf"\b{_ROLE}\s*/\s*{_NAME}(?:\s*,\s*{_ROLE}\s*/\s*{_NAME})*"
    rf"(?:\s+for\s+(?:the\s+[A-Z]{{2,}}\b|{_NAME}))?"
)
# Agency trailers: "dpa xy yz", "dpa-infocom", "AFP/mat", "sid/dpa ab".
_AGENCY_TRAILER = re.compile(
    r"^(?:dpa|afp|ap|rtr|kna|epd|sid|apa)(?:[-/][\w-]+)?(?:\s+[a-z0-9]{1,5})*$"
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bCopyright\b)[^\n]{0,160}?(?:All rights reserved|Alle Rechte vorbehalten)\.?"
    r"|(?:©|\(c\)\s*\d{4}|\bCopyright\b)\s*(?:\d{4}\b)?[^.\n]{0,100}(?:\.|$)"
    r"|\b(?:All rights reserved|Alle Rechte vorbehalten)\.?",
    re.IGNORECASE,
)
# Captions: "Image caption ...", "Image source, Getty Images", "Foto: Anna Roth / dpa".
_CAPTION_MARKER = re.compile(
    r"\b(?:Image|Media|Photo|Picture|Video)s?\s+(?:caption|source|copyright|credit)s?\b[,:]?"
    r"|\bPHOTO\s*:"
    r"|\bBild(?:unterschrift|quelle|rechte)\b:?",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=\s))(?:Foto|Fotos|Bild|Photo|Photos|Picture|Credit)\s*:\s*"
    r"[\w.'’ -]{1,60}(?:\s*/\s*[\w.'’ -]{1,40}){0,2}\s*$"
)
_RELATED = re.compile(
    r"^(?:Related\s+(?:stories|story|news|coverage|articles|content|links|topics)|"
    r"More\s+on\s+this\s+story|Read\s+more|See\s+also|Top\s+stories|Mehr\s+zum\s+Thema|"
    r"Lesen\s+Sie\s+auch|Das\s+könnte\s+Sie\s+auch\s+interessieren|Weitere\s+Artikel)\b:?",
    re.IGNORECASE,
)
_PAGE_BUTTONS = re.compile(
    r"\b(?:Full\s+Article|Print\s+this\s+article|Email\s+this\s+article|Share\s+this\s+article|"
    r"Media\s+playback\s+is\s+unsupported\s+on\s+your\s+device|Artikel\s+teilen|"
    r"Zur\s+Startseite)\b",
    re.IGNORECASE,
)
# A caption line is at most this long.
MAX_CAPTION_CHARS = 300
# A leading byline longer than this is a sentence ("By then the water had ...").
MAX_BYLINE_WORDS = 12
# The run-in header is looked for this near the start of the text.
HEADER_WINDOW = 600


@dataclass
class Furniture:
    """What the cuts of this module found: the dateline, stamp, headline and every piece
    removed."""

    dateline: str | None = None
    removed: list[str] = field(default_factory=list)
    # A line that says when the page was published ("Updated 6:15 PM CET, March 7, 2025").
    stamp: str | None = None
    # A headline found above the dateline.
    headline: str | None = None


def cut_comments(paragraphs: list[str], found: Furniture) -> list[str]:
    """The paragraphs before a section of reader comments, which is cut off."""
    signatures = [
        (index, match)
        for index, paragraph in enumerate(paragraphs)
        for match in _COMMENT_SIGNATURE.finditer(paragraph)
    ]
    if len(signatures) < MIN_COMMENT_SIGNATURES:
        return paragraphs
    index, first = signatures[0]
    found.removed.append(" ".join([paragraphs[index][first.start() :], *paragraphs[index + 1 :]]))
    kept = paragraphs[index][: first.start()].rstrip()
    return [*paragraphs[:index], *([kept] if kept else [])]


def cut_page_header(text: str, found: Furniture) -> str:
    """Drop a run-in page header and everything before it (headlines, navigation).

    "Full Article U.S. experts confirm ... HOUSTON | Wed Jun 9, 2010 3:49 am IST
    HOUSTON (Reuters) - U.S. experts ..." keeps only the story.
    """
    match = _PAGE_HEADER.search(text, 0, HEADER_WINDOW + 200)
    if match is None or match.start() > HEADER_WINDOW:
        return text
    found.removed.append(text[: match.end()].strip())
    return text[match.end() :].lstrip()


def starts_with_dateline(text: str) -> bool:
    """Whether :func:`take_dateline` would remove something from the start of ``text``."""
    return take_dateline(text, Furniture()) != text


def take_dateline(paragraph: str, found: Furniture) -> str:
    """Remove a dateline at the start of a paragraph; the first one is kept in ``found``."""
    for pattern in (_DATED_DATELINE, _AGENCY_DATELINE, _CAPS_DATELINE):
        match = pattern.match(paragraph)
        if match is None:
            continue
        if pattern is _DATED_DATELINE:
            rest = paragraph[match.end() :]
            # "Hagen, 3. März 2025 wurde ..." is a sentence, not a dateline.
            if rest[:1].islower():
                continue
        piece = match.group().strip()
        found.removed.append(piece)
        if found.dateline is None:
            found.dateline = piece
        return paragraph[match.end() :].lstrip()
    return paragraph


def is_furniture_line(line: str) -> bool:
    """A whole line that is furniture: a credit, copyright, agency trailer, caption."""
    stripped = line.strip()
    if not stripped:
        return False
    if _CREDIT.fullmatch(stripped) or _AGENCY_TRAILER.match(stripped):
        return True
    if _COPYRIGHT.match(stripped) and len(stripped) < 200:
        return True
    caption = _CAPTION_MARKER.match(stripped) or _PHOTO_CREDIT.search(stripped)
    if caption and len(stripped) <= MAX_CAPTION_CHARS:
        return True  # a longer line is a story that starts or ends with one: cut inline
    if _PROGRAMME_NOTE.match(stripped) and len(stripped) <= MAX_CAPTION_CHARS:
        return True
    return bool(
        _NUMERIC_STAMP.match(stripped)
        or _PAGE_HEADER.fullmatch(stripped)
        or _PAGE_BUTTONS.fullmatch(stripped)
        or _STAMP_WITH_DATE.fullmatch(stripped)
    )


def is_related_label(line: str) -> bool:
    """"Related stories", "Mehr zum Thema": a list of other stories' headlines follows."""
    return bool(_RELATED.match(line.strip())) and len(line.split()) <= 8


def strip_inline(paragraph: str, found: Furniture) -> list[str]:
    """Cut furniture out of the middle of a paragraph; the pieces in between remain."""
    pieces = [paragraph]
    lowered = paragraph.lower()
    clock = _ANY_CLOCK.search(paragraph) is not None
    for pattern in (
        _PAGE_HEADER, _ENTRY_HEADER, _UPDATE_STAMP, _EDITORS_NOTE, _INLINE_STAMP,
        _STAMP_WITH_DATE, _CREDIT, _PRODUCTION_CREDIT, _COPYRIGHT,
        _PAGE_BUTTONS, _PHOTO_AGENCY, _PIPE_SEGMENT, _CAPTION_SENTENCE,
    ):
        if not clock and pattern in _CLOCK_NEEDED:
            continue
        needles = _NEEDLES.get(pattern)
        if needles is not None:
            text = lowered if pattern.flags & re.IGNORECASE else paragraph
            if not any(needle in text for needle in needles):
                continue
        pieces = [part for piece in pieces for part in _split_at(pattern, piece, found)]
    pieces = [_without_leading_byline(piece.strip(), found) for piece in pieces]
    pieces = [_before_related(piece.strip(), found) for piece in pieces]
    pieces = [part for piece in pieces for part in _cut_captions(piece, found)]
    # A dateline run into the text after a cut ("... IST HOUSTON (Reuters) - U.S. ...").
    result = []
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        inner = _AGENCY_DATELINE.search(piece) or _CAPS_DATELINE.match(piece)
        if inner and inner.start() == 0:
            found.removed.append(inner.group().strip())  # after a cut time stamp
            piece = piece[inner.end() :]
            inner = None
        if inner and inner.start() > 0 and piece[: inner.start()].rstrip()[-1:] in ".!?\"”":
            found.removed.append(inner.group().strip())
            if found.dateline is None:
                found.dateline = inner.group().strip()
            result += [piece[: inner.start()].strip(), piece[inner.end() :].strip()]
            continue
        result.append(piece)
    return [piece for piece in result if piece]


# A page's update stamp with its clock time, the date before or after it, and the page
# tools run in after it: "Page last updated at 07:43 GMT, Tuesday, 23 August 2011 08:43
# UK", "8 November 2011 Last updated at 14:07 GMT Help"; a broadcast note ("First
# broadcast 22 January 2010"); a server error left in a saved page.
_WRITTEN_DATE = rf"(?:\d{{1,2}}\.?\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})"
_UPDATE_STAMP = re.compile(
    rf"(?:{_WRITTEN_DATE}\s+)?(?:(?:Page\s+)?[Ll]ast\s+updated\s+(?:at\s+)?{_CLOCK}\s*"
    rf"(?:{TIME_ZONES})?|[Uu]pdated\s+(?:at\s+)?{_CLOCK}\s*(?:{TIME_ZONES})\b)"
    rf",?\s*(?:{_WEEKDAYS}\s*)?(?:{_WRITTEN_DATE})?,?\s*"
    rf"(?:{_CLOCK}\s*(?:UK|{TIME_ZONES})\b)?(?:\s*Help\b)?"
    rf"|\(?an\s+error\s+occurred\s+while\s+processing\s+this\s+directive\)?"
    rf"|\bFirst\s+broadcast\s+(?:{_WEEKDAYS}\s*)?{_WRITTEN_DATE}"
)


# An editor's notes: a correction ("This article was amended on 8 May 2010. The original
# said ... This has been corrected.") and a print note ("A version appeared on p2 of the
# Main section of the Guardian on Friday 30 April 2010").
_EDITORS_NOTE = re.compile(
    r"This article was (?:amended|corrected|updated) on [^.]*\."
    r"(?:\s*(?:The original|In the (?:original|article above)|It also|An earlier version)"
    r"[^.]*\.)*(?:\s*This has (?:now )?been corrected\s*\.)?"
    r"|A version (?:of this article )?appeared (?:on|in) p\.?\s?\d+ of the .{0,60}? of the "
    r"(?:Guardian|Observer|[A-Z]\w+)(?:\s+on\s+(?:\d{1,2}[.:]\d{2}\s*[A-Z]{2,4}\s+on\s+)?"
    rf"(?:{_WEEKDAYS}\s*)?{_WRITTEN_DATE})?"
)


# A "stamp" cut from the middle of a text must carry a date or a clock time.
_STAMP_WITH_DATE = re.compile(
    rf"\b(?:(?:Last\s+)?(?:Updated|Published|Aktualisiert|Veröffentlicht|Stand)\s*:?|"
    rf"(?:Added|Posted)\s*:)\s*"
    rf"(?:(?:um\s+)?{_CLOCK}\s*(?:Uhr|[AP]M)?\s*(?:{TIME_ZONES})?,?\s*)?"
    rf"(?:{_WEEKDAYS}\s*)?(?:{_WRITTEN_DATE}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}),?\s*(?:um\s+)?(?:{_CLOCK}\s*(?:Uhr|[AP]M)?\s*(?:{TIME_ZONES})?)?"
    rf"(?:\s*{_CLOCK}\s*UK\b)?"  # the BBC's second clock: "15:33 GMT 15:33 UK"
)

# Text that every match of a pattern contains (in a lowercased paragraph for patterns
# that ignore case): a paragraph without any of it is not searched, which saves most of
# the cleaning time (these patterns may start at any position).
_NEEDLES: dict[re.Pattern[str], tuple[str, ...]] = {
    _ENTRY_HEADER: ("|",),
    _UPDATE_STAMP: ("pdated", "occurred", "broadcast"),
    _EDITORS_NOTE: ("This article was", "appeared"),
    _STAMP_WITH_DATE: (
        "pdated", "ublished", "ktualisiert", "eröffentlicht", "Stand", "Added", "Posted"
    ),
    _CREDIT: ("(",),
    _PRODUCTION_CREDIT: ("/",),
    _COPYRIGHT: ("©", "(c)", "copyright", "rights reserved", "rechte vorbehalten"),
    _PHOTO_AGENCY: ("/", "AP", "AFP", "EPA", "Reuters", "Photo", "Foto"),
    _PIPE_SEGMENT: ("|",),
}
# Patterns whose every match holds a clock time (:data:`_CLOCK`), found by a fast search.
_CLOCK_NEEDED = (_PAGE_HEADER, _INLINE_STAMP)
_ANY_CLOCK = re.compile(r"\d[:.]\d\d")


def is_stamp_line(line: str) -> bool:
    """A line that only says when the page was published or updated."""
    stripped = line.strip()
    return bool(_STAMP_WITH_DATE.fullmatch(stripped) or _NUMERIC_STAMP.match(stripped))


def _without_leading_byline(text: str, found: Furniture) -> str:
    match = _LEADING_BYLINE.match(text)
    if match is None or len(match.group().split()) > MAX_BYLINE_WORDS:
        return text
    found.removed.append(match.group().strip())
    return text[match.end() :]


def _before_related(text: str, found: Furniture) -> str:
    """A "Related stories" list run into the end of the text goes with its label."""
    match = _RELATED_INLINE.search(text)
    if match is None:
        return text
    found.removed.append(text[match.start() :].strip())
    return text[: match.start()]


_RELATED_INLINE = re.compile(
    r"(?:(?<=[.!?\"”'] )|^)"
    r"(?:Related\s+(?:stories|story|news|coverage|articles|content|links|topics)|"
    r"More\s+on\s+this\s+story|Top\s+stories|Mehr\s+zum\s+Thema|Lesen\s+Sie\s+auch)\b"
)


def _split_at(pattern: re.Pattern[str], text: str, found: Furniture) -> list[str]:
    pieces: list[str] = []
    position = 0
    for match in pattern.finditer(text):
        if not match.group().strip():
            continue
        pieces.append(text[position : match.start()])
        found.removed.append(match.group().strip())
        position = match.end()
    pieces.append(text[position:])
    return pieces


# "Getty Images", "AFP", "Reuters/Jane Doe": capitalised words, not a sentence's first.
_IMAGE_CREDIT = re.compile(
    r"\s*(?:(?!(?:The|A|An|He|She|It|They|We|In|On|At|But|This|That|Der|Die|Das|Ein|Eine)\b)"
    r"[A-Z][\w.'’/&-]*\s*){1,4}"
)


def _cut_captions(text: str, found: Furniture) -> list[str]:
    """"Image caption Ships off the coast Image source, Getty Images The port ...".

    A caption marker goes with its words up to the next sentence end; an
    image source marker with the credit after it (up to the next capitalised
    word). The text on either side stays in separate pieces.
    """
    pieces: list[str] = []
    while True:
        match = _CAPTION_MARKER.search(text)
        if match is None:
            return [*pieces, text]
        rest = text[match.end() :]
        credit = _IMAGE_CREDIT.match(rest)
        if match.group().lower().startswith(("image source", "image copyright")) and credit:
            end = match.end() + credit.end()
        else:
            stop = re.search(r"[.!?](?:\s|$)", rest)
            following = _CAPTION_MARKER.search(rest)
            if following and (stop is None or following.start() < stop.start()):
                end = match.end() + following.start()  # the credit's own marker follows
            else:
                end = match.end() + (stop.end() if stop else 0)
        found.removed.append(text[match.start() : end].strip())
        pieces.append(text[: match.start()])
        text = text[end:]
