"""Renders the intermediate form through the Jinja templates into Python source."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jinja2

from .ir import Api, Operation, pascal, snake

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

    def body_type(self, op: Operation) -> str:
        """The body argument's annotation: a model or its wire mapping (or a list of them)."""
        model = str(op.body_model)
        if model.startswith("list["):
            inner = model[len("list[") : -1]
            return f"Sequence[models.{inner} | Mapping[str, Any]]"
        return f"models.{model} | Mapping[str, Any]"

    def body_runtime(self, op: Operation) -> str:
        return _qualify(str(op.body_model), self.names)

    def _positional(self, op: Operation, *, upload_type: str) -> list[str]:
        lines = [f"{p.name}: {_qualify(p.annotation, self.names)}," for p in op.path_params]
        if op.body_model:
            body = self.body_type(op)
            lines.append(f"body: {body}," if op.body_required else f"body: {body} | None = None,")
        if op.json_part:
            name, model = op.json_part
            part = f"models.{model} | Mapping[str, Any]"
            optional = "" if op.json_part_required else " | None = None"
            lines.append(f"{name}: {part}{optional},")
        if op.upload_field:
            lines.append(
                f"{op.upload_field}: {upload_type},"
                if op.upload_required
                else f"{op.upload_field}: {upload_type} | None = None,"
            )
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
        if op.json_part:
            args.append(f"{op.json_part[0]}={op.json_part[0]}")
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

    def return_doc(self, op: Operation) -> str:
        if op.response_kind == "page":
            return f"``Page[models.{op.response_type}]``: ``result``, ``has_next``, ``offset``."
        if op.response_kind == "none":
            return "nothing: the API answers without a body."
        return f"``{_qualify(op.response_type, self.names)}``."

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
        snake=snake,
        build_signature=sig.build_signature,
        call_signature=sig.call_signature,
        build_call=sig.build_call,
        forward_call=sig.forward_call,
        return_annotation=sig.return_annotation,
        runtime_type=sig.runtime_type,
        body_runtime=sig.body_runtime,
        return_doc=sig.return_doc,
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


COMMON = "_common"


def model_homes(api: Api) -> dict[str, str]:
    """Which module of ``perfectgym_async.models`` defines each model and enum.

    A shape used by the operations of one tag lives in that tag's module; one used by
    several tags (``Money``), or by none, lives in ``_common``. A dependency is used
    wherever its user is, so a tag module only ever imports from ``_common``.
    """
    names = {m.name for m in api.models} | {e.name for e in api.enums}
    by_name = {m.name: m for m in api.models}
    word = re.compile(r"\b[A-Z][A-Za-z0-9]*\b")

    def referenced(annotation: str) -> set[str]:
        return {n for n in word.findall(annotation) if n in names}

    uses: dict[str, set[str]] = {name: set() for name in names}

    def mark(name: str, module: str, seen: set[str]) -> None:
        if name in seen:
            return
        seen.add(name)
        uses[name].add(module)
        model = by_name.get(name)
        if model is not None:
            for field in model.fields:
                for dep in referenced(field.annotation):
                    mark(dep, module, seen)

    for op in api.operations:
        roots = referenced(op.response_type) | referenced(op.body_model or "")
        if op.json_part:
            roots |= referenced(op.json_part[1])
        for p in op.path_params + op.query_params:
            roots |= referenced(p.annotation)
        seen: set[str] = set()
        for root in roots:
            mark(root, op.module, seen)
    return {
        name: next(iter(modules)) if len(modules) == 1 else COMMON for name, modules in uses.items()
    }


def _model_files(env: jinja2.Environment, api: Api, package: str) -> dict[str, str]:
    homes = model_homes(api)
    word = re.compile(r"\b[A-Z][A-Za-z0-9]*\b")
    files: dict[str, str] = {}
    for module in sorted(set(homes.values())):
        enums = [e for e in api.enums if homes[e.name] == module]
        models = [m for m in api.models if homes[m.name] == module]
        imports = sorted(
            {
                dep
                for m in models
                for f in m.fields
                for dep in word.findall(f.annotation)
                if dep in homes and homes[dep] != module
            }
        )
        files[f"{package}/models/{module}.py"] = env.get_template("models.py.jinja").render(
            api=api, module=module, enums=enums, models=models, imports=imports, homes=homes
        )
    files[f"{package}/models/__init__.py"] = env.get_template("models_init.py.jinja").render(
        api=api, homes=homes, modules=sorted(set(homes.values()))
    )
    return files


def render_all(api: Api, package: str = "perfectgym_async") -> dict[str, str]:
    """Every generated file: relative path -> formatted source."""
    env = _environment(api)
    files: dict[str, Any] = {
        **_model_files(env, api, package),
        f"{package}/api/__init__.py": env.get_template("api_init.py.jinja").render(api=api),
        f"{package}/_client.py": env.get_template("client.py.jinja").render(api=api),
        f"{package}/_sync_client.py": env.get_template("sync_client.py.jinja").render(api=api),
        f"{package}/_raw.py": env.get_template("raw.py.jinja").render(api=api),
    }
    files["docs/coverage.md"] = env.get_template("coverage.md.jinja").render(api=api)
    homes = model_homes(api)
    for tag in api.tags:
        files[f"docs/reference/{tag.module}.md"] = env.get_template("reference.md.jinja").render(
            tag=tag,
            models=[m for m in api.models if homes[m.name] == tag.module],
            enums=[e for e in api.enums if homes[e.name] == tag.module],
        )
    files["docs/reference/_common.md"] = env.get_template("reference.md.jinja").render(
        tag={
            "name": "Shared models",
            "module": COMMON,
            "description": "Shapes that several tags use, such as `Money`.",
            "operations": [],
        },
        models=[m for m in api.models if homes[m.name] == COMMON],
        enums=[e for e in api.enums if homes[e.name] == COMMON],
    )
    for tag in api.tags:
        files[f"{package}/api/{tag.module}.py"] = env.get_template("api_module.py.jinja").render(
            tag=tag
        )
    return {
        path: source if path.endswith(".md") else format_source(source, path)
        for path, source in sorted(files.items())
    }
