using System.Net;
using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Personnel;

[Collection(PlatformTestGroup.Name)]
public sealed class TrainingApiTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TrainingHours_ReachSixty_MakeTheOfficerCompliant(string provider)
    {
        var factory = platforms.For(provider);
        var head = await Api.LoginAsync(factory, "head");
        var agencyId = (await (await head.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("agencyId").GetInt32();
        var officer = await (await head.PostAsJsonAsync("/api/v1/officers", new { agencyId, name = "学员", idNumber = TestIds.ResidentId(), categories = "道路运政" })).JsonAsync();
        var officerId = officer.GetProperty("id").GetInt32();
        const int year = 2026;

        async Task<System.Text.Json.JsonElement> LineAsync() =>
            (await (await head.GetAsync($"/api/v1/training/ledger?year={year}")).JsonAsync()).EnumerateArray().Single(l => l.GetProperty("officerId").GetInt32() == officerId);

        Assert.False((await LineAsync()).GetProperty("compliant").GetBoolean());
        foreach (var hours in new[] { 30m, 29.5m, 0.5m })
        {
            var course = await (await head.PostAsJsonAsync("/api/v1/training/courses", new { agencyId, title = $"课程{hours}", heldOn = $"{year}-03-01", hours, hasExam = true })).JsonAsync();
            var courseId = course.GetProperty("id").GetInt32();
            var missingScore = await head.PostAsJsonAsync($"/api/v1/training/courses/{courseId}/records", new { officerId });
            Assert.Equal("examScore", await missingScore.ProblemFieldAsync());
            Assert.Equal(HttpStatusCode.Created, (await head.PostAsJsonAsync($"/api/v1/training/courses/{courseId}/records", new { officerId, examScore = 80 })).StatusCode);
            if (hours == 29.5m) Assert.False((await LineAsync()).GetProperty("compliant").GetBoolean());
        }

        var line = await LineAsync();
        Assert.Equal(60m, line.GetProperty("hours").GetDecimal());
        Assert.True(line.GetProperty("compliant").GetBoolean());
        Assert.Equal(80, line.GetProperty("averageExamScore").GetInt32());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Indicators_CountCertifiedOfficers_AndTheLegalReviewerShare(string provider)
    {
        var supervisor = await Api.LoginAsync(platforms.For(provider), "supervisor");
        var rows = (await (await supervisor.GetAsync("/api/v1/indicators")).JsonAsync()).EnumerateArray().ToList();

        Assert.Contains(rows, r => r.GetProperty("agencyName").GetString() == "共和县交通运输局");
        Assert.DoesNotContain(rows, r => r.GetProperty("agencyName").GetString() == "西宁市交通运输局");
        foreach (var r in rows)
        {
            var officers = r.GetProperty("officers").GetInt32();
            Assert.InRange(r.GetProperty("certified").GetInt32(), 0, officers);
            var share = r.GetProperty("legalReviewerShare").GetDecimal();
            Assert.Equal(share >= 0.05m && officers > 0, r.GetProperty("legalReviewerShareMet").GetBoolean());
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExpiringCertificates_ListsThoseWithinTheWarningWindow(string provider)
    {
        var supervisor = await Api.LoginAsync(platforms.For(provider), "supervisor");
        var within30 = (await (await supervisor.GetAsync("/api/v1/certificates/expiring")).JsonAsync()).EnumerateArray().ToList();
        var within400 = (await (await supervisor.GetAsync("/api/v1/certificates/expiring?days=400")).JsonAsync()).EnumerateArray().ToList();

        Assert.All(within30, c => Assert.True(c.GetProperty("daysToExpiry").GetInt32() <= 30));
        Assert.True(within400.Count > within30.Count);
        Assert.All(within400, c => Assert.Equal("有效", c.GetProperty("statusName").GetString()));
    }
}
