"""The README is code too: every Python block type-checks under ``mypy --strict``, and every
block not marked otherwise runs against a fake tenant.

A block may be preceded by a marker comment:

* ``<!-- readme: no-run (reason) -->``: type-checked only (a web server, a pytest file).

Runnable blocks get ``PERFECTGYM_BASE_URL`` and ``PERFECTGYM_API_KEY`` pointing at a fake
tenant, which is what ``AsyncClient()`` and ``Client()`` read when called without arguments.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from perfectgym_async.testing import FakeTenant

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(
    r"(?:<!-- readme: (?P<mode>[a-z-]+)[^>]*-->\s*\n)?```python\n(?P<code>.*?)```", re.S
)


def _blocks() -> list[tuple[int, str, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for match in BLOCK.finditer(text):
        line = text.count("\n", 0, match.start("code")) + 1
        found.append((line, match.group("mode") or "run", match.group("code")))
    return found


BLOCKS = _blocks()


def test_the_readme_has_python_blocks_and_only_known_markers() -> None:
    assert len(BLOCKS) >= 6
    assert {mode for _, mode, _ in BLOCKS} <= {"run", "no-run"}


def test_every_readme_block_type_checks_strictly(tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\n", encoding="utf-8")
    for line, _, code in BLOCKS:
        (tmp_path / f"readme_line_{line}.py").write_text(code, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            "--config-file",
            str(config),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("line", "code"),
    [(line, code) for line, mode, code in BLOCKS if mode == "run"],
    ids=[f"line-{line}" for line, mode, _ in BLOCKS if mode == "run"],
)
def test_readme_block_runs_against_a_fake_tenant(line: int, code: str, tmp_path: Path) -> None:
    script = tmp_path / f"readme_line_{line}.py"
    script.write_text(code, encoding="utf-8")
    with FakeTenant(customers=30, seed=3).serve_in_thread() as tenant:
        env = {
            **os.environ,
            "PERFECTGYM_BASE_URL": tenant.base_url,
            "PERFECTGYM_API_KEY": tenant.api_key,
        }
        result = subprocess.run(
            [sys.executable, str(script)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, f"README line {line}:\n{result.stdout}\n{result.stderr}"
