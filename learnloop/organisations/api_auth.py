"""How other systems sign in to the API: with a key that belongs to one organisation.

A key is sent either as `Authorization: Bearer ll_...` or as `X-API-Key: ll_...`. Once it is
accepted, `request.auth` is the `ApiKey` and `request.organisation` is the key's organisation,
so the API reads through the organisation just as the pages do. Both ways of sending a key
are declared as OpenAPI security schemes.
"""

from __future__ import annotations

from ninja.security import APIKeyHeader, HttpBearer

from learnloop.organisations import services
from learnloop.organisations.models import ApiKey

KEY_HEADER = "X-API-Key"

MISSING_KEY_MESSAGE = (
    "An API key is needed. Send it as 'Authorization: Bearer ll_...' or 'X-API-Key: ll_...'. "
    "An organisation administrator creates keys on the organisation's API keys page."
)
REFUSED_KEY_MESSAGE = (
    "The API key was not accepted: it is unknown, it has been revoked, "
    "or its organisation is no longer active."
)


def _accept(request, secret: str | None) -> ApiKey | None:
    api_key = services.api_key_authenticate((secret or "").strip())
    if api_key is None:
        return None
    # The services and the audit log act for the key's organisation, whoever else is signed in.
    request.organisation = api_key.organisation
    return api_key


class ApiKeyBearer(HttpBearer):
    openapi_bearerFormat = "ll_..."
    openapi_description = "An organisation's API key, sent as `Authorization: Bearer ll_...`."

    def authenticate(self, request, token: str) -> ApiKey | None:
        return _accept(request, token)


class ApiKeyHeader(APIKeyHeader):
    param_name = KEY_HEADER
    openapi_description = "An organisation's API key, sent as `X-API-Key: ll_...`."

    def authenticate(self, request, key: str | None) -> ApiKey | None:
        return _accept(request, key)


def presented_a_key(request) -> bool:
    authorization = request.headers.get("Authorization", "")
    return bool(request.headers.get(KEY_HEADER)) or authorization.lower().startswith("bearer")


class Public:
    """`request.auth` on a public endpoint read without a key."""

    def __repr__(self) -> str:
        return "Public()"


PUBLIC = Public()


def public_unless_key_sent(request) -> Public | None:
    """Lets a public endpoint be read without a key. A key that is sent must still be a
    good one, so a system learns at once that its key was revoked."""
    return None if presented_a_key(request) else PUBLIC


api_key_auth = [ApiKeyBearer(), ApiKeyHeader()]
# Tried in order: a good key first, then no key at all.
optional_api_key_auth = [*api_key_auth, public_unless_key_sent]
# OpenAPI: an empty requirement says the key is optional.
OPTIONAL_SECURITY = {"security": [{}]}


def refusal_message(request) -> str:
    return REFUSED_KEY_MESSAGE if presented_a_key(request) else MISSING_KEY_MESSAGE
