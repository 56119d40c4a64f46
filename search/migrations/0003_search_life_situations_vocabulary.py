"""The curated life situations (search/vocabulary.py) every installation starts with."""

from django.db import migrations


def create(apps, schema_editor):
    from search.vocabulary import SITUATIONS

    LifeSituation = apps.get_model("search", "LifeSituation")
    for position, data in enumerate(SITUATIONS):
        values = {"position": position, "name": data["name"]["de"]}
        for language, name in data["name"].items():
            values[f"name_{language}"] = name
        for language, terms in data["synonyms"].items():
            values[f"synonyms_{language}"] = "\n".join(terms)
        LifeSituation.objects.get_or_create(slug=data["slug"], defaults=values)


def remove(apps, schema_editor):
    from search.vocabulary import SITUATIONS

    apps.get_model("search", "LifeSituation").objects.filter(slug__in=[s["slug"] for s in SITUATIONS]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_search_fulltext_index")]

    operations = [migrations.RunPython(create, remove)]
