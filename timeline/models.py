"""The data the project stores: events (YAML files) and article metadata.

These pydantic models are the schema of the event files; ``timeline schema``
and ``timeline/data/event.schema.json`` publish them as JSON Schema.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from timeline.timex import InvalidTimexValue, parse_value

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
_ID_RE = re.compile(ID_PATTERN)

EventStatus = Literal["candidate", "confirmed", "rejected"]


class Source(BaseModel):
    """One article that reports an event, with the sentence it says it in."""

    model_config = ConfigDict(extra="forbid")

    article: str = Field(description="Id of the article (its file name without extension).")
    quote: str = Field(min_length=1, description="The sentence of the article that reports it.")
    date_text: str | None = Field(
        default=None, description="The date phrase as the article writes it."
    )


class Event(BaseModel):
    """A dated happening, cited by one or more sources."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=ID_PATTERN, description="Stable id; also the page address.")
    date: str = Field(
        description="TIMEX3 date value: 2023-12-30, 2023-09, 2024-W01, 2023-Q4, 2006, 199 ..."
    )
    end: str | None = Field(
        default=None,
        description="Last day of a range, a TIMEX3 value like date (2025-03-02 for "
        "'vom 28. Februar bis 2. März 2025', 2011 for 'zwischen 2009 und 2011'); "
        "absent for a single date, never before date.",
    )
    title: str = Field(min_length=1)
    summary: str | None = None
    tags: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(min_length=1)
    status: EventStatus = Field(
        default="candidate",
        description="candidate (found by the tool), confirmed (checked by a person) or "
        "rejected (hidden from the site, never brought back by extract).",
    )
    uncertain: bool = Field(
        default=False,
        description="True when the date rests on a publication date that was inferred or missing.",
    )
    planned: bool = Field(
        default=False,
        description="True for a happening announced or scheduled for after the publication "
        "date of its sources ('Die Sprengung ist für den 6. April geplant').",
    )
    key: bool | None = Field(
        default=None,
        description="An editor's choice: true makes it a key event (its day is always in the "
        "digest), false never one; absent, its importance is computed from the collection.",
    )

    @field_validator("date", "end", mode="before")
    @classmethod
    def _date_is_timex(cls, value: object) -> object:
        if isinstance(value, date):  # YAML reads an unquoted 2023-12-30 as a date
            return value.isoformat()
        if isinstance(value, int):  # and an unquoted 2006 as an int
            return str(value)
        if isinstance(value, str):
            try:
                parse_value(value)
            except InvalidTimexValue as error:
                raise ValueError(str(error)) from None
        return value

    @field_validator("end")
    @classmethod
    def _end_not_before_date(cls, end: str | None, info: ValidationInfo) -> str | None:
        start = info.data.get("date")  # absent when the date itself is invalid
        if end is not None and isinstance(start, str):
            problem = end_problem(start, end)
            if problem:
                raise ValueError(problem)
        return end

    @field_validator("tags")
    @classmethod
    def _tags_not_blank(cls, tags: list[str]) -> list[str]:
        if any(not tag.strip() for tag in tags):
            raise ValueError("tags must not be empty strings")
        return tags


class ArticleMeta(BaseModel):
    """Front matter of an article file."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    author: str | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _real_date(cls, value: object) -> object:
        if isinstance(value, int | float) and not isinstance(value, bool):
            # pydantic would read 20240110 as seconds since 1970.
            raise ValueError(f"{value!r} is a number, not a date: write the date as "
                             f"YYYY-MM-DD{_as_iso_hint(value)}")
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError as error:
                raise ValueError(
                    f"{value!r} is not a real date (expected YYYY-MM-DD): {error}"
                ) from None
        return value

    @field_validator("url")
    @classmethod
    def _http_only(cls, url: str | None) -> str | None:
        if url is not None and not re.match(r"^https?://", url, re.IGNORECASE):
            raise ValueError("url must start with http:// or https://")
        return url


def _as_iso_hint(value: float) -> str:
    """`` (2024-01-10)`` for 20240110, or nothing when the number is no such date."""
    try:
        return f" ({date.fromisoformat(str(value)).isoformat()})"
    except ValueError:
        return ""


def is_valid_id(value: str) -> bool:
    return bool(_ID_RE.match(value))


def end_problem(date_value: str, end_value: str) -> str | None:
    """Why ``end_value`` cannot close a range that starts at ``date_value``, else None.

    Both are valid TIMEX3 values; their spans are compared: the end may not
    begin before the date does (so its last day is not before it either).
    ``2009`` to ``2011`` and ``2025-02`` to ``2025-02-20`` are ranges,
    ``2025-03`` to ``2025-02`` and ``2025-02-10`` to ``2025-02`` are not.
    """
    start, end = parse_value(date_value), parse_value(end_value)
    if end.last < start.first:
        return f"{end_value!r} is before the date {date_value!r}"
    if end.first < start.first:
        return f"{end_value!r} begins before the date {date_value!r}"
    return None
