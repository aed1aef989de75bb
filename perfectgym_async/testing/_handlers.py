"""21 operations of spec/openapi.yaml as hand-written aiohttp handlers over :class:`TenantData`.

These are the operations the export and its verification work on (customers,
accounts, leads, appointments); the spec engine (:mod:`._engine`) serves the rest.

Each handler checks its parameters and body the way the platform documents
(a 400 whose ``reference`` names the field), calls the state, and writes the
answer. Authentication, rate limits, faults and recording happen around the
handlers, in the tenant's middleware.
"""

from __future__ import annotations

import email.policy
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from email import message_from_bytes
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiohttp import web

from .._serde import dumps
from . import _wire
from ._data import (
    TIMEZONE,
    BookingRequest,
    FakeAccessRestriction,
    LeadRequest,
    TenantData,
    TenantError,
)

__all__ = ["IMAGE_PATH", "TenantApi", "json_response"]

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

#: Where uploaded profile images can be downloaded (no API key, like a signed URL).
IMAGE_PATH = "/images/{customerId}/{token}"

_INT = re.compile(r"-?[0-9]{1,18}")
_ZONED = re.compile(r"(?P<stamp>[^\[\]]+?)(?:\[(?P<zone>[^\]]+)\])?")
_IMAGE_TYPES = {"image/jpeg": (".jpg", ".jpeg"), "image/png": (".png",)}
_CARD_FORMATS = ("DECIMAL", "HEX_MSB", "HEX_LSB")
_GENDERS = ("MALE", "FEMALE", "UNISEX")


def json_response(data: Any, status: int = 200) -> web.Response:
    return web.Response(status=status, body=dumps(data), content_type="application/json")


def _invalid(reference: str, message: str) -> TenantError:
    return TenantError(400, "VALIDATION_ERROR", message, reference=reference)


def _parse_int(text: str, name: str) -> int:
    if not _INT.fullmatch(text):
        raise _invalid(name, f"{name} must be an integer, got {text!r}")
    return int(text)


def _path_id(request: web.Request, name: str) -> int:
    value = _parse_int(request.match_info[name], name)
    if value < 0:
        raise _invalid(name, f"{name} must not be negative")
    return value


