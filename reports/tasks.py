from celery import shared_task

from . import surveys


# From beat every few minutes. Idempotent: an inquiry or session is invited once (a
# unique row) and a client once per window (their row locked while checking), so a
# second run, or two at once, sends nothing twice. Inquiries first: a session that
# answered an inquiry is then not asked about a second time. The default queue: it
# only writes outbox rows, which the outbox queue's worker sends.
@shared_task(time_limit=300, ignore_result=True)
def invite_to_surveys() -> int:
    return surveys.invite_after_closed_inquiries() + surveys.invite_after_sessions()
