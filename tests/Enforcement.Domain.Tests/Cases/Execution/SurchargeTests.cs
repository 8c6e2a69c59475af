using Enforcement.Domain.Cases.Execution;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases.Execution;

/// <summary>加处罚款 (APL Arts 72–73; 行政强制法 Art 45) as a pure function of the schedule, payments and remedies.</summary>
public sealed class SurchargeTests
{
    private const long Fine = 1_000_00;
    private static readonly DateOnly Due = D(2025, 5, 22);
    private static readonly PaymentSchedule Plain = new(Fine, Due, null, []);

    private static CasePayment Paid(DateOnly on, long fen) => new() { PaidOn = on, AmountFen = fen };

    private static SurchargeResult At(DateOnly asOf, PaymentSchedule? schedule = null, CasePayment[]? payments = null, RemedyProceeding[]? remedies = null) =>
        Surcharge.AsOf(schedule ?? Plain, payments ?? [], remedies ?? [], asOf);

    [Fact]
    public void OnTheDueDate_NothingIsAdded_TheDayAfter_ThreePercentOfTheFine()
    {
        Assert.Equal(0, At(Due).AmountFen);
        Assert.Equal(30_00, At(Due.AddDays(1)).AmountFen);
        Assert.Equal(300_00, At(Due.AddDays(10)).AmountFen);
    }

    [Fact]
    public void AfterThirtyFourDays_TheSurchargeReachesTheFine_AndStopsThere()
    {
        var day33 = At(Due.AddDays(33));
        var day34 = At(Due.AddDays(34));
        var day400 = At(Due.AddDays(400));

        Assert.Equal((990_00, false), (day33.AmountFen, day33.Capped));
        Assert.Equal((Fine, true), (day34.AmountFen, day34.Capped));
        Assert.Equal((Fine, true), (day400.AmountFen, day400.Capped));
        Assert.Contains(day400.Trace, t => t.Contains("不再增加", StringComparison.Ordinal) && t.Contains("第四十五条第二款", StringComparison.Ordinal));
    }

    [Fact]
    public void APartialPayment_LowersTheBaseFromTheNextDay()
    {
        // 400 paid on the fifth day late: days 1–5 on 1 000, days 6–10 on 600.
        var result = At(Due.AddDays(10), payments: [Paid(Due.AddDays(5), 400_00)]);

        Assert.Equal(5 * 30_00 + 5 * 18_00, result.AmountFen);
        Assert.Equal([(Due.AddDays(1), Due.AddDays(5), 5, Fine), (Due.AddDays(6), Due.AddDays(10), 5, 600_00L)],
            result.Segments.Select(s => (s.From, s.To, s.Days, s.BaseFen)));
    }

    [Fact]
    public void AFinePaidOnTheDueDate_RunsNoSurcharge_AndOnePaidLate_StopsItThatDay()
    {
        Assert.Equal(0, At(Due.AddDays(30), payments: [Paid(Due, Fine)]).AmountFen);
        Assert.Equal(3 * 30_00, At(Due.AddDays(30), payments: [Paid(Due.AddDays(3), Fine)]).AmountFen);
    }

    [Fact]
    public void DaysWhileAReconsiderationIsPending_AreNotCounted_StartAndEndDaysIncluded()
    {
        // Applied on the 3rd day late, decided on the 10th: days 3–10 are not counted; days 1, 2 and 11–12 are.
        var reconsideration = new RemedyProceeding { Kind = RemedyKind.Reconsideration, StartedOn = Due.AddDays(3), EndedOn = Due.AddDays(10) };

        var result = At(Due.AddDays(12), remedies: [reconsideration]);

        Assert.Equal(4 * 30_00, result.AmountFen);
        var paused = Assert.Single(result.Segments, s => s.PausedBy is not null);
        Assert.Equal((Due.AddDays(3), Due.AddDays(10), 8, (long)0), (paused.From, paused.To, paused.Days, paused.AmountHundredthsOfFen));
        Assert.Contains(result.Trace, t => t.Contains("行政复议期间", StringComparison.Ordinal) && t.Contains("第七十三条第三款", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOpenLawsuit_StopsTheCountUntilItEnds()
    {
        var lawsuit = new RemedyProceeding { Kind = RemedyKind.Litigation, StartedOn = Due.AddDays(2) };

        Assert.Equal(30_00, At(Due.AddDays(200), remedies: [lawsuit]).AmountFen);
    }

    [Fact]
    public void Instalments_EachLateAmountIsSurchargedFromItsOwnDueDate()
    {
        // Approved before the original due date: 400 by 06-20 and 600 by 07-21.
        var plan = new PaymentSchedule(Fine, Due, D(2025, 5, 20), [new(D(2025, 6, 20), 400_00), new(D(2025, 7, 21), 600_00)]);

        Assert.Equal(0, At(D(2025, 6, 20), plan).AmountFen);
        Assert.Equal(0, At(D(2025, 7, 21), plan, [Paid(D(2025, 6, 20), 400_00)]).AmountFen);
        // The first instalment paid on time, the second two days late: 2 × 3 % × 600.
        Assert.Equal(2 * 18_00, At(D(2025, 7, 23), plan, [Paid(D(2025, 6, 20), 400_00)]).AmountFen);
        // Nothing paid: 400 late from 06-21, then 1 000 from 07-22.
        Assert.Equal(31 * 12_00 + 2 * 30_00, At(D(2025, 7, 23), plan).AmountFen);
    }

    [Fact]
    public void APlanApprovedAfterTheDueDate_KeepsTheSurchargeAlreadyRun()
    {
        // Due 05-22, deferred on 05-25 to 06-30: days 05-23..05-25 count on the whole fine, then nothing until 06-30.
        var deferred = new PaymentSchedule(Fine, Due, D(2025, 5, 25), [new(D(2025, 6, 30), Fine)]);

        Assert.Equal(3 * 30_00, At(D(2025, 6, 30), deferred).AmountFen);
        Assert.Equal(4 * 30_00, At(D(2025, 7, 1), deferred).AmountFen);
    }

    [Fact]
    public void FractionsOfAFen_AreRoundedOnceAtTheEnd()
    {
        // 333.33 yuan × 3 % = 9.9999 yuan a day.
        var odd = new PaymentSchedule(333_33, Due, null, []);

        Assert.Equal(10_00, At(Due.AddDays(1), odd).AmountFen);
        Assert.Equal(30_00, At(Due.AddDays(3), odd).AmountFen);
    }

    [Fact]
    public void TheTrace_StatesTheRateAndItsArticle_EachRun_AndTheTotal()
    {
        var result = At(Due.AddDays(2));

        Assert.Equal(
        [
            "罚款 1000.00 元，缴纳期限至 2025-05-22（《行政处罚法》第六十七条第三款）",
            "到期不缴纳的，每日按未缴罚款的 3% 加处罚款（《行政处罚法》第七十二条第一款第（一）项）",
            "2025-05-23 至 2025-05-24，2 日 × 未缴罚款 1000.00 元 × 3% = 60.00 元",
            "截至 2025-05-24，加处罚款合计 60.00 元",
        ], result.Trace);
    }
}
