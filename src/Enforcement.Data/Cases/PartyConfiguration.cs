using Enforcement.Domain.Agencies;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Cases;

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> b)
    {
        b.ToTable("Parties");
        b.Ignore(p => p.PartyKey);
        b.Property(p => p.Name).HasMaxLength(Party.NameMaxLength);
        b.Property(p => p.IdNumber).HasMaxLength(18);
        b.Property(p => p.CreditCode).HasMaxLength(18);
        b.Property(p => p.LegalRepresentative).HasMaxLength(Party.NameMaxLength);
        b.Property(p => p.Address).HasMaxLength(Party.AddressMaxLength);
        b.Property(p => p.Phone).HasMaxLength(Party.PhoneMaxLength);
        b.Property(p => p.Version).IsConcurrencyToken();
        // One party per identifier and agency (the service returns the existing one). NULLs are distinct in unique
        // indexes on both SQLite and PostgreSQL, so no filter is needed. The ID number is unique per kind: a
        // 个体工商户 registered by its operator's number is a different party from the operator as a person.
        b.HasIndex(p => new { p.AgencyId, p.Kind, p.IdNumber }).IsUnique();
        b.HasIndex(p => new { p.AgencyId, p.CreditCode }).IsUnique();
        b.HasIndex(p => new { p.AgencyId, p.Name });
        b.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> b)
    {
        b.ToTable("Vehicles");
        b.Property(v => v.Plate).HasMaxLength(8);
        b.Property(v => v.VehicleType).HasMaxLength(Vehicle.VehicleTypeMaxLength);
        b.Property(v => v.Version).IsConcurrencyToken();
        // Plate first: the repeat lookup by plate searches across the caller's scope, then the agency dedupes.
        b.HasIndex(v => new { v.Plate, v.PlateColour, v.AgencyId }).IsUnique();
        b.HasOne<Agency>().WithMany().HasForeignKey(v => v.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Party>().WithMany().HasForeignKey(v => v.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The case's links to its main party and vehicle (kept apart from the case's own configuration).</summary>
internal sealed class CasePartyConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> b)
    {
        b.HasIndex(c => c.PartyId);
        b.HasIndex(c => c.VehicleId);
        b.HasOne<Party>().WithMany().HasForeignKey(c => c.PartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Vehicle>().WithMany().HasForeignKey(c => c.VehicleId).OnDelete(DeleteBehavior.Restrict);
    }
}
