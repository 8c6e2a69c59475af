using Enforcement.Data.Files;
using Enforcement.Domain.Common;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Documents;

/// <summary>
/// Generated documents in the platform's content store, folder <c>documents</c>: same naming, atomic write and
/// re-hash on every read as evidence. Documents are small, so they are handled as byte arrays.
/// </summary>
internal sealed class DocumentStore(PlatformPaths paths)
{
    private readonly ContentStore _files = ContentStore.Under(paths.DataDirectory, "documents");

    /// <summary>Stores the content and returns its SHA-256; storing the same content twice keeps one file.</summary>
    public async Task<string> SaveAsync(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream(content, writable: false);
        return (await _files.SaveAsync(stream)).Sha256;
    }

    /// <summary>The content, if the file is there and still hashes to its name; otherwise a 409 saying which.</summary>
    public async Task<Result<byte[]>> ReadVerifiedAsync(string sha256)
    {
        var read = await _files.OpenVerifiedAsync(sha256);
        Refusal? refused = read.State switch
        {
            StoredFileState.Missing => new Refusal("document.missing", null, "文书文件缺失，无法提供（存储目录中找不到该文件）", RefusalKind.Conflict),
            StoredFileState.Altered => new Refusal("document.tampered", null, "文书文件的 SHA-256 与制作时登记的不一致，文件可能已被改动，拒绝提供", RefusalKind.Conflict),
            StoredFileState.Intact => null,
        };
        if (refused is not null) return refused;
        await using var content = read.Content!;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
