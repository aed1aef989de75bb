"""``AsyncClient``: the transport plus one namespace per API tag.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncGenerator, Mapping
from datetime import date
from typing import Any

from . import models
from ._transport import AsyncTransport
from ._upload import FileInput
from .api import appointments, customers, customers_account, leads
from .types import Page, Timeout

__all__ = ["AsyncClient"]


class AppointmentsNamespace:
    """Bookable appointments, their slots and appointment bookings."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def book_appointment_booking(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> models.AppointmentBookingResult:
        """Book an appointment (see :func:`perfectgym_async.api.appointments.book_appointment_booking`)."""
        return await appointments.book_appointment_booking(self._client, body=body, timeout=timeout)

    async def delete_appointment_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> models.VoidResult:
        """Delete an appointment booking (see :func:`perfectgym_async.api.appointments.delete_appointment_booking`)."""
        return await appointments.delete_appointment_booking(
            self._client, booking_id=booking_id, timeout=timeout
        )

    async def get_appointment_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> models.AppointmentBookingResultWithCustomerId:
        """Get an appointment booking (see :func:`perfectgym_async.api.appointments.get_appointment_booking`)."""
        return await appointments.get_appointment_booking(
            self._client, booking_id=booking_id, timeout=timeout
        )

    async def get_appointment_bookings(
        self,
        *,
        customer_id: int,
        timeout: Timeout | None = None,
    ) -> list[models.AppointmentBookingResult]:
        """List a customer's appointment bookings (see :func:`perfectgym_async.api.appointments.get_appointment_bookings`)."""
        return await appointments.get_appointment_bookings(
            self._client, customer_id=customer_id, timeout=timeout
        )

    async def get_bookable_appointment(
        self,
        bookable_appointment_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> models.BookableAppointment:
        """Get a bookable appointment (see :func:`perfectgym_async.api.appointments.get_bookable_appointment`)."""
        return await appointments.get_bookable_appointment(
            self._client, bookable_appointment_id=bookable_appointment_id, timeout=timeout
        )

    async def get_bookable_appointment_slots(
        self,
        bookable_appointment_id: int,
        *,
        customer_id: int | None = None,
        days_ahead: int | None = None,
        slot_window_start_date: date | None = None,
        timeout: Timeout | None = None,
    ) -> list[models.BookableAppointmentSlot]:
        """List slots of a bookable appointment (see :func:`perfectgym_async.api.appointments.get_bookable_appointment_slots`)."""
        return await appointments.get_bookable_appointment_slots(
            self._client,
            bookable_appointment_id=bookable_appointment_id,
            customer_id=customer_id,
            days_ahead=days_ahead,
            slot_window_start_date=slot_window_start_date,
            timeout=timeout,
        )

    async def get_bookable_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | None = None,
    ) -> Page[models.BookableAppointment]:
        """List bookable appointments (see :func:`perfectgym_async.api.appointments.get_bookable_appointments`)."""
        return await appointments.get_bookable_appointments(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout
        )

    def iter_bookable_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[models.BookableAppointment, None]:
        """Every item of ``getBookableAppointments`` (see :func:`perfectgym_async.api.appointments.iter_bookable_appointments`)."""
        return appointments.iter_bookable_appointments(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout
        )

    async def validate_for_appointment_booking(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> models.AppointmentBookingValidationResult:
        """Validate an appointment booking (see :func:`perfectgym_async.api.appointments.validate_for_appointment_booking`)."""
        return await appointments.validate_for_appointment_booking(
            self._client, body=body, timeout=timeout
        )


class CustomersNamespace:
    """Customer data, profile images and access restrictions."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def delete_access_restriction(
        self,
        customer_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete a customer's access restriction (see :func:`perfectgym_async.api.customers.delete_access_restriction`)."""
        return await customers.delete_access_restriction(
            self._client, customer_id=customer_id, timeout=timeout
        )

    async def get_customer_by_id(
        self,
        customer_id: int,
        *,
        card_number_format: models.CardNumberFormat | str | None = None,
        timeout: Timeout | None = None,
    ) -> models.Customer:
        """Get a customer (see :func:`perfectgym_async.api.customers.get_customer_by_id`)."""
        return await customers.get_customer_by_id(
            self._client,
            customer_id=customer_id,
            card_number_format=card_number_format,
            timeout=timeout,
        )

    async def get_customers(
        self,
        *,
        card_number_format: models.CardNumberFormat | str | None = None,
        last_offset_id: int | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        customer_status: models.CustomerStatus | str | None = None,
        timeout: Timeout | None = None,
    ) -> Page[models.Customer]:
        """List customers (see :func:`perfectgym_async.api.customers.get_customers`)."""
        return await customers.get_customers(
            self._client,
            card_number_format=card_number_format,
            last_offset_id=last_offset_id,
            offset=offset,
            slice_size=slice_size,
            customer_status=customer_status,
            timeout=timeout,
        )

    def iter_customers(
        self,
        *,
        card_number_format: models.CardNumberFormat | str | None = None,
        last_offset_id: int | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        customer_status: models.CustomerStatus | str | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[models.Customer, None]:
        """Every item of ``getCustomers`` (see :func:`perfectgym_async.api.customers.iter_customers`)."""
        return customers.iter_customers(
            self._client,
            card_number_format=card_number_format,
            last_offset_id=last_offset_id,
            offset=offset,
            slice_size=slice_size,
            customer_status=customer_status,
            timeout=timeout,
        )

    async def set_access_restriction(
        self,
        customer_id: int,
        body: models.AccessRestriction | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> models.AccessRestriction:
        """Set a customer's access restriction (see :func:`perfectgym_async.api.customers.set_access_restriction`)."""
        return await customers.set_access_restriction(
            self._client, customer_id=customer_id, body=body, timeout=timeout
        )

    async def update_image(
        self,
        customer_id: int,
        image: FileInput,
        *,
        filename: str | None = None,
        timeout: Timeout | None = None,
    ) -> models.CustomerImage:
        """Upload a customer's profile image (see :func:`perfectgym_async.api.customers.update_image`)."""
        return await customers.update_image(
            self._client, customer_id=customer_id, image=image, filename=filename, timeout=timeout
        )


class CustomersAccountNamespace:
    """Balances, transactions and payments of a customer's account."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def book_customer_payment(
        self,
        customer_id: int,
        body: models.CustomerPaymentRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> dict[str, Any]:
        """Book a payment for a customer (see :func:`perfectgym_async.api.customers_account.book_customer_payment`)."""
        return await customers_account.book_customer_payment(
            self._client, customer_id=customer_id, body=body, timeout=timeout
        )

    async def get_customers_account_balance_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> models.CustomerAccountBalance:
        """Get a customer's account balance (see :func:`perfectgym_async.api.customers_account.get_customers_account_balance_data`)."""
        return await customers_account.get_customers_account_balance_data(
            self._client, customer_id=customer_id, timeout=timeout
        )

    async def get_customers_account_transaction_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | None = None,
    ) -> Page[models.BookingEntry]:
        """List a customer's past transactions (see :func:`perfectgym_async.api.customers_account.get_customers_account_transaction_data`)."""
        return await customers_account.get_customers_account_transaction_data(
            self._client,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
        )

    def iter_customers_account_transaction_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[models.BookingEntry, None]:
        """Every item of ``getCustomersAccountTransactionData`` (see :func:`perfectgym_async.api.customers_account.iter_customers_account_transaction_data`)."""
        return customers_account.iter_customers_account_transaction_data(
            self._client,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
        )

    async def get_customers_account_upcoming_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | None = None,
    ) -> Page[models.BookingEntry]:
        """List a customer's upcoming transactions (see :func:`perfectgym_async.api.customers_account.get_customers_account_upcoming_data`)."""
        return await customers_account.get_customers_account_upcoming_data(
            self._client,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
        )

    def iter_customers_account_upcoming_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[models.BookingEntry, None]:
        """Every item of ``getCustomersAccountUpcomingData`` (see :func:`perfectgym_async.api.customers_account.iter_customers_account_upcoming_data`)."""
        return customers_account.iter_customers_account_upcoming_data(
            self._client,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
        )

    async def update_customer_payment_instrument(
        self,
        customer_id: int,
        body: models.CustomerPaymentInstrumentRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> dict[str, Any]:
        """Update a customer's payment instrument (see :func:`perfectgym_async.api.customers_account.update_customer_payment_instrument`)."""
        return await customers_account.update_customer_payment_instrument(
            self._client, customer_id=customer_id, body=body, timeout=timeout
        )


class LeadsNamespace:
    """Lead configuration, validation and creation."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def create_lead(
        self,
        body: models.LeadCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> models.LeadCreationResult:
        """Create a lead (see :func:`perfectgym_async.api.leads.create_lead`)."""
        return await leads.create_lead(self._client, body=body, timeout=timeout)

    async def get_lead_config(
        self,
        *,
        timeout: Timeout | None = None,
    ) -> models.LeadConfig:
        """Get the lead configuration (see :func:`perfectgym_async.api.leads.get_lead_config`)."""
        return await leads.get_lead_config(self._client, timeout=timeout)

    async def validate_for_lead_creation(
        self,
        body: models.LeadCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> models.LeadValidationResult:
        """Validate lead data (see :func:`perfectgym_async.api.leads.validate_for_lead_creation`)."""
        return await leads.validate_for_lead_creation(self._client, body=body, timeout=timeout)


class AsyncClient(AsyncTransport):
    """Async client of the PerfectGym Next Open API.

    One long-lived instance per tenant; share it across tasks. Use it as
    ``async with AsyncClient(base_url, api_key) as client:`` or close it with
    ``await client.aclose()``. Operations are grouped by API tag:
    ``await client.appointments.get_bookable_appointments(slice_size=50)``.
    """

    # The options are AsyncTransport's own; the namespaces are made on first use.
    @functools.cached_property
    def appointments(self) -> AppointmentsNamespace:
        """Bookable appointments, their slots and appointment bookings."""
        return AppointmentsNamespace(self)

    @functools.cached_property
    def customers(self) -> CustomersNamespace:
        """Customer data, profile images and access restrictions."""
        return CustomersNamespace(self)

    @functools.cached_property
    def customers_account(self) -> CustomersAccountNamespace:
        """Balances, transactions and payments of a customer's account."""
        return CustomersAccountNamespace(self)

    @functools.cached_property
    def leads(self) -> LeadsNamespace:
        """Lead configuration, validation and creation."""
        return LeadsNamespace(self)

    async def __aenter__(self) -> AsyncClient:
        await super().__aenter__()
        return self