def _query_int(
    request: web.Request,
    name: str,
    *,
    default: int | None = None,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int | None:
    text = request.query.get(name)
    if text is None or text == "":
        return default
    value = _parse_int(text, name)
    if minimum is not None and value < minimum:
        raise _invalid(name, f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise _invalid(name, f"{name} must be at most {maximum}, got {value}")
    return value


def _slice_size(request: web.Request, default: int, minimum: int, maximum: int) -> int:
    value = _query_int(request, "sliceSize", default=default, minimum=minimum, maximum=maximum)
    assert value is not None  # a default was given
    return value


def _query_enum(request: web.Request, name: str, allowed: tuple[str, ...], default: str) -> str:
    value = request.query.get(name) or default
    if value not in allowed:
        raise _invalid(name, f"{name} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def _parse_zoned(text: str, name: str) -> datetime:
    """A date-time as the platform writes it, with or without the ``[Region/City]`` suffix."""
    match = _ZONED.fullmatch(text.strip())
    if match is None:
        raise _invalid(name, f"{name} is not a date-time: {text!r}")
    stamp = match["stamp"]
    if stamp.endswith(("Z", "z")):
        stamp = stamp[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(stamp)
    except ValueError:
        raise _invalid(name, f"{name} is not a date-time: {text!r}") from None
    if value.tzinfo is None:
        raise _invalid(name, f"{name} needs a UTC offset: {text!r}")
    if match["zone"]:
        try:
            value = value.astimezone(ZoneInfo(match["zone"]))
        except (ZoneInfoNotFoundError, ValueError):
            raise _invalid(name, f"{name} names an unknown zone: {match['zone']!r}") from None
    return value


class _Body:
    """Typed access to a JSON request object; failures name the field by its dotted path."""

    def __init__(self, data: dict[str, Any], prefix: str = "") -> None:
        self._data = data
        self._prefix = prefix

    @classmethod
    def parse(cls, raw: bytes) -> _Body:
        try:
            data = json.loads(raw, parse_float=Decimal) if raw.strip() else None
        except (ValueError, UnicodeDecodeError):
            raise TenantError(400, "INVALID_JSON", "the body is not valid JSON") from None
        if not isinstance(data, dict):
            raise TenantError(400, "INVALID_JSON", "the body must be a JSON object")
        return cls(data)

    def _ref(self, name: str) -> str:
        return f"{self._prefix}{name}"

    def _get(self, name: str, required: bool) -> Any:
        value = self._data.get(name)
        if value is None and required:
            raise _invalid(self._ref(name), f"{self._ref(name)} is required")
        return value

    def text(self, name: str, *, required: bool = False, non_empty: bool = False) -> str | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise _invalid(self._ref(name), f"{self._ref(name)} must be a string")
        if non_empty and not value.strip():
            raise _invalid(self._ref(name), f"{self._ref(name)} must not be empty")
        return value

    def required_text(self, name: str) -> str:
        value = self.text(name, required=True, non_empty=True)
        assert value is not None  # required
        return value

    def integer(self, name: str, *, required: bool = False) -> int | None:
        value = self._get(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise _invalid(self._ref(name), f"{self._ref(name)} must be an integer")
        return value

    def required_integer(self, name: str) -> int:
        value = self.integer(name, required=True)
        assert value is not None  # required
        return value

    def number(self, name: str) -> Decimal:
        value = self._get(name, True)
        if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            raise _invalid(self._ref(name), f"{self._ref(name)} must be a number")
        return Decimal(value)

    def day(self, name: str) -> date | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _invalid(self._ref(name), f"{self._ref(name)} must be a date") from None

    def zoned(self, name: str) -> datetime:
        return _parse_zoned(self.required_text(name), self._ref(name))

    def child(self, name: str, *, required: bool = False) -> _Body | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise _invalid(self._ref(name), f"{self._ref(name)} must be an object")
        return _Body(value, f"{self._ref(name)}.")

    def children(self, name: str) -> list[_Body]:
        value = self._get(name, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise _invalid(self._ref(name), f"{self._ref(name)} must be a list of objects")
        return [_Body(item, f"{self._ref(name)}[{i}].") for i, item in enumerate(value)]

    def integers(self, name: str) -> list[int]:
        value = self._get(name, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            raise _invalid(self._ref(name), f"{self._ref(name)} must be a list of integers")
        return list(value)

    def texts(self, name: str) -> list[str] | None:
        value = self._get(name, False)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _invalid(self._ref(name), f"{self._ref(name)} must be a list of strings")
        return list(value)


def _sliced(items: list[Any], has_next: bool, offset: str) -> web.Response:
    return json_response({"result": items, "hasNext": has_next, "offset": offset})


class TenantApi:
    """The operations, bound to one tenant's data, clock and public address."""

    def __init__(
        self,
        data: TenantData,
        now: Callable[[], datetime],
        base_url: Callable[[], str],
        changed: Callable[[str, int, Mapping[str, Any]], None] | None = None,
    ) -> None:
        self.data = data
        self._now = now
        self._base_url = base_url
        # The change hook: (webhook event type, entity id, content) after a state change.
        self._changed = changed or (lambda event_type, entity_id, content: None)

    def routes(self) -> list[tuple[str, str, Handler]]:
        """(method, path template, handler) of every operation, plus the image download."""
        account = "/v1/customers/{customerId}/account"
        return [
            ("GET", f"{account}/balances", self.get_balance),
            ("GET", f"{account}/transactions", self.get_past_transactions),
            ("GET", f"{account}/transactions/upcoming", self.get_upcoming_transactions),
            ("POST", f"{account}/payment", self.book_payment),
            ("POST", f"{account}/payment-instrument", self.update_payment_instrument),
            ("GET", "/v1/leads/config", self.get_lead_config),
            ("POST", "/v1/leads/validate", self.validate_lead),
            ("POST", "/v1/leads/create", self.create_lead),
            ("GET", "/v1/appointments/bookable", self.get_bookable_appointments),
            ("POST", "/v1/appointments/bookable/validate", self.validate_booking),
            (
                "GET",
                "/v1/appointments/bookable/{bookableAppointmentId}",
                self.get_bookable_appointment,
            ),
            (
                "GET",
                "/v1/appointments/bookable/{bookableAppointmentId}/slots",
                self.get_slots,
            ),
            ("POST", "/v1/appointments/booking/book", self.book_appointment),
            ("GET", "/v1/appointments/booking", self.get_bookings),
            ("GET", "/v1/appointments/booking/{bookingId}", self.get_booking),
            ("DELETE", "/v1/appointments/booking/{bookingId}", self.delete_booking),
            ("GET", "/v1/customers", self.get_customers),
            ("GET", "/v1/customers/{customerId}", self.get_customer),
            ("PUT", "/v1/customers/{customerId}/images", self.update_image),
            (
                "PUT",
                "/v1/customers/{customerId}/access-restrictions",
                self.set_access_restriction,
            ),
            (
                "DELETE",
                "/v1/customers/{customerId}/access-restrictions",
                self.delete_access_restriction,
            ),
            ("GET", IMAGE_PATH, self.download_image),
        ]

    # ------------------------------------------------------------ account

    async def get_balance(self, request: web.Request) -> web.StreamResponse:
        customer_id = _path_id(request, "customerId")
        self.data.customer(customer_id)
        return json_response(_wire.balance(self.data.balances[customer_id]))

    async def get_past_transactions(self, request: web.Request) -> web.StreamResponse:
        return self._transactions(request, self.data.past_transactions)

    async def get_upcoming_transactions(self, request: web.Request) -> web.StreamResponse:
        return self._transactions(request, self.data.upcoming_transactions)

    def _transactions(self, request: web.Request, source: dict[int, list[Any]]) -> web.Response:
        customer_id = _path_id(request, "customerId")
        size = _slice_size(request, default=10, minimum=1, maximum=50)
        # Numeric style: the offset is a position and the answer's offset the next one.
        start = _query_int(request, "offset", default=0, minimum=0)
        assert start is not None  # a default was given
        self.data.customer(customer_id)
        entries = source.get(customer_id, [])
        chunk = entries[start : start + size]
        following = start + len(chunk)
        return _sliced(
            [_wire.transaction(t) for t in chunk], following < len(entries), str(following)
        )

    async def book_payment(self, request: web.Request) -> web.StreamResponse:
        customer_id = _path_id(request, "customerId")
        body = _Body.parse(await request.read())
        token = body.required_text("paymentRequestToken")
        money = body.child("amount", required=True)
        assert money is not None  # required
        amount = money.number("amount")
        currency = money.required_text("currency")
        self.data.book_payment(customer_id, token, amount, currency, body.integers("debtClaimIds"))
        self._changed("CUSTOMER_UPDATED", customer_id, {})
        return json_response({})

    async def update_payment_instrument(self, request: web.Request) -> web.StreamResponse:
        customer_id = _path_id(request, "customerId")
        body = _Body.parse(await request.read())
        self.data.set_payment_instrument(customer_id, body.required_text("paymentRequestToken"))
        return json_response({})

    # ------------------------------------------------------------ leads

    async def get_lead_config(self, request: web.Request) -> web.StreamResponse:
        return json_response(_wire.lead_config(self.data.lead_fields))

    async def validate_lead(self, request: web.Request) -> web.StreamResponse:
        lead = _lead_request(_Body.parse(await request.read()))
        status, _ = self.data.check_lead(lead)
        return json_response({"status": status})

    async def create_lead(self, request: web.Request) -> web.StreamResponse:
        lead = _lead_request(_Body.parse(await request.read()))
        return json_response(_wire.lead_result(self.data.create_lead(lead, self._now())))

    # ------------------------------------------------------------ appointments

    async def get_bookable_appointments(self, request: web.Request) -> web.StreamResponse:
        size = _slice_size(request, default=50, minimum=10, maximum=100)
        # Id style: the offset is the id of the last item already seen.
        after = _query_int(request, "offset", default=0, minimum=0)
        assert after is not None  # a default was given
        chunk, has_next = self.data.appointments_after(after, size)
        offset = str(chunk[-1].id) if chunk else str(after)
        return _sliced([_wire.bookable_appointment(a) for a in chunk], has_next, offset)

    async def get_bookable_appointment(self, request: web.Request) -> web.StreamResponse:
        appointment = self.data.appointment(_path_id(request, "bookableAppointmentId"))
        return json_response(_wire.bookable_appointment(appointment))

    async def get_slots(self, request: web.Request) -> web.StreamResponse:
        appointment_id = _path_id(request, "bookableAppointmentId")
        customer_id = _query_int(request, "customerId", minimum=0)
        days = _query_int(request, "daysAhead", default=1, minimum=1, maximum=6)
        assert days is not None  # a default was given
        first_text = request.query.get("slotWindowStartDate")
        now = self._now()
        first = now.astimezone(TIMEZONE).date()
        if first_text:
            try:
                first = date.fromisoformat(first_text)
            except ValueError:
                raise _invalid(
                    "slotWindowStartDate", "slotWindowStartDate must be a date"
                ) from None
        appointment = self.data.appointment(appointment_id)
        if customer_id is not None:
            self.data.customer(customer_id)
        slots = self.data.slots(appointment, first, days, now, customer_id)
        return json_response([_wire.slot(s, appointment) for s in slots])

    async def validate_booking(self, request: web.Request) -> web.StreamResponse:
        booking = _booking_request(_Body.parse(await request.read()))
        status = self.data.validate_booking(booking, self._now())
        return json_response({"validationStatus": status})

    async def book_appointment(self, request: web.Request) -> web.StreamResponse:
        now = self._now()
        booking = self.data.book(_booking_request(_Body.parse(await request.read())), now)
        self._changed("APPOINTMENT_BOOKING_CREATED", booking.id, {})
        appointment = self.data.bookable_appointments[booking.appointment_id]
        return json_response(_wire.booking(booking, appointment, now, with_customer=False))

    async def get_booking(self, request: web.Request) -> web.StreamResponse:
        booking = self.data.booking(_path_id(request, "bookingId"))
        appointment = self.data.bookable_appointments[booking.appointment_id]
        return json_response(_wire.booking(booking, appointment, self._now(), with_customer=True))

    async def delete_booking(self, request: web.Request) -> web.StreamResponse:
        canceled = self.data.cancel_booking(_path_id(request, "bookingId"))
        self._changed("APPOINTMENT_BOOKING_CANCELLED", canceled.id, {})
        return json_response({})

    async def get_bookings(self, request: web.Request) -> web.StreamResponse:
        if not request.query.get("customerId"):
            raise _invalid("customerId", "customerId is required")
        customer_id = _query_int(request, "customerId", minimum=0)
        assert customer_id is not None  # checked above
        now = self._now()
        result = [
            _wire.booking(
                b, self.data.bookable_appointments[b.appointment_id], now, with_customer=False
            )
            for b in self.data.bookings_of(customer_id, now)
        ]
        return json_response(result)

    # ------------------------------------------------------------ customers

    def image_url(self, customer_id: int) -> str | None:
        image = self.data.customers[customer_id].image
        if image is None:
            return None
        path = IMAGE_PATH.format(customerId=customer_id, token=image.token)
        return f"{self._base_url()}{path}"

    async def get_customers(self, request: web.Request) -> web.StreamResponse:
        card_format = _query_enum(request, "cardNumberFormat", _CARD_FORMATS, "DECIMAL")
        status = _query_enum(request, "customerStatus", ("MEMBER", "PROSPECT"), "MEMBER")
        size = _slice_size(request, default=100, minimum=50, maximum=500)
        after = _query_int(request, "offset", minimum=0)
        if after is None:
            # The deprecated spelling of the same id offset.
            after = _query_int(request, "lastOffsetId", default=0, minimum=0)
        assert after is not None  # a default was given
        chunk, has_next = self.data.customers_after(after, status, size)
        today = self._now().date()
        result = [
            _wire.customer(c, card_format=card_format, today=today, image_url=self.image_url(c.id))
            for c in chunk
        ]
        return _sliced(result, has_next, str(chunk[-1].id) if chunk else str(after))

    async def get_customer(self, request: web.Request) -> web.StreamResponse:
        customer_id = _path_id(request, "customerId")
        card_format = _query_enum(request, "cardNumberFormat", _CARD_FORMATS, "DECIMAL")
        customer = self.data.customer(customer_id)
        return json_response(
            _wire.customer(
                customer,
                card_format=card_format,
                today=self._now().date(),
                image_url=self.image_url(customer_id),
            )
        )

    async def update_image(self, request: web.Request) -> web.StreamResponse:
        customer_id = _path_id(request, "customerId")
        content_type, data = _image_part(
            request.headers.get("Content-Type", ""), await request.read()
        )
        self.data.set_image(customer_id, content_type, data)
        return json_response({"imageUrl": self.image_url(customer_id)})

    async def download_image(self, request: web.Request) -> web.StreamResponse:
        customer = self.data.customers.get(_path_id(request, "customerId"))
        image = customer.image if customer is not None else None
        if image is None or image.token != request.match_info["token"]:
            raise TenantError(404, "ENTITY_NOT_FOUND", "no such image")
        return web.Response(body=image.data, content_type=image.content_type)

    async def set_access_restriction(self, request: web.Request) -> web.StreamResponse:
        customer_id = _path_id(request, "customerId")
        body = _Body.parse(await request.read())
        restriction = FakeAccessRestriction(
            reason=body.required_text("reason"),
            start_date=body.day("startDate"),
            end_date=body.day("endDate"),
        )
        stored = self.data.set_access_restriction(customer_id, restriction)
        return json_response(_wire.access_restriction(stored))

    async def delete_access_restriction(self, request: web.Request) -> web.StreamResponse:
        self.data.delete_access_restriction(_path_id(request, "customerId"))
        return web.Response(status=200)


def _booking_request(body: _Body) -> BookingRequest:
    return BookingRequest(
        customer_id=body.required_integer("customerId"),
        appointment_id=body.required_integer("bookableAppointmentId"),
        start=body.zoned("startDateTime"),
        end=body.zoned("endDateTime"),
        instructor_ids=body.integers("instructorIds"),
    )


def _lead_request(body: _Body) -> LeadRequest:
    person = body.child("leadCustomer", required=True)
    assert person is not None  # required
    gender = person.text("gender")
    if gender is not None and gender not in _GENDERS:
        raise _invalid("leadCustomer.gender", f"leadCustomer.gender must be one of {_GENDERS}")
    address = body.child("address")
    if address is not None:  # shape check only: the fake keeps no lead addresses
        for name in ("street", "houseNumber", "zipCode", "city", "countryCode"):
            address.required_text(name)
    additional = [
        (item.required_integer("additionalFieldId"), item.text("value"), item.texts("values"))
        for item in body.children("additionalInformation")
    ]
    body.children("communicationPreferences")  # shape check only; the fake keeps no preferences
    return LeadRequest(
        first_name=person.required_text("firstname"),
        last_name=person.required_text("lastname"),
        email=person.required_text("email"),
        date_of_birth=person.day("dateOfBirth"),
        gender=gender,
        telephone=person.text("telephone"),
        additional=additional,
        notes=body.text("notes"),
        external_identifier=body.text("externalIdentifier"),
        third_party_id=person.text("thirdPartyId"),
    )


def _image_part(content_type: str, raw: bytes) -> tuple[str, bytes]:
    """The ``image`` part of a multipart/form-data body: (its content type, its bytes)."""
    if not content_type.lower().startswith("multipart/form-data"):
        raise _invalid("image", "the body must be multipart/form-data with an 'image' part")
    message = message_from_bytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw,
        policy=email.policy.HTTP,
    )
    if not message.is_multipart():
        raise _invalid("image", "the multipart body has no parts")
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") != "image":
            continue
        part_type = part.get_content_type()
        extensions = _IMAGE_TYPES.get(part_type)
        if extensions is None:
            raise _invalid("image", f"the image must be image/jpeg or image/png, not {part_type}")
        filename = (part.get_filename() or "").lower()
        if not filename.endswith(extensions):
            raise _invalid("image", f"the file name {filename!r} does not match {part_type}")
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data:
            raise _invalid("image", "the image is empty")
        return part_type, data
    raise _invalid("image", "the multipart body has no part named 'image'")
