using Enforcement.Domain.Calendar;
using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>The paragraphs every decision shares: payment (APL Arts 67, 72) and the remedy route and time limits (RULES §1.3 row 17).</summary>
internal static class Remedies
{
    /// <summary>APL Art 72 ¶1(1), as every document that warns of it words it.</summary>
    public const string Surcharge = "到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额";

    /// <summary>Pay within the payment period of receipt (APL Art 67), at the designated bank or electronically; then the surcharge.</summary>
    public static DocumentBuilder Payment(this DocumentBuilder builder, string you) => builder
        .Para($"{you}应当自收到本决定书之日起{TemplateText.Period(StatutoryPeriods.Payment)}内，到{DocumentBuilder.Blank}（指定银行）缴纳罚款，或者通过电子支付系统缴纳（《中华人民共和国行政处罚法》第六十七条）。" +
              $"{Surcharge}（第七十二条）。");

    /// <summary>60 days to apply for reconsideration (行政复议法 Art 20), 6 months to sue (行政诉讼法 Art 46); enforcement not suspended (APL Art 73).</summary>
    /// <param name="imposesDuties">False for a decision not to penalise: nothing to enforce, so no word on suspension.</param>
    public static DocumentBuilder Remedy(this DocumentBuilder builder, string you, bool imposesDuties = true) => builder
        .Para($"{you}如不服本决定，可以自收到本决定书之日起{TemplateText.Period(StatutoryPeriods.ReconsiderationRequest)}内依法向{DocumentBuilder.Blank}申请行政复议（《中华人民共和国行政复议法》第二十条），" +
              $"或者自收到本决定书之日起{TemplateText.Period(StatutoryPeriods.Litigation)}内依法向{DocumentBuilder.Blank}人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。" +
              (imposesDuties ? "行政复议或者行政诉讼期间，本决定不停止执行，法律另有规定的除外（《中华人民共和国行政处罚法》第七十三条）。" : ""));
}
