"""PostgreSQL: a posting table (term, entry, in title) instead of the tsvector columns and their GIN indexes.

Ranking read every candidate's vector from TOAST once per word test; the postings are read by
index-only B-tree range scans, so scoring visits no entry row (search/backends/postgres.py).
The postings are filled from the vectors, so no rebuild is needed after migrating.
"""

from django.db import migrations

POSTGRES_FORWARD = [
    """
    CREATE TABLE search_posting (
        term text COLLATE "C" NOT NULL,
        entry_id bigint NOT NULL,
        in_title boolean NOT NULL,
        -- the entry's: a prize call's postings stop counting after its deadline, with no write
        deadline date
    )
    """,
    """
    INSERT INTO search_posting (term, entry_id, in_title, deadline)
    SELECT lexeme, entry.id, lexeme = ANY (tsvector_to_array(entry.title_document)), entry.deadline
    FROM search_searchentry entry, unnest(tsvector_to_array(entry.document)) AS lexeme
    """,
    # One index serves both the range scans by term (index-only: it holds every column) and uniqueness.
    "CREATE UNIQUE INDEX search_posting_term_entry_idx ON search_posting (term, entry_id) INCLUDE (in_title, deadline)",
    # Deleting an entry deletes its postings. Triggers, not a foreign key: Django, which does not know the
    # table, empties the entries with TRUNCATE when a test flushes the database, and that would then fail.
    "CREATE INDEX search_posting_entry_idx ON search_posting (entry_id)",
    """
    CREATE FUNCTION search_entries_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            TRUNCATE search_posting;
        ELSE
            DELETE FROM search_posting WHERE entry_id IN (SELECT id FROM gone);
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER search_entries_deleted AFTER DELETE ON search_searchentry
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION search_entries_deleted()
    """,
    """
    CREATE TRIGGER search_entries_truncated AFTER TRUNCATE ON search_searchentry
    FOR EACH STATEMENT EXECUTE FUNCTION search_entries_deleted()
    """,
    "DROP INDEX IF EXISTS search_entry_title_document_idx",
    "DROP INDEX IF EXISTS search_entry_document_idx",
    "ALTER TABLE search_searchentry DROP COLUMN title_document, DROP COLUMN document",
    "ANALYZE search_posting",
]
POSTGRES_BACKWARD = [
    # The vectors come back empty: run `manage.py rebuild_search_index` after migrating back.
    "ALTER TABLE search_searchentry ADD COLUMN document tsvector NOT NULL DEFAULT ''",
    "ALTER TABLE search_searchentry ADD COLUMN title_document tsvector NOT NULL DEFAULT ''",
    "CREATE INDEX search_entry_document_idx ON search_searchentry USING GIN (document)",
    "CREATE INDEX search_entry_title_document_idx ON search_searchentry USING GIN (title_document)",
    "DROP TRIGGER search_entries_truncated ON search_searchentry",
    "DROP TRIGGER search_entries_deleted ON search_searchentry",
    "DROP FUNCTION search_entries_deleted()",
    "DROP TABLE search_posting",
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0003_search_life_situations_vocabulary")]

    operations = [
        migrations.RunPython(run({"postgresql": POSTGRES_FORWARD}), run({"postgresql": POSTGRES_BACKWARD})),
    ]
