from django.urls import path

from learnloop.organisations import account_views, api_key_views, people_views, views

app_name = "organisations"

urlpatterns = [
    path("sign-in/", views.SignInView.as_view(), name="sign_in"),
    path("sign-out/", views.SignOutView.as_view(), name="sign_out"),
    path("organisation/switch/", views.switch_organisation, name="switch_organisation"),
    # Accounts: password reset by email, and accepting an invitation.
    path("password-reset/", account_views.password_reset, name="password_reset"),
    path("password-reset/sent/", account_views.password_reset_done, name="password_reset_done"),
    path("password-reset/<uidb64>/<token>/", account_views.password_reset_confirm, name="password_reset_confirm"),
    path("password-reset/complete/", account_views.password_reset_complete, name="password_reset_complete"),
    path("invitations/<str:token>/", account_views.accept_invitation, name="accept_invitation"),
    # People in the current organisation.
    path("organisation/people/", people_views.members, name="members"),
    path("organisation/people/invite/", people_views.invite_staff, name="invite_staff"),
    path("organisation/people/<int:pk>/", people_views.member_edit, name="member_edit"),
    path("organisation/people/<int:pk>/remove/", people_views.member_remove, name="member_remove"),
    path("organisation/invitations/<int:pk>/revoke/", people_views.invitation_revoke, name="invitation_revoke"),
    path("organisation/family-invitations/new/", people_views.invite_family, name="invite_family"),
    path("organisation/departments/", people_views.departments, name="departments"),
    # API keys for other systems.
    path("organisation/api-keys/", api_key_views.api_keys, name="api_keys"),
    path("organisation/api-keys/new/", api_key_views.api_key_create, name="api_key_create"),
    path("organisation/api-keys/<int:pk>/revoke/", api_key_views.api_key_revoke, name="api_key_revoke"),
]
