from django.core.management import call_command

from activities.models import ActivitySeries, Attendance, SignUp


def test_the_demo_has_a_language_cafe_and_a_support_group_with_attendance(db):
    call_command("load_demo")

    cafe = ActivitySeries.objects.get(kind="language_cafe")
    group = ActivitySeries.objects.get(kind="support_group")
    assert (cafe.office.code, group.office.code) == ("narva", "tartu")
    assert cafe.facilitator_name and group.facilitator.username == "counsellor.tartu"
    assert cafe.meetings.count() > group.meetings.count() > 5  # weekly and fortnightly
    for series in (cafe, group):
        confirmed = series.sign_ups.filter(status=SignUp.Status.CONFIRMED).count()
        assert 0 < confirmed <= series.capacity
        assert Attendance.objects.filter(meeting__series=series, status="present").exists()
    assert cafe.sign_ups.filter(status=SignUp.Status.WAITING).exists()
    assert group.meetings.filter(interpreter_language="fa").exists()
