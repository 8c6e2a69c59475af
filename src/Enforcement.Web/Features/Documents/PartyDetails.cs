using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Parties;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Web.Features.Documents.Templates;

namespace Enforcement.Web.Features.Documents;

/// <summary>
/// The linked party (and vehicle) as one document names them. Whether the ID number or credit code and the phone are
/// written in full is the document's rule (<see cref="Domain.Cases.Documents.DocumentRule"/>): in full only where the
/// document goes to the party or its form asks for the contact; masked elsewhere, as every other view of personal data.
/// </summary>
internal sealed record PartyDetails(
    string Name,
    PartyKind Kind,
    string IdentifierLabel,
    string Identifier,
    string? LegalRepresentative,
    string Address,
    string? Phone,
    string? Vehicle)
{
    public string KindName => TemplateText.Party(Kind);

    public static PartyDetails From(Party party, Vehicle? vehicle, bool fullIdentifier, bool fullPhone)
    {
        ArgumentNullException.ThrowIfNull(party);
        // A 个体工商户 registered without a credit code is identified by its operator's ID number.
        var (label, identifier) = party.CreditCode is { } code
            ? ("统一社会信用代码", fullIdentifier ? code : Masking.CreditCode(code))
            : (party.Kind == PartyKind.IndividualBusiness ? "经营者公民身份号码" : "公民身份号码",
               fullIdentifier ? party.IdNumber! : Masking.IdNumber(party.IdNumber!));
        return new PartyDetails(party.Name, party.Kind, label, identifier, party.LegalRepresentative, party.Address,
            party.Phone is null ? null : fullPhone ? party.Phone : Masking.Phone(party.Phone),
            vehicle is null ? null : $"{vehicle.Plate}（{vehicle.PlateColour.ToChineseName()}）{(vehicle.VehicleType is { } type ? " " + type : "")}");
    }
}
