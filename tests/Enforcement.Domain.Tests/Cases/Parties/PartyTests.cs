using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Parties;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Tests.Cases.Parties;

public sealed class PartyTests
{
    private const string IdNumber = "440524188001010014";
    private const string Code = "91350100M000100Y43";
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static Party.Input Person(string? id = IdNumber) => new(PartyKind.NaturalPerson, "张三", id, null, null, "青海省共和县", "13812345678");

    [Fact]
    public void NaturalPerson_WithValidIdNumber_IsCanonicalAndKeyedByIt()
    {
        var party = Party.Create(1, Person(" 44052418800101001４ "), Today);
        Assert.True(party.IsOk);
        Assert.Equal(IdNumber, party.Value!.IdNumber);
        Assert.Equal(IdNumber, party.Value.PartyKey);
        Assert.Null(party.Value.CreditCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("440524188001010015")]
    [InlineData("44052418800101001")]
    public void NaturalPerson_WithoutValidIdNumber_IsRefusedOnIdNumber(string? id)
    {
        var party = Party.Create(1, Person(id), Today);
        Assert.False(party.IsOk);
        Assert.Equal("idNumber", party.Refusal!.Field);
    }

    [Fact]
    public void Organisation_NeedsValidCreditCode_AndLegalRepresentative()
    {
        var badCode = Party.Create(1, new(PartyKind.Organisation, "某运输公司", null, "91350100M000100Y44", "李四", "西宁", null), Today);
        Assert.Equal("creditCode", badCode.Refusal!.Field);
        var noRepresentative = Party.Create(1, new(PartyKind.Organisation, "某运输公司", null, Code, " ", "西宁", null), Today);
        Assert.Equal("legalRepresentative", noRepresentative.Refusal!.Field);
        var ok = Party.Create(1, new(PartyKind.Organisation, "某运输公司", IdNumber, Code.ToLowerInvariant(), "李四", "西宁", null), Today);
        Assert.Equal(Code, ok.Value!.PartyKey);
        Assert.Null(ok.Value.IdNumber);
    }

    [Fact]
    public void IndividualBusiness_TakesCreditCodeOrOperatorIdNumber_KeyedByTheCodeFirst()
    {
        var neither = Party.Create(1, new(PartyKind.IndividualBusiness, "某商店", null, null, null, "西宁", null), Today);
        Assert.Equal("creditCode", neither.Refusal!.Field);
        Assert.Equal(IdNumber, Party.Create(1, new(PartyKind.IndividualBusiness, "某商店", IdNumber, null, null, "西宁", null), Today).Value!.PartyKey);
        Assert.Equal(Code, Party.Create(1, new(PartyKind.IndividualBusiness, "某商店", IdNumber, Code, null, "西宁", null), Today).Value!.PartyKey);
        Assert.Equal("idNumber", Party.Create(1, new(PartyKind.IndividualBusiness, "某商店", "123", Code, null, "西宁", null), Today).Refusal!.Field);
    }

    [Fact]
    public void NameAndAddress_AreRequired()
    {
        Assert.Equal("name", Party.Create(1, Person() with { Name = " " }, Today).Refusal!.Field);
        Assert.Equal("address", Party.Create(1, Person() with { Address = null }, Today).Refusal!.Field);
        Assert.Equal("kind", Party.Create(1, Person() with { Kind = null }, Today).Refusal!.Field);
    }

    [Fact]
    public void Vehicle_ParsesPlateAndColour()
    {
        var vehicle = Vehicle.Create(1, null, "青A·12345", "蓝", "重型货车");
        Assert.Equal("青A12345", vehicle.Value!.Plate);
        Assert.Equal(PlateColour.Blue, vehicle.Value.PlateColour);
        Assert.Equal("plateColour", Vehicle.Create(1, null, "青A12345", "绿", null).Refusal!.Field);
        Assert.Equal("plate", Vehicle.Create(1, null, "A12345", "蓝", null).Refusal!.Field);
    }

    [Fact]
    public void Repeats_CountOnlyDecisionsForTheItemInThe12MonthsBefore_ExceptTheCaseItself()
    {
        var on = new DateOnly(2026, 6, 1);
        RepeatOffences.PastCase[] past =
        [
            new(1, "A", CaseStatus.Decided, on.AddMonths(-3)),
            new(2, "A", CaseStatus.Served, on.AddMonths(-13)),
            new(3, "A", CaseStatus.NoPenaltyDecided, on.AddMonths(-1)),
            new(4, "B", CaseStatus.Decided, on.AddMonths(-1)),
            new(5, "A", CaseStatus.Investigating, null),
            new(6, "A", CaseStatus.Closed, on.AddMonths(-12)),
        ];
        Assert.Equal(2, RepeatOffences.In12Months(past, "A", on));
        Assert.Equal(1, RepeatOffences.In12Months(past, "A", on, exceptCaseId: 1));
        Assert.Equal(2, RepeatOffences.In12Months(past, "A", on.AddMonths(-4)));
        // A decision on the day of the act itself is not before it.
        Assert.Equal(0, RepeatOffences.In12Months(past, "A", on.AddMonths(-13)));
    }
}
