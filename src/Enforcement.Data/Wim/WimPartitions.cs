using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;

namespace Enforcement.Data.Wim;

/// <summary>
/// Monthly partitions of <c>WimRecords</c> on PostgreSQL (declarative range partitioning on the capture instant, UTC
/// month boundaries). The maintenance step at start creates the months around today; a delivery with a capture month
/// that has none creates it first, outside its own transaction (creating a partition locks the parent briefly).
/// Creation is serialised by an advisory lock and idempotent, so several nodes may race for the same month.
/// </summary>
public static class WimPartitions
{
    private const int PartitionLockClass = 0x5749_4D50; // "WIMP"

    // Months known to exist, per database (host, port, database).
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<int, bool>> Known = new();

    /// <summary>The table of a month, e.g. WimRecords_2026_03.</summary>
    public static string NameOf(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"WimRecords_{year:D4}_{month:D2}");

    /// <summary>The maintenance step: from <paramref name="monthsBack"/> months ago to <paramref name="monthsAhead"/> ahead.</summary>
    public static async Task EnsureAroundAsync(NpgsqlConnection connection, DateTime nowUtc, int monthsBack = 1, int monthsAhead = 2, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var first = new DateTime(nowUtc.Year, nowUtc.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-monthsBack);
        var months = Enumerable.Range(0, monthsBack + monthsAhead + 1).Select(i => first.AddMonths(i));
        await EnsureAsync(connection, months, ct);
    }

    /// <summary>Creates the partitions of every capture month among <paramref name="instantsUtc"/> that are not known to exist.</summary>
    public static async Task EnsureAsync(NpgsqlConnection connection, IEnumerable<DateTime> instantsUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(instantsUtc);
        var known = Known.GetOrAdd(DatabaseKey(connection), _ => new ConcurrentDictionary<int, bool>());
        List<int>? missing = null;
        var last = -1;
        foreach (var at in instantsUtc)
        {
            var key = (at.Year * 12) + at.Month - 1;
            if (key == last || known.ContainsKey(key))
            {
                continue;
            }

            last = key;
            missing ??= [];
            if (!missing.Contains(key))
            {
                missing.Add(key);
            }
        }

        if (missing is null)
        {
            return;
        }

        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        foreach (var key in missing)
        {
            var year = key / 12;
            var month = (key % 12) + 1;
            var from = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
            var to = from.AddMonths(1);
            var name = NameOf(year, month);
            await using var tx = await connection.BeginTransactionAsync(ct);
            await using (var command = new NpgsqlCommand(
                $"SELECT pg_advisory_xact_lock({PartitionLockClass}, {key}); " +
                $"CREATE TABLE IF NOT EXISTS \"{name}\" PARTITION OF \"WimRecords\" " +
                $"FOR VALUES FROM ('{from:yyyy-MM-dd} 00:00:00+00') TO ('{to:yyyy-MM-dd} 00:00:00+00')", connection, tx))
            {
                await command.ExecuteNonQueryAsync(ct);
            }

            await tx.CommitAsync(ct);
            known[key] = true;
        }
    }

    /// <summary>Forgets what is known (a test that drops its database).</summary>
    public static void Forget(NpgsqlConnection connection) => Known.TryRemove(DatabaseKey(connection), out _);

    private static string DatabaseKey(NpgsqlConnection connection) => $"{connection.Host}:{connection.Port}/{connection.Database}";

    /// <summary>The partitioned table, created by the PostgreSQL migration instead of EF's plain table.</summary>
    public const string CreateTableSql = """
        CREATE SEQUENCE "WimRecords_Seq_seq" AS bigint;
        CREATE TABLE "WimRecords" (
            "Seq" bigint NOT NULL DEFAULT nextval('"WimRecords_Seq_seq"'),
            "DeviceId" integer NOT NULL,
            "StationId" integer NOT NULL,
            "AgencyId" integer NOT NULL,
            "RecordId" character varying(64) NOT NULL,
            "CapturedAtUtc" timestamp with time zone NOT NULL,
            "BatchId" bigint NOT NULL,
            "Lane" integer NOT NULL,
            "PlateNumber" character varying(16),
            "PlateColour" integer,
            "PlateConfidenceBp" integer,
            "AxleCount" integer NOT NULL,
            "ConfigurationCode" character varying(16),
            "GrossKg" integer NOT NULL,
            "AxleKg" character varying(128) NOT NULL,
            "SpeedKmhTenths" integer,
            "LengthMm" integer,
            "WidthMm" integer,
            "HeightMm" integer,
            "Images" character varying(4000),
            "Anomalies" integer NOT NULL,
            "Outcome" integer NOT NULL,
            "DeviceValid" boolean NOT NULL,
            "InvalidReasons" integer NOT NULL,
            "LimitKg" integer,
            "MeasuredOverKg" integer NOT NULL,
            "ToleranceKg" integer NOT NULL,
            "EffectiveOverKg" integer NOT NULL,
            "OverLimitRateBp" integer NOT NULL,
            "FineFen" bigint NOT NULL,
            "Dimension" integer NOT NULL,
            "HundredTonKing" boolean NOT NULL,
            "RuleVersion" character varying(128) NOT NULL,
            CONSTRAINT "PK_WimRecords" PRIMARY KEY ("Seq", "CapturedAtUtc")
        ) PARTITION BY RANGE ("CapturedAtUtc");
        ALTER SEQUENCE "WimRecords_Seq_seq" OWNED BY "WimRecords"."Seq";
        CREATE UNIQUE INDEX "IX_WimRecords_DeviceId_RecordId_CapturedAtUtc" ON "WimRecords" ("DeviceId", "RecordId", "CapturedAtUtc");
        CREATE INDEX "IX_WimRecords_CapturedAtUtc" ON "WimRecords" USING brin ("CapturedAtUtc");
        CREATE INDEX "IX_WimRecords_Seq" ON "WimRecords" USING brin ("Seq");
        """;

    public const string DropTableSql = """DROP TABLE "WimRecords";""";
}
