from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from channels.urls import public as public_channel_urls
from clients import views as client_views
from knowledge import views as knowledge_views
from knowledge.urls import public as knowledge_urls
from knowledge.urls import staff as knowledge_staff_urls
from reports import survey_views

from .forms import RevokingSetPasswordForm
from .views import audit, auth, cases, errors, health, language, pages, sessions

handler400 = errors.bad_request
handler403 = errors.permission_denied
handler404 = errors.page_not_found
handler500 = errors.server_error

urlpatterns = [
    path("", pages.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("sitemap.xml", knowledge_views.sitemap, name="sitemap"),
    path("language/", language.set_language, name="set-language"),
    path("account/", pages.account, name="account"),
    path("account/login/", auth.LoginView.as_view(), name="login"),
    path("account/logout/", auth.LogoutView.as_view(), name="logout"),
    path("account/two-factor/", auth.two_factor, name="two-factor"),
    path("account/two-factor/setup/", auth.two_factor_setup, name="two-factor-setup"),
    path("account/password-reset/", auth.PasswordResetView.as_view(), name="password_reset"),
    path(
        "account/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "account/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(form_class=RevokingSetPasswordForm),
        name="password_reset_confirm",
    ),
    path(
        "account/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("clients/", client_views.client_list, name="client-list"),
    path("clients/new/", client_views.client_create, name="client-create"),
    path("clients/<int:pk>/", client_views.client_detail, name="client-detail"),
    path("clients/<int:pk>/edit/", client_views.client_edit, name="client-edit"),
    path("clients/<int:pk>/household/", client_views.client_household, name="client-household"),
    path("clients/<int:pk>/merge/", client_views.client_merge, name="client-merge"),
    path("clients/<int:pk>/consents/new/", client_views.consent_create, name="consent-create"),
    path("consents/<int:pk>/withdraw/", client_views.consent_withdraw, name="consent-withdraw"),
    path("clients/<int:pk>/sessions/new/", sessions.log_session, name="session-create"),
    path("clients/<int:pk>/cases/new/", cases.case_create, name="case-create"),
    path("cases/<int:pk>/", cases.case_detail, name="case-detail"),
    path("cases/<int:pk>/edit/", cases.case_edit, name="case-edit"),
    path("cases/<int:pk>/handover/", cases.case_handover, name="case-handover"),
    path("cases/<int:pk>/status/", cases.case_status, name="case-status"),
    path("follow-ups/<int:pk>/done/", cases.follow_up_done, name="follow-up-done"),
    path("audit/", audit.audit_log, name="audit-log"),
    *knowledge_staff_urls,
    path("", include("channels.urls")),
    path("", include("referrals.urls")),
    path("", include("volunteers.urls")),
    path("", include("programmes.urls")),
    path("training/", include("training.urls")),
    path("", include("outreach.urls")),
    path("", include("activities.urls")),
    path("reports/", include("reports.urls")),
    path("privacy/", include("privacy.urls")),
    path("admin/", admin.site.urls),
    path("api/", include("counselling.api.urls")),
]

# Newcomers' pages carry their language in the URL (/ar/contact/), so a link shared in
# a community group opens in that language.
urlpatterns += i18n_patterns(
    *public_channel_urls,
    *knowledge_urls,
    path("survey/<str:token>/", survey_views.survey, name="survey"),
)
