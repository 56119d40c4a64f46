"""Admin pages of the offices app beyond the generic change forms."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render


def closure_notice_preview(request, object_id, model_admin):
    """A notice, draft or not, as residents would see its banner; reached from the notice's admin page."""
    notice = model_admin.get_object(request, object_id)
    if not model_admin.has_view_or_change_permission(request, notice):
        raise PermissionDenied
    if notice is None:
        # Another city's notice is as missing as a deleted one.
        raise Http404
    return render(request, "admin/offices/closurenotice/preview.html", {"notice": notice})
