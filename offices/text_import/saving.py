"""Writing a reviewed draft as an office of a city; the one place the paste-in start touches the database."""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from core.slugs import slugify_de

from .. import models
from .draft import Draft

ADDRESS_KINDS = {"visitor": models.Address.Kind.VISITOR, "postal": models.Address.Kind.POSTAL, "po_box": "003"}
OFFICE_TEXTS = ("name", "heading", "mission", "description", "legal_basis")


class OfficeExists(ValueError):
    pass


def time_of(value: str) -> datetime.time | None:
    return datetime.time.fromisoformat(value) if value else None


@transaction.atomic
def save(draft: Draft, city: models.City, *, kind: str, slug: str = "", update: bool = False) -> models.Office:
    """Create the office (or, with `update`, replace what the draft proposes for an existing one); German only.

    What the models cannot hold without inventing a value (an address without a town) is left out;
    the draft shown before saving says so.
    """
    slug = slug or slugify_de(draft.name.text) or "office"
    office = models.Office.objects.filter(city=city, slug=slug).first()
    if office is not None and not update:
        raise OfficeExists(_("%(city)s already has an office at “%(slug)s”.") % {"city": city, "slug": slug})
    # A new office waits unpublished until staff have checked the draft in the admin.
    office = office or models.Office(city=city, slug=slug, is_published=False)
    office.kind = kind
    for name in OFFICE_TEXTS:
        setattr(office, f"{name}_de", getattr(draft, name).text)
    office.legal_quote = draft.legal_quote.text
    office.phone, office.fax, office.email = draft.phone.text, draft.fax.text, draft.email.text
    office.full_clean()
    office.save()
    for related in (office.task_groups, office.target_groups, office.contacts, office.addresses, office.opening_hours):
        related.all().delete()
    for position, group in enumerate(draft.task_groups):
        saved = office.task_groups.create(position=position, title_de=group.title, introduction_de=group.introduction)
        for task_position, task in enumerate(group.tasks):
            parent = saved.tasks.create(position=task_position, text_de=task.text)
            for sub_position, sub in enumerate(task.subtasks):
                saved.tasks.create(position=sub_position, text_de=sub.text, parent=parent)
    for position, target in enumerate(draft.target_groups):
        office.target_groups.create(position=position, description_de=target.text)
    for position, person in enumerate(draft.contacts):
        contact = office.contacts.create(
            position=position,
            name=person.name,
            role_de=person.role,
            is_deputy=person.is_deputy,
            phone=person.phones[0] if person.phones else "",
            fax=person.fax,
            email=person.email,
        )
        for number_position, number in enumerate(person.phones[1:]):
            contact.phones.create(position=number_position, number=number)
    for position, address in enumerate(a for a in draft.addresses if a.town):
        office.addresses.create(
            position=position,
            kind=ADDRESS_KINDS[address.kind],
            street=address.street,
            po_box=address.po_box,
            postal_code=address.postcode,
            locality=address.town,
            room=address.room,
            floor=address.floor,
        )
    for call in draft.prize_calls:
        save_prize_call(office, call)
    position = 0
    for hours in draft.hours:
        if hours.by_appointment:
            office.opening_hours.create(position=position, by_appointment=True, note_de=hours.text)
            position += 1
            continue
        for weekday in hours.weekdays:
            office.opening_hours.create(
                position=position,
                weekday=weekday,
                opens=time_of(hours.starts_at),
                closes=time_of(hours.ends_at),
                note_de="",
            )
            position += 1
    return office


def save_prize_call(office: models.Office, call) -> None:
    """A proposed prize call, unpublished; only with a dated deadline and a known way to enter (both required)."""
    if not (call.deadline and call.kind) or office.prize_calls.filter(slug=slugify_de(call.title)).exists():
        return
    office.prize_calls.create(
        name_de=call.name or call.title,
        title_de=call.title,
        description_de=call.description,
        motto=call.motto,
        kind=call.kind,
        requirements_de=call.requirements,
        funding_de=call.funding,
        criteria_de="\n".join(call.criteria),
        eligible_de="\n".join(call.eligible),
        deadline=datetime.date.fromisoformat(call.deadline),
        edition=call.edition,
        jury_size=call.jury_size,
        amount=call.amount or None,
        phone=call.phone,
        email=call.email,
        is_published=False,
    )
