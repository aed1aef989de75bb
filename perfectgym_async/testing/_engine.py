"""Serve every operation of the spec that has no hand-written handler.

For each operation the engine registers one aiohttp handler that checks the
request against the spec (path and query parameters, JSON bodies, multipart
parts and their JSON parts; a failure is the documented 400 naming the field),
answers 404 for a customer or contract the tenant does not have, and then
either runs the operation's flow (:mod:`._flows`, real state) or answers with
the documented 200 example: path ids are written into the matching fields,
and a sliced list serves a deterministic number of items (from the seed) in
the operation's slicing style. An operation without a documented body
answers 200 with an empty body.
"""

from __future__ import annotations

import copy
import email.policy
import random
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from decimal import Decimal
from email import message_from_bytes
from typing import Any

from aiohttp import web

from ._data import TIMEZONE, TenantData, TenantError
from ._flows import FILE_PATH, Call, Upload
from ._handlers import json_response
from ._spec import Spec, SpecOperation, invalid
from ._state import TenantState

__all__ = ["SpecEngine"]

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Flow = Callable[[Call], Any]

#: Sliced lists the engine makes up hold between these many items.
_SLICE_ITEMS = (3, 25)
_MAX_DEPTH = 8


class SpecEngine:
    """aiohttp handlers for the spec's operations, bound to one tenant."""

    def __init__(
        self,
        spec: Spec,
        data: TenantData,
        state: TenantState,
        flows: Mapping[str, Flow],
        base_url: Callable[[], str],
        now: Callable[[], datetime],
    ) -> None:
        self.spec = spec
        self.data = data
        self.state = state
        self._flows = flows
        self._base_url = base_url
        self._now = now

    def routes(self, hand_written: set[tuple[str, str]]) -> list[tuple[str, str, Handler]]:
        """(method, template, handler) of every operation not in ``hand_written``, and downloads."""
        table: list[tuple[str, str, Handler]] = [
            (op.method, op.template, self._handler(op))
            for op in self.spec.operations
            if (op.method, op.template) not in hand_written
        ]
        table.append(("GET", FILE_PATH, self.download))
        return table

    def _handler(self, op: SpecOperation) -> Handler:
        async def handle(request: web.Request) -> web.StreamResponse:
            return await self.handle(op, request)

        handle.__name__ = op.operation_id
        return handle

    # ------------------------------------------------------------------ serving

    async def handle(self, op: SpecOperation, request: web.Request) -> web.StreamResponse:
        call = await self._call(op, request)
        self._check_entities(op, call.params)
        flow = self._flows.get(op.operation_id)
        answer = flow(call) if flow is not None else self._documented(op, call, request.path)
        if op.slice_style is not None and isinstance(answer, list):
            answer = self._slice(op, call.params, answer)
        if answer is None or not op.answers_json:
            return web.Response(status=200)
        return json_response(answer)

    async def download(self, request: web.Request) -> web.StreamResponse:
        """A stored file behind its link: the exact bytes uploaded."""
        found = self.state.file(request.match_info["kind"], request.match_info["token"])
        safe_name = found.file_name.replace('"', "").replace("\r", "").replace("\n", "")
        return web.Response(
            body=found.data,
            content_type=found.content_type,
            headers={"Content-Disposition": f'attachment; filename="{safe_name}"'},
        )

    # ------------------------------------------------------------------ requests

    async def _call(self, op: SpecOperation, request: web.Request) -> Call:
        params: dict[str, Any] = {}
        for parameter in op.parameters:
            if parameter.location == "path":
                texts = [request.match_info[parameter.name]]
            else:
                texts = request.query.getall(parameter.name, [])
            value = self.spec.parameter_value(parameter, texts)
            if value is not None:
                params[parameter.name] = value
        body: Any = None
        files: dict[str, Upload] = {}
        raw = await request.read()
        if op.body_kind == "json" and op.body_schema is not None:
            if raw.strip() or op.body_required:
                kind = request.content_type
                if raw.strip() and kind not in ("application/json", "application/octet-stream"):
                    raise TenantError(
                        415,
                        "UNSUPPORTED_MEDIA_TYPE",
                        f"the body must be application/json, not {kind}",
                    )
                body = self.spec.parse_json(raw, op.body_schema)
        elif op.body_kind == "multipart":
            body, files = self._multipart(op, request.headers.get("Content-Type", ""), raw)
        return Call(op, params, body, files, self._base_url())

    def _multipart(
        self, op: SpecOperation, content_type: str, raw: bytes
    ) -> tuple[dict[str, Any], dict[str, Upload]]:
        first = op.parts[0].name if op.parts else "body"
        if not content_type.lower().startswith("multipart/form-data"):
            raise invalid(first, "the body must be multipart/form-data")
        message = message_from_bytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw,
            policy=email.policy.HTTP,
        )
        if not message.is_multipart():
            raise invalid(first, "the multipart body has no parts")
        expected = {part.name: part for part in op.parts}
        documents: dict[str, Any] = {}
        files: dict[str, Upload] = {}
        for item in message.iter_parts():
            name = item.get_param("name", header="content-disposition")
            if not isinstance(name, str) or name not in expected:
                raise invalid(str(name), f"{name!r} is not a part of this request")
            payload = item.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            schema = expected[name].schema
            if schema is None:
                files[name] = Upload(item.get_filename() or "", item.get_content_type(), data)
                continue
            if item.get_content_type() != "application/json":
                raise invalid(name, f"the part {name!r} must be application/json")
            documents[name] = self.spec.parse_json(data, schema, name)
        for part in op.parts:
            if part.required and part.name not in documents and part.name not in files:
                raise invalid(part.name, f"the part {part.name!r} is required")
        return documents, files

    def _check_entities(self, op: SpecOperation, params: Mapping[str, Any]) -> None:
        """404 for a customer or contract the tenant does not have (other studios aside)."""
        if "customerId" in op.path_names and not op.template.startswith("/v1/cross-studio/"):
            self.data.customer(params["customerId"])
        if "contractId" in op.path_names:
            self.state.customer_of(params["contractId"])

    # ------------------------------------------------------------------ answers

    def _documented(self, op: SpecOperation, call: Call, path: str) -> Any:
        if not op.answers_json:
            return None
        answer = op.example()
        if answer is None and op.response_schema is not None:
            answer = self.from_schema(op.response_schema)
        if op.slice_style is not None and isinstance(answer, dict):
            return self._made_up_items(op, answer, path)
        for target in answer if isinstance(answer, list) else [answer]:
            if isinstance(target, dict):
                self._substitute(op, call.params, target)
        return answer

    @staticmethod
    def _substitute(op: SpecOperation, params: Mapping[str, Any], target: dict[str, Any]) -> None:
        """Write the request's ids into the answer: same-named fields, and ``id`` for the entity
        the path names last (``GET /v1/classes/{classId}`` answers the class ``classId``)."""
        for name, value in params.items():
            if name in target and type(target[name]) is type(value):
                target[name] = value
        names = op.path_names
        if names and op.template.endswith("{" + names[-1] + "}") and op.method in ("GET", "PUT"):
            value = params[names[-1]]
            if "id" in target and type(target["id"]) is type(value):
                target["id"] = value

    def _made_up_items(self, op: SpecOperation, example: dict[str, Any], path: str) -> list[Any]:
        """A deterministic list for a sliced operation: copies of the documented item."""
        templates = example.get("result") or [{}]
        rng = random.Random(f"{self.data.seed}|{op.operation_id}|{path}")
        count = rng.randint(*_SLICE_ITEMS)
        key = _id_key(templates[0])
        base = _get(templates[0], key) if key else None
        current = base if isinstance(base, int) else 1000
        items = []
        for index in range(count):
            item = copy.deepcopy(templates[index % len(templates)])
            if key is not None:
                _put(item, key, current)
            current += rng.randint(1, 9) if op.slice_style == "id" else 1
            items.append(item)
        return items

    def _slice(self, op: SpecOperation, params: Mapping[str, Any], items: list[Any]) -> Any:
        size = params.get("sliceSize", 10)
        text = str(params.get("offset") or "0")
        if not text.isdigit():
            raise invalid("offset", f"offset must be a non-negative integer, got {text!r}")
        offset = int(text)
        if op.slice_style == "id":
            # The offset is the id of the last item already seen.
            key = _id_key(items[0]) if items else None
            ids = [_get(item, key) if key else position for position, item in enumerate(items, 1)]
            start = sum(1 for value in ids if isinstance(value, int) and value <= offset)
            chunk = items[start : start + size]
            last = ids[start + len(chunk) - 1] if chunk else offset
            return {"result": chunk, "hasNext": start + size < len(items), "offset": str(last)}
        # Numeric: the offset is a position, the answer's offset the next one.
        chunk = items[offset : offset + size]
        following = offset + len(chunk)
        return {"result": chunk, "hasNext": following < len(items), "offset": str(following)}

    def from_schema(self, schema: Mapping[str, Any], depth: int = 0) -> Any:
        """A minimal value of ``schema``: required properties only, one item per list."""
        schema = self.spec.resolve(schema)
        kind = schema.get("type", "object" if "properties" in schema else None)
        if schema.get("enum"):
            return schema["enum"][0]
        if kind == "object":
            if depth >= _MAX_DEPTH:
                return {}
            properties = schema.get("properties", {})
            return {
                name: self.from_schema(properties[name], depth + 1)
                for name in schema.get("required", ())
                if name in properties
            }
        if kind == "array":
            return [] if depth >= _MAX_DEPTH else [self.from_schema(schema["items"], depth + 1)]
        if kind == "integer":
            return 1
        if kind == "number":
            return Decimal(1)
        if kind == "boolean":
            return False
        if kind == "string":
            fmt = schema.get("format")
            now = self._now().astimezone(TIMEZONE)
            if fmt == "date":
                return now.date().isoformat()
            if fmt == "date-time":
                return now.isoformat(timespec="milliseconds") + "[Europe/Berlin]"
            if fmt == "uuid":
                return str(uuid.UUID(int=self.data.seed, version=4))
            return "string"
        return None


# Where an item's id lives: a top-level key, or (key, nested key) one level down.
IdKey = tuple[str, ...]


def _id_key(item: Any) -> IdKey | None:
    if not isinstance(item, dict):
        return None
    if isinstance(item.get("id"), int):
        return ("id",)
    for name, value in item.items():
        if isinstance(value, dict) and isinstance(value.get("id"), int):
            return (name, "id")
    for name, value in item.items():
        if name.endswith("Id") and isinstance(value, int) and not isinstance(value, bool):
            return (name,)
    return None


def _get(item: Any, key: IdKey) -> Any:
    for part in key:
        item = item[part]
    return item


def _put(item: Any, key: IdKey, value: int) -> None:
    for part in key[:-1]:
        item = item[part]
    item[key[-1]] = value
