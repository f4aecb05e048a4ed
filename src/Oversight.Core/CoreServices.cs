using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Oversight.Core.Accountability;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Casework;
using Oversight.Core.Custody;
using Oversight.Core.Data;
using Oversight.Core.Email;
using Oversight.Core.Engagement;
using Oversight.Core.Funding;
using Oversight.Core.Justice;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.PoliceData;
using Oversight.Core.Performance.Sharing;
using Oversight.Core.Performance.Submissions;
using Oversight.Core.Plan;

namespace Oversight.Core;

public static class CoreServices
{
    public const string ConnectionStringName = "Oversight";

    /// Registers the database, the plan and the services every host (web, CLI) shares.
    public static IServiceCollection AddOversightCore(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? (database.Provider == DatabaseProvider.Sqlite
                ? "Data Source=data/oversight.db"
                : throw new InvalidOperationException("ConnectionStrings:Oversight is required when Database:Provider is Postgres"));

        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddSingleton<Publishing.PublicContent>();
        services.AddSingleton<Publishing.PublicContentInterceptor>();
        services.TryAddScoped<IAuditActor>(_ => new SystemAuditActor("system"));
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<SqliteOversightDbContext>((sp, o) => o.UseSqlite(SqliteFile.Prepare(connectionString))
                    .AddInterceptors(sp.GetRequiredService<Publishing.PublicContentInterceptor>()));
                services.AddScoped<OversightDbContext>(sp => sp.GetRequiredService<SqliteOversightDbContext>());
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<PostgresOversightDbContext>((sp, o) => o.UseNpgsql(connectionString)
                    .AddInterceptors(sp.GetRequiredService<Publishing.PublicContentInterceptor>()));
                services.AddScoped<OversightDbContext>(sp => sp.GetRequiredService<PostgresOversightDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Database:Provider \"{database.Provider}\" is not Sqlite or Postgres");
        }

        var planOptions = configuration.GetSection(PlanOptions.Section).Get<PlanOptions>() ?? new PlanOptions();
        var plan = PlanLoader.Load(planOptions.Path, planOptions.TargetsPath);
        services.AddSingleton(plan);
        services.AddSingleton(Decisions.SchemeLoader.Load(
            configuration.GetSection(Decisions.DelegationOptions.Section).Get<Decisions.DelegationOptions>()?.Path ?? new Decisions.DelegationOptions().Path));
        var policeData = PoliceDataConfigurationLoader.Load(configuration["PoliceData:Path"] ?? "config/police-data/west-yorkshire.json", plan);
        services.AddSingleton(policeData);
        services.AddSingleton(Performance.National.PoliceForces.Load(
            configuration["PoliceData:ForcesPath"] ?? "config/police-data/forces.csv", policeData.ComparisonGroup));

        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                // N.B. failed sign-ins slow an account down and never lock it (the web app's SignInThrottle), so
                // an outsider cannot lock staff out; this only stops Identity locking after wrong two-factor codes.
                o.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<Microsoft.AspNetCore.Identity.IdentityRole>()
            .AddEntityFrameworkStores<OversightDbContext>();

        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<Scheduling.ScheduledWork>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<AccountSecurity>();
        services.AddScoped<AuditSearch>();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section))
            .Validate(o => !o.Configured || MimeKit.MailboxAddress.TryParse(o.From, out _), "Email:From must be an e-mail address when Email:Smtp:Host is set")
            .Validate(o => o.SiteUrl is null || (Uri.TryCreate(o.SiteUrl, UriKind.Absolute, out var site) && site.Scheme is "https" or "http"),
                "Email:SiteUrl must be an absolute http or https address, such as https://oversight.example.org")
            .ValidateOnStart();
        services.AddScoped<IEmailSender, OutboxEmailSender>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<Outbox>();
        services.AddScoped<Decisions.DecisionRegister>();
        services.AddScoped<Decisions.Deciders>();
        services.AddScoped<Publishing.Publications>();
        services.AddScoped<Work.WorkLists>();
        services.AddScoped<PoliceDataDerivation>();
        services.AddScoped<PoliceFileImporter>();
        services.AddTransient<Performance.National.NationalCountBatch>();
        services.AddScoped<Performance.National.MeasureComparisons>();
        services.AddScoped<Performance.Aggregates.AggregateImporter>();
        services.AddScoped<MeasureAccess>();
        services.AddScoped<MeasureValues>();
        services.AddScoped<PartnershipSeries>();
        services.AddScoped<DataSharingAgreements>();
        services.AddScoped<ObservationWriter>();
        services.AddScoped<MeasureSubmissions>();
        services.AddScoped<Performance.Judgements.MeasureJudgements>();
        services.AddScoped<Performance.Returns.DataReturns>();
        services.AddScoped<Performance.Judgements.ProvenanceLookup>();
        services.AddScoped<Performance.Reports.QuarterlyReports>();
        services.AddScoped<Documents.IFigureSource, Performance.Reports.PerformanceFigures>();
        services.AddScoped<Documents.ReportFigures>();
        services.AddScoped<Reporting.Cited.CitedStatistics>();
        services.AddScoped<Documents.IFigureSource, Reporting.Cited.CitedFigures>();
        services.AddScoped<VictimsCode.VictimsCodeCompliance>();
        services.AddScoped<Documents.IFigureSource, VictimsCode.VictimsCodeFigures>();
        services.AddScoped<Reporting.Annual.AnnualReports>();
        services.AddScoped<Reporting.Annual.AnnualReportDocument>();
        services.AddScoped<Performance.Reports.PerformanceReportDocument>();
        services.AddAccountability();
        services.AddCustody();
        services.AddJustice();
        services.AddFunding(configuration);
        services.AddEngagement();
        services.AddCasework(configuration);
        return services;
    }
}
