"""The fake tenant's spec engine: validation, unknown paths, answers, slicing, and the
stateful flows end to end, each through ``AsyncClient`` and through the blocking ``Client``."""

from __future__ import annotations

import email.policy
import json
from collections.abc import AsyncIterator, Iterator
from datetime import date, timedelta
from email import message_from_bytes
from typing import Any

import aiohttp
import pytest

from perfectgym_async import (
    APIConnectionError,
    AsyncClient,
    BadRequestError,
    Client,
    ConflictError,
    NotFoundError,
    ServiceUnavailableError,
    models,
)
from perfectgym_async.testing import FakeTenant, Faults
from perfectgym_async.testing._spec import load_spec
from perfectgym_async.testing._state import CONTRACT_OFFSET, add_months

PDF = b"%PDF-1.4\n% proof of illness\n" + bytes(range(256)) * 4
REASON = 1000  # the cancelation reason of the documented example


@pytest.fixture(scope="module")
def tenant() -> Iterator[FakeTenant]:
    with FakeTenant(customers=30, seed=5, appointments=3).serve_in_thread() as running:
        yield running


@pytest.fixture(scope="module")
def members(tenant: FakeTenant) -> Iterator[int]:
    return iter(sorted(c.id for c in tenant.data.customers.values() if c.status == "MEMBER"))


@pytest.fixture
def customer(members: Iterator[int]) -> int:
    """A member no other test of this module touches."""
    return next(members)


def last_member(tenant: FakeTenant) -> int:
    """The member with the highest id: far down the ``members`` queue the flows take from."""
    return max(c.id for c in tenant.data.customers.values() if c.status == "MEMBER")


class Driver:
    """Calls one client's namespaces the same way, whether it is async or blocking."""

    def __init__(self, client: AsyncClient | Client) -> None:
        self.client = client

    async def __call__(self, namespace: str, name: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(getattr(self.client, namespace), name)(*args, **kwargs)
        return await result if isinstance(self.client, AsyncClient) else result

    async def collect(self, namespace: str, name: str, *args: Any, **kwargs: Any) -> list[Any]:
        walker = getattr(getattr(self.client, namespace), name)(*args, **kwargs)
        if isinstance(self.client, AsyncClient):
            return [item async for item in walker]
        return list(walker)


@pytest.fixture(params=["async", "sync"])
async def call(request: pytest.FixtureRequest, tenant: FakeTenant) -> AsyncIterator[Driver]:
    if request.param == "async":
        async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0) as client:
            yield Driver(client)
    else:
        # The tenant serves from its own thread, so blocking calls from here are fine.
        with Client(tenant.base_url, tenant.api_key, max_retries=0) as sync_client:
            yield Driver(sync_client)


async def raw(
    tenant: FakeTenant,
    method: str,
    path: str,
    *,
    body: Any = None,
    data: bytes | aiohttp.FormData | None = None,
    key: bool = True,
) -> tuple[int, Any]:
    """A request the SDK would refuse to send; (status, decoded JSON body or raw bytes)."""
    headers = {"X-API-KEY": tenant.api_key} if key else {}
    async with (
        aiohttp.ClientSession() as session,
        session.request(
            method, tenant.base_url + path, json=body, data=data, headers=headers
        ) as response,
    ):
        payload = await response.read()
        if response.content_type == "application/json" and payload:
            return response.status, json.loads(payload)
        return response.status, payload


# ---------------------------------------------------------------- flows, through both clients


