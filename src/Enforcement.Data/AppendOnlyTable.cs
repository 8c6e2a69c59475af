namespace Enforcement.Data;

/// <summary>
/// SQL that makes a table append-only at the database level: UPDATE and DELETE (and on PostgreSQL TRUNCATE) are
/// refused by triggers, so neither a bug nor a direct SQL session through the application's connection can rewrite
/// history. Used for the audit chain and the evidence chain of custody.
/// </summary>
public static class AppendOnlyTable
{
    public static string SqliteUp(string table, string prefix, string message) => $"""
        CREATE TRIGGER {prefix}_no_update BEFORE UPDATE ON "{table}"
        BEGIN SELECT RAISE(ABORT, '{message}'); END;
        CREATE TRIGGER {prefix}_no_delete BEFORE DELETE ON "{table}"
        BEGIN SELECT RAISE(ABORT, '{message}'); END;
        """;

    public static string SqliteDown(string prefix) => $"""
        DROP TRIGGER IF EXISTS {prefix}_no_update;
        DROP TRIGGER IF EXISTS {prefix}_no_delete;
        """;

    public static string PostgresUp(string table, string prefix, string message) => $"""
        CREATE FUNCTION {prefix}_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{message}'; END $$;
        CREATE TRIGGER {prefix}_no_update_delete BEFORE UPDATE OR DELETE ON "{table}"
        FOR EACH ROW EXECUTE FUNCTION {prefix}_refuse_change();
        CREATE TRIGGER {prefix}_no_truncate BEFORE TRUNCATE ON "{table}"
        FOR EACH STATEMENT EXECUTE FUNCTION {prefix}_refuse_change();
        """;

    public static string PostgresDown(string table, string prefix) => $"""
        DROP TRIGGER IF EXISTS {prefix}_no_update_delete ON "{table}";
        DROP TRIGGER IF EXISTS {prefix}_no_truncate ON "{table}";
        DROP FUNCTION IF EXISTS {prefix}_refuse_change();
        """;
}
