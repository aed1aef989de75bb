"""Typed models of the PerfectGym Next Open API (1.13.2): the ``customers_communication`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.CommunicationThreadRequest``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import datetime

import attrs

from ..types import OpenEnum, WireModel
from ._common import CommunicationChannel

__all__ = [
    "CommunicationDirection",
    "CommunicationThreadStatus",
    "CommunicationThreadRequest",
    "CommunicationThreadResponse",
]


class CommunicationDirection(OpenEnum):
    """Whether the communication came from or went to the customer.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    INCOMING = "INCOMING"
    OUTGOING = "OUTGOING"


class CommunicationThreadStatus(OpenEnum):
    """Status the thread should have.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CREATED = "CREATED"
    ONGOING = "ONGOING"
    CLOSED = "CLOSED"


@attrs.define(kw_only=True)
class CommunicationThreadRequest(WireModel):
    """A communication to store in a new or existing thread."""

    communication_thread_status: CommunicationThreadStatus = attrs.field(
        metadata={"wire": "communicationThreadStatus"}
    )
    """Status the thread should have."""
    ticket_number: str | None = attrs.field(default=None, metadata={"wire": "ticketNumber"})
    """Ticket number in the third-party ticketing system."""
    subject: str = attrs.field(metadata={"wire": "subject"})
    """Subject of the communication."""
    content: str = attrs.field(metadata={"wire": "content"})
    """Text of the communication."""
    communication_direction: CommunicationDirection = attrs.field(
        metadata={"wire": "communicationDirection"}
    )
    """Whether the communication came from or went to the customer."""
    ticket_link: str | None = attrs.field(default=None, metadata={"wire": "ticketLink"})
    """Link to the ticket in the third-party ticketing system."""
    communication_channel: CommunicationChannel = attrs.field(
        metadata={"wire": "communicationChannel"}
    )
    """Channel the communication used."""
    agent: str | None = attrs.field(default=None, metadata={"wire": "agent"})
    """Employee or agent handling the communication."""
    communication_date_time: datetime | None = attrs.field(
        default=None, metadata={"wire": "communicationDateTime"}
    )
    """When the communication happened; the current time is used if left out."""


@attrs.define(kw_only=True)
class CommunicationThreadResponse(WireModel):
    """A stored communication with its thread."""

    customer_id: int = attrs.field(metadata={"wire": "customerId"})
    """ID of the customer."""
    communication_id: int = attrs.field(metadata={"wire": "communicationId"})
    """ID of the communication."""
    thread_id: int = attrs.field(metadata={"wire": "threadId"})
    """ID of the communication thread."""
    communication_thread_status: CommunicationThreadStatus = attrs.field(
        metadata={"wire": "communicationThreadStatus"}
    )
    """Status of the thread."""
    ticket_number: str | None = attrs.field(default=None, metadata={"wire": "ticketNumber"})
    """Ticket number in the third-party ticketing system."""
    subject: str = attrs.field(metadata={"wire": "subject"})
    """Subject of the communication."""
    content: str = attrs.field(metadata={"wire": "content"})
    """Text of the communication."""
    communication_direction: CommunicationDirection = attrs.field(
        metadata={"wire": "communicationDirection"}
    )
    """Whether the communication came from or went to the customer."""
    ticket_link: str | None = attrs.field(default=None, metadata={"wire": "ticketLink"})
    """Link to the ticket in the third-party ticketing system."""
    communication_channel: CommunicationChannel = attrs.field(
        metadata={"wire": "communicationChannel"}
    )
    """Channel the communication used."""
    agent: str | None = attrs.field(default=None, metadata={"wire": "agent"})
    """Employee or agent handling the communication."""
