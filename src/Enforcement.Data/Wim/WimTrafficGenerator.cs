using System.Globalization;
using System.Text;

namespace Enforcement.Data.Wim;

/// <summary>A weighing scale traffic can be generated for: its code, its site's route and position on it, lanes and speed range.</summary>
/// <param name="Position">Order of the site along its route (by stake); a trip passes the sites of a route in this order.</param>
public sealed record SimulatedScale(string DeviceCode, string RouteCode, int Position, int Lanes, decimal MinSpeedKmh, decimal MaxSpeedKmh);

/// <summary>Shares of the generated traffic (all fractions of the records generated).</summary>
public sealed record WimTrafficSettings
{
    public int Seed { get; init; } = 1;

    /// <summary>Records drawn deliberately over the limit (1.02–1.6 × the nominal limit); loaded trucks near the limit add a little more.</summary>
    public double OverLimitShare { get; init; } = 0.03;

    /// <summary>6-axle trains of 100–135 t (百吨王).</summary>
    public double HundredTonKingShare { get; init; } = 0.002;

    /// <summary>Trucks with new-energy plates (8 characters, 黄绿; a few small ones 绿).</summary>
    public double NewEnergyShare { get; init; } = 0.08;

    /// <summary>A record that also has the same vehicle weighed earlier on the same trip at the previous site of its route.</summary>
    public double SameTripShare { get; init; } = 0.08;

    /// <summary>A record already generated sent again (a gateway re-sending a record): stored once.</summary>
    public double DuplicateShare { get; init; } = 0.01;

    /// <summary>Rows the quarantine must catch: missing gross, future capture, malformed plate, axle sum far from gross.</summary>
    public double BadRowShare { get; init; } = 0.005;

    /// <summary>Records the determination will hold invalid: speed outside the scale's range, lane straddling, low plate confidence.</summary>
    public double InvalidShare { get; init; } = 0.01;

    /// <summary>Distinct vehicles on the roads (repeat visitors make the Art 66 repeat flag and same-trip merges realistic).</summary>
    public int Fleet { get; init; } = 20_000;
}

/// <summary>One generated row as the gateway CSV line (<see cref="WimTrafficGenerator.CsvHeader"/>).</summary>
public sealed record SimulatedRow(string DeviceCode, string RecordId, DateTime CapturedAtUtc, int AxleCount, int GrossKg, bool Bad, string CsvLine);

/// <summary>
/// Realistic weigh-in-motion traffic for a set of scales, deterministic for a seed: axle mix 2–6 axles with loaded and
/// empty gross distributions around each configuration's nominal limit, a few per cent over the limit, rare 百吨王,
/// new-energy plates, more trucks at night, same-trip repeats at the previous site of the route, re-sent records and
/// a small share of bad rows for the quarantine. The output is gateway CSV, so it goes through the one ingest path.
/// </summary>
public sealed class WimTrafficGenerator
{
    public const string CsvHeader =
        "deviceCode,recordId,lane,capturedAt,plate,plateColour,plateConfidence,axleCount,configurationCode,grossKg,axleKg,speedKmh,lengthMm,widthMm,heightMm,images,flags";

    // Axle mix of trucks on Qinghai trunk roads (share, configuration code, axle count, nominal gross limit kg).
    private static readonly (double Share, string Code, int Axles, int LimitKg)[] Mix =
    [
        (0.22, "12", 2, 18_000), (0.10, "15", 3, 25_000), (0.06, "115", 4, 31_000), (0.06, "125", 4, 36_000),
        (0.08, "127", 5, 43_000), (0.06, "155", 5, 43_000), (0.42, "157", 6, 49_000),
    ];

    // Relative traffic by hour of day (Asia/Shanghai): heavy trucks run much at night.
    private static readonly double[] HourWeights =
        [1.3, 1.4, 1.4, 1.3, 1.2, 1.0, 0.9, 0.8, 0.8, 0.8, 0.8, 0.8, 0.7, 0.7, 0.8, 0.8, 0.9, 0.9, 1.0, 1.1, 1.2, 1.2, 1.3, 1.3];

    private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Provinces = "青青青青青青青甘甘川新宁陕藏蒙";

    private readonly Random _random;
    private readonly WimTrafficSettings _settings;
    private readonly SimulatedScale[] _scales;
    private readonly Dictionary<string, SimulatedScale[]> _byRoute;
    private readonly Vehicle[] _fleet;
    private readonly Dictionary<string, long> _counters = new(StringComparer.Ordinal);
    private readonly List<SimulatedRow> _recent = [];
    private readonly double _hourTotal = HourWeights.Sum();

    public WimTrafficGenerator(IEnumerable<SimulatedScale> scales, WimTrafficSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scales);
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _scales = [.. scales.OrderBy(s => s.DeviceCode, StringComparer.Ordinal)];
        if (_scales.Length == 0)
        {
            throw new ArgumentException("No scale to generate traffic for.", nameof(scales));
        }

