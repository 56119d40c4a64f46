"""PostgreSQL: an index in the order among equal scores (kind, then slugs), for the ranking's probe.

When thousands of entries tie at the cut (`Gewalt`: 2,203), the first of them in this order are found by
walking the index's first entries instead of reading every tied entry's row (search/backends/postgres.py,
whose TIE_KIND is this expression: the planner uses the index only for the same expression). It carries
the kind and id, so the walk reads no table row.
"""

from django.db import migrations

POSTGRES_FORWARD = [
    """
    CREATE INDEX search_entry_tie_order_idx ON search_searchentry (
        (CASE kind WHEN 'offer' THEN 0 WHEN 'prize_call' THEN 1 WHEN 'office' THEN 2 END), sort_key COLLATE "C"
    ) INCLUDE (kind, id)
    """,
]
POSTGRES_BACKWARD = ["DROP INDEX search_entry_tie_order_idx"]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0004_search_postings")]

    operations = [
        migrations.RunPython(run({"postgresql": POSTGRES_FORWARD}), run({"postgresql": POSTGRES_BACKWARD})),
    ]
