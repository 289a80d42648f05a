from django.urls import path

from . import partner, views

urlpatterns = [
    path("partners/", views.directory, name="partner-directory"),
    path("cases/<int:pk>/refer/", views.referral_create, name="referral-create"),
    path("referrals/", views.referral_list, name="referral-list"),
    path("referrals/<int:pk>/", views.referral_detail, name="referral-detail"),
    path("referrals/<int:pk>/withdraw/", views.referral_withdraw, name="referral-withdraw"),
    path("referrals/<int:pk>/letter.pdf", views.referral_letter, name="referral-letter"),
    # The partner's side: the link from the e-mail, then pages named by the uid.
    path("partner/", partner.partner_home, name="partner-home"),
    path("partner/link/<str:token>/", partner.partner_link, name="partner-link"),
    path("partner/referrals/<uuid:uid>/", partner.partner_referral, name="partner-referral"),
    path("partner/referrals/<uuid:uid>/answer/", partner.partner_answer, name="partner-answer"),
    path("partner/referrals/<uuid:uid>/letter.pdf", partner.partner_letter, name="partner-letter"),
]
