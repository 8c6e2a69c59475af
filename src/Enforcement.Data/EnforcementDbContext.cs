using Enforcement.Data.Accounts;
using Enforcement.Data.Audit;
using Enforcement.Data.Calendar;
using Enforcement.Data.Wim;
using Enforcement.Domain.Agencies;
using Enforcement.Domain.Audit;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Cases.Parties;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Evidence;
using Enforcement.Domain.Overload.Review;
using Enforcement.Domain.Overload.Stations;
using Enforcement.Domain.Personnel;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Data;

/// <summary>
/// The provider-neutral model. <see cref="Sqlite.SqliteEnforcementDbContext"/> and
/// <see cref="Postgres.PostgresEnforcementDbContext"/> derive from it, each with its own migrations.
/// Two things happen here for every caller, so no feature can forget them: agency-owned rows are filtered to the
/// caller's data scope, and every saved change is written to the audit chain in the same transaction.
/// </summary>
public abstract partial class EnforcementDbContext : IdentityDbContext<AppUser, IdentityRole, string>
{
    private readonly IRequestContext _request;
    private readonly List<AuditEntry> _explicitAudit = [];

    protected EnforcementDbContext(DbContextOptions options, IRequestContext? request)
        : base(options)
    {
        _request = request ?? SystemRequestContext.Instance;
    }

    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Division> Divisions => Set<Division>();
    public DbSet<Officer> Officers => Set<Officer>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<CertificateReview> CertificateReviews => Set<CertificateReview>();
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();
    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SecurityPolicyRow> SecurityPolicies => Set<SecurityPolicyRow>();
    public DbSet<CalendarDayRow> CalendarDays => Set<CalendarDayRow>();
    public DbSet<CalendarYearRow> CalendarYears => Set<CalendarYearRow>();
    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();
    public DbSet<EnforcementItem> EnforcementItems => Set<EnforcementItem>();
    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();
    public DbSet<CustodyEvent> CustodyEvents => Set<CustodyEvent>();
    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();
    public DbSet<DocumentSequence> DocumentSequences => Set<DocumentSequence>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<Vehicle> Vehicles => Set<Vehicle>();
    public DbSet<Station> Stations => Set<Station>();
    public DbSet<Device> Devices => Set<Device>();
    public DbSet<DeviceCertificate> DeviceCertificates => Set<DeviceCertificate>();
    public DbSet<DeviceReviewRecord> DeviceReviews => Set<DeviceReviewRecord>();
    public DbSet<WimStoredRecord> WimRecords => Set<WimStoredRecord>();
    public DbSet<WimBatch> WimBatches => Set<WimBatch>();
    public DbSet<WimQuarantinedRow> WimQuarantine => Set<WimQuarantinedRow>();
    public DbSet<OverloadViolation> OverloadViolations => Set<OverloadViolation>();
    public DbSet<OverloadViolationHit> OverloadViolationHits => Set<OverloadViolationHit>();
    public DbSet<ClueReview> ClueReviews => Set<ClueReview>();
    public DbSet<ClueHistoryRow> ClueHistory => Set<ClueHistoryRow>();
    public DbSet<ClueNotice> ClueNotices => Set<ClueNotice>();
    public DbSet<WimDailyRollup> WimDailyRollups => Set<WimDailyRollup>();
    public DbSet<WimHourlyRollup> WimHourlyRollups => Set<WimHourlyRollup>();
    public DbSet<WimInvalidRollup> WimInvalidRollups => Set<WimInvalidRollup>();
    public DbSet<WimMonthlyRollup> WimMonthlyRollups => Set<WimMonthlyRollup>();
    public DbSet<WimHeatRollup> WimHeatRollups => Set<WimHeatRollup>();
    public DbSet<WimMonthlyInvalidRollup> WimMonthlyInvalidRollups => Set<WimMonthlyInvalidRollup>();
    public DbSet<WimAgencyDailyRollup> WimAgencyDailyRollups => Set<WimAgencyDailyRollup>();
    public DbSet<WimAgencyHourlyRollup> WimAgencyHourlyRollups => Set<WimAgencyHourlyRollup>();
    public DbSet<WimAgencyHeatRollup> WimAgencyHeatRollups => Set<WimAgencyHeatRollup>();
    public DbSet<WimAgencyInvalidRollup> WimAgencyInvalidRollups => Set<WimAgencyInvalidRollup>();
    public DbSet<WimAgencyMonthlyInvalidRollup> WimAgencyMonthlyInvalidRollups => Set<WimAgencyMonthlyInvalidRollup>();
    public DbSet<WimRollupWatermark> WimRollupWatermarks => Set<WimRollupWatermark>();

