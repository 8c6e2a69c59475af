using System.Buffers;
using System.Security.Cryptography;

namespace Enforcement.Data.Files;

/// <summary>A file now in the store: its SHA-256, its size, and whether this save put the content there first.</summary>
public sealed record StoredFile(string Sha256, long SizeBytes, bool Created);

public enum StoredFileState
{
    /// <summary>The bytes hash to the name they are stored under.</summary>
    Intact,
    /// <summary>The bytes changed since they were stored.</summary>
    Altered,
    /// <summary>No file under that name.</summary>
    Missing,
}

/// <summary>The outcome of opening a stored file. <see cref="Content"/> (the caller's to dispose) is there only when intact.</summary>
public sealed record ContentRead(StoredFileState State, Stream? Content, string? ActualSha256);

/// <summary>
/// Content-addressed files: <c>&lt;data&gt;/&lt;folder&gt;/ab/cd/&lt;sha256&gt;</c>, one folder per use (evidence,
/// generated documents). The name is the SHA-256 of the content, so one content is kept once however many records
/// refer to it, and any change to the bytes shows as a mismatch with the name. Files are streamed (never held whole in memory: a video may be 2 GB), written to a
/// temporary file first and renamed into place, so a half-written file never carries a content name.
/// </summary>
public sealed class ContentStore(string root)
{
    private const int BufferSize = 1 << 16;

    /// <summary>Where uploads are written while they are hashed; under the root so that the rename stays on one file system.</summary>
    private string Incoming => Path.Combine(Root, ".incoming");

    public string Root { get; } = Path.GetFullPath(root);

    public static ContentStore Under(string dataDirectory, string folder) => new(Path.Combine(dataDirectory, folder));

    public static bool IsSha256(string? text) => text is { Length: 64 } && text.All(char.IsAsciiHexDigitLower);

    public string PathOf(string sha256)
    {
        if (!IsSha256(sha256)) throw new ArgumentException("64 lower-case hex digits expected", nameof(sha256));
        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }

    /// <summary>Copies <paramref name="content"/> into the store while hashing it; the content decides the name.</summary>
    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Incoming);
        var temp = Path.Combine(Incoming, Guid.NewGuid().ToString("N"));
        try
        {
            string sha;
            long size;
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                (sha, size) = await CopyHashingAsync(content, output, cancellationToken);
                // Content must survive a power cut once its save has been acknowledged.
                output.Flush(flushToDisk: true);
            }

            var path = PathOf(sha);
            var existing = File.Exists(path);
            if (existing && await HashFileAsync(path, cancellationToken) == sha) return new StoredFile(sha, size, Created: false);

            // Absent, or present but altered: the bytes just received are the right ones for this name. Rename
            // replaces atomically, so a reader sees the old file or the new one, never a mixture.
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (existing) File.SetAttributes(path, FileAttributes.Normal);
            File.Move(temp, path, overwrite: true);
            // Read-only on disk: the platform never writes a stored file again, and an accidental edit has to try harder.
            File.SetAttributes(path, FileAttributes.ReadOnly);
            return new StoredFile(sha, size, Created: !existing);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>
    /// Opens a stored file after hashing it again. The returned stream is the handle that was hashed, rewound, so
    /// the bytes served are the bytes just verified (short of someone writing into the read-only file meanwhile).
    /// </summary>
    public async Task<ContentRead> OpenVerifiedAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var path = PathOf(sha256);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new ContentRead(StoredFileState.Missing, null, null);
        }

        try
        {
            var (actual, _) = await CopyHashingAsync(stream, null, cancellationToken);
            if (actual != sha256)
            {
                await stream.DisposeAsync();
                return new ContentRead(StoredFileState.Altered, null, actual);
            }
            stream.Position = 0;
            return new ContentRead(StoredFileState.Intact, stream, actual);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>Removes content that this save created but that no record came to refer to (the save of the record failed).</summary>
    public void Delete(string sha256)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path)) return;
        File.SetAttributes(path, FileAttributes.Normal);
        File.Delete(path);
    }

    private static async Task<string> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return (await CopyHashingAsync(stream, null, cancellationToken)).Sha256;
    }

    /// <summary>SHA-256 taken incrementally, one buffer at a time, optionally copying to <paramref name="output"/> as it goes.</summary>
    private static async Task<(string Sha256, long Size)> CopyHashingAsync(Stream input, Stream? output, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long size = 0;
            int read;
            while ((read = await input.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                if (output is not null) await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }
            return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