        _random = new Random(settings.Seed);
        _byRoute = _scales.GroupBy(s => s.RouteCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Position).ThenBy(s => s.DeviceCode, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _fleet = [.. Enumerable.Range(0, Math.Max(1, settings.Fleet)).Select(_ => NewVehicle())];
    }

    /// <summary>Records captured at random instants in [from, to), more at night; each call continues the same stream.</summary>
    public IEnumerable<SimulatedRow> Generate(DateTime fromUtc, DateTime toUtc, int count)
    {
        var days = Math.Max(1, (int)Math.Ceiling((toUtc - fromUtc).TotalDays));
        for (var i = 0; i < count; i++)
        {
            var at = DateTime.MinValue;
            for (var attempt = 0; attempt < 20 && (at < fromUtc || at >= toUtc); attempt++)
            {
                // A local (UTC+8) day and hour, then back to UTC.
                var localDay = fromUtc.AddHours(8).Date.AddDays(_random.Next(days));
                at = localDay.AddHours(PickHour() - 8).AddSeconds(_random.Next(3600));
            }

            if (at < fromUtc || at >= toUtc)
            {
                at = fromUtc.AddSeconds(_random.NextDouble() * (toUtc - fromUtc).TotalSeconds);
            }

            foreach (var row in At(DateTime.SpecifyKind(at, DateTimeKind.Utc)))
            {
                yield return row;
            }
        }
    }

    /// <summary>The rows of one weighing at <paramref name="capturedAtUtc"/>: the record, and possibly the same vehicle earlier on its trip or a re-sent record.</summary>
    public IReadOnlyList<SimulatedRow> At(DateTime capturedAtUtc)
    {
        var rows = new List<SimulatedRow>(2);
        if (_recent.Count > 0 && _random.NextDouble() < _settings.DuplicateShare)
        {
            rows.Add(_recent[_random.Next(_recent.Count)]);
        }

        var scale = _scales[_random.Next(_scales.Length)];
        var vehicle = _fleet[_random.Next(_fleet.Length)];
        var gross = Gross(vehicle);
        var row = Row(scale, vehicle, gross, capturedAtUtc);
        rows.Add(row);
        Remember(row);

        // The same trip: the vehicle passed the previous site of the route some time before, with the same load (± 1 %).
        if (!row.Bad && _random.NextDouble() < _settings.SameTripShare && _byRoute[scale.RouteCode] is { Length: > 1 } route)
        {
            var index = Array.IndexOf(route, scale);
            var previous = route[index > 0 ? index - 1 : 1];
            var earlier = capturedAtUtc.AddMinutes(-_random.Next(20, 240));
            var repeat = Row(previous, vehicle, Math.Max(1_000, (int)(gross * (0.99 + (_random.NextDouble() * 0.02)))), earlier, allowBad: false);
            rows.Add(repeat);
            Remember(repeat);
        }

        return rows;
    }

    private void Remember(SimulatedRow row)
    {
        if (_recent.Count < 256)
        {
            _recent.Add(row);
        }
        else
        {
            _recent[_random.Next(_recent.Count)] = row;
        }
    }

