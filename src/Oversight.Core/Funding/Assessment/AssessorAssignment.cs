using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Funding.Applications;

namespace Oversight.Core.Funding.Assessment;

/// One assessor's part in one application: their conflict declaration, then their marks.
public sealed class AssessorAssignment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public required string AssessorUserId { get; set; }

    public required string AssessorName { get; set; }

    /// Null until declared; an assessor sees nothing of the application before declaring.
    public bool? HasConflict { get; set; }

    public string? ConflictDetails { get; set; }

    public DateTimeOffset? DeclaredAt { get; set; }

    public decimal? Score { get; set; }

    public DateTimeOffset? ScoredAt { get; set; }

    public List<AssessmentMark> Marks { get; set; } = [];
}

public sealed class AssessmentMark
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssignmentId { get; set; }

    public required string CriterionCode { get; set; }

    public int Score { get; set; }

    public string? Comment { get; set; }
}

public sealed class AssessorAssignmentConfiguration : IEntityTypeConfiguration<AssessorAssignment>
{
    public void Configure(EntityTypeBuilder<AssessorAssignment> builder)
    {
        builder.Property(a => a.AssessorUserId).HasMaxLength(450);
        builder.Property(a => a.AssessorName).HasMaxLength(200);
        builder.Property(a => a.ConflictDetails).HasMaxLength(2000);
        builder.Property(a => a.Score).HasPrecision(5, 2);
        builder.HasIndex(a => new { a.ApplicationId, a.AssessorUserId }).IsUnique();
        builder.HasOne<FundingApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Marks).WithOne().HasForeignKey(m => m.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AssessmentMarkConfiguration : IEntityTypeConfiguration<AssessmentMark>
{
    public void Configure(EntityTypeBuilder<AssessmentMark> builder)
    {
        builder.Property(m => m.CriterionCode).HasMaxLength(50);
        builder.Property(m => m.Comment).HasMaxLength(2000);
    }
}
