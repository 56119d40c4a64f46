from django.urls import path

from . import views

app_name = "offices"
urlpatterns = [
    path("<slug:city>/", views.CityDetailView.as_view(), name="city"),
    path("<slug:city>/<slug:office>/", views.OfficeDetailView.as_view(), name="office"),
    path("<slug:city>/<slug:office>/archive/", views.OfficeArchiveView.as_view(), name="archive"),
    path("<slug:city>/<slug:office>/prizes/<slug:prize>/", views.PrizeCallDetailView.as_view(), name="prize_call"),
]
