"""``with_raw_response``: every operation again, returning a ``RawResult``.

``await client.with_raw_response.customers.get_customer_by_id(1)`` (or the blocking
``client.with_raw_response...``) returns the answer's status, headers and trace id beside
the parsed result. Loaded on the first ``with_raw_response`` access, so a program that
never asks for raw responses never pays for this module.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from . import models
from ._sync import SyncRunner
from ._transport import AsyncTransport
from ._upload import FileInput, read_upload
from .api import (
    appointments,
    checkin_vouchers,
    classes,
    cross_studio,
    customers,
    customers_account,
    customers_communication,
    customers_self_service,
    devices,
    employees,
    finance,
    leads,
    membership_self_service,
    memberships,
    payments,
    studios,
    trial_offers,
)
from .types import Page, RawResult, Timeout

__all__ = ["AsyncRawResponses", "RawResponses"]


async def _appointments__book_appointment_booking(
    client: AsyncTransport,
    body: models.AppointmentBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AppointmentBookingResult]:
    request = appointments.build_book_appointment_booking(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(appointments.parse_book_appointment_booking(response))


async def _appointments__delete_appointment_booking(
    client: AsyncTransport,
    booking_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.VoidResult]:
    request = appointments.build_delete_appointment_booking(booking_id=booking_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(appointments.parse_delete_appointment_booking(response))


async def _appointments__get_appointment_booking(
    client: AsyncTransport,
    booking_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AppointmentBookingResultWithCustomerId]:
    request = appointments.build_get_appointment_booking(booking_id=booking_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(appointments.parse_get_appointment_booking(response))


async def _appointments__get_appointment_bookings(
    client: AsyncTransport,
    *,
    customer_id: int,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.AppointmentBookingResult]]:
    request = appointments.build_get_appointment_bookings(customer_id=customer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(appointments.parse_get_appointment_bookings(response))


async def _appointments__get_bookable_appointment(
    client: AsyncTransport,
    bookable_appointment_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.BookableAppointment]:
    request = appointments.build_get_bookable_appointment(
        bookable_appointment_id=bookable_appointment_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(appointments.parse_get_bookable_appointment(response))


async def _appointments__get_bookable_appointment_slots(
    client: AsyncTransport,
    bookable_appointment_id: int,
    *,
    customer_id: int | None = None,
    days_ahead: int | None = None,
    slot_window_start_date: date | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.BookableAppointmentSlot]]:
    request = appointments.build_get_bookable_appointment_slots(
        bookable_appointment_id=bookable_appointment_id,
        customer_id=customer_id,
        days_ahead=days_ahead,
        slot_window_start_date=slot_window_start_date,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(appointments.parse_get_bookable_appointment_slots(response))


async def _appointments__get_bookable_appointments(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.BookableAppointment]]:
    request = appointments.build_get_bookable_appointments(offset=offset, slice_size=slice_size)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(appointments.parse_get_bookable_appointments(response))


async def _appointments__validate_for_appointment_booking(
    client: AsyncTransport,
    body: models.AppointmentBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AppointmentBookingValidationResult]:
    request = appointments.build_validate_for_appointment_booking(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(appointments.parse_validate_for_appointment_booking(response))


async def _checkin_vouchers__redeem_checkin_voucher(
    client: AsyncTransport,
    body: models.CheckinVoucherRedeem | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1CheckinVoucherRedeemResultDto]:
    request = checkin_vouchers.build_redeem_checkin_voucher(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(checkin_vouchers.parse_redeem_checkin_voucher(response))


async def _classes__book_class_slot(
    client: AsyncTransport,
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.ClassSlotBookingResult]:
    request = classes.build_book_class_slot(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(classes.parse_book_class_slot(response))


async def _classes__cancel_class_slot_by_id(
    client: AsyncTransport,
    booking_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[None]:
    request = classes.build_cancel_class_slot_by_id(booking_id=booking_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    classes.parse_cancel_class_slot_by_id(response)
    return response.with_parsed(None)


async def _classes__get_active_classes(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.Class]]:
    request = classes.build_get_active_classes(offset=offset, slice_size=slice_size)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(classes.parse_get_active_classes(response))


async def _classes__get_class_booking_by_id(
    client: AsyncTransport,
    booking_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.ClassSlotBookingResult]:
    request = classes.build_get_class_booking_by_id(booking_id=booking_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(classes.parse_get_class_booking_by_id(response))


async def _classes__get_class_bookings_by_customer_id(
    client: AsyncTransport,
    *,
    customer_id: int,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.ClassSlotBookingResult]]:
    request = classes.build_get_class_bookings_by_customer_id(customer_id=customer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(classes.parse_get_class_bookings_by_customer_id(response))


async def _classes__get_class_by_id(
    client: AsyncTransport,
    class_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.Class]:
    request = classes.build_get_class_by_id(class_id=class_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(classes.parse_get_class_by_id(response))


async def _classes__get_class_slot_by_id(
    client: AsyncTransport,
    class_id: int,
    class_slot_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.ClassSlot]:
    request = classes.build_get_class_slot_by_id(class_id=class_id, class_slot_id=class_slot_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(classes.parse_get_class_slot_by_id(response))


async def _classes__get_class_slots(
    client: AsyncTransport,
    class_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.ClassSlot]]:
    request = classes.build_get_class_slots(class_id=class_id, offset=offset, slice_size=slice_size)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(classes.parse_get_class_slots(response))


async def _classes__get_class_slots_for_multiple_classes(
    client: AsyncTransport,
    *,
    days_ahead: int | None = None,
    slot_window_start_date: date | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.ClassSlot]]:
    request = classes.build_get_class_slots_for_multiple_classes(
        days_ahead=days_ahead,
        slot_window_start_date=slot_window_start_date,
        offset=offset,
        slice_size=slice_size,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(classes.parse_get_class_slots_for_multiple_classes(response))


async def _classes__validate_class_slot(
    client: AsyncTransport,
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.ClassSlotBookingValidationResult]:
    request = classes.build_validate_class_slot(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(classes.parse_validate_class_slot(response))


async def _cross_studio__get_cross_studio_customer_by(
    client: AsyncTransport,
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
) -> RawResult[models.Customer]:
    request = cross_studio.build_get_cross_studio_customer_by(
        card_number=card_number,
        card_number_format=card_number_format,
        debtor_id=debtor_id,
        barcode=barcode,
        pin=pin,
        customer_number=customer_number,
        qr_code_uuid=qr_code_uuid,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(cross_studio.parse_get_cross_studio_customer_by(response))


async def _cross_studio__get_cross_studio_customer_by_id(
    client: AsyncTransport,
    customer_id: int,
    *,
    card_number_format: models.CardNumberFormat | str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.Customer]:
    request = cross_studio.build_get_cross_studio_customer_by_id(
        customer_id=customer_id, card_number_format=card_number_format
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(cross_studio.parse_get_cross_studio_customer_by_id(response))


async def _cross_studio__get_cross_studio_customers_checkin_history(
    client: AsyncTransport,
    customer_id: int,
    *,
    from_date: date | None = None,
    to_date: date | None = None,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.CustomerCheckin]]:
    request = cross_studio.build_get_cross_studio_customers_checkin_history(
        customer_id=customer_id,
        from_date=from_date,
        to_date=to_date,
        slice_size=slice_size,
        offset=offset,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        cross_studio.parse_get_cross_studio_customers_checkin_history(response)
    )


async def _cross_studio__get_studios_with_active_membership_offers(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.StudioInformationBase]]:
    request = cross_studio.build_get_studios_with_active_membership_offers()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        cross_studio.parse_get_studios_with_active_membership_offers(response)
    )


async def _cross_studio__search_cross_studio_customers(
    client: AsyncTransport,
    body: models.CustomerSearchRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.Customer]]:
    request = cross_studio.build_search_cross_studio_customers(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(cross_studio.parse_search_cross_studio_customers(response))


async def _customers__add_access_medium(
    client: AsyncTransport,
    customer_id: int,
    body: models.AccessMediumDto | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AccessMediumDto]:
    request = customers.build_add_access_medium(customer_id=customer_id, body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_add_access_medium(response))


async def _customers__add_access_mediums(
    client: AsyncTransport,
    customer_id: int,
    body: models.AccessMediumDto | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AccessMediumDto]:
    request = customers.build_add_access_mediums(customer_id=customer_id, body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_add_access_mediums(response))


async def _customers__create_customer(
    client: AsyncTransport,
    body: models.MembershipSignupCustomer | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1CustomerCreateResult]:
    request = customers.build_create_customer(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_create_customer(response))


async def _customers__create_customer_weighing(
    client: AsyncTransport,
    customer_id: int,
    body: models.CustomerWeighings | Mapping[str, Any],
    *,
    benefit_key: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.CustomerWeighings]:
    request = customers.build_create_customer_weighing(
        customer_id=customer_id, body=body, benefit_key=benefit_key
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_create_customer_weighing(response))


async def _customers__delete_access_mediums(
    client: AsyncTransport,
    customer_id: int,
    access_medium_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[None]:
    request = customers.build_delete_access_mediums(
        customer_id=customer_id, access_medium_id=access_medium_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    customers.parse_delete_access_mediums(response)
    return response.with_parsed(None)


async def _customers__delete_access_restriction(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[None]:
    request = customers.build_delete_access_restriction(customer_id=customer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    customers.parse_delete_access_restriction(response)
    return response.with_parsed(None)


async def _customers__get_additional_information_fields(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.AdditionalInformationField]]:
    request = customers.build_get_additional_information_fields()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_additional_information_fields(response))


async def _customers__get_benefits(
    client: AsyncTransport,
    customer_id: int,
    *,
    key: Sequence[str] | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.BenefitValidationDto]]:
    request = customers.build_get_benefits(customer_id=customer_id, key=key)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_benefits(response))


async def _customers__get_benefits_by_card_number(
    client: AsyncTransport,
    *,
    card_number: str,
    card_number_format: models.CardNumberFormat | str | None = None,
    key: Sequence[str] | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.BenefitValidationDto]]:
    request = customers.build_get_benefits_by_card_number(
        card_number=card_number, card_number_format=card_number_format, key=key
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_benefits_by_card_number(response))


async def _customers__get_customer_access_code(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.CustomerAccessCode]:
    request = customers.build_get_customer_access_code(customer_id=customer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_customer_access_code(response))


async def _customers__get_customer_by(
    client: AsyncTransport,
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
) -> RawResult[models.Customer]:
    request = customers.build_get_customer_by(
        card_number=card_number,
        card_number_format=card_number_format,
        debtor_id=debtor_id,
        barcode=barcode,
        pin=pin,
        customer_number=customer_number,
        qr_code_uuid=qr_code_uuid,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_customer_by(response))


async def _customers__get_customer_by_id(
    client: AsyncTransport,
    customer_id: int,
    *,
    card_number_format: models.CardNumberFormat | str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.Customer]:
    request = customers.build_get_customer_by_id(
        customer_id=customer_id, card_number_format=card_number_format
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_customer_by_id(response))


async def _customers__get_customer_contracts_by(
    client: AsyncTransport,
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
) -> RawResult[list[models.Contract]]:
    request = customers.build_get_customer_contracts_by(
        card_number=card_number,
        card_number_format=card_number_format,
        debtor_id=debtor_id,
        barcode=barcode,
        pin=pin,
        customer_number=customer_number,
        status=status,
        qr_code_uuid=qr_code_uuid,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_customer_contracts_by(response))


async def _customers__get_customer_measurement(
    client: AsyncTransport,
    *,
    card_number: str | None = None,
    card_number_format: models.CardNumberFormat | str | None = None,
    barcode: str | None = None,
    pin: str | None = None,
    qr_code_uuid: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.Measurement]:
    request = customers.build_get_customer_measurement(
        card_number=card_number,
        card_number_format=card_number_format,
        barcode=barcode,
        pin=pin,
        qr_code_uuid=qr_code_uuid,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_customer_measurement(response))


async def _customers__get_customers(
    client: AsyncTransport,
    *,
    card_number_format: models.CardNumberFormat | str | None = None,
    last_offset_id: int | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    customer_status: models.CustomerStatus | str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.Customer]]:
    request = customers.build_get_customers(
        card_number_format=card_number_format,
        last_offset_id=last_offset_id,
        offset=offset,
        slice_size=slice_size,
        customer_status=customer_status,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_customers(response))


async def _customers__get_customers_checkin_history(
    client: AsyncTransport,
    customer_id: int,
    *,
    from_date: date | None = None,
    to_date: date | None = None,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.CustomerCheckin]]:
    request = customers.build_get_customers_checkin_history(
        customer_id=customer_id,
        from_date=from_date,
        to_date=to_date,
        slice_size=slice_size,
        offset=offset,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_customers_checkin_history(response))


async def _customers__get_customers_contracts(
    client: AsyncTransport,
    customer_id: int,
    *,
    status: models.ContractStatus | str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.Contract]]:
    request = customers.build_get_customers_contracts(customer_id=customer_id, status=status)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_customers_contracts(response))


async def _customers__get_document_by_id(
    client: AsyncTransport,
    customer_id: int,
    id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.CustomerDocument]:
    request = customers.build_get_document_by_id(customer_id=customer_id, id=id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_document_by_id(response))


async def _customers__get_documents(
    client: AsyncTransport,
    customer_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.CustomerDocument]]:
    request = customers.build_get_documents(
        customer_id=customer_id, offset=offset, slice_size=slice_size
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_get_documents(response))


async def _customers__search_customers(
    client: AsyncTransport,
    body: models.CustomerSearchRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.Customer]]:
    request = customers.build_search_customers(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_search_customers(response))


async def _customers__set_access_restriction(
    client: AsyncTransport,
    customer_id: int,
    body: models.AccessRestriction | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AccessRestriction]:
    request = customers.build_set_access_restriction(customer_id=customer_id, body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_set_access_restriction(response))


async def _customers__set_additional_information_field_assignments(
    client: AsyncTransport,
    customer_id: int,
    body: Sequence[models.AdditionalInformationFieldAssignment | Mapping[str, Any]],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.AdditionalInformationFieldAssignment]]:
    request = customers.build_set_additional_information_field_assignments(
        customer_id=customer_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers.parse_set_additional_information_field_assignments(response)
    )


async def _customers__switch_studio(
    client: AsyncTransport,
    customer_id: int,
    body: models.OpenApiV1CustomerStudioSwitchRequestDto | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[None]:
    request = customers.build_switch_studio(customer_id=customer_id, body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    customers.parse_switch_studio(response)
    return response.with_parsed(None)


async def _customers__update_access_mediums(
    client: AsyncTransport,
    customer_id: int,
    access_medium_id: int,
    body: models.UpdateAccessIdentificationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AccessMediumDto]:
    request = customers.build_update_access_mediums(
        customer_id=customer_id, access_medium_id=access_medium_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_update_access_mediums(response))


async def _customers__update_image(
    client: AsyncTransport,
    customer_id: int,
    image: FileInput,
    *,
    filename: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.CustomerImage]:
    upload_bytes, upload_name = await read_upload(image, name="image")
    request = customers.build_update_image(
        customer_id=customer_id, image=upload_bytes, filename=filename or upload_name
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_update_image(response))


async def _customers__upload_document(
    client: AsyncTransport,
    customer_id: int,
    file: FileInput,
    *,
    description: str | None = None,
    filename: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.CustomerDocumentUploadResult]:
    upload_bytes, upload_name = await read_upload(file, name="file")
    request = customers.build_upload_document(
        customer_id=customer_id,
        file=upload_bytes,
        description=description,
        filename=filename or upload_name,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers.parse_upload_document(response))


async def _customers__use_benefit(
    client: AsyncTransport,
    customer_id: int,
    benefit_key: str,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[None]:
    request = customers.build_use_benefit(customer_id=customer_id, benefit_key=benefit_key)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    customers.parse_use_benefit(response)
    return response.with_parsed(None)


async def _customers_account__book_customer_payment(
    client: AsyncTransport,
    customer_id: int,
    body: models.BookCustomerPaymentRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.BookCustomerPaymentResponse]:
    request = customers_account.build_book_customer_payment(customer_id=customer_id, body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers_account.parse_book_customer_payment(response))


async def _customers_account__get_customers_account_balance_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.CustomerAccountBalance]:
    request = customers_account.build_get_customers_account_balance_data(customer_id=customer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_account.parse_get_customers_account_balance_data(response)
    )


async def _customers_account__get_customers_account_transaction_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.BookingEntry]]:
    request = customers_account.build_get_customers_account_transaction_data(
        customer_id=customer_id, slice_size=slice_size, offset=offset
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_account.parse_get_customers_account_transaction_data(response)
    )


async def _customers_account__get_customers_account_upcoming_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.BookingEntry]]:
    request = customers_account.build_get_customers_account_upcoming_data(
        customer_id=customer_id, slice_size=slice_size, offset=offset
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_account.parse_get_customers_account_upcoming_data(response)
    )


async def _customers_account__update_customer_payment_instrument(
    client: AsyncTransport,
    customer_id: int,
    body: models.PaymentsUpdateCustomerPaymentInstrumentRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.UpdateCustomerPaymentInstrumentResponseDto]:
    request = customers_account.build_update_customer_payment_instrument(
        customer_id=customer_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_account.parse_update_customer_payment_instrument(response)
    )


async def _customers_communication__create_communication_in_existing_communication_thread(
    client: AsyncTransport,
    customer_id: int,
    thread_id: int,
    body: models.CommunicationThreadRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.CommunicationThreadResponse]:
    request = customers_communication.build_create_communication_in_existing_communication_thread(
        customer_id=customer_id, thread_id=thread_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_communication.parse_create_communication_in_existing_communication_thread(
            response
        )
    )


async def _customers_communication__create_communication_in_new_communication_thread(
    client: AsyncTransport,
    customer_id: int,
    body: models.CommunicationThreadRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.CommunicationThreadResponse]:
    request = customers_communication.build_create_communication_in_new_communication_thread(
        customer_id=customer_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_communication.parse_create_communication_in_new_communication_thread(response)
    )


async def _customers_communication__get_communication_preferences(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.CommunicationPreference]]:
    request = customers_communication.build_get_communication_preferences(customer_id=customer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_communication.parse_get_communication_preferences(response)
    )


async def _customers_communication__update_communication_preferences(
    client: AsyncTransport,
    customer_id: int,
    body: Sequence[models.CommunicationPreference | Mapping[str, Any]],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.CommunicationPreference]]:
    request = customers_communication.build_update_communication_preferences(
        customer_id=customer_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_communication.parse_update_communication_preferences(response)
    )


async def _customers_self_service__create_customer_address_data_amendment(
    client: AsyncTransport,
    customer_id: int,
    body: models.CustomerAddressData | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData]:
    request = customers_self_service.build_create_customer_address_data_amendment(
        customer_id=customer_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_self_service.parse_create_customer_address_data_amendment(response)
    )


async def _customers_self_service__create_customer_contact_data_amendment(
    client: AsyncTransport,
    customer_id: int,
    body: models.CustomerContactData | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData]:
    request = customers_self_service.build_create_customer_contact_data_amendment(
        customer_id=customer_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_self_service.parse_create_customer_contact_data_amendment(response)
    )


async def _customers_self_service__create_customer_master_data_amendment(
    client: AsyncTransport,
    customer_id: int,
    body: models.CustomerMasterData | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData]:
    request = customers_self_service.build_create_customer_master_data_amendment(
        customer_id=customer_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_self_service.parse_create_customer_master_data_amendment(response)
    )


async def _customers_self_service__create_customer_payment_data_amendment(
    client: AsyncTransport,
    customer_id: int,
    body: models.OpenApiV1CustomerPaymentAmendment | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData]:
    request = customers_self_service.build_create_customer_payment_data_amendment(
        customer_id=customer_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        customers_self_service.parse_create_customer_payment_data_amendment(response)
    )


async def _customers_self_service__get_customer_address_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerAddressData]:
    request = customers_self_service.build_get_customer_address_data(customer_id=customer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers_self_service.parse_get_customer_address_data(response))


async def _customers_self_service__get_customer_contact_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerContactData]:
    request = customers_self_service.build_get_customer_contact_data(customer_id=customer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers_self_service.parse_get_customer_contact_data(response))


async def _customers_self_service__get_customer_master_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerMasterData]:
    request = customers_self_service.build_get_customer_master_data(customer_id=customer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers_self_service.parse_get_customer_master_data(response))


async def _customers_self_service__get_customer_payment_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerPaymentData]:
    request = customers_self_service.build_get_customer_payment_data(customer_id=customer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(customers_self_service.parse_get_customer_payment_data(response))


async def _customers_self_service__withdraw_amendment(
    client: AsyncTransport,
    customer_id: int,
    amendment_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[None]:
    request = customers_self_service.build_withdraw_amendment(
        customer_id=customer_id, amendment_id=amendment_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    customers_self_service.parse_withdraw_amendment(response)
    return response.with_parsed(None)


async def _devices__activate_device(
    client: AsyncTransport,
    device_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.DeviceActivationResponse]:
    request = devices.build_activate_device(device_id=device_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(devices.parse_activate_device(response))


async def _devices__get_devices(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.Device]]:
    request = devices.build_get_devices()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(devices.parse_get_devices(response))


async def _employees__get_employee(
    client: AsyncTransport,
    id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.Employee]:
    request = employees.build_get_employee(id=id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(employees.parse_get_employee(response))


async def _employees__get_employees(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.Employee]]:
    request = employees.build_get_employees(offset=offset, slice_size=slice_size)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(employees.parse_get_employees(response))


async def _finance__confirm_transfer(
    client: AsyncTransport,
    debt_collection_run_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[None]:
    request = finance.build_confirm_transfer(debt_collection_run_id=debt_collection_run_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    finance.parse_confirm_transfer(response)
    return response.with_parsed(None)


async def _finance__create_export(
    client: AsyncTransport,
    body: models.TaxAdvisorCreateExport | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.TaxAdvisorExportResult]:
    request = finance.build_create_export(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(finance.parse_create_export(response))


async def _finance__get_debt_collection_blocked_debtors(
    client: AsyncTransport,
    *,
    debtor_id: Sequence[str] | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.DebtorId]]:
    request = finance.build_get_debt_collection_blocked_debtors(
        debtor_id=debtor_id, offset=offset, slice_size=slice_size
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(finance.parse_get_debt_collection_blocked_debtors(response))


async def _finance__get_debt_collection_blocked_debts(
    client: AsyncTransport,
    *,
    debt_id: Sequence[str] | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.DebtorId]]:
    request = finance.build_get_debt_collection_blocked_debts(
        debt_id=debt_id, offset=offset, slice_size=slice_size
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(finance.parse_get_debt_collection_blocked_debts(response))


async def _finance__get_debt_collection_cases(
    client: AsyncTransport,
    *,
    debtor_id: Sequence[str] | None = None,
    collection_case_id: Sequence[str] | None = None,
    agency_collection_case_id: Sequence[str] | None = None,
    case_adjustment_request_id: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.DebtorUpdate]]:
    request = finance.build_get_debt_collection_cases(
        debtor_id=debtor_id,
        collection_case_id=collection_case_id,
        agency_collection_case_id=agency_collection_case_id,
        case_adjustment_request_id=case_adjustment_request_id,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(finance.parse_get_debt_collection_cases(response))


async def _finance__get_debt_collection_configuration(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.DebtCollectionConfiguration]:
    request = finance.build_get_debt_collection_configuration()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(finance.parse_get_debt_collection_configuration(response))


async def _finance__get_debtors(
    client: AsyncTransport,
    debt_collection_run_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.Debtor]]:
    request = finance.build_get_debtors(
        debt_collection_run_id=debt_collection_run_id, offset=offset, slice_size=slice_size
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(finance.parse_get_debtors(response))


async def _finance__get_export(
    client: AsyncTransport,
    export_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.TaxAdvisorExportDownload]:
    request = finance.build_get_export(export_id=export_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(finance.parse_get_export(response))


async def _finance__get_transfer_details(
    client: AsyncTransport,
    debt_collection_run_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.TransferDetails]:
    request = finance.build_get_transfer_details(debt_collection_run_id=debt_collection_run_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(finance.parse_get_transfer_details(response))


async def _finance__update_debt_collection(
    client: AsyncTransport,
    body: models.DebtCollectionUpdate | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[None]:
    request = finance.build_update_debt_collection(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    finance.parse_update_debt_collection(response)
    return response.with_parsed(None)


async def _leads__create_lead(
    client: AsyncTransport,
    body: models.LeadCreationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.LeadCreationResult]:
    request = leads.build_create_lead(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(leads.parse_create_lead(response))


async def _leads__get_lead_config(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.LeadConfig]:
    request = leads.build_get_lead_config()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(leads.parse_get_lead_config(response))


async def _leads__validate_for_lead_creation(
    client: AsyncTransport,
    body: models.LeadCreationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.LeadValidationResult]:
    request = leads.build_validate_for_lead_creation(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(leads.parse_validate_for_lead_creation(response))


async def _membership_self_service__create_contract_cancelation_amendment(
    client: AsyncTransport,
    customer_id: int,
    body: models.MembershipSelfServiceMainContractCancelation | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.VoidResult]:
    request = membership_self_service.build_create_contract_cancelation_amendment(
        customer_id=customer_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        membership_self_service.parse_create_contract_cancelation_amendment(response)
    )


async def _membership_self_service__create_idle_period_amendment(
    client: AsyncTransport,
    contract_id: int,
    data: models.IdlePeriodRequest | Mapping[str, Any],
    document: FileInput | None = None,
    *,
    filename: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.IdlePeriod]:
    upload_bytes, upload_name = (
        (None, None) if document is None else await read_upload(document, name="document")
    )
    request = membership_self_service.build_create_idle_period_amendment(
        contract_id=contract_id, data=data, document=upload_bytes, filename=filename or upload_name
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        membership_self_service.parse_create_idle_period_amendment(response)
    )


async def _membership_self_service__create_module_contract_cancelation_amendment(
    client: AsyncTransport,
    contract_id: int,
    additional_module_contract_id: int,
    body: models.AdditionalModuleContractCancelation | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.VoidResult]:
    request = membership_self_service.build_create_module_contract_cancelation_amendment(
        contract_id=contract_id,
        additional_module_contract_id=additional_module_contract_id,
        body=body,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        membership_self_service.parse_create_module_contract_cancelation_amendment(response)
    )


async def _membership_self_service__get_additional_module_contract(
    client: AsyncTransport,
    contract_id: int,
    additional_module_contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AdditionalModuleContractExtended]:
    request = membership_self_service.build_get_additional_module_contract(
        contract_id=contract_id, additional_module_contract_id=additional_module_contract_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        membership_self_service.parse_get_additional_module_contract(response)
    )


async def _membership_self_service__get_additional_modules(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.AdditionalModule]]:
    request = membership_self_service.build_get_additional_modules()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(membership_self_service.parse_get_additional_modules(response))


async def _membership_self_service__get_contract_cancelation_reason_data(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.ContractCancelationReason]]:
    request = membership_self_service.build_get_contract_cancelation_reason_data()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        membership_self_service.parse_get_contract_cancelation_reason_data(response)
    )


async def _membership_self_service__get_contract_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.MembershipSelfServiceContractData]]:
    request = membership_self_service.build_get_contract_data(customer_id=customer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(membership_self_service.parse_get_contract_data(response))


async def _membership_self_service__get_idle_period_by_id(
    client: AsyncTransport,
    contract_id: int,
    idle_period_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.IdlePeriod]:
    request = membership_self_service.build_get_idle_period_by_id(
        contract_id=contract_id, idle_period_id=idle_period_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(membership_self_service.parse_get_idle_period_by_id(response))


async def _membership_self_service__get_idle_period_config(
    client: AsyncTransport,
    contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.IdlePeriodConfiguration]:
    request = membership_self_service.build_get_idle_period_config(contract_id=contract_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(membership_self_service.parse_get_idle_period_config(response))


async def _membership_self_service__get_idle_periods(
    client: AsyncTransport,
    contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.IdlePeriodLists]:
    request = membership_self_service.build_get_idle_periods(contract_id=contract_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(membership_self_service.parse_get_idle_periods(response))


async def _membership_self_service__get_purchasable_additional_modules(
    client: AsyncTransport,
    contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.AdditionalModule]]:
    request = membership_self_service.build_get_purchasable_additional_modules(
        contract_id=contract_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        membership_self_service.parse_get_purchasable_additional_modules(response)
    )


async def _membership_self_service__get_remaining_idle_periods(
    client: AsyncTransport,
    contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.RemainingIdlePeriods]:
    request = membership_self_service.build_get_remaining_idle_periods(contract_id=contract_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(membership_self_service.parse_get_remaining_idle_periods(response))


async def _membership_self_service__idle_period_update_preview(
    client: AsyncTransport,
    contract_id: int,
    idle_period_id: int,
    body: models.IdlePeriodUpdateRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.IdlePeriodUpdatePreview]:
    request = membership_self_service.build_idle_period_update_preview(
        contract_id=contract_id, idle_period_id=idle_period_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(membership_self_service.parse_idle_period_update_preview(response))


async def _membership_self_service__purchase_additional_module_contract(
    client: AsyncTransport,
    contract_id: int,
    body: models.AdditionalModuleContractRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AdditionalModuleContract]:
    request = membership_self_service.build_purchase_additional_module_contract(
        contract_id=contract_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        membership_self_service.parse_purchase_additional_module_contract(response)
    )


async def _membership_self_service__update_idle_period(
    client: AsyncTransport,
    contract_id: int,
    idle_period_id: int,
    data: models.IdlePeriodUpdateRequest | Mapping[str, Any],
    document: FileInput | None = None,
    *,
    filename: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.IdlePeriod]:
    upload_bytes, upload_name = (
        (None, None) if document is None else await read_upload(document, name="document")
    )
    request = membership_self_service.build_update_idle_period(
        contract_id=contract_id,
        idle_period_id=idle_period_id,
        data=data,
        document=upload_bytes,
        filename=filename or upload_name,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(membership_self_service.parse_update_idle_period(response))


async def _membership_self_service__validate_additional_module_contract_request(
    client: AsyncTransport,
    contract_id: int,
    body: models.AdditionalModuleContractRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AdditionalModuleContractValidationStatus]:
    request = membership_self_service.build_validate_additional_module_contract_request(
        contract_id=contract_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        membership_self_service.parse_validate_additional_module_contract_request(response)
    )


async def _membership_self_service__validate_idle_period_request(
    client: AsyncTransport,
    contract_id: int,
    body: models.IdlePeriodValidationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.IdlePeriodValidationStatusResult]:
    request = membership_self_service.build_validate_idle_period_request(
        contract_id=contract_id, body=body
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        membership_self_service.parse_validate_idle_period_request(response)
    )


async def _membership_self_service__withdraw_additional_module_contract_cancelation(
    client: AsyncTransport,
    contract_id: int,
    additional_module_contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.VoidResult]:
    request = membership_self_service.build_withdraw_additional_module_contract_cancelation(
        contract_id=contract_id, additional_module_contract_id=additional_module_contract_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        membership_self_service.parse_withdraw_additional_module_contract_cancelation(response)
    )


async def _membership_self_service__withdraw_contract_cancelation(
    client: AsyncTransport,
    customer_id: int,
    contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.VoidResult]:
    request = membership_self_service.build_withdraw_contract_cancelation(
        customer_id=customer_id, contract_id=contract_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        membership_self_service.parse_withdraw_contract_cancelation(response)
    )


async def _membership_self_service__withdraw_idle_period(
    client: AsyncTransport,
    contract_id: int,
    idle_period_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.VoidResult]:
    request = membership_self_service.build_withdraw_idle_period(
        contract_id=contract_id, idle_period_id=idle_period_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(membership_self_service.parse_withdraw_idle_period(response))


async def _memberships__add_membership(
    client: AsyncTransport,
    customer_id: int,
    body: models.MembershipSignupContract | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[None]:
    request = memberships.build_add_membership(customer_id=customer_id, body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    memberships.parse_add_membership(response)
    return response.with_parsed(None)


async def _memberships__get_membership_offer_by_id(
    client: AsyncTransport,
    membership_offer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.MembershipOfferExtended]:
    request = memberships.build_get_membership_offer_by_id(membership_offer_id=membership_offer_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(memberships.parse_get_membership_offer_by_id(response))


async def _memberships__get_membership_offers(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.MembershipOffer]]:
    request = memberships.build_get_membership_offers()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(memberships.parse_get_membership_offers(response))


async def _memberships__get_membership_switch_configuration_for_customer(
    client: AsyncTransport,
    customer_id: int,
    config_id: int,
    *,
    studio_id: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1MembershipSwitchConfigExtended]:
    request = memberships.build_get_membership_switch_configuration_for_customer(
        customer_id=customer_id, config_id=config_id, studio_id=studio_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        memberships.parse_get_membership_switch_configuration_for_customer(response)
    )


async def _memberships__get_membership_switch_configurations_for_customer(
    client: AsyncTransport,
    customer_id: int,
    *,
    studio_id: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.MembershipSwitchConfig]]:
    request = memberships.build_get_membership_switch_configurations_for_customer(
        customer_id=customer_id, studio_id=studio_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        memberships.parse_get_membership_switch_configurations_for_customer(response)
    )


async def _memberships__post_membership_preview(
    client: AsyncTransport,
    customer_id: int,
    body: models.MembershipSignupContract | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1SignupPreviewDto]:
    request = memberships.build_post_membership_preview(customer_id=customer_id, body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(memberships.parse_post_membership_preview(response))


async def _memberships__post_membership_switch_preview(
    client: AsyncTransport,
    customer_id: int,
    body: models.MembershipSwitch | Mapping[str, Any],
    *,
    studio_id: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.MembershipSwitchPreview]:
    request = memberships.build_post_membership_switch_preview(
        customer_id=customer_id, body=body, studio_id=studio_id
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(memberships.parse_post_membership_switch_preview(response))


async def _memberships__post_signup_preview(
    client: AsyncTransport,
    body: models.MembershipSignupRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.OpenApiV1SignupPreviewDto]:
    request = memberships.build_post_signup_preview(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(memberships.parse_post_signup_preview(response))


async def _memberships__signup_membership(
    client: AsyncTransport,
    body: models.MembershipSignupRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.MembershipSignupResult]:
    request = memberships.build_signup_membership(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(memberships.parse_signup_membership(response))


async def _memberships__switch_membership(
    client: AsyncTransport,
    customer_id: int,
    body: models.MembershipSwitch | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[None]:
    request = memberships.build_switch_membership(customer_id=customer_id, body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    memberships.parse_switch_membership(response)
    return response.with_parsed(None)


async def _payments__user_session(
    client: AsyncTransport,
    body: models.PaymentsUserSessionRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.PaymentsUserSessionResponse]:
    request = payments.build_user_session(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(payments.parse_user_session(response))


async def _studios__confirm_activation(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[None]:
    request = studios.build_confirm_activation()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    studios.parse_confirm_activation(response)
    return response.with_parsed(None)


async def _studios__get_all(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.Tag]]:
    request = studios.build_get_all()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(studios.parse_get_all(response))


async def _studios__get_studio_information(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.StudioInformation]:
    request = studios.build_get_studio_information()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(studios.parse_get_studio_information(response))


async def _studios__get_utilization(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.StudioUtilization]:
    request = studios.build_get_utilization()
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(studios.parse_get_utilization(response))


async def _studios__update_studio_tags(
    client: AsyncTransport,
    body: Sequence[models.Tag | Mapping[str, Any]],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.Tag]]:
    request = studios.build_update_studio_tags(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(studios.parse_update_studio_tags(response))


async def _trial_offers__book_appointment_for_trial_offer(
    client: AsyncTransport,
    body: models.AppointmentBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AppointmentBookingResult]:
    request = trial_offers.build_book_appointment_for_trial_offer(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(trial_offers.parse_book_appointment_for_trial_offer(response))


async def _trial_offers__book_class_slot_for_trial_offers(
    client: AsyncTransport,
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.ClassSlotBookingResult]:
    request = trial_offers.build_book_class_slot_for_trial_offers(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(trial_offers.parse_book_class_slot_for_trial_offers(response))


async def _trial_offers__confirm_trial_offer_booking(
    client: AsyncTransport,
    booking_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.BookingConfirmationResult]:
    request = trial_offers.build_confirm_trial_offer_booking(booking_id=booking_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(trial_offers.parse_confirm_trial_offer_booking(response))


async def _trial_offers__create_lead_customer(
    client: AsyncTransport,
    body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.TrialOfferLeadCustomerCreationResult]:
    request = trial_offers.build_create_lead_customer(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(trial_offers.parse_create_lead_customer(response))


async def _trial_offers__get_bookable_appointment_slots_for_trial_offers(
    client: AsyncTransport,
    bookable_appointment_id: int,
    *,
    customer_id: int | None = None,
    days_ahead: int | None = None,
    slot_window_start_date: date | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[list[models.BookableAppointmentSlot]]:
    request = trial_offers.build_get_bookable_appointment_slots_for_trial_offers(
        bookable_appointment_id=bookable_appointment_id,
        customer_id=customer_id,
        days_ahead=days_ahead,
        slot_window_start_date=slot_window_start_date,
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        trial_offers.parse_get_bookable_appointment_slots_for_trial_offers(response)
    )


async def _trial_offers__get_bookable_trial_offer_appointments(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.BookableTrialOfferAppointment]]:
    request = trial_offers.build_get_bookable_trial_offer_appointments(
        offset=offset, slice_size=slice_size
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(trial_offers.parse_get_bookable_trial_offer_appointments(response))


async def _trial_offers__get_bookable_trial_offer_classes(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.TrialOfferClass]]:
    request = trial_offers.build_get_bookable_trial_offer_classes(
        offset=offset, slice_size=slice_size
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(trial_offers.parse_get_bookable_trial_offer_classes(response))


async def _trial_offers__get_class_slots_for_trial_offers(
    client: AsyncTransport,
    class_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[Page[models.ClassSlot]]:
    request = trial_offers.build_get_class_slots_for_trial_offers(
        class_id=class_id, offset=offset, slice_size=slice_size
    )
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(trial_offers.parse_get_class_slots_for_trial_offers(response))


async def _trial_offers__get_trial_offer_config(
    client: AsyncTransport,
    config_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.TrialOfferConfig]:
    request = trial_offers.build_get_trial_offer_config(config_id=config_id)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(trial_offers.parse_get_trial_offer_config(response))


async def _trial_offers__validate_class_slot_for_trial_offers(
    client: AsyncTransport,
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.ClassSlotBookingValidationResult]:
    request = trial_offers.build_validate_class_slot_for_trial_offers(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(trial_offers.parse_validate_class_slot_for_trial_offers(response))


async def _trial_offers__validate_for_appointment_booking_for_trial_offers(
    client: AsyncTransport,
    body: models.AppointmentBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.AppointmentBookingValidationResult]:
    request = trial_offers.build_validate_for_appointment_booking_for_trial_offers(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(
        trial_offers.parse_validate_for_appointment_booking_for_trial_offers(response)
    )


async def _trial_offers__validate_for_lead_customer_creation(
    client: AsyncTransport,
    body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> RawResult[models.TrialOfferLeadCustomerCreationValidationResult]:
    request = trial_offers.build_validate_for_lead_customer_creation(body=body)
    response = await client.send(request, timeout=timeout, deadline=deadline)
    return response.with_parsed(trial_offers.parse_validate_for_lead_customer_creation(response))


class AppointmentsRawNamespace:
    """Appointments operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def book_appointment_booking(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.AppointmentBookingResult]:
        """``bookAppointmentBooking`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.appointments.book_appointment_booking`)."""
        return await _appointments__book_appointment_booking(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def delete_appointment_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.VoidResult]:
        """``deleteAppointmentBooking`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.appointments.delete_appointment_booking`)."""
        return await _appointments__delete_appointment_booking(
            self._client, booking_id=booking_id, timeout=timeout, deadline=deadline
        )

    async def get_appointment_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.AppointmentBookingResultWithCustomerId]:
        """``getAppointmentBooking`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.appointments.get_appointment_booking`)."""
        return await _appointments__get_appointment_booking(
            self._client, booking_id=booking_id, timeout=timeout, deadline=deadline
        )

    async def get_appointment_bookings(
        self,
        *,
        customer_id: int,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.AppointmentBookingResult]]:
        """``getAppointmentBookings`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.appointments.get_appointment_bookings`)."""
        return await _appointments__get_appointment_bookings(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_bookable_appointment(
        self,
        bookable_appointment_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.BookableAppointment]:
        """``getBookableAppointment`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.appointments.get_bookable_appointment`)."""
        return await _appointments__get_bookable_appointment(
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
    ) -> RawResult[list[models.BookableAppointmentSlot]]:
        """``getBookableAppointmentSlots`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.appointments.get_bookable_appointment_slots`)."""
        return await _appointments__get_bookable_appointment_slots(
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
    ) -> RawResult[Page[models.BookableAppointment]]:
        """``getBookableAppointments`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.appointments.get_bookable_appointments`)."""
        return await _appointments__get_bookable_appointments(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    async def validate_for_appointment_booking(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.AppointmentBookingValidationResult]:
        """``validateForAppointmentBooking`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.appointments.validate_for_appointment_booking`)."""
        return await _appointments__validate_for_appointment_booking(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class AppointmentsRawSyncNamespace:
    """Appointments operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def book_appointment_booking(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.AppointmentBookingResult]:
        """``bookAppointmentBooking`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.appointments.book_appointment_booking`)."""
        return self._runner.call(
            _appointments__book_appointment_booking, body=body, timeout=timeout, deadline=deadline
        )

    def delete_appointment_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.VoidResult]:
        """``deleteAppointmentBooking`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.appointments.delete_appointment_booking`)."""
        return self._runner.call(
            _appointments__delete_appointment_booking,
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
    ) -> RawResult[models.AppointmentBookingResultWithCustomerId]:
        """``getAppointmentBooking`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.appointments.get_appointment_booking`)."""
        return self._runner.call(
            _appointments__get_appointment_booking,
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
    ) -> RawResult[list[models.AppointmentBookingResult]]:
        """``getAppointmentBookings`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.appointments.get_appointment_bookings`)."""
        return self._runner.call(
            _appointments__get_appointment_bookings,
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
    ) -> RawResult[models.BookableAppointment]:
        """``getBookableAppointment`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.appointments.get_bookable_appointment`)."""
        return self._runner.call(
            _appointments__get_bookable_appointment,
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
    ) -> RawResult[list[models.BookableAppointmentSlot]]:
        """``getBookableAppointmentSlots`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.appointments.get_bookable_appointment_slots`)."""
        return self._runner.call(
            _appointments__get_bookable_appointment_slots,
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
    ) -> RawResult[Page[models.BookableAppointment]]:
        """``getBookableAppointments`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.appointments.get_bookable_appointments`)."""
        return self._runner.call(
            _appointments__get_bookable_appointments,
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
    ) -> RawResult[models.AppointmentBookingValidationResult]:
        """``validateForAppointmentBooking`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.appointments.validate_for_appointment_booking`)."""
        return self._runner.call(
            _appointments__validate_for_appointment_booking,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class CheckinVouchersRawNamespace:
    """Checkin vouchers operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def redeem_checkin_voucher(
        self,
        body: models.CheckinVoucherRedeem | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.OpenApiV1CheckinVoucherRedeemResultDto]:
        """``redeemCheckinVoucher`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.checkin_vouchers.redeem_checkin_voucher`)."""
        return await _checkin_vouchers__redeem_checkin_voucher(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class CheckinVouchersRawSyncNamespace:
    """Checkin vouchers operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def redeem_checkin_voucher(
        self,
        body: models.CheckinVoucherRedeem | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.OpenApiV1CheckinVoucherRedeemResultDto]:
        """``redeemCheckinVoucher`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.checkin_vouchers.redeem_checkin_voucher`)."""
        return self._runner.call(
            _checkin_vouchers__redeem_checkin_voucher, body=body, timeout=timeout, deadline=deadline
        )


class ClassesRawNamespace:
    """Classes operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def book_class_slot(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.ClassSlotBookingResult]:
        """``bookClassSlot`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.classes.book_class_slot`)."""
        return await _classes__book_class_slot(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def cancel_class_slot_by_id(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[None]:
        """``cancelClassSlotById`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.classes.cancel_class_slot_by_id`)."""
        return await _classes__cancel_class_slot_by_id(
            self._client, booking_id=booking_id, timeout=timeout, deadline=deadline
        )

    async def get_active_classes(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[Page[models.Class]]:
        """``getActiveClasses`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.classes.get_active_classes`)."""
        return await _classes__get_active_classes(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    async def get_class_booking_by_id(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.ClassSlotBookingResult]:
        """``getClassBookingById`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.classes.get_class_booking_by_id`)."""
        return await _classes__get_class_booking_by_id(
            self._client, booking_id=booking_id, timeout=timeout, deadline=deadline
        )

    async def get_class_bookings_by_customer_id(
        self,
        *,
        customer_id: int,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.ClassSlotBookingResult]]:
        """``getClassBookingsByCustomerId`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.classes.get_class_bookings_by_customer_id`)."""
        return await _classes__get_class_bookings_by_customer_id(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_class_by_id(
        self,
        class_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.Class]:
        """``getClassById`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.classes.get_class_by_id`)."""
        return await _classes__get_class_by_id(
            self._client, class_id=class_id, timeout=timeout, deadline=deadline
        )

    async def get_class_slot_by_id(
        self,
        class_id: int,
        class_slot_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.ClassSlot]:
        """``getClassSlotById`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.classes.get_class_slot_by_id`)."""
        return await _classes__get_class_slot_by_id(
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
    ) -> RawResult[Page[models.ClassSlot]]:
        """``getClassSlots`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.classes.get_class_slots`)."""
        return await _classes__get_class_slots(
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
    ) -> RawResult[Page[models.ClassSlot]]:
        """``getClassSlotsForMultipleClasses`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.classes.get_class_slots_for_multiple_classes`)."""
        return await _classes__get_class_slots_for_multiple_classes(
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
    ) -> RawResult[models.ClassSlotBookingValidationResult]:
        """``validateClassSlot`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.classes.validate_class_slot`)."""
        return await _classes__validate_class_slot(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class ClassesRawSyncNamespace:
    """Classes operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def book_class_slot(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.ClassSlotBookingResult]:
        """``bookClassSlot`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.classes.book_class_slot`)."""
        return self._runner.call(
            _classes__book_class_slot, body=body, timeout=timeout, deadline=deadline
        )

    def cancel_class_slot_by_id(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[None]:
        """``cancelClassSlotById`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.classes.cancel_class_slot_by_id`)."""
        return self._runner.call(
            _classes__cancel_class_slot_by_id,
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
    ) -> RawResult[Page[models.Class]]:
        """``getActiveClasses`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.classes.get_active_classes`)."""
        return self._runner.call(
            _classes__get_active_classes,
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
    ) -> RawResult[models.ClassSlotBookingResult]:
        """``getClassBookingById`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.classes.get_class_booking_by_id`)."""
        return self._runner.call(
            _classes__get_class_booking_by_id,
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
    ) -> RawResult[list[models.ClassSlotBookingResult]]:
        """``getClassBookingsByCustomerId`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.classes.get_class_bookings_by_customer_id`)."""
        return self._runner.call(
            _classes__get_class_bookings_by_customer_id,
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
    ) -> RawResult[models.Class]:
        """``getClassById`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.classes.get_class_by_id`)."""
        return self._runner.call(
            _classes__get_class_by_id, class_id=class_id, timeout=timeout, deadline=deadline
        )

    def get_class_slot_by_id(
        self,
        class_id: int,
        class_slot_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.ClassSlot]:
        """``getClassSlotById`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.classes.get_class_slot_by_id`)."""
        return self._runner.call(
            _classes__get_class_slot_by_id,
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
    ) -> RawResult[Page[models.ClassSlot]]:
        """``getClassSlots`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.classes.get_class_slots`)."""
        return self._runner.call(
            _classes__get_class_slots,
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
    ) -> RawResult[Page[models.ClassSlot]]:
        """``getClassSlotsForMultipleClasses`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.classes.get_class_slots_for_multiple_classes`)."""
        return self._runner.call(
            _classes__get_class_slots_for_multiple_classes,
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
    ) -> RawResult[models.ClassSlotBookingValidationResult]:
        """``validateClassSlot`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.classes.validate_class_slot`)."""
        return self._runner.call(
            _classes__validate_class_slot, body=body, timeout=timeout, deadline=deadline
        )


class CrossStudioRawNamespace:
    """Cross Studio operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

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
    ) -> RawResult[models.Customer]:
        """``getCrossStudioCustomerBy`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customer_by`)."""
        return await _cross_studio__get_cross_studio_customer_by(
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
    ) -> RawResult[models.Customer]:
        """``getCrossStudioCustomerById`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customer_by_id`)."""
        return await _cross_studio__get_cross_studio_customer_by_id(
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
    ) -> RawResult[Page[models.CustomerCheckin]]:
        """``getCrossStudioCustomersCheckinHistory`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customers_checkin_history`)."""
        return await _cross_studio__get_cross_studio_customers_checkin_history(
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
    ) -> RawResult[list[models.StudioInformationBase]]:
        """``getStudiosWithActiveMembershipOffers`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.cross_studio.get_studios_with_active_membership_offers`)."""
        return await _cross_studio__get_studios_with_active_membership_offers(
            self._client, timeout=timeout, deadline=deadline
        )

    async def search_cross_studio_customers(
        self,
        body: models.CustomerSearchRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.Customer]]:
        """``searchCrossStudioCustomers`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.cross_studio.search_cross_studio_customers`)."""
        return await _cross_studio__search_cross_studio_customers(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class CrossStudioRawSyncNamespace:
    """Cross Studio operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

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
    ) -> RawResult[models.Customer]:
        """``getCrossStudioCustomerBy`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customer_by`)."""
        return self._runner.call(
            _cross_studio__get_cross_studio_customer_by,
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
    ) -> RawResult[models.Customer]:
        """``getCrossStudioCustomerById`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customer_by_id`)."""
        return self._runner.call(
            _cross_studio__get_cross_studio_customer_by_id,
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
    ) -> RawResult[Page[models.CustomerCheckin]]:
        """``getCrossStudioCustomersCheckinHistory`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.cross_studio.get_cross_studio_customers_checkin_history`)."""
        return self._runner.call(
            _cross_studio__get_cross_studio_customers_checkin_history,
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
    ) -> RawResult[list[models.StudioInformationBase]]:
        """``getStudiosWithActiveMembershipOffers`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.cross_studio.get_studios_with_active_membership_offers`)."""
        return self._runner.call(
            _cross_studio__get_studios_with_active_membership_offers,
            timeout=timeout,
            deadline=deadline,
        )

    def search_cross_studio_customers(
        self,
        body: models.CustomerSearchRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.Customer]]:
        """``searchCrossStudioCustomers`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.cross_studio.search_cross_studio_customers`)."""
        return self._runner.call(
            _cross_studio__search_cross_studio_customers,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class CustomersRawNamespace:
    """Customers operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

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
    ) -> RawResult[models.AccessMediumDto]:
        """``addAccessMedium`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.add_access_medium`)."""
        warnings.warn(
            "addAccessMedium (PUT /v1/customers/{customerId}/access-medium) is deprecated by the API",
            DeprecationWarning,
            stacklevel=2,
        )
        return await _customers__add_access_medium(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def add_access_mediums(
        self,
        customer_id: int,
        body: models.AccessMediumDto | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.AccessMediumDto]:
        """``addAccessMediums`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.add_access_mediums`)."""
        return await _customers__add_access_mediums(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def create_customer(
        self,
        body: models.MembershipSignupCustomer | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.OpenApiV1CustomerCreateResult]:
        """``createCustomer`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.create_customer`)."""
        return await _customers__create_customer(
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
    ) -> RawResult[models.CustomerWeighings]:
        """``createCustomerWeighing`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.create_customer_weighing`)."""
        return await _customers__create_customer_weighing(
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
    ) -> RawResult[None]:
        """``deleteAccessMediums`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.delete_access_mediums`)."""
        return await _customers__delete_access_mediums(
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
    ) -> RawResult[None]:
        """``deleteAccessRestriction`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.delete_access_restriction`)."""
        return await _customers__delete_access_restriction(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_additional_information_fields(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.AdditionalInformationField]]:
        """``getAdditionalInformationFields`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_additional_information_fields`)."""
        return await _customers__get_additional_information_fields(
            self._client, timeout=timeout, deadline=deadline
        )

    async def get_benefits(
        self,
        customer_id: int,
        *,
        key: Sequence[str] | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.BenefitValidationDto]]:
        """``getBenefits`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_benefits`)."""
        return await _customers__get_benefits(
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
    ) -> RawResult[list[models.BenefitValidationDto]]:
        """``getBenefitsByCardNumber`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_benefits_by_card_number`)."""
        return await _customers__get_benefits_by_card_number(
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
    ) -> RawResult[models.CustomerAccessCode]:
        """``getCustomerAccessCode`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_customer_access_code`)."""
        return await _customers__get_customer_access_code(
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
    ) -> RawResult[models.Customer]:
        """``getCustomerBy`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_customer_by`)."""
        return await _customers__get_customer_by(
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
    ) -> RawResult[models.Customer]:
        """``getCustomerById`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_customer_by_id`)."""
        return await _customers__get_customer_by_id(
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
    ) -> RawResult[list[models.Contract]]:
        """``getCustomerContractsBy`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_customer_contracts_by`)."""
        return await _customers__get_customer_contracts_by(
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
    ) -> RawResult[models.Measurement]:
        """``getCustomerMeasurement`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_customer_measurement`)."""
        return await _customers__get_customer_measurement(
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
    ) -> RawResult[Page[models.Customer]]:
        """``getCustomers`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_customers`)."""
        return await _customers__get_customers(
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
    ) -> RawResult[Page[models.CustomerCheckin]]:
        """``getCustomersCheckinHistory`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_customers_checkin_history`)."""
        return await _customers__get_customers_checkin_history(
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
    ) -> RawResult[list[models.Contract]]:
        """``getCustomersContracts`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_customers_contracts`)."""
        return await _customers__get_customers_contracts(
            self._client, customer_id=customer_id, status=status, timeout=timeout, deadline=deadline
        )

    async def get_document_by_id(
        self,
        customer_id: int,
        id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.CustomerDocument]:
        """``getDocumentById`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_document_by_id`)."""
        return await _customers__get_document_by_id(
            self._client, customer_id=customer_id, id=id, timeout=timeout, deadline=deadline
        )

    async def get_documents(
        self,
        customer_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[Page[models.CustomerDocument]]:
        """``getDocuments`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.get_documents`)."""
        return await _customers__get_documents(
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
    ) -> RawResult[list[models.Customer]]:
        """``searchCustomers`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.search_customers`)."""
        return await _customers__search_customers(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def set_access_restriction(
        self,
        customer_id: int,
        body: models.AccessRestriction | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.AccessRestriction]:
        """``setAccessRestriction`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.set_access_restriction`)."""
        return await _customers__set_access_restriction(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def set_additional_information_field_assignments(
        self,
        customer_id: int,
        body: Sequence[models.AdditionalInformationFieldAssignment | Mapping[str, Any]],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.AdditionalInformationFieldAssignment]]:
        """``setAdditionalInformationFieldAssignments`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.set_additional_information_field_assignments`)."""
        return await _customers__set_additional_information_field_assignments(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def switch_studio(
        self,
        customer_id: int,
        body: models.OpenApiV1CustomerStudioSwitchRequestDto | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[None]:
        """``switchStudio`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.switch_studio`)."""
        return await _customers__switch_studio(
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
    ) -> RawResult[models.AccessMediumDto]:
        """``updateAccessMediums`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.update_access_mediums`)."""
        return await _customers__update_access_mediums(
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
    ) -> RawResult[models.CustomerImage]:
        """``updateImage`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.update_image`)."""
        return await _customers__update_image(
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
    ) -> RawResult[models.CustomerDocumentUploadResult]:
        """``uploadDocument`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.upload_document`)."""
        return await _customers__upload_document(
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
    ) -> RawResult[None]:
        """``useBenefit`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers.use_benefit`)."""
        return await _customers__use_benefit(
            self._client,
            customer_id=customer_id,
            benefit_key=benefit_key,
            timeout=timeout,
            deadline=deadline,
        )


class CustomersRawSyncNamespace:
    """Customers operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

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
    ) -> RawResult[models.AccessMediumDto]:
        """``addAccessMedium`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.add_access_medium`)."""
        warnings.warn(
            "addAccessMedium (PUT /v1/customers/{customerId}/access-medium) is deprecated by the API",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._runner.call(
            _customers__add_access_medium,
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
    ) -> RawResult[models.AccessMediumDto]:
        """``addAccessMediums`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.add_access_mediums`)."""
        return self._runner.call(
            _customers__add_access_mediums,
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
    ) -> RawResult[models.OpenApiV1CustomerCreateResult]:
        """``createCustomer`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.create_customer`)."""
        return self._runner.call(
            _customers__create_customer, body=body, timeout=timeout, deadline=deadline
        )

    def create_customer_weighing(
        self,
        customer_id: int,
        body: models.CustomerWeighings | Mapping[str, Any],
        *,
        benefit_key: str | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.CustomerWeighings]:
        """``createCustomerWeighing`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.create_customer_weighing`)."""
        return self._runner.call(
            _customers__create_customer_weighing,
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
    ) -> RawResult[None]:
        """``deleteAccessMediums`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.delete_access_mediums`)."""
        return self._runner.call(
            _customers__delete_access_mediums,
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
    ) -> RawResult[None]:
        """``deleteAccessRestriction`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.delete_access_restriction`)."""
        return self._runner.call(
            _customers__delete_access_restriction,
            customer_id=customer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_additional_information_fields(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.AdditionalInformationField]]:
        """``getAdditionalInformationFields`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_additional_information_fields`)."""
        return self._runner.call(
            _customers__get_additional_information_fields, timeout=timeout, deadline=deadline
        )

    def get_benefits(
        self,
        customer_id: int,
        *,
        key: Sequence[str] | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.BenefitValidationDto]]:
        """``getBenefits`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_benefits`)."""
        return self._runner.call(
            _customers__get_benefits,
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
    ) -> RawResult[list[models.BenefitValidationDto]]:
        """``getBenefitsByCardNumber`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_benefits_by_card_number`)."""
        return self._runner.call(
            _customers__get_benefits_by_card_number,
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
    ) -> RawResult[models.CustomerAccessCode]:
        """``getCustomerAccessCode`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_customer_access_code`)."""
        return self._runner.call(
            _customers__get_customer_access_code,
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
    ) -> RawResult[models.Customer]:
        """``getCustomerBy`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_customer_by`)."""
        return self._runner.call(
            _customers__get_customer_by,
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
    ) -> RawResult[models.Customer]:
        """``getCustomerById`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_customer_by_id`)."""
        return self._runner.call(
            _customers__get_customer_by_id,
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
    ) -> RawResult[list[models.Contract]]:
        """``getCustomerContractsBy`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_customer_contracts_by`)."""
        return self._runner.call(
            _customers__get_customer_contracts_by,
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
    ) -> RawResult[models.Measurement]:
        """``getCustomerMeasurement`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_customer_measurement`)."""
        return self._runner.call(
            _customers__get_customer_measurement,
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
    ) -> RawResult[Page[models.Customer]]:
        """``getCustomers`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_customers`)."""
        return self._runner.call(
            _customers__get_customers,
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
    ) -> RawResult[Page[models.CustomerCheckin]]:
        """``getCustomersCheckinHistory`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_customers_checkin_history`)."""
        return self._runner.call(
            _customers__get_customers_checkin_history,
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
    ) -> RawResult[list[models.Contract]]:
        """``getCustomersContracts`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_customers_contracts`)."""
        return self._runner.call(
            _customers__get_customers_contracts,
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
    ) -> RawResult[models.CustomerDocument]:
        """``getDocumentById`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_document_by_id`)."""
        return self._runner.call(
            _customers__get_document_by_id,
            customer_id=customer_id,
            id=id,
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
    ) -> RawResult[Page[models.CustomerDocument]]:
        """``getDocuments`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.get_documents`)."""
        return self._runner.call(
            _customers__get_documents,
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
    ) -> RawResult[list[models.Customer]]:
        """``searchCustomers`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.search_customers`)."""
        return self._runner.call(
            _customers__search_customers, body=body, timeout=timeout, deadline=deadline
        )

    def set_access_restriction(
        self,
        customer_id: int,
        body: models.AccessRestriction | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.AccessRestriction]:
        """``setAccessRestriction`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.set_access_restriction`)."""
        return self._runner.call(
            _customers__set_access_restriction,
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
    ) -> RawResult[list[models.AdditionalInformationFieldAssignment]]:
        """``setAdditionalInformationFieldAssignments`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.set_additional_information_field_assignments`)."""
        return self._runner.call(
            _customers__set_additional_information_field_assignments,
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
    ) -> RawResult[None]:
        """``switchStudio`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.switch_studio`)."""
        return self._runner.call(
            _customers__switch_studio,
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
    ) -> RawResult[models.AccessMediumDto]:
        """``updateAccessMediums`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.update_access_mediums`)."""
        return self._runner.call(
            _customers__update_access_mediums,
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
    ) -> RawResult[models.CustomerImage]:
        """``updateImage`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.update_image`)."""
        return self._runner.call(
            _customers__update_image,
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
    ) -> RawResult[models.CustomerDocumentUploadResult]:
        """``uploadDocument`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.upload_document`)."""
        return self._runner.call(
            _customers__upload_document,
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
    ) -> RawResult[None]:
        """``useBenefit`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers.use_benefit`)."""
        return self._runner.call(
            _customers__use_benefit,
            customer_id=customer_id,
            benefit_key=benefit_key,
            timeout=timeout,
            deadline=deadline,
        )


class CustomersAccountRawNamespace:
    """Customers Account operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

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
    ) -> RawResult[models.BookCustomerPaymentResponse]:
        """``bookCustomerPayment`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_account.book_customer_payment`)."""
        return await _customers_account__book_customer_payment(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def get_customers_account_balance_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.CustomerAccountBalance]:
        """``getCustomersAccountBalanceData`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_account.get_customers_account_balance_data`)."""
        return await _customers_account__get_customers_account_balance_data(
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
    ) -> RawResult[Page[models.BookingEntry]]:
        """``getCustomersAccountTransactionData`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_account.get_customers_account_transaction_data`)."""
        return await _customers_account__get_customers_account_transaction_data(
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
    ) -> RawResult[Page[models.BookingEntry]]:
        """``getCustomersAccountUpcomingData`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_account.get_customers_account_upcoming_data`)."""
        return await _customers_account__get_customers_account_upcoming_data(
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
    ) -> RawResult[models.UpdateCustomerPaymentInstrumentResponseDto]:
        """``updateCustomerPaymentInstrument`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_account.update_customer_payment_instrument`)."""
        return await _customers_account__update_customer_payment_instrument(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )


