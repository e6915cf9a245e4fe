
app_name = "reports"

# Filled by the reporting, triage and import work of issue 3.
urlpatterns: list = []
