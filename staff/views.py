"""Staff-only pages outside the generic admin: the one-time-password step."""

import base64

import segno
from django import forms
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.shortcuts import render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import devices_for_user, match_token
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import invitations


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )


@never_cache
def accept_invitation(request, token: str, admin_site):
    """An administrator's invitation link: remembered in this browser's session, then on to the sign-in."""
    if not invitations.accept(request, token):
        context = {**admin_site.each_context(request), "title": _("Set up your authenticator app"), "invited": False}
        return render(request, "staff/second_factor.html", context, status=403)
    return HttpResponseRedirect(resolve_url("admin:login"))


@sensitive_post_parameters("token")
@csrf_protect
@never_cache
def second_factor(request, admin_site):
    """After the password: confirm a one-time password, or set up the app on first sign-in.

    Until a code is confirmed the session is signed in but the admin refuses it
    (PortalAdminSite.has_permission), so a stolen password alone opens nothing.
    """
    user = request.user
    next_url = request.POST.get("next", request.GET.get("next", ""))
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, require_https=request.is_secure()):
        next_url = resolve_url("admin:index")
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return redirect_to_login(next_url, resolve_url("admin:login"))
    if admin_site.has_permission(request):
        return HttpResponseRedirect(next_url)

    setting_up = not any(devices_for_user(user, confirmed=True))
    if setting_up and not invitations.invited(request, user):
        context = {**admin_site.each_context(request), "title": _("Set up your authenticator app"), "invited": False}
        return render(request, "staff/second_factor.html", context, status=403)
    device = None
    if setting_up:
        # One pending device per user, so reloading the page keeps the code already scanned.
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name=str(_("Authenticator app")), confirmed=False)

    form = TokenForm(request.POST or None)
    if form.is_valid():
        token = form.cleaned_data["token"].replace(" ", "")
        if setting_up:
            verified = device if device.verify_token(token) else None
            if verified:
                verified.confirmed = True
                verified.save(update_fields=["confirmed"])
        else:
            verified = match_token(user, token)
        if verified:
            otp_login(request, verified)
            request.session.pop(invitations.SESSION_KEY, None)
            # A new session key for the fully signed-in session: one seen before the second factor (on a shared
            # machine, in a log) must not become a key to the admin.
            request.session.cycle_key()
            return HttpResponseRedirect(next_url)
        form.add_error(
            "token", _("This code is not valid. Check that your phone's clock is right and try the current code.")
        )

    context = {
        **admin_site.each_context(request),
        "title": _("Set up your authenticator app") if setting_up else _("Enter your one-time code"),
        "form": form,
        "next": next_url,
        "setting_up": setting_up,
        "invited": True,
    }
    if setting_up:
        context["qr_code"] = segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2)
        secret = base64.b32encode(device.bin_key).decode()
        context["secret"] = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    return render(request, "staff/second_factor.html", context)