async def test_contract_cancelation_shows_on_the_contract_and_can_be_withdrawn(
    call: Driver, customer: int, tenant: FakeTenant
) -> None:
    (contract,) = await call("membership_self_service", "get_contract_data", customer)
    assert contract.id == customer + CONTRACT_OFFSET
    assert contract.cancelation_status is None and contract.cancelation_date is None
    assert contract.available_cancelation_dates
    (reason,) = await call("membership_self_service", "get_contract_cancelation_reason_data")
    request = {
        "cancelationDate": contract.available_cancelation_dates[0].isoformat(),
        "cancelationReasonId": reason.cancelation_reason_id,
        "contractId": contract.id,
    }
    done = await call(
        "membership_self_service", "create_contract_cancelation_amendment", customer, request
    )
    assert done.success == "true"

    (canceled,) = await call("membership_self_service", "get_contract_data", customer)
    assert canceled.cancelation_status == "PENDING_VERIFICATION"
    assert canceled.cancelation_date == contract.available_cancelation_dates[0]
    assert canceled.cancelation_reason == reason.cancelation_reason_name
    (listed,) = await call("customers", "get_customers_contracts", customer)
    assert listed.cancellation_date == contract.available_cancelation_dates[0]
    with pytest.raises(ConflictError):
        await call(
            "membership_self_service", "create_contract_cancelation_amendment", customer, request
        )

    await call("membership_self_service", "withdraw_contract_cancelation", customer, contract.id)
    (withdrawn,) = await call("membership_self_service", "get_contract_data", customer)
    assert withdrawn.cancelation_status is None and withdrawn.cancelation_date is None
    assert withdrawn.cancelation_reason is None
    with pytest.raises(ConflictError):
        await call(
            "membership_self_service", "withdraw_contract_cancelation", customer, contract.id
        )
    with pytest.raises(NotFoundError) as caught:  # not this customer's contract
        await call(
            "membership_self_service",
            "create_contract_cancelation_amendment",
            customer,
            {**request, "contractId": contract.id + 1},
        )
    assert caught.value.reference == "contractId"

    # Once the studio verified a cancelation, withdrawing it waits for the studio in turn.
    await call(
        "membership_self_service", "create_contract_cancelation_amendment", customer, request
    )
    tenant.state.verify_contract_cancelation(contract.id)
    (verified,) = await call("customers", "get_customers_contracts", customer)
    assert verified.cancelled is True
    await call("membership_self_service", "withdraw_contract_cancelation", customer, contract.id)
    (reverting,) = await call("membership_self_service", "get_contract_data", customer)
    assert reverting.cancelation_status == "PENDING_WITHDRAWAL_VERIFICATION"
    with pytest.raises(ConflictError):
        await call(
            "membership_self_service", "withdraw_contract_cancelation", customer, contract.id
        )


async def test_idle_period_is_created_previewed_updated_and_withdrawn(
    call: Driver, customer: int, tenant: FakeTenant
) -> None:
    ns = "membership_self_service"
    contract = customer + CONTRACT_OFFSET
    config = await call(ns, "get_idle_period_config", contract)
    assert config.first_possible_start_date > date.today() - timedelta(days=1)
    illness = next(r for r in config.idle_period_reasons if r.document_required)
    start = config.first_possible_start_date + timedelta(days=7)
    request = {"startDate": start.isoformat(), "temporalUnit": "WEEK", "termValue": 2}
    checked = await call(ns, "validate_idle_period_request", contract, request)
    assert checked.validation_status == "IDLEPERIOD_CREATABLE"

    data = {**request, "reasonId": illness.id}
    with pytest.raises(BadRequestError) as caught:
        await call(ns, "create_idle_period_amendment", contract, data)
    assert caught.value.reference == "document"
    created = await call(
        ns, "create_idle_period_amendment", contract, data, PDF, filename="sick-note.pdf"
    )
    assert (created.start_date, created.end_date) == (start, start + timedelta(days=13))
    assert created.state == "PENDING_VERIFICATION"
    assert created.idle_period_reason.id == illness.id and created.reason == illness.name
    assert created.document_url is not None
    assert created.document_url.startswith(tenant.base_url + "/files/idle-periods/")
    async with aiohttp.ClientSession() as session, session.get(created.document_url) as proof:
        assert await proof.read() == PDF

    lists = await call(ns, "get_idle_periods", contract)
    assert [p.id for p in lists.current_and_upcoming_idle_periods] == [created.id]
    assert await call(ns, "get_idle_period_by_id", contract, created.id) == created
    overlapping = await call(ns, "validate_idle_period_request", contract, request)
    assert overlapping.validation_status == "IDLEPERIOD_OVERLAPPING"

    longer = {**data, "termValue": 3}
    preview = await call(ns, "idle_period_update_preview", contract, created.id, longer)
    assert preview.validation_status == "IDLEPERIOD_UPDATABLE"
    updated = await call(ns, "update_idle_period", contract, created.id, longer)
    assert updated.end_date == start + timedelta(days=20)
    assert updated.document_url == created.document_url  # the proof stays
    fetched = await call(ns, "get_idle_period_by_id", contract, created.id)
    assert fetched.end_date == updated.end_date
    shorter = {"startDate": start.isoformat(), "endDate": str(start + timedelta(days=3))}
    shortened = await call(
        ns, "update_idle_period", contract, created.id, {**shorter, "reasonId": illness.id}
    )
    assert shortened.end_date == start + timedelta(days=3)

    withdrawn = await call(ns, "withdraw_idle_period", contract, created.id)
    assert withdrawn.success == "true"
    lists = await call(ns, "get_idle_periods", contract)
    assert created.id not in [p.id for p in lists.current_and_upcoming_idle_periods]
    with pytest.raises(NotFoundError) as missing:
        await call(ns, "get_idle_period_by_id", contract, created.id)
    assert missing.value.reference == "idlePeriodId"


