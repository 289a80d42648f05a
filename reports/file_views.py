"""A report file's progress page and its download, for the person who asked only:
anyone else's file is "not found", like one that does not exist."""

import io

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import FileResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from counselling import access, audit
from counselling.models import AuditAction

from . import files
from .models import ReportFile
from .views import REPORT_ROLES

REFRESH_SECONDS = 2


def _mine(request):
    return ReportFile.objects.filter(requested_by=request.user)


@login_required
def report_file(request, pk: int):
    access.require_role(request.user, *REPORT_ROLES)
    row = get_object_or_404(_mine(request).defer("content"), pk=pk)
    context = {"file": row, "refresh": REFRESH_SECONDS, "once": row.kind in files.ONCE}
    return render(request, "reports/report_file.html", context)


@login_required
@transaction.atomic
def report_file_download(request, pk: int):
    access.require_role(request.user, *REPORT_ROLES)
    # Locked: two clicks on a once-only file must not both get it.
    row = get_object_or_404(
        _mine(request).select_for_update(), pk=pk, status=ReportFile.Status.READY
    )
    once = row.kind in files.ONCE
    if once and row.downloaded_at is not None:
        context = {"file": row, "once": True}
        return render(request, "reports/report_file.html", context, status=410)
    content = bytes(row.content)
    ReportFile.objects.filter(pk=row.pk).update(
        downloaded_at=timezone.now(), **({"content": b""} if once else {})
    )
    audit.record(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=row,
        client_id=row.params.get("client"),
        request=request,
        detail={"kind": row.kind, "params": row.params},
    )
    return FileResponse(
        io.BytesIO(content),
        as_attachment=True,
        filename=row.filename,
        content_type=row.content_type,
    )
