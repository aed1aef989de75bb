"""FakeTenant: the spec's operations over real HTTP, slicing, errors, faults, recording."""

from __future__ import annotations

import json
import re
import signal
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp
import anyio
import pytest
import yaml

from perfectgym_async import (
    APIConnectionError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    RetryClass,
    RetryPolicy,
    ServiceUnavailableError,
    models,
)
from perfectgym_async._request import PreparedRequest
from perfectgym_async.testing import FakeTenant, Faults
from perfectgym_async.types import format_datetime

if TYPE_CHECKING:
    # Imported for its type only: pytest must load the plugin itself (below) to
    # rewrite its asserts and register its fixtures.
    from perfectgym_async.testing.pytest_plugin import FakeTenantFactory

pytest_plugins = ["pytester", "perfectgym_async.testing.pytest_plugin"]

SPEC = Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml"
PAYMENT = "/v1/customers/{customerId}/account/payment"
BALANCES = "/v1/customers/{customerId}/account/balances"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
FAST = RetryPolicy(max_retries=6, initial_delay=0.01, max_delay=0.05)

LEAD = {
    "leadCustomer": {
        "firstname": "Max",
        "lastname": "Mustermann",
        "email": "max.mustermann@example.org",
        "gender": "MALE",
        "dateOfBirth": "2000-10-10",
    },
    "additionalInformation": [{"additionalFieldId": 1246357240, "values": ["Radio"]}],
    "notes": "Free trial",
}


@pytest.fixture
async def tenant(fake_tenant_factory: FakeTenantFactory) -> FakeTenant:
    return await fake_tenant_factory(customers=40, seed=3)


@pytest.fixture
async def client(tenant: FakeTenant) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(tenant.base_url, tenant.api_key, retry_policy=FAST) as client:
        yield client


def raw(path: str, query: tuple[tuple[str, str], ...] = (), method: str = "GET") -> PreparedRequest:
    """A request the SDK's argument checks would refuse to build."""
    return PreparedRequest(
        operation_id="raw",
        method=method,
        path_template=path,
        path=path,
        retry_class=RetryClass.SAFE,
        query=query,
    )


def customer_with_entries(tenant: FakeTenant, minimum: int) -> int:
    return next(
        cid for cid, entries in tenant.data.past_transactions.items() if len(entries) >= minimum
    )


def spec_operations() -> set[tuple[str, str]]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in {"get", "put", "post", "delete", "patch"}
    }


def test_serves_exactly_the_operations_of_the_spec() -> None:
    operations = FakeTenant(customers=1).operations
    assert len(operations) == len(set(operations)) == 134
    assert set(operations) == spec_operations()


def test_data_is_deterministic_from_the_seed() -> None:
    first, again, other = (FakeTenant(customers=30, seed=s).data for s in (5, 5, 6))
    assert first.customers == again.customers
    assert first.past_transactions == again.past_transactions
    assert first.balances == again.balances
    assert first.customers != other.customers
    ids = sorted(first.customers)
    # Ids leave gaps, so an id offset can never be mistaken for a position.
    assert ids[-1] - ids[0] > len(ids)


