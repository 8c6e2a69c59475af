using Enforcement.Domain.Agencies;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Evidence;

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> b)
    {
        b.ToTable("EvidenceItems");
        b.Property(e => e.Title).HasMaxLength(200);
        b.Property(e => e.Description).HasMaxLength(2000);
        b.Property(e => e.FileSha256).HasMaxLength(64);
        b.Property(e => e.FileName).HasMaxLength(255);
        b.Property(e => e.ContentType).HasMaxLength(100);
        b.Property(e => e.EnforcementAct).HasMaxLength(100);
        b.Property(e => e.PartyName).HasMaxLength(100);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => e.CaseId);
        // Finds every item that shares one stored file (content-addressed: one copy per distinct content).
        b.HasIndex(e => e.FileSha256);
        b.HasOne<EnforcementCase>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // Restrict, not cascade: deleting evidence would have to delete its custody events, which the database refuses.
        b.HasMany(e => e.Custody).WithOne(c => c.Evidence).HasForeignKey(c => c.EvidenceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CustodyEventConfiguration : IEntityTypeConfiguration<CustodyEvent>
{
    public void Configure(EntityTypeBuilder<CustodyEvent> b)
    {
        b.ToTable("CustodyEvents");
        b.Property(c => c.ByUserName).HasMaxLength(256);
        b.Property(c => c.ClientAddress).HasMaxLength(64);
        b.Property(c => c.Note).HasMaxLength(500);
        b.HasIndex(c => new { c.EvidenceId, c.AtUtc });
    }
}
