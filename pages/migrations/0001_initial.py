"""Accessibility feedback, which lived in the project package (app label "portal") until the re-layering.

A database that already has the old table keeps its reports: the table is
renamed, not created anew.
"""

from django.db import migrations, models


OLD_TABLE = "portal_accessibilityfeedback"


def take_over_or_create(apps, schema_editor):
    model = apps.get_model("pages", "AccessibilityFeedback")
    if OLD_TABLE in schema_editor.connection.introspection.table_names():
        schema_editor.alter_db_table(model, OLD_TABLE, model._meta.db_table)
    else:
        schema_editor.create_model(model)


def drop(apps, schema_editor):
    schema_editor.delete_model(apps.get_model("pages", "AccessibilityFeedback"))


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='AccessibilityFeedback',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(blank=True, max_length=100, verbose_name='name')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='e-mail address')),
                        ('page_url', models.CharField(blank=True, help_text='The address or title of the page with the barrier.', max_length=500, verbose_name='page')),
                        ('description', models.TextField(max_length=3000, verbose_name='description of the barrier')),
                        ('language', models.CharField(blank=True, max_length=10, verbose_name='language of the page')),
                        ('received_at', models.DateTimeField(auto_now_add=True, verbose_name='received')),
                        ('mailed_at', models.DateTimeField(blank=True, help_text='Empty when the e-mail could not be sent.', null=True, verbose_name='e-mailed to staff')),
                        ('is_done', models.BooleanField(default=False, verbose_name='dealt with')),
                        ('staff_note', models.TextField(blank=True, help_text='What was answered or changed.', verbose_name='staff note')),
                    ],
                    options={
                        'verbose_name': 'accessibility feedback',
                        'verbose_name_plural': 'accessibility feedback',
                        'ordering': ['-received_at', '-pk'],
                    },
                ),
            ],
        ),
        # After the state has the model, so that RunPython's apps know it.
        migrations.RunPython(take_over_or_create, drop),
    ]
