using System.Globalization;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Evidence;

/// <summary>
/// How large an uploaded file may be, per kind. The defaults fit what a phone or body camera records in an
/// inspection (a 2 GB video is about 15 minutes of 1080p); agencies change them in configuration (section "Evidence").
/// </summary>
public sealed record EvidencePolicy
{
    private const long MB = 1024 * 1024;

    public long ImageMaxBytes { get; init; } = 20 * MB;
    public long AudioMaxBytes { get; init; } = 200 * MB;
    public long VideoMaxBytes { get; init; } = 2048 * MB;
    public long PdfMaxBytes { get; init; } = 50 * MB;

    public static EvidencePolicy Default { get; } = new();

    /// <summary>The largest file any kind allows: what the upload endpoint must be willing to read.</summary>
    public long LargestMaxBytes => Math.Max(Math.Max(ImageMaxBytes, AudioMaxBytes), Math.Max(VideoMaxBytes, PdfMaxBytes));

    public long MaxBytes(EvidenceFileKind kind) => kind switch
    {
        EvidenceFileKind.Image => ImageMaxBytes,
        EvidenceFileKind.Audio => AudioMaxBytes,
        EvidenceFileKind.Video => VideoMaxBytes,
        EvidenceFileKind.Pdf => PdfMaxBytes,
    };

    /// <summary>Null when a file of this detected kind and size may be stored; otherwise why not (field "file").</summary>
    /// <param name="detectedKind">What <see cref="FileSignature.Detect"/> found, or null when it recognised nothing.</param>
    public Refusal? Check(EvidenceFileKind? detectedKind, long size)
    {
        if (size <= 0) return new Refusal("evidence.file-empty", "file", "上传的文件为空");
        if (detectedKind is not { } kind)
        {
            return new Refusal("evidence.file-type", "file",
                "文件类型不受支持：按文件内容识别，只接受 JPEG、PNG、WebP、HEIC 图片，MP4、MOV、3GP 录像，MP3、WAV、AMR、M4A 录音和 PDF 文件");
        }
        var max = MaxBytes(kind);
        return size > max
            ? new Refusal("evidence.file-size", "file", $"{KindName(kind)}不能超过 {Size(max)}（本文件 {Size(size)}）")
            : null;
    }

    /// <summary>Settings that would refuse every file are a configuration mistake, reported at start-up.</summary>
    public IReadOnlyList<string> Validate() =>
        [.. new[] { (ImageMaxBytes, "ImageMaxBytes"), (AudioMaxBytes, "AudioMaxBytes"), (VideoMaxBytes, "VideoMaxBytes"), (PdfMaxBytes, "PdfMaxBytes") }
            .Where(l => l.Item1 <= 0).Select(l => $"Evidence:{l.Item2} 须大于 0")];

    public static string KindName(EvidenceFileKind kind) => kind switch
    {
        EvidenceFileKind.Image => "图片",
        EvidenceFileKind.Audio => "录音",
        EvidenceFileKind.Video => "录像",
        EvidenceFileKind.Pdf => "PDF 文件",
    };

    /// <summary>Sizes as people read them: 20 MB, 1.5 GB, 300 KB, 12 字节.</summary>
    public static string Size(long bytes)
    {
        static string Number(double value) => value.ToString(value >= 100 || value % 1 == 0 ? "0" : "0.#", CultureInfo.InvariantCulture);
        return bytes switch
        {
            >= 1024L * MB => $"{Number(bytes / (1024.0 * MB))} GB",
            >= MB => $"{Number(bytes / (double)MB)} MB",
            >= 1024 => $"{Number(bytes / 1024.0)} KB",
            _ => $"{bytes} 字节",
        };
    }
}
