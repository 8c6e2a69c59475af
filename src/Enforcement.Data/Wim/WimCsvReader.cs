using System.Text;
using Enforcement.Domain.Common;
using Enforcement.Domain.Overload;

namespace Enforcement.Data.Wim;

/// <summary>
/// Reads weigh-in-motion rows from CSV one at a time (a file of any size streams through a fixed amount of memory).
/// The header row names the columns (<see cref="WimFields"/>, any order, case-insensitive); RFC 4180 quoting is
/// understood, including line breaks inside quotes. A header with an unknown, repeated or missing required column is a
/// malformed delivery; a row that cannot be read is returned with its errors and goes to quarantine.
/// </summary>
public sealed class WimCsvReader
{
    private readonly TextReader _reader;
    private readonly int[] _columnOf;
    private readonly int _columnCount;
    private readonly string? _defaultDeviceCode;
    private readonly List<int> _starts = new(32);
    private readonly List<int> _lengths = new(32);
    private readonly StringBuilder _quoted = new();
    private readonly TextPool _deviceCodes = new();
    private readonly TextPool _colours = new();
    private readonly TextPool _configurations = new();

    private WimCsvReader(TextReader reader, int[] columnOf, int columnCount, string? defaultDeviceCode)
    {
        _reader = reader;
        _columnOf = columnOf;
        _columnCount = columnCount;
        _defaultDeviceCode = defaultDeviceCode;
    }

    /// <summary>Data rows read so far.</summary>
    public int RowsRead { get; private set; }

    /// <summary>Reads the header.</summary>
    /// <param name="defaultDeviceCode">The device of rows without a deviceCode column (a gateway posting its own rows).</param>
    public static Result<WimCsvReader> Open(TextReader reader, string? defaultDeviceCode)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine();
        while (header is not null && string.IsNullOrWhiteSpace(header))
        {
            header = reader.ReadLine();
        }

        if (header is null)
        {
            return new Refusal("wim.csv-empty", "header", "CSV为空：第一行应为列名表头。");
        }

        var names = SplitSimple(header.TrimStart('\uFEFF'));
        var columnOf = new int[WimFields.All.Count];
        Array.Fill(columnOf, -1);
        for (var c = 0; c < names.Count; c++)
        {
            var name = names[c].Trim().Trim('"');
            var field = IndexOfField(name);
            if (field < 0)
            {
                return new Refusal("wim.csv-header", "header",
                    $"表头第{c + 1}列“{name}”不是可用的列名（可用：{string.Join("、", WimFields.All)}）。");
            }

            if (columnOf[field] >= 0)
            {
                return new Refusal("wim.csv-header", "header", $"表头中“{name}”列重复。");
            }

            columnOf[field] = c;
        }

        foreach (var required in WimFields.RequiredInHeader.Append(WimFields.DeviceCode))
        {
            if (columnOf[IndexOfField(required)] < 0 && (required != WimFields.DeviceCode || defaultDeviceCode is null))
            {
                return new Refusal("wim.csv-header", "header", $"表头缺少“{required}”列。");
            }
        }

