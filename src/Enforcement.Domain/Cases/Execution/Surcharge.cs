using System.Globalization;

namespace Enforcement.Domain.Cases.Execution;

/// <summary>A run of days with the same unpaid base: either counted at 3 % a day, or not counted (remedy pending).</summary>
public sealed record SurchargeSegment(DateOnly From, DateOnly To, int Days, long BaseFen, RemedyKind? PausedBy, long AmountHundredthsOfFen);

/// <summary>The 加处罚款 as of a day: the amount (whole fen), whether the cap was reached, and how it was computed.</summary>
public sealed record SurchargeResult(DateOnly AsOf, long AmountFen, bool Capped, IReadOnlyList<SurchargeSegment> Segments, IReadOnlyList<string> Trace)
{
    public static SurchargeResult None(DateOnly asOf) => new(asOf, 0, false, [], []);
}

/// <summary>
/// 加处罚款 (APL Art 72 ¶1(一); 行政强制法 Art 45): for each day after a due date, 3 % of the fine that is late and
/// still unpaid at the start of the day (a payment counts from its day on); the total never exceeds the fine. Days
/// while a reconsideration or lawsuit is pending are not counted (APL Art 73 ¶3), the first and last day included.
/// Payments settle the fine first, so a partly paid fine surcharges only what is left. Pure: every input is passed.
/// </summary>
public static class Surcharge
{
    /// <summary>每日按罚款数额的百分之三 (APL Art 72 ¶1(一)): national and stable, so code, not configuration.</summary>
    public const int PercentPerDay = 3;

    private const string RateArticle = "《行政处罚法》第七十二条第一款第（一）项";
    private const string CapArticle = "《行政处罚法》第七十二条第一款第（一）项；《行政强制法》第四十五条第二款";
    private const string PauseArticle = "《行政处罚法》第七十三条第三款";

    public static SurchargeResult AsOf(PaymentSchedule schedule, IReadOnlyCollection<CasePayment> payments, IReadOnlyCollection<RemedyProceeding> remedies, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(remedies);
        var fine = schedule.FineFen;
        if (fine <= 0 || asOf <= schedule.FirstDueOn) return SurchargeResult.None(asOf);

        var ordered = payments.OrderBy(p => p.PaidOn).ToList();
        var cap = checked(fine * 100);
        long total = 0; // hundredths of a fen: 3 % of a whole-fen base is exact in these units
        var capped = false;
        var segments = new List<SurchargeSegment>();
        (DateOnly From, DateOnly To, long Base, RemedyKind? Paused, long Amount)? open = null;
        void Close()
        {
            if (open is { } s) segments.Add(new SurchargeSegment(s.From, s.To, s.To.DayNumber - s.From.DayNumber + 1, s.Base, s.Paused, s.Amount));
            open = null;
        }

        for (var day = schedule.FirstDueOn.AddDays(1); day <= asOf && !capped; day = day.AddDays(1))
        {
            var paidBefore = Math.Min(fine, ordered.TakeWhile(p => p.PaidOn < day).Sum(p => p.AmountFen));
            if (paidBefore >= fine) break; // nothing more can fall late
            var @base = Math.Max(0, schedule.DueBefore(day) - paidBefore);
            var paused = @base > 0 ? remedies.FirstOrDefault(r => r.Covers(day))?.Kind : null;
            if (@base == 0)
            {
                Close();
                continue;
            }
            var amount = paused is null ? Math.Min(checked(@base * PercentPerDay), cap - total) : 0;
            total += amount;
            capped = total >= cap;
            if (open is { } s && s.Base == @base && s.Paused == paused && s.To.AddDays(1) == day)
            {
                open = s with { To = day, Amount = s.Amount + amount };
            }
            else
            {
                Close();
                open = (day, day, @base, paused, amount);
            }
        }
        Close();

        var fen = (long)Math.Round(total / 100m, MidpointRounding.AwayFromZero);
        return new SurchargeResult(asOf, fen, capped, segments, Trace(schedule, segments, capped, asOf, fen));
    }

    private static List<string> Trace(PaymentSchedule schedule, List<SurchargeSegment> segments, bool capped, DateOnly asOf, long fen)
    {
        var trace = new List<string>
        {
            schedule.HasPlan
                ? $"罚款 {Yuan(schedule.FineFen)} 元，经批准延期（分期）缴纳，按批准的期限逐期计算（《行政处罚法》第六十六条第二款）"
                : $"罚款 {Yuan(schedule.FineFen)} 元，缴纳期限至 {schedule.OriginalDueOn:yyyy-MM-dd}（《行政处罚法》第六十七条第三款）",
            $"到期不缴纳的，每日按未缴罚款的 {PercentPerDay}% 加处罚款（{RateArticle}）",
        };
        foreach (var s in segments)
        {
            trace.Add(s.PausedBy is { } kind
                ? $"{s.From:yyyy-MM-dd} 至 {s.To:yyyy-MM-dd}，{s.Days} 日：{(kind == RemedyKind.Reconsideration ? "行政复议" : "行政诉讼")}期间，不计算加处罚款（{PauseArticle}）"
                : $"{s.From:yyyy-MM-dd} 至 {s.To:yyyy-MM-dd}，{s.Days} 日 × 未缴罚款 {Yuan(s.BaseFen)} 元 × {PercentPerDay}% = {(s.AmountHundredthsOfFen / 10000m).ToString("0.00##", CultureInfo.InvariantCulture)} 元");
        }
        if (capped) trace.Add($"加处罚款累计已达罚款数额 {Yuan(schedule.FineFen)} 元，不再增加（{CapArticle}）");
        trace.Add($"截至 {asOf:yyyy-MM-dd}，加处罚款合计 {Yuan(fen)} 元");
        return trace;
    }

    internal static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
