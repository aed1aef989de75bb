"""Renders the intermediate form through the Jinja templates into Python source."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jinja2

from .ir import Api, Operation, Tag, pascal

__all__ = ["render_all"]

TEMPLATES = Path(__file__).parent / "templates"


def _qualify(annotation: str, names: set[str]) -> str:
    """Prefix model and enum names with ``models.`` inside an annotation."""
    return re.sub(
        r"\b([A-Z][A-Za-z0-9]*)\b",
        lambda m: f"models.{m.group(1)}" if m.group(1) in names else m.group(1),
        annotation,
    )


class _Signatures:
    """Parameter lists and call arguments shared by every template."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def _positional(self, op: Operation, *, upload_type: str) -> list[str]:
        lines = [f"{p.name}: {_qualify(p.annotation, self.names)}," for p in op.path_params]
        if op.body_model:
            body = f"models.{op.body_model} | Mapping[str, Any]"
            lines.append(f"body: {body}," if op.body_required else f"body: {body} | None = None,")
        if op.upload_field:
            lines.append(f"{op.upload_field}: {upload_type},")
        return lines

    def _keywords(self, op: Operation) -> list[str]:
        lines = []
        for p in op.query_params:
            annotation = _qualify(p.annotation, self.names)
            lines.append(
                f"{p.name}: {annotation},"
                if p.required
                else f"{p.name}: {annotation} | None = None,"
            )
        if op.upload_field:
            lines.append("filename: str | None = None,")
        return lines

    def build_signature(self, op: Operation) -> str:
        lines = self._positional(op, upload_type="bytes")
        keywords = self._keywords(op)
        if keywords:
            lines += ["*,", *keywords]
        return "\n".join("    " + line for line in lines)

    def call_signature(self, op: Operation) -> str:
        lines = [*self._positional(op, upload_type="FileInput"), "*,", *self._keywords(op)]
        return "\n".join("    " + line for line in lines)

    def build_call(
        self,
        op: Operation,
        upload: str | None = None,
        filename: str | None = None,
        offset: str | None = None,
    ) -> str:
        args = [f"{p.name}={p.name}" for p in op.path_params]
        if op.body_model:
            args.append("body=body")
        if op.upload_field:
            args.append(f"{op.upload_field}={upload or op.upload_field}")
        for p in op.query_params:
            value = offset if (offset is not None and p is op.offset_param) else p.name
            args.append(f"{p.name}={value}")
        if op.upload_field:
            args.append(f"filename={filename or 'filename'}")
        return ", ".join(args)

    def forward_call(self, op: Operation) -> str:
        args = self.build_call(op)
        return args + ", " if args else ""

    def return_annotation(self, op: Operation) -> str:
        if op.response_kind == "page":
            return f"Page[models.{op.response_type}]"
        return _qualify(op.response_type, self.names)

    def runtime_type(self, op: Operation) -> str:
        return _qualify(op.response_type, self.names)


