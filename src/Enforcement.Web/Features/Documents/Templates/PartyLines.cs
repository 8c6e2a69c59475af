using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>
/// The party's lines every document writes the same way: name, kind, identifier, legal representative, address,
/// phone where the form has it, and the vehicle where the case concerns one. Without a linked party (records that
/// allow it) the lines are left blank to be filled in by hand.
/// </summary>
internal static class PartyLines
{
    public static DocumentBuilder PartyLinesOf(this DocumentBuilder builder, DocumentData d, bool phone = false, bool vehicle = true, bool kind = true)
    {
        ArgumentNullException.ThrowIfNull(d);
        var p = d.Party;
        builder.Field("当事人（姓名或名称）", p?.Name);
        if (kind) builder.Field("当事人类型", p?.KindName ?? TemplateText.Party(d.Case.PartyKind));
        builder.Field(p?.IdentifierLabel ?? "身份证件号码或统一社会信用代码", p?.Identifier);
        if (p?.LegalRepresentative is { } representative) builder.Field("法定代表人（负责人）", representative);
        builder.Field("住址（住所）", p?.Address);
        if (phone) builder.Field("联系电话", p?.Phone);
        if (vehicle && p?.Vehicle is { } plate) builder.Field("车辆号牌", plate);
        return builder;
    }

    /// <summary>The party's name for running text, or a blank.</summary>
    public static string PartyName(this DocumentData d) => d.Party?.Name ?? DocumentBuilder.Blank;
}