async def test_additional_module_is_purchased_then_canceled(call: Driver, customer: int) -> None:
    ns = "membership_self_service"
    contract = customer + CONTRACT_OFFSET
    (module,) = await call(ns, "get_purchasable_additional_modules", contract)
    frequency = module.payment_frequencies[0]
    request = {
        "additionalModuleId": module.id,
        "paymentFrequencyId": frequency.id,
        "bookTrialPeriod": False,
    }
    status = await call(ns, "validate_additional_module_contract_request", contract, request)
    assert status.validation_status == "ADDITIONAL_MODULE_PURCHASABLE"
    bought = await call(ns, "purchase_additional_module_contract", contract, request)
    assert await call(ns, "get_purchasable_additional_modules", contract) == []
    status = await call(ns, "validate_additional_module_contract_request", contract, request)
    assert status.validation_status == "ADDITIONAL_MODULE_CONTRACT_ALREADY_PURCHASED"
    with pytest.raises(ConflictError):
        await call(ns, "purchase_additional_module_contract", contract, request)

    module_contract = await call(ns, "get_additional_module_contract", contract, bought.id)
    assert module_contract.name == module.name
    assert module_contract.contract_cancelation_status is None
    assert module_contract.contract_cancelation_can_be_withdrawn is False
    (main,) = await call("customers", "get_customers_contracts", customer)
    assert main.module_contracts is not None
    assert [(m.id, m.cancellation_date) for m in main.module_contracts] == [(bought.id, None)]

    day = module_contract.available_cancelation_dates[0]
    amendment = {"cancelationDate": day.isoformat(), "cancelationReasonId": REASON}
    await call(ns, "create_module_contract_cancelation_amendment", contract, bought.id, amendment)
    canceled = await call(ns, "get_additional_module_contract", contract, bought.id)
    assert canceled.contract_cancelation_status == "PENDING_VERIFICATION"
    assert canceled.cancelation_date == day
    assert canceled.contract_cancelation_can_be_withdrawn is True
    (main,) = await call("customers", "get_customers_contracts", customer)
    assert main.module_contracts is not None
    assert [m.cancellation_date for m in main.module_contracts] == [day]

    await call(ns, "withdraw_additional_module_contract_cancelation", contract, bought.id)
    kept = await call(ns, "get_additional_module_contract", contract, bought.id)
    assert kept.contract_cancelation_status is None and kept.cancelation_date is None
    with pytest.raises(NotFoundError):
        await call(ns, "get_additional_module_contract", contract + 1, bought.id)


