"""The emails learnloop sends about accounts: invitations and password resets.

Each is plain text with an HTML alternative, rendered from templates in
`jinja2/organisations/emails/`, and sent with Django's mail API (so `EMAIL_URL` decides how).
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from learnloop.organisations.models import Invitation, User


def _send(*, to_email: str, subject: str, template: str, context: dict) -> None:
    text = render_to_string(f"organisations/emails/{template}.txt", context)
    html = render_to_string(f"organisations/emails/{template}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [to_email])
    message.attach_alternative(html, "text/html")
    message.send()


def send_invitation(*, invitation: Invitation, link: str) -> None:
    """Send the single-use invitation link. The link is not stored anywhere else."""
    organisation = invitation.organisation
    if invitation.kind == Invitation.Kind.FAMILY:
        subject = f"{organisation.name} has invited you to follow a review of care"
        template = "invitation_family"
    else:
        subject = f"You are invited to join {organisation.name} on learnloop"
        template = "invitation_staff"
    _send(
        to_email=invitation.email,
        subject=subject,
        template=template,
        context={
            "invitation": invitation,
            "organisation": organisation,
            "invited_by": invitation.invited_by,
            "link": link,
            "expires_at": invitation.expires_at,
        },
    )


def send_password_reset(*, user: User, link: str, to_email: str) -> None:
    hours = settings.PASSWORD_RESET_TIMEOUT // 3600
    _send(
        to_email=to_email,
        subject="Reset your learnloop password",
        template="password_reset",
        context={"user": user, "link": link, "hours": hours},
    )
