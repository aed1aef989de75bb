"""Customer data, profile images and access restrictions.

Endpoint functions of the ``Customers`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping
from typing import Any

from .. import models
from .._pagination import iterate_slices, parse_page
from .._request import (
    PreparedRequest,
    RawResponse,
    check_enum,
    check_int,
    check_offset,
    format_path,
)
from .._responses import parse_empty, parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from .._upload import FileInput, build_multipart, default_filename, image_content_type, read_upload
from ..types import Page, Timeout

__all__ = [
    "delete_access_restriction",
    "get_customer_by_id",
    "get_customers",
    "iter_customers",
    "set_access_restriction",
    "update_image",
]


# ---------------------------------------------------------------- deleteAccessRestriction


def build_delete_access_restriction(
    customer_id: int,
) -> PreparedRequest:
    """Prepare ``DELETE /v1/customers/{customerId}/access-restrictions`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/access-restrictions",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="deleteAccessRestriction",
        method="DELETE",
        path_template="/v1/customers/{customerId}/access-restrictions",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_delete_access_restriction(response: RawResponse) -> None:
    """Turn the 2xx answer of ``deleteAccessRestriction`` into its typed result."""
    parse_empty("deleteAccessRestriction", response)


async def delete_access_restriction(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | None = None,
) -> None:
    """Delete a customer's access restriction.

    ``DELETE /v1/customers/{customerId}/access-restrictions``: Removes an existing access restriction of the customer.
    """
    request = build_delete_access_restriction(customer_id=customer_id)
    parse_delete_access_restriction(await client.send(request, timeout=timeout))


# ---------------------------------------------------------------- getCustomerById


def build_get_customer_by_id(
    customer_id: int,
    *,
    card_number_format: models.CardNumberFormat | str | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if card_number_format is not None:
        query.append(("cardNumberFormat", check_enum("card_number_format", card_number_format)))
    return PreparedRequest(
        operation_id="getCustomerById",
        method="GET",
        path_template="/v1/customers/{customerId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customer_by_id(response: RawResponse) -> models.Customer:
    """Turn the 2xx answer of ``getCustomerById`` into its typed result."""
    result: models.Customer = parse_json("getCustomerById", response, models.Customer)
    return result


async def get_customer_by_id(
    client: AsyncTransport,
    customer_id: int,
    *,
    card_number_format: models.CardNumberFormat | str | None = None,
    timeout: Timeout | None = None,
) -> models.Customer:
    """Get a customer.

    ``GET /v1/customers/{customerId}``: One customer by ID.
    """
    request = build_get_customer_by_id(
        customer_id=customer_id, card_number_format=card_number_format
    )
    return parse_get_customer_by_id(await client.send(request, timeout=timeout))


# ---------------------------------------------------------------- getCustomers


def build_get_customers(
    *,
    card_number_format: models.CardNumberFormat | str | None = None,
    last_offset_id: int | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    customer_status: models.CustomerStatus | str | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers`` without sending it."""
    path = "/v1/customers"
    query: list[tuple[str, str]] = []
    if card_number_format is not None:
        query.append(("cardNumberFormat", check_enum("card_number_format", card_number_format)))
    if last_offset_id is not None:
        query.append(("lastOffsetId", check_int("last_offset_id", last_offset_id, minimum=0)))
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=50, maximum=500)))
    if customer_status is not None:
        query.append(("customerStatus", check_enum("customer_status", customer_status)))
    return PreparedRequest(
        operation_id="getCustomers",
        method="GET",
        path_template="/v1/customers",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customers(response: RawResponse) -> Page[models.Customer]:
    """Turn the 2xx answer of ``getCustomers`` into its typed result."""
    return parse_page("getCustomers", response, models.Customer)


async def get_customers(
    client: AsyncTransport,
    *,
    card_number_format: models.CardNumberFormat | str | None = None,
    last_offset_id: int | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    customer_status: models.CustomerStatus | str | None = None,
    timeout: Timeout | None = None,
) -> Page[models.Customer]:
    """List customers.

    ``GET /v1/customers``: Customers of the studio, in slices.
    Returns one slice; ``iter_customers`` walks all of them.

    """
    request = build_get_customers(
        card_number_format=card_number_format,
        last_offset_id=last_offset_id,
        offset=offset,
        slice_size=slice_size,
        customer_status=customer_status,
    )
    return parse_get_customers(await client.send(request, timeout=timeout))


def iter_customers(
    client: AsyncTransport,
    *,
    card_number_format: models.CardNumberFormat | str | None = None,
    last_offset_id: int | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    customer_status: models.CustomerStatus | str | None = None,
    timeout: Timeout | None = None,
) -> AsyncGenerator[models.Customer, None]:
    """Every item of ``getCustomers``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning).
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_customers(
            card_number_format=card_number_format,
            last_offset_id=last_offset_id,
            offset=next_offset,
            slice_size=slice_size,
            customer_status=customer_status,
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    return iterate_slices(client, build, models.Customer, offset=start, timeout=timeout)


# ---------------------------------------------------------------- setAccessRestriction


def build_set_access_restriction(
    customer_id: int,
    body: models.AccessRestriction | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``PUT /v1/customers/{customerId}/access-restrictions`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/access-restrictions",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("setAccessRestriction", body, models.AccessRestriction))
    return PreparedRequest(
        operation_id="setAccessRestriction",
        method="PUT",
        path_template="/v1/customers/{customerId}/access-restrictions",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_set_access_restriction(response: RawResponse) -> models.AccessRestriction:
    """Turn the 2xx answer of ``setAccessRestriction`` into its typed result."""
    result: models.AccessRestriction = parse_json(
        "setAccessRestriction", response, models.AccessRestriction
    )
    return result


async def set_access_restriction(
    client: AsyncTransport,
    customer_id: int,
    body: models.AccessRestriction | Mapping[str, Any],
    *,
    timeout: Timeout | None = None,
) -> models.AccessRestriction:
    """Set a customer's access restriction.

    ``PUT /v1/customers/{customerId}/access-restrictions``: Creates the customer's access restriction or updates the existing one. Send both startDate and endDate, or neither.
    """
    request = build_set_access_restriction(customer_id=customer_id, body=body)
    return parse_set_access_restriction(await client.send(request, timeout=timeout))


# ---------------------------------------------------------------- updateImage


def build_update_image(
    customer_id: int,
    image: bytes,
    *,
    filename: str | None = None,
) -> PreparedRequest:
    """Prepare ``PUT /v1/customers/{customerId}/images`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/images",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    json_parts = ()
    content_type = image_content_type(image, filename)
    payload, multipart_type = build_multipart(
        "image",
        image,
        filename=filename or default_filename("image", content_type),
        content_type=content_type,
        json_parts=json_parts,
    )
    return PreparedRequest(
        operation_id="updateImage",
        method="PUT",
        path_template="/v1/customers/{customerId}/images",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
        body=payload,
        content_type=multipart_type,
    )


def parse_update_image(response: RawResponse) -> models.CustomerImage:
    """Turn the 2xx answer of ``updateImage`` into its typed result."""
    result: models.CustomerImage = parse_json("updateImage", response, models.CustomerImage)
    return result


async def update_image(
    client: AsyncTransport,
    customer_id: int,
    image: FileInput,
    *,
    filename: str | None = None,
    timeout: Timeout | None = None,
) -> models.CustomerImage:
    """Upload a customer's profile image.

    ``PUT /v1/customers/{customerId}/images``: Replaces the profile image; the server rescales it to 1200x1200 and stores it as JPEG.
    """
    upload_bytes, upload_name = await read_upload(image, name="image")
    request = build_update_image(
        customer_id=customer_id, image=upload_bytes, filename=filename or upload_name
    )
    return parse_update_image(await client.send(request, timeout=timeout))
