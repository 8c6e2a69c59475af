using Enforcement.Domain.Calendar;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Calendar;

internal static class CalendarModule
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarCache>();
        services.AddScoped<CalendarService>();
        return services;
    }

    public static WebApplication MapCalendar(this WebApplication app)
    {
        var read = app.MapGroup("/api/v1/calendar").WithTags("工作日历").RequireAuthorization();
        read.MapGet("/years", async (CalendarService calendar) => Results.Ok(await calendar.YearsAsync())).WithSummary("已载入放假安排的年份");
        read.MapGet("/{year:int}", async (int year, CalendarService calendar) => Results.Ok(await calendar.DaysAsync(year))).WithSummary("某年的节假日与调休上班日");
        read.MapGet("/deadline", async (DateOnly? start, int? days, string? unit, CalendarService calendar) =>
        {
            if (start is null) return Problems.From(Problems.Required("start", "起算日"));
            if (days is not > 0) return Problems.From(new Domain.Common.Refusal("days.range", "days", "期间天数须为正整数"));
            var c = await calendar.CalendarAsync();
            DeadlineResult result = unit switch
            {
                null or "working" => c.AddWorkingDays(start.Value, days.Value),
                "calendar" => c.AddCalendarDays(start.Value, days.Value),
                _ => default,
            };
            if (result == default) return Problems.From(new Domain.Common.Refusal("unit", "unit", "单位须为 working（工作日）或 calendar（自然日）"));
            return Results.Ok(new { start, days, unit = unit ?? "working", result.Date, result.Provisional });
        }).WithSummary("期限计算：起算日不计入，工作日不含法定节假日（行政处罚法第八十五条）");

        app.MapPost("/api/v1/calendar/{year:int}", async (int year, string? source, HttpRequest request, CalendarService calendar) =>
        {
            var report = await calendar.LoadYearAsync(year, source, request.Body);
            return report.Written ? Results.Ok(report) : Results.BadRequest(report);
        }).WithTags("工作日历").RequireAuthorization(Policies.SystemAdmin).Accepts<string>("text/csv")
          .WithSummary("载入某年放假安排（CSV：date,kind,name；kind 为 off 或 work）");
        return app;
    }
}
