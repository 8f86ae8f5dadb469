"""The JSON Schema of event files, generated from :class:`timeline.models.Event`.

The package ships a copy (``timeline/data/event.schema.json``, a test keeps
it equal to the generated one) and ``timeline extract`` writes one into each
events folder, which every event file names on its first line so that YAML
editors complete and check the fields.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from timeline.models import Event

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SHIPPED_SCHEMA = "event.schema.json"


def event_schema() -> dict[str, Any]:
    schema = Event.model_json_schema()
    return {"$schema": SCHEMA_DIALECT, "title": "Timeline event", **{
        key: value for key, value in schema.items() if key != "title"
    }}


def event_schema_json() -> str:
    return json.dumps(event_schema(), ensure_ascii=False, indent=2) + "\n"


def shipped_schema_json() -> str:
    return resources.files("timeline").joinpath("data", SHIPPED_SCHEMA).read_text(encoding="utf-8")
