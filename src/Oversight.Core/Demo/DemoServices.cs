using Microsoft.Extensions.DependencyInjection;

namespace Oversight.Core.Demo;

/// The demo loaders, registered only by hosts that load the demo (the `oversight demo` command and test hosts): the
/// web app never carries them, and no capability depends on them.
public static class DemoServices
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoData>();
        services.AddScoped<DemoPerformance>();
        services.AddScoped<DemoAnnualReport>();
        services.AddScoped<DemoCitedStatistics>();
        services.AddScoped<DemoAccountability>();
        services.AddScoped<DemoEngagement>();
        services.AddScoped<DemoToDate>();
        return services;
    }
}
