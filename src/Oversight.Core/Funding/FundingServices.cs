using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Funding.Applicants;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Assessment;
using Oversight.Core.Funding.Grants;
using Oversight.Core.Funding.Rounds;

namespace Oversight.Core.Funding;

public static class FundingServices
{
    public static IServiceCollection AddFunding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FundingOptions>(configuration.GetSection(FundingOptions.Section));
        services.AddScoped<ApplicantRegistrations>();
        services.AddScoped<ApplicantProfiles>();
        services.AddScoped<FundingRounds>();
        services.AddScoped<RoundAdministration>();
        services.AddScoped<FundingApplications>();
        services.AddScoped<ApplicationDocuments>();
        services.AddScoped<ConflictsOfInterest>();
        services.AddScoped<Assessments>();
        services.AddScoped<BidList>();
        services.AddScoped<DecisionEvidence>();
        services.AddScoped<GrantAwards>();
        services.AddScoped<GrantManagement>();
        services.AddScoped<Reporting.FundingStatistics>();
        services.AddScoped<Oversight.Core.Documents.IFigureSource, Reporting.FundingFigures>();
        services.AddScoped<Oversight.Core.Reporting.Annual.ICaseStudySource, Grants.FundingCaseStudies>();
        services.AddScoped<OpenData.ThreeSixtyGiving>();
        services.AddScoped<Victims.VictimServicesStatistics>();
        services.AddScoped<Victims.VictimCommissioning>();
        services.AddScoped<Victims.VictimReturns>();
        services.AddScoped<Victims.SaferStreets>();
        services.AddScoped<Partnerships.CommunitySafetyFund>();
        services.AddScoped<Returns.GrantReturns>();
        return services;
    }
}
