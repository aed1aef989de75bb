"""``Client``: the blocking twin of ``AsyncClient``, one namespace per API tag.

Every method runs the async endpoint function on the client's event-loop thread
and waits for it (see ``perfectgym_async._sync``), so parameters, results and
exceptions are exactly those of the async side; ``iter_*`` methods return
ordinary iterators.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import aiohttp

# Endpoint modules load on first use of their namespace, not when the SDK is imported.
from . import _constants, api, models
from ._client import AsyncClient
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._sync import SyncClientBase, SyncRunner, _loop_thread_error
from ._transport import _UNSET, AsyncTransport
from ._upload import FileInput
from .errors import ClientClosedError
from .types import Page, Timeout

if TYPE_CHECKING:
    from ._raw import RawResponses

__all__ = ["Client"]

_R = TypeVar("_R")


class AppointmentsSyncNamespace:
    """Bookable appointments, their slots and appointment bookings."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def book_appointment_booking(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AppointmentBookingResult:
        """Book an appointment (blocking; see :func:`perfectgym_async.api.appointments.book_appointment_booking`)."""
        return self._runner.call(
            api.appointments.book_appointment_booking, body=body, timeout=timeout, deadline=deadline
        )

    def delete_appointment_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Delete an appointment booking (blocking; see :func:`perfectgym_async.api.appointments.delete_appointment_booking`)."""
        return self._runner.call(
            api.appointments.delete_appointment_booking,
            booking_id=booking_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_appointment_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AppointmentBookingResultWithCustomerId:
        """Get an appointment booking (blocking; see :func:`perfectgym_async.api.appointments.get_appointment_booking`)."""
        return self._runner.call(
            api.appointments.get_appointment_booking,
            booking_id=booking_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_appointment_bookings(
        self,
        *,
        customer_id: int,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.AppointmentBookingResult]:
        """List a customer's appointment bookings (blocking; see :func:`perfectgym_async.api.appointments.get_appointment_bookings`)."""
        return self._runner.call(
            api.appointments.get_appointment_bookings,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_bookable_appointment(
        self,
        bookable_appointment_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.BookableAppointment:
        """Get a bookable appointment (blocking; see :func:`perfectgym_async.api.appointments.get_bookable_appointment`)."""
        return self._runner.call(
            api.appointments.get_bookable_appointment,
            bookable_appointment_id=bookable_appointment_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_bookable_appointment_slots(
        self,
        bookable_appointment_id: int,
        *,
        customer_id: int | None = None,
        days_ahead: int | None = None,
        slot_window_start_date: date | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.BookableAppointmentSlot]:
        """List slots of a bookable appointment (blocking; see :func:`perfectgym_async.api.appointments.get_bookable_appointment_slots`)."""
        return self._runner.call(
            api.appointments.get_bookable_appointment_slots,
            bookable_appointment_id=bookable_appointment_id,
            customer_id=customer_id,
            days_ahead=days_ahead,
            slot_window_start_date=slot_window_start_date,
            timeout=timeout,
            deadline=deadline,
        )

    def get_bookable_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.BookableAppointment]:
        """List bookable appointments (blocking; see :func:`perfectgym_async.api.appointments.get_bookable_appointments`)."""
        return self._runner.call(
            api.appointments.get_bookable_appointments,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_bookable_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.BookableAppointment, None, None]:
        """Every item of ``getBookableAppointments``, slice by slice (see :func:`perfectgym_async.api.appointments.iter_bookable_appointments`)."""
        return self._runner.iterate(
            api.appointments.iter_bookable_appointments,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def validate_for_appointment_booking(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AppointmentBookingValidationResult:
        """Validate an appointment booking (blocking; see :func:`perfectgym_async.api.appointments.validate_for_appointment_booking`)."""
        return self._runner.call(
            api.appointments.validate_for_appointment_booking,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class CheckinVouchersSyncNamespace:
    """Redemption of check-in vouchers."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def redeem_checkin_voucher(
        self,
        body: models.CheckinVoucherRedeem | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CheckinVoucherRedeemResultDto:
        """Redeem a check-in voucher (blocking; see :func:`perfectgym_async.api.checkin_vouchers.redeem_checkin_voucher`)."""
        return self._runner.call(
            api.checkin_vouchers.redeem_checkin_voucher,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class ClassesSyncNamespace:
    """Classes, their slots and class bookings."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def book_class_slot(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlotBookingResult:
        """Book a class slot (blocking; see :func:`perfectgym_async.api.classes.book_class_slot`)."""
        return self._runner.call(
            api.classes.book_class_slot, body=body, timeout=timeout, deadline=deadline
        )

    def cancel_class_slot_by_id(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel a class booking (blocking; see :func:`perfectgym_async.api.classes.cancel_class_slot_by_id`)."""
        return self._runner.call(
            api.classes.cancel_class_slot_by_id,
            booking_id=booking_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_active_classes(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.Class]:
        """List classes (blocking; see :func:`perfectgym_async.api.classes.get_active_classes`)."""
        return self._runner.call(
            api.classes.get_active_classes,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_active_classes(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.Class, None, None]:
        """Every item of ``getActiveClasses``, slice by slice (see :func:`perfectgym_async.api.classes.iter_active_classes`)."""
        return self._runner.iterate(
            api.classes.iter_active_classes,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def get_class_booking_by_id(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlotBookingResult:
        """Get a class booking (blocking; see :func:`perfectgym_async.api.classes.get_class_booking_by_id`)."""
        return self._runner.call(
            api.classes.get_class_booking_by_id,
            booking_id=booking_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_class_bookings_by_customer_id(
        self,
        *,
        customer_id: int,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.ClassSlotBookingResult]:
        """List a customer's class bookings (blocking; see :func:`perfectgym_async.api.classes.get_class_bookings_by_customer_id`)."""
        return self._runner.call(
            api.classes.get_class_bookings_by_customer_id,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_class_by_id(
        self,
        class_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.Class:
        """Get a class (blocking; see :func:`perfectgym_async.api.classes.get_class_by_id`)."""
        return self._runner.call(
            api.classes.get_class_by_id, class_id=class_id, timeout=timeout, deadline=deadline
        )

    def get_class_slot_by_id(
        self,
        class_id: int,
        class_slot_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlot:
        """Get a class slot (blocking; see :func:`perfectgym_async.api.classes.get_class_slot_by_id`)."""
        return self._runner.call(
            api.classes.get_class_slot_by_id,
            class_id=class_id,
            class_slot_id=class_slot_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_class_slots(
        self,
        class_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.ClassSlot]:
        """List slots of a class (blocking; see :func:`perfectgym_async.api.classes.get_class_slots`)."""
        return self._runner.call(
            api.classes.get_class_slots,
            class_id=class_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_class_slots(
        self,
        class_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.ClassSlot, None, None]:
        """Every item of ``getClassSlots``, slice by slice (see :func:`perfectgym_async.api.classes.iter_class_slots`)."""
        return self._runner.iterate(
            api.classes.iter_class_slots,
            class_id=class_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def get_class_slots_for_multiple_classes(
        self,
        *,
        days_ahead: int | None = None,
        slot_window_start_date: date | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.ClassSlot]:
        """List slots of all classes (blocking; see :func:`perfectgym_async.api.classes.get_class_slots_for_multiple_classes`)."""
        return self._runner.call(
            api.classes.get_class_slots_for_multiple_classes,
            days_ahead=days_ahead,
            slot_window_start_date=slot_window_start_date,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_class_slots_for_multiple_classes(
        self,
        *,
        days_ahead: int | None = None,
        slot_window_start_date: date | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.ClassSlot, None, None]:
        """Every item of ``getClassSlotsForMultipleClasses``, slice by slice (see :func:`perfectgym_async.api.classes.iter_class_slots_for_multiple_classes`)."""
        return self._runner.iterate(
            api.classes.iter_class_slots_for_multiple_classes,
            days_ahead=days_ahead,
            slot_window_start_date=slot_window_start_date,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def validate_class_slot(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlotBookingValidationResult:
        """Validate a class booking (blocking; see :func:`perfectgym_async.api.classes.validate_class_slot`)."""
        return self._runner.call(
            api.classes.validate_class_slot, body=body, timeout=timeout, deadline=deadline
        )


class CrossStudioSyncNamespace:
    """Customers, check-ins and membership offers across partner studios."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_cross_studio_customer_by(
        self,
        *,
        card_number: str | None = None,
        card_number_format: models.CardNumberFormat | str | None = None,
        debtor_id: str | None = None,
        barcode: str | None = None,
        pin: str | None = None,
        customer_number: str | None = None,
        qr_code_uuid: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.Customer:
        """Find a customer across studios by an identifier (blocking; see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customer_by`)."""
        return self._runner.call(
            api.cross_studio.get_cross_studio_customer_by,
            card_number=card_number,
            card_number_format=card_number_format,
            debtor_id=debtor_id,
            barcode=barcode,
            pin=pin,
            customer_number=customer_number,
            qr_code_uuid=qr_code_uuid,
            timeout=timeout,
            deadline=deadline,
        )

    def get_cross_studio_customer_by_id(
        self,
        customer_id: int,
        *,
        card_number_format: models.CardNumberFormat | str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.Customer:
        """Get a customer across studios (blocking; see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customer_by_id`)."""
        return self._runner.call(
            api.cross_studio.get_cross_studio_customer_by_id,
            customer_id=customer_id,
            card_number_format=card_number_format,
            timeout=timeout,
            deadline=deadline,
        )

    def get_cross_studio_customers_checkin_history(
        self,
        customer_id: int,
        *,
        from_date: date | None = None,
        to_date: date | None = None,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.CustomerCheckin]:
        """List a customer's check-ins across studios (blocking; see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customers_checkin_history`)."""
        return self._runner.call(
            api.cross_studio.get_cross_studio_customers_checkin_history,
            customer_id=customer_id,
            from_date=from_date,
            to_date=to_date,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_cross_studio_customers_checkin_history(
        self,
        customer_id: int,
        *,
        from_date: date | None = None,
        to_date: date | None = None,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.CustomerCheckin, None, None]:
        """Every item of ``getCrossStudioCustomersCheckinHistory``, slice by slice (see :func:`perfectgym_async.api.cross_studio.iter_cross_studio_customers_checkin_history`)."""
        return self._runner.iterate(
            api.cross_studio.iter_cross_studio_customers_checkin_history,
            customer_id=customer_id,
            from_date=from_date,
            to_date=to_date,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    def get_studios_with_active_membership_offers(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.StudioInformationBase]:
        """List studios that sell memberships (blocking; see :func:`perfectgym_async.api.cross_studio.get_studios_with_active_membership_offers`)."""
        return self._runner.call(
            api.cross_studio.get_studios_with_active_membership_offers,
            timeout=timeout,
            deadline=deadline,
        )

    def search_cross_studio_customers(
        self,
        body: models.CustomerSearchRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Customer]:
        """Search customers across studios (blocking; see :func:`perfectgym_async.api.cross_studio.search_cross_studio_customers`)."""
        return self._runner.call(
            api.cross_studio.search_cross_studio_customers,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class CustomersSyncNamespace:
    """Customer data, contracts, documents, access media, benefits and check-ins."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def add_access_medium(
        self,
        customer_id: int,
        body: models.AccessMediumDto | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AccessMediumDto:
        """Add an access medium to a customer (deprecated) (deprecated by the API) (blocking; see :func:`perfectgym_async.api.customers.add_access_medium`)."""
        warnings.warn(
            "addAccessMedium (PUT /v1/customers/{customerId}/access-medium) is deprecated by the API",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._runner.call(
            api.customers._add_access_medium_unwarned,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def add_access_mediums(
        self,
        customer_id: int,
        body: models.AccessMediumDto | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AccessMediumDto:
        """Add an access medium to a customer (blocking; see :func:`perfectgym_async.api.customers.add_access_mediums`)."""
        return self._runner.call(
            api.customers.add_access_mediums,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def create_customer(
        self,
        body: models.MembershipSignupCustomer | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerCreateResult:
        """Create a customer (blocking; see :func:`perfectgym_async.api.customers.create_customer`)."""
        return self._runner.call(
            api.customers.create_customer, body=body, timeout=timeout, deadline=deadline
        )

    def create_customer_weighing(
        self,
        customer_id: int,
        body: models.CustomerWeighings | Mapping[str, Any],
        *,
        benefit_key: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerWeighings:
        """Save a customer's weighing results (blocking; see :func:`perfectgym_async.api.customers.create_customer_weighing`)."""
        return self._runner.call(
            api.customers.create_customer_weighing,
            customer_id=customer_id,
            body=body,
            benefit_key=benefit_key,
            timeout=timeout,
            deadline=deadline,
        )

    def delete_access_mediums(
        self,
        customer_id: int,
        access_medium_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a customer's access medium (blocking; see :func:`perfectgym_async.api.customers.delete_access_mediums`)."""
        return self._runner.call(
            api.customers.delete_access_mediums,
            customer_id=customer_id,
            access_medium_id=access_medium_id,
            timeout=timeout,
            deadline=deadline,
        )

    def delete_access_restriction(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a customer's access restriction (blocking; see :func:`perfectgym_async.api.customers.delete_access_restriction`)."""
        return self._runner.call(
            api.customers.delete_access_restriction,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_additional_information_fields(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.AdditionalInformationField]:
        """List additional information fields (blocking; see :func:`perfectgym_async.api.customers.get_additional_information_fields`)."""
        return self._runner.call(
            api.customers.get_additional_information_fields, timeout=timeout, deadline=deadline
        )

    def get_benefits(
        self,
        customer_id: int,
        *,
        key: Sequence[str] | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.BenefitValidationDto]:
        """Check a customer's benefits (blocking; see :func:`perfectgym_async.api.customers.get_benefits`)."""
        return self._runner.call(
            api.customers.get_benefits,
            customer_id=customer_id,
            key=key,
            timeout=timeout,
            deadline=deadline,
        )

    def get_benefits_by_card_number(
        self,
        *,
        card_number: str,
        card_number_format: models.CardNumberFormat | str | None = None,
        key: Sequence[str] | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.BenefitValidationDto]:
        """Check benefits of a customer found by card number (blocking; see :func:`perfectgym_async.api.customers.get_benefits_by_card_number`)."""
        return self._runner.call(
            api.customers.get_benefits_by_card_number,
            card_number=card_number,
            card_number_format=card_number_format,
            key=key,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customer_access_code(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerAccessCode:
        """Get a customer's access code (blocking; see :func:`perfectgym_async.api.customers.get_customer_access_code`)."""
        return self._runner.call(
            api.customers.get_customer_access_code,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customer_by(
        self,
        *,
        card_number: str | None = None,
        card_number_format: models.CardNumberFormat | str | None = None,
        debtor_id: str | None = None,
        barcode: str | None = None,
        pin: str | None = None,
        customer_number: str | None = None,
        qr_code_uuid: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.Customer:
        """Find a customer by an identifier (blocking; see :func:`perfectgym_async.api.customers.get_customer_by`)."""
        return self._runner.call(
            api.customers.get_customer_by,
            card_number=card_number,
            card_number_format=card_number_format,
            debtor_id=debtor_id,
            barcode=barcode,
            pin=pin,
            customer_number=customer_number,
            qr_code_uuid=qr_code_uuid,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customer_by_id(
        self,
        customer_id: int,
        *,
        card_number_format: models.CardNumberFormat | str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.Customer:
        """Get a customer (blocking; see :func:`perfectgym_async.api.customers.get_customer_by_id`)."""
        return self._runner.call(
            api.customers.get_customer_by_id,
            customer_id=customer_id,
            card_number_format=card_number_format,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customer_contracts_by(
        self,
        *,
        card_number: str | None = None,
        card_number_format: models.CardNumberFormat | str | None = None,
        debtor_id: str | None = None,
        barcode: str | None = None,
        pin: str | None = None,
        customer_number: str | None = None,
        status: models.ContractStatus | str | None = None,
        qr_code_uuid: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Contract]:
        """List contracts of a customer found by an identifier (blocking; see :func:`perfectgym_async.api.customers.get_customer_contracts_by`)."""
        return self._runner.call(
            api.customers.get_customer_contracts_by,
            card_number=card_number,
            card_number_format=card_number_format,
            debtor_id=debtor_id,
            barcode=barcode,
            pin=pin,
            customer_number=customer_number,
            status=status,
            qr_code_uuid=qr_code_uuid,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customer_measurement(
        self,
        *,
        card_number: str | None = None,
        card_number_format: models.CardNumberFormat | str | None = None,
        barcode: str | None = None,
        pin: str | None = None,
        qr_code_uuid: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.Measurement:
        """Get a customer's latest measurement (blocking; see :func:`perfectgym_async.api.customers.get_customer_measurement`)."""
        return self._runner.call(
            api.customers.get_customer_measurement,
            card_number=card_number,
            card_number_format=card_number_format,
            barcode=barcode,
            pin=pin,
            qr_code_uuid=qr_code_uuid,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customers(
        self,
        *,
        card_number_format: models.CardNumberFormat | str | None = None,
        last_offset_id: int | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        customer_status: models.CustomerStatus | str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.Customer]:
        """List customers (blocking; see :func:`perfectgym_async.api.customers.get_customers`)."""
        return self._runner.call(
            api.customers.get_customers,
            card_number_format=card_number_format,
            last_offset_id=last_offset_id,
            offset=offset,
            slice_size=slice_size,
            customer_status=customer_status,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_customers(
        self,
        *,
        card_number_format: models.CardNumberFormat | str | None = None,
        last_offset_id: int | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        customer_status: models.CustomerStatus | str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.Customer, None, None]:
        """Every item of ``getCustomers``, slice by slice (see :func:`perfectgym_async.api.customers.iter_customers`)."""
        return self._runner.iterate(
            api.customers.iter_customers,
            card_number_format=card_number_format,
            last_offset_id=last_offset_id,
            offset=offset,
            slice_size=slice_size,
            customer_status=customer_status,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customers_checkin_history(
        self,
        customer_id: int,
        *,
        from_date: date | None = None,
        to_date: date | None = None,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.CustomerCheckin]:
        """List a customer's check-ins (blocking; see :func:`perfectgym_async.api.customers.get_customers_checkin_history`)."""
        return self._runner.call(
            api.customers.get_customers_checkin_history,
            customer_id=customer_id,
            from_date=from_date,
            to_date=to_date,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_customers_checkin_history(
        self,
        customer_id: int,
        *,
        from_date: date | None = None,
        to_date: date | None = None,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.CustomerCheckin, None, None]:
        """Every item of ``getCustomersCheckinHistory``, slice by slice (see :func:`perfectgym_async.api.customers.iter_customers_checkin_history`)."""
        return self._runner.iterate(
            api.customers.iter_customers_checkin_history,
            customer_id=customer_id,
            from_date=from_date,
            to_date=to_date,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customers_contracts(
        self,
        customer_id: int,
        *,
        status: models.ContractStatus | str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Contract]:
        """List a customer's contracts (blocking; see :func:`perfectgym_async.api.customers.get_customers_contracts`)."""
        return self._runner.call(
            api.customers.get_customers_contracts,
            customer_id=customer_id,
            status=status,
            timeout=timeout,
            deadline=deadline,
        )

    def get_document_by_id(
        self,
        customer_id: int,
        id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerDocument:
        """Get a customer's document (blocking; see :func:`perfectgym_async.api.customers.get_document_by_id`)."""
        return self._runner.call(
            api.customers.get_document_by_id,
            customer_id=customer_id,
            id=id,
            timeout=timeout,
            deadline=deadline,
        )

    def download_document(
        self,
        customer_id: int,
        id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> bytes:
        """The file behind ``getDocumentById``'s link, as bytes (blocking; see :func:`perfectgym_async.api.customers.download_document`)."""
        return self._runner.call(
            api.customers.download_document,
            customer_id=customer_id,
            id=id,
            timeout=timeout,
            deadline=deadline,
        )

    def download_document_to(
        self,
        customer_id: int,
        id: int,
        *,
        destination: str | os.PathLike[str],
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> int:
        """Stream the file behind ``getDocumentById``'s link into ``destination`` (blocking; see :func:`perfectgym_async.api.customers.download_document_to`)."""
        return self._runner.call(
            api.customers.download_document_to,
            customer_id=customer_id,
            id=id,
            destination=destination,
            timeout=timeout,
            deadline=deadline,
        )

    def get_documents(
        self,
        customer_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.CustomerDocument]:
        """List a customer's documents (blocking; see :func:`perfectgym_async.api.customers.get_documents`)."""
        return self._runner.call(
            api.customers.get_documents,
            customer_id=customer_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_documents(
        self,
        customer_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.CustomerDocument, None, None]:
        """Every item of ``getDocuments``, slice by slice (see :func:`perfectgym_async.api.customers.iter_documents`)."""
        return self._runner.iterate(
            api.customers.iter_documents,
            customer_id=customer_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def search_customers(
        self,
        body: models.CustomerSearchRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Customer]:
        """Search customers (blocking; see :func:`perfectgym_async.api.customers.search_customers`)."""
        return self._runner.call(
            api.customers.search_customers, body=body, timeout=timeout, deadline=deadline
        )

    def set_access_restriction(
        self,
        customer_id: int,
        body: models.AccessRestriction | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AccessRestriction:
        """Set a customer's access restriction (blocking; see :func:`perfectgym_async.api.customers.set_access_restriction`)."""
        return self._runner.call(
            api.customers.set_access_restriction,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def set_additional_information_field_assignments(
        self,
        customer_id: int,
        body: Sequence[models.AdditionalInformationFieldAssignment | Mapping[str, Any]],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.AdditionalInformationFieldAssignment]:
        """Set a customer's additional information values (blocking; see :func:`perfectgym_async.api.customers.set_additional_information_field_assignments`)."""
        return self._runner.call(
            api.customers.set_additional_information_field_assignments,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def switch_studio(
        self,
        customer_id: int,
        body: models.OpenApiV1CustomerStudioSwitchRequestDto | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Move a customer to another studio (blocking; see :func:`perfectgym_async.api.customers.switch_studio`)."""
        return self._runner.call(
            api.customers.switch_studio,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def update_access_mediums(
        self,
        customer_id: int,
        access_medium_id: int,
        body: models.UpdateAccessIdentificationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AccessMediumDto:
        """Update a customer's access medium (blocking; see :func:`perfectgym_async.api.customers.update_access_mediums`)."""
        return self._runner.call(
            api.customers.update_access_mediums,
            customer_id=customer_id,
            access_medium_id=access_medium_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def update_image(
        self,
        customer_id: int,
        image: FileInput,
        *,
        filename: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerImage:
        """Upload a customer's profile image (blocking; see :func:`perfectgym_async.api.customers.update_image`)."""
        return self._runner.call(
            api.customers.update_image,
            customer_id=customer_id,
            image=image,
            filename=filename,
            timeout=timeout,
            deadline=deadline,
        )

    def upload_document(
        self,
        customer_id: int,
        file: FileInput,
        *,
        description: str | None = None,
        filename: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerDocumentUploadResult:
        """Upload a document for a customer (blocking; see :func:`perfectgym_async.api.customers.upload_document`)."""
        return self._runner.call(
            api.customers.upload_document,
            customer_id=customer_id,
            file=file,
            description=description,
            filename=filename,
            timeout=timeout,
            deadline=deadline,
        )

    def use_benefit(
        self,
        customer_id: int,
        benefit_key: str,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Use a customer's benefit (blocking; see :func:`perfectgym_async.api.customers.use_benefit`)."""
        return self._runner.call(
            api.customers.use_benefit,
            customer_id=customer_id,
            benefit_key=benefit_key,
            timeout=timeout,
            deadline=deadline,
        )


class CustomersAccountSyncNamespace:
    """Balances, transactions and payments of a customer's account."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def book_customer_payment(
        self,
        customer_id: int,
        body: models.BookCustomerPaymentRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.BookCustomerPaymentResponse:
        """Book a payment for a customer (blocking; see :func:`perfectgym_async.api.customers_account.book_customer_payment`)."""
        return self._runner.call(
            api.customers_account.book_customer_payment,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customers_account_balance_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerAccountBalance:
        """Get a customer's account balance (blocking; see :func:`perfectgym_async.api.customers_account.get_customers_account_balance_data`)."""
        return self._runner.call(
            api.customers_account.get_customers_account_balance_data,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customers_account_transaction_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.BookingEntry]:
        """List a customer's past transactions (blocking; see :func:`perfectgym_async.api.customers_account.get_customers_account_transaction_data`)."""
        return self._runner.call(
            api.customers_account.get_customers_account_transaction_data,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_customers_account_transaction_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.BookingEntry, None, None]:
        """Every item of ``getCustomersAccountTransactionData``, slice by slice (see :func:`perfectgym_async.api.customers_account.iter_customers_account_transaction_data`)."""
        return self._runner.iterate(
            api.customers_account.iter_customers_account_transaction_data,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customers_account_upcoming_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.BookingEntry]:
        """List a customer's upcoming transactions (blocking; see :func:`perfectgym_async.api.customers_account.get_customers_account_upcoming_data`)."""
        return self._runner.call(
            api.customers_account.get_customers_account_upcoming_data,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_customers_account_upcoming_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.BookingEntry, None, None]:
        """Every item of ``getCustomersAccountUpcomingData``, slice by slice (see :func:`perfectgym_async.api.customers_account.iter_customers_account_upcoming_data`)."""
        return self._runner.iterate(
            api.customers_account.iter_customers_account_upcoming_data,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    def update_customer_payment_instrument(
        self,
        customer_id: int,
        body: models.PaymentsUpdateCustomerPaymentInstrumentRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.UpdateCustomerPaymentInstrumentResponseDto:
        """Update a customer's payment instrument (blocking; see :func:`perfectgym_async.api.customers_account.update_customer_payment_instrument`)."""
        return self._runner.call(
            api.customers_account.update_customer_payment_instrument,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class CustomersCommunicationSyncNamespace:
    """Communication preferences and message threads with a customer."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_communication_in_existing_communication_thread(
        self,
        customer_id: int,
        thread_id: int,
        body: models.CommunicationThreadRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CommunicationThreadResponse:
        """Add a communication to a thread (blocking; see :func:`perfectgym_async.api.customers_communication.create_communication_in_existing_communication_thread`)."""
        return self._runner.call(
            api.customers_communication.create_communication_in_existing_communication_thread,
            customer_id=customer_id,
            thread_id=thread_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def create_communication_in_new_communication_thread(
        self,
        customer_id: int,
        body: models.CommunicationThreadRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CommunicationThreadResponse:
        """Start a communication thread (blocking; see :func:`perfectgym_async.api.customers_communication.create_communication_in_new_communication_thread`)."""
        return self._runner.call(
            api.customers_communication.create_communication_in_new_communication_thread,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def get_communication_preferences(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.CommunicationPreference]:
        """Get a customer's communication preferences (blocking; see :func:`perfectgym_async.api.customers_communication.get_communication_preferences`)."""
        return self._runner.call(
            api.customers_communication.get_communication_preferences,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def update_communication_preferences(
        self,
        customer_id: int,
        body: Sequence[models.CommunicationPreference | Mapping[str, Any]],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.CommunicationPreference]:
        """Update a customer's communication preferences (blocking; see :func:`perfectgym_async.api.customers_communication.update_communication_preferences`)."""
        return self._runner.call(
            api.customers_communication.update_communication_preferences,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class CustomersSelfServiceSyncNamespace:
    """Customer-driven changes to contact, address, master and payment data."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_customer_address_data_amendment(
        self,
        customer_id: int,
        body: models.CustomerAddressData | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData:
        """Request a change of a customer's address (blocking; see :func:`perfectgym_async.api.customers_self_service.create_customer_address_data_amendment`)."""
        return self._runner.call(
            api.customers_self_service.create_customer_address_data_amendment,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def create_customer_contact_data_amendment(
        self,
        customer_id: int,
        body: models.CustomerContactData | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData:
        """Request a change of a customer's contact data (blocking; see :func:`perfectgym_async.api.customers_self_service.create_customer_contact_data_amendment`)."""
        return self._runner.call(
            api.customers_self_service.create_customer_contact_data_amendment,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def create_customer_master_data_amendment(
        self,
        customer_id: int,
        body: models.CustomerMasterData | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData:
        """Request a change of a customer's master data (blocking; see :func:`perfectgym_async.api.customers_self_service.create_customer_master_data_amendment`)."""
        return self._runner.call(
            api.customers_self_service.create_customer_master_data_amendment,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def create_customer_payment_data_amendment(
        self,
        customer_id: int,
        body: models.OpenApiV1CustomerPaymentAmendment | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData:
        """Request a change of a customer's bank details (blocking; see :func:`perfectgym_async.api.customers_self_service.create_customer_payment_data_amendment`)."""
        return self._runner.call(
            api.customers_self_service.create_customer_payment_data_amendment,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customer_address_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataDtoCustomerAddressData:
        """Get a customer's address data (blocking; see :func:`perfectgym_async.api.customers_self_service.get_customer_address_data`)."""
        return self._runner.call(
            api.customers_self_service.get_customer_address_data,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customer_contact_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataDtoCustomerContactData:
        """Get a customer's contact data (blocking; see :func:`perfectgym_async.api.customers_self_service.get_customer_contact_data`)."""
        return self._runner.call(
            api.customers_self_service.get_customer_contact_data,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customer_master_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataDtoCustomerMasterData:
        """Get a customer's master data (blocking; see :func:`perfectgym_async.api.customers_self_service.get_customer_master_data`)."""
        return self._runner.call(
            api.customers_self_service.get_customer_master_data,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_customer_payment_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataDtoCustomerPaymentData:
        """Get a customer's payment data (blocking; see :func:`perfectgym_async.api.customers_self_service.get_customer_payment_data`)."""
        return self._runner.call(
            api.customers_self_service.get_customer_payment_data,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def withdraw_amendment(
        self,
        customer_id: int,
        amendment_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Withdraw a customer's amendment (blocking; see :func:`perfectgym_async.api.customers_self_service.withdraw_amendment`)."""
        return self._runner.call(
            api.customers_self_service.withdraw_amendment,
            customer_id=customer_id,
            amendment_id=amendment_id,
            timeout=timeout,
            deadline=deadline,
        )


class DevicesSyncNamespace:
    """Devices registered for the studio and their activation."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def activate_device(
        self,
        device_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.DeviceActivationResponse:
        """Activate a device (blocking; see :func:`perfectgym_async.api.devices.activate_device`)."""
        return self._runner.call(
            api.devices.activate_device, device_id=device_id, timeout=timeout, deadline=deadline
        )

    def get_devices(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Device]:
        """List devices (blocking; see :func:`perfectgym_async.api.devices.get_devices`)."""
        return self._runner.call(api.devices.get_devices, timeout=timeout, deadline=deadline)


class EmployeesSyncNamespace:
    """Employees of the studio."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_employee(
        self,
        id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.Employee:
        """Get an employee (blocking; see :func:`perfectgym_async.api.employees.get_employee`)."""
        return self._runner.call(
            api.employees.get_employee, id=id, timeout=timeout, deadline=deadline
        )

    def get_employees(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.Employee]:
        """List employees (blocking; see :func:`perfectgym_async.api.employees.get_employees`)."""
        return self._runner.call(
            api.employees.get_employees,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_employees(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.Employee, None, None]:
        """Every item of ``getEmployees``, slice by slice (see :func:`perfectgym_async.api.employees.iter_employees`)."""
        return self._runner.iterate(
            api.employees.iter_employees,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )


class FinanceSyncNamespace:
    """Debt collection runs, cases and blocked debtors, plus tax advisor exports."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def confirm_transfer(
        self,
        debt_collection_run_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Confirm retrieval of a transfer (blocking; see :func:`perfectgym_async.api.finance.confirm_transfer`)."""
        return self._runner.call(
            api.finance.confirm_transfer,
            debt_collection_run_id=debt_collection_run_id,
            timeout=timeout,
            deadline=deadline,
        )

    def create_export(
        self,
        body: models.TaxAdvisorCreateExport | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TaxAdvisorExportResult:
        """Create a tax advisor export (blocking; see :func:`perfectgym_async.api.finance.create_export`)."""
        return self._runner.call(
            api.finance.create_export, body=body, timeout=timeout, deadline=deadline
        )

    def get_debt_collection_blocked_debtors(
        self,
        *,
        debtor_id: Sequence[str] | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.DebtorId]:
        """List blocked debtors (blocking; see :func:`perfectgym_async.api.finance.get_debt_collection_blocked_debtors`)."""
        return self._runner.call(
            api.finance.get_debt_collection_blocked_debtors,
            debtor_id=debtor_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_debt_collection_blocked_debtors(
        self,
        *,
        debtor_id: Sequence[str] | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.DebtorId, None, None]:
        """Every item of ``getDebtCollectionBlockedDebtors``, slice by slice (see :func:`perfectgym_async.api.finance.iter_debt_collection_blocked_debtors`)."""
        return self._runner.iterate(
            api.finance.iter_debt_collection_blocked_debtors,
            debtor_id=debtor_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def get_debt_collection_blocked_debts(
        self,
        *,
        debt_id: Sequence[str] | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.DebtorId]:
        """List blocked debts (blocking; see :func:`perfectgym_async.api.finance.get_debt_collection_blocked_debts`)."""
        return self._runner.call(
            api.finance.get_debt_collection_blocked_debts,
            debt_id=debt_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_debt_collection_blocked_debts(
        self,
        *,
        debt_id: Sequence[str] | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.DebtorId, None, None]:
        """Every item of ``getDebtCollectionBlockedDebts``, slice by slice (see :func:`perfectgym_async.api.finance.iter_debt_collection_blocked_debts`)."""
        return self._runner.iterate(
            api.finance.iter_debt_collection_blocked_debts,
            debt_id=debt_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def get_debt_collection_cases(
        self,
        *,
        debtor_id: Sequence[str] | None = None,
        collection_case_id: Sequence[str] | None = None,
        agency_collection_case_id: Sequence[str] | None = None,
        case_adjustment_request_id: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.DebtorUpdate]:
        """Get debt collection cases (blocking; see :func:`perfectgym_async.api.finance.get_debt_collection_cases`)."""
        return self._runner.call(
            api.finance.get_debt_collection_cases,
            debtor_id=debtor_id,
            collection_case_id=collection_case_id,
            agency_collection_case_id=agency_collection_case_id,
            case_adjustment_request_id=case_adjustment_request_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_debt_collection_configuration(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.DebtCollectionConfiguration:
        """Get the debt collection configuration (blocking; see :func:`perfectgym_async.api.finance.get_debt_collection_configuration`)."""
        return self._runner.call(
            api.finance.get_debt_collection_configuration, timeout=timeout, deadline=deadline
        )

    def get_debtors(
        self,
        debt_collection_run_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.Debtor]:
        """List debtors of a debt collection run (blocking; see :func:`perfectgym_async.api.finance.get_debtors`)."""
        return self._runner.call(
            api.finance.get_debtors,
            debt_collection_run_id=debt_collection_run_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_debtors(
        self,
        debt_collection_run_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.Debtor, None, None]:
        """Every item of ``getDebtors``, slice by slice (see :func:`perfectgym_async.api.finance.iter_debtors`)."""
        return self._runner.iterate(
            api.finance.iter_debtors,
            debt_collection_run_id=debt_collection_run_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def get_export(
        self,
        export_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TaxAdvisorExportDownload:
        """Get a tax advisor export (blocking; see :func:`perfectgym_async.api.finance.get_export`)."""
        return self._runner.call(
            api.finance.get_export, export_id=export_id, timeout=timeout, deadline=deadline
        )

    def get_transfer_details(
        self,
        debt_collection_run_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TransferDetails:
        """Get the details of a transfer (blocking; see :func:`perfectgym_async.api.finance.get_transfer_details`)."""
        return self._runner.call(
            api.finance.get_transfer_details,
            debt_collection_run_id=debt_collection_run_id,
            timeout=timeout,
            deadline=deadline,
        )

    def update_debt_collection(
        self,
        body: models.DebtCollectionUpdate | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update debt collection cases (blocking; see :func:`perfectgym_async.api.finance.update_debt_collection`)."""
        return self._runner.call(
            api.finance.update_debt_collection, body=body, timeout=timeout, deadline=deadline
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
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.LeadCreationResult:
        """Create a lead (blocking; see :func:`perfectgym_async.api.leads.create_lead`)."""
        return self._runner.call(
            api.leads.create_lead, body=body, timeout=timeout, deadline=deadline
        )

    def get_lead_config(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.LeadConfig:
        """Get the lead configuration (blocking; see :func:`perfectgym_async.api.leads.get_lead_config`)."""
        return self._runner.call(api.leads.get_lead_config, timeout=timeout, deadline=deadline)

    def validate_for_lead_creation(
        self,
        body: models.LeadCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.LeadValidationResult:
        """Validate lead data (blocking; see :func:`perfectgym_async.api.leads.validate_for_lead_creation`)."""
        return self._runner.call(
            api.leads.validate_for_lead_creation, body=body, timeout=timeout, deadline=deadline
        )


class MembershipSelfServiceSyncNamespace:
    """Contract data, cancelations, idle periods and additional modules managed by the member."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_contract_cancelation_amendment(
        self,
        customer_id: int,
        body: models.MembershipSelfServiceMainContractCancelation | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Cancel a main contract (blocking; see :func:`perfectgym_async.api.membership_self_service.create_contract_cancelation_amendment`)."""
        return self._runner.call(
            api.membership_self_service.create_contract_cancelation_amendment,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def create_idle_period_amendment(
        self,
        contract_id: int,
        data: models.IdlePeriodRequest | Mapping[str, Any],
        document: FileInput | None = None,
        *,
        filename: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriod:
        """Request an idle period (blocking; see :func:`perfectgym_async.api.membership_self_service.create_idle_period_amendment`)."""
        return self._runner.call(
            api.membership_self_service.create_idle_period_amendment,
            contract_id=contract_id,
            data=data,
            document=document,
            filename=filename,
            timeout=timeout,
            deadline=deadline,
        )

    def create_module_contract_cancelation_amendment(
        self,
        contract_id: int,
        additional_module_contract_id: int,
        body: models.AdditionalModuleContractCancelation | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Cancel an additional module contract (blocking; see :func:`perfectgym_async.api.membership_self_service.create_module_contract_cancelation_amendment`)."""
        return self._runner.call(
            api.membership_self_service.create_module_contract_cancelation_amendment,
            contract_id=contract_id,
            additional_module_contract_id=additional_module_contract_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def get_additional_module_contract(
        self,
        contract_id: int,
        additional_module_contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AdditionalModuleContractExtended:
        """Get an additional module contract (blocking; see :func:`perfectgym_async.api.membership_self_service.get_additional_module_contract`)."""
        return self._runner.call(
            api.membership_self_service.get_additional_module_contract,
            contract_id=contract_id,
            additional_module_contract_id=additional_module_contract_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_additional_modules(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.AdditionalModule]:
        """List additional modules (blocking; see :func:`perfectgym_async.api.membership_self_service.get_additional_modules`)."""
        return self._runner.call(
            api.membership_self_service.get_additional_modules, timeout=timeout, deadline=deadline
        )

    def get_contract_cancelation_reason_data(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.ContractCancelationReason]:
        """List contract cancelation reasons (blocking; see :func:`perfectgym_async.api.membership_self_service.get_contract_cancelation_reason_data`)."""
        return self._runner.call(
            api.membership_self_service.get_contract_cancelation_reason_data,
            timeout=timeout,
            deadline=deadline,
        )

    def get_contract_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.MembershipSelfServiceContractData]:
        """Get a customer's contract data (blocking; see :func:`perfectgym_async.api.membership_self_service.get_contract_data`)."""
        return self._runner.call(
            api.membership_self_service.get_contract_data,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_idle_period_by_id(
        self,
        contract_id: int,
        idle_period_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriod:
        """Get an idle period of a contract (blocking; see :func:`perfectgym_async.api.membership_self_service.get_idle_period_by_id`)."""
        return self._runner.call(
            api.membership_self_service.get_idle_period_by_id,
            contract_id=contract_id,
            idle_period_id=idle_period_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_idle_period_config(
        self,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriodConfiguration:
        """Get the idle period configuration of a contract (blocking; see :func:`perfectgym_async.api.membership_self_service.get_idle_period_config`)."""
        return self._runner.call(
            api.membership_self_service.get_idle_period_config,
            contract_id=contract_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_idle_periods(
        self,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriodLists:
        """List the idle periods of a contract (blocking; see :func:`perfectgym_async.api.membership_self_service.get_idle_periods`)."""
        return self._runner.call(
            api.membership_self_service.get_idle_periods,
            contract_id=contract_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_purchasable_additional_modules(
        self,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.AdditionalModule]:
        """List purchasable additional modules (blocking; see :func:`perfectgym_async.api.membership_self_service.get_purchasable_additional_modules`)."""
        return self._runner.call(
            api.membership_self_service.get_purchasable_additional_modules,
            contract_id=contract_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_remaining_idle_periods(
        self,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.RemainingIdlePeriods:
        """Get a contract's remaining idle periods (blocking; see :func:`perfectgym_async.api.membership_self_service.get_remaining_idle_periods`)."""
        return self._runner.call(
            api.membership_self_service.get_remaining_idle_periods,
            contract_id=contract_id,
            timeout=timeout,
            deadline=deadline,
        )

    def idle_period_update_preview(
        self,
        contract_id: int,
        idle_period_id: int,
        body: models.IdlePeriodUpdateRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriodUpdatePreview:
        """Preview an idle period update (blocking; see :func:`perfectgym_async.api.membership_self_service.idle_period_update_preview`)."""
        return self._runner.call(
            api.membership_self_service.idle_period_update_preview,
            contract_id=contract_id,
            idle_period_id=idle_period_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def purchase_additional_module_contract(
        self,
        contract_id: int,
        body: models.AdditionalModuleContractRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AdditionalModuleContract:
        """Buy an additional module (blocking; see :func:`perfectgym_async.api.membership_self_service.purchase_additional_module_contract`)."""
        return self._runner.call(
            api.membership_self_service.purchase_additional_module_contract,
            contract_id=contract_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def update_idle_period(
        self,
        contract_id: int,
        idle_period_id: int,
        data: models.IdlePeriodUpdateRequest | Mapping[str, Any],
        document: FileInput | None = None,
        *,
        filename: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriod:
        """Update an idle period (blocking; see :func:`perfectgym_async.api.membership_self_service.update_idle_period`)."""
        return self._runner.call(
            api.membership_self_service.update_idle_period,
            contract_id=contract_id,
            idle_period_id=idle_period_id,
            data=data,
            document=document,
            filename=filename,
            timeout=timeout,
            deadline=deadline,
        )

    def validate_additional_module_contract_request(
        self,
        contract_id: int,
        body: models.AdditionalModuleContractRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AdditionalModuleContractValidationStatus:
        """Validate an additional module purchase (blocking; see :func:`perfectgym_async.api.membership_self_service.validate_additional_module_contract_request`)."""
        return self._runner.call(
            api.membership_self_service.validate_additional_module_contract_request,
            contract_id=contract_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def validate_idle_period_request(
        self,
        contract_id: int,
        body: models.IdlePeriodValidationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriodValidationStatusResult:
        """Validate an idle period (blocking; see :func:`perfectgym_async.api.membership_self_service.validate_idle_period_request`)."""
        return self._runner.call(
            api.membership_self_service.validate_idle_period_request,
            contract_id=contract_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def withdraw_additional_module_contract_cancelation(
        self,
        contract_id: int,
        additional_module_contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Withdraw an additional module contract cancelation (blocking; see :func:`perfectgym_async.api.membership_self_service.withdraw_additional_module_contract_cancelation`)."""
        return self._runner.call(
            api.membership_self_service.withdraw_additional_module_contract_cancelation,
            contract_id=contract_id,
            additional_module_contract_id=additional_module_contract_id,
            timeout=timeout,
            deadline=deadline,
        )

    def withdraw_contract_cancelation(
        self,
        customer_id: int,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Withdraw a main contract cancelation (blocking; see :func:`perfectgym_async.api.membership_self_service.withdraw_contract_cancelation`)."""
        return self._runner.call(
            api.membership_self_service.withdraw_contract_cancelation,
            customer_id=customer_id,
            contract_id=contract_id,
            timeout=timeout,
            deadline=deadline,
        )

    def withdraw_idle_period(
        self,
        contract_id: int,
        idle_period_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Withdraw an idle period (blocking; see :func:`perfectgym_async.api.membership_self_service.withdraw_idle_period`)."""
        return self._runner.call(
            api.membership_self_service.withdraw_idle_period,
            contract_id=contract_id,
            idle_period_id=idle_period_id,
            timeout=timeout,
            deadline=deadline,
        )


class MembershipsSyncNamespace:
    """Membership offers, sign-ups, previews, additions and membership switches."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def add_membership(
        self,
        customer_id: int,
        body: models.MembershipSignupContract | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Add a membership to a customer (blocking; see :func:`perfectgym_async.api.memberships.add_membership`)."""
        return self._runner.call(
            api.memberships.add_membership,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def get_membership_offer_by_id(
        self,
        membership_offer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.MembershipOfferExtended:
        """Get a membership offer (blocking; see :func:`perfectgym_async.api.memberships.get_membership_offer_by_id`)."""
        return self._runner.call(
            api.memberships.get_membership_offer_by_id,
            membership_offer_id=membership_offer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_membership_offers(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.MembershipOffer]:
        """List membership offers (blocking; see :func:`perfectgym_async.api.memberships.get_membership_offers`)."""
        return self._runner.call(
            api.memberships.get_membership_offers, timeout=timeout, deadline=deadline
        )

    def get_membership_switch_configuration_for_customer(
        self,
        customer_id: int,
        config_id: int,
        *,
        studio_id: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1MembershipSwitchConfigExtended:
        """Get a membership switch configuration for a customer (blocking; see :func:`perfectgym_async.api.memberships.get_membership_switch_configuration_for_customer`)."""
        return self._runner.call(
            api.memberships.get_membership_switch_configuration_for_customer,
            customer_id=customer_id,
            config_id=config_id,
            studio_id=studio_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_membership_switch_configurations_for_customer(
        self,
        customer_id: int,
        *,
        studio_id: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.MembershipSwitchConfig]:
        """List membership switch configurations for a customer (blocking; see :func:`perfectgym_async.api.memberships.get_membership_switch_configurations_for_customer`)."""
        return self._runner.call(
            api.memberships.get_membership_switch_configurations_for_customer,
            customer_id=customer_id,
            studio_id=studio_id,
            timeout=timeout,
            deadline=deadline,
        )

    def post_membership_preview(
        self,
        customer_id: int,
        body: models.MembershipSignupContract | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1SignupPreviewDto:
        """Preview adding a membership to a customer (blocking; see :func:`perfectgym_async.api.memberships.post_membership_preview`)."""
        return self._runner.call(
            api.memberships.post_membership_preview,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def post_membership_switch_preview(
        self,
        customer_id: int,
        body: models.MembershipSwitch | Mapping[str, Any],
        *,
        studio_id: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.MembershipSwitchPreview:
        """Preview a membership switch (blocking; see :func:`perfectgym_async.api.memberships.post_membership_switch_preview`)."""
        return self._runner.call(
            api.memberships.post_membership_switch_preview,
            customer_id=customer_id,
            body=body,
            studio_id=studio_id,
            timeout=timeout,
            deadline=deadline,
        )

    def post_signup_preview(
        self,
        body: models.MembershipSignupRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1SignupPreviewDto:
        """Preview a membership sign-up (blocking; see :func:`perfectgym_async.api.memberships.post_signup_preview`)."""
        return self._runner.call(
            api.memberships.post_signup_preview, body=body, timeout=timeout, deadline=deadline
        )

    def signup_membership(
        self,
        body: models.MembershipSignupRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.MembershipSignupResult:
        """Sign up a new membership (blocking; see :func:`perfectgym_async.api.memberships.signup_membership`)."""
        return self._runner.call(
            api.memberships.signup_membership, body=body, timeout=timeout, deadline=deadline
        )

    def switch_membership(
        self,
        customer_id: int,
        body: models.MembershipSwitch | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Switch a membership (blocking; see :func:`perfectgym_async.api.memberships.switch_membership`)."""
        return self._runner.call(
            api.memberships.switch_membership,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class PaymentsSyncNamespace:
    """User payment sessions for the Universal Payment Component."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def user_session(
        self,
        body: models.PaymentsUserSessionRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.PaymentsUserSessionResponse:
        """Create a user payment session (blocking; see :func:`perfectgym_async.api.payments.user_session`)."""
        return self._runner.call(
            api.payments.user_session, body=body, timeout=timeout, deadline=deadline
        )


class StudiosSyncNamespace:
    """Studio information, utilization, tags and activation."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def confirm_activation(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Confirm the integration's activation (blocking; see :func:`perfectgym_async.api.studios.confirm_activation`)."""
        return self._runner.call(api.studios.confirm_activation, timeout=timeout, deadline=deadline)

    def get_all(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Tag]:
        """List available studio tags (blocking; see :func:`perfectgym_async.api.studios.get_all`)."""
        return self._runner.call(api.studios.get_all, timeout=timeout, deadline=deadline)

    def get_studio_information(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.StudioInformation:
        """Get studio information (blocking; see :func:`perfectgym_async.api.studios.get_studio_information`)."""
        return self._runner.call(
            api.studios.get_studio_information, timeout=timeout, deadline=deadline
        )

    def get_utilization(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.StudioUtilization:
        """Get studio utilization (blocking; see :func:`perfectgym_async.api.studios.get_utilization`)."""
        return self._runner.call(api.studios.get_utilization, timeout=timeout, deadline=deadline)

    def update_studio_tags(
        self,
        body: Sequence[models.Tag | Mapping[str, Any]],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Tag]:
        """Set the studio's tags (blocking; see :func:`perfectgym_async.api.studios.update_studio_tags`)."""
        return self._runner.call(
            api.studios.update_studio_tags, body=body, timeout=timeout, deadline=deadline
        )


class TrialOffersSyncNamespace:
    """Trial offer configuration, lead customers and trial bookings."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def book_appointment_for_trial_offer(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AppointmentBookingResult:
        """Book a trial offer appointment (blocking; see :func:`perfectgym_async.api.trial_offers.book_appointment_for_trial_offer`)."""
        return self._runner.call(
            api.trial_offers.book_appointment_for_trial_offer,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def book_class_slot_for_trial_offers(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlotBookingResult:
        """Book a trial offer class slot (blocking; see :func:`perfectgym_async.api.trial_offers.book_class_slot_for_trial_offers`)."""
        return self._runner.call(
            api.trial_offers.book_class_slot_for_trial_offers,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def confirm_trial_offer_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.BookingConfirmationResult:
        """Confirm a trial offer booking (blocking; see :func:`perfectgym_async.api.trial_offers.confirm_trial_offer_booking`)."""
        return self._runner.call(
            api.trial_offers.confirm_trial_offer_booking,
            booking_id=booking_id,
            timeout=timeout,
            deadline=deadline,
        )

    def create_lead_customer(
        self,
        body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TrialOfferLeadCustomerCreationResult:
        """Create a trial offer lead customer (blocking; see :func:`perfectgym_async.api.trial_offers.create_lead_customer`)."""
        return self._runner.call(
            api.trial_offers.create_lead_customer, body=body, timeout=timeout, deadline=deadline
        )

    def get_bookable_appointment_slots_for_trial_offers(
        self,
        bookable_appointment_id: int,
        *,
        customer_id: int | None = None,
        days_ahead: int | None = None,
        slot_window_start_date: date | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.BookableAppointmentSlot]:
        """List slots of a trial offer appointment (blocking; see :func:`perfectgym_async.api.trial_offers.get_bookable_appointment_slots_for_trial_offers`)."""
        return self._runner.call(
            api.trial_offers.get_bookable_appointment_slots_for_trial_offers,
            bookable_appointment_id=bookable_appointment_id,
            customer_id=customer_id,
            days_ahead=days_ahead,
            slot_window_start_date=slot_window_start_date,
            timeout=timeout,
            deadline=deadline,
        )

    def get_bookable_trial_offer_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.BookableTrialOfferAppointment]:
        """List bookable trial offer appointments (blocking; see :func:`perfectgym_async.api.trial_offers.get_bookable_trial_offer_appointments`)."""
        return self._runner.call(
            api.trial_offers.get_bookable_trial_offer_appointments,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_bookable_trial_offer_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.BookableTrialOfferAppointment, None, None]:
        """Every item of ``getBookableTrialOfferAppointments``, slice by slice (see :func:`perfectgym_async.api.trial_offers.iter_bookable_trial_offer_appointments`)."""
        return self._runner.iterate(
            api.trial_offers.iter_bookable_trial_offer_appointments,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def get_bookable_trial_offer_classes(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.TrialOfferClass]:
        """List bookable trial offer classes (blocking; see :func:`perfectgym_async.api.trial_offers.get_bookable_trial_offer_classes`)."""
        return self._runner.call(
            api.trial_offers.get_bookable_trial_offer_classes,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_bookable_trial_offer_classes(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.TrialOfferClass, None, None]:
        """Every item of ``getBookableTrialOfferClasses``, slice by slice (see :func:`perfectgym_async.api.trial_offers.iter_bookable_trial_offer_classes`)."""
        return self._runner.iterate(
            api.trial_offers.iter_bookable_trial_offer_classes,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def get_class_slots_for_trial_offers(
        self,
        class_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.ClassSlot]:
        """List slots of a trial offer class (blocking; see :func:`perfectgym_async.api.trial_offers.get_class_slots_for_trial_offers`)."""
        return self._runner.call(
            api.trial_offers.get_class_slots_for_trial_offers,
            class_id=class_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_class_slots_for_trial_offers(
        self,
        class_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Generator[models.ClassSlot, None, None]:
        """Every item of ``getClassSlotsForTrialOffers``, slice by slice (see :func:`perfectgym_async.api.trial_offers.iter_class_slots_for_trial_offers`)."""
        return self._runner.iterate(
            api.trial_offers.iter_class_slots_for_trial_offers,
            class_id=class_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    def get_trial_offer_config(
        self,
        config_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TrialOfferConfig:
        """Get a trial offer configuration (blocking; see :func:`perfectgym_async.api.trial_offers.get_trial_offer_config`)."""
        return self._runner.call(
            api.trial_offers.get_trial_offer_config,
            config_id=config_id,
            timeout=timeout,
            deadline=deadline,
        )

    def validate_class_slot_for_trial_offers(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlotBookingValidationResult:
        """Validate a trial offer class booking (blocking; see :func:`perfectgym_async.api.trial_offers.validate_class_slot_for_trial_offers`)."""
        return self._runner.call(
            api.trial_offers.validate_class_slot_for_trial_offers,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def validate_for_appointment_booking_for_trial_offers(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AppointmentBookingValidationResult:
        """Validate a trial offer appointment booking (blocking; see :func:`perfectgym_async.api.trial_offers.validate_for_appointment_booking_for_trial_offers`)."""
        return self._runner.call(
            api.trial_offers.validate_for_appointment_booking_for_trial_offers,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    def validate_for_lead_customer_creation(
        self,
        body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TrialOfferLeadCustomerCreationValidationResult:
        """Validate trial offer lead data (blocking; see :func:`perfectgym_async.api.trial_offers.validate_for_lead_customer_creation`)."""
        return self._runner.call(
            api.trial_offers.validate_for_lead_customer_creation,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class _OptionsRunner(SyncRunner):
    """Runs calls for a ``with_options`` copy: on its parent's loop thread, with the copy's options.

    Shares the parent's event-loop thread and keeps the parent alive (so it is not
    finalised while a copy is in use); closing it retires only the copy.
    """

    __slots__ = ("_client", "_parent", "_retired")
    _parent: SyncRunner

    def __init__(self, parent: SyncRunner, client: AsyncTransport) -> None:
        # No SyncRunner.__init__: this one starts no thread and owns nothing.
        while isinstance(parent, _OptionsRunner):
            parent = parent._parent
        self._parent = parent
        self._core = parent._core
        self._client = client
        self._retired = False

    @property
    def closed(self) -> bool:
        return self._retired or self._parent.closed

    def _check(self, what: str) -> None:
        if self._retired:
            raise ClientClosedError("this Client copy is closed; make a new one with with_options")
        if self._core.on_loop_thread():
            raise _loop_thread_error(what)

    def call(
        self,
        func: Callable[..., Coroutine[Any, Any, _R]],
        /,
        *args: Any,
        **kwargs: Any,
    ) -> _R:
        self._check(f"{func.__name__}()")
        core = self._core
        result: _R = core.wait(core.submit(func, (self._client, *args), kwargs))
        return result

    def iterate(
        self,
        func: Callable[..., AsyncIterator[_R]],
        /,
        *args: Any,
        **kwargs: Any,
    ) -> Generator[_R, None, None]:
        self._check(f"{func.__name__}()")
        if self._core.closed:
            raise ClientClosedError(self._core.reason)
        return self._drain(func(self._client, *args, **kwargs))

    def close(self) -> None:
        self._retired = True


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
    Without arguments it reads ``PERFECTGYM_BASE_URL`` and ``PERFECTGYM_API_KEY``;
    ``with_options`` and ``with_raw_response`` work as on ``AsyncClient``.
    """

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: Timeout | float | None = _UNSET,
        deadline: float | None = None,
        max_retries: int = _constants.DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        rate_limit: RateLimit | None = _UNSET,
        language: str | None = None,
        connection_limit: int = _constants.DEFAULT_CONNECTION_LIMIT,
        max_response_size: int = _constants.DEFAULT_MAX_RESPONSE_SIZE,
        trace_configs: Sequence[aiohttp.TraceConfig] | None = None,
    ) -> None:
        super().__init__(
            AsyncClient(
                base_url,
                api_key,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                retry_policy=retry_policy,
                rate_limit=rate_limit,
                language=language,
                connection_limit=connection_limit,
                max_response_size=max_response_size,
                trace_configs=trace_configs,
            )
        )

    @property
    def deadline(self) -> float | None:
        """Seconds each call may take as a whole (retries and waits included); None: no bound."""
        return self._async_client.deadline

    def with_options(
        self,
        *,
        timeout: Timeout | float | None = _UNSET,
        deadline: float | None = _UNSET,
        max_retries: int = _UNSET,
        retry_policy: RetryPolicy = _UNSET,
    ) -> Client:
        """A copy with other per-call defaults, sharing this client's thread, session and limiter.

        As ``AsyncClient.with_options``: cheap; closing the copy retires only the copy,
        closing this client retires every copy.
        """
        if self.is_closed:
            raise ClientClosedError("this Client is closed; create a new one")
        options = self._async_client.with_options(
            timeout=timeout, deadline=deadline, max_retries=max_retries, retry_policy=retry_policy
        )
        clone = Client.__new__(Client)
        clone._async_client = options
        clone._runner = _OptionsRunner(self._runner, options)
        return clone

    @functools.cached_property
    def with_raw_response(self) -> RawResponses:
        """Every operation again, returning ``RawResult`` (status, headers, trace id, parsed)."""
        from ._raw import RawResponses  # loaded on first use, like the models

        return RawResponses(self._runner)

    @functools.cached_property
    def appointments(self) -> AppointmentsSyncNamespace:
        """Bookable appointments, their slots and appointment bookings."""
        return AppointmentsSyncNamespace(self._runner)

    @functools.cached_property
    def checkin_vouchers(self) -> CheckinVouchersSyncNamespace:
        """Redemption of check-in vouchers."""
        return CheckinVouchersSyncNamespace(self._runner)

    @functools.cached_property
    def classes(self) -> ClassesSyncNamespace:
        """Classes, their slots and class bookings."""
        return ClassesSyncNamespace(self._runner)

    @functools.cached_property
    def cross_studio(self) -> CrossStudioSyncNamespace:
        """Customers, check-ins and membership offers across partner studios."""
        return CrossStudioSyncNamespace(self._runner)

    @functools.cached_property
    def customers(self) -> CustomersSyncNamespace:
        """Customer data, contracts, documents, access media, benefits and check-ins."""
        return CustomersSyncNamespace(self._runner)

    @functools.cached_property
    def customers_account(self) -> CustomersAccountSyncNamespace:
        """Balances, transactions and payments of a customer's account."""
        return CustomersAccountSyncNamespace(self._runner)

    @functools.cached_property
    def customers_communication(self) -> CustomersCommunicationSyncNamespace:
        """Communication preferences and message threads with a customer."""
        return CustomersCommunicationSyncNamespace(self._runner)

    @functools.cached_property
    def customers_self_service(self) -> CustomersSelfServiceSyncNamespace:
        """Customer-driven changes to contact, address, master and payment data."""
        return CustomersSelfServiceSyncNamespace(self._runner)

    @functools.cached_property
    def devices(self) -> DevicesSyncNamespace:
        """Devices registered for the studio and their activation."""
        return DevicesSyncNamespace(self._runner)

    @functools.cached_property
    def employees(self) -> EmployeesSyncNamespace:
        """Employees of the studio."""
        return EmployeesSyncNamespace(self._runner)

    @functools.cached_property
    def finance(self) -> FinanceSyncNamespace:
        """Debt collection runs, cases and blocked debtors, plus tax advisor exports."""
        return FinanceSyncNamespace(self._runner)

    @functools.cached_property
    def leads(self) -> LeadsSyncNamespace:
        """Lead configuration, validation and creation."""
        return LeadsSyncNamespace(self._runner)

    @functools.cached_property
    def membership_self_service(self) -> MembershipSelfServiceSyncNamespace:
        """Contract data, cancelations, idle periods and additional modules managed by the member."""
        return MembershipSelfServiceSyncNamespace(self._runner)

    @functools.cached_property
    def memberships(self) -> MembershipsSyncNamespace:
        """Membership offers, sign-ups, previews, additions and membership switches."""
        return MembershipsSyncNamespace(self._runner)

    @functools.cached_property
    def payments(self) -> PaymentsSyncNamespace:
        """User payment sessions for the Universal Payment Component."""
        return PaymentsSyncNamespace(self._runner)

    @functools.cached_property
    def studios(self) -> StudiosSyncNamespace:
        """Studio information, utilization, tags and activation."""
        return StudiosSyncNamespace(self._runner)

    @functools.cached_property
    def trial_offers(self) -> TrialOffersSyncNamespace:
        """Trial offer configuration, lead customers and trial bookings."""
        return TrialOffersSyncNamespace(self._runner)
