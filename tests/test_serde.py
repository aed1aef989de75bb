"""Wire format: exact money, zoned date-times that round-trip, open enums, lenient responses."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from perfectgym_async import models
from perfectgym_async._serde import (
    dumps,
    loads,
    structure_response,
    to_request_json,
    unstructure,
)
from perfectgym_async.errors import APIResponseValidationError
from perfectgym_async.types import ZonedDateTime, format_datetime

BERLIN = "2022-06-22T08:00:00.000+02:00[Europe/Berlin]"


def test_money_is_decimal_from_the_wire_text() -> None:
    data = loads(b'{"amount": 19.99, "currency": "EUR"}')
    money = structure_response("op", data, models.Money)
    assert money.amount == Decimal("19.99")
    assert isinstance(money.amount, Decimal)


def test_money_keeps_many_digits_and_integers() -> None:
    assert structure_response(
        "op", loads(b'{"amount": 20, "currency": "EUR"}'), models.Money
    ).amount == Decimal(20)
    exact = structure_response("op", loads(b'{"amount": 0.1, "currency": "EUR"}'), models.Money)
    assert exact.amount == Decimal("0.1")  # not 0.1000000000000000055511151231257827


def test_decimal_goes_out_as_the_exact_json_number() -> None:
    body = models.CustomerPaymentRequest(
        payment_request_token="tok",
        amount=models.Money(amount=Decimal("1234567890.123456789"), currency="EUR"),
    )
    wire = dumps(to_request_json("bookCustomerPayment", body, models.CustomerPaymentRequest))
    assert b'"amount":1234567890.123456789' in wire
    assert json.loads(wire, parse_float=Decimal)["amount"]["amount"] == Decimal(
        "1234567890.123456789"
    )


def test_zoned_date_time_parses_into_its_zone() -> None:
    value = ZonedDateTime.parse(BERLIN)
    assert value.tzinfo == ZoneInfo("Europe/Berlin")
    assert value.utcoffset() == timedelta(hours=2)
    assert value == datetime(2022, 6, 22, 6, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text",
    [
        BERLIN,
        "2019-08-24T14:15:22Z",
        "2019-08-24T14:15:22.123456+05:30",
        "2022-10-30T02:30:00.000+01:00[Europe/Berlin]",  # second pass through the DST fold
        "2022-10-30T02:30:00.000+02:00[Europe/Berlin]",  # first pass
        "2022-06-22T08:00:00.000+02:00[Not/AZone]",
    ],
)
def test_zoned_date_time_round_trips_to_the_identical_string(text: str) -> None:
    slot = structure_response(
        "op", {"startDateTime": text, "endDateTime": text}, models.BookableAppointmentSlot
    )
    assert unstructure(slot)["startDateTime"] == text


def test_dst_fold_is_resolved_by_the_explicit_offset() -> None:
    first = ZonedDateTime.parse("2022-10-30T02:30:00.000+02:00[Europe/Berlin]")
    second = ZonedDateTime.parse("2022-10-30T02:30:00.000+01:00[Europe/Berlin]")
    # Same-zone subtraction is wall-clock arithmetic in Python; compare instants.
    assert second.astimezone(timezone.utc) - first.astimezone(timezone.utc) == timedelta(hours=1)


def test_a_changed_date_time_is_formatted_afresh_with_its_zone() -> None:
    later = ZonedDateTime.parse(BERLIN) + timedelta(hours=1)
    assert format_datetime(later) == "2022-06-22T09:00:00.000+02:00[Europe/Berlin]"
    plain = datetime(2024, 1, 5, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
    assert format_datetime(plain) == "2024-01-05T10:00:00.000+01:00[Europe/Warsaw]"
    assert (
        format_datetime(datetime(2024, 1, 5, 10, 0, tzinfo=timezone.utc))
        == "2024-01-05T10:00:00.000Z"
    )


def test_naive_date_time_in_a_request_is_refused() -> None:
    body = {
        "customerId": 1,
        "bookableAppointmentId": 2,
        "startDateTime": datetime(2022, 6, 22, 8),
        "endDateTime": BERLIN,
    }
    with pytest.raises(ValueError, match="timezone"):
        to_request_json("bookAppointmentBooking", body, models.AppointmentBookingRequest)


def test_unknown_enum_value_is_kept_and_equals_its_string() -> None:
    result = structure_response(
        "op", {"validationStatus": "SOMETHING_NEW"}, models.AppointmentBookingValidationResult
    )
    status = result.validation_status
    assert status == "SOMETHING_NEW"
    assert isinstance(status, models.AppointmentBookingValidationStatus)
    assert not status.is_known
    assert unstructure(result) == {"validationStatus": "SOMETHING_NEW"}


def test_known_enum_value_is_the_member() -> None:
    result = structure_response(
        "op", {"validationStatus": "AVAILABLE"}, models.AppointmentBookingValidationResult
    )
    assert result.validation_status is models.AppointmentBookingValidationStatus.AVAILABLE


def test_unknown_response_fields_are_ignored() -> None:
    data = {"id": 7, "title": "Yoga", "brandNewField": {"nested": [1, 2]}}
    appointment = structure_response("op", data, models.BookableAppointment)
    assert appointment.id == 7 and appointment.title == "Yoga"


def test_dates_are_dates() -> None:
    restriction = structure_response(
        "op", {"reason": "x", "startDate": "2024-01-01"}, models.AccessRestriction
    )
    assert restriction.start_date == date(2024, 1, 1)


def test_response_that_does_not_match_names_operation_and_field() -> None:
    with pytest.raises(APIResponseValidationError) as info:
        structure_response(
            "getBookableAppointment",
            {"id": "not-a-number", "title": "x"},
            models.BookableAppointment,
        )
    assert info.value.operation == "getBookableAppointment"
    assert info.value.field_path == "$.id"
    assert "getBookableAppointment" in str(info.value)


def test_missing_required_field_is_reported_with_its_path() -> None:
    with pytest.raises(APIResponseValidationError) as info:
        structure_response("op", [{"id": 1, "firstName": "A"}], list[models.Instructor])
    assert info.value.field_path.startswith("$[0]")


def test_request_body_as_wire_mapping_or_model_gives_the_same_json() -> None:
    mapping = {"reason": "Destroyed equipment", "startDate": "2024-01-01", "endDate": "2024-06-30"}
    model = models.AccessRestriction(
        reason="Destroyed equipment", start_date=date(2024, 1, 1), end_date=date(2024, 6, 30)
    )
    from_mapping = dumps(to_request_json("op", mapping, models.AccessRestriction))
    from_model = dumps(to_request_json("op", model, models.AccessRestriction))
    assert from_mapping == from_model
    assert json.loads(from_model) == mapping


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"reason": 5}, "reason"),
        ({"reason": "x", "startDate": "yesterday"}, "start_date"),
        ({"reasn": "x"}, "reasn"),
        ({}, "reason"),
    ],
)
def test_bad_request_body_is_refused_with_the_field(body: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        to_request_json("setAccessRestriction", body, models.AccessRestriction)


def test_wrong_body_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="AccessRestriction"):
        to_request_json("setAccessRestriction", ["reason"], models.AccessRestriction)


def test_model_with_wrong_attribute_type_is_refused() -> None:
    bad = models.AppointmentBookingRequest(
        customer_id="203",  # type: ignore[arg-type]
        bookable_appointment_id=1,
        start_date_time=ZonedDateTime.parse(BERLIN),
        end_date_time=ZonedDateTime.parse(BERLIN),
    )
    with pytest.raises((TypeError, ValueError), match="customer_id"):
        to_request_json("bookAppointmentBooking", bad, models.AppointmentBookingRequest)


def test_non_finite_numbers_are_refused() -> None:
    with pytest.raises(ValueError):
        dumps({"amount": Decimal("NaN")})


@pytest.mark.parametrize("parser", ["_loads_stdlib", "_loads_orjson"])
def test_both_json_parsers_give_exact_decimals(parser: str) -> None:
    from perfectgym_async import _serde

    if parser == "_loads_orjson" and not _serde.HAS_ORJSON:
        pytest.skip("orjson extra not installed")
    data = getattr(_serde, parser)(
        b'[{"amount": 19.99, "currency": "EUR"}, {"amount": -0.0, "currency": "EUR"}]'
    )
    first, second = structure_response("op", data, list[models.Money])
    assert first.amount == Decimal("19.99") and str(first.amount) == "19.99"
    assert str(second.amount) in ("-0.0", "-0")  # the sign survives the float round trip


def test_numbers_too_long_for_a_float_are_parsed_exactly() -> None:
    from perfectgym_async._serde import decode_structured

    body = b'{"amount": 12345678901234567.89, "currency": "EUR"}'
    money = decode_structured("op", body, models.Money)
    assert money.amount == Decimal("12345678901234567.89")


async def test_long_numbers_in_a_slice_are_parsed_exactly() -> None:
    from multidict import CIMultiDict, CIMultiDictProxy

    from perfectgym_async._pagination import parse_page
    from perfectgym_async._request import RawResponse

    body = (
        b'{"result": [{"id": 1, "dueDate": "2024-01-01", "installmentPlan": false,'
        b' "amount": {"amount": 0.12345678901234567, "currency": "EUR"}}],'
        b' "hasNext": false, "offset": "1"}'
    )
    page = parse_page(
        "op", RawResponse(200, CIMultiDictProxy(CIMultiDict()), body), models.BookingEntry
    )
    assert page.result[0].amount is not None
    assert page.result[0].amount.amount == Decimal("0.12345678901234567")