async def test_every_operation_answers_in_the_sdk_models(
    tenant: FakeTenant, client: AsyncClient
) -> None:
    customers = client.customers
    account = client.customers_account
    appointments = client.appointments
    leads = client.leads

    member = (await customers.get_customers(slice_size=50)).result[0]
    assert await customers.get_customer_by_id(member.id) == member

    stored = await customers.set_access_restriction(
        member.id, {"reason": "Damaged locker", "startDate": "2024-01-01", "endDate": "2024-01-31"}
    )
    assert stored == models.AccessRestriction(
        reason="Damaged locker", start_date=date(2024, 1, 1), end_date=date(2024, 1, 31)
    )
    restricted = await customers.get_customer_by_id(member.id)
    assert restricted.access_restrictions == [stored]
    await customers.delete_access_restriction(member.id)
    assert not (await customers.get_customer_by_id(member.id)).access_restrictions

    image = await customers.update_image(member.id, PNG, filename="me.png")
    assert image.image_url is not None
    async with aiohttp.ClientSession() as session, session.get(image.image_url) as download:
        assert download.status == 200
        assert await download.read() == PNG
    assert (await customers.get_customer_by_id(member.id)).image_url == image.image_url

    truth = tenant.data.balances[member.id]
    balance = await account.get_customers_account_balance_data(member.id)
    assert balance.account_balance == models.Money(amount=truth.account_balance, currency="EUR")
    past = await account.get_customers_account_transaction_data(member.id, slice_size=50)
    upcoming = await account.get_customers_account_upcoming_data(member.id, slice_size=50)
    assert [e.id for e in past.result] == [t.id for t in tenant.data.past_transactions[member.id]]
    assert [e.id for e in upcoming.result] == [
        t.id for t in tenant.data.upcoming_transactions[member.id]
    ]
    assert (
        await account.book_customer_payment(
            member.id,
            {"paymentRequestToken": "tok", "amount": {"amount": "12.50", "currency": "EUR"}},
        )
        == models.BookCustomerPaymentResponse()
    )
    paid = await account.get_customers_account_balance_data(member.id)
    assert balance.account_balance is not None and paid.account_balance is not None
    assert paid.account_balance.amount == balance.account_balance.amount + Decimal("12.50")
    assert paid.account_balance.amount == truth.account_balance
    assert (
        await account.update_customer_payment_instrument(
            member.id, {"paymentRequestToken": "tok-2"}
        )
        == models.UpdateCustomerPaymentInstrumentResponseDto()
    )
    assert tenant.data.customers[member.id].payment_instrument_token == "tok-2"

    config = await leads.get_lead_config()
    assert config.date_of_birth_mode == models.InputFieldMode.MANDATORY
    assert (await leads.validate_for_lead_creation(LEAD)).status == "POSSIBLE"
    lead = await leads.create_lead(LEAD)
    prospect = await customers.get_customer_by_id(lead.customer_id)
    assert prospect.status == models.CustomerStatus.PROSPECT
    assert (await leads.validate_for_lead_creation(LEAD)).status == "DUPLICATE_CUSTOMER"

    bookable = (await appointments.get_bookable_appointments(slice_size=10)).result[0]
    assert await appointments.get_bookable_appointment(bookable.id) == bookable
    tomorrow = date.today() + timedelta(days=1)
    slots = await appointments.get_bookable_appointment_slots(
        bookable.id, customer_id=member.id, days_ahead=2, slot_window_start_date=tomorrow
    )
    slot = slots[0]
    assert slot.start_date_time is not None and slot.end_date_time is not None
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:00:00\.000\+0[12]:00\[Europe/Berlin\]",
        format_datetime(slot.start_date_time),
    )
    request = models.AppointmentBookingRequest(
        customer_id=member.id,
        bookable_appointment_id=bookable.id,
        start_date_time=slot.start_date_time,
        end_date_time=slot.end_date_time,
    )
    validation = await appointments.validate_for_appointment_booking(request)
    assert validation.validation_status == "AVAILABLE"
    booked = await appointments.book_appointment_booking(request)
    assert booked.booking_status == models.AppointmentBookingStatus.BOOKED
    fetched = await appointments.get_appointment_booking(booked.booking_id)
    assert (fetched.customer_id, fetched.start_date_time) == (member.id, slot.start_date_time)
    listed = await appointments.get_appointment_bookings(customer_id=member.id)
    assert [b.booking_id for b in listed] == [booked.booking_id]
    await appointments.delete_appointment_booking(booked.booking_id)
    cancelled = await appointments.get_appointment_booking(booked.booking_id)
    assert cancelled.booking_status == models.AppointmentBookingStatus.CANCELED

    served = {(r.method, r.path_template) for r in tenant.requests if r.status == 200}
    # All 21 hand-written operations answered; test_all_operations.py calls every other one.
    assert len(served & set(tenant.operations)) == 21


