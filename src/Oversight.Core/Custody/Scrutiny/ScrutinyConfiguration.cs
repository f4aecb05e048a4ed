using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oversight.Core.Custody.Scrutiny;

public sealed class ScrutinyConfiguration :
    IEntityTypeConfiguration<ScrutinyPanel>, IEntityTypeConfiguration<PanelMember>, IEntityTypeConfiguration<PanelMeeting>,
    IEntityTypeConfiguration<PanelCase>, IEntityTypeConfiguration<PanelRecommendation>, IEntityTypeConfiguration<ChildStripSearch>
{
    public void Configure(EntityTypeBuilder<ScrutinyPanel> builder)
    {
        builder.Property(p => p.Id).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Remit).HasMaxLength(2000);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.PanelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Meetings).WithOne().HasForeignKey(m => m.PanelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Recommendations).WithOne().HasForeignKey(r => r.PanelId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PanelMember> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.DeclarationOfInterest).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<PanelMeeting> builder)
    {
        builder.Property(m => m.Minutes).HasMaxLength(20000);
        builder.HasMany(m => m.Cases).WithOne(c => c.Meeting).HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PanelCase> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(50);
        builder.Property(c => c.Topic).HasMaxLength(100);
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.Property(c => c.Observations).HasMaxLength(4000);
        builder.Property(c => c.Assessment).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Ethnicity).HasMaxLength(50);
    }

    public void Configure(EntityTypeBuilder<PanelRecommendation> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.Property(r => r.ForceResponse).HasMaxLength(4000);
    }

    public void Configure(EntityTypeBuilder<ChildStripSearch> builder)
    {
        builder.Property(s => s.CustodyNumber).HasMaxLength(40);
        builder.Property(s => s.AuthorisedBy).HasMaxLength(200);
        builder.Property(s => s.Location).HasMaxLength(200);
        builder.Property(s => s.Grounds).HasMaxLength(2000);
        builder.Property(s => s.Ethnicity).HasMaxLength(50);
        builder.HasIndex(s => s.SearchedAt);
    }
}
