from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from activities import api as activity_api
from channels import api as channel_api
from clients import api as client_api
from knowledge import api as knowledge_api
from outreach import api as outreach_api
from programmes import api as programme_api
from referrals import api as referral_api
from volunteers import api as volunteer_api

from . import casework, views

router = DefaultRouter()
router.register("offices", views.OfficeViewSet, basename="api-office")
router.register("clients", client_api.ClientViewSet, basename="api-client")
router.register("households", client_api.HouseholdViewSet, basename="api-household")
router.register("consents", client_api.ConsentViewSet, basename="api-consent")
router.register("cases", casework.CaseViewSet, basename="api-case")
router.register("sessions", casework.SessionViewSet, basename="api-session")
router.register("follow-ups", casework.FollowUpViewSet, basename="api-follow-up")
router.register("inquiries", channel_api.InquiryViewSet, basename="api-inquiry")
router.register("call-backs", channel_api.CallBackViewSet, basename="api-call-back")
router.register("walk-ins", channel_api.VisitViewSet, basename="api-walk-in")
router.register("partners", referral_api.PartnerViewSet, basename="api-partner")
router.register("services", referral_api.ServiceViewSet, basename="api-service")
router.register("referrals", referral_api.ReferralViewSet, basename="api-referral")
router.register("activities", activity_api.SeriesViewSet, basename="api-activity")
router.register("meetings", activity_api.MeetingViewSet, basename="api-meeting")
router.register("sign-ups", activity_api.SignUpViewSet, basename="api-sign-up")
router.register("knowledge/topics", knowledge_api.TopicViewSet, basename="api-knowledge-topic")
router.register("knowledge/pages", knowledge_api.PageViewSet, basename="api-knowledge-page")
router.register(
    "knowledge/versions", knowledge_api.VersionViewSet, basename="api-knowledge-version"
)
router.register("volunteers", volunteer_api.VolunteerViewSet, basename="api-volunteer")
router.register("matches", volunteer_api.MatchViewSet, basename="api-match")
router.register("programmes", programme_api.ProgrammeViewSet, basename="api-programme")
router.register("enrolments", programme_api.EnrolmentViewSet, basename="api-enrolment")
router.register("plan-goals", programme_api.PlanGoalViewSet, basename="api-plan-goal")
router.register("outreach-events", outreach_api.OutreachEventViewSet, basename="api-outreach-event")
router.register("audit-events", views.AuditEventViewSet, basename="api-audit-event")

urlpatterns = [
    path("v1/auth/token/", views.TokenView.as_view(), name="api-token"),
    path("v1/me/", views.MeView.as_view(), name="api-me"),
    path("v1/contact/", channel_api.ContactView.as_view(), name="api-contact"),
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
]