async def test_money_goes_out_with_exactly_two_decimals(tenant: FakeTenant) -> None:
    customer_id = customer_with_entries(tenant, 5)
    headers = {"X-API-KEY": tenant.api_key}
    url = f"{tenant.base_url}/v1/customers/{customer_id}/account/transactions?sliceSize=50"
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as response:
        text = await response.text()
    amounts = re.findall(r'"amount":(-?[0-9.eE+]+)', text)
    assert amounts and all(re.fullmatch(r"-?\d+\.\d\d", a) for a in amounts)
    entries = json.loads(text, parse_float=Decimal)["result"]
    truth = tenant.data.past_transactions[customer_id]
    assert [e["amount"]["amount"] for e in entries] == [t.amount for t in truth]
    assert [str(e["amount"]["amount"]) for e in entries] == [str(t.amount) for t in truth]


async def test_customers_are_sliced_by_id(tenant: FakeTenant, client: AsyncClient) -> None:
    members = sorted(c.id for c in tenant.data.customers.values() if c.status == "MEMBER")
    first = await client.customers.get_customers()
    assert first.has_next is False and [c.id for c in first.result] == members  # default 100

    walked: list[int] = []
    offset: str | None = None
    while True:
        page = await client.customers.get_customers(slice_size=50, offset=offset)
        walked.extend(c.id for c in page.result)
        # The offset is the last item's id; the next slice starts after it.
        assert page.offset == str(page.result[-1].id)
        if not page.has_next:
            break
        offset = page.offset
    assert walked == members

    middle = members[len(members) // 2]
    after = await client.customers.get_customers(offset=str(middle), slice_size=50)
    assert [c.id for c in after.result] == [m for m in members if m > middle]
    legacy = await client.customers.get_customers(last_offset_id=middle, slice_size=50)
    assert legacy.result == after.result

    prospects = [c async for c in client.customers.iter_customers(customer_status="PROSPECT")]
    assert {c.id for c in prospects} == {
        c.id for c in tenant.data.customers.values() if c.status == "PROSPECT"
    }


async def test_bookable_appointments_are_sliced_by_id(
    tenant: FakeTenant, client: AsyncClient
) -> None:
    ids = sorted(tenant.data.bookable_appointments)
    page = await client.appointments.get_bookable_appointments(slice_size=10)
    assert [a.id for a in page.result] == ids[:10]
    assert page.offset == str(ids[9]) and page.has_next
    rest = await client.appointments.get_bookable_appointments(slice_size=100, offset=page.offset)
    assert [a.id for a in rest.result] == ids[10:] and not rest.has_next
    walked = [a.id async for a in client.appointments.iter_bookable_appointments(slice_size=10)]
    assert walked == ids


async def test_transactions_are_sliced_by_position(tenant: FakeTenant, client: AsyncClient) -> None:
    customer_id = customer_with_entries(tenant, 7)
    truth = [t.id for t in tenant.data.past_transactions[customer_id]]
    account = client.customers_account
    first = await account.get_customers_account_transaction_data(customer_id, slice_size=3)
    assert (first.offset, first.has_next) == ("3", True)
    second = await account.get_customers_account_transaction_data(
        customer_id, slice_size=3, offset=first.offset
    )
    assert second.offset == "6"
    assert [e.id for e in first.result + second.result] == truth[:6]
    walked = [
        e.id
        async for e in account.iter_customers_account_transaction_data(customer_id, slice_size=4)
    ]
    assert walked == truth
    last = await account.get_customers_account_transaction_data(
        customer_id, slice_size=50, offset=len(truth) - 1
    )
    assert [e.id for e in last.result] == truth[-1:] and not last.has_next


@pytest.mark.parametrize(
    ("path", "size"),
    [
        ("/v1/customers", "49"),
        ("/v1/customers", "501"),
        ("/v1/appointments/bookable", "9"),
        ("/v1/appointments/bookable", "101"),
        ("/v1/customers/{id}/account/transactions", "0"),
        ("/v1/customers/{id}/account/transactions/upcoming", "51"),
        ("/v1/customers", "ten"),
    ],
)
async def test_slice_sizes_outside_the_spec_are_400(
    tenant: FakeTenant, client: AsyncClient, path: str, size: str
) -> None:
    path = path.replace("{id}", str(next(iter(tenant.data.customers))))
    with pytest.raises(BadRequestError) as caught:
        await client.send(raw(path, (("sliceSize", size),)))
    assert caught.value.reference == "sliceSize"
    assert caught.value.error_code == "VALIDATION_ERROR"
    assert caught.value.trace_id


async def test_head_checks_only_the_key_on_any_served_path(tenant: FakeTenant) -> None:
    # No existence check (customer 1 does not exist), but a path no operation has is 404.
    paths = ["/v1/customers", "/v1/customers/1", "/v1/memberships/1/self-service/contract-data"]
    async with aiohttp.ClientSession() as session:
        for path in [*paths, "/no/such/path"]:
            served = path in paths
            for key, status in ((tenant.api_key, 200 if served else 404), ("x", 401), (None, 401)):
                headers = {"X-API-KEY": key} if key else {}
                async with session.head(tenant.base_url + path, headers=headers) as response:
                    assert response.status == status, (path, key)
    async with AsyncClient(tenant.base_url, tenant.api_key) as good:
        assert await good.validate_api_key() is True
    async with AsyncClient(tenant.base_url, "not-the-key") as bad:
        assert await bad.validate_api_key() is False


async def test_a_wrong_key_is_401_with_the_error_body(tenant: FakeTenant) -> None:
    customer_id = next(iter(tenant.data.customers))
    async with AsyncClient(tenant.base_url, "not-the-key", retry_policy=FAST) as client:
        calls: list[Callable[[], Awaitable[Any]]] = [
            lambda: client.customers.get_customers(),
            lambda: client.customers_account.get_customers_account_balance_data(customer_id),
            lambda: client.leads.create_lead(LEAD),
            lambda: client.send(raw("/no/such/path")),
        ]
        for call in calls:
            with pytest.raises(AuthenticationError) as caught:
                await call()
            assert caught.value.error_code == "UNAUTHORIZED"
            assert caught.value.error_message and caught.value.trace_id
    assert not tenant.data.leads


async def test_validation_errors_name_the_field(tenant: FakeTenant, client: AsyncClient) -> None:
    customer_id = next(iter(tenant.data.customers))
    account = client.customers_account
    cases: list[tuple[Callable[[], Awaitable[Any]], str]] = [
        (
            lambda: client.customers.set_access_restriction(
                customer_id, {"reason": "x", "startDate": "2024-01-01"}
            ),
            "endDate",
        ),
        (
            lambda: account.book_customer_payment(
                customer_id,
                {"paymentRequestToken": "t", "amount": {"amount": "1.234", "currency": "EUR"}},
            ),
            "amount.amount",
        ),
        (
            lambda: account.book_customer_payment(
                customer_id,
                {"paymentRequestToken": "t", "amount": {"amount": "5", "currency": "USD"}},
            ),
            "amount.currency",
        ),
        (
            lambda: client.leads.create_lead(
                {"leadCustomer": {"firstname": "A", "lastname": "B", "email": "no-at-sign"}}
            ),
            "leadCustomer.email",
        ),
        (lambda: client.send(raw("/v1/appointments/booking")), "customerId"),
        (lambda: client.send(raw("/v1/customers/abc")), "customerId"),
        (
            lambda: client.send(raw("/v1/customers", (("customerStatus", "FORMER"),))),
            "customerStatus",
        ),
    ]
    for call, reference in cases:
        with pytest.raises(BadRequestError) as caught:
            await call()
        assert caught.value.reference == reference
    assert not tenant.data.payments and not tenant.data.leads


async def test_unknown_ids_are_404(client: AsyncClient) -> None:
    calls: list[Callable[[], Awaitable[Any]]] = [
        lambda: client.customers.get_customer_by_id(1),
        lambda: client.customers_account.get_customers_account_balance_data(1),
        lambda: client.customers_account.get_customers_account_transaction_data(1),
        lambda: client.appointments.get_bookable_appointment(1),
        lambda: client.appointments.get_appointment_booking(1),
        lambda: client.appointments.delete_appointment_booking(1),
        lambda: client.send(raw("/v1/no/such/operation")),
    ]
    for call in calls:
        with pytest.raises(NotFoundError) as caught:
            await call()
        assert caught.value.error_code == "ENTITY_NOT_FOUND"


async def test_an_unserved_method_is_405_with_the_error_body(tenant: FakeTenant) -> None:
    headers = {"X-API-KEY": tenant.api_key}
    url = f"{tenant.base_url}/v1/customers"
    async with aiohttp.ClientSession() as session, session.patch(url, headers=headers) as response:
        assert response.status == 405
        assert response.headers["Allow"] == "GET"
        assert response.content_type == "application/json"
        body = await response.json()
    assert body["errorCode"] == "METHOD_NOT_ALLOWED" and body["traceId"]


async def test_booking_the_same_slot_twice_is_409(tenant: FakeTenant, client: AsyncClient) -> None:
    customer_id = next(iter(tenant.data.customers))
    appointment = next(iter(tenant.data.bookable_appointments.values()))
    appointment.capacity = 3  # room for a second booking, so only the duplicate check refuses
    slots = await client.appointments.get_bookable_appointment_slots(
        appointment.id, days_ahead=2, slot_window_start_date=date.today() + timedelta(days=1)
    )
    request = {
        "customerId": customer_id,
        "bookableAppointmentId": appointment.id,
        "startDateTime": slots[0].start_date_time,
        "endDateTime": slots[0].end_date_time,
    }
    first = await client.appointments.book_appointment_booking(request)
    with pytest.raises(ConflictError) as caught:
        await client.appointments.book_appointment_booking(request)
    assert caught.value.status == 409 and caught.value.error_code == "DOUBLE_BOOKING"
    active = [b for b in tenant.data.bookings.values() if b.active]
    assert [b.id for b in active] == [first.booking_id]
    await client.appointments.delete_appointment_booking(first.booking_id)
    again = await client.appointments.book_appointment_booking(request)
    assert again.booking_id != first.booking_id


async def test_rate_limit_answers_429_for_the_rest_of_the_window(tenant: FakeTenant) -> None:
    tenant.faults = Faults(rate_limit=3, rate_limit_window=30.0)
    customer_id = next(iter(tenant.data.customers))
    async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0, rate_limit=None) as c:
        for _ in range(3):
            await c.customers.get_customers()
        for _ in range(2):
            with pytest.raises(RateLimitError) as caught:
                await c.customers.get_customers()
            assert caught.value.retry_after is not None and 1 <= caught.value.retry_after <= 30
        # Each endpoint has its own budget.
        await c.customers_account.get_customers_account_balance_data(customer_id)
        # The HEAD key check is not rate limited unless asked.
        for _ in range(5):
            assert await c.validate_api_key()
    assert tenant.count("GET", "/v1/customers", status=429) == 2


