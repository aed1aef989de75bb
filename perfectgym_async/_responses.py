"""Pure parsers for non-sliced 2xx responses."""

from __future__ import annotations

from typing import Any

import attrs

from ._request import RawResponse
from ._serde import decode_structured, structure_response

__all__ = ["parse_empty", "parse_json"]


def _accepts_empty(cls: Any) -> bool:
    # A model with no required fields (e.g. VoidResult) or a free-form object
    # is what an empty 2xx body means; anything else must be sent in full.
    if isinstance(cls, type) and attrs.has(cls):
        return all(field.default is not attrs.NOTHING for field in attrs.fields(cls))
    return getattr(cls, "__origin__", None) is dict


def parse_json(operation: str, response: RawResponse, cls: Any) -> Any:
    """The body as ``cls`` (a model, a list of models or a free-form dict)."""
    if not response.body.strip() and _accepts_empty(cls):
        return structure_response(operation, {}, cls)
    return decode_structured(operation, response.body, cls)


def parse_empty(operation: str, response: RawResponse) -> None:
    """Operations documented without a body: whatever came back is ignored."""
    del operation, response
