using System.Buffers.Binary;
using System.Text;

namespace Enforcement.Domain.Evidence;

/// <summary>What a file is, as far as the size limits care.</summary>
public enum EvidenceFileKind
{
    Image = 1,
    Audio = 2,
    Video = 3,
    Pdf = 4,
}

/// <summary>A recognised format: the content type served on download comes from here, never from the uploader.</summary>
public sealed record FileFormat(string Name, string ContentType, EvidenceFileKind Kind);

/// <summary>
/// Recognises the formats evidence may have by their first bytes (magic numbers). A file's name and the type the
/// browser claims are the uploader's say-so: an executable renamed photo.jpg is still an executable, and is refused.
/// Only formats that phones, cameras, recorders and scanners actually produce are accepted.
/// </summary>
public static class FileSignature
{
    /// <summary>Enough of the start of a file for every check below (an ISO-BMFF ftyp box needs 12).</summary>
    public const int HeadLength = 32;

    public static readonly FileFormat Jpeg = new("JPEG", "image/jpeg", EvidenceFileKind.Image);
    public static readonly FileFormat Png = new("PNG", "image/png", EvidenceFileKind.Image);
    public static readonly FileFormat WebP = new("WebP", "image/webp", EvidenceFileKind.Image);
    public static readonly FileFormat Heic = new("HEIC", "image/heic", EvidenceFileKind.Image);
    public static readonly FileFormat Mp4 = new("MP4", "video/mp4", EvidenceFileKind.Video);
    public static readonly FileFormat ThreeGp = new("3GP", "video/3gpp", EvidenceFileKind.Video);
    public static readonly FileFormat QuickTime = new("MOV", "video/quicktime", EvidenceFileKind.Video);
    public static readonly FileFormat M4a = new("M4A", "audio/mp4", EvidenceFileKind.Audio);
    public static readonly FileFormat Mp3 = new("MP3", "audio/mpeg", EvidenceFileKind.Audio);
    public static readonly FileFormat Wav = new("WAV", "audio/wav", EvidenceFileKind.Audio);
    public static readonly FileFormat Amr = new("AMR", "audio/amr", EvidenceFileKind.Audio);
    public static readonly FileFormat Pdf = new("PDF", "application/pdf", EvidenceFileKind.Pdf);

    public static IReadOnlyList<FileFormat> All { get; } = [Jpeg, Png, WebP, Heic, Mp4, ThreeGp, QuickTime, M4a, Mp3, Wav, Amr, Pdf];

    // ISO base media file format (MP4, MOV, 3GP, M4A, HEIC) names its flavour in the ftyp box's major brand.
    private static readonly Dictionary<string, FileFormat> Brands = new(StringComparer.Ordinal)
    {
        ["isom"] = Mp4, ["iso2"] = Mp4, ["iso4"] = Mp4, ["iso5"] = Mp4, ["iso6"] = Mp4, ["mp41"] = Mp4, ["mp42"] = Mp4,
        ["avc1"] = Mp4, ["M4V "] = Mp4, ["MSNV"] = Mp4, ["dash"] = Mp4, ["mmp4"] = Mp4,
        ["3gp4"] = ThreeGp, ["3gp5"] = ThreeGp, ["3gp6"] = ThreeGp, ["3g2a"] = ThreeGp,
        ["qt  "] = QuickTime,
        ["M4A "] = M4a,
        ["heic"] = Heic, ["heix"] = Heic, ["heim"] = Heic, ["heis"] = Heic, ["mif1"] = Heic,
    };

    /// <summary>The format of a file starting with <paramref name="head"/>, or null when it is none the platform accepts.</summary>
    public static FileFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.StartsWith("#!AMR\n"u8) || head.StartsWith("#!AMR-WB\n"u8)) return Amr;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8))
        {
            if (head[8..12].SequenceEqual("WEBP"u8)) return WebP;
            if (head[8..12].SequenceEqual("WAVE"u8)) return Wav;
            return null;
        }
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            // The box size covers at least its header, the major brand and the minor version.
            var size = BinaryPrimitives.ReadUInt32BigEndian(head);
            return size >= 16 && Brands.TryGetValue(Encoding.ASCII.GetString(head[8..12]), out var format) ? format : null;
        }
        return IsMp3(head) ? Mp3 : null;
    }

    /// <summary>An ID3v2 tag, or an MPEG audio Layer III frame header with no reserved values in it.</summary>
    private static bool IsMp3(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 5 && head.StartsWith("ID3"u8)) return head[3] is >= 2 and <= 4 && head[4] != 0xFF;
        if (head.Length < 4 || head[0] != 0xFF || (head[1] & 0xE0) != 0xE0) return false;
        var version = (head[1] >> 3) & 0b11;   // 01 is reserved
        var layer = (head[1] >> 1) & 0b11;     // 01 is Layer III
        var bitrate = head[2] >> 4;            // 0000 is "free", 1111 is invalid
        var sampleRate = (head[2] >> 2) & 0b11; // 11 is reserved
        return version != 0b01 && layer == 0b01 && bitrate is > 0 and < 15 && sampleRate != 0b11;
    }
}
