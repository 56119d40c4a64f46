from django.urls import path

from . import views

app_name = "consultations"
urlpatterns = [
    path("<slug:city>/<slug:office>/advice/request/", views.request_appointment, name="request"),
    path("<slug:city>/<slug:office>/advice/request/sent/", views.request_sent, name="request_sent"),
]