class CustomersAccountRawSyncNamespace:
    """Customers Account operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

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
    ) -> RawResult[models.BookCustomerPaymentResponse]:
        """``bookCustomerPayment`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_account.book_customer_payment`)."""
        return self._runner.call(
            _customers_account__book_customer_payment,
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
    ) -> RawResult[models.CustomerAccountBalance]:
        """``getCustomersAccountBalanceData`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_account.get_customers_account_balance_data`)."""
        return self._runner.call(
            _customers_account__get_customers_account_balance_data,
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
    ) -> RawResult[Page[models.BookingEntry]]:
        """``getCustomersAccountTransactionData`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_account.get_customers_account_transaction_data`)."""
        return self._runner.call(
            _customers_account__get_customers_account_transaction_data,
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
    ) -> RawResult[Page[models.BookingEntry]]:
        """``getCustomersAccountUpcomingData`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_account.get_customers_account_upcoming_data`)."""
        return self._runner.call(
            _customers_account__get_customers_account_upcoming_data,
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
    ) -> RawResult[models.UpdateCustomerPaymentInstrumentResponseDto]:
        """``updateCustomerPaymentInstrument`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_account.update_customer_payment_instrument`)."""
        return self._runner.call(
            _customers_account__update_customer_payment_instrument,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class CustomersCommunicationRawNamespace:
    """Customers Communication operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

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
    ) -> RawResult[models.CommunicationThreadResponse]:
        """``createCommunicationInExistingCommunicationThread`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_communication.create_communication_in_existing_communication_thread`)."""
        return (
            await _customers_communication__create_communication_in_existing_communication_thread(
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
    ) -> RawResult[models.CommunicationThreadResponse]:
        """``createCommunicationInNewCommunicationThread`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_communication.create_communication_in_new_communication_thread`)."""
        return await _customers_communication__create_communication_in_new_communication_thread(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def get_communication_preferences(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.CommunicationPreference]]:
        """``getCommunicationPreferences`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_communication.get_communication_preferences`)."""
        return await _customers_communication__get_communication_preferences(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def update_communication_preferences(
        self,
        customer_id: int,
        body: Sequence[models.CommunicationPreference | Mapping[str, Any]],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.CommunicationPreference]]:
        """``updateCommunicationPreferences`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_communication.update_communication_preferences`)."""
        return await _customers_communication__update_communication_preferences(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )


class CustomersCommunicationRawSyncNamespace:
    """Customers Communication operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

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
    ) -> RawResult[models.CommunicationThreadResponse]:
        """``createCommunicationInExistingCommunicationThread`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_communication.create_communication_in_existing_communication_thread`)."""
        return self._runner.call(
            _customers_communication__create_communication_in_existing_communication_thread,
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
    ) -> RawResult[models.CommunicationThreadResponse]:
        """``createCommunicationInNewCommunicationThread`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_communication.create_communication_in_new_communication_thread`)."""
        return self._runner.call(
            _customers_communication__create_communication_in_new_communication_thread,
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
    ) -> RawResult[list[models.CommunicationPreference]]:
        """``getCommunicationPreferences`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_communication.get_communication_preferences`)."""
        return self._runner.call(
            _customers_communication__get_communication_preferences,
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
    ) -> RawResult[list[models.CommunicationPreference]]:
        """``updateCommunicationPreferences`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_communication.update_communication_preferences`)."""
        return self._runner.call(
            _customers_communication__update_communication_preferences,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class CustomersSelfServiceRawNamespace:
    """Customers Self-service operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

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
    ) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData]:
        """``createCustomerAddressDataAmendment`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_self_service.create_customer_address_data_amendment`)."""
        return await _customers_self_service__create_customer_address_data_amendment(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def create_customer_contact_data_amendment(
        self,
        customer_id: int,
        body: models.CustomerContactData | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData]:
        """``createCustomerContactDataAmendment`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_self_service.create_customer_contact_data_amendment`)."""
        return await _customers_self_service__create_customer_contact_data_amendment(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def create_customer_master_data_amendment(
        self,
        customer_id: int,
        body: models.CustomerMasterData | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData]:
        """``createCustomerMasterDataAmendment`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_self_service.create_customer_master_data_amendment`)."""
        return await _customers_self_service__create_customer_master_data_amendment(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def create_customer_payment_data_amendment(
        self,
        customer_id: int,
        body: models.OpenApiV1CustomerPaymentAmendment | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData]:
        """``createCustomerPaymentDataAmendment`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_self_service.create_customer_payment_data_amendment`)."""
        return await _customers_self_service__create_customer_payment_data_amendment(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def get_customer_address_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerAddressData]:
        """``getCustomerAddressData`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_self_service.get_customer_address_data`)."""
        return await _customers_self_service__get_customer_address_data(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_customer_contact_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerContactData]:
        """``getCustomerContactData`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_self_service.get_customer_contact_data`)."""
        return await _customers_self_service__get_customer_contact_data(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_customer_master_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerMasterData]:
        """``getCustomerMasterData`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_self_service.get_customer_master_data`)."""
        return await _customers_self_service__get_customer_master_data(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_customer_payment_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerPaymentData]:
        """``getCustomerPaymentData`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_self_service.get_customer_payment_data`)."""
        return await _customers_self_service__get_customer_payment_data(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def withdraw_amendment(
        self,
        customer_id: int,
        amendment_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[None]:
        """``withdrawAmendment`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.customers_self_service.withdraw_amendment`)."""
        return await _customers_self_service__withdraw_amendment(
            self._client,
            customer_id=customer_id,
            amendment_id=amendment_id,
            timeout=timeout,
            deadline=deadline,
        )


class CustomersSelfServiceRawSyncNamespace:
    """Customers Self-service operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

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
    ) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData]:
        """``createCustomerAddressDataAmendment`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_self_service.create_customer_address_data_amendment`)."""
        return self._runner.call(
            _customers_self_service__create_customer_address_data_amendment,
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
    ) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData]:
        """``createCustomerContactDataAmendment`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_self_service.create_customer_contact_data_amendment`)."""
        return self._runner.call(
            _customers_self_service__create_customer_contact_data_amendment,
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
    ) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData]:
        """``createCustomerMasterDataAmendment`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_self_service.create_customer_master_data_amendment`)."""
        return self._runner.call(
            _customers_self_service__create_customer_master_data_amendment,
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
    ) -> RawResult[models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData]:
        """``createCustomerPaymentDataAmendment`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_self_service.create_customer_payment_data_amendment`)."""
        return self._runner.call(
            _customers_self_service__create_customer_payment_data_amendment,
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
    ) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerAddressData]:
        """``getCustomerAddressData`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_self_service.get_customer_address_data`)."""
        return self._runner.call(
            _customers_self_service__get_customer_address_data,
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
    ) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerContactData]:
        """``getCustomerContactData`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_self_service.get_customer_contact_data`)."""
        return self._runner.call(
            _customers_self_service__get_customer_contact_data,
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
    ) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerMasterData]:
        """``getCustomerMasterData`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_self_service.get_customer_master_data`)."""
        return self._runner.call(
            _customers_self_service__get_customer_master_data,
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
    ) -> RawResult[models.OpenApiV1CustomerDataDtoCustomerPaymentData]:
        """``getCustomerPaymentData`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_self_service.get_customer_payment_data`)."""
        return self._runner.call(
            _customers_self_service__get_customer_payment_data,
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
    ) -> RawResult[None]:
        """``withdrawAmendment`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.customers_self_service.withdraw_amendment`)."""
        return self._runner.call(
            _customers_self_service__withdraw_amendment,
            customer_id=customer_id,
            amendment_id=amendment_id,
            timeout=timeout,
            deadline=deadline,
        )


class DevicesRawNamespace:
    """Devices operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def activate_device(
        self,
        device_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.DeviceActivationResponse]:
        """``activateDevice`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.devices.activate_device`)."""
        return await _devices__activate_device(
            self._client, device_id=device_id, timeout=timeout, deadline=deadline
        )

    async def get_devices(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.Device]]:
        """``getDevices`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.devices.get_devices`)."""
        return await _devices__get_devices(self._client, timeout=timeout, deadline=deadline)


