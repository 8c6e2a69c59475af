using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Enforcement.Domain.Audit;

/// <summary>The hash chain over audit entries: how a link's hash is computed and how a chain is checked.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL stores microseconds; hashing a finer instant would make every entry unverifiable there.</summary>
    public static DateTime Normalise(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>SHA-256 (lower-case hex) over the length-prefixed fields, so no two field sequences collide.</summary>
    public static string ComputeHash(AuditEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var text = new StringBuilder();
        void Field(string? value)
        {
            if (value is null)
            {
                text.Append("-1:");
                return;
            }
            text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        Field(e.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(Normalise(e.OccurredAtUtc).Ticks.ToString(CultureInfo.InvariantCulture));
        Field(e.UserId);
        Field(e.UserName);
        Field(e.AgencyId?.ToString(CultureInfo.InvariantCulture));
        Field(e.Action);
        Field(e.EntityType);
        Field(e.EntityId);
        Field(e.Summary);
        Field(e.ClientAddress);
        Field(e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Fills sequence, previous hash and hash of a new entry that follows <paramref name="previous"/>.</summary>
    public static void Link(AuditEntry entry, long previousSequence, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.Sequence = previousSequence + 1;
        entry.OccurredAtUtc = Normalise(entry.OccurredAtUtc);
        entry.PreviousHash = previousHash;
        entry.Hash = ComputeHash(entry);
    }

    /// <summary>Walks the chain in sequence order and reports the first broken link.</summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        ArgumentNullException.ThrowIfNull(entriesInOrder);
        long expected = 1;
        var previousHash = GenesisHash;
        long checkedCount = 0;
        foreach (var e in entriesInOrder)
        {
            if (e.Sequence != expected)
            {
                return AuditVerification.Broken(checkedCount, expected,
                    $"第 {expected} 条记录缺失（下一条为第 {e.Sequence} 条）：记录被删除");
            }
            if (!string.Equals(e.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(checkedCount, e.Sequence, $"第 {e.Sequence} 条记录的前序哈希与上一条不符");
            }
            if (!string.Equals(ComputeHash(e), e.Hash, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(checkedCount, e.Sequence, $"第 {e.Sequence} 条记录的内容与其哈希不符：记录被篡改");
            }
            previousHash = e.Hash;
            expected++;
            checkedCount++;
        }
        return new AuditVerification(true, checkedCount, null, null);
    }
}

/// <summary>The outcome of a chain check.</summary>
public sealed record AuditVerification(bool Intact, long CheckedEntries, long? FirstBrokenSequence, string? Reason)
{
    public static AuditVerification Broken(long checkedEntries, long sequence, string reason) =>
        new(false, checkedEntries, sequence, reason);
}
