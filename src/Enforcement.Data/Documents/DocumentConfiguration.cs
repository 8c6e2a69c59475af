using Enforcement.Domain.Agencies;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Documents;

internal sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> b)
    {
        b.ToTable("CaseDocuments");
        b.Property(d => d.Number).HasMaxLength(DocumentNumberPattern.MaxLength);
        b.Property(d => d.Title).HasMaxLength(100);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.Property(d => d.HtmlSha256).HasMaxLength(64);
        b.Property(d => d.GeneratedBy).HasMaxLength(256);
        // One row per version; two generators racing for the same version collide here instead of both filing.
        b.HasIndex(d => new { d.CaseId, d.Kind, d.Version }).IsUnique();
        b.HasIndex(d => d.AgencyId);
        b.HasOne<EnforcementCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentSequenceConfiguration : IEntityTypeConfiguration<DocumentSequence>
{
    public void Configure(EntityTypeBuilder<DocumentSequence> b)
    {
        b.ToTable("DocumentSequences");
        b.HasKey(s => new { s.AgencyId, s.Kind, s.Year });
        b.Property(s => s.Kind).HasMaxLength(32);
        b.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
