using System.Text.RegularExpressions;
using Enforcement.Domain.Audit;

namespace Enforcement.Domain.Tests.Audit;

public sealed partial class AuditChainTests
{
    private static readonly DateTime Start = new(2025, 6, 10, 1, 2, 3, DateTimeKind.Utc);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex LowerHex64();

    private static AuditEntry Entry(int n) => new()
    {
        OccurredAtUtc = Start.AddMinutes(n).AddTicks(n * 13),
        UserId = $"u-{n}",
        UserName = $"执法员{n}",
        AgencyId = 100 + n,
        Action = n % 2 == 0 ? "update" : "create",
        EntityType = "Officer",
        EntityId = n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Summary = $"修改证件 {n}：身份证号 110***********002X",
        ClientAddress = $"10.0.0.{n}",
        PreviousHash = "",
        Hash = "",
    };

    /// <summary>Links entries as the recorder does: each one after the previous, starting at the genesis hash.</summary>
    private static List<AuditEntry> Chain(IEnumerable<AuditEntry> entries)
    {
        var chain = new List<AuditEntry>();
        foreach (var e in entries)
        {
            var previous = chain.Count == 0 ? null : chain[^1];
            AuditChain.Link(e, previous?.Sequence ?? 0, previous?.Hash ?? AuditChain.GenesisHash);
            chain.Add(e);
        }
        return chain;
    }

    private static List<AuditEntry> Chain(int count) => Chain(Enumerable.Range(1, count).Select(Entry));

    private static void Tamper(AuditEntry e, string field)
    {
        switch (field)
        {
            case "Summary": e.Summary += "。"; break;
            case "UserId": e.UserId = "u-intruder"; break;
            case "UserName": e.UserName = "李四"; break;
            case "Action": e.Action = "delete"; break;
            case "EntityType": e.EntityType = "Certificate"; break;
            case "EntityId": e.EntityId = "999"; break;
            case "AgencyId": e.AgencyId = null; break;
            case "ClientAddress": e.ClientAddress = "192.168.1.1"; break;
            case "OccurredAtUtc": e.OccurredAtUtc = e.OccurredAtUtc.AddSeconds(-1); break;
            case "Hash": e.Hash = AuditChain.GenesisHash; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }

    [Fact]
    public void Link_FirstEntry_FollowsTheGenesisHash()
    {
        var first = Chain(1)[0];

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditChain.GenesisHash, first.PreviousHash);
        Assert.Equal(AuditChain.ComputeHash(first), first.Hash);
    }

    [Fact]
    public void Link_EachEntry_PointsAtThePreviousHash()
    {
        var chain = Chain(5);

        Assert.Equal([1L, 2, 3, 4, 5], chain.Select(e => e.Sequence));
        for (var i = 1; i < chain.Count; i++) Assert.Equal(chain[i - 1].Hash, chain[i].PreviousHash);
        Assert.Equal(5, chain.Select(e => e.Hash).Distinct().Count());
    }