async def test_a_benefit_use_lowers_what_is_left(
    call: Driver, customer: int, tenant: FakeTenant
) -> None:
    left = tenant.state.benefits(customer)["BENEFIT_KEY"]
    assert left >= 2
    card = str(tenant.data.customers[customer].card_number)
    benefits = await call("customers", "get_benefits", customer)
    assert {b.key for b in benefits} == set(tenant.state.benefits(customer))
    for remaining in range(left - 1, -1, -1):
        assert await call("customers", "use_benefit", customer, "BENEFIT_KEY") is None
        assert tenant.state.benefits(customer)["BENEFIT_KEY"] == remaining
        (checked,) = await call("customers", "get_benefits", customer, key=["BENEFIT_KEY"])
        assert checked.valid is (remaining > 0)
    with pytest.raises(ConflictError):
        await call("customers", "use_benefit", customer, "BENEFIT_KEY")
    by_card = await call(
        "customers", "get_benefits_by_card_number", card_number=card, key=["BENEFIT_KEY", "NONE"]
    )
    assert [(b.key, b.valid) for b in by_card] == [("BENEFIT_KEY", False), ("NONE", False)]
    with pytest.raises(NotFoundError) as caught:
        await call("customers", "use_benefit", customer, "NO_SUCH_BENEFIT")
    assert caught.value.reference == "benefitKey"


async def test_access_mediums_are_added_updated_and_deleted(
    call: Driver, customer: int, tenant: FakeTenant
) -> None:
    value = f"BC-{customer}"
    added = await call(
        "customers", "add_access_mediums", customer, {"type": "BARCODE", "value": value}
    )
    assert (added.type, added.value) == ("BARCODE", value)
    shown = await call("customers", "get_customer_by_id", customer)
    assert shown.access_mediums is not None and added in shown.access_mediums
    assert (await call("customers", "get_customer_by", barcode=value)).id == customer
    with pytest.raises(ConflictError):  # the value belongs to a medium already
        await call("customers", "add_access_mediums", customer, {"type": "BARCODE", "value": value})

    number = f"4711{customer}"
    card = await call(
        "customers", "add_access_mediums", customer, {"type": "CARD_NUMBER", "value": number}
    )
    assert number in (await call("customers", "get_customer_by_id", customer)).card_numbers
    assert (await call("customers", "get_customer_by", card_number=number)).id == customer

    changed = await call(
        "customers", "update_access_mediums", customer, added.id, {"value": value + "-2"}
    )
    assert changed.id == added.id and changed.value == value + "-2"
    assert (await call("customers", "get_customer_by", barcode=value + "-2")).id == customer
    with pytest.raises(NotFoundError):
        await call("customers", "get_customer_by", barcode=value)

    for medium in (added, card):
        assert await call("customers", "delete_access_mediums", customer, medium.id) is None
    left = await call("customers", "get_customer_by_id", customer)
    assert left.access_mediums is not None
    assert [m.id for m in left.access_mediums] == [tenant.data.customers[customer].access_medium_id]
    with pytest.raises(NotFoundError) as caught:
        await call("customers", "delete_access_mediums", customer, added.id)
    assert caught.value.reference == "accessMediumId"


async def test_an_uploaded_document_is_listed_and_downloaded_byte_for_byte(
    call: Driver, customer: int, tenant: FakeTenant
) -> None:
    assert (await call("customers", "get_documents", customer)).result == []
    uploaded = [
        await call(
            "customers",
            "upload_document",
            customer,
            PDF + bytes([n]),
            filename=f"contract-{n}.pdf",
            description=f"Contract {n}",
        )
        for n in range(3)
    ]
    listed = await call("customers", "get_documents", customer)
    assert [d.id for d in listed.result] == [u.id for u in uploaded]
    assert [d.file_name for d in listed.result] == [f"contract-{n}.pdf" for n in range(3)]
    items = await call.collect("customers", "iter_documents", customer, slice_size=1)
    assert [d.id for d in items] == [u.id for u in uploaded]

    document = await call("customers", "get_document_by_id", customer, uploaded[1].id)
    assert document.description == "Contract 1"
    assert document.url is not None
    assert document.url.startswith(tenant.base_url + "/files/documents/")
    assert await call("customers", "download_document", customer, uploaded[1].id) == PDF + b"\x01"
    async with aiohttp.ClientSession() as session, session.get(document.url) as response:
        assert response.status == 200  # a pre-signed link: no key needed
        assert response.content_type == "application/pdf"
        assert await response.read() == PDF + b"\x01"
    other = next(c for c in tenant.data.customers if c != customer)
    with pytest.raises(NotFoundError) as caught:  # another customer's document
        await call("customers", "get_document_by_id", other, uploaded[1].id)
    assert caught.value.reference == "id"


# ---------------------------------------------------------------- validation


