using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Decisions;

public sealed class DecisionConfigurations : IEntityTypeConfiguration<DecisionNotice>, IEntityTypeConfiguration<ForwardPlanEntry>
{
    public void Configure(EntityTypeBuilder<DecisionNotice> builder)
    {
        builder.Property(n => n.Reference).HasMaxLength(30);
        builder.Property(n => n.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Title).HasMaxLength(DecisionNotice.ShortText);
        builder.Property(n => n.Summary).HasMaxLength(DecisionNotice.LongText);
        builder.Property(n => n.DecisionMakerPost).HasMaxLength(100);
        builder.Property(n => n.DecisionMaker).HasMaxLength(200);
        builder.Property(n => n.Amount).HasPrecision(14, 2);
        builder.Property(n => n.Reasons).HasMaxLength(DecisionNotice.LongText);
        builder.Property(n => n.OptionsConsidered).HasMaxLength(DecisionNotice.LongText);
        builder.Property(n => n.ConflictsDeclared).HasMaxLength(DecisionNotice.LongText);
        builder.Property(n => n.BackgroundPapers).HasMaxLength(DecisionNotice.LongText);
        builder.Property(n => n.ExemptText).HasMaxLength(DecisionNotice.LongText);
        builder.Property(n => n.SourceType).HasMaxLength(60);
        builder.Property(n => n.SourceId).HasMaxLength(60);
        builder.Property(n => n.FinanceAdvice).HasMaxLength(DecisionNotice.LongText);
        builder.Property(n => n.FinanceAdviceBy).HasMaxLength(200);
        builder.Property(n => n.MonitoringAdvice).HasMaxLength(DecisionNotice.LongText);
        builder.Property(n => n.MonitoringAdviceBy).HasMaxLength(200);
        builder.Property(n => n.ChangeReason).HasMaxLength(2000);
        builder.Property(n => n.CreatedBy).HasMaxLength(200);
        // N.B. one row per version: two people cannot both start the next version of the same notice.
        builder.HasIndex(n => new { n.SeriesId, n.Version }).IsUnique();
        // Two notices drafted at once must not take the same reference: the second insert fails and retries.
        builder.HasIndex(n => new { n.Reference, n.Version }).IsUnique();
        builder.HasIndex(n => new { n.Status, n.DecidedOn });
        builder.HasIndex(n => new { n.SourceType, n.SourceId });
    }

    public void Configure(EntityTypeBuilder<ForwardPlanEntry> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(DecisionNotice.ShortText);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.DecisionMakerPost).HasMaxLength(100);
        builder.Property(e => e.Summary).HasMaxLength(DecisionNotice.LongText);
        builder.Property(e => e.Contact).HasMaxLength(300);
        builder.HasIndex(e => e.ExpectedBy);
    }
}
