using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Performance.Returns;

/// That the reminder or the overdue notice of one dataset's return for one period was queued in the outbox. The unique
/// key makes the daily job idempotent: a second run, or two hosts running it at once, cannot send it twice.
public sealed class ReturnNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string DatasetId { get; set; }

    /// The return's period as people write it ("2025-03", "2024-25 Q4").
    public required string Period { get; set; }

    public ReturnNoticeKind Kind { get; set; }

    public int Recipients { get; set; }

    public DateTimeOffset SentAt { get; set; }
}

public enum ReturnNoticeKind
{
    Reminder,
    Overdue,
}

public sealed class ReturnNoticeConfiguration : IEntityTypeConfiguration<ReturnNotice>
{
    public void Configure(EntityTypeBuilder<ReturnNotice> builder)
    {
        builder.Property(n => n.DatasetId).HasMaxLength(100);
        builder.Property(n => n.Period).HasMaxLength(20);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(n => new { n.DatasetId, n.Period, n.Kind }).IsUnique();
    }
}
