"""``AsyncClient``: the transport plus one namespace per API tag.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import AsyncGenerator, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

# Endpoint modules load on first use of their namespace, not when the SDK is imported.
from . import api, models
from ._transport import AsyncTransport
from ._upload import FileInput
from .types import Page, Timeout

if TYPE_CHECKING:
    from ._raw import AsyncRawResponses

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
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AppointmentBookingResult:
        """Book an appointment (see :func:`perfectgym_async.api.appointments.book_appointment_booking`)."""
        return await api.appointments.book_appointment_booking(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def delete_appointment_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Delete an appointment booking (see :func:`perfectgym_async.api.appointments.delete_appointment_booking`)."""
        return await api.appointments.delete_appointment_booking(
            self._client, booking_id=booking_id, timeout=timeout, deadline=deadline
        )

    async def get_appointment_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AppointmentBookingResultWithCustomerId:
        """Get an appointment booking (see :func:`perfectgym_async.api.appointments.get_appointment_booking`)."""
        return await api.appointments.get_appointment_booking(
            self._client, booking_id=booking_id, timeout=timeout, deadline=deadline
        )

    async def get_appointment_bookings(
        self,
        *,
        customer_id: int,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.AppointmentBookingResult]:
        """List a customer's appointment bookings (see :func:`perfectgym_async.api.appointments.get_appointment_bookings`)."""
        return await api.appointments.get_appointment_bookings(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_bookable_appointment(
        self,
        bookable_appointment_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.BookableAppointment:
        """Get a bookable appointment (see :func:`perfectgym_async.api.appointments.get_bookable_appointment`)."""
        return await api.appointments.get_bookable_appointment(
            self._client,
            bookable_appointment_id=bookable_appointment_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_bookable_appointment_slots(
        self,
        bookable_appointment_id: int,
        *,
        customer_id: int | None = None,
        days_ahead: int | None = None,
        slot_window_start_date: date | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.BookableAppointmentSlot]:
        """List slots of a bookable appointment (see :func:`perfectgym_async.api.appointments.get_bookable_appointment_slots`)."""
        return await api.appointments.get_bookable_appointment_slots(
            self._client,
            bookable_appointment_id=bookable_appointment_id,
            customer_id=customer_id,
            days_ahead=days_ahead,
            slot_window_start_date=slot_window_start_date,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_bookable_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.BookableAppointment]:
        """List bookable appointments (see :func:`perfectgym_async.api.appointments.get_bookable_appointments`)."""
        return await api.appointments.get_bookable_appointments(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    def iter_bookable_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> AsyncGenerator[models.BookableAppointment, None]:
        """Every item of ``getBookableAppointments`` (see :func:`perfectgym_async.api.appointments.iter_bookable_appointments`)."""
        return api.appointments.iter_bookable_appointments(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    async def validate_for_appointment_booking(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AppointmentBookingValidationResult:
        """Validate an appointment booking (see :func:`perfectgym_async.api.appointments.validate_for_appointment_booking`)."""
        return await api.appointments.validate_for_appointment_booking(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class CheckinVouchersNamespace:
    """Redemption of check-in vouchers."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def redeem_checkin_voucher(
        self,
        body: models.CheckinVoucherRedeem | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CheckinVoucherRedeemResultDto:
        """Redeem a check-in voucher (see :func:`perfectgym_async.api.checkin_vouchers.redeem_checkin_voucher`)."""
        return await api.checkin_vouchers.redeem_checkin_voucher(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class ClassesNamespace:
    """Classes, their slots and class bookings."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def book_class_slot(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlotBookingResult:
        """Book a class slot (see :func:`perfectgym_async.api.classes.book_class_slot`)."""
        return await api.classes.book_class_slot(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def cancel_class_slot_by_id(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel a class booking (see :func:`perfectgym_async.api.classes.cancel_class_slot_by_id`)."""
        return await api.classes.cancel_class_slot_by_id(
            self._client, booking_id=booking_id, timeout=timeout, deadline=deadline
        )

    async def get_active_classes(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.Class]:
        """List classes (see :func:`perfectgym_async.api.classes.get_active_classes`)."""
        return await api.classes.get_active_classes(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    def iter_active_classes(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> AsyncGenerator[models.Class, None]:
        """Every item of ``getActiveClasses`` (see :func:`perfectgym_async.api.classes.iter_active_classes`)."""
        return api.classes.iter_active_classes(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    async def get_class_booking_by_id(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlotBookingResult:
        """Get a class booking (see :func:`perfectgym_async.api.classes.get_class_booking_by_id`)."""
        return await api.classes.get_class_booking_by_id(
            self._client, booking_id=booking_id, timeout=timeout, deadline=deadline
        )

    async def get_class_bookings_by_customer_id(
        self,
        *,
        customer_id: int,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.ClassSlotBookingResult]:
        """List a customer's class bookings (see :func:`perfectgym_async.api.classes.get_class_bookings_by_customer_id`)."""
        return await api.classes.get_class_bookings_by_customer_id(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_class_by_id(
        self,
        class_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.Class:
        """Get a class (see :func:`perfectgym_async.api.classes.get_class_by_id`)."""
        return await api.classes.get_class_by_id(
            self._client, class_id=class_id, timeout=timeout, deadline=deadline
        )

    async def get_class_slot_by_id(
        self,
        class_id: int,
        class_slot_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlot:
        """Get a class slot (see :func:`perfectgym_async.api.classes.get_class_slot_by_id`)."""
        return await api.classes.get_class_slot_by_id(
            self._client,
            class_id=class_id,
            class_slot_id=class_slot_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_class_slots(
        self,
        class_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.ClassSlot]:
        """List slots of a class (see :func:`perfectgym_async.api.classes.get_class_slots`)."""
        return await api.classes.get_class_slots(
            self._client,
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
    ) -> AsyncGenerator[models.ClassSlot, None]:
        """Every item of ``getClassSlots`` (see :func:`perfectgym_async.api.classes.iter_class_slots`)."""
        return api.classes.iter_class_slots(
            self._client,
            class_id=class_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_class_slots_for_multiple_classes(
        self,
        *,
        days_ahead: int | None = None,
        slot_window_start_date: date | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.ClassSlot]:
        """List slots of all classes (see :func:`perfectgym_async.api.classes.get_class_slots_for_multiple_classes`)."""
        return await api.classes.get_class_slots_for_multiple_classes(
            self._client,
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
    ) -> AsyncGenerator[models.ClassSlot, None]:
        """Every item of ``getClassSlotsForMultipleClasses`` (see :func:`perfectgym_async.api.classes.iter_class_slots_for_multiple_classes`)."""
        return api.classes.iter_class_slots_for_multiple_classes(
            self._client,
            days_ahead=days_ahead,
            slot_window_start_date=slot_window_start_date,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    async def validate_class_slot(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlotBookingValidationResult:
        """Validate a class booking (see :func:`perfectgym_async.api.classes.validate_class_slot`)."""
        return await api.classes.validate_class_slot(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class CrossStudioNamespace:
    """Customers, check-ins and membership offers across partner studios."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def get_cross_studio_customer_by(
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
        """Find a customer across studios by an identifier (see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customer_by`)."""
        return await api.cross_studio.get_cross_studio_customer_by(
            self._client,
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

    async def get_cross_studio_customer_by_id(
        self,
        customer_id: int,
        *,
        card_number_format: models.CardNumberFormat | str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.Customer:
        """Get a customer across studios (see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customer_by_id`)."""
        return await api.cross_studio.get_cross_studio_customer_by_id(
            self._client,
            customer_id=customer_id,
            card_number_format=card_number_format,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_cross_studio_customers_checkin_history(
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
        """List a customer's check-ins across studios (see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customers_checkin_history`)."""
        return await api.cross_studio.get_cross_studio_customers_checkin_history(
            self._client,
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
    ) -> AsyncGenerator[models.CustomerCheckin, None]:
        """Every item of ``getCrossStudioCustomersCheckinHistory`` (see :func:`perfectgym_async.api.cross_studio.iter_cross_studio_customers_checkin_history`)."""
        return api.cross_studio.iter_cross_studio_customers_checkin_history(
            self._client,
            customer_id=customer_id,
            from_date=from_date,
            to_date=to_date,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_studios_with_active_membership_offers(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.StudioInformationBase]:
        """List studios that sell memberships (see :func:`perfectgym_async.api.cross_studio.get_studios_with_active_membership_offers`)."""
        return await api.cross_studio.get_studios_with_active_membership_offers(
            self._client, timeout=timeout, deadline=deadline
        )

    async def search_cross_studio_customers(
        self,
        body: models.CustomerSearchRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Customer]:
        """Search customers across studios (see :func:`perfectgym_async.api.cross_studio.search_cross_studio_customers`)."""
        return await api.cross_studio.search_cross_studio_customers(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class CustomersNamespace:
    """Customer data, contracts, documents, access media, benefits and check-ins."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def add_access_medium(
        self,
        customer_id: int,
        body: models.AccessMediumDto | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AccessMediumDto:
        """Add an access medium to a customer (deprecated) (deprecated by the API) (see :func:`perfectgym_async.api.customers.add_access_medium`)."""
        warnings.warn(
            "addAccessMedium (PUT /v1/customers/{customerId}/access-medium) is deprecated by the API",
            DeprecationWarning,
            stacklevel=2,
        )
        return await api.customers._add_access_medium_unwarned(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def add_access_mediums(
        self,
        customer_id: int,
        body: models.AccessMediumDto | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AccessMediumDto:
        """Add an access medium to a customer (see :func:`perfectgym_async.api.customers.add_access_mediums`)."""
        return await api.customers.add_access_mediums(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def create_customer(
        self,
        body: models.MembershipSignupCustomer | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerCreateResult:
        """Create a customer (see :func:`perfectgym_async.api.customers.create_customer`)."""
        return await api.customers.create_customer(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def create_customer_weighing(
        self,
        customer_id: int,
        body: models.CustomerWeighings | Mapping[str, Any],
        *,
        benefit_key: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerWeighings:
        """Save a customer's weighing results (see :func:`perfectgym_async.api.customers.create_customer_weighing`)."""
        return await api.customers.create_customer_weighing(
            self._client,
            customer_id=customer_id,
            body=body,
            benefit_key=benefit_key,
            timeout=timeout,
            deadline=deadline,
        )

    async def delete_access_mediums(
        self,
        customer_id: int,
        access_medium_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a customer's access medium (see :func:`perfectgym_async.api.customers.delete_access_mediums`)."""
        return await api.customers.delete_access_mediums(
            self._client,
            customer_id=customer_id,
            access_medium_id=access_medium_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def delete_access_restriction(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a customer's access restriction (see :func:`perfectgym_async.api.customers.delete_access_restriction`)."""
        return await api.customers.delete_access_restriction(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_additional_information_fields(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.AdditionalInformationField]:
        """List additional information fields (see :func:`perfectgym_async.api.customers.get_additional_information_fields`)."""
        return await api.customers.get_additional_information_fields(
            self._client, timeout=timeout, deadline=deadline
        )

    async def get_benefits(
        self,
        customer_id: int,
        *,
        key: Sequence[str] | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.BenefitValidationDto]:
        """Check a customer's benefits (see :func:`perfectgym_async.api.customers.get_benefits`)."""
        return await api.customers.get_benefits(
            self._client, customer_id=customer_id, key=key, timeout=timeout, deadline=deadline
        )

    async def get_benefits_by_card_number(
        self,
        *,
        card_number: str,
        card_number_format: models.CardNumberFormat | str | None = None,
        key: Sequence[str] | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.BenefitValidationDto]:
        """Check benefits of a customer found by card number (see :func:`perfectgym_async.api.customers.get_benefits_by_card_number`)."""
        return await api.customers.get_benefits_by_card_number(
            self._client,
            card_number=card_number,
            card_number_format=card_number_format,
            key=key,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_customer_access_code(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerAccessCode:
        """Get a customer's access code (see :func:`perfectgym_async.api.customers.get_customer_access_code`)."""
        return await api.customers.get_customer_access_code(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_customer_by(
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
        """Find a customer by an identifier (see :func:`perfectgym_async.api.customers.get_customer_by`)."""
        return await api.customers.get_customer_by(
            self._client,
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

    async def get_customer_by_id(
        self,
        customer_id: int,
        *,
        card_number_format: models.CardNumberFormat | str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.Customer:
        """Get a customer (see :func:`perfectgym_async.api.customers.get_customer_by_id`)."""
        return await api.customers.get_customer_by_id(
            self._client,
            customer_id=customer_id,
            card_number_format=card_number_format,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_customer_contracts_by(
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
        """List contracts of a customer found by an identifier (see :func:`perfectgym_async.api.customers.get_customer_contracts_by`)."""
        return await api.customers.get_customer_contracts_by(
            self._client,
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

    async def get_customer_measurement(
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
        """Get a customer's latest measurement (see :func:`perfectgym_async.api.customers.get_customer_measurement`)."""
        return await api.customers.get_customer_measurement(
            self._client,
            card_number=card_number,
            card_number_format=card_number_format,
            barcode=barcode,
            pin=pin,
            qr_code_uuid=qr_code_uuid,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_customers(
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
        """List customers (see :func:`perfectgym_async.api.customers.get_customers`)."""
        return await api.customers.get_customers(
            self._client,
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
    ) -> AsyncGenerator[models.Customer, None]:
        """Every item of ``getCustomers`` (see :func:`perfectgym_async.api.customers.iter_customers`)."""
        return api.customers.iter_customers(
            self._client,
            card_number_format=card_number_format,
            last_offset_id=last_offset_id,
            offset=offset,
            slice_size=slice_size,
            customer_status=customer_status,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_customers_checkin_history(
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
        """List a customer's check-ins (see :func:`perfectgym_async.api.customers.get_customers_checkin_history`)."""
        return await api.customers.get_customers_checkin_history(
            self._client,
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
    ) -> AsyncGenerator[models.CustomerCheckin, None]:
        """Every item of ``getCustomersCheckinHistory`` (see :func:`perfectgym_async.api.customers.iter_customers_checkin_history`)."""
        return api.customers.iter_customers_checkin_history(
            self._client,
            customer_id=customer_id,
            from_date=from_date,
            to_date=to_date,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_customers_contracts(
        self,
        customer_id: int,
        *,
        status: models.ContractStatus | str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Contract]:
        """List a customer's contracts (see :func:`perfectgym_async.api.customers.get_customers_contracts`)."""
        return await api.customers.get_customers_contracts(
            self._client, customer_id=customer_id, status=status, timeout=timeout, deadline=deadline
        )

    async def get_document_by_id(
        self,
        customer_id: int,
        id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerDocument:
        """Get a customer's document (see :func:`perfectgym_async.api.customers.get_document_by_id`)."""
        return await api.customers.get_document_by_id(
            self._client, customer_id=customer_id, id=id, timeout=timeout, deadline=deadline
        )

    async def download_document(
        self,
        customer_id: int,
        id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> bytes:
        """The file behind ``getDocumentById``'s link, as bytes (see :func:`perfectgym_async.api.customers.download_document`)."""
        return await api.customers.download_document(
            self._client, customer_id=customer_id, id=id, timeout=timeout, deadline=deadline
        )

    async def download_document_to(
        self,
        customer_id: int,
        id: int,
        *,
        destination: str | os.PathLike[str],
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> int:
        """Stream the file behind ``getDocumentById``'s link into ``destination`` (see :func:`perfectgym_async.api.customers.download_document_to`)."""
        return await api.customers.download_document_to(
            self._client,
            customer_id=customer_id,
            id=id,
            destination=destination,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_documents(
        self,
        customer_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.CustomerDocument]:
        """List a customer's documents (see :func:`perfectgym_async.api.customers.get_documents`)."""
        return await api.customers.get_documents(
            self._client,
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
    ) -> AsyncGenerator[models.CustomerDocument, None]:
        """Every item of ``getDocuments`` (see :func:`perfectgym_async.api.customers.iter_documents`)."""
        return api.customers.iter_documents(
            self._client,
            customer_id=customer_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    async def search_customers(
        self,
        body: models.CustomerSearchRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Customer]:
        """Search customers (see :func:`perfectgym_async.api.customers.search_customers`)."""
        return await api.customers.search_customers(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def set_access_restriction(
        self,
        customer_id: int,
        body: models.AccessRestriction | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AccessRestriction:
        """Set a customer's access restriction (see :func:`perfectgym_async.api.customers.set_access_restriction`)."""
        return await api.customers.set_access_restriction(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def set_additional_information_field_assignments(
        self,
        customer_id: int,
        body: Sequence[models.AdditionalInformationFieldAssignment | Mapping[str, Any]],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.AdditionalInformationFieldAssignment]:
        """Set a customer's additional information values (see :func:`perfectgym_async.api.customers.set_additional_information_field_assignments`)."""
        return await api.customers.set_additional_information_field_assignments(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def switch_studio(
        self,
        customer_id: int,
        body: models.OpenApiV1CustomerStudioSwitchRequestDto | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Move a customer to another studio (see :func:`perfectgym_async.api.customers.switch_studio`)."""
        return await api.customers.switch_studio(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def update_access_mediums(
        self,
        customer_id: int,
        access_medium_id: int,
        body: models.UpdateAccessIdentificationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AccessMediumDto:
        """Update a customer's access medium (see :func:`perfectgym_async.api.customers.update_access_mediums`)."""
        return await api.customers.update_access_mediums(
            self._client,
            customer_id=customer_id,
            access_medium_id=access_medium_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    async def update_image(
        self,
        customer_id: int,
        image: FileInput,
        *,
        filename: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerImage:
        """Upload a customer's profile image (see :func:`perfectgym_async.api.customers.update_image`)."""
        return await api.customers.update_image(
            self._client,
            customer_id=customer_id,
            image=image,
            filename=filename,
            timeout=timeout,
            deadline=deadline,
        )

    async def upload_document(
        self,
        customer_id: int,
        file: FileInput,
        *,
        description: str | None = None,
        filename: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerDocumentUploadResult:
        """Upload a document for a customer (see :func:`perfectgym_async.api.customers.upload_document`)."""
        return await api.customers.upload_document(
            self._client,
            customer_id=customer_id,
            file=file,
            description=description,
            filename=filename,
            timeout=timeout,
            deadline=deadline,
        )

    async def use_benefit(
        self,
        customer_id: int,
        benefit_key: str,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Use a customer's benefit (see :func:`perfectgym_async.api.customers.use_benefit`)."""
        return await api.customers.use_benefit(
            self._client,
            customer_id=customer_id,
            benefit_key=benefit_key,
            timeout=timeout,
            deadline=deadline,
        )


class CustomersAccountNamespace:
    """Balances, transactions and payments of a customer's account."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def book_customer_payment(
        self,
        customer_id: int,
        body: models.BookCustomerPaymentRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.BookCustomerPaymentResponse:
        """Book a payment for a customer (see :func:`perfectgym_async.api.customers_account.book_customer_payment`)."""
        return await api.customers_account.book_customer_payment(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def get_customers_account_balance_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CustomerAccountBalance:
        """Get a customer's account balance (see :func:`perfectgym_async.api.customers_account.get_customers_account_balance_data`)."""
        return await api.customers_account.get_customers_account_balance_data(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_customers_account_transaction_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.BookingEntry]:
        """List a customer's past transactions (see :func:`perfectgym_async.api.customers_account.get_customers_account_transaction_data`)."""
        return await api.customers_account.get_customers_account_transaction_data(
            self._client,
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
    ) -> AsyncGenerator[models.BookingEntry, None]:
        """Every item of ``getCustomersAccountTransactionData`` (see :func:`perfectgym_async.api.customers_account.iter_customers_account_transaction_data`)."""
        return api.customers_account.iter_customers_account_transaction_data(
            self._client,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_customers_account_upcoming_data(
        self,
        customer_id: int,
        *,
        slice_size: int | None = None,
        offset: str | int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.BookingEntry]:
        """List a customer's upcoming transactions (see :func:`perfectgym_async.api.customers_account.get_customers_account_upcoming_data`)."""
        return await api.customers_account.get_customers_account_upcoming_data(
            self._client,
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
    ) -> AsyncGenerator[models.BookingEntry, None]:
        """Every item of ``getCustomersAccountUpcomingData`` (see :func:`perfectgym_async.api.customers_account.iter_customers_account_upcoming_data`)."""
        return api.customers_account.iter_customers_account_upcoming_data(
            self._client,
            customer_id=customer_id,
            slice_size=slice_size,
            offset=offset,
            timeout=timeout,
            deadline=deadline,
        )

    async def update_customer_payment_instrument(
        self,
        customer_id: int,
        body: models.PaymentsUpdateCustomerPaymentInstrumentRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.UpdateCustomerPaymentInstrumentResponseDto:
        """Update a customer's payment instrument (see :func:`perfectgym_async.api.customers_account.update_customer_payment_instrument`)."""
        return await api.customers_account.update_customer_payment_instrument(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )


class CustomersCommunicationNamespace:
    """Communication preferences and message threads with a customer."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def create_communication_in_existing_communication_thread(
        self,
        customer_id: int,
        thread_id: int,
        body: models.CommunicationThreadRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CommunicationThreadResponse:
        """Add a communication to a thread (see :func:`perfectgym_async.api.customers_communication.create_communication_in_existing_communication_thread`)."""
        return (
            await api.customers_communication.create_communication_in_existing_communication_thread(
                self._client,
                customer_id=customer_id,
                thread_id=thread_id,
                body=body,
                timeout=timeout,
                deadline=deadline,
            )
        )

    async def create_communication_in_new_communication_thread(
        self,
        customer_id: int,
        body: models.CommunicationThreadRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.CommunicationThreadResponse:
        """Start a communication thread (see :func:`perfectgym_async.api.customers_communication.create_communication_in_new_communication_thread`)."""
        return await api.customers_communication.create_communication_in_new_communication_thread(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def get_communication_preferences(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.CommunicationPreference]:
        """Get a customer's communication preferences (see :func:`perfectgym_async.api.customers_communication.get_communication_preferences`)."""
        return await api.customers_communication.get_communication_preferences(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def update_communication_preferences(
        self,
        customer_id: int,
        body: Sequence[models.CommunicationPreference | Mapping[str, Any]],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.CommunicationPreference]:
        """Update a customer's communication preferences (see :func:`perfectgym_async.api.customers_communication.update_communication_preferences`)."""
        return await api.customers_communication.update_communication_preferences(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )


class CustomersSelfServiceNamespace:
    """Customer-driven changes to contact, address, master and payment data."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def create_customer_address_data_amendment(
        self,
        customer_id: int,
        body: models.CustomerAddressData | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData:
        """Request a change of a customer's address (see :func:`perfectgym_async.api.customers_self_service.create_customer_address_data_amendment`)."""
        return await api.customers_self_service.create_customer_address_data_amendment(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def create_customer_contact_data_amendment(
        self,
        customer_id: int,
        body: models.CustomerContactData | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData:
        """Request a change of a customer's contact data (see :func:`perfectgym_async.api.customers_self_service.create_customer_contact_data_amendment`)."""
        return await api.customers_self_service.create_customer_contact_data_amendment(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def create_customer_master_data_amendment(
        self,
        customer_id: int,
        body: models.CustomerMasterData | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData:
        """Request a change of a customer's master data (see :func:`perfectgym_async.api.customers_self_service.create_customer_master_data_amendment`)."""
        return await api.customers_self_service.create_customer_master_data_amendment(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def create_customer_payment_data_amendment(
        self,
        customer_id: int,
        body: models.OpenApiV1CustomerPaymentAmendment | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData:
        """Request a change of a customer's bank details (see :func:`perfectgym_async.api.customers_self_service.create_customer_payment_data_amendment`)."""
        return await api.customers_self_service.create_customer_payment_data_amendment(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def get_customer_address_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataDtoCustomerAddressData:
        """Get a customer's address data (see :func:`perfectgym_async.api.customers_self_service.get_customer_address_data`)."""
        return await api.customers_self_service.get_customer_address_data(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_customer_contact_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataDtoCustomerContactData:
        """Get a customer's contact data (see :func:`perfectgym_async.api.customers_self_service.get_customer_contact_data`)."""
        return await api.customers_self_service.get_customer_contact_data(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_customer_master_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataDtoCustomerMasterData:
        """Get a customer's master data (see :func:`perfectgym_async.api.customers_self_service.get_customer_master_data`)."""
        return await api.customers_self_service.get_customer_master_data(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_customer_payment_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1CustomerDataDtoCustomerPaymentData:
        """Get a customer's payment data (see :func:`perfectgym_async.api.customers_self_service.get_customer_payment_data`)."""
        return await api.customers_self_service.get_customer_payment_data(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def withdraw_amendment(
        self,
        customer_id: int,
        amendment_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Withdraw a customer's amendment (see :func:`perfectgym_async.api.customers_self_service.withdraw_amendment`)."""
        return await api.customers_self_service.withdraw_amendment(
            self._client,
            customer_id=customer_id,
            amendment_id=amendment_id,
            timeout=timeout,
            deadline=deadline,
        )


class DevicesNamespace:
    """Devices registered for the studio and their activation."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def activate_device(
        self,
        device_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.DeviceActivationResponse:
        """Activate a device (see :func:`perfectgym_async.api.devices.activate_device`)."""
        return await api.devices.activate_device(
            self._client, device_id=device_id, timeout=timeout, deadline=deadline
        )

    async def get_devices(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Device]:
        """List devices (see :func:`perfectgym_async.api.devices.get_devices`)."""
        return await api.devices.get_devices(self._client, timeout=timeout, deadline=deadline)


class EmployeesNamespace:
    """Employees of the studio."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def get_employee(
        self,
        id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.Employee:
        """Get an employee (see :func:`perfectgym_async.api.employees.get_employee`)."""
        return await api.employees.get_employee(
            self._client, id=id, timeout=timeout, deadline=deadline
        )

    async def get_employees(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.Employee]:
        """List employees (see :func:`perfectgym_async.api.employees.get_employees`)."""
        return await api.employees.get_employees(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    def iter_employees(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> AsyncGenerator[models.Employee, None]:
        """Every item of ``getEmployees`` (see :func:`perfectgym_async.api.employees.iter_employees`)."""
        return api.employees.iter_employees(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )


class FinanceNamespace:
    """Debt collection runs, cases and blocked debtors, plus tax advisor exports."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def confirm_transfer(
        self,
        debt_collection_run_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Confirm retrieval of a transfer (see :func:`perfectgym_async.api.finance.confirm_transfer`)."""
        return await api.finance.confirm_transfer(
            self._client,
            debt_collection_run_id=debt_collection_run_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def create_export(
        self,
        body: models.TaxAdvisorCreateExport | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TaxAdvisorExportResult:
        """Create a tax advisor export (see :func:`perfectgym_async.api.finance.create_export`)."""
        return await api.finance.create_export(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def get_debt_collection_blocked_debtors(
        self,
        *,
        debtor_id: Sequence[str] | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.DebtorId]:
        """List blocked debtors (see :func:`perfectgym_async.api.finance.get_debt_collection_blocked_debtors`)."""
        return await api.finance.get_debt_collection_blocked_debtors(
            self._client,
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
    ) -> AsyncGenerator[models.DebtorId, None]:
        """Every item of ``getDebtCollectionBlockedDebtors`` (see :func:`perfectgym_async.api.finance.iter_debt_collection_blocked_debtors`)."""
        return api.finance.iter_debt_collection_blocked_debtors(
            self._client,
            debtor_id=debtor_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_debt_collection_blocked_debts(
        self,
        *,
        debt_id: Sequence[str] | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.DebtorId]:
        """List blocked debts (see :func:`perfectgym_async.api.finance.get_debt_collection_blocked_debts`)."""
        return await api.finance.get_debt_collection_blocked_debts(
            self._client,
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
    ) -> AsyncGenerator[models.DebtorId, None]:
        """Every item of ``getDebtCollectionBlockedDebts`` (see :func:`perfectgym_async.api.finance.iter_debt_collection_blocked_debts`)."""
        return api.finance.iter_debt_collection_blocked_debts(
            self._client,
            debt_id=debt_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_debt_collection_cases(
        self,
        *,
        debtor_id: Sequence[str] | None = None,
        collection_case_id: Sequence[str] | None = None,
        agency_collection_case_id: Sequence[str] | None = None,
        case_adjustment_request_id: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.DebtorUpdate]:
        """Get debt collection cases (see :func:`perfectgym_async.api.finance.get_debt_collection_cases`)."""
        return await api.finance.get_debt_collection_cases(
            self._client,
            debtor_id=debtor_id,
            collection_case_id=collection_case_id,
            agency_collection_case_id=agency_collection_case_id,
            case_adjustment_request_id=case_adjustment_request_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_debt_collection_configuration(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.DebtCollectionConfiguration:
        """Get the debt collection configuration (see :func:`perfectgym_async.api.finance.get_debt_collection_configuration`)."""
        return await api.finance.get_debt_collection_configuration(
            self._client, timeout=timeout, deadline=deadline
        )

    async def get_debtors(
        self,
        debt_collection_run_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.Debtor]:
        """List debtors of a debt collection run (see :func:`perfectgym_async.api.finance.get_debtors`)."""
        return await api.finance.get_debtors(
            self._client,
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
    ) -> AsyncGenerator[models.Debtor, None]:
        """Every item of ``getDebtors`` (see :func:`perfectgym_async.api.finance.iter_debtors`)."""
        return api.finance.iter_debtors(
            self._client,
            debt_collection_run_id=debt_collection_run_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_export(
        self,
        export_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TaxAdvisorExportDownload:
        """Get a tax advisor export (see :func:`perfectgym_async.api.finance.get_export`)."""
        return await api.finance.get_export(
            self._client, export_id=export_id, timeout=timeout, deadline=deadline
        )

    async def get_transfer_details(
        self,
        debt_collection_run_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TransferDetails:
        """Get the details of a transfer (see :func:`perfectgym_async.api.finance.get_transfer_details`)."""
        return await api.finance.get_transfer_details(
            self._client,
            debt_collection_run_id=debt_collection_run_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def update_debt_collection(
        self,
        body: models.DebtCollectionUpdate | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update debt collection cases (see :func:`perfectgym_async.api.finance.update_debt_collection`)."""
        return await api.finance.update_debt_collection(
            self._client, body=body, timeout=timeout, deadline=deadline
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
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.LeadCreationResult:
        """Create a lead (see :func:`perfectgym_async.api.leads.create_lead`)."""
        return await api.leads.create_lead(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def get_lead_config(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.LeadConfig:
        """Get the lead configuration (see :func:`perfectgym_async.api.leads.get_lead_config`)."""
        return await api.leads.get_lead_config(self._client, timeout=timeout, deadline=deadline)

    async def validate_for_lead_creation(
        self,
        body: models.LeadCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.LeadValidationResult:
        """Validate lead data (see :func:`perfectgym_async.api.leads.validate_for_lead_creation`)."""
        return await api.leads.validate_for_lead_creation(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class MembershipSelfServiceNamespace:
    """Contract data, cancelations, idle periods and additional modules managed by the member."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def create_contract_cancelation_amendment(
        self,
        customer_id: int,
        body: models.MembershipSelfServiceMainContractCancelation | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Cancel a main contract (see :func:`perfectgym_async.api.membership_self_service.create_contract_cancelation_amendment`)."""
        return await api.membership_self_service.create_contract_cancelation_amendment(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def create_idle_period_amendment(
        self,
        contract_id: int,
        data: models.IdlePeriodRequest | Mapping[str, Any],
        document: FileInput | None = None,
        *,
        filename: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriod:
        """Request an idle period (see :func:`perfectgym_async.api.membership_self_service.create_idle_period_amendment`)."""
        return await api.membership_self_service.create_idle_period_amendment(
            self._client,
            contract_id=contract_id,
            data=data,
            document=document,
            filename=filename,
            timeout=timeout,
            deadline=deadline,
        )

    async def create_module_contract_cancelation_amendment(
        self,
        contract_id: int,
        additional_module_contract_id: int,
        body: models.AdditionalModuleContractCancelation | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Cancel an additional module contract (see :func:`perfectgym_async.api.membership_self_service.create_module_contract_cancelation_amendment`)."""
        return await api.membership_self_service.create_module_contract_cancelation_amendment(
            self._client,
            contract_id=contract_id,
            additional_module_contract_id=additional_module_contract_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_additional_module_contract(
        self,
        contract_id: int,
        additional_module_contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AdditionalModuleContractExtended:
        """Get an additional module contract (see :func:`perfectgym_async.api.membership_self_service.get_additional_module_contract`)."""
        return await api.membership_self_service.get_additional_module_contract(
            self._client,
            contract_id=contract_id,
            additional_module_contract_id=additional_module_contract_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_additional_modules(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.AdditionalModule]:
        """List additional modules (see :func:`perfectgym_async.api.membership_self_service.get_additional_modules`)."""
        return await api.membership_self_service.get_additional_modules(
            self._client, timeout=timeout, deadline=deadline
        )

    async def get_contract_cancelation_reason_data(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.ContractCancelationReason]:
        """List contract cancelation reasons (see :func:`perfectgym_async.api.membership_self_service.get_contract_cancelation_reason_data`)."""
        return await api.membership_self_service.get_contract_cancelation_reason_data(
            self._client, timeout=timeout, deadline=deadline
        )

    async def get_contract_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.MembershipSelfServiceContractData]:
        """Get a customer's contract data (see :func:`perfectgym_async.api.membership_self_service.get_contract_data`)."""
        return await api.membership_self_service.get_contract_data(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_idle_period_by_id(
        self,
        contract_id: int,
        idle_period_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriod:
        """Get an idle period of a contract (see :func:`perfectgym_async.api.membership_self_service.get_idle_period_by_id`)."""
        return await api.membership_self_service.get_idle_period_by_id(
            self._client,
            contract_id=contract_id,
            idle_period_id=idle_period_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_idle_period_config(
        self,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriodConfiguration:
        """Get the idle period configuration of a contract (see :func:`perfectgym_async.api.membership_self_service.get_idle_period_config`)."""
        return await api.membership_self_service.get_idle_period_config(
            self._client, contract_id=contract_id, timeout=timeout, deadline=deadline
        )

    async def get_idle_periods(
        self,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriodLists:
        """List the idle periods of a contract (see :func:`perfectgym_async.api.membership_self_service.get_idle_periods`)."""
        return await api.membership_self_service.get_idle_periods(
            self._client, contract_id=contract_id, timeout=timeout, deadline=deadline
        )

    async def get_purchasable_additional_modules(
        self,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.AdditionalModule]:
        """List purchasable additional modules (see :func:`perfectgym_async.api.membership_self_service.get_purchasable_additional_modules`)."""
        return await api.membership_self_service.get_purchasable_additional_modules(
            self._client, contract_id=contract_id, timeout=timeout, deadline=deadline
        )

    async def get_remaining_idle_periods(
        self,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.RemainingIdlePeriods:
        """Get a contract's remaining idle periods (see :func:`perfectgym_async.api.membership_self_service.get_remaining_idle_periods`)."""
        return await api.membership_self_service.get_remaining_idle_periods(
            self._client, contract_id=contract_id, timeout=timeout, deadline=deadline
        )

    async def idle_period_update_preview(
        self,
        contract_id: int,
        idle_period_id: int,
        body: models.IdlePeriodUpdateRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriodUpdatePreview:
        """Preview an idle period update (see :func:`perfectgym_async.api.membership_self_service.idle_period_update_preview`)."""
        return await api.membership_self_service.idle_period_update_preview(
            self._client,
            contract_id=contract_id,
            idle_period_id=idle_period_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    async def purchase_additional_module_contract(
        self,
        contract_id: int,
        body: models.AdditionalModuleContractRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AdditionalModuleContract:
        """Buy an additional module (see :func:`perfectgym_async.api.membership_self_service.purchase_additional_module_contract`)."""
        return await api.membership_self_service.purchase_additional_module_contract(
            self._client, contract_id=contract_id, body=body, timeout=timeout, deadline=deadline
        )

    async def update_idle_period(
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
        """Update an idle period (see :func:`perfectgym_async.api.membership_self_service.update_idle_period`)."""
        return await api.membership_self_service.update_idle_period(
            self._client,
            contract_id=contract_id,
            idle_period_id=idle_period_id,
            data=data,
            document=document,
            filename=filename,
            timeout=timeout,
            deadline=deadline,
        )

    async def validate_additional_module_contract_request(
        self,
        contract_id: int,
        body: models.AdditionalModuleContractRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AdditionalModuleContractValidationStatus:
        """Validate an additional module purchase (see :func:`perfectgym_async.api.membership_self_service.validate_additional_module_contract_request`)."""
        return await api.membership_self_service.validate_additional_module_contract_request(
            self._client, contract_id=contract_id, body=body, timeout=timeout, deadline=deadline
        )

    async def validate_idle_period_request(
        self,
        contract_id: int,
        body: models.IdlePeriodValidationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.IdlePeriodValidationStatusResult:
        """Validate an idle period (see :func:`perfectgym_async.api.membership_self_service.validate_idle_period_request`)."""
        return await api.membership_self_service.validate_idle_period_request(
            self._client, contract_id=contract_id, body=body, timeout=timeout, deadline=deadline
        )

    async def withdraw_additional_module_contract_cancelation(
        self,
        contract_id: int,
        additional_module_contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Withdraw an additional module contract cancelation (see :func:`perfectgym_async.api.membership_self_service.withdraw_additional_module_contract_cancelation`)."""
        return await api.membership_self_service.withdraw_additional_module_contract_cancelation(
            self._client,
            contract_id=contract_id,
            additional_module_contract_id=additional_module_contract_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def withdraw_contract_cancelation(
        self,
        customer_id: int,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Withdraw a main contract cancelation (see :func:`perfectgym_async.api.membership_self_service.withdraw_contract_cancelation`)."""
        return await api.membership_self_service.withdraw_contract_cancelation(
            self._client,
            customer_id=customer_id,
            contract_id=contract_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def withdraw_idle_period(
        self,
        contract_id: int,
        idle_period_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.VoidResult:
        """Withdraw an idle period (see :func:`perfectgym_async.api.membership_self_service.withdraw_idle_period`)."""
        return await api.membership_self_service.withdraw_idle_period(
            self._client,
            contract_id=contract_id,
            idle_period_id=idle_period_id,
            timeout=timeout,
            deadline=deadline,
        )


class MembershipsNamespace:
    """Membership offers, sign-ups, previews, additions and membership switches."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def add_membership(
        self,
        customer_id: int,
        body: models.MembershipSignupContract | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Add a membership to a customer (see :func:`perfectgym_async.api.memberships.add_membership`)."""
        return await api.memberships.add_membership(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def get_membership_offer_by_id(
        self,
        membership_offer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.MembershipOfferExtended:
        """Get a membership offer (see :func:`perfectgym_async.api.memberships.get_membership_offer_by_id`)."""
        return await api.memberships.get_membership_offer_by_id(
            self._client,
            membership_offer_id=membership_offer_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_membership_offers(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.MembershipOffer]:
        """List membership offers (see :func:`perfectgym_async.api.memberships.get_membership_offers`)."""
        return await api.memberships.get_membership_offers(
            self._client, timeout=timeout, deadline=deadline
        )

    async def get_membership_switch_configuration_for_customer(
        self,
        customer_id: int,
        config_id: int,
        *,
        studio_id: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1MembershipSwitchConfigExtended:
        """Get a membership switch configuration for a customer (see :func:`perfectgym_async.api.memberships.get_membership_switch_configuration_for_customer`)."""
        return await api.memberships.get_membership_switch_configuration_for_customer(
            self._client,
            customer_id=customer_id,
            config_id=config_id,
            studio_id=studio_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_membership_switch_configurations_for_customer(
        self,
        customer_id: int,
        *,
        studio_id: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.MembershipSwitchConfig]:
        """List membership switch configurations for a customer (see :func:`perfectgym_async.api.memberships.get_membership_switch_configurations_for_customer`)."""
        return await api.memberships.get_membership_switch_configurations_for_customer(
            self._client,
            customer_id=customer_id,
            studio_id=studio_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def post_membership_preview(
        self,
        customer_id: int,
        body: models.MembershipSignupContract | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1SignupPreviewDto:
        """Preview adding a membership to a customer (see :func:`perfectgym_async.api.memberships.post_membership_preview`)."""
        return await api.memberships.post_membership_preview(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def post_membership_switch_preview(
        self,
        customer_id: int,
        body: models.MembershipSwitch | Mapping[str, Any],
        *,
        studio_id: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.MembershipSwitchPreview:
        """Preview a membership switch (see :func:`perfectgym_async.api.memberships.post_membership_switch_preview`)."""
        return await api.memberships.post_membership_switch_preview(
            self._client,
            customer_id=customer_id,
            body=body,
            studio_id=studio_id,
            timeout=timeout,
            deadline=deadline,
        )

    async def post_signup_preview(
        self,
        body: models.MembershipSignupRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.OpenApiV1SignupPreviewDto:
        """Preview a membership sign-up (see :func:`perfectgym_async.api.memberships.post_signup_preview`)."""
        return await api.memberships.post_signup_preview(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def signup_membership(
        self,
        body: models.MembershipSignupRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.MembershipSignupResult:
        """Sign up a new membership (see :func:`perfectgym_async.api.memberships.signup_membership`)."""
        return await api.memberships.signup_membership(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def switch_membership(
        self,
        customer_id: int,
        body: models.MembershipSwitch | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Switch a membership (see :func:`perfectgym_async.api.memberships.switch_membership`)."""
        return await api.memberships.switch_membership(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )


class PaymentsNamespace:
    """User payment sessions for the Universal Payment Component."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def user_session(
        self,
        body: models.PaymentsUserSessionRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.PaymentsUserSessionResponse:
        """Create a user payment session (see :func:`perfectgym_async.api.payments.user_session`)."""
        return await api.payments.user_session(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class StudiosNamespace:
    """Studio information, utilization, tags and activation."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def confirm_activation(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> None:
        """Confirm the integration's activation (see :func:`perfectgym_async.api.studios.confirm_activation`)."""
        return await api.studios.confirm_activation(
            self._client, timeout=timeout, deadline=deadline
        )

    async def get_all(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Tag]:
        """List available studio tags (see :func:`perfectgym_async.api.studios.get_all`)."""
        return await api.studios.get_all(self._client, timeout=timeout, deadline=deadline)

    async def get_studio_information(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.StudioInformation:
        """Get studio information (see :func:`perfectgym_async.api.studios.get_studio_information`)."""
        return await api.studios.get_studio_information(
            self._client, timeout=timeout, deadline=deadline
        )

    async def get_utilization(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.StudioUtilization:
        """Get studio utilization (see :func:`perfectgym_async.api.studios.get_utilization`)."""
        return await api.studios.get_utilization(self._client, timeout=timeout, deadline=deadline)

    async def update_studio_tags(
        self,
        body: Sequence[models.Tag | Mapping[str, Any]],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.Tag]:
        """Set the studio's tags (see :func:`perfectgym_async.api.studios.update_studio_tags`)."""
        return await api.studios.update_studio_tags(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class TrialOffersNamespace:
    """Trial offer configuration, lead customers and trial bookings."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def book_appointment_for_trial_offer(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AppointmentBookingResult:
        """Book a trial offer appointment (see :func:`perfectgym_async.api.trial_offers.book_appointment_for_trial_offer`)."""
        return await api.trial_offers.book_appointment_for_trial_offer(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def book_class_slot_for_trial_offers(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlotBookingResult:
        """Book a trial offer class slot (see :func:`perfectgym_async.api.trial_offers.book_class_slot_for_trial_offers`)."""
        return await api.trial_offers.book_class_slot_for_trial_offers(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def confirm_trial_offer_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.BookingConfirmationResult:
        """Confirm a trial offer booking (see :func:`perfectgym_async.api.trial_offers.confirm_trial_offer_booking`)."""
        return await api.trial_offers.confirm_trial_offer_booking(
            self._client, booking_id=booking_id, timeout=timeout, deadline=deadline
        )

    async def create_lead_customer(
        self,
        body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TrialOfferLeadCustomerCreationResult:
        """Create a trial offer lead customer (see :func:`perfectgym_async.api.trial_offers.create_lead_customer`)."""
        return await api.trial_offers.create_lead_customer(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def get_bookable_appointment_slots_for_trial_offers(
        self,
        bookable_appointment_id: int,
        *,
        customer_id: int | None = None,
        days_ahead: int | None = None,
        slot_window_start_date: date | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> list[models.BookableAppointmentSlot]:
        """List slots of a trial offer appointment (see :func:`perfectgym_async.api.trial_offers.get_bookable_appointment_slots_for_trial_offers`)."""
        return await api.trial_offers.get_bookable_appointment_slots_for_trial_offers(
            self._client,
            bookable_appointment_id=bookable_appointment_id,
            customer_id=customer_id,
            days_ahead=days_ahead,
            slot_window_start_date=slot_window_start_date,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_bookable_trial_offer_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.BookableTrialOfferAppointment]:
        """List bookable trial offer appointments (see :func:`perfectgym_async.api.trial_offers.get_bookable_trial_offer_appointments`)."""
        return await api.trial_offers.get_bookable_trial_offer_appointments(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    def iter_bookable_trial_offer_appointments(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> AsyncGenerator[models.BookableTrialOfferAppointment, None]:
        """Every item of ``getBookableTrialOfferAppointments`` (see :func:`perfectgym_async.api.trial_offers.iter_bookable_trial_offer_appointments`)."""
        return api.trial_offers.iter_bookable_trial_offer_appointments(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    async def get_bookable_trial_offer_classes(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.TrialOfferClass]:
        """List bookable trial offer classes (see :func:`perfectgym_async.api.trial_offers.get_bookable_trial_offer_classes`)."""
        return await api.trial_offers.get_bookable_trial_offer_classes(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    def iter_bookable_trial_offer_classes(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> AsyncGenerator[models.TrialOfferClass, None]:
        """Every item of ``getBookableTrialOfferClasses`` (see :func:`perfectgym_async.api.trial_offers.iter_bookable_trial_offer_classes`)."""
        return api.trial_offers.iter_bookable_trial_offer_classes(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    async def get_class_slots_for_trial_offers(
        self,
        class_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Page[models.ClassSlot]:
        """List slots of a trial offer class (see :func:`perfectgym_async.api.trial_offers.get_class_slots_for_trial_offers`)."""
        return await api.trial_offers.get_class_slots_for_trial_offers(
            self._client,
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
    ) -> AsyncGenerator[models.ClassSlot, None]:
        """Every item of ``getClassSlotsForTrialOffers`` (see :func:`perfectgym_async.api.trial_offers.iter_class_slots_for_trial_offers`)."""
        return api.trial_offers.iter_class_slots_for_trial_offers(
            self._client,
            class_id=class_id,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_trial_offer_config(
        self,
        config_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TrialOfferConfig:
        """Get a trial offer configuration (see :func:`perfectgym_async.api.trial_offers.get_trial_offer_config`)."""
        return await api.trial_offers.get_trial_offer_config(
            self._client, config_id=config_id, timeout=timeout, deadline=deadline
        )

    async def validate_class_slot_for_trial_offers(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.ClassSlotBookingValidationResult:
        """Validate a trial offer class booking (see :func:`perfectgym_async.api.trial_offers.validate_class_slot_for_trial_offers`)."""
        return await api.trial_offers.validate_class_slot_for_trial_offers(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def validate_for_appointment_booking_for_trial_offers(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.AppointmentBookingValidationResult:
        """Validate a trial offer appointment booking (see :func:`perfectgym_async.api.trial_offers.validate_for_appointment_booking_for_trial_offers`)."""
        return await api.trial_offers.validate_for_appointment_booking_for_trial_offers(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def validate_for_lead_customer_creation(
        self,
        body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> models.TrialOfferLeadCustomerCreationValidationResult:
        """Validate trial offer lead data (see :func:`perfectgym_async.api.trial_offers.validate_for_lead_customer_creation`)."""
        return await api.trial_offers.validate_for_lead_customer_creation(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class AsyncClient(AsyncTransport):
    """Async client of the PerfectGym Next Open API.

    One long-lived instance per tenant; share it across tasks. Use it as
    ``async with AsyncClient(base_url, api_key) as client:`` or close it with
    ``await client.aclose()``; without arguments it reads ``PERFECTGYM_BASE_URL`` and
    ``PERFECTGYM_API_KEY``. Operations are grouped by API tag:
    ``await client.appointments.get_bookable_appointments(slice_size=50)``.

    ``timeout`` bounds each attempt, ``deadline`` (seconds) each whole call, rate-limit
    waits and retries included; both can be set per call or on a cheap copy made with
    :meth:`with_options`. ``client.with_raw_response`` has every operation again,
    returning a :class:`~perfectgym_async.types.RawResult` (status, headers, trace id).
    ``trace_configs`` (aiohttp ``TraceConfig`` objects) go to the session the client
    creates, for OpenTelemetry's aiohttp instrumentation or your own hooks.
    """

    # The options are AsyncTransport's own; the namespaces are made on first use.
    @functools.cached_property
    def appointments(self) -> AppointmentsNamespace:
        """Bookable appointments, their slots and appointment bookings."""
        return AppointmentsNamespace(self)

    @functools.cached_property
    def checkin_vouchers(self) -> CheckinVouchersNamespace:
        """Redemption of check-in vouchers."""
        return CheckinVouchersNamespace(self)

    @functools.cached_property
    def classes(self) -> ClassesNamespace:
        """Classes, their slots and class bookings."""
        return ClassesNamespace(self)

    @functools.cached_property
    def cross_studio(self) -> CrossStudioNamespace:
        """Customers, check-ins and membership offers across partner studios."""
        return CrossStudioNamespace(self)

    @functools.cached_property
    def customers(self) -> CustomersNamespace:
        """Customer data, contracts, documents, access media, benefits and check-ins."""
        return CustomersNamespace(self)

    @functools.cached_property
    def customers_account(self) -> CustomersAccountNamespace:
        """Balances, transactions and payments of a customer's account."""
        return CustomersAccountNamespace(self)

    @functools.cached_property
    def customers_communication(self) -> CustomersCommunicationNamespace:
        """Communication preferences and message threads with a customer."""
        return CustomersCommunicationNamespace(self)

    @functools.cached_property
    def customers_self_service(self) -> CustomersSelfServiceNamespace:
        """Customer-driven changes to contact, address, master and payment data."""
        return CustomersSelfServiceNamespace(self)

    @functools.cached_property
    def devices(self) -> DevicesNamespace:
        """Devices registered for the studio and their activation."""
        return DevicesNamespace(self)

    @functools.cached_property
    def employees(self) -> EmployeesNamespace:
        """Employees of the studio."""
        return EmployeesNamespace(self)

    @functools.cached_property
    def finance(self) -> FinanceNamespace:
        """Debt collection runs, cases and blocked debtors, plus tax advisor exports."""
        return FinanceNamespace(self)

    @functools.cached_property
    def leads(self) -> LeadsNamespace:
        """Lead configuration, validation and creation."""
        return LeadsNamespace(self)

    @functools.cached_property
    def membership_self_service(self) -> MembershipSelfServiceNamespace:
        """Contract data, cancelations, idle periods and additional modules managed by the member."""
        return MembershipSelfServiceNamespace(self)

    @functools.cached_property
    def memberships(self) -> MembershipsNamespace:
        """Membership offers, sign-ups, previews, additions and membership switches."""
        return MembershipsNamespace(self)

    @functools.cached_property
    def payments(self) -> PaymentsNamespace:
        """User payment sessions for the Universal Payment Component."""
        return PaymentsNamespace(self)

    @functools.cached_property
    def studios(self) -> StudiosNamespace:
        """Studio information, utilization, tags and activation."""
        return StudiosNamespace(self)

    @functools.cached_property
    def trial_offers(self) -> TrialOffersNamespace:
        """Trial offer configuration, lead customers and trial bookings."""
        return TrialOffersNamespace(self)

    @functools.cached_property
    def with_raw_response(self) -> AsyncRawResponses:
        """Every operation again, returning ``RawResult`` (status, headers, trace id, parsed)."""
        from ._raw import AsyncRawResponses  # loaded on first use, like the models

        return AsyncRawResponses(self)

    async def __aenter__(self) -> AsyncClient:
        await super().__aenter__()
        return self
