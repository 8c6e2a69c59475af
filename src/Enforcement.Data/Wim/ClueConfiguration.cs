using Enforcement.Domain.Cases;
using Enforcement.Domain.Overload.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Wim;

internal sealed class ClueReviewConfiguration : IEntityTypeConfiguration<ClueReview>
{
    public void Configure(EntityTypeBuilder<ClueReview> b)
    {
        b.ToTable("ClueReviews");
        b.HasKey(r => r.ViolationId);
        b.Property(r => r.ViolationId).ValueGeneratedNever();
        b.Property(r => r.FirstReviewerUserName).HasMaxLength(256);
        b.Property(r => r.SecondReviewerUserName).HasMaxLength(256);
        b.Property(r => r.InvalidReasonCode).HasMaxLength(32);
        b.Property(r => r.Note).HasMaxLength(ClueReview.NoteMaxLength);
        b.HasOne<OverloadViolation>().WithOne().HasForeignKey<ClueReview>(r => r.ViolationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EnforcementCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        // A case comes from one clue at most.
        b.HasIndex(r => r.CaseId).IsUnique();
        b.HasMany(r => r.History).WithOne().HasForeignKey(h => h.ViolationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Notices).WithOne().HasForeignKey(n => n.ViolationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClueHistoryRowConfiguration : IEntityTypeConfiguration<ClueHistoryRow>
{
    public void Configure(EntityTypeBuilder<ClueHistoryRow> b)
    {
        b.ToTable("ClueHistory");
        b.Property(h => h.From).HasConversion<string>().HasMaxLength(32);
        b.Property(h => h.To).HasConversion<string>().HasMaxLength(32);
        b.Property(h => h.Action).HasConversion<string>().HasMaxLength(32);
        b.Property(h => h.ActorUserName).HasMaxLength(256);
        b.Property(h => h.Note).HasMaxLength(600);
        b.HasIndex(h => h.ViolationId);
    }
}

internal sealed class ClueNoticeConfiguration : IEntityTypeConfiguration<ClueNotice>
{
    public void Configure(EntityTypeBuilder<ClueNotice> b)
    {
        b.ToTable("ClueNotices");
        b.Property(n => n.TokenSha256).HasMaxLength(64);
        b.HasIndex(n => n.TokenSha256).IsUnique();
        b.HasIndex(n => n.ViolationId);
        b.Property(n => n.RecipientName).HasMaxLength(ClueNotice.RecipientMaxLength);
        b.Property(n => n.IssuedByUserName).HasMaxLength(256);
        b.Property(n => n.StatementKind).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.StatementText).HasMaxLength(ClueNotice.StatementMaxLength);
        b.Property(n => n.StatementContact).HasMaxLength(ClueNotice.ContactMaxLength);
        b.Property(n => n.StatementClientAddress).HasMaxLength(64);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.Ignore(n => n.Answered);
    }
}
