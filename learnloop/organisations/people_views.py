"""Placeholder: replaced by the real views in this session."""

from django.http import Http404



def members(request, *args, **kwargs):
    raise Http404


def invite_staff(request, *args, **kwargs):
    raise Http404


def member_edit(request, *args, **kwargs):
    raise Http404


def member_remove(request, *args, **kwargs):
    raise Http404


def invitation_revoke(request, *args, **kwargs):
    raise Http404


def invite_family(request, *args, **kwargs):
    raise Http404


def departments(request, *args, **kwargs):
    raise Http404
