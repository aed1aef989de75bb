"""The API key holder, and the redaction of every echo of the key a server sends back.

The key must not be reachable from anything an error tracker records: exception
messages and attributes, the exception chain, and the local variables of every
frame in a traceback. So the key is kept masked (never as one plain string or
bytes object on an instance), and everything received from the server passes
:meth:`Secret.redact_bytes` / :meth:`Secret.redact_text` before any other code
sees it, in whatever JSON escaping the server wrote it.
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Iterable
from typing import Any

__all__ = ["REDACTED", "Secret"]

REDACTED = "***"


def _char_pattern(char: str) -> str:
    """Every way JSON (or plain text) may spell ``char``: itself or a ``\\uXXXX`` escape."""
    code = ord(char)
    forms = [re.escape(char)]
    if code <= 0xFFFF:
        hex4 = f"{code:04x}"
        # JSON escapes are case-insensitive in their hex digits.
        forms.append(r"\\u" + "".join(f"[{c}{c.upper()}]" if c.isalpha() else c for c in hex4))
    else:
        high = 0xD800 + ((code - 0x10000) >> 10)
        low = 0xDC00 + ((code - 0x10000) & 0x3FF)
        forms.append(rf"\\u(?i:{high:04x})\\u(?i:{low:04x})")
    short = {"/": r"\\/", '"': r'\\"', "\\": r"\\\\"}.get(char)
    if short is not None:
        forms.append(short)
    return "(?:" + "|".join(forms) + ")"


class Secret:
    """Holds the API key masked; ``reveal()`` gives it back only for the header."""

    __slots__ = ("_bytes_pattern", "_length", "_masked", "_pad", "_text_pattern")

    def __init__(self, value: str) -> None:
        raw = value.encode("utf-8")
        pad = int.from_bytes(secrets.token_bytes(len(raw)), "big")
        self._length = len(raw)
        self._pad = pad
        self._masked = int.from_bytes(raw, "big") ^ pad
        # One alternation per character: the pattern's own text never holds the key
        # as a run of characters, and it matches any mix of plain and escaped forms.
        source = "".join(_char_pattern(char) for char in value)
        self._text_pattern = re.compile(source)
        self._bytes_pattern = re.compile(source.encode("utf-8"))

    def reveal(self) -> str:
        return (self._masked ^ self._pad).to_bytes(self._length, "big").decode("utf-8")

    def matches(self, provided: Any) -> bool:
        """Whether ``provided`` (str or bytes) is the key, compared in constant time.

        The expected bytes exist only inside this call.
        """
        if isinstance(provided, str):
            try:
                provided = provided.encode("utf-8", "surrogateescape")
            except UnicodeEncodeError:
                return False
        if not isinstance(provided, bytes):
            return False
        return hmac.compare_digest(
            provided, (self._masked ^ self._pad).to_bytes(self._length, "big")
        )

    def redact_bytes(self, data: bytes) -> bytes:
        """``data`` with every plain or JSON-escaped occurrence of the key replaced."""
        # The cheap checks first: this runs on every response body.
        if (self._masked ^ self._pad).to_bytes(self._length, "big") in data or (
            b"\\" in data and self._bytes_pattern.search(data) is not None
        ):
            return self._bytes_pattern.sub(REDACTED.encode(), data)
        return data

    def redact_text(self, text: str) -> str:
        return self._text_pattern.sub(REDACTED, text)

    def echoed_in(self, values: Iterable[str]) -> bool:
        """Whether any of ``values`` may hold the key (plain, or behind a backslash escape)."""
        plain = (self._masked ^ self._pad).to_bytes(self._length, "big").decode("utf-8")
        for value in values:
            if plain in value or ("\\" in value and self._text_pattern.search(value)):
                return True
        return False

    def __repr__(self) -> str:
        return "<redacted>"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("the API key cannot be pickled")
