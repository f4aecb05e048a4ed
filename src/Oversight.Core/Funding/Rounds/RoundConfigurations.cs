using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Funding.Rounds;

public sealed class FundingRoundConfiguration : IEntityTypeConfiguration<FundingRound>
{
    public void Configure(EntityTypeBuilder<FundingRound> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.FinancialYear).HasMaxLength(7);
        builder.Property(r => r.Pot).HasPrecision(14, 2);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasMany(r => r.Strands).WithOne().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Options).WithOne().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Criteria).WithOne().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.Priorities);
        builder.Ignore(r => r.Themes);
        builder.Ignore(r => r.Focuses);
    }
}

public sealed class RoundStrandConfiguration : IEntityTypeConfiguration<RoundStrand>
{
    public void Configure(EntityTypeBuilder<RoundStrand> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(50);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Ceiling).HasPrecision(14, 2);
    }
}

public sealed class RoundOptionConfiguration : IEntityTypeConfiguration<RoundOption>
{
    public void Configure(EntityTypeBuilder<RoundOption> builder)
    {
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Code).HasMaxLength(100);
        builder.Property(o => o.Name).HasMaxLength(200);
    }
}

public sealed class RoundCriterionConfiguration : IEntityTypeConfiguration<RoundCriterion>
{
    public void Configure(EntityTypeBuilder<RoundCriterion> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(50);
        builder.Property(c => c.Name).HasMaxLength(200);
    }
}
