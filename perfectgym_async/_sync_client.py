"""``Client``: the blocking twin of ``AsyncClient``, one namespace per API tag.

Every method runs the async endpoint function on the client's event-loop thread
and waits for it (see ``perfectgym_async._sync``), so parameters, results and
exceptions are exactly those of the async side; ``iter_*`` methods return
ordinary iterators.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from datetime import date
from typing import Any

from . import _constants, models
from ._client import AsyncClient
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._sync import SyncClientBase, SyncRunner
from ._transport import _UNSET
from ._upload import FileInput
from .api import appointments, customers, customers_account, leads
from .types import Page, Timeout

__all__ = ["Client"]


class AppointmentsSyncNamespace:
    """Bookable appointments, their slots and appointment bookings."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def book_appointment_booking(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> models.AppointmentBookingResult:
        """Book an appointment (blocking; see :func:`perfectgym_async.api.appointments.book_appointment_booking`)."""
        return self._runner.call(appointments.book_appointment_booking, body=body, timeout=timeout)

    def delete_appointment_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> models.VoidResult:
        """Delete an appointment booking (blocking; see :func:`perfectgym_async.api.appointments.delete_appointment_booking`)."""
        return self._runner.call(
            appointments.delete_appointment_booking, booking_id=booking_id, timeout=timeout
        )

    def get_appointment_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> models.AppointmentBookingResultWithCustomerId:
        """Get an appointment booking (blocking; see :func:`perfectgym_async.api.appointments.get_appointment_booking`)."""
        return self._runner.call(
            appointments.get_appointment_booking, booking_id=booking_id, timeout=timeout
        )

    def get_appointment_bookings(
        self,
        *,
        customer_id: int,
        timeout: Timeout | None = None,
    ) -> list[models.AppointmentBookingResult]:
        """List a customer's appointment bookings (blocking; see :func:`perfectgym_async.api.appointments.get_appointment_bookings`)."""
        return self._runner.call(
            appointments.get_appointment_bookings, customer_id=customer_id, timeout=timeout
        )

    def get_bookable_appointment(
        self,
        bookable_appointment_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> models.BookableAppointment:
        """Get a bookable appointment (blocking; see :func:`perfectgym_async.api.appointments.get_bookable_appointment`)."""
        return self._runner.call(
            appointments.get_bookable_appointment,
            bookable_appointment_id=bookable_appointment_id,
            timeout=timeout,
        )

    def get_bookable_appointment_slots(
        self,
        bookable_appointment_id: int,
        *,
        customer_id: int | None = None,
        days_ahead: int | None = None,
        slot_window_start_date: date | None = None,
        timeout: Timeout | None = None,
    ) -> list[models.BookableAppointmentSlot]:
        """List slots of a bookable appointment (blocking; see :func:`perfectgym_async.api.appointments.get_bookable_appointment_slots`)."""
        return self._runner.call(
            appointments.get_bookable_appointment_slots,
            bookable_appointment_id=bookable_appointment_id,
            customer_id=customer_id,
            days_ahead=days_ahead,
            slot_window_start_date=slot_window_start_date,
            timeout=timeout,
        )

    def get_bookable_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | None = None,
    ) -> Page[models.BookableAppointment]:
        """List bookable appointments (blocking; see :func:`perfectgym_async.api.appointments.get_bookable_appointments`)."""
        return self._runner.call(
            appointments.get_bookable_appointments,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
        )

    def iter_bookable_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[models.BookableAppointment, None, None]:
        """Every item of ``getBookableAppointments``, slice by slice (see :func:`perfectgym_async.api.appointments.iter_bookable_appointments`)."""
        return self._runner.iterate(
            appointments.iter_bookable_appointments,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
        )

    def validate_for_appointment_booking(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> models.AppointmentBookingValidationResult:
        """Validate an appointment booking (blocking; see :func:`perfectgym_async.api.appointments.validate_for_appointment_booking`)."""
        return self._runner.call(
            appointments.validate_for_appointment_booking, body=body, timeout=timeout
        )


class CustomersSyncNamespace:
    """Customer data, profile images and access restrictions."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def delete_access_restriction(
        self,
        customer_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete a customer's access restriction (blocking; see :func:`perfectgym_async.api.customers.delete_access_restriction`)."""
        return self._runner.call(
            customers.delete_access_restriction, customer_id=customer_id, timeout=timeout
        )

    def get_customer_by_id(
        self,
        customer_id: int,
        *,
        card_number_format: models.CardNumberFormat | str | None = None,
        timeout: Timeout | None = None,
    ) -> models.Customer:
        """Get a customer (blocking; see :func:`perfectgym_async.api.customers.get_customer_by_id`)."""
        return self._runner.call(
            customers.get_customer_by_id,
            customer_id=customer_id,
            card_number_format=card_number_format,
            timeout=timeout,
        )

    def get_customers(
        self,
        *,
        card_number_format: models.CardNumberFormat | str | None = None,
        last_offset_id: int | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        customer_status: models.CustomerStatus | str | None = None,
        timeout: Timeout | None = None,
    ) -> Page[models.Customer]:
        """List customers (blocking; see :func:`perfectgym_async.api.customers.get_customers`)."""
        return self._runner.call(
            customers.get_customers,
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
    ) -> Generator[models.Customer, None, None]:
        """Every item of ``getCustomers``, slice by slice (see :func:`perfectgym_async.api.customers.iter_customers`)."""
        return self._runner.iterate(
            customers.iter_customers,
            card_number_format=card_number_format,
            last_offset_id=last_offset_id,
            offset=offset,
            slice_size=slice_size,
            customer_status=customer_status,
            timeout=timeout,
        )

    def set_access_restriction(
        self,
        customer_id: int,
        body: models.AccessRestriction | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> models.AccessRestriction:
        """Set a customer's access restriction (blocking; see :func:`perfectgym_async.api.customers.set_access_restriction`)."""
        return self._runner.call(
            customers.set_access_restriction, customer_id=customer_id, body=body, timeout=timeout
        )

    def update_image(
        self,
        customer_id: int,
        image: FileInput,
        *,
        filename: str | None = None,
        timeout: Timeout | None = None,
    ) -> models.CustomerImage:
        """Upload a customer's profile image (blocking; see :func:`perfectgym_async.api.customers.update_image`)."""
        return self._runner.call(
            customers.update_image,
            customer_id=customer_id,
            image=image,
            filename=filename,
            timeout=timeout,
        )


class CustomersAccountSyncNamespace:
    """Balances, transactions and payments of a customer's account."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def book_customer_payment(
        self,
        customer_id: int,
        body: models.CustomerPaymentRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> dict[str, Any]:
        """Book a payment for a customer (blocking; see :func:`perfectgym_async.api.customers_account.book_customer_payment`)."""
        return self._runner.call(
            customers_account.book_customer_payment,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
        )

    def get_customers_account_balance_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> models.CustomerAccountBalance:
        """Get a customer's account balance (blocking; see :func:`perfectgym_async.api.customers_account.get_customers_account_balance_data`)."""
        return self._runner.call(
            customers_account.get_customers_account_balance_data,
            customer_id=customer_id,
            timeout=timeout,
        )

    def get_customers_account_transaction_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | None = None,
    ) -> Page[models.BookingEntry]:
        """List a customer's past transactions (blocking; see :func:`perfectgym_async.api.customers_account.get_customers_account_transaction_data`)."""
        return self._runner.call(
            customers_account.get_customers_account_transaction_data,
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
    ) -> Generator[models.BookingEntry, None, None]:
        """Every item of ``getCustomersAccountTransactionData``, slice by slice (see :func:`perfectgym_async.api.customers_account.iter_customers_account_transaction_data`)."""
        return self._runner.iterate(
            customers_account.iter_customers_account_transaction_data,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
        )

    def get_customers_account_upcoming_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | None = None,
    ) -> Page[models.BookingEntry]:
        """List a customer's upcoming transactions (blocking; see :func:`perfectgym_async.api.customers_account.get_customers_account_upcoming_data`)."""
        return self._runner.call(
            customers_account.get_customers_account_upcoming_data,
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
    ) -> Generator[models.BookingEntry, None, None]:
        """Every item of ``getCustomersAccountUpcomingData``, slice by slice (see :func:`perfectgym_async.api.customers_account.iter_customers_account_upcoming_data`)."""
        return self._runner.iterate(
            customers_account.iter_customers_account_upcoming_data,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
        )

    def update_customer_payment_instrument(
        self,
        customer_id: int,
        body: models.CustomerPaymentInstrumentRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> dict[str, Any]:
        """Update a customer's payment instrument (blocking; see :func:`perfectgym_async.api.customers_account.update_customer_payment_instrument`)."""
        return self._runner.call(
            customers_account.update_customer_payment_instrument,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
        )


class LeadsSyncNamespace:
    """Lead configuration, validation and creation."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_lead(
        self,
        body: models.LeadCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> models.LeadCreationResult:
        """Create a lead (blocking; see :func:`perfectgym_async.api.leads.create_lead`)."""
        return self._runner.call(leads.create_lead, body=body, timeout=timeout)

    def get_lead_config(
        self,
        *,
        timeout: Timeout | None = None,
    ) -> models.LeadConfig:
        """Get the lead configuration (blocking; see :func:`perfectgym_async.api.leads.get_lead_config`)."""
        return self._runner.call(leads.get_lead_config, timeout=timeout)

    def validate_for_lead_creation(
        self,
        body: models.LeadCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | None = None,
    ) -> models.LeadValidationResult:
        """Validate lead data (blocking; see :func:`perfectgym_async.api.leads.validate_for_lead_creation`)."""
        return self._runner.call(leads.validate_for_lead_creation, body=body, timeout=timeout)


class Client(SyncClientBase):
    """Blocking client of the PerfectGym Next Open API, for code that is not async.

    Runs an :class:`~perfectgym_async.AsyncClient` on an event loop in a
    background thread. One instance per tenant, shared by any number of threads
    (and usable from code that is itself called inside a running event loop).
    Use it as ``with Client(base_url, api_key) as client:`` or call ``close()``.
    Operations are grouped by API tag, as on the async client:
    ``client.appointments.get_bookable_appointments(slice_size=50)``.

    The options are those of ``AsyncClient`` except ``session``: an aiohttp
    session belongs to the event loop that created it, and this one's loop is private.
    """

    appointments: AppointmentsSyncNamespace
    customers: CustomersSyncNamespace
    customers_account: CustomersAccountSyncNamespace
    leads: LeadsSyncNamespace

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: Timeout | float | None = _UNSET,
        max_retries: int = _constants.DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        rate_limit: RateLimit | None = _UNSET,
        language: str | None = None,
        connection_limit: int = _constants.DEFAULT_CONNECTION_LIMIT,
        max_response_size: int = _constants.DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        super().__init__(
            AsyncClient(
                base_url,
                api_key,
                timeout=timeout,
                max_retries=max_retries,
                retry_policy=retry_policy,
                rate_limit=rate_limit,
                language=language,
                connection_limit=connection_limit,
                max_response_size=max_response_size,
            )
        )
        self.appointments = AppointmentsSyncNamespace(self._runner)
        self.customers = CustomersSyncNamespace(self._runner)
        self.customers_account = CustomersAccountSyncNamespace(self._runner)
        self.leads = LeadsSyncNamespace(self._runner)
