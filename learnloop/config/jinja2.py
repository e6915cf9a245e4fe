"""The Jinja2 environment: Django's url and static helpers, and learnloop's filters."""

from django.contrib import messages
from django.contrib.staticfiles.storage import staticfiles_storage
from django.urls import reverse
from django.utils import timezone
from jinja2 import ChainableUndefined, Environment


def url(viewname: str, *args, **kwargs) -> str:
    return reverse(viewname, args=args or None, kwargs=kwargs or None)


def uk_datetime(value) -> str:
    """'26 November 2026, 13:05' in UK time, as NHS content guidance writes dates."""
    if not value:
        return ""
    value = timezone.localtime(value)
    return f"{value.day} {value:%B %Y, %H:%M}"


def uk_date(value) -> str:
    if not value:
        return ""
    return f"{value.day} {value:%B %Y}"


def environment(**options) -> Environment:
    # ChainableUndefined lets the NHS.UK macros read optional nested params safely.
    options["undefined"] = ChainableUndefined
    options.setdefault("extensions", []).append("jinja2.ext.do")
    env = Environment(**options)  # noqa: S701  (autoescape is on: TEMPLATES OPTIONS sets it)
    env.globals.update(
        {
            "url": url,
            "static": staticfiles_storage.url,
            "get_messages": messages.get_messages,
            "assetPath": "/static/nhsuk/assets",
        }
    )
    env.filters.update({"uk_datetime": uk_datetime, "uk_date": uk_date})
    return env
