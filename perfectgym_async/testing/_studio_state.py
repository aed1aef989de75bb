"""State behind classes, trial offers, check-in vouchers and the partner studios, free of HTTP.

Everything here is generated from the tenant's seed, relative to its clock:

* **Classes** with a weekly schedule and a capacity. A class slot is one date
  of a class; its id is the class id times :data:`SLOT_FACTOR` plus the
  date's ordinal, so any slot can be found again without storing it. Some
  places of a slot are taken by other members from the start (seeded);
  bookings through the API take the rest. A full slot refuses the next booking
  (there is no waiting list), canceling frees the place again.
* **Trial offers**: the documented trial offer configuration, the classes
  marked as trial offers and every bookable appointment. A lead customer made
  for a trial offer is a prospect of the tenant; trial bookings count against
  the offer's contingent and must be confirmed within its confirmation term,
  or they expire and free their place.
* **Check-in vouchers**: seeded codes, each redeemable once.
* **Partner studios**: the tenant's own studio and a few partners, each with
  its own customers and check-ins, for the cross-studio operations.

Rule violations raise :class:`TenantError`, rendered as the documented error body.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from ._data import (
    TIMEZONE,
    BookingRequest,
    FakeBooking,
    FakeCustomer,
    FakeInstructor,
    TenantData,
    TenantError,
    not_found,
)
from ._generate import _customer as generated_customer
from ._state import TenantState, add_months
from ._wire import card_number

__all__ = [
    "CLASS_BOOKING_ID_START",
    "SLOT_FACTOR",
    "FakeCheckin",
    "FakeCheckinVoucher",
    "FakeClass",
    "FakeClassBooking",
    "FakeClassSlot",
    "LeadDraft",
    "PartnerStudio",
    "StudioState",
    "TrialOffer",
]

#: A class slot's id is its class id times this, plus the ordinal of its date.
SLOT_FACTOR = 10_000_000

#: Class booking ids start here, far from appointment booking ids (one trial
#: confirmation serves both kinds).
CLASS_BOOKING_ID_START = 17_000_001

#: Class slots exist this many days back and ahead of today; other ids name no slot.
_SLOT_HORIZON = (60, 120)

#: A class slot opens for booking at midnight this many days before it starts.
_BOOKING_OPENS_DAYS = 7

_CLASSES = (
    ("Mission Beach body", "Fitness"), ("Spinning", "Cycling"), ("Yoga flow", "Mind & Body"),
    ("Pilates", "Mind & Body"), ("Zumba", "Dance"), ("Bodypump", "Fitness"),
    ("HIIT", "Fitness"), ("Back fit", "Health"), ("Aqua fitness", "Health"),
    ("Boxing basics", "Martial arts"), ("Stretch & relax", "Mind & Body"), ("Core", "Fitness"),
)  # fmt: skip
_ROOMS = (
    (201, "Room 1", "Room located behind reception"),
    (202, "Room 2", "First floor, next to the lockers"),
    (203, "Cycling studio", "Basement"),
    (204, "Pool", None),
)
_INSTRUCTORS = (
    ("Anna", "Chodakowska"), ("Marek", "Nowak"), ("Julia", "Berger"),
    ("Tom", "Krüger"), ("Lena", "Hartmann"), ("Kai", "Vogel"),
)  # fmt: skip
_STUDIO_CITIES = (
    ("Berlin", "Germany", "DE"), ("Hamburg", "Germany", "DE"), ("Munich", "Germany", "DE"),
    ("Cologne", "Germany", "DE"), ("Vienna", "Austria", "AT"), ("Zurich", "Switzerland", "CH"),
    ("Leipzig", "Germany", "DE"),
)  # fmt: skip
_STUDIO_NAMES = ("Fitness", "Sports club", "Gym", "Health club", "Active")
_VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_TERM_UNITS = {
    "MINUTES": timedelta(minutes=1),
    "HOURS": timedelta(hours=1),
    "DAY": timedelta(days=1),
    "WEEK": timedelta(weeks=1),
    "MONTH": timedelta(days=30),
    "YEAR": timedelta(days=365),
}

K = TypeVar("K")
V = TypeVar("V")


def term(value: int, unit: str) -> timedelta:
    """A documented term (``{"value": 2, "unit": "HOURS"}``) as a duration (months of 30 days)."""
    return value * _TERM_UNITS.get(unit, timedelta(days=1))


# ---------------------------------------------------------------------- records


@dataclass(frozen=True)
class FakeClass:
    id: int
    title: str
    type: str  # "STUDIO" or "STREAM"
    duration: int  # minutes
    category: str
    description: str
    img_url: str
    #: False for a class that is only displayed (validation: DISPLAY_ONLY).
    bookable: bool
    #: Days of the week it takes place (0 is Monday), at ``start_time``.
    weekdays: tuple[int, ...]
    start_time: time
    #: Bookable places of each slot (``maxParticipants``).
    capacity: int
    instructors: tuple[FakeInstructor, ...]
    location: tuple[int, str, str | None]  # id, name, description
    #: Offered as a trial (``getBookableTrialOfferClasses``).
    trial: bool


@dataclass(frozen=True)
class FakeClassSlot:
    id: int
    course: FakeClass
    start: datetime
    end: datetime
    earliest_booking: datetime
    latest_booking: datetime
    #: Places taken by other members before the tenant started.
    taken_before: int


@dataclass
class FakeClassBooking:
    id: int
    customer_id: int
    slot: FakeClassSlot
    booked_at: datetime
    #: "BOOKED", "BOOKED_WITH_CONFIRMATION_REQUIRED" (a trial booking not yet
    #: confirmed) or "CANCELED".
    status: str = "BOOKED"
    trial: bool = False
    #: A trial booking canceled because it was not confirmed in time.
    expired: bool = False

    @property
    def active(self) -> bool:
        return self.status != "CANCELED"


@dataclass
class FakeCheckinVoucher:
    code: str
    #: What the redeemer gets to enter the studio.
    access_code: str
    #: (first name, last name, email) of the lead who redeemed it.
    redeemed_by: tuple[str, str, str] | None = None
    redeemed_at: datetime | None = None


@dataclass(frozen=True)
class TrialOffer:
    """A trial offer configuration (the documented one)."""

    id: int
    contingent: int
    #: How soon after booking a trial booking must be confirmed.
    confirm_within: timedelta
    #: Lead data field -> "MANDATORY", "OPTIONAL" or "INACTIVE" (gender, dateOfBirth,
    #: telephone, address).
    modes: Mapping[str, str]


@dataclass(frozen=True)
class LeadDraft:
    """The lead data of a trial offer lead request."""

    first_name: str
    last_name: str
    email: str
    gender: str | None = None
    date_of_birth: date | None = None
    telephone: str | None = None
    language: str | None = None
    third_party_id: str | None = None
    #: (street, house number, zip code, city), when given.
    address: tuple[str, str, str, str] | None = None


@dataclass(frozen=True)
class PartnerStudio:
    """A studio with the partner integration active: the tenant's own, or another one."""

    id: int
    name: str
    description: str
    city: str
    country: str
    country_code: str
    opening_date: date
    own: bool


