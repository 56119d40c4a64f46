"""Setting up a second factor needs an administrator's invitation: a password alone enrols no device.

An invitation is a signed link for one user, valid for seven days and only
until that user next signs in (the signature covers their last sign-in): the
sign-in that follows it uses it up. Opening it stores the invitation in the
session; the second-factor step then shows the QR code for that user only.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse

SALT = "staff.enrolment-invitation"
MAX_AGE = 7 * 24 * 60 * 60
SESSION_KEY = "staff_enrolment_invitation"


def _state(user) -> str:
    return user.last_login.isoformat() if user.last_login else ""


def invitation_url(user) -> str:
    token = signing.dumps({"user": user.pk, "state": _state(user)}, salt=SALT)
    return f"{settings.PORTAL_URL}{reverse('admin:enrolment_invitation', args=[token])}"


def accept(request, token: str) -> bool:
    """Keep a valid invitation in the session; False when it is forged, expired or used up."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return False
    user = get_user_model().objects.filter(pk=data.get("user"), is_active=True, is_staff=True).first()
    if user is None or data.get("state") != _state(user):
        return False
    request.session[SESSION_KEY] = user.pk
    return True


def invited(request, user) -> bool:
    return request.session.get(SESSION_KEY) == user.pk
