using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Performance.PoliceData;

namespace Oversight.Core.Performance.National;

/// How many records one force's police.uk file of one month holds in one category: a crime type (street), an
/// outcome type (outcomes) or a search outcome (stop and search). Every imported file leaves these, whatever its
/// force; they are all the comparisons need (docs/adr/0003-national-police-data-as-monthly-counts.md).
public sealed class NationalCount
{
    public required string Force { get; set; }

    public PoliceFileKind Kind { get; set; }

    /// The publication month, YYYY-MM.
    public required string Month { get; set; }

    public required string Category { get; set; }

    public int Count { get; set; }
}

public sealed class NationalCountConfiguration : IEntityTypeConfiguration<NationalCount>
{
    public void Configure(EntityTypeBuilder<NationalCount> builder)
    {
        builder.HasKey(c => new { c.Force, c.Kind, c.Month, c.Category });
        builder.Property(c => c.Force).HasMaxLength(60);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Month).HasMaxLength(7);
        builder.Property(c => c.Category).HasMaxLength(200);
    }
}
