using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Wim;

internal sealed class WimStoredRecordConfiguration : IEntityTypeConfiguration<WimStoredRecord>
{
    public void Configure(EntityTypeBuilder<WimStoredRecord> b)
    {
        // On PostgreSQL the migration creates this table by hand as a table partitioned by month of CapturedAtUtc,
        // with the primary key (Seq, CapturedAtUtc) and BRIN indexes (WimPartitions); the model describes its columns.
        b.ToTable("WimRecords");
        b.HasKey(r => r.Seq);
        b.Property(r => r.RecordId).HasMaxLength(64);
        b.Property(r => r.PlateNumber).HasMaxLength(16);
        b.Property(r => r.ConfigurationCode).HasMaxLength(16);
        b.Property(r => r.AxleKg).HasMaxLength(128);
        b.Property(r => r.Images).HasMaxLength(4000);
        b.Property(r => r.RuleVersion).HasMaxLength(128);
        b.HasIndex(r => new { r.DeviceId, r.RecordId, r.CapturedAtUtc }).IsUnique();
        b.HasIndex(r => r.CapturedAtUtc).HasMethod("brin");
    }
}

internal sealed class WimBatchConfiguration : IEntityTypeConfiguration<WimBatch>
{
    public void Configure(EntityTypeBuilder<WimBatch> b)
    {
        b.ToTable("WimBatches");
        b.Property(x => x.Sender).HasMaxLength(96);
        b.Property(x => x.DeliveryId).HasMaxLength(96);
        b.HasIndex(x => new { x.Sender, x.DeliveryId }).IsUnique();
        b.HasIndex(x => x.ReceivedAtUtc);
    }
}

internal sealed class WimQuarantinedRowConfiguration : IEntityTypeConfiguration<WimQuarantinedRow>
{
    public void Configure(EntityTypeBuilder<WimQuarantinedRow> b)
    {
        b.ToTable("WimQuarantine");
        b.Property(x => x.DeviceCode).HasMaxLength(64);
        b.Property(x => x.RawText).HasMaxLength(16_000);
        b.HasIndex(x => x.BatchId);
        b.HasIndex(x => new { x.DeviceId, x.ReceivedAtUtc });
    }
}

