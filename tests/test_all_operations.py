"""Every operation of the spec, called through ``AsyncClient`` against the fake tenant.

Arguments come from the spec: path ids name entities the tenant has (made fresh
where the call changes them), required query parameters get a value, the body
is the documented request example (ids pointed at real entities where the
tenant checks them), uploads are a small file. The tenant must have received
exactly the documented method, path, query and body, and the call must return
its declared type. Each operation's blocking twin on ``Client`` takes the same
parameters.
"""

from __future__ import annotations

import email.policy
import inspect
import itertools
import json
import typing
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from email import message_from_bytes
from typing import Any
from urllib.parse import quote

import pytest

from generator.ir import Operation
from perfectgym_async import AsyncClient, Client, Page, api
from perfectgym_async._serde import dumps
from perfectgym_async.testing import FakeTenant, TenantState
from perfectgym_async.testing._data import TIMEZONE, BookingRequest
from perfectgym_async.testing._state import CONTRACT_OFFSET, FakeFile, IdlePeriodDraft
from perfectgym_async.testing._studio_state import FakeClassSlot, LeadDraft, StudioState
from perfectgym_async.types import format_datetime

from .test_spec_examples import API, SPEC, _normalise

PDF = b"%PDF-1.4\n% a proof\n" + bytes(range(48))
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
OPERATIONS = API.operations
HAND_WRITTEN_APPOINTMENTS = "/v1/appointments/"


@pytest.fixture(scope="module")
def tenant() -> Iterator[FakeTenant]:
    # Its own loop thread, so one tenant serves every test of the module.
    with FakeTenant(customers=40, seed=21, appointments=4).serve_in_thread() as running:
        yield running


@dataclass
class World:
    """Entities of the tenant the calls refer to; fresh ones for calls that change them."""

    tenant: FakeTenant
    customers: Iterator[int] = field(init=False)
    counter: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        members = sorted(c.id for c in self.tenant.data.customers.values() if c.status == "MEMBER")
        self.customer = members[0]
        self.customers = iter(members[1:])

    @property
    def state(self) -> TenantState:
        return self.tenant.state

    def fresh_customer(self) -> int:
        return next(self.customers)

    def today(self) -> date:
        return datetime.now(TIMEZONE).date()

    def booking(self) -> int:
        data = self.tenant.data
        appointment = next(iter(data.bookable_appointments.values()))
        now = datetime.now(TIMEZONE)
        slot = data.slots(appointment, self.today() + timedelta(days=1), 5, now, self.customer)[0]
        booking = data.book(
            BookingRequest(self.customer, appointment.id, slot.start, slot.end, []), now
        )
        return booking.id

    def free_slot(self, customer: int | None = None) -> dict[str, Any]:
        data = self.tenant.data
        customer = self.customer if customer is None else customer
        appointment = next(iter(data.bookable_appointments.values()))
        now = datetime.now(TIMEZONE)
        slot = data.slots(appointment, self.today() + timedelta(days=6), 5, now, customer)[-1]
        return {
            "customerId": customer,
            "bookableAppointmentId": appointment.id,
            "startDateTime": format_datetime(slot.start),
            "endDateTime": format_datetime(slot.end),
            "instructorIds": [appointment.instructors[0].id],
        }

    @property
    def studio(self) -> StudioState:
        return self.tenant.studio

    def class_slot(self, customer: int | None = None, *, trial: bool = False) -> FakeClassSlot:
        """A class slot the customer (default: the world's) could book right now."""
        customer = self.customer if customer is None else customer
        return next(
            slot
            for slot in self.studio.slots(self.today(), 7)
            if self.studio.class_booking_status(customer, slot.id, trial=trial) == "AVAILABLE"
        )

    def class_booking(self) -> int:
        return self.studio.book_class(self.customer, self.class_slot().id).id

    def lead(self) -> int:
        """A new prospect, made through a trial offer."""
        email = f"trial-{next(self.counter)}@example.com"
        draft = LeadDraft("Trial", "Lead", email, address=("Burgring", "23A", "13000", "Berlin"))
        return self.studio.create_lead(1, draft).id

    def trial_booking(self) -> int:
        lead = self.lead()
        return self.studio.book_class(lead, self.class_slot(lead, trial=True).id, trial=True).id

    def idle_start(self) -> date:
        # Far apart, so idle periods made for different tests never overlap.
        return self.today() + timedelta(days=60 * next(self.counter))

    def idle_period(self, contract_id: int) -> int:
        draft = IdlePeriodDraft(self.idle_start(), "WEEK", 1, reason_id=203)
        return self.state.create_idle_period(contract_id, draft, None).id

    def module_contract(self, customer_id: int, *, canceled: bool = False) -> int:
        contract_id = customer_id + CONTRACT_OFFSET
        module = self.state.purchase_module(contract_id, 203, 203, False)
        if canceled:
            day = self.state.module_cancelation_dates(module)[0]
            self.state.cancel_module_contract(contract_id, module.id, day, 1000)
        return module.id


