"""Renders the intermediate form through the Jinja templates into Python source."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jinja2

from .ir import Api, Operation, pascal

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


def _ruff(args: list[str], source: str, filename: str) -> str:
    completed = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--stdin-filename", filename, "-"],
        input=source,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0 or not completed.stdout:
        raise RuntimeError(f"ruff {args[0]} failed on {filename}:\n{completed.stderr}\n{source}")
    return completed.stdout


def format_source(source: str, filename: str) -> str:
    """Drop unused imports, sort them and ruff-format, so the output reads like hand-written code.

    Templates import every helper a module might use; pruning here keeps the
    templates free of bookkeeping about which operation needs which helper.
    """
    # Prune before sorting: the sorter would first wrap the long superset import in
    # parentheses, and the pruned result would keep that shape.
    quiet_fix = ["check", "--fix", "--exit-zero", "--quiet", "--select"]
    pruned = _ruff([*quiet_fix, "F401"], source, filename)
    ordered = _ruff([*quiet_fix, "I"], pruned, filename)
    return _ruff(["format", "--quiet"], ordered, filename)


def render_all(api: Api, package: str = "perfectgym_async") -> dict[str, str]:
    """Every generated file: relative path -> formatted source."""
    env = _environment(api)
    files: dict[str, Any] = {
        f"{package}/models.py": env.get_template("models.py.jinja").render(api=api),
        f"{package}/api/__init__.py": env.get_template("api_init.py.jinja").render(api=api),
        f"{package}/_client.py": env.get_template("client.py.jinja").render(api=api),
        f"{package}/_sync_client.py": env.get_template("sync_client.py.jinja").render(api=api),
    }
    for tag in api.tags:
        files[f"{package}/api/{tag.module}.py"] = env.get_template("api_module.py.jinja").render(
            tag=tag
        )
    return {path: format_source(source, path) for path, source in sorted(files.items())}
