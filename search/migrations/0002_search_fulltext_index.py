"""The database's own full-text index beside the entry rows: tsvector columns on PostgreSQL, FTS5 on SQLite."""

from django.db import migrations

POSTGRES_FORWARD = [
    # Written by search.backends.postgres from the entry's text, which the narrow row itself does not keep.
    "ALTER TABLE search_searchentry ADD COLUMN document tsvector NOT NULL DEFAULT ''",
    "ALTER TABLE search_searchentry ADD COLUMN title_document tsvector NOT NULL DEFAULT ''",
    "CREATE INDEX search_entry_document_idx ON search_searchentry USING GIN (document)",
    "CREATE INDEX search_entry_title_document_idx ON search_searchentry USING GIN (title_document)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_title_document_idx",
    "ALTER TABLE search_searchentry DROP COLUMN title_document",
    "DROP INDEX IF EXISTS search_entry_document_idx",
    "ALTER TABLE search_searchentry DROP COLUMN document",
]

SQLITE_FORWARD = [
    # The stems are written by search.backends.sqlite; removing diacritics makes "siddet" find "şiddet".
    """
    CREATE VIRTUAL TABLE search_fts USING fts5(
        title_de, body_de, title_other, body_other,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
    )
    """,
    """
    CREATE TRIGGER search_entry_deleted AFTER DELETE ON search_searchentry BEGIN
        DELETE FROM search_fts WHERE rowid = old.id;
    END
    """,
]
SQLITE_BACKWARD = ["DROP TRIGGER IF EXISTS search_entry_deleted", "DROP TABLE IF EXISTS search_fts"]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_index_and_life_situations")]

    operations = [
        migrations.RunPython(
            run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        ),
    ]
