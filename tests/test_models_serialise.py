"""Models to and from their wire shape: ``to_dict``, ``to_json``, ``from_dict``; validation
messages that name fields the way the caller wrote them; models stay lazily imported."""

from __future__ import annotations

import enum
import importlib
import json
import subprocess
import sys
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any, Union, get_args, get_origin

import attrs
import pytest
from multidict import CIMultiDict, CIMultiDictProxy

from perfectgym_async import WireModel, api, models
from perfectgym_async._request import RawResponse
from perfectgym_async._serde import dumps, to_request_json
from perfectgym_async.types import Page, ZonedDateTime

from .test_spec_examples import API, SPEC, _normalise

BERLIN = "2022-06-22T08:00:00.000+02:00[Europe/Berlin]"
EXACT = Decimal("1234567890.123456789")


def _model_classes() -> list[type[WireModel]]:
    found: list[type[WireModel]] = []
    for name in models.__all__:
        value = getattr(models, name)
        if isinstance(value, type) and attrs.has(value):
            assert issubclass(value, WireModel), name
            found.append(value)
    return found


MODEL_CLASSES = _model_classes()


# ---------------------------------------------------------------- instances to round-trip


def _without_none(type_: Any) -> Any:
    if get_origin(type_) is Union or type(type_).__name__ == "UnionType":
        rest = [arg for arg in get_args(type_) if arg is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return type_


def _sample(type_: Any) -> Any:
    """A value for a field of ``type_``: every field filled, every scalar kind exercised."""
    kind = _without_none(type_)
    if isinstance(kind, type) and attrs.has(kind):
        return _full_instance(kind)
    origin = get_origin(kind)
    if origin is list:
        (item,) = get_args(kind)
        return [_sample(item)]
    if origin is dict:
        return {"key": "value", "nested": [1, "two"]}
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(iter(kind))
    samples: dict[Any, Any] = {
        int: 7,
        str: "text",
        bool: True,
        Decimal: EXACT,
        date: date(2024, 2, 29),
        datetime: ZonedDateTime.parse(BERLIN),
        Any: "anything",
    }
    return samples[kind]


def _full_instance(cls: type[Any]) -> Any:
    attrs.resolve_types(cls)
    return cls(**{field.name: _sample(field.type) for field in attrs.fields(cls)})


def _nested_instances(value: Any, out: list[Any]) -> None:
    if isinstance(value, Page):
        value = value.result
    if isinstance(value, list):
        for item in value:
            _nested_instances(item, out)
    elif attrs.has(type(value)):
        out.append(value)
        for field in attrs.fields(type(value)):
            _nested_instances(getattr(value, field.name), out)


def _example_instances() -> list[Any]:
    """Every model instance found in the spec's documented examples (requests and answers)."""
    found: list[Any] = []
    for op in API.operations:
        raw = SPEC["paths"][op.path][op.method.lower()]
        media = (raw["responses"]["200"].get("content") or {}).get("application/json", {})
        if "example" in media:
            parser = getattr(getattr(api, op.module), f"parse_{op.func_name}")
            body = dumps(_normalise(media["example"]))
            response = RawResponse(status=200, headers=CIMultiDictProxy(CIMultiDict()), body=body)
            _nested_instances(parser(response), found)
        request = raw.get("requestBody", {}).get("content", {}).get("application/json", {})
        if "example" in request and op.body_model and not op.body_model.startswith("list["):
            model = getattr(models, op.body_model)
            _nested_instances(model.from_dict(_normalise(request["example"])), found)
    return found


EXAMPLES = _example_instances()


def test_there_are_models_and_examples() -> None:
    assert len(MODEL_CLASSES) > 150
    assert len({type(example) for example in EXAMPLES}) >= 20


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_model_round_trips_through_its_wire_shape(cls: type[WireModel]) -> None:
    instances = [_full_instance(cls), cls.from_dict(_minimal(cls))]
    instances += [example for example in EXAMPLES if type(example) is cls]
    for instance in instances:
        data = instance.to_dict()
        assert cls.from_dict(data) == instance
        text = instance.to_json()
        assert isinstance(text, str)
        assert json.loads(text, parse_float=Decimal) == _jsonable(data)
        assert cls.from_dict(json.loads(text, parse_float=Decimal)) == instance


def _minimal(cls: type[Any]) -> dict[str, Any]:
    """Only the required fields, in wire shape."""
    full = _full_instance(cls).to_dict()
    required = {
        field.metadata["wire"] for field in attrs.fields(cls) if field.default is attrs.NOTHING
    }
    return {key: value for key, value in full.items() if key in required}


def _jsonable(value: Any) -> Any:
    return json.loads(dumps(value), parse_float=Decimal)


# ---------------------------------------------------------------- the wire shape


def test_to_dict_is_the_wire_shape() -> None:
    slot = models.BookableAppointmentSlot(
        start_date_time=ZonedDateTime.parse(BERLIN),
        end_date_time=datetime(2022, 6, 22, 7, 0, tzinfo=timezone.utc),
        instructors=[models.Instructor(id=3, first_name="Ada", last_name="L")],
    )
    assert slot.to_dict() == {
        "startDateTime": BERLIN,  # the exact wire text, zone suffix included
        "endDateTime": "2022-06-22T07:00:00.000Z",
        "instructors": [{"id": 3, "firstName": "Ada", "lastName": "L"}],
    }
    restriction = models.AccessRestriction(reason="x", start_date=date(2024, 1, 1))
    assert restriction.to_dict() == {"reason": "x", "startDate": "2024-01-01"}  # None omitted
    money = models.Money(amount=Decimal("20.00"), currency="EUR").to_dict()
    assert isinstance(money["amount"], Decimal)
    assert money["amount"].as_tuple() == Decimal("20.00").as_tuple()


def test_to_json_is_the_exact_text_sent() -> None:
    money = models.Money(amount=EXACT, currency="EUR")
    assert money.to_json() == '{"amount":1234567890.123456789,"currency":"EUR"}'
    payment = models.BookCustomerPaymentRequest(payment_request_token="t", amount=money)
    sent = to_request_json("bookCustomerPayment", payment, models.BookCustomerPaymentRequest)
    assert payment.to_json().encode() == dumps(sent)


def test_from_dict_keeps_unknown_enum_values_and_exact_amounts() -> None:
    result = models.AppointmentBookingValidationResult.from_dict(
        {"validationStatus": "SOMETHING_NEW"}
    )
    assert result.validation_status == "SOMETHING_NEW"
    assert not result.validation_status.is_known
    money = models.Money.from_dict({"amount": Decimal("0.10"), "currency": "EUR"})
    assert str(money.amount) == "0.10"


# ---------------------------------------------------------------- strict from_dict


@pytest.mark.parametrize(
    ("data", "names"),
    [
        ({"reason": "x", "reasn": "y"}, "reasn"),
        ({"reason": 5}, "$.reason"),
        ({"reason": "x", "startDate": "yesterday"}, "$.startDate"),
        ({"startDate": "2024-01-01"}, "$.reason"),
    ],
)
def test_from_dict_is_strict_and_names_the_wire_field(data: dict[str, Any], names: str) -> None:
    with pytest.raises(ValueError, match="AccessRestriction") as info:
        models.AccessRestriction.from_dict(data)
    assert names in str(info.value)


def test_from_dict_names_nested_wire_fields() -> None:
    with pytest.raises(ValueError) as info:
        models.LeadCreationRequest.from_dict(
            {"leadCustomer": {"firstname": 5, "lastname": "M", "email": "m@example.com"}}
        )
    assert "$.leadCustomer.firstname" in str(info.value)


def test_from_dict_needs_a_mapping() -> None:
    with pytest.raises(TypeError, match="mapping"):
        models.Money.from_dict([("amount", 1)])  # type: ignore[arg-type]


# ---------------------------------------------------------------- validation messages


def lead(**customer: Any) -> dict[str, Any]:
    fields = {"firstname": "Max", "lastname": "Mustermann", "email": "max@example.com"}
    return {"leadCustomer": {**fields, **customer}}


def test_a_mapping_body_is_reported_by_wire_names() -> None:
    with pytest.raises(ValueError) as info:
        api.leads.build_create_lead(body=lead(firstname=5))
    assert "$.leadCustomer.firstname" in str(info.value)
    with pytest.raises(ValueError) as info:
        api.leads.build_create_lead(body=lead(dateOfBirth="someday"))
    assert "$.leadCustomer.dateOfBirth" in str(info.value)
    with pytest.raises(ValueError) as info:
        api.leads.build_create_lead(body=lead(nickname="M"))
    assert "nickname" in str(info.value) and "$.leadCustomer" in str(info.value)


def customer(**fields: Any) -> Any:
    values = {"firstname": "Max", "lastname": "Mustermann", "email": "max@example.com"}
    return models.LeadCustomer(**{**values, **fields})


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (models.LeadCreationRequest(lead_customer=customer(firstname=5)), "firstname"),
        (models.LeadCreationRequest(lead_customer=customer(firstname=None)), "firstname"),
        (  # a str where a date belongs: once a bare AttributeError
            models.LeadCreationRequest(lead_customer=customer(date_of_birth="1990-01-01")),
            "date_of_birth",
        ),
        (
            models.LeadCreationRequest(lead_customer=customer(date_of_birth=datetime(1990, 1, 1))),
            "date_of_birth",
        ),
        (models.LeadCreationRequest(lead_customer=customer(gender=3)), "gender"),
    ],
)
def test_a_model_body_is_reported_by_attribute_names(body: Any, path: str) -> None:
    with pytest.raises(ValueError) as info:
        api.leads.build_create_lead(body=body)
    assert f"$.lead_customer.{path}" in str(info.value)
    assert "createLead: invalid body" in str(info.value)


