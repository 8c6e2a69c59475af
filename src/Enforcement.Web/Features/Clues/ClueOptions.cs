using Enforcement.Domain.Calendar;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Overload.Review;

namespace Enforcement.Web.Features.Clues;

/// <summary>
/// How an agency reviews clues (configuration section <c>Wim:Review</c>): the 复审 policy, by default and per agency key
/// (<c>Wim:Review:Agencies:gonghe-dot:SecondReview=Always</c>), the owner's statement period after a 告知, and the
/// enforcement item a clue's case is registered under (总质量超限, 62号令第四十三条第一款第二项 in the seeded catalog).
/// </summary>
internal sealed class ClueOptions
{
    public SecondReviewPolicy Default { get; init; } = SecondReviewPolicy.Default;
    public IReadOnlyDictionary<string, SecondReviewPolicy> PerAgency { get; init; } = new Dictionary<string, SecondReviewPolicy>();
    public PeriodRule StatementPeriod { get; init; } = ClueStatementPeriod.Default;
    public string CaseItemCode { get; init; } = "GL-LZ-002";

    public SecondReviewPolicy PolicyFor(string? agencyKey) =>
        agencyKey is not null && PerAgency.TryGetValue(agencyKey, out var policy) ? policy : Default;

    public static ClueOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Wim:Review");
        var fallback = Policy(section, SecondReviewPolicy.Default);
        var perAgency = section.GetSection("Agencies").GetChildren().ToDictionary(c => c.Key, c => Policy(c, fallback), StringComparer.Ordinal);
        var days = section.GetValue("StatementWorkingDays", ClueStatementPeriod.Default.Count);
        return new ClueOptions
        {
            Default = fallback,
            PerAgency = perAgency,
            StatementPeriod = ClueStatementPeriod.WithDays(days),
            CaseItemCode = section["CaseItemCode"] ?? "GL-LZ-002",
        };
    }

    private static SecondReviewPolicy Policy(IConfiguration section, SecondReviewPolicy fallback)
    {
        var mode = Enum.TryParse<SecondReviewMode>(section["SecondReview"], ignoreCase: true, out var m) ? m : fallback.Mode;
        var threshold = section.GetValue<decimal?>("SecondReviewThresholdYuan") is { } yuan ? Money.FromYuan(yuan).Fen : fallback.ThresholdFen;
        return new SecondReviewPolicy(mode, threshold);
    }
}