class DevicesRawSyncNamespace:
    """Devices operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def activate_device(
        self,
        device_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.DeviceActivationResponse]:
        """``activateDevice`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.devices.activate_device`)."""
        return self._runner.call(
            _devices__activate_device, device_id=device_id, timeout=timeout, deadline=deadline
        )

    def get_devices(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.Device]]:
        """``getDevices`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.devices.get_devices`)."""
        return self._runner.call(_devices__get_devices, timeout=timeout, deadline=deadline)


class EmployeesRawNamespace:
    """Employees operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def get_employee(
        self,
        id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.Employee]:
        """``getEmployee`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.employees.get_employee`)."""
        return await _employees__get_employee(
            self._client, id=id, timeout=timeout, deadline=deadline
        )

    async def get_employees(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[Page[models.Employee]]:
        """``getEmployees`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.employees.get_employees`)."""
        return await _employees__get_employees(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )


class EmployeesRawSyncNamespace:
    """Employees operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_employee(
        self,
        id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.Employee]:
        """``getEmployee`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.employees.get_employee`)."""
        return self._runner.call(
            _employees__get_employee, id=id, timeout=timeout, deadline=deadline
        )

    def get_employees(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[Page[models.Employee]]:
        """``getEmployees`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.employees.get_employees`)."""
        return self._runner.call(
            _employees__get_employees,
            offset=offset,
            slice_size=slice_size,
            timeout=timeout,
            deadline=deadline,
        )


class FinanceRawNamespace:
    """Finance operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def confirm_transfer(
        self,
        debt_collection_run_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[None]:
        """``confirmTransfer`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.finance.confirm_transfer`)."""
        return await _finance__confirm_transfer(
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
    ) -> RawResult[models.TaxAdvisorExportResult]:
        """``createExport`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.finance.create_export`)."""
        return await _finance__create_export(
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
    ) -> RawResult[Page[models.DebtorId]]:
        """``getDebtCollectionBlockedDebtors`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.finance.get_debt_collection_blocked_debtors`)."""
        return await _finance__get_debt_collection_blocked_debtors(
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
    ) -> RawResult[Page[models.DebtorId]]:
        """``getDebtCollectionBlockedDebts`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.finance.get_debt_collection_blocked_debts`)."""
        return await _finance__get_debt_collection_blocked_debts(
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
    ) -> RawResult[list[models.DebtorUpdate]]:
        """``getDebtCollectionCases`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.finance.get_debt_collection_cases`)."""
        return await _finance__get_debt_collection_cases(
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
    ) -> RawResult[models.DebtCollectionConfiguration]:
        """``getDebtCollectionConfiguration`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.finance.get_debt_collection_configuration`)."""
        return await _finance__get_debt_collection_configuration(
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
    ) -> RawResult[Page[models.Debtor]]:
        """``getDebtors`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.finance.get_debtors`)."""
        return await _finance__get_debtors(
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
    ) -> RawResult[models.TaxAdvisorExportDownload]:
        """``getExport`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.finance.get_export`)."""
        return await _finance__get_export(
            self._client, export_id=export_id, timeout=timeout, deadline=deadline
        )

    async def get_transfer_details(
        self,
        debt_collection_run_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.TransferDetails]:
        """``getTransferDetails`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.finance.get_transfer_details`)."""
        return await _finance__get_transfer_details(
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
    ) -> RawResult[None]:
        """``updateDebtCollection`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.finance.update_debt_collection`)."""
        return await _finance__update_debt_collection(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class FinanceRawSyncNamespace:
    """Finance operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def confirm_transfer(
        self,
        debt_collection_run_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[None]:
        """``confirmTransfer`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.finance.confirm_transfer`)."""
        return self._runner.call(
            _finance__confirm_transfer,
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
    ) -> RawResult[models.TaxAdvisorExportResult]:
        """``createExport`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.finance.create_export`)."""
        return self._runner.call(
            _finance__create_export, body=body, timeout=timeout, deadline=deadline
        )

    def get_debt_collection_blocked_debtors(
        self,
        *,
        debtor_id: Sequence[str] | None = None,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[Page[models.DebtorId]]:
        """``getDebtCollectionBlockedDebtors`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.finance.get_debt_collection_blocked_debtors`)."""
        return self._runner.call(
            _finance__get_debt_collection_blocked_debtors,
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
    ) -> RawResult[Page[models.DebtorId]]:
        """``getDebtCollectionBlockedDebts`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.finance.get_debt_collection_blocked_debts`)."""
        return self._runner.call(
            _finance__get_debt_collection_blocked_debts,
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
    ) -> RawResult[list[models.DebtorUpdate]]:
        """``getDebtCollectionCases`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.finance.get_debt_collection_cases`)."""
        return self._runner.call(
            _finance__get_debt_collection_cases,
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
    ) -> RawResult[models.DebtCollectionConfiguration]:
        """``getDebtCollectionConfiguration`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.finance.get_debt_collection_configuration`)."""
        return self._runner.call(
            _finance__get_debt_collection_configuration, timeout=timeout, deadline=deadline
        )

    def get_debtors(
        self,
        debt_collection_run_id: int,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[Page[models.Debtor]]:
        """``getDebtors`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.finance.get_debtors`)."""
        return self._runner.call(
            _finance__get_debtors,
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
    ) -> RawResult[models.TaxAdvisorExportDownload]:
        """``getExport`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.finance.get_export`)."""
        return self._runner.call(
            _finance__get_export, export_id=export_id, timeout=timeout, deadline=deadline
        )

    def get_transfer_details(
        self,
        debt_collection_run_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.TransferDetails]:
        """``getTransferDetails`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.finance.get_transfer_details`)."""
        return self._runner.call(
            _finance__get_transfer_details,
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
    ) -> RawResult[None]:
        """``updateDebtCollection`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.finance.update_debt_collection`)."""
        return self._runner.call(
            _finance__update_debt_collection, body=body, timeout=timeout, deadline=deadline
        )


class LeadsRawNamespace:
    """Leads operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def create_lead(
        self,
        body: models.LeadCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.LeadCreationResult]:
        """``createLead`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.leads.create_lead`)."""
        return await _leads__create_lead(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def get_lead_config(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.LeadConfig]:
        """``getLeadConfig`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.leads.get_lead_config`)."""
        return await _leads__get_lead_config(self._client, timeout=timeout, deadline=deadline)

    async def validate_for_lead_creation(
        self,
        body: models.LeadCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.LeadValidationResult]:
        """``validateForLeadCreation`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.leads.validate_for_lead_creation`)."""
        return await _leads__validate_for_lead_creation(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class LeadsRawSyncNamespace:
    """Leads operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_lead(
        self,
        body: models.LeadCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.LeadCreationResult]:
        """``createLead`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.leads.create_lead`)."""
        return self._runner.call(_leads__create_lead, body=body, timeout=timeout, deadline=deadline)

    def get_lead_config(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.LeadConfig]:
        """``getLeadConfig`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.leads.get_lead_config`)."""
        return self._runner.call(_leads__get_lead_config, timeout=timeout, deadline=deadline)

    def validate_for_lead_creation(
        self,
        body: models.LeadCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.LeadValidationResult]:
        """``validateForLeadCreation`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.leads.validate_for_lead_creation`)."""
        return self._runner.call(
            _leads__validate_for_lead_creation, body=body, timeout=timeout, deadline=deadline
        )


class MembershipSelfServiceRawNamespace:
    """Membership Self-service operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

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
    ) -> RawResult[models.VoidResult]:
        """``createContractCancelationAmendment`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.create_contract_cancelation_amendment`)."""
        return await _membership_self_service__create_contract_cancelation_amendment(
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
    ) -> RawResult[models.IdlePeriod]:
        """``createIdlePeriodAmendment`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.create_idle_period_amendment`)."""
        return await _membership_self_service__create_idle_period_amendment(
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
    ) -> RawResult[models.VoidResult]:
        """``createModuleContractCancelationAmendment`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.create_module_contract_cancelation_amendment`)."""
        return await _membership_self_service__create_module_contract_cancelation_amendment(
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
    ) -> RawResult[models.AdditionalModuleContractExtended]:
        """``getAdditionalModuleContract`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.get_additional_module_contract`)."""
        return await _membership_self_service__get_additional_module_contract(
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
    ) -> RawResult[list[models.AdditionalModule]]:
        """``getAdditionalModules`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.get_additional_modules`)."""
        return await _membership_self_service__get_additional_modules(
            self._client, timeout=timeout, deadline=deadline
        )

    async def get_contract_cancelation_reason_data(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.ContractCancelationReason]]:
        """``getContractCancelationReasonData`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.get_contract_cancelation_reason_data`)."""
        return await _membership_self_service__get_contract_cancelation_reason_data(
            self._client, timeout=timeout, deadline=deadline
        )

    async def get_contract_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.MembershipSelfServiceContractData]]:
        """``getContractData`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.get_contract_data`)."""
        return await _membership_self_service__get_contract_data(
            self._client, customer_id=customer_id, timeout=timeout, deadline=deadline
        )

    async def get_idle_period_by_id(
        self,
        contract_id: int,
        idle_period_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.IdlePeriod]:
        """``getIdlePeriodById`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.get_idle_period_by_id`)."""
        return await _membership_self_service__get_idle_period_by_id(
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
    ) -> RawResult[models.IdlePeriodConfiguration]:
        """``getIdlePeriodConfig`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.get_idle_period_config`)."""
        return await _membership_self_service__get_idle_period_config(
            self._client, contract_id=contract_id, timeout=timeout, deadline=deadline
        )

    async def get_idle_periods(
        self,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.IdlePeriodLists]:
        """``getIdlePeriods`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.get_idle_periods`)."""
        return await _membership_self_service__get_idle_periods(
            self._client, contract_id=contract_id, timeout=timeout, deadline=deadline
        )

    async def get_purchasable_additional_modules(
        self,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.AdditionalModule]]:
        """``getPurchasableAdditionalModules`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.get_purchasable_additional_modules`)."""
        return await _membership_self_service__get_purchasable_additional_modules(
            self._client, contract_id=contract_id, timeout=timeout, deadline=deadline
        )

    async def get_remaining_idle_periods(
        self,
        contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.RemainingIdlePeriods]:
        """``getRemainingIdlePeriods`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.get_remaining_idle_periods`)."""
        return await _membership_self_service__get_remaining_idle_periods(
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
    ) -> RawResult[models.IdlePeriodUpdatePreview]:
        """``idlePeriodUpdatePreview`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.idle_period_update_preview`)."""
        return await _membership_self_service__idle_period_update_preview(
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
    ) -> RawResult[models.AdditionalModuleContract]:
        """``purchaseAdditionalModuleContract`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.purchase_additional_module_contract`)."""
        return await _membership_self_service__purchase_additional_module_contract(
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
    ) -> RawResult[models.IdlePeriod]:
        """``updateIdlePeriod`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.update_idle_period`)."""
        return await _membership_self_service__update_idle_period(
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
    ) -> RawResult[models.AdditionalModuleContractValidationStatus]:
        """``validateAdditionalModuleContractRequest`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.validate_additional_module_contract_request`)."""
        return await _membership_self_service__validate_additional_module_contract_request(
            self._client, contract_id=contract_id, body=body, timeout=timeout, deadline=deadline
        )

    async def validate_idle_period_request(
        self,
        contract_id: int,
        body: models.IdlePeriodValidationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.IdlePeriodValidationStatusResult]:
        """``validateIdlePeriodRequest`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.validate_idle_period_request`)."""
        return await _membership_self_service__validate_idle_period_request(
            self._client, contract_id=contract_id, body=body, timeout=timeout, deadline=deadline
        )

    async def withdraw_additional_module_contract_cancelation(
        self,
        contract_id: int,
        additional_module_contract_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.VoidResult]:
        """``withdrawAdditionalModuleContractCancelation`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.withdraw_additional_module_contract_cancelation`)."""
        return await _membership_self_service__withdraw_additional_module_contract_cancelation(
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
    ) -> RawResult[models.VoidResult]:
        """``withdrawContractCancelation`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.withdraw_contract_cancelation`)."""
        return await _membership_self_service__withdraw_contract_cancelation(
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
    ) -> RawResult[models.VoidResult]:
        """``withdrawIdlePeriod`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.membership_self_service.withdraw_idle_period`)."""
        return await _membership_self_service__withdraw_idle_period(
            self._client,
            contract_id=contract_id,
            idle_period_id=idle_period_id,
            timeout=timeout,
            deadline=deadline,
        )


