"""Wire format: exact money, zoned date-times that round-trip, open enums, lenient responses."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from perfectgym_async import models
from perfectgym_async._serde import (
    decode_structured,
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
    body = models.BookCustomerPaymentRequest(
        payment_request_token="tok",
        amount=models.Money(amount=Decimal("1234567890.123456789"), currency="EUR"),
    )
    wire = dumps(to_request_json("bookCustomerPayment", body, models.BookCustomerPaymentRequest))
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
        ({"reason": "x", "startDate": "yesterday"}, "startDate"),
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


_PARSERS = ["_loads_stdlib", "_loads_fast"]

#: Wire text -> the exact Decimal it must become, scale included.
_MONEY_TABLE = [
    ("19.99", "19.99"),
    ("20.00", "20.00"),
    ("20", "20"),
    ("-0.0", "-0.0"),
    ("99999999999999999999.99", "99999999999999999999.99"),
    ("20.000000000000000001", "20.000000000000000001"),
    ("0.12345678901234567", "0.12345678901234567"),
    ("1e-400", "1E-400"),
    ("1E+400", "1E+400"),
    ("123456789012345678901234567890", "123456789012345678901234567890"),
]


def _parser(name: str) -> Any:
    from perfectgym_async import _serde

    if name == "_loads_fast" and not _serde.HAS_FAST_JSON:
        pytest.skip("speed extra (msgspec) not installed")
    return getattr(_serde, name)


@pytest.mark.parametrize("parser", _PARSERS)
@pytest.mark.parametrize(("wire", "exact"), _MONEY_TABLE)
def test_every_parser_gives_the_exact_decimal_of_the_wire_text(
    parser: str, wire: str, exact: str
) -> None:
    data = _parser(parser)(f'{{"amount": {wire}, "currency": "EUR"}}'.encode())
    money = structure_response("op", data, models.Money)
    assert isinstance(money.amount, Decimal)
    # Same digits and the same exponent: str() shows both, == would hide a lost scale.
    assert str(money.amount) == exact
    assert money.amount.as_tuple() == Decimal(exact).as_tuple()


@pytest.mark.parametrize("parser", _PARSERS)
@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "[1, NaN]"])
def test_non_finite_numbers_are_invalid_json_on_every_parser(parser: str, text: str) -> None:
    with pytest.raises(ValueError):
        _parser(parser)(text.encode())


@pytest.mark.parametrize("parser", _PARSERS)
def test_money_keeps_its_scale_through_a_model_round_trip(parser: str, monkeypatch: Any) -> None:
    from perfectgym_async import _serde

    monkeypatch.setattr(_serde, "loads", _parser(parser))
    body = b'{"amount": 20.00, "currency": "EUR"}'
    money = decode_structured("op", body, models.Money)
    assert dumps(unstructure(money)) == b'{"amount":20.00,"currency":"EUR"}'


def test_a_deeply_nested_body_is_a_validation_error_not_a_recursion_error() -> None:
    body = b"[" * 50_000 + b"]" * 50_000
    with pytest.raises(APIResponseValidationError, match="nested too deeply"):
        decode_structured("op", body, models.Money)


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
    assert str(page.result[0].amount.amount) == "0.12345678901234567"
