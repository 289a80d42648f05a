"""Report files made in the background: the row is the truth, the task the worker.

A report page calls `start()`, which writes a queued row and enqueues `build()` on
commit; the person watches the row's progress page until the file is ready. Each kind
of file registers a builder:

    builder(user, params, progress) -> (filename, content_type, content)

`progress(percent)` writes the row at once (its own statement, outside any transaction,
so the page polling sees it). A builder refuses bad parameters by raising
ValidationError with a translated message; anything else that goes wrong is logged and
the person sees a plain "could not be made".
"""

import logging
from collections.abc import Callable
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from counselling.models import User

from .models import ReportFile

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
Builder = Callable[[User, dict, Progress], tuple[str, str, bytes]]
BUILDERS: dict[str, Builder] = {}
# Kinds downloadable once: the content is emptied as it is handed over (a person's data).
ONCE: set[str] = set()
# Longer than the task's time limit (reports.tasks): a row still unfinished by then was
# left by a worker that died, and will never finish.
STALE_AFTER = timedelta(minutes=20)


def register(kind: str, *, once: bool = False) -> Callable[[Builder], Builder]:
    def decorate(builder: Builder) -> Builder:
        BUILDERS[kind] = builder
        if once:
            ONCE.add(kind)
        return builder

    return decorate


def start(*, user: User, kind: str, params: dict) -> ReportFile:
    """Queue a file of a registered kind for `user` (call inside the request's
    transaction, with parameters already validated by the page)."""
    if kind not in BUILDERS:
        raise ValueError(f"unknown report file kind {kind!r}")
    row = ReportFile.objects.create(requested_by=user, kind=kind, params=params)
    transaction.on_commit(lambda: enqueue(row.pk))
    return row


def enqueue(file_id: int) -> bool:
    """Hand the row to the worker. With the broker down the row fails at once, saying so:
    the person is watching and can ask again, nothing is left waiting for nobody."""
    from .tasks import build_report_file

    try:
        build_report_file.apply_async((file_id,), retry=False)
    except Exception as error:
        log.warning(
            "report file enqueue failed", extra={"file_pk": file_id, "error": type(error).__name__}
        )
        _finish(
            file_id,
            status=ReportFile.Status.FAILED,
            message=_("Reports cannot be made just now. Please try again in a few minutes."),
        )
        return False
    return True


def build(file_id: int) -> str:
    """Make one queued file. Returns what happened: ready, failed, not-queued."""
    # Claim the row: a second copy of the task (Redis redelivered it) finds it running.
    claimed = ReportFile.objects.filter(pk=file_id, status=ReportFile.Status.QUEUED).update(
        status=ReportFile.Status.RUNNING, started_at=timezone.now()
    )
    if not claimed:
        return "not-queued"
    row = ReportFile.objects.select_related("requested_by").defer("content").get(pk=file_id)
    user = row.requested_by

    def progress(percent: int) -> None:
        ReportFile.objects.filter(pk=file_id).update(progress=max(0, min(100, percent)))

    # The file, and any message, in the language of the person who asked.
    with translation.override(user.language or None):
        try:
            filename, content_type, content = BUILDERS[row.kind](user, row.params, progress)
        except ValidationError as refused:
            _finish(file_id, status=ReportFile.Status.FAILED, message=" ".join(refused.messages))
            return "failed"
        except Exception:
            log.exception("report file failed", extra={"file_pk": file_id, "kind": row.kind})
            _finish(
                file_id,
                status=ReportFile.Status.FAILED,
                message=_("The file could not be made. Please try again later."),
            )
            return "failed"
    _finish(
        file_id,
        status=ReportFile.Status.READY,
        progress=100,
        filename=filename,
        content_type=content_type,
        content=content,
    )
    return "ready"


def _finish(file_id: int, *, status: str, **fields) -> None:
    ReportFile.objects.filter(pk=file_id).update(
        status=status, finished_at=timezone.now(), **fields
    )


def clean(*, now=None) -> tuple[int, int]:
    """Delete expired files, and fail those a dead worker left unfinished. Returns
    (deleted, failed)."""
    now = now or timezone.now()
    deleted, _per_model = ReportFile.objects.filter(expires_at__lte=now).delete()
    abandoned = ReportFile.objects.filter(
        Q(status=ReportFile.Status.QUEUED) | Q(status=ReportFile.Status.RUNNING),
        created_at__lte=now - STALE_AFTER,
    ).select_related("requested_by")
    failed = 0
    for row in abandoned.defer("content"):
        with translation.override(row.requested_by.language or None):
            message = _("The file took too long to make. Please try again.")
        failed += ReportFile.objects.filter(pk=row.pk, status=row.status).update(
            status=ReportFile.Status.FAILED, finished_at=now, message=message
        )
    return deleted, failed


def mine(user: User, kinds: list[str], limit: int = 10) -> list[ReportFile]:
    """The user's latest files of these kinds, without their bytes."""
    rows = ReportFile.objects.filter(requested_by=user, kind__in=kinds).defer("content")
    return list(rows.order_by("-created_at", "-id")[:limit])
