"""What fetching one customer produced, and the errors of an export's output.

Below both the exporter and the stores: the exporter makes outcomes, a store
raises output errors, and neither imports the other.
"""

from __future__ import annotations

import attrs

from .. import models

__all__ = [
    "ExportError",
    "Failed",
    "Finished",
    "Outcome",
    "OutputError",
    "OutputInUseError",
    "RowsRefused",
    "describe",
]


class ExportError(Exception):
    """The export cannot go on; the message is meant for the user as is."""


class OutputError(ExportError):
    """The output (file or database) cannot be opened, created or used, or is not ours."""


class OutputInUseError(OutputError):
    """Another export (or another program) holds the output."""


class RowsRefused(Exception):
    """The database would not take one customer's rows (a value out of its range, a
    character it cannot hold); nothing of them was written and the store stays usable."""


@attrs.frozen
class Finished:
    """Everything the API returned for one customer."""

    customer: models.Customer
    balance: models.CustomerAccountBalance
    past: list[models.BookingEntry]
    upcoming: list[models.BookingEntry]


@attrs.frozen
class Failed:
    """A customer that could not be fetched (or stored), and why."""

    customer_id: int
    error: str


Outcome = Finished | Failed


def describe(exc: BaseException) -> str:
    """``ValueError: message``: an exception named, for a failures row or a message."""
    return f"{type(exc).__name__}: {exc}"
