from django.urls import include, path

from learnloop.config.api import api
from learnloop.core import views as core_views

urlpatterns = [
    path("", core_views.home, name="home"),
    path("healthz", core_views.healthz, name="healthz"),
    path("", include("learnloop.core.urls")),
    path("", include("learnloop.organisations.urls")),
    path("reports/", include("learnloop.reports.urls")),
    path("reviews/", include("learnloop.reviews.urls")),
    path("sharing/", include("learnloop.sharing.urls")),
    path("learning/", include("learnloop.sharing.learning_urls")),
    path("actions/", include("learnloop.actions.urls")),
    path("api/", api.urls),
]

handler403 = "learnloop.core.views.error_403"
handler404 = "learnloop.core.views.error_404"
handler500 = "learnloop.core.views.error_500"
