using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Performance.Reports;

/// The columns every reviewed report's table has, set the same way for the quarterly and annual reports.
public static class ReviewedReportConfiguration
{
    public static void Configure<TReport>(EntityTypeBuilder<TReport> builder)
        where TReport : ReviewedReport
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CreatedBy).HasMaxLength(ReviewedReport.NameLength);
        builder.Property(r => r.SubmittedBy).HasMaxLength(ReviewedReport.NameLength);
        builder.Property(r => r.CreatedById).HasMaxLength(450);
        builder.Property(r => r.SubmittedById).HasMaxLength(450);
        builder.Property(r => r.ApprovedBy).HasMaxLength(ReviewedReport.NameLength);
        builder.Property(r => r.PublishedBy).HasMaxLength(ReviewedReport.NameLength);
        builder.Property(r => r.CorrectionReason).HasMaxLength(ReviewedReport.ReasonLength);
    }
}
