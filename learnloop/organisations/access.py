"""Guards for views: a named permission in the current organisation, or refuse."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from learnloop.organisations.roles import Permission
from learnloop.organisations.rules import has_permission


def permission_required(permission: Permission):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if request.organisation is None or not has_permission(
                request.user, permission, request.organisation
            ):
                raise PermissionDenied(f"You need the permission '{permission}' in this organisation.")
            return view(request, *args, **kwargs)

        wrapped.required_permission = permission
        return wrapped

    return decorator