        return new WimCsvReader(reader, columnOf, names.Count, defaultDeviceCode);
    }

    /// <summary>The next data row, or null at the end.</summary>
    public WimInputRow? ReadRow()
    {
        string? line;
        do
        {
            line = _reader.ReadLine();
            if (line is null)
            {
                return null;
            }
        }
        while (line.Length == 0);

        var raw = line;
        var text = line;
        List<Refusal>? errors = null;
        if (line.Contains('"', StringComparison.Ordinal))
        {
            (raw, text) = ReadQuoted(line, ref errors);
        }
        else
        {
            SplitInto(line);
        }

        RowsRead++;
        if (_starts.Count != _columnCount)
        {
            WimFields.Error(ref errors, "wim.csv-columns", "row", $"本行有{_starts.Count}列，表头有{_columnCount}列。");
        }

        var record = Build(text, ref errors);
        return new WimInputRow { RowNumber = RowsRead, RawText = raw, Record = record, ParseErrors = errors };
    }

    private WimRecord Build(string text, ref List<Refusal>? errors)
    {
        var deviceColumn = _columnOf[0];
        return new WimRecord
        {
            DeviceCode = deviceColumn >= 0 ? _deviceCodes.Get(Field(text, deviceColumn)) ?? _defaultDeviceCode : _defaultDeviceCode,
            RecordId = WimFields.Text(Field(text, _columnOf[1])),
            Lane = WimFields.Whole(Field(text, _columnOf[2]), WimFields.Lane, ref errors),
            CapturedAtUtc = WimFields.Instant(Field(text, _columnOf[3]), ref errors),
            Plate = WimFields.Text(Field(text, _columnOf[4])),
            PlateColour = _colours.Get(Field(text, _columnOf[5])),
            PlateConfidence = WimFields.Number(Field(text, _columnOf[6]), WimFields.PlateConfidence, ref errors),
            AxleCount = WimFields.Whole(Field(text, _columnOf[7]), WimFields.AxleCount, ref errors),
            ConfigurationCode = _configurations.Get(Field(text, _columnOf[8])),
            GrossKg = WimFields.Whole(Field(text, _columnOf[9]), WimFields.GrossKg, ref errors),
            AxleKg = WimFields.Axles(Field(text, _columnOf[10]), ref errors),
            SpeedKmh = WimFields.Number(Field(text, _columnOf[11]), WimFields.SpeedKmh, ref errors),
            LengthMm = WimFields.Whole(Field(text, _columnOf[12]), WimFields.LengthMm, ref errors),
            WidthMm = WimFields.Whole(Field(text, _columnOf[13]), WimFields.WidthMm, ref errors),
            HeightMm = WimFields.Whole(Field(text, _columnOf[14]), WimFields.HeightMm, ref errors),
            Images = WimFields.ImageList(Field(text, _columnOf[15])),
            Anomalies = WimFields.FlagSet(Field(text, _columnOf[16]), ref errors),
        };
    }

    private ReadOnlySpan<char> Field(string text, int column) =>
        column < 0 || column >= _starts.Count ? default : text.AsSpan(_starts[column], _lengths[column]);

    private void SplitInto(string line)
    {
        _starts.Clear();
        _lengths.Clear();
        var start = 0;
        while (true)
        {
            var comma = line.IndexOf(',', start);
            if (comma < 0)
            {
                _starts.Add(start);
                _lengths.Add(line.Length - start);
                return;
            }

            _starts.Add(start);
            _lengths.Add(comma - start);
            start = comma + 1;
        }
    }

    /// <summary>A row with quotes: unquoted into one string whose fields are recorded as ranges; reads on while a quote is open.</summary>
    private (string Raw, string Text) ReadQuoted(string line, ref List<Refusal>? errors)
    {
        _starts.Clear();
        _lengths.Clear();
        _quoted.Clear();
        var raw = new StringBuilder(line);
        var inQuotes = false;
        var fieldStart = 0;
        var i = 0;
        while (true)
        {
            if (i == line.Length)
            {
                if (!inQuotes)
                {
                    break;
                }

                var next = _reader.ReadLine();
                if (next is null)
                {
                    WimFields.Error(ref errors, "wim.csv-quote", "row", "引号未闭合。");
                    break;
                }

                raw.Append('\n').Append(next);
                _quoted.Append('\n');
                line = next;
                i = 0;
                continue;
            }

            var c = line[i++];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i < line.Length && line[i] == '"')
                    {
                        _quoted.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    _quoted.Append(c);
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == ',')
            {
                _starts.Add(fieldStart);
                _lengths.Add(_quoted.Length - fieldStart);
                fieldStart = _quoted.Length;
            }
            else
            {
                _quoted.Append(c);
            }
        }

        _starts.Add(fieldStart);
        _lengths.Add(_quoted.Length - fieldStart);
        return (raw.ToString(), _quoted.ToString());
    }

    private static List<string> SplitSimple(string line) => [.. line.Split(',')];

    private static int IndexOfField(string name)
    {
        for (var f = 0; f < WimFields.All.Count; f++)
        {
            if (string.Equals(WimFields.All[f], name, StringComparison.OrdinalIgnoreCase))
            {
                return f;
            }
        }

        return -1;
    }
}
