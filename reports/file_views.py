"""A report file's progress page and its download, for the person who asked only:
anyone else's file is "not found", like one that does not exist."""

import io

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from counselling import access, audit
from counselling.models import AuditAction

from .models import ReportFile
from .views import REPORT_ROLES

REFRESH_SECONDS = 2


def _mine(request):
    return ReportFile.objects.filter(requested_by=request.user)


@login_required
def report_file(request, pk: int):
    access.require_role(request.user, *REPORT_ROLES)
    row = get_object_or_404(_mine(request).defer("content"), pk=pk)
    return render(request, "reports/report_file.html", {"file": row, "refresh": REFRESH_SECONDS})


@login_required
def report_file_download(request, pk: int):
    access.require_role(request.user, *REPORT_ROLES)
    row = get_object_or_404(_mine(request), pk=pk, status=ReportFile.Status.READY)
    ReportFile.objects.filter(pk=row.pk).update(downloaded_at=timezone.now())
    audit.record(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=row,
        request=request,
        detail={"kind": row.kind, "params": row.params},
    )
    return FileResponse(
        io.BytesIO(bytes(row.content)),
        as_attachment=True,
        filename=row.filename,
        content_type=row.content_type,
    )
