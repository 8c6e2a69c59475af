using Enforcement.Domain.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Agencies;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> b)
    {
        b.HasIndex(a => a.Key).IsUnique();
        b.Property(a => a.Key).HasMaxLength(64);
        b.Property(a => a.Name).HasMaxLength(100);
        b.Property(a => a.DivisionCode).HasMaxLength(6);
        b.Property(a => a.CreditCode).HasMaxLength(18);
        b.Property(a => a.Note).HasMaxLength(500);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Division>().WithMany().HasForeignKey(a => a.DivisionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DivisionConfiguration : IEntityTypeConfiguration<Division>
{
    public void Configure(EntityTypeBuilder<Division> b)
    {
        b.HasKey(d => d.Code);
        b.Property(d => d.Code).HasMaxLength(6);
        b.Property(d => d.Name).HasMaxLength(100);
        b.Property(d => d.ParentCode).HasMaxLength(6);
    }
}