@pytest.fixture(scope="module")
def world(tenant: FakeTenant) -> World:
    return World(tenant)


@dataclass
class Plan:
    """How one operation is called: arguments by Python name, and what it must send."""

    values: dict[str, Any]
    body: Any = None  # the JSON body, or the JSON part of a multipart body


def _example_body(op: Operation) -> Any:
    raw = SPEC["paths"][op.path][op.method.lower()]
    body = (raw.get("requestBody") or {}).get("content", {}).get("application/json", {})
    return _normalise(body.get("example"))


def plan(op: Operation, world: World) -> Plan:
    """The call's arguments: ids of real entities, the request example as body."""
    customer = world.customer
    by_wire: dict[str, Any] = {"customerId": customer, "contractId": customer + CONTRACT_OFFSET}
    values: dict[str, Any] = {}
    body = _example_body(op)
    oid = op.operation_id
    state = world.state
    if op.path.startswith(HAND_WRITTEN_APPOINTMENTS):
        by_wire["bookableAppointmentId"] = next(iter(world.tenant.data.bookable_appointments))
        by_wire["bookingId"] = world.booking()
        if oid in ("validateForAppointmentBooking", "bookAppointmentBooking"):
            body = {**body, **world.free_slot()}
    elif oid in ("getClassById", "getClassSlots"):
        by_wire["classId"] = next(iter(world.studio.classes))
    elif oid == "getClassSlotById":
        slot = world.class_slot()
        by_wire.update(classId=slot.course.id, classSlotId=slot.id)
    elif oid == "getClassSlotsForTrialOffers":
        by_wire["classId"] = world.studio.trial_classes()[0].id
    elif oid in ("validateClassSlot", "bookClassSlot"):
        body = {"customerId": customer, "classSlotId": world.class_slot().id}
    elif oid in ("getClassBookingById", "cancelClassSlotById"):
        by_wire["bookingId"] = world.class_booking()
    elif oid == "getTrialOfferConfig":
        by_wire["configId"] = next(iter(world.studio.trial_offers))
    elif oid == "createLeadCustomer":
        person = {**body["leadCustomerData"], "email": f"max-{next(world.counter)}@example.com"}
        body = {**body, "leadCustomerData": person}
    elif oid in ("validateClassSlotForTrialOffers", "bookClassSlotForTrialOffers"):
        lead = world.lead()
        body = {"customerId": lead, "classSlotId": world.class_slot(lead, trial=True).id}
    elif oid in ("validateForAppointmentBookingForTrialOffers", "bookAppointmentForTrialOffer"):
        body = {**body, **world.free_slot(world.lead())}
    elif oid == "getBookableAppointmentSlotsForTrialOffers":
        by_wire["bookableAppointmentId"] = next(iter(world.tenant.data.bookable_appointments))
    elif oid == "confirmTrialOfferBooking":
        by_wire["bookingId"] = world.trial_booking()
    elif oid == "redeemCheckinVoucher":
        body = {**body, "voucherCode": next(world.studio.unredeemed_vouchers()).code}
    elif oid in ("getCrossStudioCustomerById", "getCrossStudioCustomersCheckinHistory"):
        # A customer of a partner studio: the tenant's own are no test of the network.
        by_wire["customerId"] = next(iter(world.studio.partner_customers))
    elif oid == "bookCustomerPayment":
        body = {**body, "debtClaimIds": []}
    elif oid in ("getBenefitsByCardNumber", "getCustomerBy", "getCrossStudioCustomerBy"):
        values["card_number"] = str(world.tenant.data.customers[customer].card_number)
    elif oid == "useBenefit":
        by_wire["benefitKey"] = "BENEFIT_KEY"
    elif oid in ("addAccessMedium", "addAccessMediums"):
        body = {**body, "value": f"{body['value']}{next(world.counter)}"}
    elif oid in ("updateAccessMediums", "deleteAccessMediums"):
        medium = state.add_access_medium(customer, "BARCODE", f"B-{next(world.counter)}")
        by_wire["accessMediumId"] = medium.id
    elif oid == "getDocumentById":
        document = state.upload_document(
            customer, FakeFile("documents", "", "a.pdf", "application/pdf", PDF), "Contract"
        )
        by_wire["id"] = document.id
    elif oid == "uploadDocument":
        values.update(file=PDF, filename="member-contract.pdf", description="Member contract")
    elif oid == "updateImage":
        values.update(image=PNG, filename="me.png")
    elif oid == "createContractCancelationAmendment":
        fresh = world.fresh_customer()
        by_wire["customerId"] = fresh
        body = {
            **body,
            "contractId": fresh + CONTRACT_OFFSET,
            "cancelationReasonId": 1000,
            "cancelationDate": state.cancelation_dates()[0].isoformat(),
        }
    elif oid == "withdrawContractCancelation":
        fresh = world.fresh_customer()
        contract_id = fresh + CONTRACT_OFFSET
        state.cancel_contract(fresh, contract_id, state.cancelation_dates()[1], 1000)
        by_wire.update(customerId=fresh, contractId=contract_id)
    elif oid == "createIdlePeriodAmendment":
        start = world.idle_start().isoformat()
        body = {"startDate": start, "temporalUnit": "WEEK", "termValue": 2, "reasonId": 204}
        values.update(data=body, document=PDF, filename="sick-note.pdf")
    elif oid in ("getIdlePeriodById", "updateIdlePeriod", "withdrawIdlePeriod"):
        by_wire["idlePeriodId"] = world.idle_period(customer + CONTRACT_OFFSET)
        if oid == "updateIdlePeriod":
            period = state.idle_period(customer + CONTRACT_OFFSET, by_wire["idlePeriodId"])
            body = {"startDate": period.start_date.isoformat(), "termValue": 3, "reasonId": 203}
            values["data"] = body
    elif oid == "idlePeriodUpdatePreview":
        by_wire["idlePeriodId"] = world.idle_period(customer + CONTRACT_OFFSET)
        body = {**body, "reasonId": 203}
    elif oid in (
        "purchaseAdditionalModuleContract",
        "getAdditionalModuleContract",
        "createModuleContractCancelationAmendment",
        "withdrawAdditionalModuleContractCancelation",
    ):
        fresh = world.fresh_customer()
        by_wire["contractId"] = fresh + CONTRACT_OFFSET
        if oid != "purchaseAdditionalModuleContract":
            canceled = oid == "withdrawAdditionalModuleContractCancelation"
            module_id = world.module_contract(fresh, canceled=canceled)
            by_wire["additionalModuleContractId"] = module_id
        if oid == "createModuleContractCancelationAmendment":
            module = state.module_contracts[by_wire["additionalModuleContractId"]]
            day = state.module_cancelation_dates(module)[0].isoformat()
            body = {**body, "cancelationDate": day, "cancelationReasonId": 1000}
    for param in [*op.path_params, *op.query_params]:
        if param.required and param.name not in values:
            # Other ids: any value will do, the answer is the documented example.
            anything = 1001 if param.annotation == "int" else "x"
            values[param.name] = by_wire.get(param.wire, anything)
    if op.body_model is not None:
        values["body"] = body
    return Plan(values, body if op.body_model or op.json_part else None)


