using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Performance.Reports;

namespace Oversight.Core.Reporting.Annual;

public sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>, IEntityTypeConfiguration<AnnualReportSection>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.Property(r => r.Year).HasMaxLength(AnnualReport.YearLength);
        ReviewedReportConfiguration.Configure(builder);
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
