"""Typed models of the PerfectGym Next Open API (1.13.2): the ``studios`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.StudioAccessCodeConfiguration``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import attrs

from ..types import WireModel
from ._common import DayOfWeek

__all__ = [
    "StudioAccessCodeConfiguration",
    "StudioCategoryOpeningHours",
    "StudioClosingHours",
    "StudioLocation",
    "StudioOpeningHours",
    "StudioOpeningHoursCategory",
    "Tag",
    "StudioInformation",
    "StudioUtilization",
]


@attrs.define(kw_only=True)
class StudioAccessCodeConfiguration(WireModel):
    """Access code settings of the studio."""

    enabled: bool | None = attrs.field(default=None, metadata={"wire": "enabled"})
    """True if access codes are switched on."""


@attrs.define(kw_only=True)
class StudioCategoryOpeningHours(WireModel):
    """Opening times of an opening hours category on one weekday."""

    day_of_week: DayOfWeek = attrs.field(metadata={"wire": "dayOfWeek"})
    """Weekday these times apply to."""
    time_from: str = attrs.field(metadata={"wire": "timeFrom"})
    """Start time (ISO-8601 local time, e.g. 06:00:00)."""
    time_to: str = attrs.field(metadata={"wire": "timeTo"})
    """End time (ISO-8601 local time, e.g. 23:00:00)."""


@attrs.define(kw_only=True)
class StudioClosingHours(WireModel):
    """A period during which the studio is closed."""

    reason: str | None = attrs.field(default=None, metadata={"wire": "reason"})
    """Why the studio is closed."""
    date_time_from: datetime | None = attrs.field(default=None, metadata={"wire": "dateTimeFrom"})
    """Start of the closure."""
    date_time_to: datetime | None = attrs.field(default=None, metadata={"wire": "dateTimeTo"})
    """End of the closure."""


@attrs.define(kw_only=True)
class StudioLocation(WireModel):
    """Geographic position of the studio."""

    longitude: Decimal | None = attrs.field(default=None, metadata={"wire": "longitude"})
    """Longitude."""
    latitude: Decimal | None = attrs.field(default=None, metadata={"wire": "latitude"})
    """Latitude."""


@attrs.define(kw_only=True)
class StudioOpeningHours(WireModel):
    """Opening times for a range of weekdays."""

    day_of_week_from: DayOfWeek | None = attrs.field(
        default=None, metadata={"wire": "dayOfWeekFrom"}
    )
    """First weekday of the range."""
    day_of_week_to: DayOfWeek | None = attrs.field(default=None, metadata={"wire": "dayOfWeekTo"})
    """Last weekday of the range."""
    time_from: str | None = attrs.field(default=None, metadata={"wire": "timeFrom"})
    """Opening time (ISO-8601 local time, e.g. 06:00:00)."""
    time_to: str | None = attrs.field(default=None, metadata={"wire": "timeTo"})
    """Closing time (ISO-8601 local time, e.g. 23:00:00)."""


@attrs.define(kw_only=True)
class StudioOpeningHoursCategory(WireModel):
    """A named category of opening hours (e.g. off-peak) with its times."""

    category_id: int = attrs.field(metadata={"wire": "categoryId"})
    """ID of the category."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the category."""
    opening_hours: list[StudioCategoryOpeningHours] = attrs.field(metadata={"wire": "openingHours"})
    """Times this category applies, per weekday."""


@attrs.define(kw_only=True)
class Tag(WireModel):
    """A tag for grouping studios."""

    name: str = attrs.field(metadata={"wire": "name"})
    """Unique name of the tag."""


@attrs.define(kw_only=True)
class StudioInformation(WireModel):
    """General information about a studio."""

    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    """Name of the studio."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description text."""
    country: str | None = attrs.field(default=None, metadata={"wire": "country"})
    """Country of the studio's address."""
    country_code: str | None = attrs.field(default=None, metadata={"wire": "countryCode"})
    """ISO 3166-1 country code of the studio's address."""
    studio_id: int = attrs.field(metadata={"wire": "studioId"})
    """ID of the studio."""
    opening_date: date | None = attrs.field(default=None, metadata={"wire": "openingDate"})
    """Day the studio opened or opens."""
    closing_date: date | None = attrs.field(default=None, metadata={"wire": "closingDate"})
    """Day the studio closes."""
    email: str | None = attrs.field(default=None, metadata={"wire": "email"})
    """Email address of the studio."""
    logo_url: str | None = attrs.field(default=None, metadata={"wire": "logoUrl"})
    """URL of the studio's logo."""
    telephone: str | None = attrs.field(default=None, metadata={"wire": "telephone"})
    """Phone number of the studio."""
    website: str | None = attrs.field(default=None, metadata={"wire": "website"})
    """Website URL of the studio."""
    opening_hours: list[StudioOpeningHours] | None = attrs.field(
        default=None, metadata={"wire": "openingHours"}
    )
    """Internal opening hours."""
    public_opening_hours: list[StudioOpeningHours] | None = attrs.field(
        default=None, metadata={"wire": "publicOpeningHours"}
    )
    """Opening hours published to customers."""
    closing_hours: list[StudioClosingHours] | None = attrs.field(
        default=None, metadata={"wire": "closingHours"}
    )
    """Periods when the studio is closed."""
    opening_hours_categories: list[StudioOpeningHoursCategory] | None = attrs.field(
        default=None, metadata={"wire": "openingHoursCategories"}
    )
    """Opening hours categories that restrict access times."""
    street: str | None = attrs.field(default=None, metadata={"wire": "street"})
    """Street of the studio's address."""
    house_number: str | None = attrs.field(default=None, metadata={"wire": "houseNumber"})
    """House number of the studio's address."""
    zip: str | None = attrs.field(default=None, metadata={"wire": "zip"})
    """Postal code of the studio's address."""
    city: str | None = attrs.field(default=None, metadata={"wire": "city"})
    """City of the studio's address."""
    access_code_configuration: StudioAccessCodeConfiguration = attrs.field(
        metadata={"wire": "accessCodeConfiguration"}
    )
    location: StudioLocation | None = attrs.field(default=None, metadata={"wire": "location"})
    studio_tags: list[Tag] | None = attrs.field(default=None, metadata={"wire": "studioTags"})
    """Tags assigned to the studio."""


@attrs.define(kw_only=True)
class StudioUtilization(WireModel):
    """Current occupancy of the studio."""

    capacity: int | None = attrs.field(default=None, metadata={"wire": "capacity"})
    """Most customers allowed inside at once; absent when unlimited."""
    count: int = attrs.field(metadata={"wire": "count"})
    """Customers checked in right now; may exceed capacity."""
