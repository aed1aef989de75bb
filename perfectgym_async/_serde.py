"""JSON and model (de)serialisation: one place that knows the wire format.

* Money and every other JSON number become ``Decimal`` from their text, never via float.
* Models are attrs classes; their wire (camelCase) names live in field metadata
  under ``"wire"``, written by the generator.
* Responses are decoded leniently (unknown fields ignored, unknown enum values
  kept) and fast (no detailed validation); only when decoding fails is it run
  again with detailed validation to name the failing field.
* Request bodies are checked strictly before anything is sent.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from types import NoneType, UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from .errors import APIResponseValidationError
from .types import OpenEnum, ZonedDateTime, format_datetime

_msgspec_json: Any
try:  # msgspec parses these payloads several times faster; it is optional (the speed extra).
    import msgspec.json as _msgspec_json
except ImportError:  # pragma: no cover - exercised when the extra is absent
    _msgspec_json = None

__all__ = [
    "HAS_FAST_JSON",
    "decode_structured",
    "decode_json",
    "dumps",
    "dumps_text",
    "loads",
    "model_from_dict",
    "model_to_dict",
    "model_to_json",
    "structure_response",
    "to_request_json",
    "unstructure",
]


HAS_FAST_JSON = _msgspec_json is not None


# --------------------------------------------------------------------------- JSON


def _refuse_constant(name: str) -> Any:
    # Python's json module accepts NaN and Infinity; JSON does not, and neither may money.
    raise ValueError(f"{name} is not valid JSON")


def _loads_stdlib(data: bytes | str) -> Any:
    return json.loads(data, parse_float=Decimal, parse_constant=_refuse_constant)


# Both parsers hand every non-integer number over as its wire text, so each becomes the
# exact Decimal the server wrote, scale included ("20.00" stays Decimal("20.00")).
_fast_decoder = _msgspec_json.Decoder(float_hook=Decimal) if _msgspec_json is not None else None


def _loads_fast(data: bytes | str) -> Any:
    # msgspec's DecodeError is a ValueError, like the stdlib's JSONDecodeError.
    return _fast_decoder.decode(data)  # type: ignore[union-attr]


loads: Callable[[bytes | str], Any] = _loads_fast if _fast_decoder is not None else _loads_stdlib


def _encode(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, int):
        out.append(str(int(value)))
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot send non-finite number {value}")
        out.append(str(value))
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot send non-finite number {value}")
        out.append(repr(value))
    elif isinstance(value, Mapping):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if index:
                out.append(",")
            out.append(json.dumps(str(key), ensure_ascii=False))
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        raise TypeError(f"cannot send a {type(value).__name__} as JSON")


def dumps(value: Any) -> bytes:
    """Serialise unstructured data to JSON, writing each Decimal as its exact digits."""
    return dumps_text(value).encode("utf-8")


def dumps_text(value: Any) -> str:
    """:func:`dumps` as text."""
    out: list[str] = []
    _encode(value, out)
    return "".join(out)


def decode_json(operation: str, body: bytes) -> Any:
    """Parse a 2xx body, raising APIResponseValidationError when it is not JSON."""
    try:
        return loads(body)
    except (ValueError, RecursionError) as exc:
        # RecursionError: a body nested deeper than the parser's stack; never valid data here.
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise APIResponseValidationError(
            operation, "", f"body is not valid JSON ({reason}); starts with {_snippet(body)}"
        ) from None


def _snippet(body: bytes) -> str:
    return repr(body[:80].decode("utf-8", errors="replace"))


# ----------------------------------------------------------------------- scalars


def _structure_decimal(value: Any, _: Any) -> Decimal:
    # Exact-type checks first: this runs for every amount of every slice.
    kind = type(value)
    if kind is Decimal:
        return value  # type: ignore[no-any-return]
    if kind is int:
        return Decimal(value)
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite number: {value}")
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        # Only a caller's own data gets here (parsed JSON never holds floats): take the
        # shortest text that reads back as this float, which is what the caller wrote.
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"not a finite number: {value!r}")
        return Decimal(repr(value))
    if isinstance(value, str):
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
        if not result.is_finite():
            raise ValueError(f"not a finite number: {value!r}")
        return result
    raise TypeError(f"expected a number, got {type(value).__name__}")


def _structure_date(value: Any, _: Any) -> date:
    if type(value) is str:
        return date.fromisoformat(value)
    if isinstance(value, datetime):
        raise TypeError("expected a date, got a datetime")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value)
    raise TypeError(f"expected an ISO date string, got {type(value).__name__}")


def _structure_datetime(value: Any, _: Any) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("date-time has no timezone; the API needs an aware one")
        return value
    return ZonedDateTime.parse(value)


def _unstructure_date(value: date) -> str:
    if isinstance(value, datetime):
        raise TypeError("expected a date, got a datetime")
    if not isinstance(value, date):
        raise TypeError(f"expected a datetime.date, got {type(value).__name__}")
    return value.isoformat()


def _unstructure_open_enum(value: Any) -> Any:
    # A plain string (or anything else) passes through to the type check that follows.
    return value.value if isinstance(value, enum.Enum) else value


def _strict(kind: type, *accept: type) -> Callable[[Any, Any], Any]:
    accepted = accept or (kind,)
    name = kind.__name__

    def check(value: Any, _: Any) -> Any:
        if isinstance(value, bool) and bool not in accepted:
            raise TypeError(f"expected {name}, got bool")
        if not isinstance(value, accepted):
            raise TypeError(f"expected {name}, got {type(value).__name__}")
        return value

    return check


# ---------------------------------------------------------------------- converters


def _wire_overrides(cls: type) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    for field in attrs.fields(cls):
        wire = field.metadata.get("wire")
        if wire is not None and wire != field.name:
            overrides[field.name] = override(rename=wire)
    return overrides


_BUILTIN_SCALARS = (int, str, bool)


def _make_fast_structure_fn(cls: type, converter: cattrs.Converter) -> Any:
    """The response hot path for one model, as one compiled function.

    Same leniency as cattrs' own generated hooks (unknown keys ignored, a missing
    optional key is None) but without the per-field dict building and re-dispatch:
    optional fields are read with ``dict.get`` and their inner hook resolved once.
    Any failure here makes ``structure_response`` re-run cattrs with detailed
    validation to name the field.
    """
    attrs.resolve_types(cls)
    hints = {field.name: field.type for field in attrs.fields(cls)}
    namespace: dict[str, Any] = {"__cl": cls}
    arguments = []
    for index, field in enumerate(attrs.fields(cls)):
        wire = field.metadata.get("wire", field.name)
        kind = hints[field.name]
        optional = field.default is None and _is_simple_optional(kind)
        if optional:
            (kind,) = [arg for arg in kind.__args__ if arg is not NoneType]
        if kind in _BUILTIN_SCALARS:
            call = f"{kind.__name__}({{}})"
        else:
            namespace[f"__h{index}"] = converter.get_structure_hook(kind)
            namespace[f"__t{index}"] = kind
            call = f"__h{index}({{}}, __t{index})"
        if optional:
            read = f"(__v{index} := o.get({wire!r}))"
            value = f"(None if {read} is None else {call.format(f'__v{index}')})"
        elif field.default is not attrs.NOTHING:
            raise TypeError(f"{cls.__name__}.{field.name}: only None defaults are generated")
        else:
            value = call.format(f"o[{wire!r}]")
        arguments.append(f"{field.name}={value}")
    source = f"def structure_{cls.__name__}(o, _):\n    return __cl({', '.join(arguments)})\n"
    exec(compile(source, f"<perfectgym_async fast structure {cls.__name__}>", "exec"), namespace)
    return namespace[f"structure_{cls.__name__}"]


def _is_simple_optional(kind: Any) -> bool:
    args = getattr(kind, "__args__", ())
    return (
        (isinstance(kind, UnionType) or getattr(kind, "__origin__", None) is Union)
        and len(args) == 2
        and NoneType in args
    )


def _make_converter(*, detailed: bool, strict: bool) -> cattrs.Converter:
    converter = cattrs.Converter(detailed_validation=detailed, forbid_extra_keys=strict)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(date, _structure_date)
    converter.register_structure_hook(datetime, _structure_datetime)
    converter.register_unstructure_hook(Decimal, lambda value: value)
    converter.register_unstructure_hook(date, _unstructure_date)
    converter.register_unstructure_hook(datetime, format_datetime)
    converter.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, OpenEnum),
        _structure_open_enum,
    )
    converter.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, OpenEnum), _unstructure_open_enum
    )
    if strict:
        converter.register_structure_hook(int, _strict(int))
        converter.register_structure_hook(str, _strict(str))
        # OpenEnums are str subclasses: without this, the str hook above would catch
        # them first and leave enum fields plain strings.
        converter.register_structure_hook(OpenEnum, _structure_open_enum)
        converter.register_structure_hook(bool, _strict(bool))
        converter.register_structure_hook(float, _strict(float, int, float))

    def structure_factory(cls: type) -> Any:
        if not detailed and not strict:
            return _make_fast_structure_fn(cls, converter)
        return make_dict_structure_fn(
            cls,
            converter,
            _cattrs_forbid_extra_keys=strict,
            _cattrs_detailed_validation=detailed,
            **_wire_overrides(cls),
        )

    def unstructure_factory(cls: type) -> Any:
        return make_dict_unstructure_fn(
            cls, converter, _cattrs_omit_if_default=True, **_wire_overrides(cls)
        )

    def optional_factory(union: Any) -> Any:
        # cattrs re-dispatches on every call for ``X | None``; resolve X's hook once.
        (inner,) = [arg for arg in union.__args__ if arg is not NoneType]
        hook = converter.get_structure_hook(inner)

        def structure_optional(value: Any, _: Any) -> Any:
            return None if value is None else hook(value, inner)

        return structure_optional

    if not detailed:
        converter.register_structure_hook_factory(_is_simple_optional, optional_factory)
    converter.register_structure_hook_factory(attrs.has, structure_factory)
    converter.register_unstructure_hook_factory(attrs.has, unstructure_factory)
    return converter


def _structure_open_enum(value: Any, cls: type[OpenEnum]) -> OpenEnum:
    if isinstance(value, cls):
        return value
    if not isinstance(value, str):
        raise TypeError(f"expected a {cls.__name__} value (a string), got {type(value).__name__}")
    return cls(value)


#: Hot path for responses: lenient and without per-field bookkeeping.
_fast = _make_converter(detailed=False, strict=False)
#: Same leniency, used only to explain a failure of the fast path.
_detailed = _make_converter(detailed=True, strict=False)
#: Request bodies: wrong types and unknown keys are errors.
_strict_converter = _make_converter(detailed=True, strict=True)


def _format_leaf(exc: BaseException, type_: Any) -> str:
    # Our own hooks raise messages worth showing ("has no timezone", "not a number");
    # cattrs' generic wording is kept for everything else.
    if (
        isinstance(exc, (TypeError, ValueError))
        and not isinstance(exc, cattrs.BaseValidationError)
        and str(exc)
        and "object is not" not in str(exc)
    ):
        return str(exc)
    return cattrs.v.format_exception(exc, type_)


def _describe_failure(exc: BaseException) -> tuple[str, str]:
    """(path of the first failing field, every failure joined) of a cattrs error tree."""
    if isinstance(exc, cattrs.BaseValidationError):
        messages = cattrs.transform_error(exc, path="$", format_exception=_format_leaf)
        if messages:
            first_path = messages[0].rpartition(" @ ")[2] or "$"
            return first_path, "; ".join(messages)
        return "$", str(exc)
    return "$", f"{type(exc).__name__}: {exc}"


_fast_hooks: dict[Any, Callable[[Any, Any], Any]] = {}


def structure_response(operation: str, data: Any, cls: Any) -> Any:
    """Turn parsed JSON into ``cls`` (a model, list of models or scalar)."""
    # Looking the hook up once per type skips cattrs' dispatch on every response.
    hook = _fast_hooks.get(cls)
    if hook is None:
        hook = _fast_hooks[cls] = _fast.get_structure_hook(cls)
    try:
        return hook(data, cls)
    except RecursionError:
        raise APIResponseValidationError(operation, "$", "the body is nested too deeply") from None
    except Exception:
        pass
    try:
        _detailed.structure(data, cls)
    except Exception as exc:  # cattrs raises a tree of arbitrary leaf errors
        path, message = _describe_failure(exc)
        detail = message.replace(f" @ {path}", "")
        raise APIResponseValidationError(operation, path, detail) from None
    # Only the fast path failed (should not happen); report without a path.
    raise APIResponseValidationError(operation, "$", "the response does not match the model")


def decode_structured(operation: str, body: bytes, cls: Any) -> Any:
    """Parse and structure a 2xx body."""
    return structure_response(operation, decode_json(operation, body), cls)


def unstructure(value: Any) -> Any:
    """A model (or list of models) as plain JSON-ready data with wire names."""
    return _fast.unstructure(value)


def to_request_json(operation: str, body: Any, cls: Any) -> Any:
    """Check a request body and return it unstructured, ready for :func:`dumps`.

    ``body`` is an instance of ``cls`` or a mapping in the wire (camelCase)
    shape (for a list body, a list of those). Either way it must pass strict
    validation, so a wrong type or a misspelt key is reported before anything is sent.
    """
    if getattr(cls, "__origin__", None) is list:
        (item_cls,) = cls.__args__
        if isinstance(body, (str, bytes, Mapping)) or not isinstance(body, (list, tuple)):
            raise TypeError(
                f"{operation}: body must be a list of {item_cls.__name__} (or of mappings in "
                f"its wire shape), got {type(body).__name__}"
            )
        return [
            _one_request_json(f"{operation}[{i}]", item, item_cls) for i, item in enumerate(body)
        ]
    return _one_request_json(operation, body, cls)


def _one_request_json(operation: str, body: Any, cls: type[Any]) -> Any:
    if isinstance(body, cls):
        # A model: fields are named as the caller wrote them, by attribute name.
        data = _unstructure_instance(body, f"{operation}: invalid body")
        wire_names = False
    elif isinstance(body, Mapping):
        data = body
        wire_names = True
    else:
        raise TypeError(
            f"{operation}: body must be a {cls.__name__} or a mapping in its wire shape, "
            f"got {type(body).__name__}"
        )
    checked = _structure_strict(data, cls, f"{operation}: invalid body", wire_names=wire_names)
    return _fast.unstructure(checked)


# ------------------------------------------------------------------ models <-> wire shape

_M = TypeVar("_M")


def model_to_dict(model: Any) -> dict[str, Any]:
    """A model in its wire shape: camelCase keys, Decimals kept, dates and date-times as text."""
    data: dict[str, Any] = _unstructure_instance(model, f"{type(model).__name__}.to_dict()")
    return data


def model_to_json(model: Any) -> str:
    """A model as the JSON text the SDK sends, every Decimal digit kept."""
    return dumps_text(model_to_dict(model))


def model_from_dict(cls: type[_M], data: Any) -> _M:
    """The validated inverse of :func:`model_to_dict`, as strict as a request body."""
    if not isinstance(data, Mapping):
        raise TypeError(
            f"{cls.__name__}.from_dict() takes a mapping in the wire (camelCase) shape, "
            f"got {type(data).__name__}"
        )
    result: _M = _structure_strict(data, cls, f"{cls.__name__}.from_dict()", wire_names=True)
    return result


def _structure_strict(data: Any, cls: Any, what: str, *, wire_names: bool) -> Any:
    try:
        return _strict_converter.structure(data, cls)
    except Exception as exc:  # cattrs raises a tree of arbitrary leaf errors
        messages = _validation_messages(exc, "$", wire_names)
        raise ValueError(f"{what}: {'; '.join(messages)}") from None


def _validation_messages(exc: BaseException, path: str, wire_names: bool) -> list[str]:
    """``cattrs.transform_error``, naming each field by its wire name when asked to."""
    if isinstance(exc, cattrs.IterableValidationError):
        return _iterable_messages(exc, path, wire_names)
    if isinstance(exc, cattrs.ClassValidationError):
        return _class_messages(exc, path, wire_names)
    return [f"{_format_leaf(exc, None)} @ {path}"]


def _iterable_messages(
    exc: cattrs.IterableValidationError, path: str, wire_names: bool
) -> list[str]:
    messages: list[str] = []
    with_notes, without = exc.group_exceptions()
    for inner, note in with_notes:
        messages += _leaf_or_tree(inner, f"{path}[{note.index!r}]", note.type, wire_names)
    messages += [f"{_format_leaf(inner, None)} @ {path}" for inner in without]
    return messages


def _class_messages(exc: cattrs.ClassValidationError, path: str, wire_names: bool) -> list[str]:
    messages: list[str] = []
    wire = _wire_names(exc.cl) if wire_names else {}
    with_notes, without = exc.group_exceptions()
    for inner, note in with_notes:
        name = wire.get(note.name, note.name)
        messages += _leaf_or_tree(inner, f"{path}.{name}", note.type, wire_names)
    for inner in without:
        if wire_names and isinstance(inner, cattrs.ForbiddenExtraKeysError):
            messages.append(f"unknown keys ({', '.join(sorted(inner.extra_fields))}) @ {path}")
        else:
            messages.append(f"{_format_leaf(inner, None)} @ {path}")
    return messages


def _leaf_or_tree(exc: BaseException, path: str, type_: Any, wire_names: bool) -> list[str]:
    if isinstance(exc, (cattrs.ClassValidationError, cattrs.IterableValidationError)):
        return _validation_messages(exc, path, wire_names)
    return [f"{_format_leaf(exc, type_)} @ {path}"]


def _wire_names(cls: Any) -> dict[str, str]:
    if not (isinstance(cls, type) and attrs.has(cls)):
        return {}
    return {field.name: field.metadata.get("wire", field.name) for field in attrs.fields(cls)}


def _unstructure_instance(model: Any, what: str) -> Any:
    """``model`` unstructured; a field holding what it cannot hold is named by attribute."""
    try:
        return _fast.unstructure(model)
    except Exception:
        pass
    problem = _instance_problem(model, "$") or "the model cannot be converted"
    raise ValueError(f"{what}: {problem}")


def _instance_problem(value: Any, path: str) -> str | None:
    """Where (by attribute name) and why a model instance cannot be unstructured."""
    cls = type(value)
    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        item = getattr(value, field.name, None)
        if item is None:
            continue
        problem = _value_problem(item, field.type, f"{path}.{field.name}")
        if problem is not None:
            return problem
    return None


def _value_problem(value: Any, type_: Any, path: str) -> str | None:
    inner = _without_none(type_)
    if isinstance(inner, type) and attrs.has(inner):
        if not isinstance(value, inner):
            return f"expected {inner.__name__}, got {type(value).__name__} @ {path}"
        return _instance_problem(value, path)
    if get_origin(inner) is list:
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, (list, tuple)):
            return f"expected a list, got {type(value).__name__} @ {path}"
        (item_type,) = get_args(inner) or (Any,)
        for index, item in enumerate(value):
            problem = _value_problem(item, item_type, f"{path}[{index}]")
            if problem is not None:
                return problem
        return None
    try:
        _fast.unstructure(value, inner)
    except Exception as exc:
        if isinstance(exc, (TypeError, ValueError)) and str(exc):
            return f"{exc} @ {path}"
        expected = getattr(inner, "__name__", str(inner))
        return f"expected {expected}, got {type(value).__name__} @ {path}"
    return None


def _without_none(type_: Any) -> Any:
    if get_origin(type_) in (Union, UnionType):
        remaining = [arg for arg in get_args(type_) if arg is not NoneType]
        if len(remaining) == 1:
            return remaining[0]
    return type_
