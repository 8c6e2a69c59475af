using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Enforcement.Data.Wim;

/// <summary>
/// The per-record INSERT of the SQLite store, on the native statement of the open connection (inside its transaction):
/// parameters are bound by position with typed calls, so a record costs no parameter-name lookups and no boxing —
/// through <see cref="SqliteCommand"/> those took most of the store's time (every execution looks up every parameter by
/// name). SQLite keeps a statement's bindings across executions, so a value equal to the previous row's (the batch,
/// the station, the rule version, most determination columns) is not bound again; text is bound as UTF-8, the
/// database's own encoding. Values are written exactly as Microsoft.Data.Sqlite and EF Core write them (DateTime as
/// "yyyy-MM-dd HH:mm:ss.FFFFFFF" text, bool and enums as integers), so EF reads the rows back unchanged.
/// </summary>
internal sealed class SqliteRecordInsert : IDisposable
{
    private const int Columns = 32;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    // What each parameter is bound to now: integers (null: NULL), and for text the string instance last bound.
    private readonly long?[] _numbers = new long?[Columns + 1];
    private readonly string?[] _texts = new string?[Columns + 1];
    private readonly bool[] _bound = new bool[Columns + 1];
    private DateTime _capturedAt;
    private byte[] _utf8 = new byte[1024];

    public SqliteRecordInsert(SqliteConnection connection, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count != Columns)
        {
            throw new ArgumentException($"Expected {Columns} columns.", nameof(columns));
        }

        _db = connection.Handle!;
        var sql = $"INSERT INTO WimRecords ({string.Join(',', columns)}) VALUES ({string.Join(',', columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)))}) ON CONFLICT DO NOTHING";
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Inserts one record; false when a record with its key (device, record id, capture instant) is already stored.</summary>
    public bool Insert(WimStoredRecord r)
    {
        Int(1, r.DeviceId);
        Int(2, r.StationId);
        Int(3, r.AgencyId);
        Text(4, r.RecordId);
        Date(5, r.CapturedAtUtc);
        Int(6, r.BatchId);
        Int(7, r.Lane);
        Text(8, r.PlateNumber);
        Int(9, r.PlateColour is { } colour ? (int)colour : null);
        Int(10, r.PlateConfidenceBp);
        Int(11, r.AxleCount);
        Text(12, r.ConfigurationCode);
        Int(13, r.GrossKg);
        Text(14, r.AxleKg);
        Int(15, r.SpeedKmhTenths);
        Int(16, r.LengthMm);
        Int(17, r.WidthMm);
        Int(18, r.HeightMm);
        Text(19, r.Images);
        Int(20, (int)r.Anomalies);
        Int(21, (int)r.Outcome);
        Int(22, r.DeviceValid ? 1 : 0);
        Int(23, r.InvalidReasons);
        Int(24, r.LimitKg);
        Int(25, r.MeasuredOverKg);
        Int(26, r.ToleranceKg);
        Int(27, r.EffectiveOverKg);
        Int(28, r.OverLimitRateBp);
        Int(29, r.FineFen);
        Int(30, (int)r.Dimension);
        Int(31, r.HundredTonKing ? 1 : 0);
        Text(32, r.RuleVersion);
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        return raw.sqlite3_changes(_db) == 1;
    }

    public void Dispose() => _statement.Dispose();

    private void Int(int index, long? value)
    {
        if (_bound[index] && _numbers[index] == value)
        {
            return;
        }

        Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));
        _numbers[index] = value;
        _bound[index] = true;
    }

    private void Text(int index, string? value)
    {
        // Same instance (pooled codes, the rule version) or both null: already bound.
        if (_bound[index] && ReferenceEquals(_texts[index], value))
        {
            return;
        }

        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
        }
        else
        {
            var max = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (max > _utf8.Length)
            {
                _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
            }

            var length = Encoding.UTF8.GetBytes(value, _utf8);
            Check(raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length)));
        }

        _texts[index] = value;
        _bound[index] = true;
    }

    private void Date(int index, DateTime value)
    {
        if (_bound[index] && _capturedAt == value)
        {
            return;
        }

        Span<byte> text = stackalloc byte[SqliteDateText.MaxLength];
        Check(raw.sqlite3_bind_text(_statement, index, text[..SqliteDateText.Write(value, text)]));
        _capturedAt = value;
        _bound[index] = true;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}

/// <summary>
/// A DateTime as Microsoft.Data.Sqlite stores it, "yyyy-MM-dd HH:mm:ss.FFFFFFF" (the fraction without trailing zeros,
/// and without the point when it is zero), written as UTF-8 digits without the general formatter.
/// </summary>
public static class SqliteDateText
{
    public const int MaxLength = 27;

    /// <summary>Writes the text and answers its length.</summary>
    public static int Write(DateTime value, Span<byte> into)
    {
        Digits(into, 0, value.Year, 4);
        into[4] = (byte)'-';
        Digits(into, 5, value.Month, 2);
        into[7] = (byte)'-';
        Digits(into, 8, value.Day, 2);
        into[10] = (byte)' ';
        Digits(into, 11, value.Hour, 2);
        into[13] = (byte)':';
        Digits(into, 14, value.Minute, 2);
        into[16] = (byte)':';
        Digits(into, 17, value.Second, 2);
        var fraction = (int)(value.Ticks % TimeSpan.TicksPerSecond);
        if (fraction == 0)
        {
            return 19;
        }

        into[19] = (byte)'.';
        Digits(into, 20, fraction, 7);
        var end = 27;
        while (into[end - 1] == (byte)'0')
        {
            end--;
        }

        return end;
    }

    private static void Digits(Span<byte> into, int at, int value, int width)
    {
        for (var i = at + width - 1; i >= at; i--)
        {
            into[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
