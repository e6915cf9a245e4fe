
app_name = "reviews"

# Filled by the mortality review work of issue 3.
urlpatterns: list = []
