"""Membership offers, sign-ups, previews, additions and membership switches.

Endpoint functions of the ``Memberships`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import models
from .._request import PreparedRequest, RawResponse, check_int, format_path
from .._responses import parse_empty, parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from ..types import Timeout

__all__ = [
    "add_membership",
    "get_membership_offer_by_id",
    "get_membership_offers",
    "get_membership_switch_configuration_for_customer",
    "get_membership_switch_configurations_for_customer",
    "post_membership_preview",
    "post_membership_switch_preview",
    "post_signup_preview",
    "signup_membership",
    "switch_membership",
]


# ---------------------------------------------------------------- addMembership


def build_add_membership(
    customer_id: int,
    body: models.MembershipSignupContract | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/customers/{customerId}/add-membership`` without sending it."""
    path = format_path(
        "/v1/memberships/customers/{customerId}/add-membership",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("addMembership", body, models.MembershipSignupContract))
    return PreparedRequest(
        operation_id="addMembership",
        method="POST",
        path_template="/v1/memberships/customers/{customerId}/add-membership",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_add_membership(response: RawResponse) -> None:
    """Turn the 2xx answer of ``addMembership`` into its typed result."""
    parse_empty("addMembership", response)


async def add_membership(
    client: AsyncTransport,
    customer_id: int,
    body: models.MembershipSignupContract | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> None:
    """Add a membership to a customer.

    ``POST /v1/memberships/customers/{customerId}/add-membership``: Creates a new membership contract for an existing customer.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.MembershipSignupContract`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        nothing: the API answers without a body.
    """
    request = build_add_membership(customer_id=customer_id, body=body)
    parse_add_membership(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getMembershipOfferById


def build_get_membership_offer_by_id(
    membership_offer_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/memberships/membership-offers/{membershipOfferId}`` without sending it."""
    path = format_path(
        "/v1/memberships/membership-offers/{membershipOfferId}",
        {
            "membershipOfferId": check_int("membership_offer_id", membership_offer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getMembershipOfferById",
        method="GET",
        path_template="/v1/memberships/membership-offers/{membershipOfferId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_membership_offer_by_id(response: RawResponse) -> models.MembershipOfferExtended:
    """Turn the 2xx answer of ``getMembershipOfferById`` into its typed result."""
    result: models.MembershipOfferExtended = parse_json(
        "getMembershipOfferById", response, models.MembershipOfferExtended
    )
    return result


async def get_membership_offer_by_id(
    client: AsyncTransport,
    membership_offer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.MembershipOfferExtended:
    """Get a membership offer.

    ``GET /v1/memberships/membership-offers/{membershipOfferId}``: One membership offer by ID, with modules, text blocks and detailed terms.
    Args:
        membership_offer_id: ID of the membership offer. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.MembershipOfferExtended``.
    """
    request = build_get_membership_offer_by_id(membership_offer_id=membership_offer_id)
    return parse_get_membership_offer_by_id(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getMembershipOffers


def build_get_membership_offers() -> PreparedRequest:
    """Prepare ``GET /v1/memberships/membership-offers`` without sending it."""
    path = "/v1/memberships/membership-offers"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getMembershipOffers",
        method="GET",
        path_template="/v1/memberships/membership-offers",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_membership_offers(response: RawResponse) -> list[models.MembershipOffer]:
    """Turn the 2xx answer of ``getMembershipOffers`` into its typed result."""
    result: list[models.MembershipOffer] = parse_json(
        "getMembershipOffers", response, list[models.MembershipOffer]
    )
    return result


async def get_membership_offers(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.MembershipOffer]:
    """List membership offers.

    ``GET /v1/memberships/membership-offers``: All membership offers currently available in the studio.
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.MembershipOffer]``.
    """
    request = build_get_membership_offers()
    return parse_get_membership_offers(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getMembershipSwitchConfigurationForCustomer


def build_get_membership_switch_configuration_for_customer(
    customer_id: int,
    config_id: int,
    *,
    studio_id: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/memberships/{customerId}/membership-switch/configs/{configId}`` without sending it."""
    path = format_path(
        "/v1/memberships/{customerId}/membership-switch/configs/{configId}",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
            "configId": check_int("config_id", config_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if studio_id is not None:
        query.append(("studioId", check_int("studio_id", studio_id, minimum=0)))
    return PreparedRequest(
        operation_id="getMembershipSwitchConfigurationForCustomer",
        method="GET",
        path_template="/v1/memberships/{customerId}/membership-switch/configs/{configId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_membership_switch_configuration_for_customer(
    response: RawResponse,
) -> models.OpenApiV1MembershipSwitchConfigExtended:
    """Turn the 2xx answer of ``getMembershipSwitchConfigurationForCustomer`` into its typed result."""
    result: models.OpenApiV1MembershipSwitchConfigExtended = parse_json(
        "getMembershipSwitchConfigurationForCustomer",
        response,
        models.OpenApiV1MembershipSwitchConfigExtended,
    )
    return result


async def get_membership_switch_configuration_for_customer(
    client: AsyncTransport,
    customer_id: int,
    config_id: int,
    *,
    studio_id: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1MembershipSwitchConfigExtended:
    """Get a membership switch configuration for a customer.

    ``GET /v1/memberships/{customerId}/membership-switch/configs/{configId}``: One switch configuration by ID, with the offers the customer can switch to.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        config_id: ID of the membership switch configuration. (int, >= 0)
        studio_id: Check that the configuration is available in this studio. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1MembershipSwitchConfigExtended``.
    """
    request = build_get_membership_switch_configuration_for_customer(
        customer_id=customer_id, config_id=config_id, studio_id=studio_id
    )
    return parse_get_membership_switch_configuration_for_customer(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getMembershipSwitchConfigurationsForCustomer


def build_get_membership_switch_configurations_for_customer(
    customer_id: int,
    *,
    studio_id: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/memberships/{customerId}/membership-switch/configs`` without sending it."""
    path = format_path(
        "/v1/memberships/{customerId}/membership-switch/configs",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if studio_id is not None:
        query.append(("studioId", check_int("studio_id", studio_id, minimum=0)))
    return PreparedRequest(
        operation_id="getMembershipSwitchConfigurationsForCustomer",
        method="GET",
        path_template="/v1/memberships/{customerId}/membership-switch/configs",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_membership_switch_configurations_for_customer(
    response: RawResponse,
) -> list[models.MembershipSwitchConfig]:
    """Turn the 2xx answer of ``getMembershipSwitchConfigurationsForCustomer`` into its typed result."""
    result: list[models.MembershipSwitchConfig] = parse_json(
        "getMembershipSwitchConfigurationsForCustomer",
        response,
        list[models.MembershipSwitchConfig],
    )
    return result


async def get_membership_switch_configurations_for_customer(
    client: AsyncTransport,
    customer_id: int,
    *,
    studio_id: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.MembershipSwitchConfig]:
    """List membership switch configurations for a customer.

    ``GET /v1/memberships/{customerId}/membership-switch/configs``: Membership switches the customer can currently make.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        studio_id: Load the configurations of this studio instead of the customer's own studio. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.MembershipSwitchConfig]``.
    """
    request = build_get_membership_switch_configurations_for_customer(
        customer_id=customer_id, studio_id=studio_id
    )
    return parse_get_membership_switch_configurations_for_customer(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- postMembershipPreview


def build_post_membership_preview(
    customer_id: int,
    body: models.MembershipSignupContract | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/customers/{customerId}/add-membership/preview`` without sending it."""
    path = format_path(
        "/v1/memberships/customers/{customerId}/add-membership/preview",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("postMembershipPreview", body, models.MembershipSignupContract))
    return PreparedRequest(
        operation_id="postMembershipPreview",
        method="POST",
        path_template="/v1/memberships/customers/{customerId}/add-membership/preview",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_post_membership_preview(response: RawResponse) -> models.OpenApiV1SignupPreviewDto:
    """Turn the 2xx answer of ``postMembershipPreview`` into its typed result."""
    result: models.OpenApiV1SignupPreviewDto = parse_json(
        "postMembershipPreview", response, models.OpenApiV1SignupPreviewDto
    )
    return result


async def post_membership_preview(
    client: AsyncTransport,
    customer_id: int,
    body: models.MembershipSignupContract | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1SignupPreviewDto:
    """Preview adding a membership to a customer.

    ``POST /v1/memberships/customers/{customerId}/add-membership/preview``: Shows prices, voucher effects and payments of a new contract for an existing customer without creating it.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.MembershipSignupContract`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1SignupPreviewDto``.
    """
    request = build_post_membership_preview(customer_id=customer_id, body=body)
    return parse_post_membership_preview(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- postMembershipSwitchPreview


def build_post_membership_switch_preview(
    customer_id: int,
    body: models.MembershipSwitch | Mapping[str, Any],
    *,
    studio_id: int | None = None,
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/{customerId}/membership-switch/preview`` without sending it."""
    path = format_path(
        "/v1/memberships/{customerId}/membership-switch/preview",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if studio_id is not None:
        query.append(("studioId", check_int("studio_id", studio_id, minimum=0)))
    payload = dumps(to_request_json("postMembershipSwitchPreview", body, models.MembershipSwitch))
    return PreparedRequest(
        operation_id="postMembershipSwitchPreview",
        method="POST",
        path_template="/v1/memberships/{customerId}/membership-switch/preview",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_post_membership_switch_preview(response: RawResponse) -> models.MembershipSwitchPreview:
    """Turn the 2xx answer of ``postMembershipSwitchPreview`` into its typed result."""
    result: models.MembershipSwitchPreview = parse_json(
        "postMembershipSwitchPreview", response, models.MembershipSwitchPreview
    )
    return result


async def post_membership_switch_preview(
    client: AsyncTransport,
    customer_id: int,
    body: models.MembershipSwitch | Mapping[str, Any],
    *,
    studio_id: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.MembershipSwitchPreview:
    """Preview a membership switch.

    ``POST /v1/memberships/{customerId}/membership-switch/preview``: Shows the effect of switching a contract without performing the switch.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        studio_id: Use the offer data (such as prices) of this studio. (int, >= 0)
        body: the request body, a ``models.MembershipSwitch`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.MembershipSwitchPreview``.
    """
    request = build_post_membership_switch_preview(
        customer_id=customer_id, body=body, studio_id=studio_id
    )
    return parse_post_membership_switch_preview(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- postSignupPreview


def build_post_signup_preview(
    body: models.MembershipSignupRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/signup/preview`` without sending it."""
    path = "/v1/memberships/signup/preview"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("postSignupPreview", body, models.MembershipSignupRequest))
    return PreparedRequest(
        operation_id="postSignupPreview",
        method="POST",
        path_template="/v1/memberships/signup/preview",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_post_signup_preview(response: RawResponse) -> models.OpenApiV1SignupPreviewDto:
    """Turn the 2xx answer of ``postSignupPreview`` into its typed result."""
    result: models.OpenApiV1SignupPreviewDto = parse_json(
        "postSignupPreview", response, models.OpenApiV1SignupPreviewDto
    )
    return result


async def post_signup_preview(
    client: AsyncTransport,
    body: models.MembershipSignupRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1SignupPreviewDto:
    """Preview a membership sign-up.

    ``POST /v1/memberships/signup/preview``: Shows prices, voucher effects and payments of a sign-up without creating anything.
    Args:
        body: the request body, a ``models.MembershipSignupRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1SignupPreviewDto``.
    """
    request = build_post_signup_preview(body=body)
    return parse_post_signup_preview(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- signupMembership


def build_signup_membership(
    body: models.MembershipSignupRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/signup`` without sending it."""
    path = "/v1/memberships/signup"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("signupMembership", body, models.MembershipSignupRequest))
    return PreparedRequest(
        operation_id="signupMembership",
        method="POST",
        path_template="/v1/memberships/signup",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_signup_membership(response: RawResponse) -> models.MembershipSignupResult:
    """Turn the 2xx answer of ``signupMembership`` into its typed result."""
    result: models.MembershipSignupResult = parse_json(
        "signupMembership", response, models.MembershipSignupResult
    )
    return result


async def signup_membership(
    client: AsyncTransport,
    body: models.MembershipSignupRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.MembershipSignupResult:
    """Sign up a new membership.

    ``POST /v1/memberships/signup``: Creates a new customer together with a membership contract.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.MembershipSignupRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.MembershipSignupResult``.
    """
    request = build_signup_membership(body=body)
    return parse_signup_membership(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- switchMembership


def build_switch_membership(
    customer_id: int,
    body: models.MembershipSwitch | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/{customerId}/membership-switch`` without sending it."""
    path = format_path(
        "/v1/memberships/{customerId}/membership-switch",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("switchMembership", body, models.MembershipSwitch))
    return PreparedRequest(
        operation_id="switchMembership",
        method="POST",
        path_template="/v1/memberships/{customerId}/membership-switch",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_switch_membership(response: RawResponse) -> None:
    """Turn the 2xx answer of ``switchMembership`` into its typed result."""
    parse_empty("switchMembership", response)


async def switch_membership(
    client: AsyncTransport,
    customer_id: int,
    body: models.MembershipSwitch | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> None:
    """Switch a membership.

    ``POST /v1/memberships/{customerId}/membership-switch``: Switches the given contract of the customer to a new membership offer term.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.MembershipSwitch`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        nothing: the API answers without a body.
    """
    request = build_switch_membership(customer_id=customer_id, body=body)
    parse_switch_membership(await client.send(request, timeout=timeout, deadline=deadline))