async def test_rate_limit_without_retry_after(tenant: FakeTenant) -> None:
    tenant.faults = Faults(rate_limit=1, rate_limit_window=30.0, retry_after=False)
    async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0, rate_limit=None) as c:
        await c.leads.get_lead_config()
        with pytest.raises(RateLimitError) as caught:
            await c.leads.get_lead_config()
    assert caught.value.retry_after is None
    assert tenant.requests[-1].fault == "429"


async def test_throttle_answers_429_within_the_limit(tenant: FakeTenant) -> None:
    # Other integrations spent the shared budget: a 429 although this client sent little.
    tenant.faults = Faults(throttle=1.0, rate_limit_window=5.0, paths={"/v1/leads/config"})
    async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0, rate_limit=None) as c:
        with pytest.raises(RateLimitError) as caught:
            await c.leads.get_lead_config()
        await c.customers.get_customers()  # other endpoints are untouched
    assert caught.value.retry_after is not None and 1 <= caught.value.retry_after <= 5
    assert tenant.count("GET", "/v1/leads/config", status=429) == 1


async def test_503_is_the_documented_error_and_retried(tenant: FakeTenant) -> None:
    tenant.faults = Faults(unavailable=1.0)
    async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0) as c:
        with pytest.raises(ServiceUnavailableError) as caught:
            await c.leads.get_lead_config()
    assert caught.value.error_code == "SERVICE_UNAVAILABLE"

    tenant.faults = Faults(unavailable=0.5)
    async with AsyncClient(tenant.base_url, tenant.api_key, retry_policy=FAST) as c:
        walked = [x async for x in c.customers.iter_customers(slice_size=50)]
    assert len(walked) == sum(1 for x in tenant.data.customers.values() if x.status == "MEMBER")
    assert tenant.count("GET", "/v1/customers", status=503) >= 1


