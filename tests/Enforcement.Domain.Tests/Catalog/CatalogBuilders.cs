using Enforcement.Domain.Catalog;
using Enforcement.Domain.Personnel;

namespace Enforcement.Domain.Tests.Catalog;

internal static class CatalogBuilders
{
    public static readonly DateOnly Revision2023 = new(2023, 7, 20);

    public static EnforcementItem Item(
        string code, int version, string kinds, string fines, DateOnly from, DateOnly? to = null, string? provision = null) =>
        new()
        {
            Code = code,
            Version = version,
            Name = "测试事项",
            Category = EnforcementCategory.RoadTransport,
            ProvisionViolated = "《道路运输条例》第二十四条",
            PenaltyProvision = provision ?? $"测试依据第{version}版",
            Penalty = new StatutoryPenalty(PenaltyKindsNotation.Parse(kinds).Unwrap(), PenaltyNotation.Parse(fines).Unwrap(), "责令改正"),
            EffectiveFrom = from,
            EffectiveTo = to,
            Source = "测试",
        };

    /// <summary>The repository root: the folder above the test binaries that holds Enforcement.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Enforcement.slnx"))) return directory.FullName;
        }

        throw new InvalidOperationException($"no Enforcement.slnx above {AppContext.BaseDirectory}");
    }

    public static string SeedPath() => Path.Combine(RepositoryRoot(), "src", "Enforcement.Data", "Seed", "catalog-items.csv");

    public static CatalogReadResult ReadSeed()
    {
        using var reader = new StreamReader(SeedPath(), System.Text.Encoding.UTF8);
        return CatalogFile.Read(reader);
    }
}
