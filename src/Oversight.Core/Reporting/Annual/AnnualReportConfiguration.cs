using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Performance.Reports;

namespace Oversight.Core.Reporting.Annual;

public sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>, IEntityTypeConfiguration<AnnualReportSection>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.Property(r => r.Year).HasMaxLength(AnnualReport.YearLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CreatedBy).HasMaxLength(QuarterlyReport.NameLength);
        builder.Property(r => r.SubmittedBy).HasMaxLength(QuarterlyReport.NameLength);
        builder.Property(r => r.ApprovedBy).HasMaxLength(QuarterlyReport.NameLength);
        builder.Property(r => r.PublishedBy).HasMaxLength(QuarterlyReport.NameLength);
        builder.Property(r => r.CorrectionReason).HasMaxLength(QuarterlyReport.ReasonLength);
        builder.HasIndex(r => new { r.Year, r.Version }).IsUnique();
        builder.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AnnualReportSection> builder)
    {
        builder.Property(s => s.SectionKey).HasMaxLength(100);
        builder.Property(s => s.Text).HasMaxLength(AnnualReport.TextLength);
        builder.HasIndex(s => new { s.ReportId, s.SectionKey }).IsUnique();
    }
}
