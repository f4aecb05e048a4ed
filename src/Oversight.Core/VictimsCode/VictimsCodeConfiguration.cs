using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.VictimsCode;

public sealed class VictimsCodeConfiguration :
    IEntityTypeConfiguration<VictimsCodeRight>, IEntityTypeConfiguration<ComplianceMeasure>, IEntityTypeConfiguration<CodeComplianceReview>
{
    public void Configure(EntityTypeBuilder<VictimsCodeRight> builder)
    {
        builder.ToTable("VictimsCodeRights");
        builder.HasKey(r => r.Number);
        builder.Property(r => r.Number).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(VictimsCodeRight.TextLength);
        builder.Property(r => r.Summary).HasMaxLength(VictimsCodeRight.TextLength);
        // Seeded with the schema, so every database (and every test's) holds the Code's rights.
        builder.HasData(VictimsCodeRight.All.Select(r => new { r.Number, r.Title, r.Summary }));
    }

    public void Configure(EntityTypeBuilder<ComplianceMeasure> builder)
    {
        builder.ToTable("VictimsCodeMeasures");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasMaxLength(ComplianceMeasure.IdLength);
        builder.Property(m => m.Agency).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Name).HasMaxLength(VictimsCodeRight.TextLength);
        builder.Property(m => m.Description).HasMaxLength(VictimsCodeRight.TextLength);
        builder.HasOne<VictimsCodeRight>().WithMany().HasForeignKey(m => m.Right).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(ComplianceMeasure.All.Select(m => new { m.Id, m.Agency, m.Right, m.Name, m.Description, m.IsCount, m.Order }));
    }

    public void Configure(EntityTypeBuilder<CodeComplianceReview> builder)
    {
        builder.ToTable("VictimsCodeReviews");
        builder.Property(r => r.Quarter).HasMaxLength(20);
        builder.HasIndex(r => r.Quarter).IsUnique();
        builder.Property(r => r.Findings).HasMaxLength(CodeComplianceReview.TextLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(200);
        // A meeting that holds a review cannot be deleted from under it.
        builder.HasOne(r => r.Meeting).WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}
