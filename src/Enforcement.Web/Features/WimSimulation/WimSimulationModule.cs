namespace Enforcement.Web.Features.WimSimulation;

/// <summary>Generated weigh-in-motion traffic: the demo's weeks of records at start, and the credential file for the simulator.</summary>
internal static class WimSimulationModule
{
    public static IServiceCollection AddWimSimulation(this IServiceCollection services)
    {
        services.AddSingleton<DemoTraffic>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoTraffic>());
        return services;
    }
}
