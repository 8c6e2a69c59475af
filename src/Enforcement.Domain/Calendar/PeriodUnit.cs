namespace Enforcement.Domain.Calendar;

/// <summary>The unit in which a statutory period is expressed.</summary>
public enum PeriodUnit
{
    /// <summary>
    /// Working days (工作日). 《行政处罚法》(2021) 第八十五条: "本法中'二日''三日''五日''七日'的规定是指工作日，不含法定节假日".
    /// </summary>
    WorkingDays,

    /// <summary>Calendar days (自然日), e.g. the 15-day payment and 90-day decision periods of the 行政处罚法.</summary>
    CalendarDays,

    /// <summary>Calendar months, e.g. the six-month litigation period of 《行政诉讼法》第四十六条.</summary>
    Months,
}
