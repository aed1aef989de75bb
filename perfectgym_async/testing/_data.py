"""The fake tenant's state and its business rules, free of HTTP.

Everything a test may want to check the SDK (or an export) against lives here
as plain records: customers, balances, transactions, bookable appointments,
bookings, leads, payments. Rule violations raise :class:`TenantError`, which
the HTTP layer turns into the documented error body.
"""

from __future__ import annotations

import bisect
import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

__all__ = [
    "LEAD_MODES",
    "TIMEZONE",
    "BookingRequest",
    "FakeAccessMedium",
    "FakeAccessRestriction",
    "FakeBalance",
    "FakeBookableAppointment",
    "FakeBooking",
    "FakeCustomer",
    "FakeIdlePeriod",
    "FakeImage",
    "FakeInstructor",
    "FakeLead",
    "FakePayment",
    "FakeSlot",
    "FakeTransaction",
    "LeadField",
    "LeadRequest",
    "TenantData",
    "TenantError",
]

#: The studio's zone: slots and creation times are written in it.
TIMEZONE = ZoneInfo("Europe/Berlin")

CENT = Decimal("0.01")

#: Which lead fields the tenant collects (the ``getLeadConfig`` modes).
LEAD_MODES = {
    "addressMode": "OPTIONAL",
    "dateOfBirthMode": "MANDATORY",
    "genderMode": "OPTIONAL",
    "telephoneMode": "OPTIONAL",
}