@pytest.mark.parametrize("kind", ["drop", "truncate"])
async def test_broken_connections_reach_the_sdk(tenant: FakeTenant, kind: str) -> None:
    tenant.faults = Faults(drop=1.0) if kind == "drop" else Faults(truncate=1.0)
    async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0) as c:
        with pytest.raises(APIConnectionError) as caught:
            await c.customers.get_customers()
        assert caught.value.sent is True
        assert await c.validate_api_key()  # the key check stays untouched
    record = tenant.find("GET", "/v1/customers")[-1]
    assert record.fault == kind
    assert record.status == (None if kind == "drop" else 200)


async def test_faults_reach_the_head_check_only_when_asked(tenant: FakeTenant) -> None:
    tenant.faults = Faults(unavailable=1.0, include_head=True, methods={"HEAD"})
    async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0) as c:
        with pytest.raises(ServiceUnavailableError):
            await c.validate_api_key()
        await c.customers.get_customers()  # GET is not in `methods`


@pytest.mark.parametrize("kind", ["drop", "503"])
async def test_a_failed_payment_is_neither_resent_nor_applied(
    tenant: FakeTenant, kind: str
) -> None:
    customer_id = next(iter(tenant.data.customers))
    before = tenant.data.balances[customer_id].account_balance
    if kind == "drop":
        tenant.faults = Faults(paths={PAYMENT}, drop=1.0)
    else:
        tenant.faults = Faults(paths={PAYMENT}, unavailable=1.0)
    body = {"paymentRequestToken": "tok", "amount": {"amount": "10.00", "currency": "EUR"}}
    async with AsyncClient(tenant.base_url, tenant.api_key) as c:  # default retries
        with pytest.raises((APIConnectionError, ServiceUnavailableError)):
            await c.customers_account.book_customer_payment(customer_id, body)
    assert tenant.count("POST", PAYMENT, customerId=customer_id) == 1
    assert tenant.data.balances[customer_id].account_balance == before
    assert tenant.data.payments == []


