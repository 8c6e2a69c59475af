using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Data.Wim;

namespace Enforcement.Simulator;

/// <summary>The scales to simulate, from the platform's public device listing (APL Art 41 publication): code, route, stake.</summary>
public static class PublishedScales
{
    public static async Task<List<SimulatedScale>> LoadAsync(HttpClient http, string? route)
    {
        var devices = await http.GetFromJsonAsync<JsonElement>("/api/v1/public/devices");
        var scales = new List<SimulatedScale>();
        foreach (var d in devices.EnumerateArray())
        {
            if (d.GetProperty("deviceKind").GetString() != "动态称重设备" || (route is not null && d.GetProperty("routeCode").GetString() != route))
            {
                continue;
            }

            // Fixed stations weigh at low speed on a platform scale; non-site points weigh at road speed.
            var station = d.GetProperty("stationKind").GetString() == "超限检测站";
            scales.Add(new SimulatedScale(d.GetProperty("deviceCode").GetString()!, d.GetProperty("routeCode").GetString()!,
                Stake(d.GetProperty("stake").GetString()), 4, station ? 3m : 20m, station ? 20m : 100m));
        }

        return scales;
    }

    private static int Stake(string? stake)
    {
        if (stake is not { Length: > 1 } || stake[0] is not ('K' or 'k'))
        {
            return 0;
        }

        var parts = stake[1..].Split('+');
        return (int.TryParse(parts[0], out var km) ? km * 1000 : 0) + (parts.Length > 1 && int.TryParse(parts[1], out var m) ? m : 0);
    }
}

/// <summary>The credential file: one "CODE SECRET" (or "CODE:SECRET") per line; # starts a comment.</summary>
public static class Credentials
{
    public static Dictionary<string, string> Read(string path) =>
        File.ReadAllLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split([' ', ':', '\t'], 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
