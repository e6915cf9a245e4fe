"""The learning exchange, under /learning/."""

from django.urls import path

from learnloop.actions import views as action_views
from learnloop.sharing import learning_views, learning_write_views, subscription_views

app_name = "learning"

urlpatterns = [
    path("", learning_views.index, name="index"),
    path("<int:pk>/", learning_views.detail, name="detail"),
    path("<int:pk>/adopt/", action_views.adopt, name="adopt"),
    path("public/", learning_views.public_index, name="public_index"),
    path("public/<int:pk>/", learning_views.public_detail, name="public_detail"),
    # Writing, publishing and managing our own records, and the sharing policy.
    path("ours/", learning_write_views.ours, name="ours"),
    path("new/", learning_write_views.new, name="new"),
    path("<int:pk>/edit/", learning_write_views.edit, name="edit"),
    path("<int:pk>/manage/", learning_write_views.manage, name="manage"),
    path("<int:pk>/reviews/", learning_write_views.start_reviews, name="start_reviews"),
    path("<int:pk>/apply/", learning_write_views.apply_redactions, name="apply_redactions"),
    path("<int:pk>/approve/", learning_write_views.approve, name="approve"),
    path("<int:pk>/second-look/", learning_write_views.second_look, name="second_look"),
    path("<int:pk>/publish/", learning_write_views.publish, name="publish"),
    path("<int:pk>/level/", learning_write_views.change_level, name="change_level"),
    path("<int:pk>/withdraw/", learning_write_views.withdraw, name="withdraw"),
    path("allowed/", learning_write_views.allowed, name="allowed"),
    path("policy/<slug:key>/", learning_write_views.rule, name="rule"),
    path("subscriptions/", subscription_views.index, name="subscriptions"),
    path("subscriptions/new/", subscription_views.new, name="subscription_new"),
    path("subscriptions/<int:pk>/delete/", subscription_views.delete, name="subscription_delete"),
]
