"""Reading an upload argument into bytes and wrapping it as multipart/form-data.

The body is built once, as bytes, so a retried PUT sends exactly the same
complete payload again (a streamed form can only be read once).
"""

from __future__ import annotations

import mimetypes
import os
import secrets
from pathlib import Path
from typing import BinaryIO, Union

import anyio

__all__ = [
    "FileInput",
    "build_multipart",
    "default_filename",
    "file_content_type",
    "image_content_type",
    "read_upload",
]

#: bytes, a filesystem path, or a binary file object opened for reading.
FileInput = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]", BinaryIO]

_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)

_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/bmp": "bmp",
    "image/tiff": "tiff",
    "image/webp": "webp",
}


async def read_upload(value: FileInput, *, name: str) -> tuple[bytes, str | None]:
    """The bytes of an upload argument and its file name, if it has one."""
    filename: str | None = None
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
    elif isinstance(value, (str, os.PathLike)):
        path = Path(value)
        filename = path.name
        try:
            data = await anyio.Path(path).read_bytes()
        except OSError as exc:
            raise ValueError(f"{name}: cannot read {path}: {exc.strerror or exc}") from None
    elif hasattr(value, "read"):
        raw_name = getattr(value, "name", None)
        if isinstance(raw_name, str):
            filename = os.path.basename(raw_name)
        chunk = await anyio.to_thread.run_sync(value.read)
        if not isinstance(chunk, bytes):
            raise TypeError(f"{name}: file object must be opened in binary mode")
        data = chunk
    else:
        raise TypeError(
            f"{name} must be bytes, a path or a binary file object, got {type(value).__name__}"
        )
    if not data:
        raise ValueError(f"{name} is empty; refusing to upload 0 bytes")
    return data, filename


def image_content_type(data: bytes, filename: str | None) -> str:
    """The image MIME type, from the file's signature first and its name second."""
    for signature, content_type in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return content_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if filename:
        guessed, _ = mimetypes.guess_type(filename)
        if guessed and guessed.startswith("image/"):
            return guessed
    raise ValueError(
        "image is not a recognised image file (JPEG, PNG, GIF, BMP, TIFF or WebP expected)"
    )


_DOCUMENT_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    *_IMAGE_SIGNATURES,
)


def file_content_type(data: bytes, filename: str | None) -> str:
    """A document's MIME type: its signature first, its name second, else octet-stream."""
    for signature, content_type in _DOCUMENT_SIGNATURES:
        if data.startswith(signature):
            return content_type
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "image/heic"
    if filename:
        guessed, _ = mimetypes.guess_type(filename)
        if guessed:
            return guessed
    return "application/octet-stream"


def build_multipart(
    field: str,
    data: bytes | None,
    *,
    filename: str,
    content_type: str,
    json_parts: tuple[tuple[str, bytes], ...] = (),
) -> tuple[bytes, str]:
    """A multipart/form-data body (JSON parts first, then the file) and its Content-Type."""
    boundary = "pgasync" + secrets.token_hex(16)
    everything = b"".join(part for _, part in json_parts) + (data or b"")
    while boundary.encode() in everything:  # pragma: no cover - 1 in 2**128
        boundary = "pgasync" + secrets.token_hex(16)
    chunks: list[bytes] = []
    for name, payload in json_parts:
        chunks.append(
            (
                f"--{boundary}\r\n"
                f'Content-Disposition: form-data; name="{name}"\r\n'
                "Content-Type: application/json\r\n\r\n"
            ).encode()
            + payload
            + b"\r\n"
        )
    if data is not None:
        safe_name = filename.replace('"', "").replace("\r", "").replace("\n", "")
        chunks.append(
            (
                f"--{boundary}\r\n"
                f'Content-Disposition: form-data; name="{field}"; filename="{safe_name}"\r\n'
                f"Content-Type: {content_type}\r\n\r\n"
            ).encode()
            + data
            + b"\r\n"
        )
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def default_filename(field: str, content_type: str) -> str:
    return f"{field}.{_EXTENSIONS.get(content_type, 'bin')}"
