using System.Net;
using System.Text;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Calendar;

[Collection(PlatformTestGroup.Name)]
public sealed class CalendarApiTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deadline_AcrossNationalDay2025_SkipsTheHolidayWeek(string provider)
    {
        var client = await Api.LoginAsync(platforms.For(provider), "officer");
        var json = await (await client.GetAsync("/api/v1/calendar/deadline?start=2025-09-30&days=1")).JsonAsync();
        Assert.Equal("2025-10-09", json.GetProperty("date").GetString());
        Assert.False(json.GetProperty("provisional").GetBoolean());

        var payment = await (await client.GetAsync("/api/v1/calendar/deadline?start=2025-09-16&days=15&unit=calendar")).JsonAsync();
        Assert.Equal("2025-10-09", payment.GetProperty("date").GetString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadingAYear_EndsTheProvisionalFlag_AndBadRowsLoadNothing(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var admin = await Api.LoginAsync(factory, "sysadmin");
        var year = 2090 + Random.Shared.Next(0, 9);
        var url = $"/api/v1/calendar/deadline?start={year}-01-02&days=3";

        var before = await (await officer.GetAsync(url)).JsonAsync();
        Assert.True(before.GetProperty("provisional").GetBoolean());

        var bad = await admin.PostAsync($"/api/v1/calendar/{year}?source=test", new StringContent($"date,kind,name\n{year}-01-03,off,x\n{year}-13-01,off,y\n{year + 1}-01-01,off,z\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(2, (await bad.JsonAsync()).GetProperty("errors").GetArrayLength());
        Assert.True((await (await officer.GetAsync(url)).JsonAsync()).GetProperty("provisional").GetBoolean());

        var first = new DateOnly(year, 1, 2);
        var holiday = Enumerable.Range(1, 10).Select(first.AddDays).First(d => d.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Friday);
        var good = await admin.PostAsync($"/api/v1/calendar/{year}?source=国办发明电测试", new StringContent($"date,kind,name\n{holiday:yyyy-MM-dd},off,测试假日\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);

        var after = await (await officer.GetAsync($"/api/v1/calendar/deadline?start={holiday.AddDays(-1):yyyy-MM-dd}&days=1")).JsonAsync();
        Assert.False(after.GetProperty("provisional").GetBoolean());
        Assert.NotEqual(holiday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), after.GetProperty("date").GetString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadingAYear_IsForTheSystemAdministrator(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");
        var response = await officer.PostAsync("/api/v1/calendar/2099?source=x", new StringContent("date,kind,name\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
