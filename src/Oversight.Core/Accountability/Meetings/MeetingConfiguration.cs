using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Accountability.Actions;

namespace Oversight.Core.Accountability.Meetings;

public sealed class MeetingConfiguration :
    IEntityTypeConfiguration<Meeting>, IEntityTypeConfiguration<AgendaItem>, IEntityTypeConfiguration<MeetingReport>,
    IEntityTypeConfiguration<MeetingQuestion>, IEntityTypeConfiguration<MeetingAction>, IEntityTypeConfiguration<ActionUpdate>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.TypeId).HasMaxLength(100);
        builder.Property(m => m.Title).HasMaxLength(Meeting.TitleLength);
        builder.Property(m => m.Theme).HasMaxLength(Meeting.TitleLength);
        builder.Property(m => m.Attendees).HasMaxLength(Meeting.TextLength);
        builder.Property(m => m.RecordingUrl).HasMaxLength(2000);
        builder.Property(m => m.Minutes).HasMaxLength(Meeting.MinutesLength);
        builder.Property(m => m.MinutesPublishedBy).HasMaxLength(MeetingAction.NameLength);
        builder.HasOne(m => m.Body).WithMany().HasForeignKey(m => m.TypeId).HasPrincipalKey(b => b.Key).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.Date);
        builder.HasMany(m => m.AgendaItems).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Reports).WithOne().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Questions).WithOne().HasForeignKey(q => q.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Meeting.TitleLength);
        builder.Property(a => a.Summary).HasMaxLength(Meeting.TextLength);
        builder.HasIndex(a => new { a.MeetingId, a.Number }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<MeetingReport> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(Meeting.TitleLength);
        builder.Property(r => r.SubmittedBy).HasMaxLength(MeetingAction.NameLength);
        builder.Property(r => r.Url).HasMaxLength(2000);
        builder.Property(r => r.FileName).HasMaxLength(MeetingReport.FileNameLength);
        builder.Property(r => r.ContentType).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<MeetingQuestion> builder)
    {
        builder.Property(q => q.AskedBy).HasMaxLength(MeetingAction.NameLength);
        builder.Property(q => q.Question).HasMaxLength(Meeting.TextLength);
        builder.Property(q => q.Answer).HasMaxLength(Meeting.TextLength);
        builder.Property(q => q.AnsweredBy).HasMaxLength(MeetingAction.NameLength);
    }

    public void Configure(EntityTypeBuilder<MeetingAction> builder)
    {
        builder.Property(a => a.Reference).HasMaxLength(50);
        builder.Property(a => a.Description).HasMaxLength(MeetingAction.TextLength);
        builder.Property(a => a.OwnerOrganisationId).HasMaxLength(100);
        builder.Property(a => a.OwnerPerson).HasMaxLength(MeetingAction.NameLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.PriorityId).HasMaxLength(100);
        builder.Property(a => a.MeasureId).HasMaxLength(100);
        builder.Property(a => a.EvidenceText).HasMaxLength(MeetingAction.TextLength);
        builder.Property(a => a.EvidenceUrl).HasMaxLength(2000);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.HasIndex(a => new { a.Status, a.DueDate });
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ActionUpdate> builder)
    {
        builder.Property(u => u.By).HasMaxLength(MeetingAction.NameLength);
        builder.Property(u => u.Text).HasMaxLength(MeetingAction.TextLength);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
    }
}