def _docline(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', "'''")


def _environment(api: Api) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    names = {m.name for m in api.models} | {e.name for e in api.enums}
    sig = _Signatures(names)
    env.filters.update(
        pyrepr=repr,
        docline=_docline,
        pascal=pascal,
        build_signature=sig.build_signature,
        call_signature=sig.call_signature,
        build_call=sig.build_call,
        forward_call=sig.forward_call,
        return_annotation=sig.return_annotation,
        runtime_type=sig.runtime_type,
    )
    return env


def _uses(ops: list[Operation], names: set[str]) -> dict[str, bool]:
    text = " ".join(
        p.annotation + " " + p.check for op in ops for p in op.path_params + op.query_params
    )
    return {
        "date": bool(re.search(r"\bdate\b", text)),
        "mapping": any(op.body_model for op in ops),
        "any": any(op.body_model or "Any" in op.response_type for op in ops),
        "page": any(op.response_kind == "page" for op in ops),
        "upload": any(op.upload_field for op in ops),
        "models": any(
            op.body_model
            or (
                op.response_kind in ("page", "model", "list")
                and any(n in names for n in re.findall(r"[A-Z]\w*", op.response_type))
            )
            or any(
                n in names for p in op.query_params for n in re.findall(r"[A-Z]\w*", p.annotation)
            )
            for op in ops
        ),
    }


def _api_imports(tag: Tag, names: set[str]) -> str:
    ops = tag.operations
    use = _uses(ops, names)
    checks = sorted(
        {
            m
            for op in ops
            for p in op.path_params + op.query_params
            for m in re.findall(r"check_\w+", p.check)
        }
    )
    request = ["PreparedRequest", "RawResponse", *checks]
    if any(op.path_params for op in ops):
        request.append("format_path")
    responses = []
    if any(op.response_kind == "none" for op in ops):
        responses.append("parse_empty")
    if any(op.response_kind in ("model", "list") for op in ops):
        responses.append("parse_json")
    lines = []
    typing = []
    if use["page"]:
        lines.append("from collections.abc import AsyncGenerator")
    if use["mapping"]:
        lines.append("from collections.abc import Mapping")
    if use["date"]:
        lines.append("from datetime import date")
    if use["any"]:
        typing.append("Any")
    if typing:
        lines.append(f"from typing import {', '.join(typing)}")
    lines.append("")
    if use["models"]:
        lines.append("from .. import models")
    if use["page"]:
        lines.append("from .._pagination import iterate_slices, parse_page")
    lines.append(f"from .._request import {', '.join(request)}")
    if responses:
        lines.append(f"from .._responses import {', '.join(responses)}")
    lines.append("from .._retry import RetryClass")
    if use["mapping"]:
        lines.append("from .._serde import dumps, to_request_json")
    lines.append("from .._transport import AsyncTransport")
    if use["upload"]:
        lines.append(
            "from .._upload import FileInput, build_multipart, default_filename, "
            "image_content_type, read_upload"
        )
    lines.append(
        "from ..types import Page, Timeout" if use["page"] else "from ..types import Timeout"
    )
    return "\n".join(lines)


def _client_imports(api: Api, names: set[str]) -> str:
    use = _uses(api.operations, names)
    lines = []
    if use["page"]:
        lines.append("from collections.abc import AsyncGenerator")
    if use["mapping"]:
        lines.append("from collections.abc import Mapping")
    if use["date"]:
        lines.append("from datetime import date")
    if use["any"]:
        lines.append("from typing import Any")
    lines += ["", "import aiohttp", ""]
    lines.append(
        "from . import _constants, models" if use["models"] else "from . import _constants"
    )
    lines.append("from ._ratelimit import RateLimit")
    lines.append("from ._retry import RetryPolicy")
    lines.append("from ._transport import _UNSET, AsyncTransport")
    if use["upload"]:
        lines.append("from ._upload import FileInput")
    lines.append(f"from .api import {', '.join(t.module for t in api.tags)}")
    lines.append(
        "from .types import Page, Timeout" if use["page"] else "from .types import Timeout"
    )
    return "\n".join(lines)


def _sync_client_imports(api: Api, names: set[str]) -> str:
    use = _uses(api.operations, names)
    lines = []
    if use["page"]:
        lines.append("from collections.abc import Generator")
    if use["mapping"]:
        lines.append("from collections.abc import Mapping")
    if use["date"]:
        lines.append("from datetime import date")
    if use["any"]:
        lines.append("from typing import Any")
    lines.append("")
    lines.append(
        "from . import _constants, models" if use["models"] else "from . import _constants"
    )
    lines.append("from ._client import AsyncClient")
    lines.append("from ._ratelimit import RateLimit")
    lines.append("from ._retry import RetryPolicy")
    lines.append("from ._sync import SyncClientBase, SyncRunner")
    lines.append("from ._transport import _UNSET")
    if use["upload"]:
        lines.append("from ._upload import FileInput")
    lines.append(f"from .api import {', '.join(t.module for t in api.tags)}")
    lines.append(
        "from .types import Page, Timeout" if use["page"] else "from .types import Timeout"
    )
    return "\n".join(lines)


def format_source(source: str, filename: str) -> str:
    """ruff-format generated code so the committed files read like hand-written ones."""
    completed = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", filename, "-"],
        input=source,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"ruff format failed on {filename}:\n{completed.stderr}\n{source}")
    fixed = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--fix",
            "--select",
            "I",
            "--quiet",
            "--stdin-filename",
            filename,
            "-",
        ],
        input=completed.stdout,
        capture_output=True,
        text=True,
        check=False,
    )
    return fixed.stdout if fixed.stdout else completed.stdout


def render_all(api: Api, package: str = "perfectgym_async") -> dict[str, str]:
    """Every generated file: relative path -> formatted source."""
    env = _environment(api)
    names = {m.name for m in api.models} | {e.name for e in api.enums}
    files: dict[str, Any] = {
        f"{package}/models.py": env.get_template("models.py.jinja").render(api=api),
        f"{package}/api/__init__.py": env.get_template("api_init.py.jinja").render(api=api),
        f"{package}/_client.py": env.get_template("client.py.jinja").render(
            api=api, imports=_client_imports(api, names)
        ),
        f"{package}/_sync_client.py": env.get_template("sync_client.py.jinja").render(
            api=api, imports=_sync_client_imports(api, names)
        ),
    }
    for tag in api.tags:
        files[f"{package}/api/{tag.module}.py"] = env.get_template("api_module.py.jinja").render(
            tag=tag, imports=_api_imports(tag, names)
        )
    return {path: format_source(source, path) for path, source in sorted(files.items())}