internal sealed class OverloadViolationConfiguration : IEntityTypeConfiguration<OverloadViolation>
{
    public void Configure(EntityTypeBuilder<OverloadViolation> b)
    {
        b.ToTable("OverloadViolations");
        b.Property(x => x.PlateNumber).HasMaxLength(16);
        b.Property(x => x.RouteCode).HasMaxLength(64);
        b.Property(x => x.GoverningRecordId).HasMaxLength(64);
        b.Property(x => x.GoverningDeviceCode).HasMaxLength(64);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Version).IsConcurrencyToken();
        // The merge looks up a vehicle's violations on a route around a capture instant.
        b.HasIndex(x => new { x.PlateNumber, x.PlateColour, x.RouteCode, x.FirstCapturedAtUtc });
        b.HasIndex(x => new { x.AgencyId, x.Status });
        b.HasMany(x => x.Hits).WithOne().HasForeignKey(h => h.ViolationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OverloadViolationHitConfiguration : IEntityTypeConfiguration<OverloadViolationHit>
{
    public void Configure(EntityTypeBuilder<OverloadViolationHit> b)
    {
        b.ToTable("OverloadViolationHits");
        b.Property(x => x.DeviceCode).HasMaxLength(64);
        b.Property(x => x.RecordId).HasMaxLength(64);
        // A record is evidence of one violation only: re-delivery or a concurrent delivery cannot attach it twice.
        b.HasIndex(x => new { x.DeviceId, x.RecordId, x.CapturedAtUtc }).IsUnique();
        b.HasIndex(x => x.ViolationId);
    }
}

internal sealed class WimDailyRollupConfiguration : IEntityTypeConfiguration<WimDailyRollup>
{
    public void Configure(EntityTypeBuilder<WimDailyRollup> b)
    {
        b.ToTable("WimDailyRollups");
        b.HasKey(x => new { x.StationId, x.Lane, x.Day });
        // Dashboards filter by day range first (all stations), then by station within the range.
        b.HasIndex(x => new { x.Day, x.StationId });
    }
}

internal sealed class WimHourlyRollupConfiguration : IEntityTypeConfiguration<WimHourlyRollup>
{
    public void Configure(EntityTypeBuilder<WimHourlyRollup> b)
    {
        b.ToTable("WimHourlyRollups");
        b.HasKey(x => new { x.StationId, x.Day, x.Hour });
        b.HasIndex(x => new { x.Day, x.Hour });
    }
}

internal sealed class WimInvalidRollupConfiguration : IEntityTypeConfiguration<WimInvalidRollup>
{
    public void Configure(EntityTypeBuilder<WimInvalidRollup> b)
    {
        b.ToTable("WimInvalidRollups");
        b.Property(x => x.Reason).HasMaxLength(48);
        b.HasKey(x => new { x.StationId, x.Lane, x.Day, x.Reason });
        b.HasIndex(x => new { x.Day, x.StationId });
    }
}

internal sealed class WimMonthlyRollupConfiguration : IEntityTypeConfiguration<WimMonthlyRollup>
{
    public void Configure(EntityTypeBuilder<WimMonthlyRollup> b)
    {
        b.ToTable("WimMonthlyRollups");
        b.HasKey(x => new { x.StationId, x.Month });
        // The ranking reads a range of months for all sites in scope.
        b.HasIndex(x => new { x.Month, x.StationId });
    }
}

internal sealed class WimHeatRollupConfiguration : IEntityTypeConfiguration<WimHeatRollup>
{
    public void Configure(EntityTypeBuilder<WimHeatRollup> b)
    {
        b.ToTable("WimHeatRollups");
        b.HasKey(x => new { x.StationId, x.Month, x.DayOfWeek, x.Hour });
    }
}

internal sealed class WimMonthlyInvalidRollupConfiguration : IEntityTypeConfiguration<WimMonthlyInvalidRollup>
{
    public void Configure(EntityTypeBuilder<WimMonthlyInvalidRollup> b)
    {
        b.ToTable("WimMonthlyInvalidRollups");
        b.Property(x => x.Reason).HasMaxLength(48);
        b.HasKey(x => new { x.StationId, x.Month, x.Reason });
    }
}

internal sealed class WimAgencyDailyRollupConfiguration : IEntityTypeConfiguration<WimAgencyDailyRollup>
{
    public void Configure(EntityTypeBuilder<WimAgencyDailyRollup> b)
    {
        b.ToTable("WimAgencyDailyRollups");
        b.HasKey(x => new { x.AgencyId, x.Day });
    }
}

internal sealed class WimAgencyHourlyRollupConfiguration : IEntityTypeConfiguration<WimAgencyHourlyRollup>
{
    public void Configure(EntityTypeBuilder<WimAgencyHourlyRollup> b)
    {
        b.ToTable("WimAgencyHourlyRollups");
        b.HasKey(x => new { x.AgencyId, x.Day, x.Hour });
    }
}

internal sealed class WimAgencyHeatRollupConfiguration : IEntityTypeConfiguration<WimAgencyHeatRollup>
{
    public void Configure(EntityTypeBuilder<WimAgencyHeatRollup> b)
    {
        b.ToTable("WimAgencyHeatRollups");
        b.HasKey(x => new { x.AgencyId, x.Month, x.DayOfWeek, x.Hour });
    }
}

internal sealed class WimAgencyInvalidRollupConfiguration : IEntityTypeConfiguration<WimAgencyInvalidRollup>
{
    public void Configure(EntityTypeBuilder<WimAgencyInvalidRollup> b)
    {
        b.ToTable("WimAgencyInvalidRollups");
        b.Property(x => x.Reason).HasMaxLength(48);
        b.HasKey(x => new { x.AgencyId, x.Day, x.Reason });
    }
}

internal sealed class WimAgencyMonthlyInvalidRollupConfiguration : IEntityTypeConfiguration<WimAgencyMonthlyInvalidRollup>
{
    public void Configure(EntityTypeBuilder<WimAgencyMonthlyInvalidRollup> b)
    {
        b.ToTable("WimAgencyMonthlyInvalidRollups");
        b.Property(x => x.Reason).HasMaxLength(48);
        b.HasKey(x => new { x.AgencyId, x.Month, x.Reason });
    }
}

internal sealed class WimRollupWatermarkConfiguration : IEntityTypeConfiguration<WimRollupWatermark>
{
    public void Configure(EntityTypeBuilder<WimRollupWatermark> b)
    {
        b.ToTable("WimRollupWatermarks");
        b.Property(x => x.Name).HasMaxLength(32);
        b.HasKey(x => x.Name);
    }
}