    private SimulatedRow Row(SimulatedScale scale, Vehicle v, int gross, DateTime capturedAtUtc, bool allowBad = true)
    {
        var counter = _counters.TryGetValue(scale.DeviceCode, out var c) ? c + 1 : 1;
        _counters[scale.DeviceCode] = counter;
        var recordId = string.Create(CultureInfo.InvariantCulture, $"{scale.DeviceCode}-{counter:D9}");
        var axles = Axles(v, gross);
        var lane = 1 + _random.Next(Math.Max(1, scale.Lanes));
        var speed = scale.MinSpeedKmh + ((scale.MaxSpeedKmh - scale.MinSpeedKmh) * (decimal)(0.15 + (_random.NextDouble() * 0.7)));
        var confidence = 0.90 + (_random.NextDouble() * 0.095);
        var flags = "";
        if (_random.NextDouble() < _settings.InvalidShare)
        {
            switch (_random.Next(3))
            {
                case 0: speed = scale.MaxSpeedKmh + 5 + _random.Next(20); break;
                case 1: flags = "laneStraddling"; break;
                default: confidence = 0.55 + (_random.NextDouble() * 0.2); break;
            }
        }

        var plate = v.Plate;
        var at = capturedAtUtc;
        string grossText = gross.ToString(CultureInfo.InvariantCulture);
        var bad = allowBad && _random.NextDouble() < _settings.BadRowShare;
        if (bad)
        {
            switch (_random.Next(4))
            {
                case 0: grossText = ""; break;
                case 1: at = capturedAtUtc.AddYears(1).AddDays(_random.Next(5)); break; // a gateway clock gone wrong: ahead of any real now
                case 2: plate = plate[..^2]; break;
                default: grossText = ((int)(gross * 1.6)).ToString(CultureInfo.InvariantCulture); break;
            }
        }

        var text = new StringBuilder(320);
        text.Append(scale.DeviceCode).Append(',').Append(recordId).Append(',').Append(lane).Append(',')
            .Append(at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',')
            .Append(plate).Append(',').Append(v.Colour).Append(',')
            .Append(confidence.ToString("0.000", CultureInfo.InvariantCulture)).Append(',')
            .Append(v.Axles).Append(',').Append(v.Code).Append(',').Append(grossText).Append(',')
            .AppendJoin('|', axles).Append(',')
            .Append(decimal.Round(speed, 1).ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(v.LengthMm).Append(',').Append(2_550).Append(',').Append(v.HeightMm).Append(',');
        for (var i = 1; i <= 2; i++)
        {
            if (i > 1)
            {
                text.Append('|');
            }

            Hex(text);
            text.Append("@img/").Append(recordId).Append('-').Append(i).Append(".jpg");
        }

        text.Append(',').Append(flags);
        return new SimulatedRow(scale.DeviceCode, recordId, at, v.Axles, gross, bad, text.ToString());
    }

    private void Hex(StringBuilder text)
    {
        Span<byte> bytes = stackalloc byte[32];
        _random.NextBytes(bytes);
        foreach (var b in bytes)
        {
            text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }
    }

    private int Gross(Vehicle v)
    {
        var r = _random.NextDouble();
        if (v.Axles == 6 && r < _settings.HundredTonKingShare)
        {
            return 100_000 + _random.Next(35_000);
        }

        if (r < _settings.HundredTonKingShare + _settings.OverLimitShare)
        {
            return (int)(v.LimitKg * (1.02 + (_random.NextDouble() * 0.58)));
        }

        if (_random.NextDouble() < 0.35)
        {
            // Empty or lightly loaded: a third to a half of the limit.
            return (int)(v.LimitKg * (0.33 + (_random.NextDouble() * 0.17)));
        }

        // Loaded: around 85 % of the limit (normal, sd 6 %), kept below it.
        var loaded = 0.85 + (Normal() * 0.06);
        return (int)(v.LimitKg * Math.Clamp(loaded, 0.55, 0.99));
    }

    private int[] Axles(Vehicle v, int gross)
    {
        var axles = new int[v.Axles];
        var steer = Math.Min(gross / v.Axles, 6_000 + _random.Next(1_500));
        axles[0] = steer;
        var rest = gross - steer;
        var remaining = rest;
        for (var i = 1; i < v.Axles - 1; i++)
        {
            var share = rest / (v.Axles - 1);
            axles[i] = (int)(share * (0.94 + (_random.NextDouble() * 0.12)));
            remaining -= axles[i];
        }

        axles[^1] = remaining;
        return axles;
    }

    private double Normal()
    {
        // Box–Muller: one standard normal draw.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private int PickHour()
    {
        var x = _random.NextDouble() * _hourTotal;
        for (var h = 0; h < 24; h++)
        {
            x -= HourWeights[h];
            if (x < 0)
            {
                return h;
            }
        }

        return 23;
    }

    private Vehicle NewVehicle()
    {
        var x = _random.NextDouble();
        var pick = Mix[^1];
        foreach (var m in Mix)
        {
            if ((x -= m.Share) < 0)
            {
                pick = m;
                break;
            }
        }

        var province = Provinces[_random.Next(Provinces.Length)];
        var letter = Letters[_random.Next(8)];
        string plate, colour;
        if (_random.NextDouble() < _settings.NewEnergyShare)
        {
            // 8 characters: large new-energy trucks carry five digits then D/F (黄绿); a few light ones D/F first (绿).
            var df = _random.Next(2) == 0 ? 'D' : 'F';
            if (pick.Axles == 2 && _random.Next(4) == 0)
            {
                plate = string.Create(CultureInfo.InvariantCulture, $"{province}{letter}{df}{Letters[_random.Next(Letters.Length)]}{_random.Next(10_000):D4}");
                colour = "绿";
            }
            else
            {
                plate = string.Create(CultureInfo.InvariantCulture, $"{province}{letter}{_random.Next(100_000):D5}{df}");
                colour = "黄绿";
            }
        }
        else
        {
            plate = string.Create(CultureInfo.InvariantCulture, $"{province}{letter}{_random.Next(100_000):D5}");
            colour = "黄";
        }

        var length = pick.Axles switch { 2 => 9_000, 3 => 11_000, 4 => 12_000, _ => 16_500 } + _random.Next(500);
        return new Vehicle(plate, colour, pick.Code, pick.Axles, pick.LimitKg, length, 3_600 + _random.Next(400));
    }

    private sealed record Vehicle(string Plate, string Colour, string Code, int Axles, int LimitKg, int LengthMm, int HeightMm);
}
