namespace Enforcement.Domain.Audit;

/// <summary>
/// One link of the append-only audit chain. <see cref="Hash"/> covers every other field and the previous entry's
/// hash, so changing, inserting or deleting any row breaks the chain from that row on.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1-based and gap-free: a gap means a deleted row.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, truncated to whole microseconds so it survives PostgreSQL's timestamp precision unchanged.</summary>
    public DateTime OccurredAtUtc { get; set; }

    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public int? AgencyId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }

    /// <summary>What changed, with personal data masked.</summary>
    public required string Summary { get; set; }

    public string? ClientAddress { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
