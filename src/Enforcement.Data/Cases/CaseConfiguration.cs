using Enforcement.Domain.Agencies;
using Enforcement.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> b)
    {
        b.ToTable("Cases");
        b.Property(c => c.Number).HasMaxLength(64);
        b.HasIndex(c => new { c.AgencyId, c.Number }).IsUnique();
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.ItemCode).HasMaxLength(32);
        b.Property(c => c.RegionCode).HasMaxLength(6);
        b.Property(c => c.DeviationReason).HasMaxLength(1000);
        b.Property(c => c.OutcomeReason).HasMaxLength(1000);
        b.Property(c => c.ArchiveOverrideReason).HasMaxLength(1000);
        b.Property(c => c.EnforcementOutcome).HasMaxLength(1000);
        b.Property(c => c.Version).IsConcurrencyToken();
        // Handler lists are small and always read with the case: a primitive collection (JSON on SQLite, array on PostgreSQL).
        b.PrimitiveCollection(c => c.HandlerIds);
        b.PrimitiveCollection(c => c.RecusedIds);
        b.HasIndex(c => new { c.AgencyId, c.Status });
        b.HasIndex(c => c.RegisteredOn);
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Preservations).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Pauses).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Payments).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Instalments).WithOne().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Remedies).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseHistoryConfiguration : IEntityTypeConfiguration<CaseHistoryRow>
{
    public void Configure(EntityTypeBuilder<CaseHistoryRow> b)
    {
        b.ToTable("CaseHistory");
        b.Property(h => h.ActorUserName).HasMaxLength(256);
        b.Property(h => h.Note).HasMaxLength(1000);
        b.HasIndex(h => h.CaseId);
    }
}
