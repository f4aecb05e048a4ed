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

    // Casework: enquiries, complaint reviews, surgeries and the people they are about.
    public DbSet<Casework.CasePerson> CasePeople => Set<Casework.CasePerson>();
    public DbSet<Casework.Reviews.ComplaintReview> ComplaintReviews => Set<Casework.Reviews.ComplaintReview>();
    public DbSet<Casework.Reviews.ReviewRecommendation> ReviewRecommendations => Set<Casework.Reviews.ReviewRecommendation>();
    public DbSet<Casework.Letters.CaseLetter> CaseLetters => Set<Casework.Letters.CaseLetter>();
    public DbSet<Casework.Letters.LetterTemplate> LetterTemplates => Set<Casework.Letters.LetterTemplate>();
    public DbSet<Casework.Enquiries.Enquiry> Enquiries => Set<Casework.Enquiries.Enquiry>();
    public DbSet<Casework.Enquiries.EnquiryEntry> EnquiryEntries => Set<Casework.Enquiries.EnquiryEntry>();
    public DbSet<Casework.Surgeries.Surgery> Surgeries => Set<Casework.Surgeries.Surgery>();
    public DbSet<Casework.Surgeries.SurgeryBooking> SurgeryBookings => Set<Casework.Surgeries.SurgeryBooking>();

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
