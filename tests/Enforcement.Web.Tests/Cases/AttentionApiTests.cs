using Enforcement.Data;
using Enforcement.Domain.Cases;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Cases;

[Collection(PlatformTestGroup.Name)]
public sealed class AttentionApiTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CaseRegisteredAHundredDaysAgo_IsOverdueForADecision_ForItsAgencyAndSupervisorOnly(string provider)
    {
        var factory = platforms.For(provider);
        var title = "超期未决定案件" + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            var gonghe = await db.Agencies.FirstAsync(a => a.Key == "gonghe-dot");
            var registered = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-100);
            db.Cases.Add(new EnforcementCase
            {
                AgencyId = gonghe.Id, Title = title, ItemCode = "DL-YZ-001", RegionCode = "632521", Status = CaseStatus.Investigating,
                ViolationOn = registered.AddDays(-3), RegisteredOn = registered, Number = "超期测试" + Guid.NewGuid().ToString("N")[..6], HandlerIds = [1, 2],
            });
            await db.SaveChangesAsync();
        }

        async Task<List<System.Text.Json.JsonElement>> AttentionOf(string user) =>
            [.. (await (await (await Api.LoginAsync(factory, user)).GetAsync("/api/v1/cases/attention")).JsonAsync()).EnumerateArray()
                .Where(a => a.GetProperty("title").GetString() == title)];

        var supervisor = await AttentionOf("supervisor");
        var clock = Assert.Single(supervisor).GetProperty("clock");
        Assert.Equal("decision", clock.GetProperty("code").GetString());
        Assert.Equal("Overdue", clock.GetProperty("state").GetString());
        Assert.True(clock.GetProperty("daysLeft").GetInt32() < 0);
        Assert.Single(await AttentionOf("officer"));
        Assert.Empty(await AttentionOf("officer.guide"));
    }
}