async def test_invalid_requests_are_400_naming_the_field(tenant: FakeTenant) -> None:
    customer = min(tenant.data.customers)
    lead = load_spec().operation("validateForLeadCustomerCreation").request_example
    person = {k: v for k, v in lead["leadCustomerData"].items() if k != "firstname"}
    cases: list[tuple[str, str, Any, str]] = [
        ("GET", f"/v1/customers/{customer}/contracts?status=FORMER", None, "status"),
        ("GET", "/v1/employees?sliceSize=9", None, "sliceSize"),
        ("GET", "/v1/employees?sliceSize=101", None, "sliceSize"),
        ("GET", "/v1/classes/slots?sliceSize=x", None, "sliceSize"),
        ("GET", "/v1/classes/abc", None, "classId"),
        ("GET", "/v1/classes/slots?slotWindowStartDate=2024-13-01", None, "slotWindowStartDate"),
        ("GET", "/v1/employees?offset=abc", None, "offset"),
        (
            "POST",
            "/v1/trial-offers/lead/validate",
            {**lead, "leadCustomerData": person},
            "leadCustomerData.firstname",
        ),
        (
            "POST",
            "/v1/trial-offers/lead/validate",
            {**lead, "leadCustomerData": {**lead["leadCustomerData"], "gender": "ROBOT"}},
            "leadCustomerData.gender",
        ),
        (
            "POST",
            "/v1/trial-offers/lead/validate",
            {**lead, "promoCode": "X"},
            "promoCode",
        ),
        (
            "POST",
            f"/v1/memberships/{customer}/self-service/ordinary-contract-cancelation",
            {"cancelationDate": "2030-01-31", "cancelationReasonId": REASON},
            "contractId",
        ),
        (
            "POST",
            f"/v1/memberships/{customer}/self-service/ordinary-contract-cancelation",
            {"cancelationDate": "31.01.2030", "cancelationReasonId": 1, "contractId": 1},
            "cancelationDate",
        ),
        (
            "PUT",
            f"/v1/customers/{customer}/additional-information-field-assignments",
            [{"additionalInformationFieldId": "one", "value": "x"}],
            "[0].additionalInformationFieldId",
        ),
    ]
    for method, path, body, reference in cases:
        status, error = await raw(tenant, method, path, body=body)
        assert status == 400, (path, error)
        assert set(error) >= {"errorMessage", "errorCode", "traceId"}
        assert error["errorCode"] == "VALIDATION_ERROR"
        assert error["reference"] == reference, (path, error)
    status, error = await raw(tenant, "POST", "/v1/trial-offers/lead/validate", data=b"{")
    assert status == 400 and error["errorCode"] == "INVALID_JSON"


async def test_multipart_parts_are_checked(tenant: FakeTenant) -> None:
    contract = min(tenant.data.customers) + CONTRACT_OFFSET
    path = f"/v1/memberships/{contract}/self-service/idle-periods"

    def form(data: str, content_type: str = "application/json") -> aiohttp.FormData:
        built = aiohttp.FormData()
        built.add_field("data", data, content_type=content_type)
        return built

    start = (date.today() + timedelta(days=40)).isoformat()
    cases: list[tuple[bytes | aiohttp.FormData, str]] = [
        (form(json.dumps({"startDate": start, "termValue": 1})), "data.reasonId"),
        (form(json.dumps({"startDate": "soon", "reasonId": 203})), "data.startDate"),
        (form(json.dumps({"startDate": start, "reasonId": 203}), "text/plain"), "data"),
        (aiohttp.FormData([("other", "x")], default_to_multipart=True), "other"),
        (json.dumps({"startDate": start}).encode(), "data"),  # not multipart at all
    ]
    for data, reference in cases:
        status, error = await raw(tenant, "POST", path, data=data)
        assert status == 400 and error["reference"] == reference, error


async def test_sdk_and_tenant_agree_on_slice_bounds(tenant: FakeTenant) -> None:
    before = len(tenant.requests)
    async with AsyncClient(tenant.base_url, tenant.api_key) as client:
        with pytest.raises(ValueError, match="slice_size"):
            await client.employees.get_employees(slice_size=9)  # refused before sending
        page = await client.employees.get_employees(slice_size=10)
    assert len(page.result) <= 10
    assert [r.query for r in tenant.requests[before:]] == [(("sliceSize", "10"),)]


