using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Funding.Grants;

public sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.HasIndex(g => g.ApplicationId).IsUnique();
        builder.HasOne(g => g.Application).WithMany().HasForeignKey(g => g.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.Amount).HasPrecision(14, 2);
        builder.Property(g => g.AwardLetter).HasMaxLength(20_000);
        builder.Property(g => g.Agreement).HasMaxLength(40_000);
        builder.Property(g => g.AcceptedBy).HasMaxLength(200);
        builder.Property(g => g.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.EvaluationEvidence).HasMaxLength(4000);
        builder.Property(g => g.ClawbackAmount).HasPrecision(14, 2);
        builder.Property(g => g.ClawbackReason).HasMaxLength(2000);
        builder.Property(g => g.VariationReason).HasMaxLength(2000);
        builder.HasMany(g => g.Tranches).WithOne().HasForeignKey(t => t.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Returns).WithOne().HasForeignKey(t => t.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.CaseStudies).WithOne().HasForeignKey(t => t.GrantId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PaymentTrancheConfiguration : IEntityTypeConfiguration<PaymentTranche>
{
    public void Configure(EntityTypeBuilder<PaymentTranche> builder)
    {
        builder.Property(t => t.Amount).HasPrecision(14, 2);
        builder.Property(t => t.Milestone).HasMaxLength(300);
        builder.Property(t => t.MilestoneSignedOffBy).HasMaxLength(200);
    }
}

public sealed class MonitoringReturnConfiguration : IEntityTypeConfiguration<MonitoringReturn>
{
    public void Configure(EntityTypeBuilder<MonitoringReturn> builder)
    {
        builder.Property(r => r.Progress).HasMaxLength(4000);
        builder.Property(r => r.Spend).HasPrecision(14, 2);
        builder.Property(r => r.Characteristics).HasMaxLength(2000);
        builder.Property(r => r.OutcomesAchieved).HasMaxLength(4000);
        builder.HasIndex(r => r.DueOn);
    }
}

public sealed class CaseStudyConfiguration : IEntityTypeConfiguration<CaseStudy>
{
    public void Configure(EntityTypeBuilder<CaseStudy> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Story).HasMaxLength(8000);
    }
}

public sealed class GrantTemplateConfiguration : IEntityTypeConfiguration<GrantTemplate>
{
    public void Configure(EntityTypeBuilder<GrantTemplate> builder)
    {
        builder.HasKey(t => t.Kind);
        builder.Property(t => t.Kind).HasMaxLength(50);
        builder.Property(t => t.Body).HasMaxLength(40_000);
    }
}