    [Fact]
    public void Verify_LinkedChain_IsIntact()
    {
        var result = AuditChain.Verify(Chain(8));

        Assert.True(result.Intact, result.Reason);
        Assert.Equal(8, result.CheckedEntries);
        Assert.Null(result.FirstBrokenSequence);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void Verify_EmptyChain_IsIntactWithNothingChecked()
    {
        var result = AuditChain.Verify([]);

        Assert.True(result.Intact);
        Assert.Equal(0, result.CheckedEntries);
        Assert.Null(result.FirstBrokenSequence);
    }

    [Theory]
    [InlineData("Summary")]
    [InlineData("UserId")]
    [InlineData("UserName")]
    [InlineData("Action")]
    [InlineData("EntityType")]
    [InlineData("EntityId")]
    [InlineData("AgencyId")]
    [InlineData("ClientAddress")]
    [InlineData("OccurredAtUtc")]
    [InlineData("Hash")]
    public void Verify_AnyFieldOfAnyEntryChanged_ReportsThatEntry(string field)
    {
        const int count = 5;
        for (var tampered = 1; tampered <= count; tampered++)
        {
            var chain = Chain(count);
            Tamper(chain[tampered - 1], field);

            var result = AuditChain.Verify(chain);

            Assert.False(result.Intact, $"{field} of entry {tampered}");
            Assert.Equal(tampered, result.FirstBrokenSequence);
            Assert.Equal(tampered - 1, result.CheckedEntries);
            Assert.Contains($"第 {tampered} 条", result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Verify_ChangedEntryWithRecomputedHash_IsCaughtAtTheNextEntry()
    {
        // Someone who rewrites a row and its own hash still cannot fix the link the next row holds.
        var chain = Chain(5);
        chain[2].Summary = "无修改";
        chain[2].Hash = AuditChain.ComputeHash(chain[2]);

        var result = AuditChain.Verify(chain);

        Assert.False(result.Intact);
        Assert.Equal(4, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_MiddleEntryDeleted_ReportsTheMissingSequence()
    {
        var chain = Chain(6);
        chain.RemoveAt(2); // sequence 3

        var result = AuditChain.Verify(chain);

        Assert.False(result.Intact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(2, result.CheckedEntries);
        Assert.Contains("删除", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FirstEntryDeleted_ReportsSequenceOne()
    {
        var chain = Chain(3);
        chain.RemoveAt(0);

        Assert.Equal(1, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void Verify_TwoEntriesSwapped_IsDetectedAtTheFirstSwappedPosition()
    {
        var chain = Chain(5);
        (chain[1], chain[3]) = (chain[3], chain[1]);

        var result = AuditChain.Verify(chain);

        Assert.False(result.Intact);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_TwoEntriesSwappedAndRenumbered_IsDetected()
    {
        var chain = Chain(5);
        (chain[1], chain[3]) = (chain[3], chain[1]);
        chain[1].Sequence = 2;
        chain[3].Sequence = 4;

        var result = AuditChain.Verify(chain);

        Assert.False(result.Intact);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_PreviousHashReplaced_IsDetectedAtThatEntry()
    {
        var chain = Chain(5);
        chain[3].PreviousHash = chain[1].Hash;

        var result = AuditChain.Verify(chain);

        Assert.False(result.Intact);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Contains("前序哈希", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_PreviousHashReplacedAndEntryRehashed_IsStillDetected()
    {
        var chain = Chain(5);
        chain[3].PreviousHash = new string('f', 64);
        chain[3].Hash = AuditChain.ComputeHash(chain[3]);

        Assert.Equal(4, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void ComputeHash_Is64LowerCaseHexCharacters()
    {
        foreach (var e in Chain(10))
        {
            Assert.Matches(LowerHex64(), e.Hash);
        }
        Assert.Matches(LowerHex64(), AuditChain.GenesisHash);
    }

    [Fact]
    public void ComputeHash_IsDeterministic()
    {
        var a = Entry(1);
        var b = Entry(1);
        a.PreviousHash = b.PreviousHash = AuditChain.GenesisHash;

        Assert.Equal(AuditChain.ComputeHash(a), AuditChain.ComputeHash(b));
    }

    [Fact]
    public void ComputeHash_FieldBoundaryShifted_GivesADifferentHash()
    {
        // UserId and UserName are hashed next to each other, so plain concatenation would make these equal.
        var a = Entry(1);
        a.UserId = "ab";
        a.UserName = "c";
        var b = Entry(1);
        b.UserId = "a";
        b.UserName = "bc";

        Assert.NotEqual(AuditChain.ComputeHash(a), AuditChain.ComputeHash(b));
    }

    [Theory]
    [InlineData("a|b", "c", "a", "b|c")]
    [InlineData("a:b", "c", "a", "b:c")]
    [InlineData("1:a", "", "", "1:a")]
    public void ComputeHash_BoundaryBetweenAdjacentFieldsShiftedOverSeparators_GivesADifferentHash(string first1, string second1, string first2, string second2)
    {
        // UserId and UserName, EntityId and Summary are hashed next to each other: nothing but the length prefix
        // keeps "a|b" + "c" apart from "a" + "b|c" under a separator-joined encoding.
        var a = Entry(1);
        (a.UserId, a.UserName, a.EntityId, a.Summary) = (first1, second1, first1, second1);
        var b = Entry(1);
        (b.UserId, b.UserName, b.EntityId, b.Summary) = (first2, second2, first2, second2);
        var onlyUsers = Entry(1);
        (onlyUsers.UserId, onlyUsers.UserName) = (first2, second2);
        (onlyUsers.EntityId, onlyUsers.Summary) = (first1, second1);

        Assert.NotEqual(AuditChain.ComputeHash(a), AuditChain.ComputeHash(b));
        Assert.NotEqual(AuditChain.ComputeHash(a), AuditChain.ComputeHash(onlyUsers));
    }

    [Fact]
    public void ComputeHash_FieldBoundaryShiftedAcrossALengthLikePrefix_GivesADifferentHash()
    {
        // Without length prefixes "1:x" + "" and "" + "1:x" style shifts could collide.
        var a = Entry(1);
        a.EntityId = "3:abc";
        a.Summary = "";
        var b = Entry(1);
        b.EntityId = "";
        b.Summary = "3:abc";

        Assert.NotEqual(AuditChain.ComputeHash(a), AuditChain.ComputeHash(b));
    }

    [Fact]
    public void ComputeHash_NullAndEmpty_AreDifferent()
    {
        var a = Entry(1);
        a.EntityId = null;
        var b = Entry(1);
        b.EntityId = "";

        Assert.NotEqual(AuditChain.ComputeHash(a), AuditChain.ComputeHash(b));
    }

    [Fact]
    public void Normalise_TruncatesToWholeMicroseconds()
    {
        var precise = new DateTime(638_850_000_001_234_567, DateTimeKind.Utc);

        var normalised = AuditChain.Normalise(precise);

        Assert.Equal(638_850_000_001_234_560, normalised.Ticks);
        Assert.Equal(DateTimeKind.Utc, normalised.Kind);
        Assert.Equal(normalised, AuditChain.Normalise(normalised));
    }

    [Fact]
    public void Normalise_NeverRoundsUp()
    {
        var precise = new DateTime(638_850_000_001_234_569, DateTimeKind.Utc);

        Assert.Equal(638_850_000_001_234_560, AuditChain.Normalise(precise).Ticks);
    }

    [Fact]
    public void Link_StoresTheTimestampAtMicrosecondPrecision()
    {
        var e = Entry(1);
        e.OccurredAtUtc = new DateTime(638_850_000_001_234_567, DateTimeKind.Utc);

        AuditChain.Link(e, 0, AuditChain.GenesisHash);

        Assert.Equal(638_850_000_001_234_560, e.OccurredAtUtc.Ticks);
    }

    [Fact]
    public void ComputeHash_UnchangedAfterRoundTripThroughMicrosecondPrecision()
    {
        var e = Entry(1);
        e.OccurredAtUtc = new DateTime(638_850_000_001_234_567, DateTimeKind.Utc);
        e.PreviousHash = AuditChain.GenesisHash;
        var before = AuditChain.ComputeHash(e);

        // What PostgreSQL hands back: microseconds kept, the 100 ns remainder dropped; SQLite may lose the kind.
        e.OccurredAtUtc = new DateTime(e.OccurredAtUtc.Ticks / 10 * 10, DateTimeKind.Unspecified);

        Assert.Equal(before, AuditChain.ComputeHash(e));
    }

    [Fact]
    public void Verify_ChainReloadedAtMicrosecondPrecision_IsIntact()
    {
        var chain = Chain(4);
        foreach (var e in chain) e.OccurredAtUtc = new DateTime(e.OccurredAtUtc.Ticks / 10 * 10, DateTimeKind.Utc);

        Assert.True(AuditChain.Verify(chain).Intact);
    }
}
