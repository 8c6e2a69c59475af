namespace Enforcement.Domain.Overload;

/// <summary>
/// Accuracy class for vehicle total mass of a weigh-in-motion scale (JJG 907-2006: 0.2, 0.5, 1, 2, 5, 10). Devices
/// used for non-site enforcement are of class 2, 5 or 10 [S, RULES §2.5].
/// </summary>
public enum AccuracyClass
{
    Class0_2,
    Class0_5,
    Class1,
    Class2,
    Class5,
    Class10,
}

public static class AccuracyClasses
{
    /// <summary>The class number in basis points of a percent (class 5 → 500, i.e. 5 %).</summary>
    public static int BasisPoints(this AccuracyClass accuracyClass) => accuracyClass switch
    {
        AccuracyClass.Class0_2 => 20,
        AccuracyClass.Class0_5 => 50,
        AccuracyClass.Class1 => 100,
        AccuracyClass.Class2 => 200,
        AccuracyClass.Class5 => 500,
        AccuracyClass.Class10 => 1_000,
        _ => throw new ArgumentOutOfRangeException(nameof(accuracyClass), accuracyClass, "Unknown accuracy class."),
    };

    /// <summary>"5级".</summary>
    public static string ToChineseName(this AccuracyClass accuracyClass) => accuracyClass switch
    {
        AccuracyClass.Class0_2 => "0.2级",
        AccuracyClass.Class0_5 => "0.5级",
        AccuracyClass.Class1 => "1级",
        AccuracyClass.Class2 => "2级",
        AccuracyClass.Class5 => "5级",
        AccuracyClass.Class10 => "10级",
        _ => throw new ArgumentOutOfRangeException(nameof(accuracyClass), accuracyClass, "Unknown accuracy class."),
    };
}
