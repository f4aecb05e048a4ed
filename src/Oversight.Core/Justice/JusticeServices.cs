using Microsoft.Extensions.DependencyInjection;

namespace Oversight.Core.Justice;

public static class JusticeServices
{
    /// Immediate Justice referrals and their statistics.
    public static IServiceCollection AddJustice(this IServiceCollection services)
    {
        services.AddScoped<Referrals>();
        services.AddScoped<JusticeStatistics>();
        services.AddScoped<Documents.IFigureSource, JusticeFigures>();
        return services;
    }
}
