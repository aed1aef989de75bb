"""The API as the fake tenant reads it: spec/openapi.yaml (shipped as openapi.json).

One :class:`SpecOperation` per documented operation, with its parameters,
request body, 200 answer (schema and example) and slicing. The checks here
are the platform's request validation, free of HTTP: a parameter or a body
field that does not match the spec raises :class:`TenantError` (400) whose
``reference`` is the field's wire path, e.g. ``leadCustomer.firstname``,
``additionalInformation[0].values`` or, inside a multipart JSON part,
``data.startDate``.
"""

from __future__ import annotations

import functools
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from typing import Any

import attrs

from ._data import TenantError

__all__ = [
    "Parameter",
    "Part",
    "Spec",
    "SpecOperation",
    "invalid",
    "load_spec",
]

JSON = Any

_INT = re.compile(r"-?[0-9]{1,19}")
_ZONED = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})(\[[A-Za-z0-9_+\-/]+\])?"
)
_INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def invalid(reference: str, message: str) -> TenantError:
    """The documented 400 for a request field that fails validation."""
    return TenantError(400, "VALIDATION_ERROR", message, reference=reference)


@attrs.frozen
class Parameter:
    name: str
    location: str  # "path" or "query"
    required: bool
    schema: Mapping[str, Any]  # resolved


@attrs.frozen
class Part:
    """One part of a multipart/form-data body: a file, or a JSON document."""

    name: str
    required: bool
    #: The schema of a JSON part; None for a binary (file) part.
    schema: Mapping[str, Any] | None


@attrs.frozen
class SpecOperation:
    operation_id: str
    method: str
    template: str
    tag: str
    #: ``x-retry``: "safe", "validate" or "unsafe".
    retry: str
    parameters: tuple[Parameter, ...]
    #: "json", "multipart" or None.
    body_kind: str | None
    body_required: bool
    body_schema: Mapping[str, Any] | None
    parts: tuple[Part, ...]
    #: Whether the 200 answer has a JSON body at all.
    answers_json: bool
    response_schema: Mapping[str, Any] | None
    #: The documented 200 example as JSON text (None when there is none).
    example_text: str | None
    request_example: JSON
    #: ``x-slice``: "id" or "numeric"; None for an unsliced operation.
    slice_style: str | None

    def example(self) -> JSON:
        """A fresh copy of the documented 200 example (amounts as exact ``Decimal``)."""
        if self.example_text is None:
            return None
        return json.loads(self.example_text, parse_float=Decimal)

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    @property
    def path_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.parameters if p.location == "path")


