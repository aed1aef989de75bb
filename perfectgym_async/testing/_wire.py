"""The fake tenant's records in the API's JSON shape (camelCase, Money objects).

Amounts stay ``Decimal`` here; the response writer prints each one as its
exact digits, so ``Decimal("19.90")`` goes out as ``19.90``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..types import format_datetime
from ._data import (
    LEAD_MODES,
    FakeAccessRestriction,
    FakeBalance,
    FakeBookableAppointment,
    FakeBooking,
    FakeCustomer,
    FakeInstructor,
    FakeLead,
    FakeSlot,
    FakeTransaction,
    LeadField,
)

__all__ = [
    "access_restriction",
    "balance",
    "bookable_appointment",
    "booking",
    "card_number",
    "customer",
    "lead_config",
    "lead_result",
    "slot",
    "transaction",
]

JSON = dict[str, Any]


def _money(amount: Decimal, currency: str) -> JSON:
    return {"amount": amount, "currency": currency}


def _compact(data: JSON) -> JSON:
    """Optional fields without a value are left out, as the platform does."""
    return {key: value for key, value in data.items() if value is not None}


def card_number(number: int, card_format: str) -> str:
    if card_format == "HEX_MSB":
        return f"{number:08X}"
    if card_format == "HEX_LSB":
        return number.to_bytes(4, "little").hex().upper()
    return str(number)


def access_restriction(restriction: FakeAccessRestriction) -> JSON:
    return _compact(
        {
            "reason": restriction.reason,
            "startDate": _date(restriction.start_date),
            "endDate": _date(restriction.end_date),
        }
    )


def _date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def customer(record: FakeCustomer, *, card_format: str, today: date, image_url: str | None) -> JSON:
    card = card_number(record.card_number, card_format)
    bank = record.bank_account
    restriction = record.access_restriction
    return _compact(
        {
            "id": record.id,
            "customerNumber": record.customer_number,
            "firstName": record.first_name,
            "lastName": record.last_name,
            "dateOfBirth": _date(record.date_of_birth),
            "email": record.email,
            "gender": record.gender,
            "street": record.street or None,
            "houseNumber": record.house_number or None,
            "zipCode": record.zip_code or None,
            "city": record.city or None,
            "country": record.country,
            "status": record.status,
            "imageUrl": image_url,
            "phonePrivateMobile": record.phone_mobile,
            "idlePeriods": [
                {
                    "id": period.id,
                    "startDate": period.start_date.isoformat(),
                    "endDate": period.end_date.isoformat(),
                    "reason": period.reason,
                    "contract": {"id": period.contract_id, "rateName": period.rate_name},
                    "unlimited": period.unlimited,
                }
                for period in record.idle_periods
                if period.state == "ACCEPTED"
            ],
            "bankAccount": (
                {"accountHolder": bank[0], "bankName": bank[1], "bic": bank[2], "iban": bank[3]}
                if bank is not None
                else None
            ),
            "accessRefusal": restriction is not None and restriction.active_on(today),
            "accessRestrictions": [access_restriction(restriction)] if restriction else [],
            "uuid": record.uuid,
            "referralCode": record.referral_code,
            "studioId": record.studio_id,
            "preferredLanguage": {
                "languageCode": record.language,
                "countryCode": record.language.upper() if record.language == "de" else "GB",
            },
            "thirdPartyId": record.third_party_id,
            "createdDateTime": format_datetime(record.created),
            "accessMediums": [
                {"id": record.access_medium_id, "type": "CARD_NUMBER", "value": card},
                *({"id": m.id, "type": m.type, "value": m.value} for m in record.access_mediums),
            ],
            "cardNumbers": [
                card,
                *(m.value for m in record.access_mediums if m.type == "CARD_NUMBER"),
            ],
        }
    )


def balance(record: FakeBalance) -> JSON:
    return _compact(
        {
            "accountBalance": _money(record.account_balance, record.currency),
            "consumptionCredit": (
                _money(record.consumption_credit, record.currency)
                if record.consumption_credit is not None
                else None
            ),
            "dunningLevel": record.dunning_level,
            "inDebtCollection": record.in_debt_collection,
        }
    )


def transaction(record: FakeTransaction) -> JSON:
    return {
        "id": record.id,
        "dueDate": record.due_date.isoformat(),
        "description": record.description,
        "amount": _money(record.amount, record.currency),
        "openAmount": _money(record.open_amount, record.currency),
        "installmentPlan": record.installment_plan,
    }


def _instructor(record: FakeInstructor) -> JSON:
    return {
        "id": record.id,
        "firstName": record.first_name,
        "lastName": record.last_name,
        "publicName": record.public_name,
    }


def bookable_appointment(record: FakeBookableAppointment) -> JSON:
    return {
        "id": record.id,
        "title": record.title,
        "duration": record.duration,
        "category": record.category,
        "description": record.description,
        "imgUrl": record.img_url,
    }


def slot(record: FakeSlot, appointment: FakeBookableAppointment) -> JSON:
    return {
        "startDateTime": format_datetime(record.start),
        "endDateTime": format_datetime(record.end),
        "instructors": [_instructor(i) for i in appointment.instructors],
    }


def booking(
    record: FakeBooking,
    appointment: FakeBookableAppointment,
    now: datetime,
    *,
    with_customer: bool,
) -> JSON:
    chosen = set(record.instructor_ids)
    instructors = [i for i in appointment.instructors if not chosen or i.id in chosen]
    data: JSON = {
        "bookingId": record.id,
        "bookingStatus": record.status,
        "startDateTime": format_datetime(record.start),
        "endDateTime": format_datetime(record.end),
        "title": appointment.title,
        "duration": appointment.duration,
        "category": appointment.category,
        "description": appointment.description,
        "imgUrl": appointment.img_url,
        "instructors": [_instructor(i) for i in instructors],
        "appointmentStatus": "COMPLETED" if record.end <= now else "PLANNED",
        "participantStatus": "UNSET",
    }
    if with_customer:
        data["customerId"] = record.customer_id
    return data


def lead_config(fields: list[LeadField]) -> JSON:
    return {
        **LEAD_MODES,
        "additionalInformation": [
            _compact(
                {
                    "additionalFieldId": f.id,
                    "name": f.name,
                    "type": f.type,
                    "allowMultiSelection": f.allow_multi_selection,
                    "selectionValues": list(f.selection_values) or None,
                    "mode": f.mode,
                }
            )
            for f in fields
        ],
        "communicationPreferences": [
            {
                "messageCategory": category,
                "channels": [
                    {"communicationChannel": "EMAIL", "customerOverridable": True, "active": True}
                ],
            }
            for category in ("CONTRACT", "GENERAL", "NEWSLETTER")
        ],
    }


def lead_result(record: FakeLead) -> JSON:
    return {
        "id": record.id,
        "customerId": record.customer_id,
        "uuid": record.uuid,
        "customerNumber": record.customer_number,
    }
