"""Documented example payloads round-trip through their models; generated code is fresh."""

from __future__ import annotations

import importlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from multidict import CIMultiDict, CIMultiDictProxy

from generator.__main__ import ROOT, generate
from generator.ir import Operation, load_api
from perfectgym_async import models
from perfectgym_async._request import RawResponse
from perfectgym_async._serde import dumps, loads, structure_response, to_request_json, unstructure
from perfectgym_async.types import Page

SPEC = yaml.safe_load((Path(__file__).parent.parent / "spec" / "openapi.yaml").read_text())
API = load_api(SPEC)


def _normalise(value: Any) -> Any:
    """YAML floats -> Decimal from their text, so amounts compare exactly."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    return value


def _raw(op: Operation) -> dict[str, Any]:
    result: dict[str, Any] = SPEC["paths"][op.path][op.method.lower()]
    return result


def _response_examples() -> list[tuple[str, Operation, Any]]:
    cases = []
    for op in API.operations:
        media = (_raw(op)["responses"]["200"].get("content") or {}).get("application/json", {})
        if "example" in media:
            cases.append((op.operation_id, op, media["example"]))
    return cases


def _request_examples() -> list[tuple[str, Operation, Any]]:
    cases = []
    for op in API.operations:
        body = _raw(op).get("requestBody", {}).get("content", {}).get("application/json", {})
        if "example" in body and op.body_model:
            cases.append((op.operation_id, op, body["example"]))
    return cases


def test_every_seed_operation_is_in_the_spec() -> None:
    seed_operations = {
        "getCustomersAccountBalanceData", "getCustomersAccountTransactionData",
        "getCustomersAccountUpcomingData", "bookCustomerPayment",
        "updateCustomerPaymentInstrument", "getLeadConfig", "validateForLeadCreation",
        "createLead", "getBookableAppointments", "getBookableAppointment",
        "getBookableAppointmentSlots", "validateForAppointmentBooking",
        "bookAppointmentBooking", "getAppointmentBooking", "deleteAppointmentBooking",
        "getAppointmentBookings", "updateImage", "setAccessRestriction",
        "deleteAccessRestriction",
    }  # fmt: skip
    assert seed_operations <= {op.operation_id for op in API.operations}


def test_there_are_examples_to_check() -> None:
    assert len(_response_examples()) >= 15
    assert len(_request_examples()) >= 6


@pytest.mark.parametrize(
    ("name", "op", "example"), _response_examples(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_response_example_round_trips(name: str, op: Operation, example: Any) -> None:
    body = dumps(_normalise(example))
    parser = getattr(
        importlib.import_module(f"perfectgym_async.api.{op.module}"), f"parse_{op.func_name}"
    )
    value = parser(RawResponse(status=200, headers=CIMultiDictProxy(CIMultiDict()), body=body))
    wire = loads(body)
    if isinstance(value, Page):
        assert value.has_next == wire["hasNext"] and value.offset == wire["offset"]
        assert all(isinstance(item, getattr(models, op.response_type)) for item in value.result)
        value, wire = value.result, wire["result"]
    assert unstructure(value) == wire


@pytest.mark.parametrize(
    ("name", "op", "example"), _request_examples(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_request_example_round_trips(name: str, op: Operation, example: Any) -> None:
    body_model = str(op.body_model)
    model: Any = (
        list[getattr(models, body_model[len("list[") : -1])]  # type: ignore[misc]
        if body_model.startswith("list[")
        else getattr(models, body_model)
    )
    sent = to_request_json(name, _normalise(example), model)
    assert loads(dumps(sent)) == loads(dumps(_normalise(example)))
    # ...and the same through a model instance built from it.
    instance = structure_response(name, loads(dumps(_normalise(example))), model)
    assert dumps(to_request_json(name, instance, model)) == dumps(sent)


def test_generated_code_matches_the_spec() -> None:
    stale = [
        path
        for path, source in generate().items()
        if not (ROOT / path).is_file() or (ROOT / path).read_text(encoding="utf-8") != source
    ]
    assert not stale, f"regenerate with `make generate`: {stale}"
