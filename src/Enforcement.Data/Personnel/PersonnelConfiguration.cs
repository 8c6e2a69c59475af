using Enforcement.Domain.Agencies;
using Enforcement.Domain.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Personnel;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> b)
    {
        b.Property(o => o.Name).HasMaxLength(50);
        b.Property(o => o.IdNumber).HasMaxLength(18);
        b.HasIndex(o => o.IdNumber).IsUnique();
        b.Property(o => o.Post).HasMaxLength(100);
        b.Property(o => o.LegalQualificationNumber).HasMaxLength(50);
        b.Property(o => o.Phone).HasMaxLength(20);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => o.AgencyId);
        b.HasOne<Agency>().WithMany().HasForeignKey(o => o.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.Property(c => c.Number).HasMaxLength(50);
        b.HasIndex(c => c.Number).IsUnique();
        b.Property(c => c.Issuer).HasMaxLength(100);
        b.Property(c => c.RegionCode).HasMaxLength(6);
        b.Property(c => c.StatusReason).HasMaxLength(500);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => c.ExpiresOn);
        b.HasOne(c => c.Officer).WithMany().HasForeignKey(c => c.OfficerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Reviews).WithOne().HasForeignKey(r => r.CertificateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CertificateReviewConfiguration : IEntityTypeConfiguration<CertificateReview>
{
    public void Configure(EntityTypeBuilder<CertificateReview> b)
    {
        b.Property(r => r.Reviewer).HasMaxLength(100);
        b.Property(r => r.Note).HasMaxLength(500);
        b.HasIndex(r => new { r.CertificateId, r.Year }).IsUnique();
    }
}

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> b)
    {
        b.Property(c => c.Title).HasMaxLength(200);
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> b)
    {
        b.HasIndex(r => new { r.OfficerId, r.CourseId }).IsUnique();
        b.HasOne(r => r.Officer).WithMany().HasForeignKey(r => r.OfficerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TrainingCourse>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Restrict);
    }
}
