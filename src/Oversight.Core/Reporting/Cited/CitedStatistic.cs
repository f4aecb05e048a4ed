using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Reporting.Cited;

/// A figure the office quotes from another body (the Ministry of Justice's reoffending rate, the Home Office's
/// detentions), typed by an analyst with where it was published, so the annual report can cite it like a figure
/// computed from the records and say where it came from.
public sealed class CitedStatistic
{
    public const string KeyPrefix = "cited.";
    public const int KeyLength = 100;
    public const int LabelLength = 200;
    public const int PeriodLength = 100;
    public const int PublisherLength = 200;
    public const int TitleLength = 300;
    public const int LinkLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// The reference the narrative cites, "cited.proven-reoffending-2023"; fixed once entered, since text cites it.
    public required string Key { get; set; }

    /// What it measures, in words: "Adults proven to reoffend within a year, West Yorkshire".
    public required string Label { get; set; }

    public decimal Value { get; set; }

    public FigureFormat Unit { get; set; }

    public required string Period { get; set; }

    public required string Publisher { get; set; }

    public required string Title { get; set; }

    public required string Link { get; set; }

    public DateOnly RetrievedOn { get; set; }

    public required string EnteredBy { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    public string? ChangedBy { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }

    public FigureCitation Citation => new(Period, Publisher, Title, Link, RetrievedOn);
}

public sealed class CitedStatisticConfiguration : IEntityTypeConfiguration<CitedStatistic>
{
    public void Configure(EntityTypeBuilder<CitedStatistic> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(CitedStatistic.KeyLength);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.Label).HasMaxLength(CitedStatistic.LabelLength);
        builder.Property(s => s.Value).HasPrecision(18, 4);
        builder.Property(s => s.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Period).HasMaxLength(CitedStatistic.PeriodLength);
        builder.Property(s => s.Publisher).HasMaxLength(CitedStatistic.PublisherLength);
        builder.Property(s => s.Title).HasMaxLength(CitedStatistic.TitleLength);
        builder.Property(s => s.Link).HasMaxLength(CitedStatistic.LinkLength);
        builder.Property(s => s.EnteredBy).HasMaxLength(200);
        builder.Property(s => s.ChangedBy).HasMaxLength(200);
        builder.Ignore(s => s.Citation);
    }
}
