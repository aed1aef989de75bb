"""``python -m generator [--check]``: regenerate (or verify) the SDK's generated files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from .ir import load_api
from .render import render_all

ROOT = Path(__file__).resolve().parent.parent


def generate(root: Path = ROOT) -> dict[str, str]:
    document = yaml.safe_load((root / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    files = render_all(load_api(document))
    # The fake tenant answers every operation from the spec; the runtime package has no
    # YAML parser, so it gets the same document as JSON.
    files["perfectgym_async/testing/openapi.json"] = (
        json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False, default=str) + "\n"
    )
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if committed files differ from the spec"
    )
    args = parser.parse_args(argv)
    files = generate()
    stale = [
        p
        for p, src in files.items()
        if not (ROOT / p).is_file() or (ROOT / p).read_text(encoding="utf-8") != src
    ]
    if args.check:
        for path in stale:
            print(f"out of date: {path}", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        target = ROOT / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(files[path], encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
