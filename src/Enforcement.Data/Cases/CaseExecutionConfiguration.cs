using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Cases;

// The case's child records are read with the case and scoped through it (a case out of scope is not found, so
// neither are its children); like the history they have no agency column of their own.

internal sealed class EvidencePreservationConfiguration : IEntityTypeConfiguration<EvidencePreservation>
{
    public void Configure(EntityTypeBuilder<EvidencePreservation> b)
    {
        b.ToTable("CasePreservations");
        b.Property(p => p.Items).HasMaxLength(1000);
        b.Property(p => p.DecisionNote).HasMaxLength(1000);
        b.HasIndex(p => p.CaseId);
    }
}

internal sealed class CasePauseConfiguration : IEntityTypeConfiguration<CasePause>
{
    public void Configure(EntityTypeBuilder<CasePause> b)
    {
        b.ToTable("CasePauses");
        b.Property(p => p.Note).HasMaxLength(1000);
        b.HasIndex(p => p.CaseId);
    }
}

internal sealed class CasePaymentConfiguration : IEntityTypeConfiguration<CasePayment>
{
    public void Configure(EntityTypeBuilder<CasePayment> b)
    {
        b.ToTable("CasePayments");
        b.Property(p => p.Reference).HasMaxLength(100);
        b.HasIndex(p => p.CaseId);
    }
}

internal sealed class PaymentInstalmentConfiguration : IEntityTypeConfiguration<PaymentInstalment>
{
    public void Configure(EntityTypeBuilder<PaymentInstalment> b)
    {
        b.ToTable("CasePaymentInstalments");
        b.HasIndex(i => new { i.CaseId, i.Sequence }).IsUnique();
    }
}

internal sealed class RemedyProceedingConfiguration : IEntityTypeConfiguration<RemedyProceeding>
{
    public void Configure(EntityTypeBuilder<RemedyProceeding> b)
    {
        b.ToTable("CaseRemedies");
        b.Property(r => r.Outcome).HasMaxLength(1000);
        b.HasIndex(r => r.CaseId);
    }
}
