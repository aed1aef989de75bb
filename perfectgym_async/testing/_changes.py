"""Changes to the fake tenant's customers that no hand-written operation makes.

:class:`CustomerChanges` creates customers (also behind ``createCustomer``, so
``client.customers.create_customer(...)`` really adds a prospect), updates and
deletes them. Each change is announced through the tenant's change hook, which
sends the webhook the platform would send (``CUSTOMER_CREATED``,
``CUSTOMER_UPDATED``, ``CUSTOMER_DELETED``) when the tenant has a webhook target.
The platform has no operation to delete a customer; tests and the demo use
:meth:`CustomerChanges.delete_customer` directly.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from .._client import AsyncClient
from ..errors import PerfectGymError
from ._data import TIMEZONE, FakeBalance, FakeCustomer, TenantData
from ._flows import Call

if TYPE_CHECKING:
    from ._tenant import FakeTenant

__all__ = ["UPDATABLE_FIELDS", "ChangeHook", "ChangeSummary", "CustomerChanges", "change_tenant"]

#: ``hook(event type, entity id, content)``: called after the tenant's state changed.
ChangeHook = Callable[[str, int, Mapping[str, Any]], None]

#: Fields of a customer :meth:`CustomerChanges.update_customer` may change.
UPDATABLE_FIELDS = frozenset(
    {
        "first_name",
        "last_name",
        "email",
        "date_of_birth",
        "street",
        "house_number",
        "zip_code",
        "city",
        "country",
        "phone_mobile",
        "third_party_id",
    }
)


class CustomerChanges:
    """Create, update and delete the tenant's customers; every change is announced."""

    def __init__(self, data: TenantData, now: Callable[[], datetime], changed: ChangeHook) -> None:
        self.data = data
        self._now = now
        self._changed = changed

    def handlers(self) -> dict[str, Callable[[Call], Any]]:
        """The operations these changes serve, for the spec engine."""
        return {"createCustomer": self._create_customer_call}

    def _create_customer_call(self, call: Call) -> Any:
        body: Mapping[str, Any] = call.body
        language = body.get("language") or {}
        born = body.get("dateOfBirth")
        customer = self.create_customer(
            first_name=body["firstName"],
            last_name=body["lastName"],
            email=body["email"],
            date_of_birth=born if isinstance(born, date) else date.fromisoformat(str(born)),
            street=body.get("street") or "",
            house_number=body.get("houseNumber") or "",
            zip_code=body.get("zipCode") or "",
            city=body.get("city") or "",
            country=body.get("countryCode") or "DE",
            phone_mobile=body.get("phoneNumberMobile"),
            gender=body.get("gender"),
            language=language.get("languageCode") or "de",
            third_party_id=body.get("thirdPartyId"),
        )
        return {"customerId": customer.id}

    def create_customer(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        date_of_birth: date | None = None,
        street: str = "",
        house_number: str = "",
        zip_code: str = "",
        city: str = "",
        country: str = "DE",
        phone_mobile: str | None = None,
        gender: str | None = None,
        language: str = "de",
        third_party_id: str | None = None,
    ) -> FakeCustomer:
        """A new prospect with an empty account (``CUSTOMER_CREATED``)."""
        data = self.data
        customer_id = data._take_id("customer")
        rng = data._rng
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
            country=country,
            phone_mobile=phone_mobile,
            uuid=data._uuid(),
            referral_code="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)),
            studio_id=data.studio_id,
            language=language,
            created=self._now().astimezone(TIMEZONE).replace(microsecond=0),
            card_number=rng.getrandbits(32),
            access_medium_id=customer_id + 500_000_000,
            third_party_id=third_party_id,
        )
        data.customers[customer_id] = customer
        data.balances[customer_id] = FakeBalance(
            customer_id=customer_id,
            account_balance=Decimal("0.00"),
            consumption_credit=None,
            currency=customer.currency,
            dunning_level=None,
            in_debt_collection=False,
        )
        data.past_transactions[customer_id] = []
        data.upcoming_transactions[customer_id] = []
        bisect.insort(data._customer_ids, customer_id)
        self._changed("CUSTOMER_CREATED", customer_id, {})
        return customer

    def update_customer(self, customer_id: int, **fields: Any) -> FakeCustomer:
        """Change master data (names of :data:`UPDATABLE_FIELDS`; ``CUSTOMER_UPDATED``)."""
        unknown = set(fields) - UPDATABLE_FIELDS
        if unknown:
            raise TypeError(f"cannot update {', '.join(sorted(unknown))} of a customer")
        customer = self.data.customer(customer_id)
        for name, value in fields.items():
            setattr(customer, name, value)
        self._changed("CUSTOMER_UPDATED", customer_id, {})
        return customer

    def delete_customer(self, customer_id: int) -> FakeCustomer:
        """Remove a customer with its account (``CUSTOMER_DELETED``); the API has no such call."""
        data = self.data
        customer = data.customer(customer_id)
        del data.customers[customer_id]
        data.balances.pop(customer_id, None)
        data.past_transactions.pop(customer_id, None)
        data.upcoming_transactions.pop(customer_id, None)
        data._customer_ids.remove(customer_id)
        self._changed("CUSTOMER_DELETED", customer_id, {})
        return customer


# ---------------------------------------------------------------------- a mix of changes


