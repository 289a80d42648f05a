from celery import shared_task

from . import files, surveys


# From beat every few minutes. Idempotent: an inquiry or session is invited once (a
# unique row) and a client once per window (their row locked while checking), so a
# second run, or two at once, sends nothing twice. Inquiries first: a session that
# answered an inquiry is then not asked about a second time. The default queue: it
# only writes outbox rows, which the outbox queue's worker sends.
@shared_task(time_limit=300, ignore_result=True)
def invite_to_surveys() -> int:
    return surveys.invite_after_closed_inquiries() + surveys.invite_after_sessions()


# The default queue (not the outbox's: a long report must not delay e-mail). build()
# claims the row, so a copy Redis redelivers after a worker died leaves it alone; the
# clean-up fails a row left running past the time limit (files.STALE_AFTER).
@shared_task(time_limit=600, soft_time_limit=540, ignore_result=True)
def build_report_file(file_id: int) -> str:
    return files.build(file_id)


# From beat every few minutes; deleting and failing rows twice is harmless.
@shared_task(time_limit=300, ignore_result=True)
def clean_report_files() -> tuple[int, int]:
    return files.clean()
