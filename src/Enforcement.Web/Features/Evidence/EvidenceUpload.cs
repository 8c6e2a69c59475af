using Enforcement.Domain.Common;
using Enforcement.Domain.Evidence;

namespace Enforcement.Web.Features.Evidence;

/// <summary>
/// Reads the multipart upload (API and the case page's form alike) with the request's form reader. The reader keeps
/// at most 64 KB of a part in memory and spills the rest to a temporary file, so a 2 GB video never sits in memory;
/// the endpoints declare body and part limits large enough for the largest file the policy allows.
/// </summary>
internal static class EvidenceUpload
{
    /// <summary>Room for the text fields and multipart headers next to the largest allowed file.</summary>
    private const long FormOverheadBytes = 1024 * 1024;

    public static long RequestLimit(EvidencePolicy policy) => policy.LargestMaxBytes + FormOverheadBytes;

    /// <summary>Raises Kestrel's body limit (30 MB by default) and the form reader's part limit (128 MB) for one endpoint.</summary>
    public static RouteHandlerBuilder WithUploadLimits(this RouteHandlerBuilder endpoint, EvidencePolicy policy)
    {
        var limit = RequestLimit(policy);
        return endpoint.WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(limit)).WithFormOptions(multipartBodyLengthLimit: limit);
    }

    public static async Task<Result<EvidenceService.UploadInput>> ReadAsync(HttpRequest request, EvidencePolicy policy, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) return new Refusal("evidence.form", null, "请以 multipart/form-data 表单上传证据");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            // The body outgrew the limits above (or is not well-formed multipart): the only field that can do that is the file.
            return new Refusal("evidence.file-size", "file", $"上传内容过大或格式有误：文件不能超过 {EvidencePolicy.Size(policy.LargestMaxBytes)}");
        }

        var file = form.Files.GetFile("file");
        // A form submitted without choosing a file still sends an empty, nameless part: that is "no file", not an empty one.
        if (file is { Length: 0 } && string.IsNullOrEmpty(file.FileName)) file = null;
        return new EvidenceService.UploadInput(Field(form, "type"), Field(form, "title"), Field(form, "description"), Field(form, "collectedOn"),
            Field(form, "isAudioVisualRecord"), Field(form, "act"), Field(form, "partyName"),
            file is null ? null : new EvidenceService.UploadFile(file.FileName, file.Length, file.OpenReadStream));
    }

    private static string? Field(IFormCollection form, string name) => form.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
