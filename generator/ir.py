"""Reads the OpenAPI document into a small intermediate form the templates render."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Api", "EnumDef", "Model", "ModelField", "Operation", "Param", "load_api", "snake"]

_RETRY_CLASSES = {"safe": "SAFE", "validate": "VALIDATE", "unsafe": "UNSAFE"}
#: Methods every model inherits from ``types.WireModel``; no field may shadow them.
_MODEL_METHODS = frozenset({"to_dict", "to_json", "from_dict"})


def snake(name: str) -> str:
    """camelCase or Title Words to snake_case: ``customerId`` -> ``customer_id``."""
    text = re.sub(r"[^0-9A-Za-z]+", "_", name)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = text.strip("_").lower()
    if keyword.iskeyword(text):
        text += "_"
    return text


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name) if part)


def _enum_member(value: str) -> str:
    member = re.sub(r"[^0-9A-Za-z]+", "_", value).strip("_").upper() or "EMPTY"
    if member[0].isdigit():
        member = "V_" + member
    return member


def _doc(text: Any) -> str:
    if not isinstance(text, str):
        return ""
    return " ".join(text.split())


@dataclass
class EnumDef:
    name: str
    description: str
    members: list[tuple[str, str]]


@dataclass
class ModelField:
    name: str
    wire: str
    annotation: str
    required: bool
    description: str


@dataclass
class Model:
    name: str
    description: str
    fields: list[ModelField]
    depends_on: set[str] = field(default_factory=set)


@dataclass
class Param:
    name: str
    wire: str
    location: str
    required: bool
    annotation: str
    #: Python expression that checks the argument and yields its wire text.
    check: str
    description: str
    default_doc: str = ""
    #: A list sent as the parameter repeated (``?key=A&key=B``).
    multi: bool = False
    deprecated: bool = False
    #: Human-readable constraints for the docs: type, range, default, enum values.
    constraint_doc: str = ""


@dataclass
class Operation:
    operation_id: str
    func_name: str
    tag: str
    module: str
    method: str
    path: str
    summary: str
    description: str
    retry_class: str
    path_params: list[Param]
    query_params: list[Param]
    body_model: str | None = None
    body_required: bool = True
    upload_field: str | None = None
    upload_required: bool = True
    #: Only images are accepted (the profile image); other uploads take any file.
    upload_image: bool = False
    #: A multipart part sent as application/json beside the file: (part name, model).
    json_part: tuple[str, str] | None = None
    json_part_required: bool = True
    deprecated: bool = False
    #: ``x-download``: (name, field holding the temporary link) for a file companion.
    download: tuple[str, str] | None = None
    #: "model", "list", "page" or "none"
    response_kind: str = "none"
    #: Annotation of the returned value (for "page", the item model).
    response_type: str = "None"
    offset_param: Param | None = None

    @property
    def iter_name(self) -> str:
        base = self.func_name.removeprefix("get_")
        return f"iter_{base}"


@dataclass
class Tag:
    name: str
    module: str
    description: str
    operations: list[Operation]


@dataclass
class Api:
    title: str
    version: str
    enums: list[EnumDef]
    models: list[Model]
    tags: list[Tag]

    @property
    def operations(self) -> list[Operation]:
        return [op for tag in self.tags for op in tag.operations]


class _Builder:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.enums: dict[str, EnumDef] = {}
        self.models: dict[str, Model] = {}

    # ------------------------------------------------------------ schemas

    def ref_name(self, ref: str) -> str:
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix):
            raise ValueError(f"unsupported $ref {ref!r}")
        name = ref[len(prefix) :]
        if name not in self.schemas:
            raise ValueError(f"$ref to unknown schema {name!r}")
        return name

    def enum_for(self, schema: dict[str, Any], default_name: str) -> str:
        name = schema.get("x-enum-name") or default_name
        values = [str(v) for v in schema["enum"]]
        members = [(_enum_member(v), v) for v in values]
        existing = self.enums.get(name)
        if existing is not None:
            known = {v for _, v in existing.members}
            existing.members.extend(m for m in members if m[1] not in known)
        else:
            self.enums[name] = EnumDef(name, _doc(schema.get("description")), members)
        return name

    def annotation(self, schema: dict[str, Any], context: str, deps: set[str]) -> str:
        if "$ref" in schema:
            name = self.ref_name(schema["$ref"])
            target = self.schemas[name]
            if "enum" in target:
                return self.enum_for(target, name)
            self.model(name)
            deps.add(name)
            return name
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.annotation(schema["allOf"][0], context, deps)
        kind = schema.get("type")
        fmt = schema.get("format")
        if "enum" in schema and kind in (None, "string"):
            return self.enum_for(schema, context)
        if kind == "integer":
            return "int"
        if kind == "number":
            return "Decimal"
        if kind == "boolean":
            return "bool"
        if kind == "string":
            if fmt == "date":
                return "date"
            if fmt == "date-time":
                return "datetime"
            return "str"
        if kind == "array":
            item = self.annotation(schema.get("items", {}), context + "Item", deps)
            return f"list[{item}]"
        if kind == "object" or kind is None:
            if schema.get("properties"):
                raise ValueError(f"{context}: inline object schemas must be named components")
            return "dict[str, Any]"
        raise ValueError(f"{context}: unsupported schema {schema!r}")

    def model(self, name: str) -> Model:
        if name in self.models:
            return self.models[name]
        schema = self.schemas[name]
        model = Model(name, _doc(schema.get("description")), [])
        self.models[name] = model
        required = set(schema.get("required", []))
        for wire, prop in schema.get("properties", {}).items():
            if snake(wire) in _MODEL_METHODS:
                raise ValueError(f"{name}.{wire}: the field would shadow the model method")
            annotation = self.annotation(prop, name + pascal(wire), model.depends_on)
            model.fields.append(
                ModelField(
                    name=snake(wire),
                    wire=wire,
                    annotation=annotation,
                    required=wire in required,
                    description=_doc(prop.get("description")),
                )
            )
        return model

    # ------------------------------------------------------------ operations

    def param(self, raw: dict[str, Any], op_id: str) -> Param:
        schema = raw.get("schema", {})
        if schema.get("type") == "array":
            single = self.param({**raw, "schema": schema.get("items", {})}, op_id)
            limit = schema.get("maxItems")
            bound = f", max_items={int(limit)}" if limit is not None else ""
            single_check = single.check.replace(f'", {single.name}', '", item', 1)
            return Param(
                name=single.name,
                wire=single.wire,
                location=single.location,
                required=single.required,
                annotation=f"Sequence[{single.annotation}]",
                check=(
                    f"check_list({single.name!r}, {single.name}, "
                    f"lambda item: {single_check}{bound})"
                ),
                description=single.description,
                default_doc=single.default_doc,
                multi=True,
                deprecated=bool(raw.get("deprecated")),
                constraint_doc="a list of: "
                + single.constraint_doc
                + (f"; at most {int(limit)} items" if limit is not None else ""),
            )
        name = snake(raw["name"])
        kind = schema.get("type")
        fmt = schema.get("format")
        required = bool(raw.get("required")) or raw.get("in") == "path"
        default_doc = "" if "default" not in schema else repr(schema["default"])
        docs: list[str] = []
        if raw["name"] == "offset":
            annotation, check = "str | int", f'check_offset("{name}", {name})'
            docs.append("the offset the previous slice returned")
        elif "enum" in schema or "$ref" in schema:
            enum_name = (
                self.enum_for(
                    self.schemas[self.ref_name(schema["$ref"])], self.ref_name(schema["$ref"])
                )
                if "$ref" in schema
                else self.enum_for(schema, pascal(op_id) + pascal(raw["name"]))
            )
            values = tuple(v for _, v in self.enums[enum_name].members)
            annotation = f"{enum_name} | str"
            # A plain string must be a value this SDK knows; an enum member always passes,
            # so a value newer than the SDK is sent as ``EnumName("NEW_VALUE")``.
            check = f'check_enum("{name}", {name}, {values!r})'
            docs.append(f"{enum_name}, one of {', '.join(values)}")
        elif kind == "integer":
            bounds = []
            # Ids (path parameters, and query parameters named ...Id) are never negative.
            is_id = raw.get("in") == "path" or raw["name"].lower().endswith("id")
            minimum = schema.get("minimum", 0 if is_id else None)
            if minimum is None and fmt == "int32":
                minimum = -(2**31)
            if "maximum" not in schema and fmt == "int32":
                schema = {**schema, "maximum": 2**31 - 1}
            if minimum is not None:
                bounds.append(f"minimum={int(minimum)}")
            if "maximum" in schema:
                bounds.append(f"maximum={int(schema['maximum'])}")
            extra = "".join(", " + b for b in bounds)
            annotation, check = "int", f'check_int("{name}", {name}{extra})'
            low, high = schema.get("minimum", minimum), schema.get("maximum")
            if low is not None and high is not None and high < 2**31 - 1:
                docs.append(f"int, {int(low)} to {int(high)}")
            elif low is not None and int(low) >= 0:
                docs.append(f"int, >= {int(low)}")
            else:
                docs.append("int")
        elif kind == "string" and fmt == "date":
            annotation, check = "date", f'check_date("{name}", {name})'
            docs.append("datetime.date")
        elif kind == "string":
            annotation, check = "str", f'check_str("{name}", {name})'
            docs.append("str, not empty")
        else:
            raise ValueError(f"{op_id}: unsupported parameter {raw['name']!r}: {schema!r}")
        return Param(
            name=name,
            wire=raw["name"],
            location=raw["in"],
            required=required,
            annotation=annotation,
            check=check,
            description=_doc(raw.get("description")),
            default_doc=default_doc,
            deprecated=bool(raw.get("deprecated")),
            constraint_doc="; ".join(
                docs
                + ([f"default {schema['default']}"] if "default" in schema else [])
                + (["required"] if required and raw.get("in") == "query" else [])
                + (["deprecated by the API"] if raw.get("deprecated") else [])
            ),
        )

    def operation(self, path: str, method: str, raw: dict[str, Any]) -> Operation:
        op_id = raw.get("operationId")
        if not op_id:
            raise ValueError(f"{method.upper()} {path}: missing operationId")
        tags = raw.get("tags") or []
        if len(tags) != 1:
            raise ValueError(f"{op_id}: needs exactly one tag, has {tags}")
        retry = raw.get("x-retry")
        if retry not in _RETRY_CLASSES:
            raise ValueError(f"{op_id}: x-retry must be one of {sorted(_RETRY_CLASSES)}")
        params = [self.param(p, op_id) for p in raw.get("parameters", [])]
        op = Operation(
            operation_id=op_id,
            func_name=snake(op_id),
            tag=tags[0],
            module=snake(tags[0]),
            method=method.upper(),
            path=path,
            summary=_doc(raw.get("summary")) or op_id,
            description=_doc(raw.get("description")),
            retry_class=_RETRY_CLASSES[retry],
            path_params=[p for p in params if p.location == "path"],
            query_params=[p for p in params if p.location == "query"],
            deprecated=bool(raw.get("deprecated")),
        )
        download = raw.get("x-download")
        if download is not None:
            op.download = (str(download["name"]), str(download["urlField"]))
        for p in op.path_params:
            if "{" + p.wire + "}" not in path:
                raise ValueError(f"{op_id}: path parameter {p.wire} not in {path}")
        # Required query parameters first, so they can be keyword-only without defaults.
        op.query_params.sort(key=lambda p: not p.required)
        self.body(op, raw.get("requestBody"))
        self.response(op, raw)
        return op

    def body(self, op: Operation, raw: dict[str, Any] | None) -> None:
        if not raw:
            return
        content = raw.get("content", {})
        op.body_required = bool(raw.get("required", True))
        if "application/json" in content:
            deps: set[str] = set()
            schema = content["application/json"].get("schema", {})
            is_list = schema.get("type") == "array" and "$ref" in schema.get("items", {})
            if "$ref" in schema or is_list:
                op.body_model = self.annotation(schema, pascal(op.operation_id) + "Body", deps)
                return
            raise ValueError(
                f"{op.operation_id}: JSON bodies must reference a named schema (or a list of one)"
            )
        if "multipart/form-data" in content:
            media = content["multipart/form-data"]
            schema = media.get("schema", {})
            props = schema.get("properties", {})
            required = set(schema.get("required", []))
            encoding = media.get("encoding", {})
            binary = [n for n, p in props.items() if p.get("format") == "binary"]
            json_parts = [
                n
                for n, p in props.items()
                if "$ref" in p and encoding.get(n, {}).get("contentType") == "application/json"
            ]
            unknown = len(props) - len(binary) - len(json_parts)
            if len(binary) != 1 or len(json_parts) > 1 or unknown:
                raise ValueError(
                    f"{op.operation_id}: multipart bodies carry one file part and at most one "
                    "JSON part (declared in encoding with contentType application/json)"
                )
            op.upload_field = binary[0]
            op.upload_required = binary[0] in required
            op.upload_image = op.upload_field == "image"
            if json_parts:
                name = json_parts[0]
                op.json_part = (name, self.annotation(props[name], name, set()))
                op.json_part_required = name in required
            return
        raise ValueError(f"{op.operation_id}: unsupported request body {sorted(content)}")

    def response(self, op: Operation, raw: dict[str, Any]) -> None:
        responses = raw.get("responses", {})
        ok = next((responses[c] for c in ("200", "201", "204") if c in responses), None)
        if ok is None:
            raise ValueError(f"{op.operation_id}: no success response")
        slice_info = raw.get("x-slice")
        content = (ok.get("content") or {}).get("application/json")
        if slice_info is not None:
            style = slice_info.get("style")
            if style not in ("id", "numeric"):
                raise ValueError(f"{op.operation_id}: x-slice.style must be id or numeric")
            item = slice_info.get("item")
            if item not in self.schemas:
                raise ValueError(f"{op.operation_id}: x-slice.item names unknown schema {item!r}")
            offset = [p for p in op.query_params if p.wire == "offset"]
            sizes = [p for p in op.query_params if p.wire == "sliceSize"]
            if len(offset) != 1 or len(sizes) != 1 or "maximum=" not in sizes[0].check:
                raise ValueError(
                    f"{op.operation_id}: sliced operations need offset and a bounded sliceSize"
                )
            self.model(item)
            op.response_kind, op.response_type = "page", item
            op.offset_param = offset[0]
            return
        if content is None or "schema" not in content:
            op.response_kind, op.response_type = "none", "None"
            return
        annotation = self.annotation(content["schema"], pascal(op.operation_id) + "Result", set())
        op.response_kind = "list" if annotation.startswith("list[") else "model"
        op.response_type = annotation


def _topological(models: dict[str, Model]) -> list[Model]:
    ordered: list[Model] = []
    state: dict[str, int] = {}

    def visit(name: str) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            raise ValueError(f"recursive schema {name!r} is not supported")
        state[name] = 1
        for dep in sorted(models[name].depends_on):
            visit(dep)
        state[name] = 2
        ordered.append(models[name])

    for name in sorted(models):
        visit(name)
    return ordered


def load_api(document: dict[str, Any]) -> Api:
    builder = _Builder(document)
    tag_docs = {t["name"]: _doc(t.get("description")) for t in document.get("tags", [])}
    operations: list[Operation] = []
    for path, item in document.get("paths", {}).items():
        for method in ("get", "head", "post", "put", "patch", "delete"):
            if method in item:
                operations.append(builder.operation(path, method, item[method]))
    # Named component schemas are part of the public model set even when unreferenced,
    # except the error body (parsed into exceptions) and sliced envelopes (Page[T]).
    for name, schema in builder.schemas.items():
        if name == "ErrorResponse" or name.endswith("SlicedResult"):
            continue
        if "enum" in schema:
            builder.enum_for(schema, name)
        else:
            builder.model(name)
    seen: set[str] = set()
    for op in operations:
        if op.func_name in seen:
            raise ValueError(f"duplicate operation name {op.func_name}")
        seen.add(op.func_name)
    tags: dict[str, Tag] = {}
    for op in sorted(operations, key=lambda o: (o.module, o.operation_id)):
        tag = tags.setdefault(op.tag, Tag(op.tag, op.module, tag_docs.get(op.tag, ""), []))
        tag.operations.append(op)
    info = document.get("info", {})
    return Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        enums=sorted(builder.enums.values(), key=lambda e: e.name),
        models=_topological(builder.models),
        tags=sorted(tags.values(), key=lambda t: t.module),
    )
