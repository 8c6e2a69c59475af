namespace Enforcement.Domain.Evidence;

public enum CustodyEventKind
{
    /// <summary>上传 (the file entered the platform; its hash was taken here).</summary>
    Uploaded = 1,
    /// <summary>查看</summary>
    Viewed = 2,
    /// <summary>下载 (the bytes left the platform, verified against the hash).</summary>
    Downloaded = 3,
    /// <summary>导出 (as part of a case file or a transfer).</summary>
    Exported = 4,
    /// <summary>完整性校验失败: the stored bytes no longer match the hash taken at upload.</summary>
    IntegrityFailed = 5,
}

/// <summary>
/// One link of the chain of custody (证据保管链): who touched the evidence, when, from where. Append-only by design:
/// nothing in the platform updates or deletes one, and the database refuses it too (Data/Evidence/CustodyTableGuard).
/// </summary>
public sealed class CustodyEvent
{
    public long Id { get; set; }
    public int EvidenceId { get; set; }

    /// <summary>For the data-scope filter, which reaches the agency through the evidence.</summary>
    public EvidenceItem? Evidence { get; set; }

    public CustodyEventKind Kind { get; set; }
    public required string ByUserName { get; set; }
    public DateTime AtUtc { get; set; }
    public string? ClientAddress { get; set; }
    public string? Note { get; set; }

    public static string Name(CustodyEventKind kind) => kind switch
    {
        CustodyEventKind.Uploaded => "上传",
        CustodyEventKind.Viewed => "查看",
        CustodyEventKind.Downloaded => "下载",
        CustodyEventKind.Exported => "导出",
        CustodyEventKind.IntegrityFailed => "完整性校验失败",
    };
}
