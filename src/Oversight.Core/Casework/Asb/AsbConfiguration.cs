using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Accountability.Bodies;

namespace Oversight.Core.Casework.Asb;

public sealed class AsbCaseReviewConfiguration : IEntityTypeConfiguration<AsbCaseReview>
{
    public void Configure(EntityTypeBuilder<AsbCaseReview> builder)
    {
        builder.Property(r => r.Partnership).HasMaxLength(100);
        builder.Property(r => r.PartnershipReference).HasMaxLength(100);
        builder.Property(r => r.Outcome).HasMaxLength(AsbCaseReview.TextLength);
        builder.Property(r => r.ActionPlan).HasMaxLength(AsbCaseReview.TextLength);
        builder.HasIndex(r => new { r.Partnership, r.PartnershipReference }).IsUnique();
        builder.HasIndex(r => r.AppliedOn);
        builder.HasOne<Body>().WithMany().HasForeignKey(r => r.PartnershipBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AsbAppealConfiguration : IEntityTypeConfiguration<AsbAppeal>
{
    public void Configure(EntityTypeBuilder<AsbAppeal> builder)
    {
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.Property(a => a.Reference).HasMaxLength(AsbAppeal.ReferenceLength);
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Partnership).HasMaxLength(100);
        builder.Property(a => a.District).HasMaxLength(100);
        builder.Property(a => a.Reasons).HasMaxLength(AsbCaseReview.TextLength);
        builder.Property(a => a.ExtensionReason).HasMaxLength(AsbCaseReview.TextLength);
        builder.Property(a => a.PanelMembers).HasMaxLength(AsbCaseReview.TextLength);
        builder.Property(a => a.Rationale).HasMaxLength(AsbCaseReview.TextLength);
        builder.Property(a => a.DecidedBy).HasMaxLength(CasePerson.NameLength);
        builder.HasOne(a => a.Applicant).WithMany().HasForeignKey(a => a.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.CaseReview).WithMany().HasForeignKey(a => a.CaseReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Recommendations).WithOne().HasForeignKey(r => r.AppealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Letters).WithOne().HasForeignKey(l => l.AsbAppealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ReceivedOn);
        builder.HasOne<Body>().WithMany().HasForeignKey(a => a.PartnershipBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AsbRecommendationConfiguration : IEntityTypeConfiguration<AsbRecommendation>
{
    public void Configure(EntityTypeBuilder<AsbRecommendation> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(AsbCaseReview.TextLength);
        builder.Property(r => r.Response).HasMaxLength(AsbCaseReview.TextLength);
    }
}
