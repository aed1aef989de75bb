"""Walk everything an error tracker records about an exception, looking for a secret.

Error trackers (Sentry and the like) record the exception, its args and attributes,
the ``__cause__``/``__context__`` chain, and the local variables of every frame of
every traceback along that chain. This walks the same graph (containers, multidicts,
attrs instances, the SDK's own objects, and the repr of everything) and reports where
the key shows up, plain or in any JSON escaping of it.
"""

from __future__ import annotations

import contextlib
import json
import types
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

__all__ = ["key_forms", "where_key_appears"]


def key_forms(key: str) -> list[str]:
    """The key as text: plain, JSON-escaped per character (both hex cases), ``\\/``."""
    escaped_lower = "".join(f"\\u{ord(c):04x}" for c in key)
    forms = {
        key,
        json.dumps(key)[1:-1],
        escaped_lower,
        escaped_lower.upper().replace("\\U", "\\u"),
        key.replace("/", "\\/"),
    }
    return sorted(forms)


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (bytes, bytearray, memoryview)):
        yield bytes(value).decode("latin-1")


def _own_object(value: Any) -> bool:
    module = type(value).__module__ or ""
    return module.startswith("perfectgym_async") or attrs.has(type(value))


def _frames(exc: BaseException) -> Iterator[types.FrameType]:
    tb = exc.__traceback__
    while tb is not None:
        yield tb.tb_frame
        tb = tb.tb_next


def where_key_appears(
    exc: BaseException, key: str, *, skip_files: tuple[str, ...] = ()
) -> list[str]:
    """Paths (``chain[0].args[0]``, ``chain[1].frame[_attempt].headers``...) holding the key."""
    forms = key_forms(key)
    found: list[str] = []
    seen: set[int] = set()

    def check_text(text: str, path: str) -> None:
        if any(form in text for form in forms):
            found.append(path)

    def visit(value: Any, path: str, depth: int) -> None:
        if depth > 12 or id(value) in seen:
            return
        seen.add(id(value))
        for text in _texts(value):
            check_text(text, path)
            return
        if isinstance(value, (int, float, bool, type(None))):
            return
        with contextlib.suppress(Exception):
            check_text(repr(value), path + "<repr>")
        if isinstance(value, BaseException):
            visit(value.args, path + ".args", depth + 1)
            visit(getattr(value, "__dict__", {}), path + ".__dict__", depth + 1)
            for name in ("__cause__", "__context__"):
                visit(getattr(value, name), f"{path}.{name}", depth + 1)
            for frame in _frames(value):
                if frame.f_code.co_filename.endswith(skip_files):
                    continue
                where = f"{path}.frame[{frame.f_code.co_name}]"
                for name, local in frame.f_locals.items():
                    visit(local, f"{where}.{name}", depth + 1)
            return
        if isinstance(value, Mapping) or (hasattr(value, "items") and hasattr(value, "keys")):
            try:
                items = list(value.items())
            except Exception:
                return
            for name, item in items:
                visit(name, f"{path}[key]", depth + 1)
                visit(item, f"{path}[{name!r}]", depth + 1)
            return
        if isinstance(value, (list, tuple, set, frozenset)):
            for index, item in enumerate(value):
                visit(item, f"{path}[{index}]", depth + 1)
            return
        if attrs.has(type(value)):
            for field in attrs.fields(type(value)):
                visit(getattr(value, field.name, None), f"{path}.{field.name}", depth + 1)
            return
        if _own_object(value):
            visit(getattr(value, "__dict__", {}), path + ".__dict__", depth + 1)
            for slot in getattr(type(value), "__slots__", ()):
                visit(getattr(value, slot, None), f"{path}.{slot}", depth + 1)
            return
        # Anything else from aiohttp & co: its attributes, as a tracker's serializer would.
        attributes = getattr(value, "__dict__", None)
        if isinstance(attributes, dict):
            visit(attributes, path + ".__dict__", depth + 1)

    visit(exc, "exc", 0)
    return found