@attrs.frozen
class ChangeSummary:
    """What :func:`change_tenant` changed (customer ids), each change one webhook or more."""

    created: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    deleted: tuple[int, ...] = ()
    #: Customers a payment was booked for (one per entry).
    paid: tuple[int, ...] = ()
    #: Customers whose main contract was canceled.
    canceled: tuple[int, ...] = ()
    #: Appointment bookings made (their events are not about a customer).
    bookings: tuple[int, ...] = ()

    def describe(self) -> str:
        return (
            f"{len(self.created)} customers created, {len(self.updated)} updated, "
            f"{len(self.deleted)} deleted, {len(self.paid)} payments booked, "
            f"{len(self.canceled)} contracts canceled, {len(self.bookings)} appointments booked"
        )


async def change_tenant(
    tenant: FakeTenant,
    client: AsyncClient,
    *,
    seed: int = 0,
    created: int = 0,
    updated: int = 0,
    deleted: int = 0,
    payments: int = 0,
    cancelations: int = 0,
    bookings: int = 0,
) -> ChangeSummary:
    """Change the tenant the way its users would, through the API where it has an
    operation (``createCustomer``, ``bookCustomerPayment``, a contract cancelation, an
    appointment booking) and directly where it has none (updating master data, deleting
    a customer). Customers are drawn from ``seed``; a payment settles a customer's open
    claims (so balances and transactions change), and some customers change twice.
    """
    rng = random.Random(f"{seed}|changes")
    data = tenant.data
    ids = sorted(data.customers)
    doomed = set(rng.sample(ids, min(deleted, len(ids))))
    alive = [i for i in ids if i not in doomed]
    owing = [i for i in alive if any(t.open_amount > 0 for t in data.past_transactions.get(i, []))]
    members = [i for i in alive if data.customers[i].status == "MEMBER"]

    made: list[int] = []
    for number in range(created):
        result = await client.customers.create_customer(
            {
                "firstName": rng.choice(("Ada", "Bruno", "Carla", "Dario")),
                "lastName": f"Newcomer{number}",
                "dateOfBirth": date(1990 + number % 20, 1 + number % 12, 1 + number % 28),
                "email": f"newcomer.{seed}.{number}@example.com",
                "street": "Hauptstraße",
                "houseNumber": str(1 + number),
                "language": {"languageCode": "de", "countryCode": "DE"},
                "city": "Berlin",
                "zipCode": "10115",
                "countryCode": "DE",
            }
        )
        made.append(result.customer_id)

    paid: list[int] = []
    for customer_id in rng.sample(owing, min(payments, len(owing))):
        claims = [t for t in data.past_transactions[customer_id] if t.open_amount > 0]
        claim = claims[0]
        await client.customers_account.book_customer_payment(
            customer_id,
            {
                "paymentRequestToken": f"pay-{seed}-{customer_id}-{len(paid)}",
                "amount": {"amount": claim.open_amount, "currency": claim.currency},
                "debtClaimIds": [claim.id],
            },
        )
        paid.append(customer_id)

    changed: list[int] = []
    # Half of them among the payers: two events about one customer, close together.
    twice = paid[: updated // 2]
    rest = [i for i in alive if i not in twice]
    for customer_id in twice + rng.sample(rest, min(updated - len(twice), len(rest))):
        tenant.changes.update_customer(
            customer_id, email=f"moved.{customer_id}@example.org", city="Potsdam"
        )
        changed.append(customer_id)

    canceled: list[int] = []
    if cancelations and members:
        reasons = await client.membership_self_service.get_contract_cancelation_reason_data()
        for customer_id in rng.sample(members, min(cancelations, len(members))):
            (contract, *_) = await client.membership_self_service.get_contract_data(customer_id)
            dates = contract.available_cancelation_dates or []
            if contract.id is None or not dates or contract.cancelation_status is not None:
                continue
            await client.membership_self_service.create_contract_cancelation_amendment(
                customer_id,
                {
                    "contractId": contract.id,
                    "cancelationDate": dates[0].isoformat(),
                    "cancelationReasonId": reasons[0].cancelation_reason_id,
                },
            )
            canceled.append(customer_id)

    booked: list[int] = []
    if bookings:
        booked = await _book_appointments(client, data, alive, bookings, rng)

    for customer_id in sorted(doomed):
        # Some are updated first: an update and a deletion that may arrive in any order.
        if rng.random() < 0.5:
            tenant.changes.update_customer(customer_id, city="Elsewhere")
        tenant.changes.delete_customer(customer_id)

    return ChangeSummary(
        created=tuple(made),
        updated=tuple(changed),
        deleted=tuple(sorted(doomed)),
        paid=tuple(paid),
        canceled=tuple(canceled),
        bookings=tuple(booked),
    )


async def _book_appointments(
    client: AsyncClient, data: TenantData, customers: list[int], wanted: int, rng: random.Random
) -> list[int]:
    """Up to ``wanted`` appointment bookings for random customers (a full slot is skipped)."""
    booked: list[int] = []
    tomorrow = datetime.now(TIMEZONE).date() + timedelta(days=1)
    appointments = sorted(data.bookable_appointments)
    for _ in range(wanted * 3):
        if len(booked) >= wanted or not appointments or not customers:
            break
        customer_id = rng.choice(customers)
        appointment_id = rng.choice(appointments)
        try:
            slots = await client.appointments.get_bookable_appointment_slots(
                appointment_id,
                customer_id=customer_id,
                days_ahead=3,
                slot_window_start_date=tomorrow,
            )
            if not slots:
                continue
            slot = rng.choice(slots)
            booking = await client.appointments.book_appointment_booking(
                {
                    "customerId": customer_id,
                    "bookableAppointmentId": appointment_id,
                    "startDateTime": slot.start_date_time,
                    "endDateTime": slot.end_date_time,
                }
            )
        except PerfectGymError:
            continue
        if booking.booking_id is not None:
            booked.append(booking.booking_id)
    return booked
