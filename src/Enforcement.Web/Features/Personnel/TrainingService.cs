using Enforcement.Data;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Personnel;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Features.Personnel;

/// <summary>The training ledger (hours per person per year against the yearly requirement) and the per-agency indicators.</summary>
internal sealed class TrainingService(EnforcementDbContext db, TimeProvider clock, IOptions<PersonnelOptions> options)
{
    public sealed record CourseInput(int? AgencyId, string? Title, DateOnly? HeldOn, decimal? Hours, bool HasExam);

    public sealed record RecordInput(int? OfficerId, DateOnly? CompletedOn, int? ExamScore);

    public int CurrentYear => ChinaTime.Today(clock.GetUtcNow()).Year;

    public async Task<IReadOnlyList<TrainingLine>> LedgerAsync(int year, int? agencyId = null)
    {
        var officers = db.Officers.AsNoTracking().Where(o => o.LeftPostOn == null);
        if (agencyId is { } a) officers = officers.Where(o => o.AgencyId == a);
        var people = await officers.OrderBy(o => o.AgencyId).ThenBy(o => o.Id).ToListAsync();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var records = (await db.TrainingRecords.AsNoTracking().Where(r => r.CompletedOn >= from && r.CompletedOn <= to).ToListAsync())
            .ToLookup(r => r.OfficerId);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name);
        var required = options.Value.RequiredTrainingHoursPerYear;
        return [.. people.Select(o =>
        {
            var mine = records[o.Id].ToList();
            var hours = mine.Sum(r => r.HoursTenths) / 10m;
            var scores = mine.Where(r => r.ExamScore.HasValue).Select(r => r.ExamScore!.Value).ToList();
            return new TrainingLine(o.Id, o.Name, agencies.GetValueOrDefault(o.AgencyId, ""), hours, mine.Count,
                scores.Count == 0 ? null : (int)Math.Round(scores.Average()), hours >= required);
        })];
    }

    public async Task<decimal> HoursAsync(int officerId, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var tenths = await db.TrainingRecords.AsNoTracking().Where(r => r.OfficerId == officerId && r.CompletedOn >= from && r.CompletedOn <= to)
            .SumAsync(r => r.HoursTenths);
        return tenths / 10m;
    }

    /// <summary>Per agency in scope: certified share, training compliance, legal reviewers against the 5 % floor.</summary>
    public async Task<IReadOnlyList<AgencyIndicators>> IndicatorsAsync(int year)
    {
        var ledger = (await LedgerAsync(year)).ToDictionary(l => l.OfficerId);
        var today = ChinaTime.Today(clock.GetUtcNow());
        var officers = await db.Officers.AsNoTracking().Where(o => o.LeftPostOn == null).ToListAsync();
        var certificates = (await db.Certificates.AsNoTracking().ToListAsync()).ToLookup(c => c.OfficerId);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name);
        var floor = options.Value.MinimumLegalReviewerShare;
        return [.. officers.GroupBy(o => o.AgencyId).OrderBy(g => g.Key).Select(g =>
        {
            var enforcing = g.Where(o => !o.IsAuxiliary).ToList();
            var certified = enforcing.Count(o => certificates[o.Id].Any(c =>
                ActingEligibility.ProblemWith(c, EnforcementCategory.None, DivisionCode.Parse(c.RegionCode), today) is null));
            var compliant = enforcing.Count(o => ledger.TryGetValue(o.Id, out var l) && l.Compliant);
            var reviewers = enforcing.Count(o => o.IsLegalReviewer);
            var reviewerShare = Share(reviewers, enforcing.Count);
            return new AgencyIndicators(g.Key, agencies.GetValueOrDefault(g.Key, ""), enforcing.Count, certified, Share(certified, enforcing.Count),
                compliant, Share(compliant, enforcing.Count), reviewers, reviewerShare, enforcing.Count > 0 && reviewerShare >= floor, g.Count(o => o.IsAuxiliary));
        })];
    }

    public async Task<Result<TrainingCourse>> AddCourseAsync(CourseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.AgencyId is null) return Problems.Required("agencyId", "组织机构");
        if (string.IsNullOrWhiteSpace(input.Title)) return Problems.Required("title", "课程名称");
        if (input.HeldOn is null) return Problems.Required("heldOn", "培训日期");
        if (input.Hours is not { } hours || hours <= 0 || hours > 200 || hours * 10 != decimal.Truncate(hours * 10))
        {
            return new Refusal("course.hours", "hours", "学时须为 0.1 到 200 之间的数（最多一位小数）");
        }
        if (!db.Request.Scope.Allows(input.AgencyId.Value)) return new Refusal("agency.out-of-scope", "agencyId", "组织机构不在您的数据范围内");
        var course = new TrainingCourse { AgencyId = input.AgencyId.Value, Title = input.Title.Trim(), HeldOn = input.HeldOn.Value, HoursTenths = (int)(hours * 10), HasExam = input.HasExam };
        db.TrainingCourses.Add(course);
        await db.SaveChangesAsync();
        return course;
    }

    public async Task<Result<TrainingRecord>> AddRecordAsync(int courseId, RecordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.OfficerId is null) return Problems.Required("officerId", "人员");
        var course = await db.TrainingCourses.FirstOrDefaultAsync(c => c.Id == courseId);
        if (course is null) return Problems.Missing("培训课程");
        if (!await db.Officers.AnyAsync(o => o.Id == input.OfficerId)) return new Refusal("officer.not-found", "officerId", "人员不存在或不在您的数据范围内");
        if (course.HasExam && input.ExamScore is null) return Problems.Required("examScore", "考试成绩");
        if (input.ExamScore is < 0 or > 100) return new Refusal("record.score", "examScore", "考试成绩须在 0 到 100 之间");
        if (await db.TrainingRecords.AnyAsync(r => r.CourseId == courseId && r.OfficerId == input.OfficerId))
        {
            return new Refusal("record.duplicate", "officerId", "该人员已登记参加此课程", RefusalKind.Conflict);
        }
        var record = new TrainingRecord { CourseId = courseId, OfficerId = input.OfficerId.Value, CompletedOn = input.CompletedOn ?? course.HeldOn, HoursTenths = course.HoursTenths, ExamScore = input.ExamScore };
        db.TrainingRecords.Add(record);
        await db.SaveChangesAsync();
        return record;
    }

    public async Task<IReadOnlyList<TrainingCourse>> CoursesAsync(int year) =>
        await db.TrainingCourses.AsNoTracking().Where(c => c.HeldOn >= new DateOnly(year, 1, 1) && c.HeldOn <= new DateOnly(year, 12, 31))
            .OrderBy(c => c.HeldOn).ToListAsync();

    private static decimal Share(int part, int whole) => whole == 0 ? 0 : Math.Round((decimal)part / whole, 4);
}