class Spec:
    """The operations of the spec and the schema checks the platform applies to requests."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._schemas: Mapping[str, Any] = document["components"]["schemas"]
        operations: list[SpecOperation] = []
        for template, item in document["paths"].items():
            for method, raw in item.items():
                if method in ("get", "put", "post", "delete", "patch") and "operationId" in raw:
                    operations.append(self._operation(method.upper(), template, raw))
        self.operations: tuple[SpecOperation, ...] = tuple(operations)
        self._by_id = {op.operation_id: op for op in operations}

    def operation(self, operation_id: str) -> SpecOperation:
        return self._by_id[operation_id]

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """``schema`` with ``$ref`` (and a single-entry ``allOf``) followed."""
        while True:
            if "$ref" in schema:
                schema = self._schemas[schema["$ref"].rsplit("/", 1)[-1]]
            elif "allOf" in schema and len(schema["allOf"]) == 1:
                schema = schema["allOf"][0]
            else:
                return schema

    def schema(self, name: str) -> Mapping[str, Any]:
        return self.resolve(self._schemas[name])

    # ------------------------------------------------------------------ reading

    def _operation(self, method: str, template: str, raw: Mapping[str, Any]) -> SpecOperation:
        parameters = tuple(
            Parameter(
                name=p["name"],
                location=p["in"],
                required=bool(p.get("required", False)),
                schema=self.resolve(p.get("schema", {})),
            )
            for p in raw.get("parameters", ())
            if p["in"] in ("path", "query")
        )
        body_kind: str | None = None
        body_schema: Mapping[str, Any] | None = None
        parts: list[Part] = []
        request_example: JSON = None
        body = raw.get("requestBody")
        if body is not None:
            content = body["content"]
            if "application/json" in content:
                body_kind = "json"
                body_schema = self.resolve(content["application/json"]["schema"])
                request_example = content["application/json"].get("example")
            elif "multipart/form-data" in content:
                body_kind = "multipart"
                form = self.resolve(content["multipart/form-data"]["schema"])
                required = set(form.get("required", ()))
                for name, prop in form.get("properties", {}).items():
                    resolved = self.resolve(prop)
                    is_file = resolved.get("type") == "string" and resolved.get("format") in (
                        "binary",
                        "byte",
                    )
                    parts.append(Part(name, name in required, None if is_file else resolved))
        ok = raw["responses"].get("200", {})
        media = (ok.get("content") or {}).get("application/json")
        example = None if media is None else media.get("example")
        return SpecOperation(
            operation_id=raw["operationId"],
            method=method,
            template=template,
            tag=raw["tags"][0],
            retry=raw.get("x-retry", "safe"),
            parameters=parameters,
            body_kind=body_kind,
            body_required=bool(body is not None and body.get("required", False)),
            body_schema=body_schema,
            parts=tuple(parts),
            answers_json=media is not None,
            response_schema=None if media is None else self.resolve(media["schema"]),
            example_text=None if example is None else json.dumps(example, default=str),
            request_example=request_example,
            slice_style=(raw.get("x-slice") or {}).get("style"),
        )

    # ------------------------------------------------------------------ parameters

    def parameter_value(self, parameter: Parameter, texts: Sequence[str]) -> Any:
        """The typed value of a path or query parameter from its raw texts (None if absent)."""
        name = parameter.name
        schema = parameter.schema
        if schema.get("type") == "array":
            values = [v for v in texts if v != ""]
            if not values:
                if parameter.required:
                    raise invalid(name, f"{name} is required")
                return None
            item = self.resolve(schema.get("items", {}))
            return [self._scalar(item, text, name) for text in values]
        text = texts[-1] if texts else ""
        if text == "":
            if parameter.required:
                raise invalid(name, f"{name} is required")
            default = schema.get("default")
            return None if default is None else self._scalar(schema, str(default), name)
        return self._scalar(schema, text, name)

    def _scalar(self, schema: Mapping[str, Any], text: str, name: str) -> Any:
        kind = schema.get("type", "string")
        value: Any
        if kind == "integer":
            if not _INT.fullmatch(text):
                raise invalid(name, f"{name} must be an integer, got {text!r}")
            value = int(text)
            self._bounds(schema, value, name)
        elif kind == "number":
            try:
                value = Decimal(text)
            except ArithmeticError:
                raise invalid(name, f"{name} must be a number, got {text!r}") from None
            if not value.is_finite():
                raise invalid(name, f"{name} must be a number, got {text!r}")
            self._bounds(schema, value, name)
        elif kind == "boolean":
            if text not in ("true", "false"):
                raise invalid(name, f"{name} must be true or false, got {text!r}")
            value = text == "true"
        else:
            value = self._string(schema, text, name)
        self._enum(schema, value, name)
        return value

    # ------------------------------------------------------------------ bodies

    def check(self, schema: Mapping[str, Any], value: JSON, reference: str) -> None:
        """Validate a JSON value against ``schema``; unknown object properties are refused."""
        schema = self.resolve(schema)
        for part in schema.get("allOf", ()):
            self.check(part, value, reference)
        kind = schema.get("type")
        if kind is None and "properties" in schema:
            kind = "object"
        label = reference or "the body"
        if kind == "object":
            if not isinstance(value, dict):
                raise invalid(reference, f"{label} must be an object")
            properties: Mapping[str, Any] = schema.get("properties", {})
            prefix = f"{reference}." if reference else ""
            for name in schema.get("required", ()):
                if value.get(name) is None:
                    raise invalid(f"{prefix}{name}", f"{prefix}{name} is required")
            for name, item in value.items():
                if name not in properties:
                    raise invalid(f"{prefix}{name}", f"{prefix}{name} is not a known field")
                if item is not None:
                    self.check(properties[name], item, f"{prefix}{name}")
        elif kind == "array":
            if not isinstance(value, list):
                raise invalid(reference, f"{label} must be a list")
            for index, item in enumerate(value):
                if item is None:
                    raise invalid(f"{reference}[{index}]", f"{reference}[{index}] is required")
                self.check(schema.get("items", {}), item, f"{reference}[{index}]")
        elif kind == "integer":
            if isinstance(value, bool) or not isinstance(value, int):
                raise invalid(reference, f"{label} must be an integer")
            self._bounds(schema, value, reference)
        elif kind == "number":
            if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
                raise invalid(reference, f"{label} must be a number")
            self._bounds(schema, value, reference)
        elif kind == "boolean":
            if not isinstance(value, bool):
                raise invalid(reference, f"{label} must be true or false")
        elif kind == "string":
            if not isinstance(value, str):
                raise invalid(reference, f"{label} must be a string")
            self._string(schema, value, reference)
        self._enum(schema, value, reference)

    def parse_json(self, raw: bytes, schema: Mapping[str, Any], reference: str = "") -> JSON:
        """Decode a JSON request document (numbers with a fraction as ``Decimal``) and check it."""
        try:
            value = json.loads(raw, parse_float=Decimal) if raw.strip() else None
        except (ValueError, UnicodeDecodeError):
            raise TenantError(
                400, "INVALID_JSON", f"{reference or 'the body'} is not valid JSON"
            ) from None
        if value is None:
            raise TenantError(400, "INVALID_JSON", f"{reference or 'the body'} is missing")
        self.check(schema, value, reference)
        return value

    # ------------------------------------------------------------------ scalars

    @staticmethod
    def _bounds(schema: Mapping[str, Any], value: int | Decimal, name: str) -> None:
        low, high = _INT_BOUNDS.get(str(schema.get("format")), (None, None))
        minimum = schema.get("minimum", low)
        maximum = schema.get("maximum", high)
        if minimum is not None and value < minimum:
            raise invalid(name, f"{name} must be at least {minimum}, got {value}")
        if maximum is not None and value > maximum:
            raise invalid(name, f"{name} must be at most {maximum}, got {value}")

    @staticmethod
    def _enum(schema: Mapping[str, Any], value: Any, name: str) -> None:
        allowed = schema.get("enum")
        if allowed and value not in allowed:
            raise invalid(name, f"{name} must be one of {', '.join(allowed)}, got {value!r}")

    @staticmethod
    def _string(schema: Mapping[str, Any], text: str, name: str) -> Any:
        kind = schema.get("format")
        if kind == "date":
            try:
                return date.fromisoformat(text)
            except ValueError:
                raise invalid(name, f"{name} must be a date (YYYY-MM-DD), got {text!r}") from None
        if kind == "date-time":
            stamp = text.split("[", 1)[0]
            if _ZONED.fullmatch(text) is None:
                raise invalid(name, f"{name} must be a date-time with an offset, got {text!r}")
            try:
                datetime.fromisoformat(stamp.replace("Z", "+00:00").replace("z", "+00:00"))
            except ValueError:
                raise invalid(name, f"{name} is not a date-time: {text!r}") from None
            return text
        if kind == "uuid":
            try:
                uuid.UUID(text)
            except ValueError:
                raise invalid(name, f"{name} must be a UUID, got {text!r}") from None
        return text


@functools.cache
def load_spec() -> Spec:
    """The spec shipped with the package (written by the generator from spec/openapi.yaml)."""
    text = resources.files(__package__).joinpath("openapi.json").read_text(encoding="utf-8")
    return Spec(json.loads(text, parse_float=Decimal))
