using System.Security.Cryptography;
using Enforcement.Domain.Common;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Documents;

/// <summary>
/// Generated files, content-addressed: <c>&lt;DataDirectory&gt;/documents/ab/cd/&lt;sha256&gt;</c>. A file is written
/// to a temporary name and renamed into place, so a reader never sees half a file; every read re-hashes the file
/// and refuses one whose content no longer matches its name.
/// </summary>
internal sealed class DocumentStore(PlatformPaths paths)
{
    private string Root => Path.Combine(paths.DataDirectory, "documents");

    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower)) throw new ArgumentException("not a lower-case SHA-256", nameof(sha256));
        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }

    /// <summary>Stores the content and returns its SHA-256; storing the same content twice keeps one file.</summary>
    public async Task<string> SaveAsync(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sha = Hash(content);
        var target = PathOf(sha);
        if (File.Exists(target) && Hash(await File.ReadAllBytesAsync(target)) == sha) return sha;

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content);
                file.Flush(flushToDisk: true);
            }
            // rename(2): atomic on one file system; replaces a damaged file of the same name.
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        return sha;
    }

    /// <summary>The content, if the file is there and still hashes to its name; otherwise a 409 saying which.</summary>
    public async Task<Result<byte[]>> ReadVerifiedAsync(string sha256)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path)) return new Refusal("document.missing", null, "文书文件缺失，无法提供（存储目录中找不到该文件）", RefusalKind.Conflict);
        var content = await File.ReadAllBytesAsync(path);
        return Hash(content) == sha256
            ? content
            : new Refusal("document.tampered", null, "文书文件的 SHA-256 与制作时登记的不一致，文件可能已被改动，拒绝提供", RefusalKind.Conflict);
    }

    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