# ---------------------------------------------------------------- routing and answers


async def test_unknown_paths_are_404_for_every_method(tenant: FakeTenant) -> None:
    for method in ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"):
        status, body = await raw(tenant, method, "/v1/no/such/operation")
        assert status == 404, method
        if method != "HEAD":
            assert body["errorCode"] == "ENTITY_NOT_FOUND" and body["traceId"]
    status, _ = await raw(tenant, "HEAD", "/v1/classes/1")  # a served path: the key check
    assert status == 200
    status, _ = await raw(tenant, "HEAD", "/v1/no/such/operation", key=False)
    assert status == 401
    status, body = await raw(tenant, "DELETE", "/v1/classes")  # served path, other method
    assert status == 405 and body["errorCode"] == "METHOD_NOT_ALLOWED"


async def test_unknown_customers_and_contracts_are_404(tenant: FakeTenant) -> None:
    async with AsyncClient(tenant.base_url, tenant.api_key) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.customers.get_benefits(1)
        assert caught.value.reference == "customerId"
        with pytest.raises(NotFoundError) as caught:
            await client.membership_self_service.get_idle_periods(1)
        assert caught.value.reference == "contractId"
        # A partner studio's customer is known to the cross-studio operations only.
        partner = next(iter(tenant.studio.partner_customers))
        with pytest.raises(NotFoundError):
            await client.customers.get_customer_by_id(partner)
        other = await client.cross_studio.get_cross_studio_customer_by_id(partner)
        assert other.id == partner and other.studio_id != tenant.data.studio_id
        with pytest.raises(NotFoundError) as caught:
            await client.cross_studio.get_cross_studio_customer_by_id(17)
        assert caught.value.reference == "customerId"
        with pytest.raises(NotFoundError) as caught:
            await client.classes.get_class_by_id(4242)
        assert caught.value.reference == "classId"


async def test_documented_answers_carry_the_requested_ids(tenant: FakeTenant) -> None:
    customer = min(tenant.data.customers)
    async with AsyncClient(tenant.base_url, tenant.api_key) as client:
        assert (await client.memberships.get_membership_offer_by_id(4242)).id == 4242
        assert (await client.employees.get_employee(77)).id == 77
        config = await client.memberships.get_membership_switch_configuration_for_customer(
            customer, 66
        )
        assert config.id == 66
    template = "/v1/memberships/{customerId}/membership-switch/configs/{configId}"
    recorded = tenant.find("GET", template)[-1]
    assert recorded.params == {"customerId": str(customer), "configId": "66"}
    assert recorded.status == 200


async def test_no_body_answers(tenant: FakeTenant) -> None:
    customer = min(tenant.data.customers)
    for method, path in [
        ("POST", "/v1/studios/confirmActivation"),
        ("POST", "/v1/debt-collection/77/confirmTransfer"),
        ("POST", f"/v1/customers/{customer}/benefits/BENEFIT_KEY/use"),
    ]:
        status, body = await raw(tenant, method, path)
        assert (status, body) == (200, b""), path
    async with AsyncClient(tenant.base_url, tenant.api_key) as client:
        await client.studios.confirm_activation()  # typed as returning None
        await client.finance.confirm_transfer(78)
    transfer = "/v1/debt-collection/{debtCollectionRunId}/confirmTransfer"
    assert tenant.count("POST", transfer, status=200, debtCollectionRunId=78) == 1


