using Enforcement.Domain.Common;

namespace Enforcement.Web.Platform;

/// <summary>The one mapping of refusals to HTTP ProblemDetails: Chinese title, the field, a stable code.</summary>
internal static class Problems
{
    public static IResult From(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var status = refusal.Kind switch
        {
            RefusalKind.Invalid => StatusCodes.Status400BadRequest,
            RefusalKind.Conflict => StatusCodes.Status409Conflict,
            RefusalKind.NotFound => StatusCodes.Status404NotFound,
            RefusalKind.Unauthorised => StatusCodes.Status401Unauthorized,
        };
        var extensions = new Dictionary<string, object?> { ["code"] = refusal.Code };
        if (refusal.Field is not null)
        {
            extensions["field"] = refusal.Field;
            extensions["errors"] = new Dictionary<string, string[]> { [refusal.Field] = [refusal.Message] };
        }
        return Results.Problem(title: refusal.Message, statusCode: status, type: $"urn:enforcement:{refusal.Code}", extensions: extensions);
    }

    public static IResult From(IReadOnlyList<Refusal> refusals)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        if (refusals.Count == 1) return From(refusals[0]);
        var errors = refusals.GroupBy(r => r.Field ?? "").ToDictionary(g => g.Key, g => g.Select(r => r.Message).ToArray());
        return Results.Problem(title: string.Join("；", refusals.Select(r => r.Message)), statusCode: StatusCodes.Status400BadRequest,
            type: "urn:enforcement:validation", extensions: new Dictionary<string, object?> { ["code"] = "validation", ["errors"] = errors });
    }

    public static IResult NotFound(string what = "记录") => From(Missing(what));

    /// <summary>Not there, or outside the caller's data scope: the two look the same, and answer 404.</summary>
    public static Refusal Missing(string what) => new("not-found", null, $"{what}不存在", RefusalKind.NotFound);

    public static Refusal Required(string field, string label) => new("required", field, $"{label}不能为空");

    /// <summary>Optimistic concurrency: someone saved the record after the caller read it.</summary>
    public static Refusal StaleVersion { get; } = new("concurrency", "version", "记录已被他人修改，请刷新后重试", RefusalKind.Conflict);

    public static IResult Result<T>(Result<T> result, Func<T, IResult> ok) => result.IsOk ? ok(result.Value!) : From(result.Refusal!);
}