async def test_a_payment_can_fail_after_it_was_applied(tenant: FakeTenant) -> None:
    customer_id = next(iter(tenant.data.customers))
    before = tenant.data.balances[customer_id].account_balance
    tenant.faults = Faults(paths={PAYMENT}, drop=1.0, state_change="after")
    body = {"paymentRequestToken": "tok", "amount": {"amount": "10.00", "currency": "EUR"}}
    async with AsyncClient(tenant.base_url, tenant.api_key) as c:
        with pytest.raises(APIConnectionError):
            await c.customers_account.book_customer_payment(customer_id, body)
    assert tenant.count("POST", PAYMENT) == 1
    assert [p.amount for p in tenant.data.payments] == [Decimal("10.00")]
    assert tenant.data.balances[customer_id].account_balance == before + Decimal("10.00")


async def test_fault_draws_repeat_for_the_same_seed(fake_tenant_factory: FakeTenantFactory) -> None:
    async def outcomes(seed: int) -> list[str]:
        tenant = await fake_tenant_factory(
            customers=5, seed=seed, faults=Faults(unavailable=0.3, drop=0.2)
        )
        result = []
        async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0) as c:
            for _ in range(40):
                try:
                    await c.leads.get_lead_config()
                    result.append("ok")
                except ServiceUnavailableError:
                    result.append("503")
                except APIConnectionError:
                    result.append("drop")
        return result

    first = await outcomes(11)
    assert first == await outcomes(11)
    assert first != await outcomes(12)
    assert {"ok", "503", "drop"} == set(first)


async def test_latency_is_added(tenant: FakeTenant, client: AsyncClient) -> None:
    tenant.faults = Faults(latency=0.2)
    started = time.monotonic()
    await client.leads.get_lead_config()
    assert time.monotonic() - started >= 0.2