class MembershipSelfServiceRawSyncNamespace:
    """Membership Self-service operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

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
    ) -> RawResult[models.VoidResult]:
        """``createContractCancelationAmendment`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.create_contract_cancelation_amendment`)."""
        return self._runner.call(
            _membership_self_service__create_contract_cancelation_amendment,
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
    ) -> RawResult[models.IdlePeriod]:
        """``createIdlePeriodAmendment`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.create_idle_period_amendment`)."""
        return self._runner.call(
            _membership_self_service__create_idle_period_amendment,
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
    ) -> RawResult[models.VoidResult]:
        """``createModuleContractCancelationAmendment`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.create_module_contract_cancelation_amendment`)."""
        return self._runner.call(
            _membership_self_service__create_module_contract_cancelation_amendment,
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
    ) -> RawResult[models.AdditionalModuleContractExtended]:
        """``getAdditionalModuleContract`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.get_additional_module_contract`)."""
        return self._runner.call(
            _membership_self_service__get_additional_module_contract,
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
    ) -> RawResult[list[models.AdditionalModule]]:
        """``getAdditionalModules`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.get_additional_modules`)."""
        return self._runner.call(
            _membership_self_service__get_additional_modules, timeout=timeout, deadline=deadline
        )

    def get_contract_cancelation_reason_data(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.ContractCancelationReason]]:
        """``getContractCancelationReasonData`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.get_contract_cancelation_reason_data`)."""
        return self._runner.call(
            _membership_self_service__get_contract_cancelation_reason_data,
            timeout=timeout,
            deadline=deadline,
        )

    def get_contract_data(
        self,
        customer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.MembershipSelfServiceContractData]]:
        """``getContractData`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.get_contract_data`)."""
        return self._runner.call(
            _membership_self_service__get_contract_data,
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
    ) -> RawResult[models.IdlePeriod]:
        """``getIdlePeriodById`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.get_idle_period_by_id`)."""
        return self._runner.call(
            _membership_self_service__get_idle_period_by_id,
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
    ) -> RawResult[models.IdlePeriodConfiguration]:
        """``getIdlePeriodConfig`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.get_idle_period_config`)."""
        return self._runner.call(
            _membership_self_service__get_idle_period_config,
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
    ) -> RawResult[models.IdlePeriodLists]:
        """``getIdlePeriods`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.get_idle_periods`)."""
        return self._runner.call(
            _membership_self_service__get_idle_periods,
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
    ) -> RawResult[list[models.AdditionalModule]]:
        """``getPurchasableAdditionalModules`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.get_purchasable_additional_modules`)."""
        return self._runner.call(
            _membership_self_service__get_purchasable_additional_modules,
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
    ) -> RawResult[models.RemainingIdlePeriods]:
        """``getRemainingIdlePeriods`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.get_remaining_idle_periods`)."""
        return self._runner.call(
            _membership_self_service__get_remaining_idle_periods,
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
    ) -> RawResult[models.IdlePeriodUpdatePreview]:
        """``idlePeriodUpdatePreview`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.idle_period_update_preview`)."""
        return self._runner.call(
            _membership_self_service__idle_period_update_preview,
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
    ) -> RawResult[models.AdditionalModuleContract]:
        """``purchaseAdditionalModuleContract`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.purchase_additional_module_contract`)."""
        return self._runner.call(
            _membership_self_service__purchase_additional_module_contract,
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
    ) -> RawResult[models.IdlePeriod]:
        """``updateIdlePeriod`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.update_idle_period`)."""
        return self._runner.call(
            _membership_self_service__update_idle_period,
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
    ) -> RawResult[models.AdditionalModuleContractValidationStatus]:
        """``validateAdditionalModuleContractRequest`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.validate_additional_module_contract_request`)."""
        return self._runner.call(
            _membership_self_service__validate_additional_module_contract_request,
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
    ) -> RawResult[models.IdlePeriodValidationStatusResult]:
        """``validateIdlePeriodRequest`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.validate_idle_period_request`)."""
        return self._runner.call(
            _membership_self_service__validate_idle_period_request,
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
    ) -> RawResult[models.VoidResult]:
        """``withdrawAdditionalModuleContractCancelation`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.withdraw_additional_module_contract_cancelation`)."""
        return self._runner.call(
            _membership_self_service__withdraw_additional_module_contract_cancelation,
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
    ) -> RawResult[models.VoidResult]:
        """``withdrawContractCancelation`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.withdraw_contract_cancelation`)."""
        return self._runner.call(
            _membership_self_service__withdraw_contract_cancelation,
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
    ) -> RawResult[models.VoidResult]:
        """``withdrawIdlePeriod`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.membership_self_service.withdraw_idle_period`)."""
        return self._runner.call(
            _membership_self_service__withdraw_idle_period,
            contract_id=contract_id,
            idle_period_id=idle_period_id,
            timeout=timeout,
            deadline=deadline,
        )


class MembershipsRawNamespace:
    """Memberships operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

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
    ) -> RawResult[None]:
        """``addMembership`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.memberships.add_membership`)."""
        return await _memberships__add_membership(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )

    async def get_membership_offer_by_id(
        self,
        membership_offer_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.MembershipOfferExtended]:
        """``getMembershipOfferById`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.memberships.get_membership_offer_by_id`)."""
        return await _memberships__get_membership_offer_by_id(
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
    ) -> RawResult[list[models.MembershipOffer]]:
        """``getMembershipOffers`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.memberships.get_membership_offers`)."""
        return await _memberships__get_membership_offers(
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
    ) -> RawResult[models.OpenApiV1MembershipSwitchConfigExtended]:
        """``getMembershipSwitchConfigurationForCustomer`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.memberships.get_membership_switch_configuration_for_customer`)."""
        return await _memberships__get_membership_switch_configuration_for_customer(
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
    ) -> RawResult[list[models.MembershipSwitchConfig]]:
        """``getMembershipSwitchConfigurationsForCustomer`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.memberships.get_membership_switch_configurations_for_customer`)."""
        return await _memberships__get_membership_switch_configurations_for_customer(
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
    ) -> RawResult[models.OpenApiV1SignupPreviewDto]:
        """``postMembershipPreview`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.memberships.post_membership_preview`)."""
        return await _memberships__post_membership_preview(
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
    ) -> RawResult[models.MembershipSwitchPreview]:
        """``postMembershipSwitchPreview`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.memberships.post_membership_switch_preview`)."""
        return await _memberships__post_membership_switch_preview(
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
    ) -> RawResult[models.OpenApiV1SignupPreviewDto]:
        """``postSignupPreview`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.memberships.post_signup_preview`)."""
        return await _memberships__post_signup_preview(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def signup_membership(
        self,
        body: models.MembershipSignupRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.MembershipSignupResult]:
        """``signupMembership`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.memberships.signup_membership`)."""
        return await _memberships__signup_membership(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def switch_membership(
        self,
        customer_id: int,
        body: models.MembershipSwitch | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[None]:
        """``switchMembership`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.memberships.switch_membership`)."""
        return await _memberships__switch_membership(
            self._client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
        )


class MembershipsRawSyncNamespace:
    """Memberships operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

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
    ) -> RawResult[None]:
        """``addMembership`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.memberships.add_membership`)."""
        return self._runner.call(
            _memberships__add_membership,
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
    ) -> RawResult[models.MembershipOfferExtended]:
        """``getMembershipOfferById`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.memberships.get_membership_offer_by_id`)."""
        return self._runner.call(
            _memberships__get_membership_offer_by_id,
            membership_offer_id=membership_offer_id,
            timeout=timeout,
            deadline=deadline,
        )

    def get_membership_offers(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.MembershipOffer]]:
        """``getMembershipOffers`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.memberships.get_membership_offers`)."""
        return self._runner.call(
            _memberships__get_membership_offers, timeout=timeout, deadline=deadline
        )

    def get_membership_switch_configuration_for_customer(
        self,
        customer_id: int,
        config_id: int,
        *,
        studio_id: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.OpenApiV1MembershipSwitchConfigExtended]:
        """``getMembershipSwitchConfigurationForCustomer`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.memberships.get_membership_switch_configuration_for_customer`)."""
        return self._runner.call(
            _memberships__get_membership_switch_configuration_for_customer,
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
    ) -> RawResult[list[models.MembershipSwitchConfig]]:
        """``getMembershipSwitchConfigurationsForCustomer`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.memberships.get_membership_switch_configurations_for_customer`)."""
        return self._runner.call(
            _memberships__get_membership_switch_configurations_for_customer,
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
    ) -> RawResult[models.OpenApiV1SignupPreviewDto]:
        """``postMembershipPreview`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.memberships.post_membership_preview`)."""
        return self._runner.call(
            _memberships__post_membership_preview,
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
    ) -> RawResult[models.MembershipSwitchPreview]:
        """``postMembershipSwitchPreview`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.memberships.post_membership_switch_preview`)."""
        return self._runner.call(
            _memberships__post_membership_switch_preview,
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
    ) -> RawResult[models.OpenApiV1SignupPreviewDto]:
        """``postSignupPreview`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.memberships.post_signup_preview`)."""
        return self._runner.call(
            _memberships__post_signup_preview, body=body, timeout=timeout, deadline=deadline
        )

    def signup_membership(
        self,
        body: models.MembershipSignupRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.MembershipSignupResult]:
        """``signupMembership`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.memberships.signup_membership`)."""
        return self._runner.call(
            _memberships__signup_membership, body=body, timeout=timeout, deadline=deadline
        )

    def switch_membership(
        self,
        customer_id: int,
        body: models.MembershipSwitch | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[None]:
        """``switchMembership`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.memberships.switch_membership`)."""
        return self._runner.call(
            _memberships__switch_membership,
            customer_id=customer_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class PaymentsRawNamespace:
    """Payments operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def user_session(
        self,
        body: models.PaymentsUserSessionRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.PaymentsUserSessionResponse]:
        """``userSession`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.payments.user_session`)."""
        return await _payments__user_session(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class PaymentsRawSyncNamespace:
    """Payments operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def user_session(
        self,
        body: models.PaymentsUserSessionRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.PaymentsUserSessionResponse]:
        """``userSession`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.payments.user_session`)."""
        return self._runner.call(
            _payments__user_session, body=body, timeout=timeout, deadline=deadline
        )


class StudiosRawNamespace:
    """Studios operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def confirm_activation(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[None]:
        """``confirmActivation`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.studios.confirm_activation`)."""
        return await _studios__confirm_activation(self._client, timeout=timeout, deadline=deadline)

    async def get_all(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.Tag]]:
        """``getAll`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.studios.get_all`)."""
        return await _studios__get_all(self._client, timeout=timeout, deadline=deadline)

    async def get_studio_information(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.StudioInformation]:
        """``getStudioInformation`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.studios.get_studio_information`)."""
        return await _studios__get_studio_information(
            self._client, timeout=timeout, deadline=deadline
        )

    async def get_utilization(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.StudioUtilization]:
        """``getUtilization`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.studios.get_utilization`)."""
        return await _studios__get_utilization(self._client, timeout=timeout, deadline=deadline)

    async def update_studio_tags(
        self,
        body: Sequence[models.Tag | Mapping[str, Any]],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.Tag]]:
        """``updateStudioTags`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.studios.update_studio_tags`)."""
        return await _studios__update_studio_tags(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class StudiosRawSyncNamespace:
    """Studios operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def confirm_activation(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[None]:
        """``confirmActivation`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.studios.confirm_activation`)."""
        return self._runner.call(_studios__confirm_activation, timeout=timeout, deadline=deadline)

    def get_all(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.Tag]]:
        """``getAll`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.studios.get_all`)."""
        return self._runner.call(_studios__get_all, timeout=timeout, deadline=deadline)

    def get_studio_information(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.StudioInformation]:
        """``getStudioInformation`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.studios.get_studio_information`)."""
        return self._runner.call(
            _studios__get_studio_information, timeout=timeout, deadline=deadline
        )

    def get_utilization(
        self,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.StudioUtilization]:
        """``getUtilization`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.studios.get_utilization`)."""
        return self._runner.call(_studios__get_utilization, timeout=timeout, deadline=deadline)

    def update_studio_tags(
        self,
        body: Sequence[models.Tag | Mapping[str, Any]],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[list[models.Tag]]:
        """``updateStudioTags`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.studios.update_studio_tags`)."""
        return self._runner.call(
            _studios__update_studio_tags, body=body, timeout=timeout, deadline=deadline
        )


class TrialOffersRawNamespace:
    """Trial Offers operations returning :class:`~perfectgym_async.types.RawResult` (status, headers, trace id, parsed)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    async def book_appointment_for_trial_offer(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.AppointmentBookingResult]:
        """``bookAppointmentForTrialOffer`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.book_appointment_for_trial_offer`)."""
        return await _trial_offers__book_appointment_for_trial_offer(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def book_class_slot_for_trial_offers(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.ClassSlotBookingResult]:
        """``bookClassSlotForTrialOffers`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.book_class_slot_for_trial_offers`)."""
        return await _trial_offers__book_class_slot_for_trial_offers(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def confirm_trial_offer_booking(
        self,
        booking_id: int,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.BookingConfirmationResult]:
        """``confirmTrialOfferBooking`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.confirm_trial_offer_booking`)."""
        return await _trial_offers__confirm_trial_offer_booking(
            self._client, booking_id=booking_id, timeout=timeout, deadline=deadline
        )

    async def create_lead_customer(
        self,
        body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.TrialOfferLeadCustomerCreationResult]:
        """``createLeadCustomer`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.create_lead_customer`)."""
        return await _trial_offers__create_lead_customer(
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
    ) -> RawResult[list[models.BookableAppointmentSlot]]:
        """``getBookableAppointmentSlotsForTrialOffers`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.get_bookable_appointment_slots_for_trial_offers`)."""
        return await _trial_offers__get_bookable_appointment_slots_for_trial_offers(
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
    ) -> RawResult[Page[models.BookableTrialOfferAppointment]]:
        """``getBookableTrialOfferAppointments`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.get_bookable_trial_offer_appointments`)."""
        return await _trial_offers__get_bookable_trial_offer_appointments(
            self._client, offset=offset, slice_size=slice_size, timeout=timeout, deadline=deadline
        )

    async def get_bookable_trial_offer_classes(
        self,
        *,
        offset: str | int | None = None,
        slice_size: int | None = None,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[Page[models.TrialOfferClass]]:
        """``getBookableTrialOfferClasses`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.get_bookable_trial_offer_classes`)."""
        return await _trial_offers__get_bookable_trial_offer_classes(
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
    ) -> RawResult[Page[models.ClassSlot]]:
        """``getClassSlotsForTrialOffers`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.get_class_slots_for_trial_offers`)."""
        return await _trial_offers__get_class_slots_for_trial_offers(
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
    ) -> RawResult[models.TrialOfferConfig]:
        """``getTrialOfferConfig`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.get_trial_offer_config`)."""
        return await _trial_offers__get_trial_offer_config(
            self._client, config_id=config_id, timeout=timeout, deadline=deadline
        )

    async def validate_class_slot_for_trial_offers(
        self,
        body: models.ClassSlotBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.ClassSlotBookingValidationResult]:
        """``validateClassSlotForTrialOffers`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.validate_class_slot_for_trial_offers`)."""
        return await _trial_offers__validate_class_slot_for_trial_offers(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def validate_for_appointment_booking_for_trial_offers(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.AppointmentBookingValidationResult]:
        """``validateForAppointmentBookingForTrialOffers`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.validate_for_appointment_booking_for_trial_offers`)."""
        return await _trial_offers__validate_for_appointment_booking_for_trial_offers(
            self._client, body=body, timeout=timeout, deadline=deadline
        )

    async def validate_for_lead_customer_creation(
        self,
        body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.TrialOfferLeadCustomerCreationValidationResult]:
        """``validateForLeadCustomerCreation`` with the answer's status, headers and trace id (see :func:`perfectgym_async.api.trial_offers.validate_for_lead_customer_creation`)."""
        return await _trial_offers__validate_for_lead_customer_creation(
            self._client, body=body, timeout=timeout, deadline=deadline
        )


class TrialOffersRawSyncNamespace:
    """Trial Offers operations returning :class:`~perfectgym_async.types.RawResult` (blocking)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def book_appointment_for_trial_offer(
        self,
        body: models.AppointmentBookingRequest | Mapping[str, Any],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResult[models.AppointmentBookingResult]:
        """``bookAppointmentForTrialOffer`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.book_appointment_for_trial_offer`)."""
        return self._runner.call(
            _trial_offers__book_appointment_for_trial_offer,
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
    ) -> RawResult[models.ClassSlotBookingResult]:
        """``bookClassSlotForTrialOffers`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.book_class_slot_for_trial_offers`)."""
        return self._runner.call(
            _trial_offers__book_class_slot_for_trial_offers,
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
    ) -> RawResult[models.BookingConfirmationResult]:
        """``confirmTrialOfferBooking`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.confirm_trial_offer_booking`)."""
        return self._runner.call(
            _trial_offers__confirm_trial_offer_booking,
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
    ) -> RawResult[models.TrialOfferLeadCustomerCreationResult]:
        """``createLeadCustomer`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.create_lead_customer`)."""
        return self._runner.call(
            _trial_offers__create_lead_customer, body=body, timeout=timeout, deadline=deadline
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
    ) -> RawResult[list[models.BookableAppointmentSlot]]:
        """``getBookableAppointmentSlotsForTrialOffers`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.get_bookable_appointment_slots_for_trial_offers`)."""
        return self._runner.call(
            _trial_offers__get_bookable_appointment_slots_for_trial_offers,
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
    ) -> RawResult[Page[models.BookableTrialOfferAppointment]]:
        """``getBookableTrialOfferAppointments`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.get_bookable_trial_offer_appointments`)."""
        return self._runner.call(
            _trial_offers__get_bookable_trial_offer_appointments,
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
    ) -> RawResult[Page[models.TrialOfferClass]]:
        """``getBookableTrialOfferClasses`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.get_bookable_trial_offer_classes`)."""
        return self._runner.call(
            _trial_offers__get_bookable_trial_offer_classes,
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
    ) -> RawResult[Page[models.ClassSlot]]:
        """``getClassSlotsForTrialOffers`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.get_class_slots_for_trial_offers`)."""
        return self._runner.call(
            _trial_offers__get_class_slots_for_trial_offers,
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
    ) -> RawResult[models.TrialOfferConfig]:
        """``getTrialOfferConfig`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.get_trial_offer_config`)."""
        return self._runner.call(
            _trial_offers__get_trial_offer_config,
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
    ) -> RawResult[models.ClassSlotBookingValidationResult]:
        """``validateClassSlotForTrialOffers`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.validate_class_slot_for_trial_offers`)."""
        return self._runner.call(
            _trial_offers__validate_class_slot_for_trial_offers,
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
    ) -> RawResult[models.AppointmentBookingValidationResult]:
        """``validateForAppointmentBookingForTrialOffers`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.validate_for_appointment_booking_for_trial_offers`)."""
        return self._runner.call(
            _trial_offers__validate_for_appointment_booking_for_trial_offers,
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
    ) -> RawResult[models.TrialOfferLeadCustomerCreationValidationResult]:
        """``validateForLeadCustomerCreation`` with the answer's status, headers and trace id (blocking; see :func:`perfectgym_async.api.trial_offers.validate_for_lead_customer_creation`)."""
        return self._runner.call(
            _trial_offers__validate_for_lead_customer_creation,
            body=body,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncRawResponses:
    """``AsyncClient.with_raw_response``: every operation, returning a ``RawResult``.

    ``raw = await client.with_raw_response.customers.get_customer_by_id(1)`` gives
    ``raw.status``, ``raw.headers``, ``raw.trace_id`` and ``raw.parsed`` (the ``Customer``).
    """

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    @functools.cached_property
    def appointments(self) -> AppointmentsRawNamespace:
        """Bookable appointments, their slots and appointment bookings."""
        return AppointmentsRawNamespace(self._client)

    @functools.cached_property
    def checkin_vouchers(self) -> CheckinVouchersRawNamespace:
        """Redemption of check-in vouchers."""
        return CheckinVouchersRawNamespace(self._client)

    @functools.cached_property
    def classes(self) -> ClassesRawNamespace:
        """Classes, their slots and class bookings."""
        return ClassesRawNamespace(self._client)

    @functools.cached_property
    def cross_studio(self) -> CrossStudioRawNamespace:
        """Customers, check-ins and membership offers across partner studios."""
        return CrossStudioRawNamespace(self._client)

    @functools.cached_property
    def customers(self) -> CustomersRawNamespace:
        """Customer data, contracts, documents, access media, benefits and check-ins."""
        return CustomersRawNamespace(self._client)

    @functools.cached_property
    def customers_account(self) -> CustomersAccountRawNamespace:
        """Balances, transactions and payments of a customer's account."""
        return CustomersAccountRawNamespace(self._client)

    @functools.cached_property
    def customers_communication(self) -> CustomersCommunicationRawNamespace:
        """Communication preferences and message threads with a customer."""
        return CustomersCommunicationRawNamespace(self._client)

    @functools.cached_property
    def customers_self_service(self) -> CustomersSelfServiceRawNamespace:
        """Customer-driven changes to contact, address, master and payment data."""
        return CustomersSelfServiceRawNamespace(self._client)

    @functools.cached_property
    def devices(self) -> DevicesRawNamespace:
        """Devices registered for the studio and their activation."""
        return DevicesRawNamespace(self._client)

    @functools.cached_property
    def employees(self) -> EmployeesRawNamespace:
        """Employees of the studio."""
        return EmployeesRawNamespace(self._client)

    @functools.cached_property
    def finance(self) -> FinanceRawNamespace:
        """Debt collection runs, cases and blocked debtors, plus tax advisor exports."""
        return FinanceRawNamespace(self._client)

    @functools.cached_property
    def leads(self) -> LeadsRawNamespace:
        """Lead configuration, validation and creation."""
        return LeadsRawNamespace(self._client)

    @functools.cached_property
    def membership_self_service(self) -> MembershipSelfServiceRawNamespace:
        """Contract data, cancelations, idle periods and additional modules managed by the member."""
        return MembershipSelfServiceRawNamespace(self._client)

    @functools.cached_property
    def memberships(self) -> MembershipsRawNamespace:
        """Membership offers, sign-ups, previews, additions and membership switches."""
        return MembershipsRawNamespace(self._client)

    @functools.cached_property
    def payments(self) -> PaymentsRawNamespace:
        """User payment sessions for the Universal Payment Component."""
        return PaymentsRawNamespace(self._client)

    @functools.cached_property
    def studios(self) -> StudiosRawNamespace:
        """Studio information, utilization, tags and activation."""
        return StudiosRawNamespace(self._client)

    @functools.cached_property
    def trial_offers(self) -> TrialOffersRawNamespace:
        """Trial offer configuration, lead customers and trial bookings."""
        return TrialOffersRawNamespace(self._client)


class RawResponses:
    """``Client.with_raw_response``: every operation, returning a ``RawResult`` (blocking)."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def appointments(self) -> AppointmentsRawSyncNamespace:
        """Bookable appointments, their slots and appointment bookings."""
        return AppointmentsRawSyncNamespace(self._runner)

    @functools.cached_property
    def checkin_vouchers(self) -> CheckinVouchersRawSyncNamespace:
        """Redemption of check-in vouchers."""
        return CheckinVouchersRawSyncNamespace(self._runner)

    @functools.cached_property
    def classes(self) -> ClassesRawSyncNamespace:
        """Classes, their slots and class bookings."""
        return ClassesRawSyncNamespace(self._runner)

    @functools.cached_property
    def cross_studio(self) -> CrossStudioRawSyncNamespace:
        """Customers, check-ins and membership offers across partner studios."""
        return CrossStudioRawSyncNamespace(self._runner)

    @functools.cached_property
    def customers(self) -> CustomersRawSyncNamespace:
        """Customer data, contracts, documents, access media, benefits and check-ins."""
        return CustomersRawSyncNamespace(self._runner)

    @functools.cached_property
    def customers_account(self) -> CustomersAccountRawSyncNamespace:
        """Balances, transactions and payments of a customer's account."""
        return CustomersAccountRawSyncNamespace(self._runner)

    @functools.cached_property
    def customers_communication(self) -> CustomersCommunicationRawSyncNamespace:
        """Communication preferences and message threads with a customer."""
        return CustomersCommunicationRawSyncNamespace(self._runner)

    @functools.cached_property
    def customers_self_service(self) -> CustomersSelfServiceRawSyncNamespace:
        """Customer-driven changes to contact, address, master and payment data."""
        return CustomersSelfServiceRawSyncNamespace(self._runner)

    @functools.cached_property
    def devices(self) -> DevicesRawSyncNamespace:
        """Devices registered for the studio and their activation."""
        return DevicesRawSyncNamespace(self._runner)

    @functools.cached_property
    def employees(self) -> EmployeesRawSyncNamespace:
        """Employees of the studio."""
        return EmployeesRawSyncNamespace(self._runner)

    @functools.cached_property
    def finance(self) -> FinanceRawSyncNamespace:
        """Debt collection runs, cases and blocked debtors, plus tax advisor exports."""
        return FinanceRawSyncNamespace(self._runner)

    @functools.cached_property
    def leads(self) -> LeadsRawSyncNamespace:
        """Lead configuration, validation and creation."""
        return LeadsRawSyncNamespace(self._runner)

    @functools.cached_property
    def membership_self_service(self) -> MembershipSelfServiceRawSyncNamespace:
        """Contract data, cancelations, idle periods and additional modules managed by the member."""
        return MembershipSelfServiceRawSyncNamespace(self._runner)

    @functools.cached_property
    def memberships(self) -> MembershipsRawSyncNamespace:
        """Membership offers, sign-ups, previews, additions and membership switches."""
        return MembershipsRawSyncNamespace(self._runner)

    @functools.cached_property
    def payments(self) -> PaymentsRawSyncNamespace:
        """User payment sessions for the Universal Payment Component."""
        return PaymentsRawSyncNamespace(self._runner)

    @functools.cached_property
    def studios(self) -> StudiosRawSyncNamespace:
        """Studio information, utilization, tags and activation."""
        return StudiosRawSyncNamespace(self._runner)

    @functools.cached_property
    def trial_offers(self) -> TrialOffersRawSyncNamespace:
        """Trial offer configuration, lead customers and trial bookings."""
        return TrialOffersRawSyncNamespace(self._runner)
