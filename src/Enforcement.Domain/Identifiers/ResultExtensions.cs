using Enforcement.Domain.Common;

namespace Enforcement.Domain.Identifiers;

internal static class ResultExtensions
{
    /// <summary>
    /// For the <c>Parse</c> entry points, which are for trusted data (database rows, fixtures):
    /// there a refusal means a bug or corrupt data, so it becomes an exception.
    /// </summary>
    public static T OrThrowFormat<T>(this Result<T> result) =>
        result.IsOk ? result.Value! : throw new FormatException(result.Refusal!.Message);
}
