using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Engagement.Analysis;
using Oversight.Core.Engagement.Coding;
using Oversight.Core.Engagement.Import;

namespace Oversight.Core.Engagement;

public static class EngagementServices
{
    public static IServiceCollection AddEngagement(this IServiceCollection services)
    {
        services.AddScoped<Consultations>();
        services.AddScoped<ResponseImports>();
        services.AddScoped<EngagementAnalysis>();
        services.AddScoped<FreeTextCoding>();
        services.AddScoped<FigureReferences>();
        services.AddScoped<Documents.IFigureSource, EngagementFigures>();
        services.AddScoped<Report.EngagementReport>();
        return services;
    }
}
