using System.Text;
using Enforcement.Domain.Evidence;

namespace Enforcement.Domain.Tests.Evidence;

/// <summary>The first bytes of real files of each format, as their writers produce them.</summary>
public sealed class FileSignatureTests
{
    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p switch
        {
            string s => Encoding.Latin1.GetBytes(s),
            byte[] b => b,
            int i => [(byte)i],
            _ => throw new ArgumentException("string, byte[] or int", nameof(parts)),
        })];

    public static TheoryData<string, byte[], string> Accepted => new()
    {
        // JFIF from a scanner, Exif from a phone camera.
        { "jfif", Bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, "JFIF", 0x00, 0x01, 0x01), "JPEG" },
        { "exif", Bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x1C, 0x45, "Exif", 0x00, 0x00, "MM"), "JPEG" },
        { "png", Bytes(0x89, "PNG\r\n", 0x1A, "\n", 0x00, 0x00, 0x00, 0x0D, "IHDR"), "PNG" },
        { "webp", Bytes("RIFF", 0x24, 0x1A, 0x00, 0x00, "WEBPVP8 "), "WebP" },
        { "heic", Bytes(0x00, 0x00, 0x00, 0x18, "ftypheic", 0x00, 0x00, 0x00, 0x00, "mif1heic"), "HEIC" },
        { "mp4", Bytes(0x00, 0x00, 0x00, 0x20, "ftypisom", 0x00, 0x00, 0x02, 0x00, "isomiso2avc1mp41"), "MP4" },
        { "mp4 (Android)", Bytes(0x00, 0x00, 0x00, 0x18, "ftypmp42", 0x00, 0x00, 0x00, 0x00, "isommp42"), "MP4" },
        { "mov (iPhone)", Bytes(0x00, 0x00, 0x00, 0x14, "ftypqt  ", 0x00, 0x00, 0x00, 0x00, "qt  "), "MOV" },
        { "3gp", Bytes(0x00, 0x00, 0x00, 0x18, "ftyp3gp4", 0x00, 0x00, 0x00, 0x00, "isom3gp4"), "3GP" },
        { "m4a (voice memo)", Bytes(0x00, 0x00, 0x00, 0x1C, "ftypM4A ", 0x00, 0x00, 0x00, 0x00, "M4A isommp42"), "M4A" },
        { "mp3 with ID3v2.4 tag", Bytes("ID3", 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x23), "MP3" },
        { "mp3 frame (MPEG-1 Layer III, 128 kbit/s, 44.1 kHz)", Bytes(0xFF, 0xFB, 0x90, 0x64), "MP3" },
        { "mp3 frame (MPEG-2 Layer III, 64 kbit/s, 22.05 kHz)", Bytes(0xFF, 0xF3, 0x80, 0xC4), "MP3" },
        { "wav", Bytes("RIFF", 0x24, 0x08, 0x00, 0x00, "WAVEfmt ", 0x10, 0x00, 0x00, 0x00), "WAV" },
        { "amr (phone call recorder)", Bytes("#!AMR\n", 0x3C, 0x48, 0xF5), "AMR" },
        { "amr-wb", Bytes("#!AMR-WB\n", 0x24), "AMR" },
        { "pdf", Bytes("%PDF-1.7\n%", 0xE2, 0xE3, 0xCF, 0xD3), "PDF" },
    };

    [Theory, MemberData(nameof(Accepted))]
    public void Detect_RealHeaders_NamesTheFormat(string file, byte[] head, string format)
    {
        Assert.True(FileSignature.Detect(head) is { } detected && detected.Name == format, file);
    }

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "empty", [] },
        { "windows executable (MZ), whatever its name says", Bytes("MZ", 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00) },
        { "linux executable", Bytes(0x7F, "ELF", 0x02, 0x01, 0x01) },
        { "zip (or docx)", Bytes("PK", 0x03, 0x04, 0x14, 0x00) },
        { "html", Bytes("<!DOCTYPE html><html>") },
        { "shell script", Bytes("#!/bin/sh\nrm -rf /\n") },
        { "avi: RIFF but neither WebP nor WAV", Bytes("RIFF", 0x00, 0x10, 0x00, 0x00, "AVI LIST") },
        { "ftyp with a brand the platform does not know (Canon raw)", Bytes(0x00, 0x00, 0x00, 0x18, "ftypcrx ", 0x00, 0x00, 0x00, 0x01) },
        { "ftyp box too small to hold its brand", Bytes(0x00, 0x00, 0x00, 0x08, "ftypisom", 0x00, 0x00, 0x00, 0x00) },
        { "AAC ADTS frame (layer bits 00) is not MP3", Bytes(0xFF, 0xF1, 0x50, 0x80) },
        { "frame sync with an invalid bitrate", Bytes(0xFF, 0xFB, 0xF0, 0x64) },
        { "frame sync with a reserved sample rate", Bytes(0xFF, 0xFB, 0x9C, 0x64) },
        { "truncated jpeg marker", Bytes(0xFF, 0xD8) },
        { "a text file", Bytes("现场检查笔录") },
    };

    [Theory, MemberData(nameof(Refused))]
    public void Detect_AnythingElse_IsNull(string file, byte[] head)
    {
        Assert.True(FileSignature.Detect(head) is null, file);
    }

    [Fact]
    public void Detect_ExecutableRenamedPhotoJpg_IsRefusedByThePolicy()
    {
        // The name is not an input of detection at all: only the bytes are.
        var executable = Bytes("MZ", 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF);

        var refusal = EvidencePolicy.Default.Check(FileSignature.Detect(executable)?.Kind, executable.Length);

        Assert.NotNull(refusal);
        Assert.Equal("file", refusal.Field);
        Assert.Equal("evidence.file-type", refusal.Code);
    }

    [Fact]
    public void EveryFormat_HasAnInternetMediaTypeOfItsKind()
    {
        foreach (var format in FileSignature.All)
        {
            var prefix = format.Kind switch
            {
                EvidenceFileKind.Image => "image/",
                EvidenceFileKind.Audio => "audio/",
                EvidenceFileKind.Video => "video/",
                EvidenceFileKind.Pdf => "application/pdf",
            };
            Assert.StartsWith(prefix, format.ContentType, StringComparison.Ordinal);
        }
    }
}
