"""Authenticator devices in the admin without their secrets.

Administrators may see who has a device and remove one (so a member of staff
who lost their phone sets up a new one at the next sign-in), but never the
key or its QR code: with it, anyone knowing the password could sign in. A
device is set up only by its owner, at the second-factor step.
"""

from django.contrib import admin
from django.http import Http404
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice


class DeviceWithoutSecretAdmin(TOTPDeviceAdmin):
    exclude = ["key"]

    def get_list_display(self, request):
        return [field for field in super().get_list_display(request) if field != "qrcode_link"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f not in ("key", "qrcode_link")]})
            for name, options in fieldsets
            if [f for f in options["fields"] if f not in ("key", "qrcode_link")]
        ]

    def get_readonly_fields(self, request, obj=None):
        return [field for field in super().get_readonly_fields(request, obj) if field != "qrcode_link"]

    def has_add_permission(self, request):
        return False  # set up by its owner, who scans the code once

    def config_view(self, request, pk):
        raise Http404  # the page would show the secret; also for an id that does not exist (was a 500)

    def qrcode_view(self, request, pk):
        raise Http404


if admin.site.is_registered(TOTPDevice):
    admin.site.unregister(TOTPDevice)
admin.site.register(TOTPDevice, DeviceWithoutSecretAdmin)
