using System.Globalization;
using System.Text;
using Enforcement.Domain.Audit;
using Enforcement.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Enforcement.Data.Audit;

/// <summary>Turns tracked changes into audit entries with a readable, masked summary of what changed.</summary>
internal static class AuditRecorder
{
    private const int MaxSummaryLength = 4000;

    // Secrets are never written; only the fact that they changed.
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Value", "AuthenticatorKey", "CredentialHash",
    };

    // Personal data is written masked (PRODUCT: masked wherever logs could see it).
    private static readonly Dictionary<string, Func<string, string>> Masked = new(StringComparer.Ordinal)
    {
        ["IdNumber"] = Masking.IdNumber,
        ["Phone"] = Masking.Phone,
        ["PhoneNumber"] = Masking.Phone,
    };

    // Bookkeeping columns that say nothing to a reader of the log.
    private static readonly HashSet<string> Quiet = new(StringComparer.Ordinal) { "Version", "NormalizedUserName", "NormalizedEmail", "NormalizedName" };

    internal sealed record CapturedChange(EntityEntry Entry, string Action, string Summary)
    {
        public AuditEntry ToEntry(AuditActor actor) =>
            NewEntry(actor, Action, Entry.Metadata.ClrType.Name, KeyOf(Entry), Summary);
    }

    public static List<CapturedChange> Capture(ChangeTracker tracker)
    {
        var result = new List<CapturedChange>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    result.Add(new(entry, "create", Describe(entry, p => true, p => Show(p.Metadata.Name, p.CurrentValue))));
                    break;
                case EntityState.Modified:
                    var summary = Describe(entry, p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue),
                        p => $"{Show(p.Metadata.Name, p.OriginalValue)} → {Show(p.Metadata.Name, p.CurrentValue)}");
                    if (summary.Length > 0) result.Add(new(entry, "update", summary));
                    break;
                case EntityState.Deleted:
                    result.Add(new(entry, "delete", Describe(entry, p => true, p => Show(p.Metadata.Name, p.OriginalValue))));
                    break;
                case EntityState.Detached:
                case EntityState.Unchanged:
                    break;
            }
        }
        return result;
    }

    public static AuditEntry NewEntry(AuditActor actor, string action, string entityType, string? entityId, string summary) => new()
    {
        OccurredAtUtc = DateTime.UtcNow,
        UserId = actor.UserId,
        UserName = actor.UserName,
        AgencyId = actor.AgencyId,
        ClientAddress = actor.ClientAddress,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Summary = summary.Length > MaxSummaryLength ? summary[..MaxSummaryLength] : summary,
        PreviousHash = AuditChain.GenesisHash,
        Hash = "",
    };

    private static string Describe(EntityEntry entry, Func<PropertyEntry, bool> include, Func<PropertyEntry, string> value)
    {
        var text = new StringBuilder();
        foreach (var p in entry.Properties)
        {
            if (p.Metadata.IsPrimaryKey() || Quiet.Contains(p.Metadata.Name) || !include(p)) continue;
            if (text.Length > 0) text.Append("; ");
            text.Append(p.Metadata.Name).Append('=').Append(value(p));
        }
        return text.ToString();
    }

    private static string Show(string property, object? value)
    {
        if (value is null) return "∅";
        if (Secret.Contains(property)) return "(已变更)";
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return Masked.TryGetValue(property, out var mask) ? mask(text) : text;
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return null;
        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }
}
