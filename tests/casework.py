"""Bulk test data for query-count tests: hundreds of sessions in a few queries."""

from datetime import timedelta

from django.utils import timezone

from counselling.models import CounsellingSession, FollowUp


def add_sessions(*, client, counsellor, office, count, topics=(), days_apart=0):
    """`count` sessions (newest now, then `days_apart` days apart), each with `topics`
    and a follow-up, as the timeline and "my work" show them."""
    now = timezone.now()
    sessions = CounsellingSession.objects.bulk_create(
        CounsellingSession(
            client=client,
            counsellor=counsellor,
            office=office,
            started_at=now - timedelta(days=n * days_apart, minutes=n),
            note=f"Note {n}",
        )
        for n in range(count)
    )
    through = CounsellingSession.topics.through
    through.objects.bulk_create(
        through(counsellingsession_id=session.pk, topic_id=topic.pk)
        for session in sessions
        for topic in topics
    )
    FollowUp.objects.bulk_create(
        FollowUp(
            client=client,
            session=session,
            assigned_to=counsellor,
            office_id=session.office_id,
            due_on=timezone.localdate(),
            description="Call back",
        )
        for session in sessions
    )
    return sessions
