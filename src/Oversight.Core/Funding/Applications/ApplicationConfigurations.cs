using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Funding.Applications;

public sealed class FundingApplicationConfiguration : IEntityTypeConfiguration<FundingApplication>
{
    public void Configure(EntityTypeBuilder<FundingApplication> builder)
    {
        builder.Property(a => a.Reference).HasMaxLength(30);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.StrandCode).HasMaxLength(50);
        builder.Property(a => a.ProjectTitle).HasMaxLength(140);
        builder.Property(a => a.Summary).HasMaxLength(4000);
        builder.Property(a => a.District).HasMaxLength(50);
        builder.Property(a => a.Wards).HasMaxLength(500);
        builder.Property(a => a.Area).HasMaxLength(100);
        builder.Property(a => a.Partners).HasMaxLength(1000);
        builder.Property(a => a.Amount).HasPrecision(14, 2);
        builder.Property(a => a.AwardedAmount).HasPrecision(14, 2);
        builder.Property(a => a.ModeratedScore).HasPrecision(5, 2);
        builder.Property(a => a.ModerationNote).HasMaxLength(2000);
        builder.Property(a => a.DecisionReasons).HasMaxLength(4000);
        builder.Property(a => a.PanelRecommendation).HasMaxLength(4000);
        builder.Property(a => a.DecidedBy).HasMaxLength(200);
        builder.HasOne(a => a.Round).WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.ApplicantOrganisation).WithMany().HasForeignKey(a => a.ApplicantOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.BudgetLines).WithOne().HasForeignKey(b => b.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Outcomes).WithOne().HasForeignKey(b => b.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.RoundId, a.Status });
        builder.Ignore(a => a.IsAwarded);
        builder.Ignore(a => a.PartnerCount);
    }
}

public sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.Property(b => b.Item).HasMaxLength(300);
        builder.Property(b => b.Amount).HasPrecision(14, 2);
    }
}

public sealed class PlannedOutcomeConfiguration : IEntityTypeConfiguration<PlannedOutcome>
{
    public void Configure(EntityTypeBuilder<PlannedOutcome> builder)
    {
        builder.Property(o => o.Description).HasMaxLength(1000);
        builder.Property(o => o.Indicator).HasMaxLength(1000);
    }
}

public sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.Property(d => d.Kind).HasMaxLength(50);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.HasOne<FundingApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
