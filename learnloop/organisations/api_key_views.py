"""Placeholder: replaced by the real views in this session."""

from django.http import Http404



def api_keys(request, *args, **kwargs):
    raise Http404


def api_key_create(request, *args, **kwargs):
    raise Http404


def api_key_revoke(request, *args, **kwargs):
    raise Http404