async def test_multipart_with_a_json_part_reaches_the_tenant(tenant: FakeTenant) -> None:
    contract = last_member(tenant) + CONTRACT_OFFSET
    start = date.today() + timedelta(days=500)
    data = {"startDate": start.isoformat(), "temporalUnit": "MONTH", "termValue": 1}
    async with AsyncClient(tenant.base_url, tenant.api_key) as client:
        period = await client.membership_self_service.create_idle_period_amendment(
            contract, {**data, "reasonId": 205}, PDF, filename="ticket.pdf"
        )
    assert period.end_date == add_months(start, 1) - timedelta(days=1)
    (recorded,) = tenant.find(
        "POST", "/v1/memberships/{contractId}/self-service/idle-periods", contractId=contract
    )
    assert recorded.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    message = message_from_bytes(
        b"Content-Type: " + recorded.headers["Content-Type"].encode() + b"\r\n\r\n" + recorded.body,
        policy=email.policy.HTTP,
    )
    parts = {p.get_param("name", header="content-disposition"): p for p in message.iter_parts()}
    assert list(parts) == ["data", "document"]
    assert parts["data"].get_content_type() == "application/json"
    payload = parts["data"].get_payload(decode=True)
    assert isinstance(payload, bytes)
    assert json.loads(payload) == {**data, "reasonId": 205}
    assert parts["document"].get_content_type() == "application/pdf"
    assert parts["document"].get_filename() == "ticket.pdf"
    assert parts["document"].get_payload(decode=True) == PDF


async def test_sliced_lists_in_both_styles(tenant: FakeTenant) -> None:
    before = len(tenant.requests)
    async with AsyncClient(tenant.base_url, tenant.api_key) as client:
        classes = [c async for c in client.classes.iter_active_classes(slice_size=10)]
        employees = [e async for e in client.employees.iter_employees(slice_size=10)]
        again = [c async for c in client.classes.iter_active_classes(slice_size=100)]
    ids = [c.id for c in classes]
    assert 3 <= len(ids) <= 25 and ids == sorted(set(ids)) and ids == [c.id for c in again]
    seen = tenant.requests[before:]
    offsets = [dict(r.query).get("offset") for r in seen if r.path_template == "/v1/classes"]
    # Id style: each next slice starts after the id of the last item seen.
    walked = [o for o in offsets if o is not None][: (len(ids) - 1) // 10]
    assert walked == [str(ids[n * 10 - 1]) for n in range(1, len(walked) + 1)]
    numeric = [dict(r.query).get("offset") for r in seen if r.path_template == "/v1/employees"]
    # Numeric style: the offset is the running position.
    assert numeric == [None, *(str(10 * n) for n in range(1, len(numeric)))]
    assert len(employees) > 10 * (len(numeric) - 1)
    other = FakeTenant(customers=1, seed=6)
    async with other, AsyncClient(other.base_url, other.api_key) as client:
        elsewhere = [c.id async for c in client.classes.iter_active_classes(slice_size=100)]
    assert elsewhere != ids  # the count and the ids come from the seed


def test_the_engine_makes_up_a_minimal_answer_from_a_schema(tenant: FakeTenant) -> None:
    from perfectgym_async._serde import structure_response

    engine = tenant._engine
    for name, model in [("IdlePeriod", models.IdlePeriod), ("Customer", models.Customer)]:
        made_up = engine.from_schema(load_spec().schema(name))
        assert isinstance(structure_response(name, made_up, model), model)


async def test_faults_apply_to_engine_operations(tenant: FakeTenant) -> None:
    customer = last_member(tenant)
    contract = customer + CONTRACT_OFFSET
    purchase = "/v1/memberships/{contractId}/self-service/additional-modules/purchase"
    Faults(paths={"/v1/classes/{classId}", purchase})  # engine templates are valid
    with pytest.raises(ValueError, match="serves no path"):
        Faults(paths={"/v1/classes/{classId}/nope"})
    tenant.faults = Faults(paths={"/v1/classes/{classId}"}, unavailable=1.0)
    try:
        async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0) as client:
            with pytest.raises(ServiceUnavailableError):
                await client.classes.get_class_by_id(1)
            tenant.faults = Faults(paths={purchase}, drop=1.0, state_change="after")
            request = {
                "additionalModuleId": 203,
                "paymentFrequencyId": 203,
                "bookTrialPeriod": False,
            }
            with pytest.raises(APIConnectionError):
                await client.membership_self_service.purchase_additional_module_contract(
                    contract, request
                )
    finally:
        tenant.faults = Faults()
    # The purchase happened although the client never heard of it.
    assert [m.contract_id for m in tenant.state.module_contracts.values()].count(contract) == 1
    assert tenant.count("POST", purchase, contractId=contract) == 1
