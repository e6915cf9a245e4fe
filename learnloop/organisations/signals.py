"""Sign-in, sign-out and failed sign-ins go into the audit trail."""

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog


@receiver(user_logged_in)
def audit_sign_in(sender, request, user, **kwargs):
    auditor = Auditor.from_request(request)
    Auditor(actor=user, ip_address=auditor.ip_address, user_agent=auditor.user_agent).record(
        AuditLog.Action.SIGN_IN, user, summary=f"{user.email} signed in")


@receiver(user_logged_out)
def audit_sign_out(sender, request, user, **kwargs):
    if user is not None:
        auditor = Auditor.from_request(request)
        Auditor(actor=user, ip_address=auditor.ip_address, user_agent=auditor.user_agent).record(
            AuditLog.Action.SIGN_OUT, user, summary=f"{user.email} signed out")


@receiver(user_login_failed)
def audit_failed_sign_in(sender, credentials, request=None, **kwargs):
    auditor = Auditor.from_request(request) if request is not None else Auditor.system()
    # The email typed is recorded, never the password.
    auditor.record(AuditLog.Action.SIGN_IN_FAILED, summary=f"Failed sign-in for {credentials.get('username', '')[:200]}")
