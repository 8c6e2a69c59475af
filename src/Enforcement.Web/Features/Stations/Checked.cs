using Enforcement.Domain.Common;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Stations;

/// <summary>A value, or every refusal of a form at once (each naming its field).</summary>
internal readonly record struct Checked<T>
{
    private Checked(T? value, IReadOnlyList<Refusal> refusals)
    {
        Value = value;
        Refusals = refusals;
    }

    public T? Value { get; }
    public IReadOnlyList<Refusal> Refusals { get; }
    public bool IsOk => Refusals.Count == 0;

    /// <summary>The message of the first refusal, for one-line feedback.</summary>
    public string Message => string.Join("；", Refusals.Select(r => r.Message));

    public static implicit operator Checked<T>(T value) => new(value, []);
    public static implicit operator Checked<T>(Refusal refusal) => new(default, [refusal]);

    public static Checked<T> Refused(IReadOnlyList<Refusal> refusals) => new(default, refusals);

    /// <summary>
    /// 201/200 with the value, or the problem: a conflict or a missing record answers alone (409/404); field
    /// refusals answer together (400).
    /// </summary>
    public IResult ToResult(Func<T, IResult> ok)
    {
        if (IsOk) return ok(Value!);
        var decisive = Refusals.FirstOrDefault(r => r.Kind != RefusalKind.Invalid);
        return decisive is not null ? Problems.From(decisive) : Problems.From(Refusals);
    }
}
