using Enforcement.Domain.Agencies;
using Enforcement.Domain.Overload.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Overload;

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> b)
    {
        b.ToTable("Stations");
        b.Property(s => s.Code).HasMaxLength(Station.CodeMaxLength);
        b.HasIndex(s => s.Code).IsUnique();
        b.Property(s => s.Name).HasMaxLength(Station.NameMaxLength);
        b.Property(s => s.RouteCode).HasMaxLength(8);
        b.Property(s => s.Stake).HasMaxLength(16);
        b.Property(s => s.Place).HasMaxLength(Station.PlaceMaxLength);
        // WGS-84 degrees with six decimals (about 0.1 m).
        b.Property(s => s.Longitude).HasPrecision(9, 6);
        b.Property(s => s.Latitude).HasPrecision(9, 6);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.AgencyId, s.Kind });
        b.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Devices).WithOne(d => d.Station).HasForeignKey(d => d.StationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> b)
    {
        b.ToTable("Devices");
        b.Property(d => d.Code).HasMaxLength(Device.CodeMaxLength);
        b.HasIndex(d => d.Code).IsUnique();
        // Weigh-in-motion tables will be distributed by station (ARCHITECTURE §8): they reference a device by
        // (StationId, Id), so the station travels inside the key and a device never changes station.
        b.HasAlternateKey(d => new { d.StationId, d.Id });
        b.Property(d => d.Model).HasMaxLength(Device.TextMaxLength);
        b.Property(d => d.Manufacturer).HasMaxLength(Device.TextMaxLength);
        b.Property(d => d.MinSpeedKmh).HasPrecision(5, 1);
        b.Property(d => d.MaxSpeedKmh).HasPrecision(5, 1);
        b.Property(d => d.CredentialHash).HasMaxLength(32);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasMany(d => d.Certificates).WithOne(c => c.Device).HasForeignKey(c => c.DeviceId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Reviews).WithOne(r => r.Device).HasForeignKey(r => r.DeviceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeviceCertificateConfiguration : IEntityTypeConfiguration<DeviceCertificate>
{
    public void Configure(EntityTypeBuilder<DeviceCertificate> b)
    {
        b.ToTable("DeviceCertificates");
        b.Property(c => c.Number).HasMaxLength(DeviceCertificate.NumberMaxLength);
        b.Property(c => c.Issuer).HasMaxLength(DeviceCertificate.IssuerMaxLength);
        // A verification body numbers its certificates once; the same number from two bodies is two certificates.
        b.HasIndex(c => new { c.Issuer, c.Number }).IsUnique();
        b.Property(c => c.FileSha256).HasMaxLength(64);
        b.Property(c => c.FileName).HasMaxLength(255);
        b.Property(c => c.ContentType).HasMaxLength(100);
        b.HasIndex(c => new { c.DeviceId, c.ValidTo });
        // The expiry warning scans by end date.
        b.HasIndex(c => c.ValidTo);
    }
}

internal sealed class DeviceReviewConfiguration : IEntityTypeConfiguration<DeviceReviewRecord>
{
    public void Configure(EntityTypeBuilder<DeviceReviewRecord> b)
    {
        b.ToTable("DeviceReviews");
        b.Property(r => r.Reviewer).HasMaxLength(DeviceReviewRecord.ReviewerMaxLength);
        b.Property(r => r.Conclusion).HasMaxLength(DeviceReviewRecord.ConclusionMaxLength);
        b.HasIndex(r => new { r.DeviceId, r.Kind, r.On });
    }
}
