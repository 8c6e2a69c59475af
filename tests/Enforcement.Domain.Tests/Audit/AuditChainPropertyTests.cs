using CsCheck;
using Enforcement.Domain.Audit;

namespace Enforcement.Domain.Tests.Audit;

public sealed class AuditChainPropertyTests
{
    /// <summary>Text with Chinese, digits and the characters a naive separator-joined hash would trip on.</summary>
    private static readonly Gen<string> Text =
        Gen.Char["ab1:|-; 0中文执法路政，。\n"].Array[0, 12].Select(chars => new string(chars));

    private static readonly Gen<string> LongText =
        Gen.Char["ab1:|-; 0中文执法路政，。\n"].Array[0, 80].Select(chars => new string(chars));

    private static readonly Gen<string?> OptionalText =
        Gen.Select(Gen.Int[0, 4], Text, (roll, text) => roll == 0 ? null : text);

    private static readonly Gen<AuditEntry> Entry =
        Gen.Select(
            Gen.DateTime[new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)],
            OptionalText, OptionalText, Gen.Select(Gen.Int[0, 4], Gen.Int[1, 5000], (roll, id) => roll == 0 ? (int?)null : id),
            Text, Text, OptionalText, LongText, OptionalText,
            (at, userId, userName, agencyId, action, entityType, entityId, summary, clientAddress) => new AuditEntry
            {
                OccurredAtUtc = DateTime.SpecifyKind(at, DateTimeKind.Utc),
                UserId = userId,
                UserName = userName,
                AgencyId = agencyId,
                Action = action,
                EntityType = entityType,
                EntityId = entityId,
                Summary = summary,
                ClientAddress = clientAddress,
                PreviousHash = "",
                Hash = "",
            });

    /// <summary>A linked chain of 1..30 entries.</summary>
    private static readonly Gen<List<AuditEntry>> Chain =
        Entry.Array[1, 30].Select(entries =>
        {
            var previousHash = AuditChain.GenesisHash;
            for (var i = 0; i < entries.Length; i++)
            {
                AuditChain.Link(entries[i], i, previousHash);
                previousHash = entries[i].Hash;
            }
            return entries.ToList();
        });

    [Fact]
    public void Verify_AnyLinkedChain_IsIntact()
    {
        Chain.Sample(chain =>
        {
            var result = AuditChain.Verify(chain);
            return result.Intact && result.CheckedEntries == chain.Count;
        });
    }

    [Fact]
    public void Verify_SummaryOfARandomEntryAltered_IsReportedAtThatEntry()
    {
        Gen.Select(Chain, Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Char["x:|中"]).Sample((chain, pick, at, inserted) =>
        {
            var index = pick % chain.Count;
            var victim = chain[index];
            // Insert one character anywhere: always a different summary.
            victim.Summary = victim.Summary.Insert(at % (victim.Summary.Length + 1), inserted.ToString());

            var result = AuditChain.Verify(chain);
            return !result.Intact && result.FirstBrokenSequence == victim.Sequence && result.CheckedEntries == index;
        });
    }

    [Fact]
    public void ComputeHash_ShiftingTheBoundaryBetweenTwoFields_AlwaysChangesTheHash()
    {
        // The same characters split differently between two fields hashed side by side (EntityId, Summary) must
        // never hash alike, however many separator-like characters the text holds.
        var separatorHeavy = Gen.Char["a|:1-"].Array[0, 10].Select(chars => new string(chars));
        Gen.Select(separatorHeavy, Gen.Int[0, 10], Gen.Int[0, 10]).Sample((text, i, j) =>
        {
            i = Math.Min(i, text.Length);
            j = Math.Min(j, text.Length);
            if (i == j) return true;
            return AuditChain.ComputeHash(Split(text, i)) != AuditChain.ComputeHash(Split(text, j));
        });
    }

    private static AuditEntry Split(string text, int at) => new()
    {
        Sequence = 1,
        OccurredAtUtc = new DateTime(2025, 6, 10, 0, 0, 0, DateTimeKind.Utc),
        Action = "update",
        EntityType = "Officer",
        EntityId = text[..at],
        Summary = text[at..],
        PreviousHash = AuditChain.GenesisHash,
        Hash = "",
    };
}
