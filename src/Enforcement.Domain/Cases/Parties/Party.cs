using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Cases.Parties;

/// <summary>
/// 当事人: a person or organisation a case is brought against, kept once per agency so that the same party's cases
/// can be found across cases (repeat offences feed the discretion predicates). Create through <see cref="Create"/>,
/// which is the only place the identifier rules live.
/// </summary>
public sealed class Party
{
    public int Id { get; set; }

    /// <summary>The agency that recorded the party: its data scope decides who sees the party.</summary>
    public int AgencyId { get; set; }

    public PartyKind Kind { get; set; }
    public required string Name { get; set; }

    /// <summary>Canonical 公民身份号码 of a natural person or of a 个体工商户's operator; personal data, masked in every view.</summary>
    public string? IdNumber { get; set; }

    /// <summary>Canonical 统一社会信用代码 of an organisation or 个体工商户.</summary>
    public string? CreditCode { get; set; }

    /// <summary>法定代表人 (or 负责人) of an organisation.</summary>
    public string? LegalRepresentative { get; set; }

    public required string Address { get; set; }

    /// <summary>Personal data, masked in every view.</summary>
    public string? Phone { get; set; }

    public int Version { get; set; }

    /// <summary>
    /// The identifier that finds the same party across cases: the credit code when there is one (it names the
    /// business itself), else the ID number.
    /// </summary>
    public string PartyKey => CreditCode ?? IdNumber ?? throw new InvalidOperationException("A party always has an identifier.");

    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 300;
    public const int PhoneMaxLength = 32;

    /// <summary>The party as typed; identifiers are parsed here, not by the caller.</summary>
    public sealed record Input(PartyKind? Kind, string? Name, string? IdNumber, string? CreditCode, string? LegalRepresentative,
        string? Address, string? Phone);

    /// <summary>
    /// Validates and builds a party. A natural person needs a valid ID number; an organisation a valid credit code
    /// and its legal representative; a 个体工商户 may be registered with a credit code or, if it has none yet, by its
    /// operator's ID number. Identifiers the kind does not use are dropped rather than stored unchecked.
    /// </summary>
    /// <param name="today">From the caller's clock (an ID number's birth date cannot be in the future).</param>
    public static Result<Party> Create(int agencyId, Input input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) return Required("kind", "当事人类型");
        var name = Clean(input.Name);
        if (name is null) return Required("name", "当事人名称");
        if (name.Length > NameMaxLength) return TooLong("name", "当事人名称", NameMaxLength);
        var address = Clean(input.Address);
        if (address is null) return Required("address", "住所（地址）");
        if (address.Length > AddressMaxLength) return TooLong("address", "住所（地址）", AddressMaxLength);
        var phone = Clean(input.Phone);
        if (phone is not null && phone.Length > PhoneMaxLength) return TooLong("phone", "联系电话", PhoneMaxLength);
        var representative = Clean(input.LegalRepresentative);
        if (representative is not null && representative.Length > NameMaxLength) return TooLong("legalRepresentative", "法定代表人", NameMaxLength);

        string? idNumber = null;
        string? creditCode = null;
        switch (kind)
        {
            case PartyKind.NaturalPerson:
                var id = ResidentIdNumber.TryParse(input.IdNumber, today);
                if (!id.IsOk) return id.Refusal!.For("idNumber");
                idNumber = id.Value!.Value;
                representative = null;
                break;
            case PartyKind.Organisation:
                var code = Identifiers.CreditCode.TryParse(input.CreditCode);
                if (!code.IsOk) return code.Refusal!.For("creditCode");
                if (representative is null) return Required("legalRepresentative", "法定代表人");
                creditCode = code.Value!.Value;
                break;
            case PartyKind.IndividualBusiness:
                var hasCode = Clean(input.CreditCode) is not null;
                var hasId = Clean(input.IdNumber) is not null;
                if (!hasCode && !hasId)
                {
                    return new Refusal("party.identifier", "creditCode", "个体工商户须填写统一社会信用代码或经营者公民身份号码");
                }
                if (hasCode)
                {
                    var businessCode = Identifiers.CreditCode.TryParse(input.CreditCode);
                    if (!businessCode.IsOk) return businessCode.Refusal!.For("creditCode");
                    creditCode = businessCode.Value!.Value;
                }
                if (hasId)
                {
                    var operatorId = ResidentIdNumber.TryParse(input.IdNumber, today);
                    if (!operatorId.IsOk) return operatorId.Refusal!.For("idNumber");
                    idNumber = operatorId.Value!.Value;
                }
                break;
        }

        return new Party
        {
            AgencyId = agencyId, Kind = kind, Name = name, IdNumber = idNumber, CreditCode = creditCode,
            LegalRepresentative = representative, Address = address, Phone = phone,
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Refusal Required(string field, string label) => new("required", field, $"{label}不能为空");

    private static Refusal TooLong(string field, string label, int max) => new("too-long", field, $"{label}不能超过{max}个字符");
}
