"""The ``perfectgym`` command's surface: version, help, fake-tenant options."""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import signal
import subprocess
import sys

import anyio
import pytest

import perfectgym_async
from perfectgym_async import AsyncClient
from perfectgym_async._cli import DEFAULT_OUTPUT, _parser, main
from perfectgym_async.testing import FakeTenant, Faults


def _help(command: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps to the terminal


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert len(actions) == 1
    choices: dict[str, argparse.ArgumentParser] = actions[0].choices
    return choices


def test_version_is_the_installed_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert (
        capsys.readouterr().out == f"perfectgym {importlib.metadata.version('perfectgym_async')}\n"
    )


def test_version_falls_back_to_the_package_attribute(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_installed(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    monkeypatch.setattr(perfectgym_async, "__version__", "9.8.7-source", raising=False)
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == "perfectgym 9.8.7-source\n"


@pytest.mark.parametrize(
    ("command", "defaults"),
    [
        (
            "export",
            ["--concurrency CONCURRENCY customers fetched at once (default: 16)",
             f"(default: {DEFAULT_OUTPUT})", "(default: 4)", "(default: $PERFECTGYM_BASE_URL)",
             "(default: $PERFECTGYM_API_KEY)"],
        ),
        (
            "demo",
            ["customers fetched at once (default: 32)", "(default: 1000)", "(default: 7)",
             f"(default: {DEFAULT_OUTPUT})"],
        ),
        (
            "fake-tenant",
            ["(default: 127.0.0.1)", "(default: 8080)", "(default: 100)", "(default: 0)",
             "(default: derived from --seed", "(default: 60.0)", "(default: no limit)"],
        ),
    ],
)  # fmt: skip
def test_help_of_every_command_shows_the_defaults(
    capsys: pytest.CaptureFixture[str], command: str, defaults: list[str]
) -> None:
    text = _help(command, capsys)
    for default in defaults:
        assert default in text
    assert "(default: None)" not in text and "(default: False)" not in text


def test_every_option_of_every_command_has_a_help_text() -> None:
    commands = _subcommands()
    assert {"export", "demo", "fake-tenant", "webhooks"} <= set(commands)
    for name, parser in commands.items():
        for action in parser._actions:
            assert action.help and action.help.strip(), f"{name} {action.option_strings}"


def test_demo_is_the_only_command_with_a_fake_tenants_options() -> None:
    commands = _subcommands()
    options = {
        name: {o for a in p._actions for o in a.option_strings} for name, p in commands.items()
    }
    assert {"--customers", "--seed"} <= options["demo"]
    assert not {"--customers", "--seed"} & options["export"]


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
async def test_fake_tenant_takes_an_api_key() -> None:
    command = [sys.executable, "-m", "perfectgym_async", "fake-tenant", "--port", "0",
               "--customers", "3", "--api-key", "my-own-key"]  # fmt: skip
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as p:
        try:
            assert p.stdout is not None
            lines = [await anyio.to_thread.run_sync(p.stdout.readline) for _ in range(4)]
            assert lines[1] == "API key:     my-own-key\n"
            match = re.fullmatch(r"fake tenant: (http://127\.0\.0\.1:\d+)\n", lines[0])
            assert match is not None, lines
            base_url = match.group(1)
            async with AsyncClient(base_url, "my-own-key") as client:
                assert await client.validate_api_key()
            default_key = FakeTenant(customers=1, seed=0).api_key
            async with AsyncClient(base_url, default_key) as client:
                assert not await client.validate_api_key()
        finally:
            p.send_signal(signal.SIGINT)
            p.wait(timeout=10)
    assert p.returncode == 0


# ---------------------------------------------------------------------- Faults.paths


def test_faults_refuse_a_path_the_fake_tenant_does_not_serve() -> None:
    served = {template for _, template in FakeTenant(customers=1).operations}
    assert Faults(paths=served).paths == frozenset(served)  # every served one is accepted
    with pytest.raises(ValueError) as error:
        Faults(paths={"/v1/customers/{customerId}/account/balance", "/v1/customers"})
    message = str(error.value)
    assert "'/v1/customers/{customerId}/account/balance'" in message
    assert "valid path templates: " in message
    listed = set(message.split("valid path templates: ", 1)[1].split(", "))
    assert listed == served


# ---------------------------------------------------------------------- --output


def test_export_help_names_both_kinds_of_output(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help("export", capsys)
    assert "SQLite file to write" in text
    assert "postgresql://user:password@host:port/dbname" in text


def test_a_postgres_output_without_psycopg_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if the extra were not installed
    url = "postgresql://me:db-secret@127.0.0.1:9/gym"
    code = main(["export", "--base-url", "http://127.0.0.1:9", "--api-key", "k",
                 "--output", url])  # fmt: skip
    assert code == 2
    captured = capsys.readouterr()
    assert captured.err == (
        "error: exporting into PostgreSQL needs psycopg: pip install 'perfectgym_async[postgres]'\n"
    )
    assert "db-secret" not in captured.out + captured.err
