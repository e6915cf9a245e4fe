"""The REST API: django-ninja, one router per app, over the same services as the pages.

The OpenAPI document is at /api/openapi.json and the interactive documentation at /api/docs.
Ninja serves Swagger UI's scripts from its own static files (no CDN), as external scripts
from our own origin, so the Content-Security-Policy lets them run.
"""

from ninja import NinjaAPI
from ninja.errors import AuthenticationError

from learnloop.organisations.api import router as organisations_router
from learnloop.organisations.api_auth import refusal_message
from learnloop.reports.api import router as reports_router
from learnloop.reviews.api import router as reviews_router
from learnloop.sharing.api import router as learning_router

DESCRIPTION = """\
Report, review, act on and share learning from deaths and serious incidents.

**Authentication.** A system acts for one organisation with that organisation's API key.
An organisation administrator creates a key on the organisation's *API keys* page; the key is
shown once, so store it in the system's secret store at once. Send it with each request, either
as `Authorization: Bearer ll_...` or as `X-API-Key: ll_...`. A missing, unknown or revoked key
gets `401` with a JSON `detail` saying why. Public endpoints (the directory of organisations)
need no key.
"""

api = NinjaAPI(
    title="learnloop API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
)


@api.exception_handler(AuthenticationError)
def unauthenticated(request, exc):
    response = api.create_response(request, {"detail": refusal_message(request)}, status=401)
    # RFC 9110: a 401 names the scheme the client should use.
    response["WWW-Authenticate"] = 'Bearer realm="learnloop"'
    return response


api.add_router("", organisations_router)
api.add_router("", reports_router)
api.add_router("", reviews_router)
api.add_router("", learning_router)
