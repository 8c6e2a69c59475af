namespace Enforcement.Data.Evidence;

/// <summary>
/// The chain of custody is append-only like the audit log, so nobody can rewrite who touched the evidence.
/// Applied by the Evidence migration of each provider.
/// </summary>
public static class CustodyTableGuard
{
    public const string Message = "chain of custody is append-only";

    public static readonly string SqliteUp = AppendOnlyTable.SqliteUp("CustodyEvents", "custody_events", Message);
    public static readonly string SqliteDown = AppendOnlyTable.SqliteDown("custody_events");
    public static readonly string PostgresUp = AppendOnlyTable.PostgresUp("CustodyEvents", "custody_events", Message);
    public static readonly string PostgresDown = AppendOnlyTable.PostgresDown("CustodyEvents", "custody_events");
}
