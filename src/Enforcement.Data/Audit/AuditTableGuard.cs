namespace Enforcement.Data.Audit;

/// <summary>The audit table is append-only at the database level (ARCHITECTURE §4); applied by each provider's initial migration.</summary>
public static class AuditTableGuard
{
    public const string Message = "audit log is append-only";

    public static readonly string SqliteUp = AppendOnlyTable.SqliteUp("AuditEntries", "audit_entries", Message);
    public static readonly string SqliteDown = AppendOnlyTable.SqliteDown("audit_entries");
    public static readonly string PostgresUp = AppendOnlyTable.PostgresUp("AuditEntries", "audit_entries", Message);
    public static readonly string PostgresDown = AppendOnlyTable.PostgresDown("AuditEntries", "audit_entries");
}
