namespace Enforcement.Data.Evidence;

/// <summary>
/// The chain of custody is append-only like the audit log: the database refuses UPDATE and DELETE on it, so a bug
/// or a direct SQL session through the application's connection cannot rewrite who touched the evidence.
/// Applied by the Evidence migration of each provider.
/// </summary>
public static class CustodyTableGuard
{
    public const string Message = "chain of custody is append-only";

    public const string SqliteUp = $"""
        CREATE TRIGGER custody_events_no_update BEFORE UPDATE ON "CustodyEvents"
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        CREATE TRIGGER custody_events_no_delete BEFORE DELETE ON "CustodyEvents"
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS custody_events_no_update;
        DROP TRIGGER IF EXISTS custody_events_no_delete;
        """;

    public const string PostgresUp = $"""
        CREATE FUNCTION custody_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{Message}'; END $$;
        CREATE TRIGGER custody_events_no_update_delete BEFORE UPDATE OR DELETE ON "CustodyEvents"
        FOR EACH ROW EXECUTE FUNCTION custody_events_refuse_change();
        CREATE TRIGGER custody_events_no_truncate BEFORE TRUNCATE ON "CustodyEvents"
        FOR EACH STATEMENT EXECUTE FUNCTION custody_events_refuse_change();
        """;

    public const string PostgresDown = """
        DROP TRIGGER IF EXISTS custody_events_no_truncate ON "CustodyEvents";
        DROP TRIGGER IF EXISTS custody_events_no_update_delete ON "CustodyEvents";
        DROP FUNCTION IF EXISTS custody_events_refuse_change();
        """;
}
