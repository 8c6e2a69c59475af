using Enforcement.Data;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Documents;

[Collection(PlatformTestGroup.Name)]
public sealed class NumberingConcurrencyTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ParallelReservations_OnAFreshSeries_GetEachNumberOnce_WithoutGaps(string provider)
    {
        var factory = platforms.For(provider);
        int agency;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            agency = (await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Agencies.SingleAsync(a => a.Key == "guide-dot")).Id;
        }
        // A year no other test numbers in, so the series starts here (and the first insert races too).
        const int year = 2999;

        var numbers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var reserved = await scope.ServiceProvider.GetRequiredService<Enforcement.Web.Features.Documents.NumberingService>()
                .ReserveAsync(agency, NumberSeries.Reminder, year);
            Assert.True(reserved.IsOk, reserved.Refusal?.Message);
            return reserved.Value!;
        }));

        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"贵交执催〔{year}〕{n}号").Order(StringComparer.Ordinal), numbers.Order(StringComparer.Ordinal));
    }
}
