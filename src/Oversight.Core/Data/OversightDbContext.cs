using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.PoliceData;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Performance.Sharing;

namespace Oversight.Core.Data;

/// The one DbContext. Each provider has a subclass so that each keeps its own migration set
/// (EF Core cannot share one set between SQLite and PostgreSQL).
public abstract class OversightDbContext(DbContextOptions options, IAuditActor actor, TimeProvider clock)
    : IdentityDbContext<User>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PoliceDataFile> PoliceDataFiles => Set<PoliceDataFile>();
    public DbSet<StreetCrimeRecord> StreetCrimes => Set<StreetCrimeRecord>();
    public DbSet<OutcomeRecord> CrimeOutcomes => Set<OutcomeRecord>();
    public DbSet<StopSearchRecord> StopSearches => Set<StopSearchRecord>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<DataUpload> DataUploads => Set<DataUpload>();
    public DbSet<AggregateImport> AggregateImports => Set<AggregateImport>();
    public DbSet<DataSharingAgreement> DataSharingAgreements => Set<DataSharingAgreement>();
    public DbSet<QuarterlyReport> QuarterlyReports => Set<QuarterlyReport>();
    public DbSet<MeasureCommentary> MeasureCommentaries => Set<MeasureCommentary>();
    public DbSet<ThemeCommentary> ThemeCommentaries => Set<ThemeCommentary>();

    // Funding: the Safer Communities Fund from round to evaluation.
    public DbSet<Funding.Rounds.FundingRound> FundingRounds => Set<Funding.Rounds.FundingRound>();
    public DbSet<Funding.Applicants.ApplicantOrganisation> ApplicantOrganisations => Set<Funding.Applicants.ApplicantOrganisation>();
    public DbSet<Funding.Applicants.ApplicantMember> ApplicantMembers => Set<Funding.Applicants.ApplicantMember>();
    public DbSet<Funding.Applicants.ApplicantRegistration> ApplicantRegistrations => Set<Funding.Applicants.ApplicantRegistration>();
    public DbSet<Funding.Applicants.OutboxEmail> OutboxEmails => Set<Funding.Applicants.OutboxEmail>();
    public DbSet<Funding.Applications.FundingApplication> FundingApplications => Set<Funding.Applications.FundingApplication>();
    public DbSet<Funding.Applications.BudgetLine> BudgetLines => Set<Funding.Applications.BudgetLine>();
    public DbSet<Funding.Applications.PlannedOutcome> PlannedOutcomes => Set<Funding.Applications.PlannedOutcome>();
    public DbSet<Funding.Applications.ApplicationDocument> ApplicationDocuments => Set<Funding.Applications.ApplicationDocument>();
    public DbSet<Funding.Assessment.AssessorAssignment> AssessorAssignments => Set<Funding.Assessment.AssessorAssignment>();
    public DbSet<Funding.Assessment.AssessmentMark> AssessmentMarks => Set<Funding.Assessment.AssessmentMark>();
    public DbSet<Funding.Grants.Grant> Grants => Set<Funding.Grants.Grant>();
    public DbSet<Funding.Grants.PaymentTranche> PaymentTranches => Set<Funding.Grants.PaymentTranche>();
    public DbSet<Funding.Grants.MonitoringReturn> MonitoringReturns => Set<Funding.Grants.MonitoringReturn>();
    public DbSet<Funding.Grants.CaseStudy> CaseStudies => Set<Funding.Grants.CaseStudy>();
    public DbSet<Funding.Grants.GrantTemplate> GrantTemplates => Set<Funding.Grants.GrantTemplate>();
    public DbSet<Funding.Victims.VictimServiceProvider> VictimServiceProviders => Set<Funding.Victims.VictimServiceProvider>();
    public DbSet<Funding.Victims.VictimServiceContract> VictimServiceContracts => Set<Funding.Victims.VictimServiceContract>();
    public DbSet<Funding.Victims.VictimServiceReturn> VictimServiceReturns => Set<Funding.Victims.VictimServiceReturn>();
    public DbSet<Funding.Victims.SaferStreetsProject> SaferStreetsProjects => Set<Funding.Victims.SaferStreetsProject>();
    public DbSet<Funding.Victims.SaferStreetsAllocation> SaferStreetsAllocations => Set<Funding.Victims.SaferStreetsAllocation>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditTrail.Record(this, actor, clock);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // N.B. audit rows join the same SaveChanges, so they commit or roll back with the change itself.
        AuditTrail.Record(this, actor, clock);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OversightDbContext).Assembly);
    }
}
