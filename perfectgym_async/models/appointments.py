"""Typed models of the PerfectGym Next Open API (1.13.2): the ``appointments`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.AppointmentBookingResultWithCustomerId``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import datetime

import attrs

from ..types import WireModel
from ._common import AppointmentBookingStatus, AppointmentStatus, Instructor, ParticipantStatus

__all__ = [
    "AppointmentBookingResultWithCustomerId",
]


@attrs.define(kw_only=True)
class AppointmentBookingResultWithCustomerId(WireModel):
    """An appointment booking together with the booked customer's ID."""

    booking_id: int = attrs.field(metadata={"wire": "bookingId"})
    """ID of the booking."""
    booking_status: AppointmentBookingStatus = attrs.field(metadata={"wire": "bookingStatus"})
    start_date_time: datetime = attrs.field(metadata={"wire": "startDateTime"})
    """Start of the booked appointment."""
    end_date_time: datetime = attrs.field(metadata={"wire": "endDateTime"})
    """End of the booked appointment."""
    title: str | None = attrs.field(default=None, metadata={"wire": "title"})
    """Title."""
    duration: int | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration in minutes."""
    category: str | None = attrs.field(default=None, metadata={"wire": "category"})
    """Category."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description text."""
    img_url: str | None = attrs.field(default=None, metadata={"wire": "imgUrl"})
    """URL of an image for display."""
    instructors: list[Instructor] | None = attrs.field(
        default=None, metadata={"wire": "instructors"}
    )
    """Instructors of the booking."""
    appointment_status: AppointmentStatus = attrs.field(metadata={"wire": "appointmentStatus"})
    participant_status: ParticipantStatus = attrs.field(metadata={"wire": "participantStatus"})
    customer_id: int = attrs.field(metadata={"wire": "customerId"})
    """ID of the booked customer."""
