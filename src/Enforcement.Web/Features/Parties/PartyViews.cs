using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Parties;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Web.Features.Parties;

/// <summary>A party as every view shows it: ID number and phone masked (personal data); the credit code is public by law.</summary>
public sealed record PartyView(int Id, int AgencyId, PartyKind Kind, string KindName, string Name, string? IdNumber, string? CreditCode,
    string? LegalRepresentative, string Address, string? Phone, int Version)
{
    public static PartyView From(Party p) => new(p.Id, p.AgencyId, p.Kind, NameOf(p.Kind), p.Name,
        p.IdNumber is null ? null : Masking.IdNumber(p.IdNumber), p.CreditCode, p.LegalRepresentative, p.Address,
        p.Phone is null ? null : Masking.Phone(p.Phone), p.Version);

    private static string NameOf(PartyKind kind) => kind switch
    {
        PartyKind.NaturalPerson => "自然人",
        PartyKind.Organisation => "法人或其他组织",
        PartyKind.IndividualBusiness => "个体工商户",
        _ => kind.ToString(),
    };
}

public sealed record VehicleView(int Id, int AgencyId, int? PartyId, string Plate, PlateColour PlateColour, string PlateColourName, string? VehicleType, int Version)
{
    public static VehicleView From(Vehicle v) =>
        new(v.Id, v.AgencyId, v.PartyId, v.Plate, v.PlateColour, v.PlateColour.ToChineseName(), v.VehicleType, v.Version);
}

/// <summary>One of the party's cases in its history (the fine in fen, as on the case).</summary>
internal sealed record PartyCaseView(int Id, string? Number, string Title, string ItemCode, CaseStatus Status, string StatusName,
    DateOnly ViolationOn, DateOnly? DecidedOn, long? DecidedFineFen);

/// <summary>What the discretion calculator needs: whether this is a first offence, and how many repeats.</summary>
public sealed record RepeatView(bool FirstOffence, int RepeatsIn12Months);

internal sealed record PartyHistoryView(PartyView Party, IReadOnlyList<PartyCaseView> Cases, RepeatView? Repeats);

internal sealed record CaseLinkView(int CaseId, int? PartyId, int? VehicleId, PartyKind PartyKind, int Version);

/// <summary>The party page: the party, its cases in the caller's scope, and its vehicles.</summary>
internal sealed record PartyPageView(PartyView Party, IReadOnlyList<PartyCaseView> Cases, IReadOnlyList<VehicleView> Vehicles);

/// <summary>
/// The case page's party section. <paramref name="Repeats"/>: the linked party's record for the case's item, which the
/// notice step uses for first offence and repeats. <paramref name="CanChange"/>: the party may still be changed (before a decision).
/// </summary>
public sealed record CasePartyView(int CaseId, PartyView? Party, VehicleView? Vehicle, IReadOnlyList<VehicleView> PartyVehicles, RepeatView? Repeats,
    bool CanChange, string? Search, IReadOnlyList<PartyView> Found);
