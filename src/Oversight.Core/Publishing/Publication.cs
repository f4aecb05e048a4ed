using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Performance.Reports;

namespace Oversight.Core.Publishing;

/// The public reports that go through the same Draft → Submitted → Approved → Published steps as the quarterly
/// and annual reports, each on its own subject (a financial year or a consultation).
public enum PublicationKind
{
    /// The independent custody visiting scheme's annual report on a financial year.
    CustodyVisitingReport,

    /// The scrutiny panels' annual report on a financial year.
    ScrutinyPanelsReport,

    /// A consultation's report ("The Voice of West Yorkshire"), once the consultation has closed.
    ConsultationReport,
}

/// One version of a public report that is not written in Oversight but computed from the records: what is
/// reviewed is the figures as they stand, and what is published is their frozen snapshot.
public sealed class Publication : ReviewedReport
{
    public const int SubjectLength = 100;

    public PublicationKind Kind { get; set; }

    /// The financial year ("2024-25") or the consultation's slug the report covers.
    public required string Subject { get; set; }
}

public sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        ReviewedReportConfiguration.Configure(builder);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Subject).HasMaxLength(Publication.SubjectLength);
        // N.B. one row per version: two people cannot both start the next version of the same report.
        builder.HasIndex(p => new { p.Kind, p.Subject, p.Version }).IsUnique();
    }
}