@dataclass(frozen=True)
class FakeCheckin:
    id: int
    customer_id: int
    studio: PartnerStudio
    check_in: datetime
    check_out: datetime


def _valid_email(text: str) -> bool:
    local, _, domain = text.partition("@")
    return bool(local) and "." in domain.strip(".") and " " not in text


def _cached(cache: dict[K, V], key: K, make: Callable[[], V]) -> V:
    found = cache.get(key)
    if found is None:
        found = cache[key] = make()
    return found


# ------------------------------------------------------------------------ state


@dataclass
class StudioState:
    """Classes, trial offers, check-in vouchers and partner studios of one tenant."""

    data: TenantData
    state: TenantState
    now: Callable[[], datetime]
    trial_offers: Mapping[int, TrialOffer] = field(default_factory=dict)
    classes: dict[int, FakeClass] = field(default_factory=dict)
    class_bookings: dict[int, FakeClassBooking] = field(default_factory=dict)
    vouchers: dict[str, FakeCheckinVoucher] = field(default_factory=dict)
    #: The tenant's own studio first, then its partners.
    studios: list[PartnerStudio] = field(default_factory=list)
    #: Customers of the partner studios (the own studio's are ``data.customers``).
    partner_customers: dict[int, FakeCustomer] = field(default_factory=dict)
    #: Appointment booking id -> when it was booked, for trial appointment bookings.
    trial_appointments: dict[int, datetime] = field(default_factory=dict)
    expired_appointments: set[int] = field(default_factory=set)
    #: Told of every change (event type, entity id, content), as the platform's webhooks are.
    changed: Callable[[str, int, Mapping[str, Any]], None] | None = None
    _taken_before: dict[int, int] = field(default_factory=dict)
    _checkins: dict[int, list[FakeCheckin]] = field(default_factory=dict)
    _next_booking: int = CLASS_BOOKING_ID_START

    def __post_init__(self) -> None:
        seed = self.data.seed
        self._make_classes(random.Random(f"{seed}|classes"))
        self._make_vouchers(random.Random(f"{seed}|vouchers"))
        self._make_studios(random.Random(f"{seed}|studios"))

    def today(self) -> date:
        return self.now().astimezone(TIMEZONE).date()

    def _tell(self, event_type: str, entity_id: int) -> None:
        if self.changed is not None:
            self.changed(event_type, entity_id, {})

    # ------------------------------------------------------------------ generation

    def _make_classes(self, rng: random.Random) -> None:
        instructors = [
            FakeInstructor(300 + index, first, last, f"{first} {last[0]}.")
            for index, (first, last) in enumerate(_INSTRUCTORS)
        ]
        class_id = 1000
        for index in range(rng.randint(12, 20)):
            class_id += rng.randint(1, 9)  # gaps: an id offset is never a position
            title, category = _CLASSES[index % len(_CLASSES)]
            if index >= len(_CLASSES):
                title = f"{title} {index // len(_CLASSES) + 1}"
            self.classes[class_id] = FakeClass(
                id=class_id,
                title=title,
                type="STREAM" if rng.random() < 0.15 else "STUDIO",
                duration=rng.choice((30, 45, 60, 75, 90)),
                category=category,
                description=f"{title}: {category.lower()} with one of our instructors",
                img_url=f"https://images.example.com/classes/{class_id}.jpg",
                # The first class is always bookable and a trial offer, so both exist.
                bookable=index == 0 or rng.random() >= 0.1,
                weekdays=tuple(sorted(rng.sample(range(7), rng.randint(2, 5)))),
                start_time=time(rng.randint(7, 20), rng.choice((0, 15, 30, 45))),
                capacity=rng.randint(3, 15),
                instructors=tuple(rng.sample(instructors, rng.randint(1, 2))),
                location=rng.choice(_ROOMS),
                trial=index == 0 or rng.random() < 0.4,
            )

    def _make_vouchers(self, rng: random.Random) -> None:
        def chunk(size: int) -> str:
            return "".join(rng.choice(_VOUCHER_ALPHABET) for _ in range(size))

        while len(self.vouchers) < 20:
            code = f"CHV{chunk(2)}-{chunk(4)}-{chunk(4)}"
            access = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(8))
            self.vouchers.setdefault(code, FakeCheckinVoucher(code, access))

    def _make_studios(self, rng: random.Random) -> None:
        today = self.today()
        cities = rng.sample(_STUDIO_CITIES, rng.randint(3, 5))
        studio_ids = {self.data.studio_id}
        for index, (city, country, code) in enumerate(cities):
            own = index == 0
            studio_id = self.data.studio_id
            while not own and studio_id in studio_ids:
                studio_id = rng.randint(1_000_000_000, 1_999_999_999)
            studio_ids.add(studio_id)
            name = f"{rng.choice(_STUDIO_NAMES)} {city}"
            self.studios.append(
                PartnerStudio(
                    id=studio_id,
                    name=name,
                    description=f"{name}: training, classes and sauna",
                    city=city,
                    country=country,
                    country_code=code,
                    opening_date=today - timedelta(days=rng.randint(400, 4000)),
                    own=own,
                )
            )
        # Partner customers: ids far above the tenant's own, customer numbers
        # prefixed by the studio's position, so no two studios share one.
        customer_id = 20_000_000 + rng.randint(0, 999)
        for position, studio in enumerate(self.studios[1:], start=2):
            for _ in range(rng.randint(4, 10)):
                customer_id += rng.randint(1, 9)
                customer = generated_customer(rng, customer_id, studio.id, today)
                customer.customer_number = f"{position}-{customer_id % 100000}"
                customer.country = studio.country_code
                self.partner_customers[customer_id] = customer

    # ------------------------------------------------------------------ classes and slots

    def course(self, class_id: int, reference: str = "classId") -> FakeClass:
        found = self.classes.get(class_id)
        if found is None:
            raise not_found("class", class_id, reference)
        return found

    def trial_course(self, class_id: int, reference: str = "classId") -> FakeClass:
        found = self.classes.get(class_id)
        if found is None or not found.trial:
            raise not_found("trial offer class", class_id, reference)
        return found

    def _slot(self, course: FakeClass, day: date) -> FakeClassSlot:
        slot_id = course.id * SLOT_FACTOR + day.toordinal()
        start = datetime.combine(day, course.start_time, TIMEZONE)
        opens = datetime.combine(day - timedelta(days=_BOOKING_OPENS_DAYS), time(), TIMEZONE)

        def seeded() -> int:
            rng = random.Random(f"{self.data.seed}|slot|{slot_id}")
            return rng.randint(0, course.capacity - 1)  # one place at least is left

        return FakeClassSlot(
            id=slot_id,
            course=course,
            start=start,
            end=start + timedelta(minutes=course.duration),
            earliest_booking=opens,
            latest_booking=start,
            taken_before=_cached(self._taken_before, slot_id, seeded),
        )

    def slot(self, slot_id: int, reference: str = "classSlotId") -> FakeClassSlot:
        class_id, ordinal = divmod(slot_id, SLOT_FACTOR)
        course = self.classes.get(class_id)
        today = self.today()
        low, high = _SLOT_HORIZON
        if (
            course is None
            or not today.toordinal() - low <= ordinal <= today.toordinal() + high
            or date.fromordinal(ordinal).weekday() not in course.weekdays
        ):
            raise not_found("class slot", slot_id, reference)
        return self._slot(course, date.fromordinal(ordinal))

    def slots(
        self, first: date, days: int, courses: list[FakeClass] | None = None
    ) -> list[FakeClassSlot]:
        """Slots of ``courses`` (default: every class) on ``days`` days from ``first``, by start."""
        chosen = list(self.classes.values()) if courses is None else courses
        found = [
            self._slot(course, day)
            for day in (first + timedelta(days=offset) for offset in range(days))
            for course in chosen
            if day.weekday() in course.weekdays
        ]
        return sorted(found, key=lambda s: (s.start, s.id))

    def class_slots(self, course: FakeClass) -> list[FakeClassSlot]:
        """A class's slots from yesterday to fourteen days ahead."""
        return self.slots(self.today() - timedelta(days=1), 16, [course])

    def slot_of(self, class_id: int, slot_id: int) -> FakeClassSlot:
        course = self.course(class_id)
        slot = self.slot(slot_id)
        if slot.course is not course:
            raise not_found(f"class slot of class {class_id}:", slot_id, "classSlotId")
        return slot

    def booked(self, slot: FakeClassSlot) -> int:
        """Places taken: by other members before, and by the active bookings since."""
        self._expire()
        return slot.taken_before + sum(
            1 for b in self.class_bookings.values() if b.active and b.slot.id == slot.id
        )

    def free_places(self, slot: FakeClassSlot) -> int:
        return max(slot.course.capacity - self.booked(slot), 0)

    # ------------------------------------------------------------------ class bookings

    def _customer_busy(self, customer_id: int, start: datetime, end: datetime) -> bool:
        """Whether the customer has another active class or appointment booking then."""
        for booking in self.class_bookings.values():
            if (
                booking.active
                and booking.customer_id == customer_id
                and booking.slot.start < end
                and start < booking.slot.end
            ):
                return True
        return any(
            b.active and b.customer_id == customer_id and b.start < end and start < b.end
            for b in self.data.bookings.values()
        )

    def _idle_on(self, customer: FakeCustomer, day: date) -> bool:
        return any(
            p.state == "ACCEPTED" and p.start_date <= day <= p.end_date
            for p in customer.idle_periods
        )

    def _booking_of(self, customer_id: int, slot: FakeClassSlot) -> FakeClassBooking | None:
        for booking in self.class_bookings.values():
            if booking.active and booking.customer_id == customer_id and booking.slot.id == slot.id:
                return booking
        return None

    def class_booking_status(self, customer_id: int, slot_id: int, *, trial: bool = False) -> str:
        """The documented validation status of booking ``slot_id`` for the customer."""
        customer = self.data.customer(customer_id)
        slot = self.trial_slot(slot_id) if trial else self.slot(slot_id)
        self._expire()
        now = self.now()
        if not slot.course.bookable:
            return "DISPLAY_ONLY"
        if now < slot.earliest_booking:
            return "DATE_TIME_BEFORE_EARLIEST_BOOKING_DATE_TIME"
        if now >= slot.latest_booking:
            return "DATE_TIME_AFTER_LATEST_BOOKING_DATE_TIME"
        if self._booking_of(customer_id, slot) is not None:
            return "CUSTOMER_ALREADY_BOOKED"
        if self._idle_on(customer, slot.start.date()):
            return "CUSTOMER_IDLE"
        if self._customer_busy(customer_id, slot.start, slot.end):
            return "CUSTOMER_IN_OTHER_BOOKING"
        if trial and self.trial_bookings_left(customer_id) <= 0:
            return "NO_CONTINGENT"
        if self.free_places(slot) <= 0:
            return "NOT_AVAILABLE"
        return "AVAILABLE"

    def book_class(
        self, customer_id: int, slot_id: int, *, trial: bool = False
    ) -> FakeClassBooking:
        status = self.class_booking_status(customer_id, slot_id, trial=trial)
        slot = self.slot(slot_id)
        if status == "CUSTOMER_ALREADY_BOOKED":
            existing = self._booking_of(customer_id, slot)
            assert existing is not None  # the status says so
            raise TenantError(
                409,
                status,
                f"customer {customer_id} already booked this class slot (booking {existing.id})",
                reference="classSlotId",
            )
        if status != "AVAILABLE":
            customer_side = ("CUSTOMER_IDLE", "CUSTOMER_IN_OTHER_BOOKING", "NO_CONTINGENT")
            raise TenantError(
                400,
                status,
                f"the class slot cannot be booked: {status}",
                reference="customerId" if status in customer_side else "classSlotId",
            )
        booking = FakeClassBooking(
            id=self._next_booking,
            customer_id=customer_id,
            slot=slot,
            booked_at=self.now(),
            status="BOOKED_WITH_CONFIRMATION_REQUIRED" if trial else "BOOKED",
            trial=trial,
        )
        self._next_booking += 1
        self.class_bookings[booking.id] = booking
        self._tell("CLASS_BOOKING_CREATED", booking.id)
        return booking

    def class_booking(self, booking_id: int) -> FakeClassBooking:
        self._expire()
        found = self.class_bookings.get(booking_id)
        if found is None:
            raise not_found("class booking", booking_id, "bookingId")
        return found

    def cancel_class_booking(self, booking_id: int) -> FakeClassBooking:
        booking = self.class_booking(booking_id)
        # Canceling twice succeeds: the operation is documented as safe to repeat.
        if booking.active:
            booking.status = "CANCELED"
            self._tell("CLASS_BOOKING_CANCELLED", booking.id)
        return booking

    def class_bookings_of(self, customer_id: int) -> list[FakeClassBooking]:
        """The customer's class bookings starting within two weeks before or after now."""
        self.data.customer(customer_id)
        self._expire()
        now = self.now()
        low, high = now - timedelta(days=14), now + timedelta(days=14)
        return sorted(
            (
                b
                for b in self.class_bookings.values()
                if b.customer_id == customer_id and low <= b.slot.start <= high
            ),
            key=lambda b: (b.slot.start, b.id),
        )

    # ------------------------------------------------------------------ trial offers

    def trial_offer(self, config_id: int, reference: str = "configId") -> TrialOffer:
        found = self.trial_offers.get(config_id)
        if found is None:
            raise not_found("trial offer configuration", config_id, reference)
        return found

    def trial_classes(self) -> list[FakeClass]:
        return [c for c in self.classes.values() if c.trial]

    def trial_slot(self, slot_id: int) -> FakeClassSlot:
        slot = self.slot(slot_id)
        if not slot.course.trial:
            raise not_found("trial offer class slot", slot_id, "classSlotId")
        return slot

    def _offer(self) -> TrialOffer | None:
        return next(iter(self.trial_offers.values()), None)

    def trial_bookings_left(self, customer_id: int) -> int:
        """How many more trial bookings the customer may make (the offer's contingent)."""
        offer = self._offer()
        if offer is None:
            return 0
        self._expire()
        used = sum(
            1
            for b in self.class_bookings.values()
            if b.trial and b.active and b.customer_id == customer_id
        ) + sum(
            1
            for booking_id in self.trial_appointments
            if self.data.bookings[booking_id].active
            and self.data.bookings[booking_id].customer_id == customer_id
        )
        return offer.contingent - used

    def lead_status(self, config_id: int, lead: LeadDraft) -> tuple[str, str | None]:
        """(documented validation status, reference of the offending field or None)."""
        offer = self.trial_offer(config_id, "trialOfferConfigId")
        prefix = "leadCustomerData."
        if not _valid_email(lead.email):
            return "INVALID_LEAD_CUSTOMER_DATA", prefix + "email"
        given = {
            "gender": lead.gender,
            "dateOfBirth": lead.date_of_birth,
            "telephone": lead.telephone,
            "address": lead.address,
        }
        for name, value in given.items():
            if offer.modes.get(name) == "MANDATORY" and value is None:
                return "INVALID_LEAD_CUSTOMER_DATA", prefix + name
        wanted = lead.email.casefold()
        if any(c.email.casefold() == wanted for c in self.data.customers.values()):
            return "DUPLICATE_CUSTOMER", prefix + "email"
        return "POSSIBLE", None

    def create_lead(self, config_id: int, lead: LeadDraft) -> FakeCustomer:
        """A prospect customer of the tenant, made for a trial offer."""
        status, reference = self.lead_status(config_id, lead)
        if status == "DUPLICATE_CUSTOMER":
            raise TenantError(
                409, status, "a customer with this email exists already", reference=reference
            )
        if status != "POSSIBLE":
            raise TenantError(400, status, "the lead customer data is invalid", reference=reference)
        street, house_number, zip_code, city = lead.address or ("", "", "", "")
        customer = self.data.add_prospect(
            first_name=lead.first_name,
            last_name=lead.last_name,
            email=lead.email,
            now=self.now(),
            date_of_birth=lead.date_of_birth,
            gender=lead.gender,
            telephone=lead.telephone,
            third_party_id=lead.third_party_id,
            street=street,
            house_number=house_number,
            zip_code=zip_code,
            city=city,
            language=lead.language or "de",
        )
        self._tell("CUSTOMER_CREATED", customer.id)
        return customer

    def _in_class(self, request: BookingRequest) -> bool:
        """Whether the customer has an active class booking overlapping the appointment."""
        return any(
            b.active
            and b.customer_id == request.customer_id
            and b.slot.start < request.end
            and request.start < b.slot.end
            for b in self.class_bookings.values()
        )

    def trial_appointment_status(self, request: BookingRequest) -> str:
        """The documented validation status of a trial appointment booking (AVAILABLE if so)."""
        self._expire()
        status = self.data.validate_booking(request, self.now())
        if status == "AVAILABLE" and self._in_class(request):
            return "CUSTOMER_IN_OTHER_BOOKING"
        if status == "AVAILABLE" and self.trial_bookings_left(request.customer_id) <= 0:
            return "NO_CONTINGENT"
        return status

    def book_trial_appointment(self, request: BookingRequest) -> FakeBooking:
        self.data.customer(request.customer_id)
        self._expire()
        for status, busy in (
            ("CUSTOMER_IN_OTHER_BOOKING", self._in_class(request)),
            ("NO_CONTINGENT", self.trial_bookings_left(request.customer_id) <= 0),
        ):
            if busy:
                raise TenantError(
                    400,
                    status,
                    f"the appointment cannot be booked as a trial: {status}",
                    reference="customerId",
                )
        booking = self.data.book(request, self.now())
        booking.status = "BOOKED_WITH_CONFIRMATION_REQUIRED"
        self.trial_appointments[booking.id] = self.now()
        self._tell("APPOINTMENT_BOOKING_CREATED", booking.id)
        return booking

    def confirm_trial_booking(self, booking_id: int) -> str:
        """Confirm a trial booking: "CONFIRMED", or "EXPIRED" once its term has passed."""
        self._expire()
        target: FakeClassBooking | FakeBooking | None = None
        expired = False
        kind = "CLASS"
        found = self.class_bookings.get(booking_id)
        if found is not None and found.trial:
            target, expired = found, found.expired
        elif booking_id in self.trial_appointments:
            target = self.data.bookings[booking_id]
            expired = booking_id in self.expired_appointments
            kind = "APPOINTMENT"
        if target is None:
            raise not_found("trial offer booking", booking_id, "bookingId")
        if expired:
            return "EXPIRED"
        if target.status == "CANCELED":
            raise TenantError(
                409,
                "BOOKING_CANCELED",
                f"trial offer booking {booking_id} was canceled",
                reference="bookingId",
            )
        if target.status != "BOOKED":
            target.status = "BOOKED"
            self._tell(f"{kind}_BOOKING_UPDATED", booking_id)
        return "CONFIRMED"

    def _expire(self) -> None:
        """Cancel the trial bookings whose confirmation term has passed unconfirmed."""
        offer = self._offer()
        if offer is None:
            return
        deadline = self.now() - offer.confirm_within
        pending = "BOOKED_WITH_CONFIRMATION_REQUIRED"
        for booking in self.class_bookings.values():
            if booking.trial and booking.status == pending and booking.booked_at < deadline:
                booking.status, booking.expired = "CANCELED", True
                self._tell("CLASS_BOOKING_CANCELLED", booking.id)
        for booking_id, booked_at in self.trial_appointments.items():
            appointment = self.data.bookings[booking_id]
            if appointment.status == pending and booked_at < deadline:
                appointment.status = "CANCELED"
                self.expired_appointments.add(booking_id)
                self._tell("APPOINTMENT_BOOKING_CANCELLED", booking_id)

    # ------------------------------------------------------------------ check-in vouchers

    def redeem_voucher(self, code: str, first_name: str, last_name: str, email: str) -> str:
        """Use up a voucher for a lead; the code that lets the lead into the studio."""
        for name, value in (("firstname", first_name), ("lastname", last_name)):
            if not value.strip():
                raise TenantError(
                    400, "VALIDATION_ERROR", f"{name} must not be empty", reference=name
                )
        if not _valid_email(email):
            raise TenantError(
                400, "VALIDATION_ERROR", f"{email!r} is not an email address", reference="email"
            )
        voucher = self.vouchers.get(code.strip().upper())
        if voucher is None:
            raise TenantError(
                404,
                "ENTITY_NOT_FOUND",
                "no check-in voucher has this code",
                reference="voucherCode",
            )
        if voucher.redeemed_by is not None:
            raise TenantError(
                409,
                "CHECKIN_VOUCHER_ALREADY_REDEEMED",
                f"check-in voucher {voucher.code} was redeemed already",
                reference="voucherCode",
            )
        voucher.redeemed_by = (first_name, last_name, email)
        voucher.redeemed_at = self.now()
        return voucher.access_code

    def unredeemed_vouchers(self) -> Iterator[FakeCheckinVoucher]:
        return (v for v in self.vouchers.values() if v.redeemed_by is None)

    # ------------------------------------------------------------------ partner studios

    @property
    def own_studio(self) -> PartnerStudio:
        return self.studios[0]

    def studio_of(self, customer: FakeCustomer) -> PartnerStudio:
        return next((s for s in self.studios if s.id == customer.studio_id), self.own_studio)

    def network_customers(self) -> Iterator[FakeCustomer]:
        """Customers of every studio: the tenant's own first, then the partners'."""
        yield from self.data.customers.values()
        yield from self.partner_customers.values()

    def network_customer(self, customer_id: int) -> FakeCustomer:
        found = self.data.customers.get(customer_id) or self.partner_customers.get(customer_id)
        if found is None:
            raise not_found("customer", customer_id, "customerId")
        return found

    def find_network_customer(
        self,
        *,
        card: str | None = None,
        card_format: str = "DECIMAL",
        kind: str | None = None,
        value: str | None = None,
        customer_number: str | None = None,
        uuid: str | None = None,
    ) -> FakeCustomer | None:
        """A customer of any studio by card, access medium, customer number or UUID."""
        own = self.state.find_customer(
            card=card,
            card_format=card_format,
            kind=kind,
            value=value,
            customer_number=customer_number,
            uuid=uuid,
        )
        if own is not None:
            return own
        for customer in self.partner_customers.values():
            if card is not None and (
                card_number(customer.card_number, card_format).lstrip("0") == card.lstrip("0")
            ):
                return customer
            if customer_number is not None and customer.customer_number == customer_number:
                return customer
            if uuid is not None and customer.uuid == uuid:
                return customer
        return None

    def search_customers(
        self,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
        date_of_birth: date | None = None,
    ) -> list[FakeCustomer]:
        """Customers of every studio matching all given criteria (names: case-blind prefixes)."""
        if not any((first_name, last_name, email, date_of_birth)):
            raise TenantError(
                400,
                "VALIDATION_ERROR",
                "give at least one of firstName, lastName, email and dateOfBirth",
                reference="firstName",
            )
        found = []
        for customer in self.network_customers():
            if first_name and not customer.first_name.casefold().startswith(first_name.casefold()):
                continue
            if last_name and not customer.last_name.casefold().startswith(last_name.casefold()):
                continue
            if email and customer.email.casefold() != email.casefold():
                continue
            if date_of_birth and customer.date_of_birth != date_of_birth:
                continue
            found.append(customer)
        return found

    def checkins(self, customer: FakeCustomer) -> list[FakeCheckin]:
        """Every past visit of the customer in any studio, oldest first (seeded)."""

        def make() -> list[FakeCheckin]:
            if customer.status != "MEMBER":
                return []
            rng = random.Random(f"{self.data.seed}|checkins|{customer.id}")
            home = self.studio_of(customer)
            others = [s for s in self.studios if s is not home]
            visits: list[FakeCheckin] = []
            day = max(customer.created.date(), self.today() - timedelta(days=400))
            while day <= self.today():
                start = datetime.combine(
                    day, time(rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59)), TIMEZONE
                )
                studio = rng.choice(others) if others and rng.random() < 0.2 else home
                visits.append(
                    FakeCheckin(
                        id=customer.id * 1000 + len(visits),
                        customer_id=customer.id,
                        studio=studio,
                        check_in=start,
                        check_out=start + timedelta(minutes=rng.randint(30, 150)),
                    )
                )
                day += timedelta(days=rng.randint(1, 6))
            return visits

        now = self.now()
        return [v for v in _cached(self._checkins, customer.id, make) if v.check_in <= now]

    def checkins_between(
        self,
        customer: FakeCustomer,
        first: date | None,
        last: date | None,
        *,
        own_studio_only: bool = False,
    ) -> list[FakeCheckin]:
        """Visits within the days ``first``..``last`` (default: the month up to today)."""
        last = last or self.today()
        first = first or add_months(last, -1)
        if first > last:
            raise TenantError(
                400, "VALIDATION_ERROR", "fromDate is after toDate", reference="fromDate"
            )
        if (last - first).days > 365:
            raise TenantError(
                400,
                "VALIDATION_ERROR",
                "toDate must be at most 365 days after fromDate",
                reference="toDate",
            )
        return [
            v
            for v in self.checkins(customer)
            if first <= v.check_in.date() <= last and (v.studio.own or not own_studio_only)
        ]