async def test_requests_are_recorded_without_the_key(
    tenant: FakeTenant, client: AsyncClient
) -> None:
    customer_id = next(iter(tenant.data.customers))
    body = {"paymentRequestToken": "tok", "amount": {"amount": "3.10", "currency": "EUR"}}
    await client.customers_account.book_customer_payment(customer_id, body)
    await client.customers_account.get_customers_account_transaction_data(
        customer_id, slice_size=5, offset=5
    )
    payment, listing = tenant.requests[-2:]
    assert payment.method == "POST" and payment.path_template == PAYMENT
    assert payment.path == f"/v1/customers/{customer_id}/account/payment"
    assert payment.params == {"customerId": str(customer_id)}
    assert b'"amount":3.10' in payment.body
    assert json.loads(payment.body, parse_float=Decimal) == {
        "paymentRequestToken": "tok",
        "amount": {"amount": Decimal("3.10"), "currency": "EUR"},
    }
    assert payment.headers["Content-Type"] == "application/json"
    assert payment.status == 200
    assert listing.query == (("sliceSize", "5"), ("offset", "5"))
    assert all("X-API-KEY" not in r.headers for r in tenant.requests)
    assert all(tenant.api_key.encode() not in r.body for r in tenant.requests)
    assert tenant.count("POST", PAYMENT) == 1
    assert tenant.count("POST", PAYMENT, customerId=customer_id) == 1
    assert tenant.count("POST", PAYMENT, customerId=customer_id + 1) == 0
    assert tenant.count("GET", BALANCES) == 0


@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_pytest_plugin_fixtures(pytester: pytest.Pytester, mode: str) -> None:
    pytester.makeconftest('pytest_plugins = ["perfectgym_async.testing.pytest_plugin"]')
    pytester.makepyfile(
        """
        import pytest
        from perfectgym_async import AsyncClient
        from perfectgym_async.testing import Faults

        @pytest.mark.asyncio
        async def test_fixture(fake_tenant):
            async with AsyncClient(fake_tenant.base_url, fake_tenant.api_key) as client:
                assert await client.validate_api_key()
                customers = [c async for c in client.customers.iter_customers()]
            assert len(fake_tenant.data.customers) == 50
            assert customers

        @pytest.mark.asyncio
        async def test_factory(fake_tenant_factory):
            one = await fake_tenant_factory(customers=3, seed=1)
            two = await fake_tenant_factory(customers=4, faults=Faults(unavailable=1.0))
            assert one.base_url != two.base_url
            assert len(two.data.customers) == 4
        """
    )
    result = pytester.runpytest_subprocess(
        "-W",
        "error",
        "-p",
        "no:cacheprovider",
        "-o",
        f"asyncio_mode={mode}",
        "-o",
        "asyncio_default_fixture_loop_scope=function",
    )
    result.assert_outcomes(passed=2)


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
async def test_runs_as_a_command_until_ctrl_c() -> None:
    command = [sys.executable, "-m", "perfectgym_async", "fake-tenant", "--port", "0"]
    command += ["--customers", "7", "--seed", "4"]
    async with await anyio.open_process(command) as process:
        assert process.stdout is not None and process.stderr is not None
        lines = b""
        with anyio.fail_after(20):
            while lines.count(b"\n") < 3:
                lines += await process.stdout.receive()
        found = dict(re.findall(r"(fake tenant|API key): +(\S+)", lines.decode()))
        base_url, api_key = found["fake tenant"], found["API key"]
        assert api_key == FakeTenant(customers=7, seed=4).api_key
        async with AsyncClient(base_url, api_key) as client:
            page = await client.customers.get_customers(customer_status="MEMBER")
            prospects = await client.customers.get_customers(customer_status="PROSPECT")
        assert len(page.result) + len(prospects.result) == 7
        process.send_signal(signal.SIGINT)
        with anyio.fail_after(10):
            assert await process.wait() == 0
        stderr = b""
        async for chunk in process.stderr:
            stderr += chunk
    assert b"Traceback" not in stderr


def test_serves_blocking_callers_from_a_thread() -> None:
    async def use(tenant: FakeTenant) -> int:
        async with AsyncClient(tenant.base_url, tenant.api_key) as client:
            return len((await client.customers.get_customers()).result)

    tenant = FakeTenant(customers=12, seed=2)
    with tenant.serve_in_thread() as running:
        members = anyio.run(use, running)  # a separate event loop in this thread
    assert members == sum(1 for c in tenant.data.customers.values() if c.status == "MEMBER")
    assert tenant.count("GET", "/v1/customers", status=200) == 1
    with pytest.raises(RuntimeError, match="not running"):
        tenant.base_url  # noqa: B018
