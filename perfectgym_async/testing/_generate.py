"""Deterministic generation of a fake tenant's data from a seed.

Money is drawn as integer cents and stored as two-decimal ``Decimal`` values,
so the ground truth never carries binary floating-point noise.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from ._data import (
    TIMEZONE,
    FakeAccessRestriction,
    FakeBalance,
    FakeBookableAppointment,
    FakeCustomer,
    FakeIdlePeriod,
    FakeInstructor,
    FakeTransaction,
    LeadField,
    TenantData,
    dunning_state,
)

__all__ = ["generate_tenant"]

_FIRST_NAMES = (
    "Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannah", "Jonas", "Lea",
    "Lukas", "Marie", "Noah", "Paul", "Sophie", "Tim", "Zoe", "Elias", "Mia", "Leon",
)  # fmt: skip
_LAST_NAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
)  # fmt: skip
_CITIES = (
    ("Berlin", "DE"), ("Munich", "DE"), ("Hamburg", "DE"), ("Cologne", "DE"),
    ("Leipzig", "DE"), ("Vienna", "AT"), ("Zurich", "CH"),
)  # fmt: skip
_STREETS = ("Am Bahnhof", "Hauptstraße", "Lindenweg", "Gartenstraße", "Schillerplatz")
_BANKS = (("Deutsche Bank", "DEUTDEFFXXX"), ("Sparkasse", "SPKADE2HXXX"), ("GLS", "GENODEM1GLS"))
_FEES_CENTS = (1999, 2499, 2990, 3490, 4990)
_EXTRAS = ("Drinks", "Personal training", "Towel rental", "Card replacement fee", "Sauna")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
_APPOINTMENTS = (
    ("Mission Beach body", "Fitness"), ("Body check", "Health"), ("Personal training", "Fitness"),
    ("Nutrition advice", "Health"), ("Back school", "Health"), ("Spinning intro", "Courses"),
)  # fmt: skip
_START_TIMES = tuple(time(hour) for hour in (8, 9, 10, 12, 14, 16, 17, 18, 19, 20))


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _customer(rng: random.Random, customer_id: int, studio_id: int, today: date) -> FakeCustomer:
    first = rng.choice(_FIRST_NAMES)
    last = rng.choice(_LAST_NAMES)
    city, country = rng.choice(_CITIES)
    created_day = today - timedelta(days=rng.randint(30, 1500))
    created = datetime.combine(
        created_day, time(rng.randint(7, 21), rng.randint(0, 59), rng.randint(0, 59)), TIMEZONE
    )
    customer = FakeCustomer(
        id=customer_id,
        customer_number=f"1-{customer_id % 100000}",
        status="MEMBER" if rng.random() < 0.85 else "PROSPECT",
        first_name=first,
        last_name=last,
        email=f"{first}.{last}.{customer_id}@example.com".lower(),
        date_of_birth=date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)),
        gender=rng.choice(("MALE", "FEMALE", "FEMALE", "MALE", "UNISEX")),
        street=rng.choice(_STREETS),
        house_number=str(rng.randint(1, 200)),
        zip_code=f"{rng.randint(10000, 99999)}",
        city=city,
        country=country,
        phone_mobile=f"+49 15{rng.randint(10000000, 99999999)}" if rng.random() < 0.8 else None,
        uuid=_uuid(rng),
        referral_code="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)),
        studio_id=studio_id,
        language=rng.choice(("de", "de", "en")),
        created=created,
        card_number=rng.getrandbits(32),
        access_medium_id=customer_id + 500_000_000,
        third_party_id=f"A{customer_id}" if rng.random() < 0.3 else None,
    )
    if rng.random() < 0.6:
        bank, bic = rng.choice(_BANKS)
        iban = f"DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 00"
        customer.bank_account = (f"{first} {last}", bank, bic, iban)
    if rng.random() < 0.05:
        start = today - timedelta(days=rng.randint(10, 300))
        customer.idle_periods.append(
            FakeIdlePeriod(
                id=customer_id + 300_000_000,
                start_date=start,
                end_date=start + timedelta(days=rng.randint(14, 90)),
                reason=rng.choice(("Illness", "Travel", "Pregnancy")),
                contract_id=customer_id + 400_000_000,
                rate_name=rng.choice(("Basic", "Premium", "Flex")),
                unlimited=False,
            )
        )
    if rng.random() < 0.03:
        start = today - timedelta(days=rng.randint(0, 20))
        customer.access_restriction = FakeAccessRestriction(
            "Destroyed equipment", start, start + timedelta(days=rng.randint(7, 60))
        )
    return customer


def _transactions(
    rng: random.Random, customer: FakeCustomer, next_id: int, today: date
) -> tuple[list[FakeTransaction], list[FakeTransaction], int]:
    fee = rng.choice(_FEES_CENTS)
    roll = rng.random()
    if roll < 0.1:
        past_count = 0
    elif roll < 0.15:
        past_count = rng.randint(51, 120)  # more than one slice of the largest size
    else:
        past_count = rng.randint(1, 30)
    past: list[FakeTransaction] = []
    for _ in range(past_count):
        next_id += rng.randint(1, 3)
        due = today - timedelta(days=rng.randint(1, 700))
        kind = rng.random()
        if kind < 0.03:
            cents = -rng.randint(500, 3000)
            description = "Credit note"
        elif kind < 0.7:
            cents = fee
            description = f"Membership fee {_MONTHS[due.month - 1]} {due.year}"
        else:
            cents = rng.randint(150, 9000)
            description = rng.choice(_EXTRAS)
        open_cents = 0
        if cents > 0 and (today - due).days <= 90 and rng.random() < 0.3:
            open_cents = cents if rng.random() < 0.7 else rng.randint(1, cents)
        past.append(
            FakeTransaction(
                id=next_id,
                customer_id=customer.id,
                kind="past",
                due_date=due,
                description=description,
                amount=_money(cents),
                open_amount=_money(open_cents),
                currency=customer.currency,
                installment_plan=open_cents > 0 and rng.random() < 0.1,
            )
        )
    # Newest first, as an account statement reads.
    past.sort(key=lambda t: (t.due_date, t.id), reverse=True)
    upcoming: list[FakeTransaction] = []
    if customer.status == "MEMBER":
        for month in range(rng.randint(0, 12)):
            next_id += rng.randint(1, 3)
            due = today + timedelta(days=30 * month)
            upcoming.append(
                FakeTransaction(
                    id=next_id,
                    customer_id=customer.id,
                    kind="upcoming",
                    due_date=due,
                    description=f"Membership fee {_MONTHS[due.month - 1]} {due.year}",
                    amount=_money(fee),
                    open_amount=_money(fee),
                    currency=customer.currency,
                    installment_plan=False,
                )
            )
    return past, upcoming, next_id


def _balance(
    rng: random.Random, customer: FakeCustomer, past: list[FakeTransaction]
) -> FakeBalance:
    owed = sum((t.open_amount for t in past), Decimal("0.00"))
    prepaid = _money(rng.randint(100, 5000)) if rng.random() < 0.1 else Decimal("0.00")
    credit = None if rng.random() < 0.2 else _money(rng.choice((0, 500, 1000, 2000, 5000)))
    level, _ = dunning_state(past, False)
    return FakeBalance(
        customer_id=customer.id,
        account_balance=prepaid - owed,
        consumption_credit=credit,
        currency=customer.currency,
        dunning_level=level,
        in_debt_collection=owed > Decimal("200.00") and rng.random() < 0.4,
    )


def _appointments(rng: random.Random, count: int) -> dict[int, FakeBookableAppointment]:
    instructors = [
        FakeInstructor(100 + i, rng.choice(_FIRST_NAMES), rng.choice(_LAST_NAMES), f"Coach{i}")
        for i in range(8)
    ]
    result: dict[int, FakeBookableAppointment] = {}
    appointment_id = 20_000
    for index in range(count):
        appointment_id += rng.randint(1, 5)
        title, category = _APPOINTMENTS[index % len(_APPOINTMENTS)]
        result[appointment_id] = FakeBookableAppointment(
            id=appointment_id,
            title=f"{title} {index // len(_APPOINTMENTS) + 1}",
            duration=rng.choice((30, 45, 60, 90)),
            category=category,
            description=f"{title} with one of our coaches",
            img_url=f"https://images.example.com/appointments/{appointment_id}.jpg",
            instructors=rng.sample(instructors, rng.randint(1, 2)),
            start_times=sorted(rng.sample(_START_TIMES, rng.randint(3, 5))),
            capacity=rng.randint(1, 3),
        )
    return result


_LEAD_FIELDS = [
    LeadField(1234567890, "Do you have health issues?", "BOOLEAN", False, "OPTIONAL"),
    LeadField(
        1234567891,
        "Which classes are you interested in?",
        "LIST",
        True,
        "OPTIONAL",
        ("Spinning", "Yoga", "Pilates"),
    ),
    LeadField(
        1246357240,
        "How did you hear about us?",
        "LIST",
        True,
        "OPTIONAL",
        ("Friends", "Radio", "Webinar", "Newspaper"),
    ),
]


def generate_tenant(*, seed: int, customers: int, appointments: int, today: date) -> TenantData:
    """Build the whole tenant; the same arguments always give the same data."""
    if customers < 0 or appointments < 0:
        raise ValueError("customers and appointments must be >= 0")
    rng = random.Random(seed)
    studio_id = rng.randint(1_000_000_000, 1_999_999_999)
    people: dict[int, FakeCustomer] = {}
    balances: dict[int, FakeBalance] = {}
    past_by_customer: dict[int, list[FakeTransaction]] = {}
    upcoming_by_customer: dict[int, list[FakeTransaction]] = {}
    customer_id = 1_000_000 + rng.randint(0, 999)
    transaction_id = 50_000_000
    for _ in range(customers):
        # Gaps between ids, so an id offset can never pass for a position.
        customer_id += rng.randint(1, 9)
        customer = _customer(rng, customer_id, studio_id, today)
        past, upcoming, transaction_id = _transactions(rng, customer, transaction_id, today)
        people[customer_id] = customer
        past_by_customer[customer_id] = past
        upcoming_by_customer[customer_id] = upcoming
        balances[customer_id] = _balance(rng, customer, past)
    return TenantData(
        customers=people,
        balances=balances,
        past_transactions=past_by_customer,
        upcoming_transactions=upcoming_by_customer,
        bookable_appointments=_appointments(rng, appointments),
        lead_fields=list(_LEAD_FIELDS),
        studio_id=studio_id,
        seed=seed,
    )
