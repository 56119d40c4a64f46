from django.urls import path

app_name = "offices"
urlpatterns: list = []
