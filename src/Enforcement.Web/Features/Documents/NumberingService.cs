using Enforcement.Data;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Documents;

/// <summary>
/// Hands out document and case numbers: one atomic upsert on DocumentSequences (the same SQL on both providers,
/// INSERT … ON CONFLICT DO UPDATE … RETURNING). On SQLite it runs inside the write transaction (BEGIN IMMEDIATE),
/// which serialises writers; on PostgreSQL the upsert locks the sequence row until commit, so two generators never
/// read the same value.
/// </summary>
/// <remarks>
/// Called without a transaction, the reservation commits on its own before the caller goes on: a number handed out
/// is consumed even if what it was for fails later (a gap the audit log explains), and is never handed out again.
/// Called inside the caller's transaction (the case number at registration), it is rolled back with a refused move.
/// </remarks>
internal sealed class NumberingService(EnforcementDbContext db, NumberPatterns patterns)
{
    public async Task<Result<string>> ReserveAsync(int agencyId, NumberSeries series, int year)
    {
        // The pattern is checked before a number is taken, so a configuration error consumes nothing.
        var pattern = await patterns.ForAsync(agencyId, series);
        if (!pattern.IsOk) return pattern.Refusal!;
        var code = NumberSeriesCodes.Code(series);

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        try
        {
            var taken = await db.Database.SqlQuery<long>($"""
                INSERT INTO "DocumentSequences" ("AgencyId", "Kind", "Year", "Next") VALUES ({agencyId}, {code}, {year}, 2)
                ON CONFLICT ("AgencyId", "Kind", "Year") DO UPDATE SET "Next" = "DocumentSequences"."Next" + 1
                RETURNING "Next" - 1 AS "Value"
                """).ToListAsync();
            var number = pattern.Value!.Format(year, taken.Single());
            // The upsert bypasses the change tracker, so the reservation is audited explicitly, in the same transaction.
            db.RecordAudit("reserve-number", nameof(DocumentSequence), $"{agencyId}/{code}/{year}", $"编号 {number}");
            await db.SaveChangesAsync();
            if (own is not null) await own.CommitAsync();
            return number;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }
}
