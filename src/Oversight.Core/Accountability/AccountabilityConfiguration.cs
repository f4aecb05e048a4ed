using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Accountability.Outputs;
using Oversight.Core.Accountability.Precept;
using Oversight.Core.Accountability.Spr;

namespace Oversight.Core.Accountability;

public sealed class AccountabilityConfiguration :
    IEntityTypeConfiguration<SprUpdate>, IEntityTypeConfiguration<PreceptRecord>, IEntityTypeConfiguration<TaxBase>,
    IEntityTypeConfiguration<ProgrammeOutput>, IEntityTypeConfiguration<OutputValue>
{
    public void Configure(EntityTypeBuilder<SprUpdate> builder)
    {
        builder.Property(u => u.ThreatId).HasMaxLength(100);
        builder.Property(u => u.Assurance).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Summary).HasMaxLength(Meeting.TextLength);
        builder.Property(u => u.Author).HasMaxLength(MeetingAction.NameLength);
        builder.HasIndex(u => new { u.ThreatId, u.Date });
        builder.HasOne<Meeting>().WithMany().HasForeignKey(u => u.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<MeetingAction>().WithMany().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<PreceptRecord> builder)
    {
        builder.Property(p => p.Year).HasMaxLength(20);
        builder.Property(p => p.Requirement).HasPrecision(18, 2);
        builder.Property(p => p.RecordedBy).HasMaxLength(MeetingAction.NameLength);
        builder.Ignore(p => p.TotalTaxBase);
        builder.HasIndex(p => p.Year).IsUnique();
        builder.HasMany(p => p.TaxBases).WithOne().HasForeignKey(t => t.PreceptRecordId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<TaxBase> builder)
    {
        builder.Property(t => t.District).HasMaxLength(100);
        builder.Property(t => t.BandDEquivalents).HasPrecision(18, 2);
        builder.HasIndex(t => new { t.PreceptRecordId, t.District }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ProgrammeOutput> builder)
    {
        builder.Property(o => o.Key).HasMaxLength(100);
        builder.Property(o => o.Name).HasMaxLength(Meeting.TitleLength);
        builder.Property(o => o.Programme).HasMaxLength(Meeting.TitleLength);
        builder.Property(o => o.Description).HasMaxLength(Meeting.TextLength);
        builder.HasIndex(o => o.Key).IsUnique();
        builder.HasMany(o => o.Values).WithOne().HasForeignKey(v => v.OutputId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OutputValue> builder)
    {
        builder.Property(v => v.Period).HasMaxLength(20);
        builder.Property(v => v.Value).HasPrecision(18, 2);
        builder.Property(v => v.Note).HasMaxLength(Meeting.TextLength);
        builder.Property(v => v.EvidenceUrl).HasMaxLength(2000);
        builder.Property(v => v.EvidenceFileName).HasMaxLength(MeetingReport.FileNameLength);
        builder.Property(v => v.EvidenceContentType).HasMaxLength(200);
        builder.Property(v => v.ConfirmedBy).HasMaxLength(MeetingAction.NameLength);
        builder.HasIndex(v => new { v.OutputId, v.Period });
    }
}
