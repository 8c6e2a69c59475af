namespace Enforcement.Domain.Common;

/// <summary>
/// An expected refusal: the input or the requested move is not allowed. Refusals are values, not exceptions,
/// so that every caller has to decide what to do with them; the web layer maps them once to ProblemDetails.
/// </summary>
/// <param name="Code">Stable machine code, e.g. "credit-code.check-digit".</param>
/// <param name="Field">The offending field as the caller named it (API property name), or null if not field-specific.</param>
/// <param name="Message">Chinese message shown to the user.</param>
/// <param name="Kind">How the refusal maps to HTTP: invalid input, conflict with state, or not found.</param>
public sealed record Refusal(string Code, string? Field, string Message, RefusalKind Kind = RefusalKind.Invalid)
{
    /// <summary>The same refusal attributed to another field name (value objects do not know the caller's field names).</summary>
    public Refusal For(string field) => this with { Field = field };
}

public enum RefusalKind
{
    /// <summary>Bad input: 400.</summary>
    Invalid,
    /// <summary>The state does not allow it (duplicate, unlawful transition, stale version): 409.</summary>
    Conflict,
    /// <summary>Not there, or not in the caller's data scope: 404.</summary>
    NotFound,
    /// <summary>Credentials wrong or missing: 401.</summary>
    Unauthorised,
}

/// <summary>Either a value or a refusal.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Refusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public T? Value { get; }
    public Refusal? Refusal { get; }
    public bool IsOk => Refusal is null;

    public static Result<T> Ok(T value) => new(value, null);
    public static Result<T> Fail(Refusal refusal) => new(default, refusal);

    public static implicit operator Result<T>(Refusal refusal) => Fail(refusal);
    public static implicit operator Result<T>(T value) => Ok(value);

    /// <summary>The value, for callers that have already checked <see cref="IsOk"/>.</summary>
    public T Unwrap() => IsOk ? Value! : throw new InvalidOperationException($"Result was refused: {Refusal!.Code}");
}
