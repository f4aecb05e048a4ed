using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Casework.Reviews;

namespace Oversight.Core.Casework;

public static class CaseworkServices
{
    public static IServiceCollection AddCasework(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CaseworkOptions>(configuration.GetSection(CaseworkOptions.Section));
        services.AddScoped<Letters.CaseLetters>();
        services.AddScoped<ComplaintReviews>();
        services.AddScoped<Enquiries.PublicEnquiries>();
        services.AddScoped<Surgeries.PublicSurgeries>();
        services.AddScoped<Privacy.CaseworkRetention>();
        services.AddScoped<Statistics.CaseworkStatistics>();
        services.AddScoped<Documents.IFigureSource, Statistics.CaseworkFigures>();
        services.AddScoped<Privacy.SubjectAccess>();
        services.Configure<Asb.AsbOptions>(configuration.GetSection(Asb.AsbOptions.Section));
        services.AddScoped<Asb.AsbAppeals>();
        services.AddScoped<Documents.IFigureSource, Asb.AsbFigures>();
        return services;
    }
}
