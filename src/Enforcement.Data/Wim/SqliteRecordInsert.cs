using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Enforcement.Data.Wim;

/// <summary>
/// The per-record INSERT of the SQLite store, on the native statement of the open connection (inside its transaction):
/// parameters are bound by position with typed calls, so a record costs no parameter-name lookups and no boxing —
/// through <see cref="SqliteCommand"/> those took most of the store's time (every execution looks up every parameter by
/// name). Values are written exactly as Microsoft.Data.Sqlite and EF Core write them (DateTime as
/// "yyyy-MM-dd HH:mm:ss.FFFFFFF" text, bool and enums as integers), so EF reads the rows back unchanged.
/// </summary>
internal sealed class SqliteRecordInsert : IDisposable
{
    private const string DateFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteRecordInsert(SqliteConnection connection, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(columns);
        _db = connection.Handle!;
        var sql = $"INSERT INTO WimRecords ({string.Join(',', columns)}) VALUES ({string.Join(',', columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)))}) ON CONFLICT DO NOTHING";
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Inserts one record; false when a record with its key (device, record id, capture instant) is already stored.</summary>
    public bool Insert(WimStoredRecord r)
    {
        var s = _statement;
        Int(s, 1, r.DeviceId);
        Int(s, 2, r.StationId);
        Int(s, 3, r.AgencyId);
        Text(s, 4, r.RecordId);
        Date(s, 5, r.CapturedAtUtc);
        Check(raw.sqlite3_bind_int64(s, 6, r.BatchId));
        Int(s, 7, r.Lane);
        Text(s, 8, r.PlateNumber);
        Int(s, 9, r.PlateColour is { } colour ? (int)colour : null);
        Int(s, 10, r.PlateConfidenceBp);
        Int(s, 11, r.AxleCount);
        Text(s, 12, r.ConfigurationCode);
        Int(s, 13, r.GrossKg);
        Text(s, 14, r.AxleKg);
        Int(s, 15, r.SpeedKmhTenths);
        Int(s, 16, r.LengthMm);
        Int(s, 17, r.WidthMm);
        Int(s, 18, r.HeightMm);
        Text(s, 19, r.Images);
        Int(s, 20, (int)r.Anomalies);
        Int(s, 21, (int)r.Outcome);
        Int(s, 22, r.DeviceValid ? 1 : 0);
        Int(s, 23, r.InvalidReasons);
        Int(s, 24, r.LimitKg);
        Int(s, 25, r.MeasuredOverKg);
        Int(s, 26, r.ToleranceKg);
        Int(s, 27, r.EffectiveOverKg);
        Int(s, 28, r.OverLimitRateBp);
        Check(raw.sqlite3_bind_int64(s, 29, r.FineFen));
        Int(s, 30, (int)r.Dimension);
        Int(s, 31, r.HundredTonKing ? 1 : 0);
        Text(s, 32, r.RuleVersion);
        var rc = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        return raw.sqlite3_changes(_db) == 1;
    }

    public void Dispose() => _statement.Dispose();

    private void Int(sqlite3_stmt s, int index, int? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int(s, index, v) : raw.sqlite3_bind_null(s, index));

    private void Text(sqlite3_stmt s, int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(s, index) : raw.sqlite3_bind_text16(s, index, value.AsSpan()));

    private void Date(sqlite3_stmt s, int index, DateTime value)
    {
        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var written, DateFormat, CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text16(s, index, text[..written]));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
