"""The REST API: django-ninja, one router per app, over the same services as the pages."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="learnloop API",
    version="1",
    description="Report, review, act on and share learning from deaths and serious incidents.",
    urls_namespace="api",
)
