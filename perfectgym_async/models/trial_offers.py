"""Typed models of the PerfectGym Next Open API (1.13.2): the ``trial_offers`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.BookableTrialOfferAppointment``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import date

import attrs

from ..types import OpenEnum, WireModel
from ._common import (
    BookableAppointment,
    Class,
    Gender,
    InputFieldMode,
    Language,
    Term,
    TermWithMinutes,
)

__all__ = [
    "BookingConfirmationStatus",
    "TrialOfferLeadValidationStatus",
    "BookableTrialOfferAppointment",
    "BookingConfirmationResult",
    "LeadCustomerAddressData",
    "LeadCustomerData",
    "TrialOfferClass",
    "TrialOfferLeadDataConfig",
    "TrialOfferConfig",
    "TrialOfferLeadCustomerCreationRequest",
    "TrialOfferLeadCustomerCreationResult",
    "TrialOfferLeadCustomerCreationValidationResult",
]


class BookingConfirmationStatus(OpenEnum):
    """CONFIRMED, or EXPIRED if the confirmation period has passed.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CONFIRMED = "CONFIRMED"
    EXPIRED = "EXPIRED"


class TrialOfferLeadValidationStatus(OpenEnum):
    """Whether the lead customer can be created.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    POSSIBLE = "POSSIBLE"
    INVALID_LEAD_CUSTOMER_DATA = "INVALID_LEAD_CUSTOMER_DATA"
    DUPLICATE_CUSTOMER = "DUPLICATE_CUSTOMER"


@attrs.define(kw_only=True)
class BookableTrialOfferAppointment(WireModel):
    """A bookable appointment that can be booked as a trial offer."""

    trial_offer_config_id: int = attrs.field(metadata={"wire": "trialOfferConfigId"})
    """ID of the trial offer configuration that offers the appointment."""
    trial_offer_bookable_appointment: BookableAppointment = attrs.field(
        metadata={"wire": "trialOfferBookableAppointment"}
    )
    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of this trial offer entry."""


@attrs.define(kw_only=True)
class BookingConfirmationResult(WireModel):
    """Outcome of confirming a trial offer booking."""

    status: BookingConfirmationStatus = attrs.field(metadata={"wire": "status"})
    """CONFIRMED, or EXPIRED if the confirmation period has passed."""


@attrs.define(kw_only=True)
class LeadCustomerAddressData(WireModel):
    """Postal address of a trial offer lead customer."""

    street: str = attrs.field(metadata={"wire": "street"})
    """Street name."""
    house_number: str | None = attrs.field(default=None, metadata={"wire": "houseNumber"})
    """House number."""
    zip_code: str = attrs.field(metadata={"wire": "zipCode"})
    """Postal code."""
    city: str = attrs.field(metadata={"wire": "city"})
    """City."""


@attrs.define(kw_only=True)
class LeadCustomerData(WireModel):
    """Personal data and address of a trial offer lead customer."""

    third_party_id: str | None = attrs.field(default=None, metadata={"wire": "thirdPartyId"})
    """ID of the person in the integrator's own system."""
    firstname: str = attrs.field(metadata={"wire": "firstname"})
    """First name."""
    second_firstname: str | None = attrs.field(default=None, metadata={"wire": "secondFirstname"})
    """Second first name."""
    lastname: str = attrs.field(metadata={"wire": "lastname"})
    """Last name."""
    second_lastname: str | None = attrs.field(default=None, metadata={"wire": "secondLastname"})
    """Second last name."""
    email: str = attrs.field(metadata={"wire": "email"})
    """Email address."""
    gender: Gender | None = attrs.field(default=None, metadata={"wire": "gender"})
    date_of_birth: date | None = attrs.field(default=None, metadata={"wire": "dateOfBirth"})
    """Date of birth."""
    telephone: str | None = attrs.field(default=None, metadata={"wire": "telephone"})
    """Telephone number."""
    language: Language | None = attrs.field(default=None, metadata={"wire": "language"})
    address: LeadCustomerAddressData | None = attrs.field(
        default=None, metadata={"wire": "address"}
    )


@attrs.define(kw_only=True)
class TrialOfferClass(WireModel):
    """A class that can be booked as a trial offer."""

    trial_offer_config_id: int = attrs.field(metadata={"wire": "trialOfferConfigId"})
    """ID of the trial offer configuration that offers the class."""
    trial_offer_class: Class = attrs.field(metadata={"wire": "trialOfferClass"})
    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of this trial offer entry."""


@attrs.define(kw_only=True)
class TrialOfferLeadDataConfig(WireModel):
    """Which lead data fields a trial offer asks for."""

    trial_offer_lead_data_config_id: int = attrs.field(
        metadata={"wire": "trialOfferLeadDataConfigId"}
    )
    """ID of the lead data configuration."""
    gender_mode: InputFieldMode = attrs.field(metadata={"wire": "genderMode"})
    date_of_birth_mode: InputFieldMode = attrs.field(metadata={"wire": "dateOfBirthMode"})
    telephone_mode: InputFieldMode = attrs.field(metadata={"wire": "telephoneMode"})
    address_mode: InputFieldMode = attrs.field(metadata={"wire": "addressMode"})


@attrs.define(kw_only=True)
class TrialOfferConfig(WireModel):
    """Configuration of a trial offer."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the configuration."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the trial offer."""
    prevent_multiple_bookings_term: Term = attrs.field(
        metadata={"wire": "preventMultipleBookingsTerm"}
    )
    contingent: int = attrs.field(metadata={"wire": "contingent"})
    """How many times a lead may book the trial offer."""
    confirmation_of_booking_term: TermWithMinutes | None = attrs.field(
        default=None, metadata={"wire": "confirmationOfBookingTerm"}
    )
    allow_booking_for_leads: bool = attrs.field(metadata={"wire": "allowBookingForLeads"})
    """True if leads are allowed to book."""
    lead_data_config: TrialOfferLeadDataConfig = attrs.field(metadata={"wire": "leadDataConfig"})


@attrs.define(kw_only=True)
class TrialOfferLeadCustomerCreationRequest(WireModel):
    """Lead customer data to validate or create for a trial offer."""

    lead_customer_data: LeadCustomerData = attrs.field(metadata={"wire": "leadCustomerData"})
    trial_offer_config_id: int = attrs.field(metadata={"wire": "trialOfferConfigId"})
    """ID of the trial offer configuration."""


@attrs.define(kw_only=True)
class TrialOfferLeadCustomerCreationResult(WireModel):
    """Identifier of a newly created trial offer lead customer."""

    lead_customer_id: int | None = attrs.field(default=None, metadata={"wire": "leadCustomerId"})
    """ID of the created lead customer."""


@attrs.define(kw_only=True)
class TrialOfferLeadCustomerCreationValidationResult(WireModel):
    """Outcome of a trial offer lead validation."""

    validation_status: TrialOfferLeadValidationStatus = attrs.field(
        metadata={"wire": "validationStatus"}
    )
    """Whether the lead customer can be created."""
