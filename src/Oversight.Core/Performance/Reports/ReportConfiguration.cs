using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Performance.Reports;

public sealed class ReportConfiguration :
    IEntityTypeConfiguration<QuarterlyReport>, IEntityTypeConfiguration<MeasureCommentary>, IEntityTypeConfiguration<ThemeCommentary>,
    IEntityTypeConfiguration<MissingValueReason>
{
    public void Configure(EntityTypeBuilder<QuarterlyReport> builder)
    {
        builder.Property(r => r.Quarter).HasMaxLength(QuarterlyReport.QuarterLength);
        ReviewedReportConfiguration.Configure(builder);
        builder.Property(r => r.CoveringPurpose).HasMaxLength(QuarterlyReport.CoveringLength);
        builder.Property(r => r.CoveringSummary).HasMaxLength(QuarterlyReport.CoveringLength);
        builder.Property(r => r.CoveringExceptions).HasMaxLength(QuarterlyReport.CoveringLength);
        builder.Property(r => r.CoveringRecommendations).HasMaxLength(QuarterlyReport.CoveringLength);
        builder.Property(r => r.ForceResponse).HasMaxLength(QuarterlyReport.CoveringLength);
        builder.Property(r => r.ForceResponseBy).HasMaxLength(ReviewedReport.NameLength);
        // N.B. the version number per quarter is unique, so two people cannot both start the same draft or correction.
        builder.HasIndex(r => new { r.Quarter, r.Version }).IsUnique();
        builder.HasMany(r => r.MeasureCommentaries).WithOne().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.ThemeCommentaries).WithOne().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.MissingValues).WithOne().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<MeasureCommentary> builder)
    {
        builder.Property(c => c.MeasureId).HasMaxLength(100);
        builder.Property(c => c.Text).HasMaxLength(MeasureCommentary.TextLength);
        builder.HasIndex(c => new { c.ReportId, c.MeasureId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ThemeCommentary> builder)
    {
        builder.Property(c => c.ThemeId).HasMaxLength(100);
        builder.Property(c => c.Text).HasMaxLength(MeasureCommentary.TextLength);
        builder.Property(c => c.OverrideJudgement).HasMaxLength(ThemeCommentary.JudgementLength);
        builder.Property(c => c.OverrideRationale).HasMaxLength(MeasureCommentary.TextLength);
        builder.HasIndex(c => new { c.ReportId, c.ThemeId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<MissingValueReason> builder)
    {
        builder.Property(c => c.MeasureId).HasMaxLength(100);
        builder.Property(c => c.Reason).HasMaxLength(MissingValueReason.ReasonLength);
        builder.HasIndex(c => new { c.ReportId, c.MeasureId }).IsUnique();
    }
}