def _split(
    function: Callable[..., Any], values: dict[str, Any]
) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in inspect.signature(function).parameters.values():
        if param.name not in values:
            continue
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[param.name] = values[param.name]
        else:
            args.append(values[param.name])
    return args, kwargs


def _assert_is(value: Any, expected: Any) -> None:
    origin = typing.get_origin(expected)
    if expected is None:
        assert value is None
    elif origin is Page:
        (item,) = typing.get_args(expected)
        assert isinstance(value, Page)
        assert all(type(i) is item for i in value.result)
    elif origin is list:
        (item,) = typing.get_args(expected)
        assert isinstance(value, list)
        assert all(type(i) is item for i in value)
    else:
        assert type(value) is expected, (type(value), expected)


def _parts(content_type: str, body: bytes) -> dict[str, tuple[str, str | None, bytes]]:
    """Parts of a multipart body: name -> (content type, file name, bytes)."""
    message = message_from_bytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body, policy=email.policy.HTTP
    )
    found = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        found[name] = (part.get_content_type(), part.get_filename(), payload)
    return found


def _wire_json(value: Any) -> Any:
    return json.loads(dumps(value), parse_float=Decimal)


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
async def test_operation_against_the_fake_tenant(
    tenant: FakeTenant, world: World, op: Operation
) -> None:
    module = getattr(api, op.module)
    the_plan = plan(op, world)
    build = getattr(module, f"build_{op.func_name}")
    async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0) as client:
        method = getattr(getattr(client, op.module), op.func_name)
        args, kwargs = _split(method, the_plan.values)
        with warnings.catch_warnings():
            # Deprecated operations say so on every call; here they are called on purpose.
            warnings.simplefilter("ignore", DeprecationWarning)
            build_args, build_kwargs = _split(build, the_plan.values)
            prepared = build(*build_args, **build_kwargs)
            result = await method(*args, **kwargs)

    # The tenant routed it to the documented method and path template...
    (recorded, *_) = reversed(tenant.find(op.method, op.path))
    assert recorded.status == 200 and recorded.method == op.method
    values = the_plan.values
    path = op.path.format(**{p.wire: quote(str(values[p.name]), safe="") for p in op.path_params})
    assert recorded.path == path == prepared.path
    # ...with exactly the documented query parameters that were given...
    assert recorded.query == prepared.query
    sent = [(p.wire, str(values[p.name])) for p in op.query_params if p.name in values]
    assert sorted(recorded.query) == sorted(sent)
    content_type = recorded.headers.get("Content-Type", "")
    if op.body_model is not None:
        assert content_type == "application/json"
        assert json.loads(recorded.body, parse_float=Decimal) == _wire_json(the_plan.body)
    elif op.upload_field is not None:
        parts = _parts(content_type, recorded.body)
        upload = the_plan.values.get(op.upload_field)
        if upload is None:  # an optional file left out
            assert op.upload_field not in parts
        else:
            assert parts[op.upload_field][1:] == (the_plan.values["filename"], upload)
        if op.json_part is not None:
            part_type, _, payload = parts[op.json_part[0]]
            assert part_type == "application/json"
            assert json.loads(payload, parse_float=Decimal) == _wire_json(the_plan.body)
    else:
        assert recorded.body == b""

    expected = inspect.signature(getattr(module, op.func_name), eval_str=True).return_annotation
    _assert_is(result, expected)


def _namespace_method(client_class: type, op: Operation) -> Callable[..., Any]:
    hints = typing.get_type_hints(client_class)
    if op.module in hints:
        namespace = hints[op.module]
    else:
        attribute = inspect.getattr_static(client_class, op.module)
        getter = attribute.fget if isinstance(attribute, property) else attribute.func
        namespace = typing.get_type_hints(getter)["return"]
    method: Callable[..., Any] = getattr(namespace, op.func_name)
    return method


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_sync_twin_takes_the_same_parameters(op: Operation) -> None:
    def shape(function: Callable[..., Any]) -> list[tuple[str, Any, Any]]:
        parameters = list(inspect.signature(function).parameters.values())[1:]  # without self
        return [(p.name, p.kind, p.default) for p in parameters]

    async_method = _namespace_method(AsyncClient, op)
    sync_method = _namespace_method(Client, op)
    assert inspect.iscoroutinefunction(async_method)
    assert not inspect.iscoroutinefunction(sync_method)
    assert shape(sync_method) == shape(async_method)
