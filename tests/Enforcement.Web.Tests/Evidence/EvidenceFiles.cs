using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Enforcement.Web.Tests.Evidence;

/// <summary>
/// Small real files built byte by byte. Each carries a fresh random text, so that no two tests share stored content
/// (the store keeps one copy per content, and one test tampers with its copy).
/// </summary>
public static class EvidenceFiles
{
    /// <summary>A valid 1×1 grey PNG with a tEXt comment; <paramref name="padding"/> extra characters make it larger.</summary>
    public static byte[] Png(int padding = 0)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
        Chunk(png, "tEXt", Encoding.Latin1.GetBytes("Comment\0" + Guid.NewGuid().ToString("N") + new string('x', padding)));
        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write([0x00, 0x80]);
            Chunk(png, "IDAT", pixels.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A one-page-less but well-formed PDF, as a scanner's "save as PDF" starts.</summary>
    public static byte[] Pdf(int padding = 0) => Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n% {Guid.NewGuid():N}{new string('x', padding)}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The start of a Windows executable, whatever name it travels under.</summary>
    public static byte[] Executable() =>
        [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode." + Guid.NewGuid())];

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(BigEndian((uint)data.Length));
        png.Write(typeBytes);
        png.Write(data);
        png.Write(BigEndian(Crc32([.. typeBytes, .. data])));
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)((value >> 16) & 0xFF), (byte)((value >> 8) & 0xFF), (byte)(value & 0xFF)];

    /// <summary>The CRC-32 PNG chunks end with (ISO 3309, reflected polynomial 0xEDB88320).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    }
}
