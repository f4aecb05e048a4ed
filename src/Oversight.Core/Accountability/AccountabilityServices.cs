using Microsoft.Extensions.DependencyInjection;

namespace Oversight.Core.Accountability;

public static class AccountabilityServices
{
    public static IServiceCollection AddAccountability(this IServiceCollection services)
    {
        services.AddScoped<Meetings.Meetings>();
        services.AddScoped<Bodies.Bodies>();
        services.AddScoped<Bodies.BodySubscriptions>();
        services.AddScoped<Actions.MeetingActions>();
        services.AddScoped<Meetings.MeetingPack>();
        services.AddScoped<Spr.SprAssurance>();
        services.AddScoped<Precept.PreceptRecords>();
        services.AddScoped<Outputs.ProgrammeOutputs>();
        services.AddScoped<Documents.IFigureSource, AccountabilityFigures>();
        return services;
    }
}
