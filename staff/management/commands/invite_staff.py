from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from staff import invitations


class Command(BaseCommand):
    help = (
        "Print a link with which USERNAME sets up the authenticator app (the first administrator after "
        "createsuperuser, or anyone who lost their phone); valid for seven days, until they next sign in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username: str, **options):
        user = get_user_model().objects.filter(username=username, is_staff=True, is_active=True).first()
        if user is None:
            raise CommandError(f"no active staff user {username!r}")
        self.stdout.write(invitations.invitation_url(user))