    public IRequestContext Request => _request;

    // Read by the query filters below; EF re-evaluates them for each query on this context instance.
    private bool ScopeUnrestricted => _request.Scope.Unrestricted;
    private int[] ScopeAgencyIds => [.. _request.Scope.AgencyIds];

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EnforcementDbContext).Assembly);

        // Data scope (RULES/ARCHITECTURE: enforced in one place). Out-of-scope rows simply do not exist for the
        // caller, so a lookup by id answers "not found" and the web layer answers 404.
        builder.Entity<Officer>().HasQueryFilter(o => ScopeUnrestricted || ScopeAgencyIds.Contains(o.AgencyId));
        builder.Entity<Certificate>().HasQueryFilter(c => ScopeUnrestricted || ScopeAgencyIds.Contains(c.Officer!.AgencyId));
        builder.Entity<TrainingRecord>().HasQueryFilter(r => ScopeUnrestricted || ScopeAgencyIds.Contains(r.Officer!.AgencyId));
        builder.Entity<TrainingCourse>().HasQueryFilter(c => ScopeUnrestricted || ScopeAgencyIds.Contains(c.AgencyId));
        builder.Entity<EnforcementCase>().HasQueryFilter(c => ScopeUnrestricted || ScopeAgencyIds.Contains(c.AgencyId));
        builder.Entity<EvidenceItem>().HasQueryFilter(e => ScopeUnrestricted || ScopeAgencyIds.Contains(e.AgencyId));
        builder.Entity<CustodyEvent>().HasQueryFilter(c => ScopeUnrestricted || ScopeAgencyIds.Contains(c.Evidence!.AgencyId));
        builder.Entity<CaseDocument>().HasQueryFilter(d => ScopeUnrestricted || ScopeAgencyIds.Contains(d.AgencyId));
        builder.Entity<DocumentSequence>().HasQueryFilter(s => ScopeUnrestricted || ScopeAgencyIds.Contains(s.AgencyId));
        builder.Entity<Party>().HasQueryFilter(p => ScopeUnrestricted || ScopeAgencyIds.Contains(p.AgencyId));
        builder.Entity<Vehicle>().HasQueryFilter(v => ScopeUnrestricted || ScopeAgencyIds.Contains(v.AgencyId));
        // Weighing sites belong to an agency; their devices, certificates and reviews follow the site.
        builder.Entity<Station>().HasQueryFilter(s => ScopeUnrestricted || ScopeAgencyIds.Contains(s.AgencyId));
        builder.Entity<Device>().HasQueryFilter(d => ScopeUnrestricted || ScopeAgencyIds.Contains(d.Station!.AgencyId));
        builder.Entity<DeviceCertificate>().HasQueryFilter(c => ScopeUnrestricted || ScopeAgencyIds.Contains(c.Device!.Station!.AgencyId));
        builder.Entity<DeviceReviewRecord>().HasQueryFilter(r => ScopeUnrestricted || ScopeAgencyIds.Contains(r.Device!.Station!.AgencyId));
        builder.Entity<WimStoredRecord>().HasQueryFilter(r => ScopeUnrestricted || ScopeAgencyIds.Contains(r.AgencyId));
        builder.Entity<WimBatch>().HasQueryFilter(x => ScopeUnrestricted || (x.AgencyId != null && ScopeAgencyIds.Contains(x.AgencyId.Value)));
        builder.Entity<WimQuarantinedRow>().HasQueryFilter(x => ScopeUnrestricted || (x.AgencyId != null && ScopeAgencyIds.Contains(x.AgencyId.Value)));
        builder.Entity<OverloadViolation>().HasQueryFilter(v => ScopeUnrestricted || ScopeAgencyIds.Contains(v.AgencyId));
        builder.Entity<ClueReview>().HasQueryFilter(r => ScopeUnrestricted || ScopeAgencyIds.Contains(r.AgencyId));
        builder.Entity<ClueNotice>().HasQueryFilter(n => ScopeUnrestricted || ScopeAgencyIds.Contains(n.AgencyId));
        builder.Entity<WimDailyRollup>().HasQueryFilter(x => ScopeUnrestricted || ScopeAgencyIds.Contains(x.AgencyId));
        builder.Entity<WimHourlyRollup>().HasQueryFilter(x => ScopeUnrestricted || ScopeAgencyIds.Contains(x.AgencyId));
        builder.Entity<WimInvalidRollup>().HasQueryFilter(x => ScopeUnrestricted || ScopeAgencyIds.Contains(x.AgencyId));
        builder.Entity<WimMonthlyRollup>().HasQueryFilter(x => ScopeUnrestricted || ScopeAgencyIds.Contains(x.AgencyId));
        builder.Entity<WimHeatRollup>().HasQueryFilter(x => ScopeUnrestricted || ScopeAgencyIds.Contains(x.AgencyId));
        builder.Entity<WimMonthlyInvalidRollup>().HasQueryFilter(x => ScopeUnrestricted || ScopeAgencyIds.Contains(x.AgencyId));
        builder.Entity<WimAgencyDailyRollup>().HasQueryFilter(x => ScopeUnrestricted || ScopeAgencyIds.Contains(x.AgencyId));
        builder.Entity<WimAgencyHourlyRollup>().HasQueryFilter(x => ScopeUnrestricted || ScopeAgencyIds.Contains(x.AgencyId));
        builder.Entity<WimAgencyHeatRollup>().HasQueryFilter(x => ScopeUnrestricted || ScopeAgencyIds.Contains(x.AgencyId));
        builder.Entity<WimAgencyInvalidRollup>().HasQueryFilter(x => ScopeUnrestricted || ScopeAgencyIds.Contains(x.AgencyId));
        builder.Entity<WimAgencyMonthlyInvalidRollup>().HasQueryFilter(x => ScopeUnrestricted || ScopeAgencyIds.Contains(x.AgencyId));
    }

    /// <summary>Queues an audit entry for an action that changes no row (sign-in, verification run, export).</summary>
    /// <param name="actor">Who acted, when that is not the signed-in caller (e.g. a sign-in attempt).</param>
    public void RecordAudit(string action, string entityType, string? entityId, string summary, AuditActor? actor = null)
    {
        _explicitAudit.Add(AuditRecorder.NewEntry(actor ?? _request.Actor, action, entityType, entityId, summary));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        // EF's synchronous path is only used by tooling; keep one implementation of the audited save.
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        var captured = AuditRecorder.Capture(ChangeTracker);
        if (captured.Count == 0 && _explicitAudit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            await LockAuditChainAsync(cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

            var last = await AuditEntries.AsNoTracking()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var previousSequence = last?.Sequence ?? 0;
            var previousHash = last?.Hash ?? AuditChain.GenesisHash;

            var entries = captured.Select(c => c.ToEntry(_request.Actor)).Concat(_explicitAudit).ToList();
            _explicitAudit.Clear();
            foreach (var entry in entries)
            {
                AuditChain.Link(entry, previousSequence, previousHash);
                previousSequence = entry.Sequence;
                previousHash = entry.Hash;
            }
            AuditEntries.AddRange(entries);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// Optimistic concurrency with an application-managed <c>Version</c> (works the same on both providers): a
    /// modified row's version goes up by one, and the UPDATE only matches the version the caller read.
    /// </summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            // Only a concurrency token is bumped: EnforcementItem.Version, say, is the law's version, not a row counter.
            if (entry.State != EntityState.Modified || entry.Metadata.FindProperty("Version") is not { IsConcurrencyToken: true }) continue;
            var version = entry.Property("Version");
            if (!version.IsModified) version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }

    /// <summary>
    /// Serialises writers of the chain so that no two entries claim the same predecessor. SQLite's write
    /// transaction (BEGIN IMMEDIATE) already does; PostgreSQL takes a transaction-scoped advisory lock.
    /// </summary>
    protected virtual Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
