"""The learning exchange, under /learning/."""

from django.urls import path

from learnloop.sharing import learning_views

app_name = "learning"

urlpatterns = [
    path("", learning_views.index, name="index"),
    path("<int:pk>/", learning_views.detail, name="detail"),
    path("public/", learning_views.public_index, name="public_index"),
    path("public/<int:pk>/", learning_views.public_detail, name="public_detail"),
]