def test_a_model_holding_a_wrong_shape_names_the_attribute() -> None:
    wrong_model = models.LeadCreationRequest(lead_customer="Max")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"expected LeadCustomer, got str @ \$\.lead_customer"):
        api.leads.build_create_lead(body=wrong_model)
    wrong_item = models.LeadCreationRequest(
        lead_customer=customer(),
        communication_preferences=[1],  # type: ignore[list-item]
    )
    with pytest.raises(ValueError, match=r"\$\.communication_preferences\[0\]"):
        api.leads.build_create_lead(body=wrong_item)
    wrong_date = models.LeadCreationRequest(lead_customer=customer(date_of_birth="1990-01-01"))
    with pytest.raises(ValueError, match=r"to_dict\(\).*\$\.lead_customer\.date_of_birth"):
        wrong_date.to_dict()


# ---------------------------------------------------------------- lazy models


def test_importing_the_sdk_loads_no_model_module() -> None:
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import perfectgym_async"],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = [line.rsplit("|", 1)[-1].strip() for line in completed.stderr.splitlines()]
    assert "perfectgym_async" in loaded and "perfectgym_async.types" in loaded
    assert [name for name in loaded if name.startswith("perfectgym_async.models.")] == []
    assert "perfectgym_async._raw" not in loaded  # with_raw_response loads it on first use
    assert "importlib.metadata" not in loaded  # __version__ is read on first use


def test_models_are_wire_models() -> None:
    money = importlib.import_module("perfectgym_async.models._common").Money
    assert issubclass(money, WireModel)
    assert not hasattr(money(amount=Decimal(1), currency="EUR"), "__dict__")  # still slotted