class TenantError(Exception):
    """A request the tenant refuses; rendered as the documented error body."""

    def __init__(
        self, status: int, code: str, message: str, *, reference: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.reference = reference


def not_found(what: str, ident: int, reference: str) -> TenantError:
    return TenantError(404, "ENTITY_NOT_FOUND", f"{what} {ident} not found", reference=reference)


# ---------------------------------------------------------------------- records


@dataclass
class FakeIdlePeriod:
    id: int
    start_date: date
    end_date: date
    reason: str
    contract_id: int
    rate_name: str
    unlimited: bool
    #: "ACCEPTED", or "PENDING_VERIFICATION" while it is an amendment the studio must verify.
    state: str = "ACCEPTED"


@dataclass
class FakeAccessMedium:
    """An access medium added through the API (the generated card is not one of them)."""

    id: int
    type: str
    value: str


@dataclass
class FakeAccessRestriction:
    reason: str
    start_date: date | None = None
    end_date: date | None = None

    def active_on(self, day: date) -> bool:
        if self.start_date is None or self.end_date is None:
            return True
        return self.start_date <= day <= self.end_date


@dataclass
class FakeImage:
    token: str
    content_type: str
    data: bytes


@dataclass
class FakeCustomer:
    id: int
    customer_number: str
    status: str
    first_name: str
    last_name: str
    email: str
    date_of_birth: date | None
    gender: str | None
    street: str
    house_number: str
    zip_code: str
    city: str
    country: str
    phone_mobile: str | None
    uuid: str
    referral_code: str
    studio_id: int
    language: str
    created: datetime
    card_number: int
    access_medium_id: int
    third_party_id: str | None = None
    bank_account: tuple[str, str, str, str] | None = None  # holder, bank, bic, iban
    idle_periods: list[FakeIdlePeriod] = field(default_factory=list)
    access_mediums: list[FakeAccessMedium] = field(default_factory=list)
    access_restriction: FakeAccessRestriction | None = None
    image: FakeImage | None = None
    payment_instrument_token: str | None = None
    currency: str = "EUR"


@dataclass
class FakeBalance:
    customer_id: int
    account_balance: Decimal
    consumption_credit: Decimal | None
    currency: str
    dunning_level: str | None
    in_debt_collection: bool


@dataclass
class FakeTransaction:
    id: int
    customer_id: int
    kind: str  # "past" or "upcoming", as the export names them
    due_date: date
    description: str
    amount: Decimal
    open_amount: Decimal
    currency: str
    installment_plan: bool


@dataclass(frozen=True)
class FakeInstructor:
    id: int
    first_name: str
    last_name: str
    public_name: str


@dataclass(frozen=True)
class FakeSlot:
    appointment_id: int
    start: datetime
    end: datetime


@dataclass
class FakeBookableAppointment:
    id: int
    title: str
    duration: int  # minutes
    category: str
    description: str
    img_url: str
    instructors: list[FakeInstructor]
    start_times: list[time]  # local start times, every day
    capacity: int

    def slot_at(self, start: datetime) -> FakeSlot | None:
        """The slot starting at ``start`` (any zone), or None if there is none."""
        local = start.astimezone(TIMEZONE)
        if local.time() not in self.start_times:
            return None
        begin = datetime.combine(local.date(), local.time(), tzinfo=TIMEZONE)
        return FakeSlot(self.id, begin, begin + timedelta(minutes=self.duration))


@dataclass
class FakeBooking:
    id: int
    customer_id: int
    appointment_id: int
    start: datetime
    end: datetime
    instructor_ids: list[int]
    status: str = "BOOKED"

    @property
    def active(self) -> bool:
        return self.status != "CANCELED"


@dataclass
class FakeLead:
    id: int
    customer_id: int
    uuid: str
    customer_number: str
    email: str
    notes: str | None
    external_identifier: str | None


@dataclass
class FakePayment:
    id: int
    customer_id: int
    token: str
    amount: Decimal
    currency: str
    debt_claim_ids: list[int]


@dataclass(frozen=True)
class LeadField:
    """One additional information field of the lead configuration."""

    id: int
    name: str
    type: str
    allow_multi_selection: bool
    mode: str
    selection_values: tuple[str, ...] = ()


# ------------------------------------------------------------- parsed requests


@dataclass
class BookingRequest:
    customer_id: int
    appointment_id: int
    start: datetime
    end: datetime
    instructor_ids: list[int]


@dataclass
class LeadRequest:
    first_name: str
    last_name: str
    email: str
    date_of_birth: date | None
    gender: str | None
    telephone: str | None
    additional: list[tuple[int, str | None, list[str] | None]]
    notes: str | None
    external_identifier: str | None
    third_party_id: str | None


# ------------------------------------------------------------------------ state


@dataclass
class TenantData:
    """The tenant's ground truth. Mutated only through the methods below."""

    customers: dict[int, FakeCustomer]
    balances: dict[int, FakeBalance]
    past_transactions: dict[int, list[FakeTransaction]]
    upcoming_transactions: dict[int, list[FakeTransaction]]
    bookable_appointments: dict[int, FakeBookableAppointment]
    lead_fields: list[LeadField]
    studio_id: int
    seed: int
    bookings: dict[int, FakeBooking] = field(default_factory=dict)
    leads: dict[int, FakeLead] = field(default_factory=dict)
    payments: list[FakePayment] = field(default_factory=list)
    _customer_ids: list[int] = field(default_factory=list)
    _next_ids: dict[str, int] = field(default_factory=dict)
    _rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        # Tokens and UUIDs made while serving come from the seed too, so a
        # replayed sequence of requests gives the same answers.
        self._rng = random.Random(self.seed ^ 0x5EED)
        self._customer_ids = sorted(self.customers)
        top = max(self._customer_ids, default=1_000_000)
        self._next_ids = {
            "customer": top + 1,
            "booking": 7_000_001,
            "lead": 8_000_001,
            "payment": 9_000_001,
        }

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def _take_id(self, kind: str) -> int:
        value = self._next_ids[kind]
        self._next_ids[kind] = value + 1
        return value

    # ----------------------------------------------------------- lookups

    def customer(self, customer_id: int, reference: str = "customerId") -> FakeCustomer:
        found = self.customers.get(customer_id)
        if found is None:
            raise not_found("customer", customer_id, reference)
        return found

    def appointment(
        self, appointment_id: int, reference: str = "bookableAppointmentId"
    ) -> FakeBookableAppointment:
        found = self.bookable_appointments.get(appointment_id)
        if found is None:
            raise not_found("bookable appointment", appointment_id, reference)
        return found

    def booking(self, booking_id: int) -> FakeBooking:
        found = self.bookings.get(booking_id)
        if found is None:
            raise not_found("appointment booking", booking_id, "bookingId")
        return found

    def customers_after(
        self, after: int, status: str, limit: int
    ) -> tuple[list[FakeCustomer], bool]:
        """Up to ``limit`` customers with ``status`` and an id above ``after``; more after them?"""
        result: list[FakeCustomer] = []
        start = bisect.bisect_right(self._customer_ids, after)
        for customer_id in self._customer_ids[start:]:
            customer = self.customers[customer_id]
            if customer.status != status:
                continue
            if len(result) == limit:
                return result, True
            result.append(customer)
        return result, False

    def appointments_after(
        self, after: int, limit: int
    ) -> tuple[list[FakeBookableAppointment], bool]:
        ids = sorted(self.bookable_appointments)
        start = bisect.bisect_right(ids, after)
        chosen = ids[start : start + limit]
        return [self.bookable_appointments[i] for i in chosen], start + limit < len(ids)

    # ------------------------------------------------------------ slots and bookings

    def _active_bookings(self, slot: FakeSlot) -> list[FakeBooking]:
        return [
            b
            for b in self.bookings.values()
            if b.active and b.appointment_id == slot.appointment_id and b.start == slot.start
        ]

    def slots(
        self,
        appointment: FakeBookableAppointment,
        first_day: date,
        days: int,
        now: datetime,
        customer_id: int | None,
    ) -> list[FakeSlot]:
        """Free slots in ``days`` days from ``first_day`` that start after ``now``."""
        result: list[FakeSlot] = []
        for offset in range(days):
            day = first_day + timedelta(days=offset)
            for start_time in appointment.start_times:
                start = datetime.combine(day, start_time, tzinfo=TIMEZONE)
                if start <= now:
                    continue
                slot = FakeSlot(
                    appointment.id, start, start + timedelta(minutes=appointment.duration)
                )
                taken = self._active_bookings(slot)
                if len(taken) >= appointment.capacity:
                    continue
                if customer_id is not None and any(b.customer_id == customer_id for b in taken):
                    continue
                result.append(slot)
        return result

    def validate_booking(self, request: BookingRequest, now: datetime) -> str:
        """The documented validation status of a booking request (AVAILABLE if bookable)."""
        self.customer(request.customer_id)
        appointment = self.appointment(request.appointment_id)
        if request.end <= request.start:
            return "END_DATE_TIME_NOT_AFTER_START_DATE_TIME"
        if request.start <= now:
            return "PAST_START_DATE_TIME"
        if request.start > now + timedelta(days=30):
            return "DATE_TIME_AFTER_LATEST_BOOKING_DATE_TIME"
        slot = appointment.slot_at(request.start)
        if slot is None or slot.end != request.end:
            return "PERIOD_DOES_NOT_MATCH"
        known = {instructor.id for instructor in appointment.instructors}
        if not set(request.instructor_ids) <= known:
            return "RESOURCE_NOT_AVAILABLE"
        for booking in self.bookings.values():
            if (
                booking.active
                and booking.customer_id == request.customer_id
                and booking.start < request.end
                and request.start < booking.end
            ):
                return "CUSTOMER_IN_OTHER_BOOKING"
        if len(self._active_bookings(slot)) >= appointment.capacity:
            return "NOT_AVAILABLE"
        return "AVAILABLE"

    def book(self, request: BookingRequest, now: datetime) -> FakeBooking:
        self.customer(request.customer_id)
        self.appointment(request.appointment_id)
        for booking in self.bookings.values():
            if (
                booking.active
                and booking.customer_id == request.customer_id
                and booking.appointment_id == request.appointment_id
                and booking.start == request.start
            ):
                raise TenantError(
                    409,
                    "DOUBLE_BOOKING",
                    f"customer {request.customer_id} already booked this slot "
                    f"(booking {booking.id})",
                    reference="startDateTime",
                )
        status = self.validate_booking(request, now)
        if status != "AVAILABLE":
            raise TenantError(
                400, status, f"the slot cannot be booked: {status}", reference="startDateTime"
            )
        appointment = self.bookable_appointments[request.appointment_id]
        slot = appointment.slot_at(request.start)
        assert slot is not None  # validate_booking checked it
        booking = FakeBooking(
            id=self._take_id("booking"),
            customer_id=request.customer_id,
            appointment_id=appointment.id,
            start=slot.start,
            end=slot.end,
            instructor_ids=list(request.instructor_ids),
        )
        self.bookings[booking.id] = booking
        return booking

    def cancel_booking(self, booking_id: int) -> FakeBooking:
        booking = self.booking(booking_id)
        # Cancelling twice succeeds: the operation is documented as safe to repeat.
        booking.status = "CANCELED"
        return booking

    def bookings_of(self, customer_id: int, now: datetime) -> list[FakeBooking]:
        self.customer(customer_id)
        low, high = now - timedelta(days=14), now + timedelta(days=14)
        return sorted(
            (
                b
                for b in self.bookings.values()
                if b.customer_id == customer_id and low <= b.start <= high
            ),
            key=lambda b: (b.start, b.id),
        )

    # ------------------------------------------------------------ account

    def book_payment(
        self,
        customer_id: int,
        token: str,
        amount: Decimal,
        currency: str,
        debt_claim_ids: Iterable[int],
    ) -> FakePayment:
        customer = self.customer(customer_id)
        if amount <= 0 or amount != amount.quantize(CENT):
            raise TenantError(
                400,
                "INVALID_AMOUNT",
                "amount must be positive with at most two decimals",
                reference="amount.amount",
            )
        if currency != customer.currency:
            raise TenantError(
                400,
                "INVALID_CURRENCY",
                f"the account is kept in {customer.currency}",
                reference="amount.currency",
            )
        claims = {t.id: t for t in self.past_transactions.get(customer_id, [])}
        ids = list(debt_claim_ids)
        for claim_id in ids:
            claim = claims.get(claim_id)
            if claim is None or claim.open_amount <= 0:
                raise TenantError(
                    400,
                    "INVALID_DEBT_CLAIM",
                    f"{claim_id} is not an open debt claim of customer {customer_id}",
                    reference="debtClaimIds",
                )
        remaining = amount
        for claim_id in ids:
            claim = claims[claim_id]
            settled = min(claim.open_amount, remaining)
            claim.open_amount -= settled
            remaining -= settled
        balance = self.balances[customer_id]
        balance.account_balance += amount
        balance.dunning_level, balance.in_debt_collection = dunning_state(
            self.past_transactions.get(customer_id, []), balance.in_debt_collection
        )
        payment = FakePayment(
            id=self._take_id("payment"),
            customer_id=customer_id,
            token=token,
            amount=amount,
            currency=currency,
            debt_claim_ids=ids,
        )
        self.payments.append(payment)
        return payment

    def set_payment_instrument(self, customer_id: int, token: str) -> None:
        self.customer(customer_id).payment_instrument_token = token

    # ------------------------------------------------------------ customers

    def set_access_restriction(
        self, customer_id: int, restriction: FakeAccessRestriction
    ) -> FakeAccessRestriction:
        customer = self.customer(customer_id)
        if (restriction.start_date is None) != (restriction.end_date is None):
            missing = "startDate" if restriction.start_date is None else "endDate"
            raise TenantError(
                400,
                "VALIDATION_ERROR",
                "send both startDate and endDate, or neither",
                reference=missing,
            )
        if (
            restriction.start_date is not None
            and restriction.end_date is not None
            and restriction.end_date < restriction.start_date
        ):
            raise TenantError(
                400, "VALIDATION_ERROR", "endDate is before startDate", reference="endDate"
            )
        customer.access_restriction = restriction
        return restriction

    def delete_access_restriction(self, customer_id: int) -> None:
        self.customer(customer_id).access_restriction = None

    def set_image(self, customer_id: int, content_type: str, data: bytes) -> FakeImage:
        customer = self.customer(customer_id)
        customer.image = FakeImage(token=self._uuid(), content_type=content_type, data=data)
        return customer.image

    # ------------------------------------------------------------ leads

    def check_lead(self, request: LeadRequest) -> tuple[str, str | None]:
        """(validation status, reference of the offending field or None)."""
        if "@" not in request.email.strip("@") or " " in request.email:
            return "INVALID_LEAD_DATA", "leadCustomer.email"
        if request.date_of_birth is None and LEAD_MODES["dateOfBirthMode"] == "MANDATORY":
            return "INVALID_LEAD_DATA", "leadCustomer.dateOfBirth"
        fields = {f.id: f for f in self.lead_fields}
        for index, (field_id, value, values) in enumerate(request.additional):
            where = f"additionalInformation[{index}]"
            config = fields.get(field_id)
            if config is None:
                return "INVALID_LEAD_DATA", f"{where}.additionalFieldId"
            if config.type == "LIST":
                chosen = list(values or []) + ([value] if value is not None else [])
                if not chosen or any(v not in config.selection_values for v in chosen):
                    return "INVALID_LEAD_DATA", f"{where}.values"
                if len(chosen) > 1 and not config.allow_multi_selection:
                    return "INVALID_LEAD_DATA", f"{where}.values"
        wanted = request.email.casefold()
        if any(c.email.casefold() == wanted for c in self.customers.values()):
            return "DUPLICATE_CUSTOMER", "leadCustomer.email"
        return "POSSIBLE", None

    def add_prospect(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        now: datetime,
        date_of_birth: date | None = None,
        gender: str | None = None,
        telephone: str | None = None,
        third_party_id: str | None = None,
        street: str = "",
        house_number: str = "",
        zip_code: str = "",
        city: str = "",
        language: str = "de",
    ) -> FakeCustomer:
        """A new prospect customer (a lead) with an empty account; the caller checked the data."""
        customer_id = self._take_id("customer")
        customer = FakeCustomer(
            id=customer_id,
            customer_number=f"1-{customer_id % 100000}",
            status="PROSPECT",
            first_name=first_name,
            last_name=last_name,
            email=email,
            date_of_birth=date_of_birth,
            gender=gender,
            street=street,
            house_number=house_number,
            zip_code=zip_code,
            city=city,
            country="DE",
            phone_mobile=telephone,
            uuid=self._uuid(),
            referral_code=f"L{customer_id % 99991:05d}",
            studio_id=self.studio_id,
            language=language,
            created=now,
            card_number=customer_id * 7919 % 4_294_967_291,
            access_medium_id=customer_id + 500_000_000,
            third_party_id=third_party_id,
        )
        self.customers[customer_id] = customer
        bisect.insort(self._customer_ids, customer_id)
        self.balances[customer_id] = FakeBalance(
            customer_id, Decimal("0.00"), None, customer.currency, None, False
        )
        self.past_transactions[customer_id] = []
        self.upcoming_transactions[customer_id] = []
        return customer

    def create_lead(self, request: LeadRequest, now: datetime) -> FakeLead:
        status, reference = self.check_lead(request)
        if status == "DUPLICATE_CUSTOMER":
            raise TenantError(
                409, status, "a customer with this email exists already", reference=reference
            )
        if status != "POSSIBLE":
            raise TenantError(400, status, "the lead data is invalid", reference=reference)
        customer = self.add_prospect(
            first_name=request.first_name,
            last_name=request.last_name,
            email=request.email,
            now=now,
            date_of_birth=request.date_of_birth,
            gender=request.gender,
            telephone=request.telephone,
            third_party_id=request.third_party_id,
        )
        lead = FakeLead(
            id=self._take_id("lead"),
            customer_id=customer.id,
            uuid=customer.uuid,
            customer_number=customer.customer_number,
            email=request.email,
            notes=request.notes,
            external_identifier=request.external_identifier,
        )
        self.leads[lead.id] = lead
        return lead


def dunning_state(
    past: Iterable[FakeTransaction], in_debt_collection: bool
) -> tuple[str | None, bool]:
    """Dunning level from the open amounts; a settled account leaves debt collection."""
    owed = sum((t.open_amount for t in past), Decimal("0.00"))
    if owed > Decimal("200.00"):
        return "Dunning Level 2", in_debt_collection
    if owed > Decimal("80.00"):
        return "Dunning Level 1", in_debt_collection
    return None, False
