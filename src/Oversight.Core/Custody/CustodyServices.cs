using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;

namespace Oversight.Core.Custody;

public static class CustodyServices
{
    /// Custody visiting and custody scrutiny.
    public static IServiceCollection AddCustody(this IServiceCollection services)
    {
        services.AddScoped<Volunteers>();
        services.AddScoped<VisitReports>();
        services.AddScoped<VisitIssues>();
        services.AddScoped<Rota>();
        services.AddScoped<VisitingStatistics>();
        services.AddScoped<RemandCases>();
        services.AddScoped<Documents.IFigureSource, CustodyFigures>();
        services.AddScoped<Panels>();
        services.AddScoped<PanelRecords>();
        services.AddScoped<ScrutinyStatistics>();
        services.AddScoped<CustodySetup>();
        return services;
    }
}
