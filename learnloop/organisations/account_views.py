"""Placeholder: replaced by the real views in this session."""

from django.http import Http404



def password_reset(request, *args, **kwargs):
    raise Http404


def password_reset_done(request, *args, **kwargs):
    raise Http404


def password_reset_confirm(request, *args, **kwargs):
    raise Http404


def password_reset_complete(request, *args, **kwargs):
    raise Http404


def accept_invitation(request, *args, **kwargs):
    raise Http404
