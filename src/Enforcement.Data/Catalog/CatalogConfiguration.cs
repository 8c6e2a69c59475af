using System.Text.Json;
using Enforcement.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Catalog;

internal sealed class EnforcementItemConfiguration : IEntityTypeConfiguration<EnforcementItem>
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Configure(EntityTypeBuilder<EnforcementItem> b)
    {
        b.ToTable("EnforcementItems");
        b.Property(i => i.Code).HasMaxLength(32);
        b.HasIndex(i => new { i.Code, i.Version }).IsUnique();
        b.Property(i => i.Name).HasMaxLength(300);
        b.Property(i => i.ProvisionViolated).HasMaxLength(500);
        b.Property(i => i.PenaltyProvision).HasMaxLength(500);
        b.Property(i => i.Source).HasMaxLength(200);
        b.Property(i => i.Note).HasMaxLength(1000);
        // The statutory penalty is read and written whole with its item: one JSON column, the same on both providers.
        b.Property(i => i.Penalty)
            .HasConversion(
                p => JsonSerializer.Serialize(p, Json),
                s => JsonSerializer.Deserialize<StatutoryPenalty>(s, Json)!,
                new ValueComparer<StatutoryPenalty>(
                    (x, y) => JsonSerializer.Serialize(x, Json) == JsonSerializer.Serialize(y, Json),
                    p => JsonSerializer.Serialize(p, Json).GetHashCode(StringComparison.Ordinal),
                    p => JsonSerializer.Deserialize<StatutoryPenalty>(JsonSerializer.Serialize(p, Json), Json)!))
            .HasColumnName("Penalty");
    }
}
