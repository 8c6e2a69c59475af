namespace Enforcement.Data.Audit;

/// <summary>
/// Database-level refusal of UPDATE and DELETE on the audit table, so that even a bug or a direct SQL session
/// through the application's connection cannot rewrite history. Applied by the initial migration of each provider.
/// </summary>
public static class AuditTableGuard
{
    public const string Message = "audit log is append-only";

    public const string SqliteUp = $"""
        CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        """;

    public const string PostgresUp = $"""
        CREATE FUNCTION audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{Message}'; END $$;
        CREATE TRIGGER audit_entries_no_update_delete BEFORE UPDATE OR DELETE ON "AuditEntries"
        FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_change();
        CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries"
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change();
        """;
}
