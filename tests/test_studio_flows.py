"""Classes, trial offers, check-in vouchers and the partner studios on the fake tenant, end to
end through ``AsyncClient`` and through the blocking ``Client``: a class slot fills up and a
cancelation frees a place, a booking under 503s is never made twice, a voucher is redeemed
once, a trial session for a new lead, and cross-studio data that differs from studio to studio.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime, timedelta
from typing import Any, Literal

import pytest

from perfectgym_async import (
    AsyncClient,
    BadRequestError,
    Client,
    ConflictError,
    NotFoundError,
    ServiceUnavailableError,
)
from perfectgym_async.testing import FakeTenant, Faults, StudioState
from perfectgym_async.testing._data import TIMEZONE
from perfectgym_async.testing._studio_state import FakeClassSlot, LeadDraft

from .test_spec_tenant import Driver

BOOK = "/v1/classes/booking/book"
ADDRESS = {"street": "Burgring", "houseNumber": "23A", "zipCode": "13000", "city": "Berlin"}


@pytest.fixture(scope="module")
def tenant() -> Iterator[FakeTenant]:
    with FakeTenant(customers=60, seed=11, appointments=3).serve_in_thread() as running:
        yield running


@pytest.fixture(scope="module")
def members(tenant: FakeTenant) -> Iterator[int]:
    return iter(sorted(c.id for c in tenant.data.customers.values() if c.status == "MEMBER"))


@pytest.fixture(params=["async", "sync"])
async def call(request: pytest.FixtureRequest, tenant: FakeTenant) -> AsyncIterator[Driver]:
    if request.param == "async":
        async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0) as client:
            yield Driver(client)
    else:
        # The tenant serves from its own thread, so blocking calls from here are fine.
        with Client(tenant.base_url, tenant.api_key, max_retries=0) as sync_client:
            yield Driver(sync_client)


def take(studio: StudioState, members: Iterator[int], slot: FakeClassSlot, count: int) -> list[int]:
    """``count`` members no other test touched who could each book ``slot`` now."""
    chosen: list[int] = []
    while len(chosen) < count:
        customer = next(members)
        if studio.class_booking_status(customer, slot.id) == "AVAILABLE":
            chosen.append(customer)
    return chosen


def open_slots(studio: StudioState, *, trial: bool = False) -> list[FakeClassSlot]:
    """Slots of bookable classes that are open for booking now, fullest first."""
    now = studio.now()
    found = [
        slot
        for slot in studio.slots(now.date(), 7)
        if slot.course.bookable
        and (slot.course.trial or not trial)
        and slot.earliest_booking <= now < slot.latest_booking - timedelta(minutes=10)
    ]
    return sorted(found, key=lambda s: (studio.free_places(s), s.id))


def booking(slot: FakeClassSlot, customer: int) -> dict[str, int]:
    return {"customerId": customer, "classSlotId": slot.id}


# ---------------------------------------------------------------- classes


async def test_a_class_slot_fills_up_and_canceling_frees_a_place(
    call: Driver, tenant: FakeTenant, members: Iterator[int]
) -> None:
    studio = tenant.studio
    used = {b.slot.id for b in studio.class_bookings.values()}
    slot = next(s for s in open_slots(studio) if s.id not in used)
    course = slot.course
    free = studio.free_places(slot)
    *bookers, late = take(studio, members, slot, free + 1)

    shown = await call("classes", "get_class_slot_by_id", course.id, slot.id)
    assert (shown.max_participants, shown.booked_participants) == (
        course.capacity,
        course.capacity - free,
    )
    assert shown.class_information.id == course.id
    checked = await call("classes", "validate_class_slot", booking(slot, bookers[0]))
    assert checked.validation_status == "AVAILABLE"

    made = []
    for number, customer in enumerate(bookers, start=1):
        done = await call("classes", "book_class_slot", booking(slot, customer))
        assert (done.booking_status, done.customer_id) == ("BOOKED", customer)
        assert (done.class_slot_id, done.class_id) == (slot.id, course.id)
        assert done.participant_status == "PARTICIPATING"
        made.append(done)
        shown = await call("classes", "get_class_slot_by_id", course.id, slot.id)
        assert shown.booked_participants == course.capacity - free + number

    # Full: validation says so, and a booking is refused with the documented 400.
    full = await call("classes", "validate_class_slot", booking(slot, late))
    assert full.validation_status == "NOT_AVAILABLE"
    with pytest.raises(BadRequestError) as refused:
        await call("classes", "book_class_slot", booking(slot, late))
    assert refused.value.error_code == "NOT_AVAILABLE"
    assert refused.value.reference == "classSlotId"
    # The same customer booking the slot twice is a conflict, full or not.
    again = await call("classes", "validate_class_slot", booking(slot, bookers[0]))
    assert again.validation_status == "CUSTOMER_ALREADY_BOOKED"
    with pytest.raises(ConflictError) as twice:
        await call("classes", "book_class_slot", booking(slot, bookers[0]))
    assert twice.value.error_code == "CUSTOMER_ALREADY_BOOKED"
    assert sum(1 for b in studio.class_bookings.values() if b.slot.id == slot.id) == free

    # Canceling frees the place; the booking stays, as canceled.
    first = made[0]
    assert await call("classes", "cancel_class_slot_by_id", first.booking_id) is None
    canceled = await call("classes", "get_class_booking_by_id", first.booking_id)
    assert (canceled.booking_status, canceled.participant_status) == (
        "CANCELED",
        "NOT_PARTICIPATING",
    )
    (listed,) = await call("classes", "get_class_bookings_by_customer_id", customer_id=bookers[0])
    assert (listed.booking_id, listed.booking_status) == (first.booking_id, "CANCELED")
    shown = await call("classes", "get_class_slot_by_id", course.id, slot.id)
    assert shown.booked_participants == course.capacity - 1
    walked = await call.collect("classes", "iter_class_slots", course.id, slice_size=10)
    assert [s.booked_participants for s in walked if s.id == slot.id] == [course.capacity - 1]
    # Canceling again is harmless (the operation is safe to repeat) and frees nothing more.
    await call("classes", "cancel_class_slot_by_id", first.booking_id)
    assert studio.free_places(slot) == 1

    freed = await call("classes", "validate_class_slot", booking(slot, late))
    assert freed.validation_status == "AVAILABLE"
    taken = await call("classes", "book_class_slot", booking(slot, late))
    assert taken.booking_status == "BOOKED"
    assert studio.free_places(slot) == 0
    with pytest.raises(NotFoundError) as missing:
        await call("classes", "cancel_class_slot_by_id", 1)
    assert missing.value.reference == "bookingId"


async def test_class_slots_are_checked_against_their_class(
    call: Driver, tenant: FakeTenant
) -> None:
    studio = tenant.studio
    first, second = list(studio.classes.values())[:2]
    slot = next(s for s in studio.class_slots(first) if s.start.date() > date.today())
    with pytest.raises(NotFoundError) as caught:  # a slot of another class
        await call("classes", "get_class_slot_by_id", second.id, slot.id)
    assert caught.value.reference == "classSlotId"
    day = next(d for d in range(7) if d not in first.weekdays)
    shifted = slot.id + (day - slot.start.weekday()) % 7  # the id of a day without the class
    with pytest.raises(NotFoundError):
        await call("classes", "get_class_slot_by_id", first.id, shifted)
    listed = await call.collect("classes", "iter_active_classes", slice_size=10)
    assert [c.id for c in listed] == list(studio.classes)
    window = await call.collect(
        "classes",
        "iter_class_slots_for_multiple_classes",
        days_ahead=2,
        slot_window_start_date=slot.start.date(),
        slice_size=10,
    )
    assert slot.id in [s.id for s in window]
    assert {s.start_date_time.date() for s in window} <= {
        slot.start.date(),
        slot.start.date() + timedelta(days=1),
    }


@pytest.mark.parametrize("state_change", ["before", "after"])
@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_a_class_booking_under_503_is_never_made_twice(
    tenant: FakeTenant,
    members: Iterator[int],
    kind: str,
    state_change: Literal["before", "after"],
) -> None:
    studio = tenant.studio
    slot = max(open_slots(studio), key=studio.free_places)
    customers = take(studio, members, slot, 2)
    assert studio.free_places(slot) >= 2
    before = studio.booked(slot)
    tenant.faults = Faults(paths={BOOK}, unavailable=1.0, state_change=state_change)
    try:
        # Default retries: a 503 is retried for safe calls, never for a booking.
        if kind == "async":
            async with AsyncClient(tenant.base_url, tenant.api_key) as client:
                await _book_under_503(Driver(client), tenant, slot, customers, state_change)
        else:
            with Client(tenant.base_url, tenant.api_key) as sync_client:
                await _book_under_503(Driver(sync_client), tenant, slot, customers, state_change)
    finally:
        tenant.faults = Faults()
    made = len(customers) if state_change == "after" else 0
    assert studio.booked(slot) == before + made

    # Afterwards the caller checks the bookings instead of sending the booking again.
    async with AsyncClient(tenant.base_url, tenant.api_key) as client:
        for customer in customers:
            found = await client.classes.get_class_bookings_by_customer_id(customer_id=customer)
            assert [b.class_slot_id for b in found] == ([slot.id] if made else [])
            if made:  # a blind resend is refused, not booked a second time
                with pytest.raises(ConflictError):
                    await client.classes.book_class_slot(booking(slot, customer))
    assert studio.booked(slot) == before + made


async def _book_under_503(
    call: Driver,
    tenant: FakeTenant,
    slot: FakeClassSlot,
    customers: list[int],
    state_change: str,
) -> None:
    for customer in customers:
        sent = tenant.count("POST", BOOK)
        with pytest.raises(ServiceUnavailableError):
            await call("classes", "book_class_slot", booking(slot, customer))
        # Sent once, answered 503, and booked at most once.
        assert tenant.count("POST", BOOK) == sent + 1
        assert tenant.requests[-1].fault == "503"
        mine = [b for b in tenant.studio.class_bookings.values() if b.customer_id == customer]
        assert len(mine) == (1 if state_change == "after" else 0)


# ---------------------------------------------------------------- check-in vouchers


async def test_a_checkin_voucher_is_redeemed_once(call: Driver, tenant: FakeTenant) -> None:
    voucher = next(tenant.studio.unredeemed_vouchers())
    person = {"firstname": "Max", "lastname": "Mustermann", "email": "max@example.com"}
    redeemed = await call(
        "checkin_vouchers", "redeem_checkin_voucher", {"voucherCode": voucher.code, **person}
    )
    assert redeemed.studio_access_code == voucher.access_code
    assert voucher.redeemed_by == ("Max", "Mustermann", "max@example.com")

    other = {"firstname": "Erika", "lastname": "Musterfrau", "email": "erika@example.com"}
    with pytest.raises(ConflictError) as twice:
        await call(
            "checkin_vouchers", "redeem_checkin_voucher", {"voucherCode": voucher.code, **other}
        )
    assert twice.value.error_code == "CHECKIN_VOUCHER_ALREADY_REDEEMED"
    assert twice.value.reference == "voucherCode"
    assert voucher.redeemed_by == ("Max", "Mustermann", "max@example.com")
    with pytest.raises(NotFoundError) as unknown:
        await call(
            "checkin_vouchers", "redeem_checkin_voucher", {"voucherCode": "NO-SUCH-CODE", **other}
        )
    assert unknown.value.reference == "voucherCode"


# ---------------------------------------------------------------- trial offers


async def test_a_trial_session_for_a_new_lead(call: Driver, tenant: FakeTenant) -> None:
    ns = "trial_offers"
    config = await call(ns, "get_trial_offer_config", 1)
    assert config.contingent == 2 and config.allow_booking_for_leads
    email = f"lead-{type(call.client).__name__.lower()}@example.com"
    person = {"firstname": "Lena", "lastname": "Probe", "email": email, "address": ADDRESS}
    request = {"trialOfferConfigId": config.id, "leadCustomerData": person}
    no_address = {
        **request,
        "leadCustomerData": {k: v for k, v in person.items() if k != "address"},
    }
    assert (await call(ns, "validate_for_lead_customer_creation", request)).validation_status == (
        "POSSIBLE"
    )
    checked = await call(ns, "validate_for_lead_customer_creation", no_address)
    assert checked.validation_status == "INVALID_LEAD_CUSTOMER_DATA"  # the offer needs one

    lead = (await call(ns, "create_lead_customer", request)).lead_customer_id
    assert lead is not None
    customer = await call("customers", "get_customer_by_id", lead)
    assert (customer.status, customer.first_name, customer.email) == ("PROSPECT", "Lena", email)
    assert (customer.street, customer.city) == ("Burgring", "Berlin")
    prospects = await call.collect("customers", "iter_customers", customer_status="PROSPECT")
    assert lead in [p.id for p in prospects]
    again = await call(ns, "validate_for_lead_customer_creation", request)
    assert again.validation_status == "DUPLICATE_CUSTOMER"
    with pytest.raises(ConflictError):
        await call(ns, "create_lead_customer", request)

    # A trial class session for the lead.
    offered = await call.collect(ns, "iter_bookable_trial_offer_classes", slice_size=10)
    assert {c.id for c in offered} == {c.id for c in tenant.studio.trial_classes()}
    slot = next(
        s
        for s in open_slots(tenant.studio, trial=True)
        if tenant.studio.class_booking_status(lead, s.id, trial=True) == "AVAILABLE"
    )
    listed = await call.collect(ns, "iter_class_slots_for_trial_offers", slot.course.id)
    assert slot.id in [s.id for s in listed]
    checked = await call(ns, "validate_class_slot_for_trial_offers", booking(slot, lead))
    assert checked.validation_status == "AVAILABLE"
    places = tenant.studio.booked(slot)
    session = await call(ns, "book_class_slot_for_trial_offers", booking(slot, lead))
    assert (session.booking_status, session.customer_id) == (
        "BOOKED_WITH_CONFIRMATION_REQUIRED",
        lead,
    )
    assert tenant.studio.booked(slot) == places + 1
    (mine,) = await call("classes", "get_class_bookings_by_customer_id", customer_id=lead)
    assert mine.booking_id == session.booking_id

    # And a trial appointment, at a time the class leaves free.
    appointment = min(tenant.data.bookable_appointments)
    slots = await call(
        ns,
        "get_bookable_appointment_slots_for_trial_offers",
        appointment,
        customer_id=lead,
        days_ahead=3,
        slot_window_start_date=date.today() + timedelta(days=1),
    )
    free = next(s for s in slots if s.end_date_time <= slot.start or s.start_date_time >= slot.end)
    wanted: dict[str, Any] = {
        "customerId": lead,
        "bookableAppointmentId": appointment,
        "startDateTime": free.start_date_time,
        "endDateTime": free.end_date_time,
    }
    checked = await call(ns, "validate_for_appointment_booking_for_trial_offers", wanted)
    assert checked.validation_status == "AVAILABLE"
    visit = await call(ns, "book_appointment_for_trial_offer", wanted)
    assert visit.booking_status == "BOOKED_WITH_CONFIRMATION_REQUIRED"
    stored = await call("appointments", "get_appointment_booking", visit.booking_id)
    assert (stored.customer_id, stored.booking_status) == (
        lead,
        "BOOKED_WITH_CONFIRMATION_REQUIRED",
    )

    # The contingent (two trial bookings) is used up.
    def apart(other: FakeClassSlot) -> bool:
        return (other.end <= slot.start or other.start >= slot.end) and (
            other.end <= free.start_date_time or other.start >= free.end_date_time
        )

    other = next(s for s in open_slots(tenant.studio, trial=True) if apart(s))
    checked = await call(ns, "validate_class_slot_for_trial_offers", booking(other, lead))
    assert checked.validation_status == "NO_CONTINGENT"
    with pytest.raises(BadRequestError) as used_up:
        await call(ns, "book_class_slot_for_trial_offers", booking(other, lead))
    assert (used_up.value.error_code, used_up.value.reference) == ("NO_CONTINGENT", "customerId")

    # Confirming makes both plain bookings; confirming again changes nothing.
    for booking_id in (session.booking_id, visit.booking_id):
        assert (await call(ns, "confirm_trial_offer_booking", booking_id)).status == "CONFIRMED"
        assert (await call(ns, "confirm_trial_offer_booking", booking_id)).status == "CONFIRMED"
    assert (
        await call("classes", "get_class_booking_by_id", session.booking_id)
    ).booking_status == ("BOOKED")
    stored = await call("appointments", "get_appointment_booking", visit.booking_id)
    assert stored.booking_status == "BOOKED"
    with pytest.raises(NotFoundError) as caught:  # no trial booking has this id
        await call(ns, "confirm_trial_offer_booking", 1)
    assert caught.value.reference == "bookingId"


async def test_an_unconfirmed_trial_booking_expires_and_frees_its_place() -> None:
    now = [datetime.now(TIMEZONE)]
    tenant = FakeTenant(customers=5, seed=12, appointments=1, clock=lambda: now[0])
    studio = tenant.studio
    draft = LeadDraft(
        "Late", "Lead", "late@example.com", address=("Burgring", "1", "13000", "Berlin")
    )
    lead = studio.create_lead(1, draft).id
    slot = next(
        s
        for s in open_slots(studio, trial=True)
        if s.latest_booking > now[0] + timedelta(hours=3)
        and studio.class_booking_status(lead, s.id, trial=True) == "AVAILABLE"
    )
    async with tenant, AsyncClient(tenant.base_url, tenant.api_key) as client:
        made = await client.trial_offers.book_class_slot_for_trial_offers(booking(slot, lead))
        places = studio.booked(slot)
        now[0] += timedelta(hours=2, minutes=1)  # past the offer's confirmation term
        expired = await client.trial_offers.confirm_trial_offer_booking(made.booking_id)
        assert expired.status == "EXPIRED"
        shown = await client.classes.get_class_booking_by_id(made.booking_id)
        assert shown.booking_status == "CANCELED"
        assert studio.booked(slot) == places - 1
        # The place and the contingent are free again.
        left = await client.trial_offers.validate_class_slot_for_trial_offers(booking(slot, lead))
        assert left.validation_status == "AVAILABLE"


# ---------------------------------------------------------------- partner studios


async def test_cross_studio_data_answers_per_studio(call: Driver, tenant: FakeTenant) -> None:
    studio = tenant.studio
    ns = "cross_studio"
    listed = await call(ns, "get_studios_with_active_membership_offers")
    assert [s.studio_id for s in listed] == [s.id for s in studio.studios]
    assert len({s.name for s in listed}) == len(listed) >= 3
    own = await call("studios", "get_studio_information")
    assert (own.studio_id, own.name) == (tenant.data.studio_id, studio.own_studio.name)

    # One customer of each studio, each answered with its own studio's data.
    picks = [next(iter(tenant.data.customers.values()))] + [
        next(c for c in studio.partner_customers.values() if c.studio_id == s.id)
        for s in studio.studios[1:]
    ]
    prefixes = set()
    for expected, home in zip(picks, studio.studios, strict=True):
        found = await call(ns, "get_cross_studio_customer_by_id", expected.id)
        assert (found.id, found.studio_id, found.last_name) == (
            expected.id,
            home.id,
            expected.last_name,
        )
        assert found.customer_number is not None
        prefixes.add(found.customer_number.split("-")[0])
        by_number = await call(
            ns, "get_cross_studio_customer_by", customer_number=found.customer_number
        )
        assert by_number.id == expected.id
        by_card = await call(
            ns,
            "get_cross_studio_customer_by",
            card_number=f"{expected.card_number:08X}",
            card_number_format="HEX_MSB",
        )
        assert by_card.id == expected.id
    assert len(prefixes) == len(picks)  # customer numbers never clash between studios
    partner = picks[1]
    with pytest.raises(NotFoundError):  # the tenant's own operations know its customers only
        await call("customers", "get_customer_by", customer_number=partner.customer_number)

    found = await call(
        ns, "search_cross_studio_customers", {"lastName": partner.last_name[:3].lower()}
    )
    assert partner.id in [c.id for c in found]
    assert all(c.last_name.lower().startswith(partner.last_name[:3].lower()) for c in found)
    with pytest.raises(BadRequestError):  # some criterion is needed
        await call(ns, "search_cross_studio_customers", {"cardNumberFormat": "DECIMAL"})

    # Check-ins: the cross-studio history spans studios, the studio's own history is its own.
    today = studio.today()
    member = next(
        c
        for c in tenant.data.customers.values()
        if len(
            {v.studio.id for v in studio.checkins_between(c, today - timedelta(days=365), today)}
        )
        > 1
    )
    span = {"from_date": today - timedelta(days=365), "to_date": today}
    everywhere = await call.collect(
        ns, "iter_cross_studio_customers_checkin_history", member.id, slice_size=50, **span
    )
    here = await call.collect(
        "customers", "iter_customers_checkin_history", member.id, slice_size=50, **span
    )
    assert len({v.studio_id for v in everywhere}) > 1
    assert {v.studio_id for v in here} == {tenant.data.studio_id}
    assert {v.checkin_id for v in here} < {v.checkin_id for v in everywhere}
    assert all(span["from_date"] <= v.check_in_date_time.date() <= today for v in everywhere)
    names = {s.id: s.name for s in studio.studios}
    assert all(names[v.studio_id] == v.studio_name for v in everywhere)
    with pytest.raises(BadRequestError) as caught:
        await call(
            ns,
            "get_cross_studio_customers_checkin_history",
            member.id,
            from_date=today - timedelta(days=400),
            to_date=today,
        )
    assert caught.value.reference == "toDate"


def test_the_partner_studios_come_from_the_seed() -> None:
    def network(seed: int) -> tuple[list[Any], list[Any], list[int]]:
        studio = FakeTenant(customers=5, seed=seed).studio
        customers = [(c.id, c.studio_id, c.last_name) for c in studio.partner_customers.values()]
        return studio.studios, customers, list(studio.classes)

    assert network(3) == network(3)
    assert network(3) != network(4)
