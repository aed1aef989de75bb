"""Customer data, contracts, documents, access media, benefits and check-ins.

Endpoint functions of the ``Customers`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import AsyncGenerator, Mapping, Sequence
from datetime import date
from typing import Any

from .. import models
from .._pagination import iterate_slices, parse_page
from .._request import (
    PreparedRequest,
    RawResponse,
    check_date,
    check_enum,
    check_int,
    check_list,
    check_offset,
    check_str,
    check_timeout,
    format_path,
)
from .._responses import parse_empty, parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from .._upload import (
    FileInput,
    build_multipart,
    default_filename,
    file_content_type,
    image_content_type,
    read_upload,
)
from ..errors import APIResponseValidationError
from ..types import Page, Timeout

__all__ = [
    "add_access_medium",
    "add_access_mediums",
    "create_customer",
    "create_customer_weighing",
    "delete_access_mediums",
    "delete_access_restriction",
    "get_additional_information_fields",
    "get_benefits",
    "get_benefits_by_card_number",
    "get_customer_access_code",
    "get_customer_by",
    "get_customer_by_id",
    "get_customer_contracts_by",
    "get_customer_measurement",
    "get_customers",
    "iter_customers",
    "get_customers_checkin_history",
    "iter_customers_checkin_history",
    "get_customers_contracts",
    "get_document_by_id",
    "download_document",
    "download_document_to",
    "get_documents",
    "iter_documents",
    "search_customers",
    "set_access_restriction",
    "set_additional_information_field_assignments",
    "switch_studio",
    "update_access_mediums",
    "update_image",
    "upload_document",
    "use_benefit",
]


# ---------------------------------------------------------------- addAccessMedium


def build_add_access_medium(
    customer_id: int,
    body: models.AccessMediumDto | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``PUT /v1/customers/{customerId}/access-medium`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/access-medium",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("addAccessMedium", body, models.AccessMediumDto))
    return PreparedRequest(
        operation_id="addAccessMedium",
        method="PUT",
        path_template="/v1/customers/{customerId}/access-medium",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_add_access_medium(response: RawResponse) -> models.AccessMediumDto:
    """Turn the 2xx answer of ``addAccessMedium`` into its typed result."""
    result: models.AccessMediumDto = parse_json("addAccessMedium", response, models.AccessMediumDto)
    return result


async def add_access_medium(
    client: AsyncTransport,
    customer_id: int,
    body: models.AccessMediumDto | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AccessMediumDto:
    """Add an access medium to a customer (deprecated).

    Deprecated by the API: it may be removed in a later version. See
    :func:`_add_access_medium_unwarned` for the request it sends.
    """
    warnings.warn(
        "addAccessMedium (PUT /v1/customers/{customerId}/access-medium) is deprecated by the API",
        DeprecationWarning,
        stacklevel=2,
    )
    return await _add_access_medium_unwarned(
        client, customer_id=customer_id, body=body, timeout=timeout, deadline=deadline
    )


async def _add_access_medium_unwarned(
    client: AsyncTransport,
    customer_id: int,
    body: models.AccessMediumDto | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AccessMediumDto:
    """Add an access medium to a customer (deprecated).

    ``PUT /v1/customers/{customerId}/access-medium``: Adds an access medium to the customer; superseded by addAccessMediums.
    Deprecated by the API: it may be removed in a later version.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.AccessMediumDto`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AccessMediumDto``.
    """
    request = build_add_access_medium(customer_id=customer_id, body=body)
    return parse_add_access_medium(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- addAccessMediums


def build_add_access_mediums(
    customer_id: int,
    body: models.AccessMediumDto | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/{customerId}/access-mediums`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/access-mediums",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("addAccessMediums", body, models.AccessMediumDto))
    return PreparedRequest(
        operation_id="addAccessMediums",
        method="POST",
        path_template="/v1/customers/{customerId}/access-mediums",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_add_access_mediums(response: RawResponse) -> models.AccessMediumDto:
    """Turn the 2xx answer of ``addAccessMediums`` into its typed result."""
    result: models.AccessMediumDto = parse_json(
        "addAccessMediums", response, models.AccessMediumDto
    )
    return result


async def add_access_mediums(
    client: AsyncTransport,
    customer_id: int,
    body: models.AccessMediumDto | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AccessMediumDto:
    """Add an access medium to a customer.

    ``POST /v1/customers/{customerId}/access-mediums``: Adds a new access medium (card, PIN, barcode or wallet pass) to the customer.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.AccessMediumDto`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AccessMediumDto``.
    """
    request = build_add_access_mediums(customer_id=customer_id, body=body)
    return parse_add_access_mediums(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- createCustomer


def build_create_customer(
    body: models.MembershipSignupCustomer | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/create`` without sending it."""
    path = "/v1/customers/create"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("createCustomer", body, models.MembershipSignupCustomer))
    return PreparedRequest(
        operation_id="createCustomer",
        method="POST",
        path_template="/v1/customers/create",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_customer(response: RawResponse) -> models.OpenApiV1CustomerCreateResult:
    """Turn the 2xx answer of ``createCustomer`` into its typed result."""
    result: models.OpenApiV1CustomerCreateResult = parse_json(
        "createCustomer", response, models.OpenApiV1CustomerCreateResult
    )
    return result


async def create_customer(
    client: AsyncTransport,
    body: models.MembershipSignupCustomer | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1CustomerCreateResult:
    """Create a customer.

    ``POST /v1/customers/create``: Creates a prospect customer with full personal data so it can later become a member.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.MembershipSignupCustomer`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1CustomerCreateResult``.
    """
    request = build_create_customer(body=body)
    return parse_create_customer(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- createCustomerWeighing


def build_create_customer_weighing(
    customer_id: int,
    body: models.CustomerWeighings | Mapping[str, Any],
    *,
    benefit_key: str | None = None,
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/{customerId}/weighing`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/weighing",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if benefit_key is not None:
        query.append(("benefitKey", check_str("benefit_key", benefit_key)))
    payload = dumps(to_request_json("createCustomerWeighing", body, models.CustomerWeighings))
    return PreparedRequest(
        operation_id="createCustomerWeighing",
        method="POST",
        path_template="/v1/customers/{customerId}/weighing",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_customer_weighing(response: RawResponse) -> models.CustomerWeighings:
    """Turn the 2xx answer of ``createCustomerWeighing`` into its typed result."""
    result: models.CustomerWeighings = parse_json(
        "createCustomerWeighing", response, models.CustomerWeighings
    )
    return result


async def create_customer_weighing(
    client: AsyncTransport,
    customer_id: int,
    body: models.CustomerWeighings | Mapping[str, Any],
    *,
    benefit_key: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.CustomerWeighings:
    """Save a customer's weighing results.

    ``POST /v1/customers/{customerId}/weighing``: Stores the results of a body composition weighing for the customer.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        benefit_key: Key of a benefit to consume with this weighing. (str, not empty)
        body: the request body, a ``models.CustomerWeighings`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.CustomerWeighings``.
    """
    request = build_create_customer_weighing(
        customer_id=customer_id, body=body, benefit_key=benefit_key
    )
    return parse_create_customer_weighing(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- deleteAccessMediums


def build_delete_access_mediums(
    customer_id: int,
    access_medium_id: int,
) -> PreparedRequest:
    """Prepare ``DELETE /v1/customers/{customerId}/access-mediums/{accessMediumId}`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/access-mediums/{accessMediumId}",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
            "accessMediumId": check_int("access_medium_id", access_medium_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="deleteAccessMediums",
        method="DELETE",
        path_template="/v1/customers/{customerId}/access-mediums/{accessMediumId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_delete_access_mediums(response: RawResponse) -> None:
    """Turn the 2xx answer of ``deleteAccessMediums`` into its typed result."""
    parse_empty("deleteAccessMediums", response)


async def delete_access_mediums(
    client: AsyncTransport,
    customer_id: int,
    access_medium_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> None:
    """Delete a customer's access medium.

    ``DELETE /v1/customers/{customerId}/access-mediums/{accessMediumId}``: Removes an existing access medium of the customer.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        access_medium_id: ID of the access medium. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        nothing: the API answers without a body.
    """
    request = build_delete_access_mediums(
        customer_id=customer_id, access_medium_id=access_medium_id
    )
    parse_delete_access_mediums(await client.send(request, timeout=timeout, deadline=deadline))


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
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> None:
    """Delete a customer's access restriction.

    ``DELETE /v1/customers/{customerId}/access-restrictions``: Removes an existing access restriction of the customer.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        nothing: the API answers without a body.
    """
    request = build_delete_access_restriction(customer_id=customer_id)
    parse_delete_access_restriction(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getAdditionalInformationFields


def build_get_additional_information_fields() -> PreparedRequest:
    """Prepare ``GET /v1/customers/additional-information-fields`` without sending it."""
    path = "/v1/customers/additional-information-fields"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getAdditionalInformationFields",
        method="GET",
        path_template="/v1/customers/additional-information-fields",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_additional_information_fields(
    response: RawResponse,
) -> list[models.AdditionalInformationField]:
    """Turn the 2xx answer of ``getAdditionalInformationFields`` into its typed result."""
    result: list[models.AdditionalInformationField] = parse_json(
        "getAdditionalInformationFields", response, list[models.AdditionalInformationField]
    )
    return result


async def get_additional_information_fields(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.AdditionalInformationField]:
    """List additional information fields.

    ``GET /v1/customers/additional-information-fields``: Additional information fields that can be assigned to customers.
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.AdditionalInformationField]``.
    """
    request = build_get_additional_information_fields()
    return parse_get_additional_information_fields(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getBenefits


def build_get_benefits(
    customer_id: int,
    *,
    key: Sequence[str] | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/benefits`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/benefits",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if key is not None:
        query.extend(
            ("key", item) for item in check_list("key", key, lambda item: check_str("key", item))
        )
    return PreparedRequest(
        operation_id="getBenefits",
        method="GET",
        path_template="/v1/customers/{customerId}/benefits",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_benefits(response: RawResponse) -> list[models.BenefitValidationDto]:
    """Turn the 2xx answer of ``getBenefits`` into its typed result."""
    result: list[models.BenefitValidationDto] = parse_json(
        "getBenefits", response, list[models.BenefitValidationDto]
    )
    return result


async def get_benefits(
    client: AsyncTransport,
    customer_id: int,
    *,
    key: Sequence[str] | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.BenefitValidationDto]:
    """Check a customer's benefits.

    ``GET /v1/customers/{customerId}/benefits``: Validity of the customer's benefits, or of only the given benefit keys.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        key: Benefit keys to check (repeat the parameter); all benefits when omitted. (a list of: str, not empty)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.BenefitValidationDto]``.
    """
    request = build_get_benefits(customer_id=customer_id, key=key)
    return parse_get_benefits(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getBenefitsByCardNumber


def build_get_benefits_by_card_number(
    *,
    card_number: str,
    card_number_format: models.CardNumberFormat | str | None = None,
    key: Sequence[str] | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/benefits`` without sending it."""
    path = "/v1/customers/benefits"
    query: list[tuple[str, str]] = []
    query.append(("cardNumber", check_str("card_number", card_number)))
    if card_number_format is not None:
        query.append(
            (
                "cardNumberFormat",
                check_enum(
                    "card_number_format", card_number_format, ("DECIMAL", "HEX_MSB", "HEX_LSB")
                ),
            )
        )
    if key is not None:
        query.extend(
            ("key", item) for item in check_list("key", key, lambda item: check_str("key", item))
        )
    return PreparedRequest(
        operation_id="getBenefitsByCardNumber",
        method="GET",
        path_template="/v1/customers/benefits",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_benefits_by_card_number(response: RawResponse) -> list[models.BenefitValidationDto]:
    """Turn the 2xx answer of ``getBenefitsByCardNumber`` into its typed result."""
    result: list[models.BenefitValidationDto] = parse_json(
        "getBenefitsByCardNumber", response, list[models.BenefitValidationDto]
    )
    return result


async def get_benefits_by_card_number(
    client: AsyncTransport,
    *,
    card_number: str,
    card_number_format: models.CardNumberFormat | str | None = None,
    key: Sequence[str] | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.BenefitValidationDto]:
    """Check benefits of a customer found by card number.

    ``GET /v1/customers/benefits``: Validity of the benefits of the customer holding the given card, or of only the given keys.
    Args:
        card_number: Card number of the customer. (str, not empty; required)
        card_number_format: How the given card number is to be read. (CardNumberFormat, one of DECIMAL, HEX_MSB, HEX_LSB)
        key: Benefit keys to check (repeat the parameter); all benefits when omitted. (a list of: str, not empty)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.BenefitValidationDto]``.
    """
    request = build_get_benefits_by_card_number(
        card_number=card_number, card_number_format=card_number_format, key=key
    )
    return parse_get_benefits_by_card_number(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCustomerAccessCode


def build_get_customer_access_code(
    customer_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/access-code`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/access-code",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getCustomerAccessCode",
        method="GET",
        path_template="/v1/customers/{customerId}/access-code",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customer_access_code(response: RawResponse) -> models.CustomerAccessCode:
    """Turn the 2xx answer of ``getCustomerAccessCode`` into its typed result."""
    result: models.CustomerAccessCode = parse_json(
        "getCustomerAccessCode", response, models.CustomerAccessCode
    )
    return result


async def get_customer_access_code(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.CustomerAccessCode:
    """Get a customer's access code.

    ``GET /v1/customers/{customerId}/access-code``: Content of the customer's access code and the format to render it in.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.CustomerAccessCode``.
    """
    request = build_get_customer_access_code(customer_id=customer_id)
    return parse_get_customer_access_code(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCustomerBy


def build_get_customer_by(
    *,
    card_number: str | None = None,
    card_number_format: models.CardNumberFormat | str | None = None,
    debtor_id: str | None = None,
    barcode: str | None = None,
    pin: str | None = None,
    customer_number: str | None = None,
    qr_code_uuid: str | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/by`` without sending it."""
    path = "/v1/customers/by"
    query: list[tuple[str, str]] = []
    if card_number is not None:
        query.append(("cardNumber", check_str("card_number", card_number)))
    if card_number_format is not None:
        query.append(
            (
                "cardNumberFormat",
                check_enum(
                    "card_number_format", card_number_format, ("DECIMAL", "HEX_MSB", "HEX_LSB")
                ),
            )
        )
    if debtor_id is not None:
        query.append(("debtorId", check_str("debtor_id", debtor_id)))
    if barcode is not None:
        query.append(("barcode", check_str("barcode", barcode)))
    if pin is not None:
        query.append(("pin", check_str("pin", pin)))
    if customer_number is not None:
        query.append(("customerNumber", check_str("customer_number", customer_number)))
    if qr_code_uuid is not None:
        query.append(("qrCodeUuid", check_str("qr_code_uuid", qr_code_uuid)))
    return PreparedRequest(
        operation_id="getCustomerBy",
        method="GET",
        path_template="/v1/customers/by",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customer_by(response: RawResponse) -> models.Customer:
    """Turn the 2xx answer of ``getCustomerBy`` into its typed result."""
    result: models.Customer = parse_json("getCustomerBy", response, models.Customer)
    return result


async def get_customer_by(
    client: AsyncTransport,
    *,
    card_number: str | None = None,
    card_number_format: models.CardNumberFormat | str | None = None,
    debtor_id: str | None = None,
    barcode: str | None = None,
    pin: str | None = None,
    customer_number: str | None = None,
    qr_code_uuid: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.Customer:
    """Find a customer by an identifier.

    ``GET /v1/customers/by``: Looks up one customer by card number, debtor ID, barcode, PIN, customer number or QR code.
    Args:
        card_number: Card number of the customer. (str, not empty)
        card_number_format: How the given card number is to be read. (CardNumberFormat, one of DECIMAL, HEX_MSB, HEX_LSB)
        debtor_id: Debtor ID of the customer. (str, not empty)
        barcode: Barcode of the customer. (str, not empty)
        pin: PIN of the customer. (str, not empty)
        customer_number: Customer number of the customer. (str, not empty)
        qr_code_uuid: UUID from the customer's QR code. (str, not empty; deprecated by the API)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.Customer``.
    """
    request = build_get_customer_by(
        card_number=card_number,
        card_number_format=card_number_format,
        debtor_id=debtor_id,
        barcode=barcode,
        pin=pin,
        customer_number=customer_number,
        qr_code_uuid=qr_code_uuid,
    )
    return parse_get_customer_by(await client.send(request, timeout=timeout, deadline=deadline))


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
        query.append(
            (
                "cardNumberFormat",
                check_enum(
                    "card_number_format", card_number_format, ("DECIMAL", "HEX_MSB", "HEX_LSB")
                ),
            )
        )
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
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.Customer:
    """Get a customer.

    ``GET /v1/customers/{customerId}``: One customer by ID.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        card_number_format: How card numbers in the result are formatted. (CardNumberFormat, one of DECIMAL, HEX_MSB, HEX_LSB)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.Customer``.
    """
    request = build_get_customer_by_id(
        customer_id=customer_id, card_number_format=card_number_format
    )
    return parse_get_customer_by_id(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getCustomerContractsBy


def build_get_customer_contracts_by(
    *,
    card_number: str | None = None,
    card_number_format: models.CardNumberFormat | str | None = None,
    debtor_id: str | None = None,
    barcode: str | None = None,
    pin: str | None = None,
    customer_number: str | None = None,
    status: models.ContractStatus | str | None = None,
    qr_code_uuid: str | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/contracts/by`` without sending it."""
    path = "/v1/customers/contracts/by"
    query: list[tuple[str, str]] = []
    if card_number is not None:
        query.append(("cardNumber", check_str("card_number", card_number)))
    if card_number_format is not None:
        query.append(
            (
                "cardNumberFormat",
                check_enum(
                    "card_number_format", card_number_format, ("DECIMAL", "HEX_MSB", "HEX_LSB")
                ),
            )
        )
    if debtor_id is not None:
        query.append(("debtorId", check_str("debtor_id", debtor_id)))
    if barcode is not None:
        query.append(("barcode", check_str("barcode", barcode)))
    if pin is not None:
        query.append(("pin", check_str("pin", pin)))
    if customer_number is not None:
        query.append(("customerNumber", check_str("customer_number", customer_number)))
    if status is not None:
        query.append(("status", check_enum("status", status, ("ACTIVE", "INACTIVE"))))
    if qr_code_uuid is not None:
        query.append(("qrCodeUuid", check_str("qr_code_uuid", qr_code_uuid)))
    return PreparedRequest(
        operation_id="getCustomerContractsBy",
        method="GET",
        path_template="/v1/customers/contracts/by",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customer_contracts_by(response: RawResponse) -> list[models.Contract]:
    """Turn the 2xx answer of ``getCustomerContractsBy`` into its typed result."""
    result: list[models.Contract] = parse_json(
        "getCustomerContractsBy", response, list[models.Contract]
    )
    return result


async def get_customer_contracts_by(
    client: AsyncTransport,
    *,
    card_number: str | None = None,
    card_number_format: models.CardNumberFormat | str | None = None,
    debtor_id: str | None = None,
    barcode: str | None = None,
    pin: str | None = None,
    customer_number: str | None = None,
    status: models.ContractStatus | str | None = None,
    qr_code_uuid: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.Contract]:
    """List contracts of a customer found by an identifier.

    ``GET /v1/customers/contracts/by``: Contracts of the customer identified by card number, debtor ID, barcode, PIN, customer number or QR code.
    Args:
        card_number: Card number of the customer. (str, not empty)
        card_number_format: How the given card number is to be read. (CardNumberFormat, one of DECIMAL, HEX_MSB, HEX_LSB)
        debtor_id: Debtor ID of the customer. (str, not empty)
        barcode: Barcode of the customer. (str, not empty)
        pin: PIN of the customer. (str, not empty)
        customer_number: Customer number of the customer. (str, not empty)
        status: Only return contracts with this status. (ContractStatus, one of ACTIVE, INACTIVE)
        qr_code_uuid: UUID from the customer's QR code. (str, not empty; deprecated by the API)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.Contract]``.
    """
    request = build_get_customer_contracts_by(
        card_number=card_number,
        card_number_format=card_number_format,
        debtor_id=debtor_id,
        barcode=barcode,
        pin=pin,
        customer_number=customer_number,
        status=status,
        qr_code_uuid=qr_code_uuid,
    )
    return parse_get_customer_contracts_by(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCustomerMeasurement


def build_get_customer_measurement(
    *,
    card_number: str | None = None,
    card_number_format: models.CardNumberFormat | str | None = None,
    barcode: str | None = None,
    pin: str | None = None,
    qr_code_uuid: str | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/measurement/latest`` without sending it."""
    path = "/v1/customers/measurement/latest"
    query: list[tuple[str, str]] = []
    if card_number is not None:
        query.append(("cardNumber", check_str("card_number", card_number)))
    if card_number_format is not None:
        query.append(
            (
                "cardNumberFormat",
                check_enum(
                    "card_number_format", card_number_format, ("DECIMAL", "HEX_MSB", "HEX_LSB")
                ),
            )
        )
    if barcode is not None:
        query.append(("barcode", check_str("barcode", barcode)))
    if pin is not None:
        query.append(("pin", check_str("pin", pin)))
    if qr_code_uuid is not None:
        query.append(("qrCodeUuid", check_str("qr_code_uuid", qr_code_uuid)))
    return PreparedRequest(
        operation_id="getCustomerMeasurement",
        method="GET",
        path_template="/v1/customers/measurement/latest",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customer_measurement(response: RawResponse) -> models.Measurement:
    """Turn the 2xx answer of ``getCustomerMeasurement`` into its typed result."""
    result: models.Measurement = parse_json("getCustomerMeasurement", response, models.Measurement)
    return result


async def get_customer_measurement(
    client: AsyncTransport,
    *,
    card_number: str | None = None,
    card_number_format: models.CardNumberFormat | str | None = None,
    barcode: str | None = None,
    pin: str | None = None,
    qr_code_uuid: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.Measurement:
    """Get a customer's latest measurement.

    ``GET /v1/customers/measurement/latest``: Latest body measurement data of the customer identified by card number, barcode, PIN or QR code.
    Args:
        card_number: Card number of the customer. (str, not empty)
        card_number_format: How the given card number is to be read. (CardNumberFormat, one of DECIMAL, HEX_MSB, HEX_LSB)
        barcode: Barcode of the customer. (str, not empty)
        pin: PIN of the customer. (str, not empty)
        qr_code_uuid: UUID from the customer's QR code. (str, not empty; deprecated by the API)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.Measurement``.
    """
    request = build_get_customer_measurement(
        card_number=card_number,
        card_number_format=card_number_format,
        barcode=barcode,
        pin=pin,
        qr_code_uuid=qr_code_uuid,
    )
    return parse_get_customer_measurement(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


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
        query.append(
            (
                "cardNumberFormat",
                check_enum(
                    "card_number_format", card_number_format, ("DECIMAL", "HEX_MSB", "HEX_LSB")
                ),
            )
        )
    if last_offset_id is not None:
        query.append(("lastOffsetId", check_int("last_offset_id", last_offset_id, minimum=0)))
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=50, maximum=500)))
    if customer_status is not None:
        query.append(
            (
                "customerStatus",
                check_enum(
                    "customer_status", customer_status, ("MEMBER", "PROSPECT", "FORMER_MEMBER")
                ),
            )
        )
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
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.Customer]:
    """List customers.

    ``GET /v1/customers``: Customers of the studio, in slices.
    Returns one slice; ``iter_customers`` walks all of them.

    Args:
        card_number_format: How card numbers in the result are formatted. (CardNumberFormat, one of DECIMAL, HEX_MSB, HEX_LSB)
        last_offset_id: ID of the last customer of the previous slice (superseded by offset). (int, >= 0; deprecated by the API)
        offset: Offset returned by the previous slice (ID of its last customer). (the offset the previous slice returned)
        slice_size: Number of customers per slice. (int, 50 to 500; default 100)
        customer_status: Only customers with this status. Left out, the API returns members only (MEMBER); walk again with PROSPECT and with FORMER_MEMBER for the others. (CustomerStatus, one of MEMBER, PROSPECT, FORMER_MEMBER; default MEMBER)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.Customer]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_customers(
        card_number_format=card_number_format,
        last_offset_id=last_offset_id,
        offset=offset,
        slice_size=slice_size,
        customer_status=customer_status,
    )
    return parse_get_customers(await client.send(request, timeout=timeout, deadline=deadline))


def iter_customers(
    client: AsyncTransport,
    *,
    card_number_format: models.CardNumberFormat | str | None = None,
    last_offset_id: int | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    customer_status: models.CustomerStatus | str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.Customer, None]:
    """Every item of ``getCustomers``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
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
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.Customer, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- getCustomersCheckinHistory


def build_get_customers_checkin_history(
    customer_id: int,
    *,
    from_date: date | None = None,
    to_date: date | None = None,
    slice_size: int | None = None,
    offset: str | int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/activities/checkins`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/activities/checkins",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if from_date is not None:
        query.append(("fromDate", check_date("from_date", from_date)))
    if to_date is not None:
        query.append(("toDate", check_date("to_date", to_date)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=1, maximum=50)))
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    return PreparedRequest(
        operation_id="getCustomersCheckinHistory",
        method="GET",
        path_template="/v1/customers/{customerId}/activities/checkins",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customers_checkin_history(response: RawResponse) -> Page[models.CustomerCheckin]:
    """Turn the 2xx answer of ``getCustomersCheckinHistory`` into its typed result."""
    return parse_page("getCustomersCheckinHistory", response, models.CustomerCheckin)


async def get_customers_checkin_history(
    client: AsyncTransport,
    customer_id: int,
    *,
    from_date: date | None = None,
    to_date: date | None = None,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.CustomerCheckin]:
    """List a customer's check-ins.

    ``GET /v1/customers/{customerId}/activities/checkins``: Studio check-ins of the customer within a date range (one month from today by default), in slices.
    Returns one slice; ``iter_customers_checkin_history`` walks all of them.

    Args:
        customer_id: ID of the customer. (int, >= 0)
        from_date: First day of the date range. (datetime.date)
        to_date: Last day of the date range; at most 365 days after fromDate. (datetime.date)
        slice_size: Number of check-ins per slice. (int, 1 to 50; default 10)
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.CustomerCheckin]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_customers_checkin_history(
        customer_id=customer_id,
        from_date=from_date,
        to_date=to_date,
        slice_size=slice_size,
        offset=offset,
    )
    return parse_get_customers_checkin_history(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


def iter_customers_checkin_history(
    client: AsyncTransport,
    customer_id: int,
    *,
    from_date: date | None = None,
    to_date: date | None = None,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.CustomerCheckin, None]:
    """Every item of ``getCustomersCheckinHistory``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_customers_checkin_history(
            customer_id=customer_id,
            from_date=from_date,
            to_date=to_date,
            slice_size=slice_size,
            offset=next_offset,
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.CustomerCheckin, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- getCustomersContracts


def build_get_customers_contracts(
    customer_id: int,
    *,
    status: models.ContractStatus | str | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/contracts`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/contracts",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if status is not None:
        query.append(("status", check_enum("status", status, ("ACTIVE", "INACTIVE"))))
    return PreparedRequest(
        operation_id="getCustomersContracts",
        method="GET",
        path_template="/v1/customers/{customerId}/contracts",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customers_contracts(response: RawResponse) -> list[models.Contract]:
    """Turn the 2xx answer of ``getCustomersContracts`` into its typed result."""
    result: list[models.Contract] = parse_json(
        "getCustomersContracts", response, list[models.Contract]
    )
    return result


async def get_customers_contracts(
    client: AsyncTransport,
    customer_id: int,
    *,
    status: models.ContractStatus | str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.Contract]:
    """List a customer's contracts.

    ``GET /v1/customers/{customerId}/contracts``: Membership contracts of the customer, optionally filtered by status.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        status: Only return contracts with this status. (ContractStatus, one of ACTIVE, INACTIVE)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.Contract]``.
    """
    request = build_get_customers_contracts(customer_id=customer_id, status=status)
    return parse_get_customers_contracts(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getDocumentById


def build_get_document_by_id(
    customer_id: int,
    id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/documents/{id}`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/documents/{id}",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
            "id": check_int("id", id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getDocumentById",
        method="GET",
        path_template="/v1/customers/{customerId}/documents/{id}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_document_by_id(response: RawResponse) -> models.CustomerDocument:
    """Turn the 2xx answer of ``getDocumentById`` into its typed result."""
    result: models.CustomerDocument = parse_json(
        "getDocumentById", response, models.CustomerDocument
    )
    return result


async def get_document_by_id(
    client: AsyncTransport,
    customer_id: int,
    id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.CustomerDocument:
    """Get a customer's document.

    ``GET /v1/customers/{customerId}/documents/{id}``: Metadata of one document of the customer, with a temporary download link.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        id: ID of the document. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.CustomerDocument``.
    """
    request = build_get_document_by_id(customer_id=customer_id, id=id)
    return parse_get_document_by_id(await client.send(request, timeout=timeout, deadline=deadline))


async def download_document(
    client: AsyncTransport,
    customer_id: int,
    id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> bytes:
    """The file behind ``getDocumentById``'s temporary link, as bytes.

    Calls ``get_document_by_id``, then fetches its ``url`` without the API key
    (the link is pre-signed). For large files use ``download_document_to``.
    ``timeout`` and ``deadline`` apply to each of the two requests.
    """
    link = await _document_link(
        client, customer_id=customer_id, id=id, timeout=timeout, deadline=deadline
    )
    return await client.download(link, timeout=timeout, deadline=deadline)


async def download_document_to(
    client: AsyncTransport,
    customer_id: int,
    id: int,
    *,
    destination: str | os.PathLike[str],
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> int:
    """Stream the file behind ``getDocumentById``'s link into ``destination``.

    Never holds the file in memory; written beside ``destination`` and renamed into
    place when complete. Returns the number of bytes written.
    """
    link = await _document_link(
        client, customer_id=customer_id, id=id, timeout=timeout, deadline=deadline
    )
    return await client.download_to(link, destination, timeout=timeout, deadline=deadline)


async def _document_link(
    client: AsyncTransport,
    customer_id: int,
    id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> str:
    found = await get_document_by_id(
        client, customer_id=customer_id, id=id, timeout=timeout, deadline=deadline
    )
    link = found.url
    if not link:
        raise APIResponseValidationError(
            "getDocumentById", "$.url", "no download link in the answer"
        )
    return link


# ---------------------------------------------------------------- getDocuments


def build_get_documents(
    customer_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/documents`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/documents",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=1, maximum=50)))
    return PreparedRequest(
        operation_id="getDocuments",
        method="GET",
        path_template="/v1/customers/{customerId}/documents",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_documents(response: RawResponse) -> Page[models.CustomerDocument]:
    """Turn the 2xx answer of ``getDocuments`` into its typed result."""
    return parse_page("getDocuments", response, models.CustomerDocument)


async def get_documents(
    client: AsyncTransport,
    customer_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.CustomerDocument]:
    """List a customer's documents.

    ``GET /v1/customers/{customerId}/documents``: Documents stored for the customer, with temporary download links, in slices.
    Returns one slice; ``iter_documents`` walks all of them.

    Args:
        customer_id: ID of the customer. (int, >= 0)
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        slice_size: Number of documents per slice. (int, 1 to 50; default 10)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.CustomerDocument]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_documents(customer_id=customer_id, offset=offset, slice_size=slice_size)
    return parse_get_documents(await client.send(request, timeout=timeout, deadline=deadline))


def iter_documents(
    client: AsyncTransport,
    customer_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.CustomerDocument, None]:
    """Every item of ``getDocuments``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_documents(
            customer_id=customer_id, offset=next_offset, slice_size=slice_size
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.CustomerDocument, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- searchCustomers


def build_search_customers(
    body: models.CustomerSearchRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/search`` without sending it."""
    path = "/v1/customers/search"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("searchCustomers", body, models.CustomerSearchRequest))
    return PreparedRequest(
        operation_id="searchCustomers",
        method="POST",
        path_template="/v1/customers/search",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_search_customers(response: RawResponse) -> list[models.Customer]:
    """Turn the 2xx answer of ``searchCustomers`` into its typed result."""
    result: list[models.Customer] = parse_json("searchCustomers", response, list[models.Customer])
    return result


async def search_customers(
    client: AsyncTransport,
    body: models.CustomerSearchRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.Customer]:
    """Search customers.

    ``POST /v1/customers/search``: Customers of the studio that match the given name prefixes, email or birth date.
    Args:
        body: the request body, a ``models.CustomerSearchRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.Customer]``.
    """
    request = build_search_customers(body=body)
    return parse_search_customers(await client.send(request, timeout=timeout, deadline=deadline))


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
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AccessRestriction:
    """Set a customer's access restriction.

    ``PUT /v1/customers/{customerId}/access-restrictions``: Creates the customer's access restriction or updates the existing one. Send both startDate and endDate, or neither.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.AccessRestriction`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AccessRestriction``.
    """
    request = build_set_access_restriction(customer_id=customer_id, body=body)
    return parse_set_access_restriction(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- setAdditionalInformationFieldAssignments


def build_set_additional_information_field_assignments(
    customer_id: int,
    body: Sequence[models.AdditionalInformationFieldAssignment | Mapping[str, Any]],
) -> PreparedRequest:
    """Prepare ``PUT /v1/customers/{customerId}/additional-information-field-assignments`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/additional-information-field-assignments",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "setAdditionalInformationFieldAssignments",
            body,
            list[models.AdditionalInformationFieldAssignment],
        )
    )
    return PreparedRequest(
        operation_id="setAdditionalInformationFieldAssignments",
        method="PUT",
        path_template="/v1/customers/{customerId}/additional-information-field-assignments",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_set_additional_information_field_assignments(
    response: RawResponse,
) -> list[models.AdditionalInformationFieldAssignment]:
    """Turn the 2xx answer of ``setAdditionalInformationFieldAssignments`` into its typed result."""
    result: list[models.AdditionalInformationFieldAssignment] = parse_json(
        "setAdditionalInformationFieldAssignments",
        response,
        list[models.AdditionalInformationFieldAssignment],
    )
    return result


async def set_additional_information_field_assignments(
    client: AsyncTransport,
    customer_id: int,
    body: Sequence[models.AdditionalInformationFieldAssignment | Mapping[str, Any]],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.AdditionalInformationFieldAssignment]:
    """Set a customer's additional information values.

    ``PUT /v1/customers/{customerId}/additional-information-field-assignments``: Replaces all additional information values of the customer; fields left out are cleared.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``list[models.AdditionalInformationFieldAssignment]`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.AdditionalInformationFieldAssignment]``.
    """
    request = build_set_additional_information_field_assignments(customer_id=customer_id, body=body)
    return parse_set_additional_information_field_assignments(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- switchStudio


def build_switch_studio(
    customer_id: int,
    body: models.OpenApiV1CustomerStudioSwitchRequestDto | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/{customerId}/switch-studio`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/switch-studio",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("switchStudio", body, models.OpenApiV1CustomerStudioSwitchRequestDto)
    )
    return PreparedRequest(
        operation_id="switchStudio",
        method="POST",
        path_template="/v1/customers/{customerId}/switch-studio",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_switch_studio(response: RawResponse) -> None:
    """Turn the 2xx answer of ``switchStudio`` into its typed result."""
    parse_empty("switchStudio", response)


async def switch_studio(
    client: AsyncTransport,
    customer_id: int,
    body: models.OpenApiV1CustomerStudioSwitchRequestDto | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> None:
    """Move a customer to another studio.

    ``POST /v1/customers/{customerId}/switch-studio``: Moves the customer to the target studio; call it with the API key of the current studio.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.OpenApiV1CustomerStudioSwitchRequestDto`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        nothing: the API answers without a body.
    """
    request = build_switch_studio(customer_id=customer_id, body=body)
    parse_switch_studio(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- updateAccessMediums


def build_update_access_mediums(
    customer_id: int,
    access_medium_id: int,
    body: models.UpdateAccessIdentificationRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``PUT /v1/customers/{customerId}/access-mediums/{accessMediumId}`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/access-mediums/{accessMediumId}",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
            "accessMediumId": check_int("access_medium_id", access_medium_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("updateAccessMediums", body, models.UpdateAccessIdentificationRequest)
    )
    return PreparedRequest(
        operation_id="updateAccessMediums",
        method="PUT",
        path_template="/v1/customers/{customerId}/access-mediums/{accessMediumId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_update_access_mediums(response: RawResponse) -> models.AccessMediumDto:
    """Turn the 2xx answer of ``updateAccessMediums`` into its typed result."""
    result: models.AccessMediumDto = parse_json(
        "updateAccessMediums", response, models.AccessMediumDto
    )
    return result


async def update_access_mediums(
    client: AsyncTransport,
    customer_id: int,
    access_medium_id: int,
    body: models.UpdateAccessIdentificationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AccessMediumDto:
    """Update a customer's access medium.

    ``PUT /v1/customers/{customerId}/access-mediums/{accessMediumId}``: Changes the value of an existing access medium of the customer.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        access_medium_id: ID of the access medium. (int, >= 0)
        body: the request body, a ``models.UpdateAccessIdentificationRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AccessMediumDto``.
    """
    request = build_update_access_mediums(
        customer_id=customer_id, access_medium_id=access_medium_id, body=body
    )
    return parse_update_access_mediums(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


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
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.CustomerImage:
    """Upload a customer's profile image.

    ``PUT /v1/customers/{customerId}/images``: Replaces the profile image; the server rescales it to 1200x1200 and stores it as JPEG.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        image: the file: bytes, a path or a binary file object; not empty.
        filename: the name sent with the file (default: the path's name).
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.CustomerImage``.
    """
    upload_bytes, upload_name = await read_upload(image, name="image")
    request = build_update_image(
        customer_id=customer_id, image=upload_bytes, filename=filename or upload_name
    )
    return parse_update_image(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- uploadDocument


def build_upload_document(
    customer_id: int,
    file: bytes,
    *,
    description: str | None = None,
    filename: str | None = None,
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/{customerId}/documents`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/documents",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if description is not None:
        query.append(("description", check_str("description", description)))
    json_parts = ()
    content_type = file_content_type(file, filename)
    payload, multipart_type = build_multipart(
        "file",
        file,
        filename=filename or default_filename("file", content_type),
        content_type=content_type,
        json_parts=json_parts,
    )
    return PreparedRequest(
        operation_id="uploadDocument",
        method="POST",
        path_template="/v1/customers/{customerId}/documents",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type=multipart_type,
    )


def parse_upload_document(response: RawResponse) -> models.CustomerDocumentUploadResult:
    """Turn the 2xx answer of ``uploadDocument`` into its typed result."""
    result: models.CustomerDocumentUploadResult = parse_json(
        "uploadDocument", response, models.CustomerDocumentUploadResult
    )
    return result


async def upload_document(
    client: AsyncTransport,
    customer_id: int,
    file: FileInput,
    *,
    description: str | None = None,
    filename: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.CustomerDocumentUploadResult:
    """Upload a document for a customer.

    ``POST /v1/customers/{customerId}/documents``: Stores a new document file for the customer.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        description: Description stored with the document. (str, not empty)
        file: the file: bytes, a path or a binary file object; not empty.
        filename: the name sent with the file (default: the path's name).
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.CustomerDocumentUploadResult``.
    """
    upload_bytes, upload_name = await read_upload(file, name="file")
    request = build_upload_document(
        customer_id=customer_id,
        file=upload_bytes,
        description=description,
        filename=filename or upload_name,
    )
    return parse_upload_document(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- useBenefit


def build_use_benefit(
    customer_id: int,
    benefit_key: str,
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/{customerId}/benefits/{benefitKey}/use`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/benefits/{benefitKey}/use",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
            "benefitKey": check_str("benefit_key", benefit_key),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="useBenefit",
        method="POST",
        path_template="/v1/customers/{customerId}/benefits/{benefitKey}/use",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
    )


def parse_use_benefit(response: RawResponse) -> None:
    """Turn the 2xx answer of ``useBenefit`` into its typed result."""
    parse_empty("useBenefit", response)


async def use_benefit(
    client: AsyncTransport,
    customer_id: int,
    benefit_key: str,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> None:
    """Use a customer's benefit.

    ``POST /v1/customers/{customerId}/benefits/{benefitKey}/use``: Records one use of the given benefit by the customer.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        benefit_key: Key of the benefit. (str, not empty)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        nothing: the API answers without a body.
    """
    request = build_use_benefit(customer_id=customer_id, benefit_key=benefit_key)
    parse_use_benefit(await client.send(request, timeout=timeout, deadline=deadline))
